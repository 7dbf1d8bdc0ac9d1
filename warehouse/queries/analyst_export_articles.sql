-- Export: every article with its outlet's name and its development (no raw HTML), and what it
-- rests on (sourcing) and where the policy it reports stands (stage), each with its sentence,
-- and whether the page gave the whole text (access: free, paywalled, truncated).
-- $ids: only the articles of these developments (a list), or NULL for every article.
SELECT a.article_id, m.development_id, a.outlet_id, s.name AS outlet, a.url, a.canonical_url,
       a.title, a.author, a.published, a.published_source, a.first_seen, a.language, a.lead,
       a.text, x.sourcing, x.sourcing_sentence, x.stage, x.stage_sentence,
       a.access
FROM articles a
LEFT JOIN development_members m USING (article_id)
LEFT JOIN sources s ON s.outlet_id = a.outlet_id
LEFT JOIN article_assessments x ON x.article_id = a.article_id
WHERE $ids IS NULL OR list_contains($ids, m.development_id)
ORDER BY a.published, a.article_id;
