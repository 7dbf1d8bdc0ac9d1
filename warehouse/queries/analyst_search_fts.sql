-- Full-text search with the fts extension's BM25 index (built in the read snapshot by
-- warehouse.search.build_index). $query is the analyst's text, bound, never spliced; $k the number
-- of articles to return before they are grouped by development.
-- Filters (bound, NULL = no filter): $since / $until on the article's publication time, $entity
-- (watchlist id, name or alias, as the timeline's), $outlet (id or name). $phrases: lower-case
-- phrases that must each appear in the title or text ("quoted" in the query); BM25 ranks by the
-- words, the phrases then keep the articles that hold them, among the best $k_wide.
WITH wanted_entities AS (
    SELECT e.entity_id
    FROM entities e
    WHERE lower(e.entity_id) = lower($entity)
       OR lower(e.name) = lower($entity)
       OR list_contains(list_transform(e.aliases, x -> lower(x)), lower($entity))
),
scored AS (
    SELECT article_id, score
    FROM (
        SELECT a.article_id, fts_main_articles.match_bm25(a.article_id, $query) AS score
        FROM articles a
        WHERE ($since IS NULL OR a.published >= $since)
          AND ($until IS NULL OR a.published < $until)
          AND ($outlet IS NULL OR lower(a.outlet_id) = lower($outlet)
               OR a.outlet_id IN (SELECT outlet_id FROM sources WHERE lower(name) = lower($outlet)))
          AND ($entity IS NULL OR a.article_id IN (
                SELECT article_id FROM mentions
                WHERE entity_id IN (SELECT entity_id FROM wanted_entities)))
    )
    WHERE score IS NOT NULL
    ORDER BY score DESC, article_id
    LIMIT $k_wide
)
SELECT s.article_id, s.score
FROM scored s
JOIN articles a USING (article_id)
WHERE len($phrases::VARCHAR[]) = 0
   OR list_bool_and(list_transform($phrases::VARCHAR[],
        p -> contains(lower(a.title || ' ' || a.text), p)))
ORDER BY s.score DESC, s.article_id
LIMIT $k;
