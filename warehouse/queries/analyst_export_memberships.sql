-- Export: which development each article belongs to, how it joined and the development's headline.
-- $ids: only these developments (a list), or NULL for all of them.
SELECT m.development_id, d.headline, m.article_id, m.joined_at, m.score, m.source,
       m.article_id = d.first_article_id AS is_first
FROM development_members m
LEFT JOIN developments d USING (development_id)
WHERE $ids IS NULL OR list_contains($ids, m.development_id)
ORDER BY m.development_id, m.joined_at, m.article_id;
