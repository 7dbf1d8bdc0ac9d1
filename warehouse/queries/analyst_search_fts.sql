-- Full-text search with the fts extension's BM25 index (built in the read snapshot by
-- warehouse.search.build_index). $query is the analyst's text, bound, never spliced; $k the number
-- of articles to return before they are grouped by development.
SELECT article_id, score
FROM (
    SELECT a.article_id, fts_main_articles.match_bm25(a.article_id, $query) AS score
    FROM articles a
)
WHERE score IS NOT NULL
ORDER BY score DESC, article_id
LIMIT $k;
