-- Full-text search without an index (a warehouse with no read snapshot yet): every article is
-- scanned; a term in the title counts 2, in the text 1. $terms is a list of lower-case words.
SELECT article_id, score
FROM (
    SELECT a.article_id,
           list_sum([contains(lower(a.title), t)::INTEGER * 2
                     + contains(lower(a.text), t)::INTEGER for t in $terms]) AS score
    FROM articles a
)
WHERE score > 0
ORDER BY score DESC, article_id
LIMIT $k;
