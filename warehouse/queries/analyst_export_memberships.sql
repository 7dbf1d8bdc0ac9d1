-- Export: which development each article belongs to, how it joined and the development's headline.
SELECT m.development_id, d.headline, m.article_id, m.joined_at, m.score, m.source,
       m.article_id = d.first_article_id AS is_first
FROM development_members m
LEFT JOIN developments d USING (development_id)
ORDER BY m.development_id, m.joined_at, m.article_id;
