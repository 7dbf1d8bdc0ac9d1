-- Per outlet and crawl run: links found, fetched, extracted and failed. "found" comes from the
-- crawler's own counts (crawl_outlet_stats) when stored, else from the fetch log. "failed" counts
-- what `policywatch runs` counts: failed requests and fetched pages that gave no article
-- (no-article-text...; duplicates are not failures), with their reasons in "failures".
WITH pairs AS (
    SELECT DISTINCT run_id, outlet_id FROM fetches WHERE outlet_id IS NOT NULL AND outlet_id <> ''
    UNION
    SELECT run_id, outlet_id FROM crawl_outlet_stats
),
f AS (
    SELECT
        run_id,
        outlet_id,
        count(*) FILTER (WHERE kind = 'article' AND reason = 'ok')                AS article_ok,
        count(*) FILTER (WHERE kind = 'article'
                         AND reason NOT IN ('ok', 'not-modified', 'robots'))      AS article_failed,
        count(*) FILTER (WHERE kind IN ('feed', 'sitemap', 'section', 'home')
                         AND reason IN ('ok', 'not-modified'))                    AS source_ok,
        count(*) FILTER (WHERE kind IN ('feed', 'sitemap', 'section', 'home')
                         AND reason NOT IN ('ok', 'not-modified', 'robots'))      AS source_failed,
        count(*) FILTER (WHERE reason NOT IN ('ok', 'not-modified', 'robots'))    AS failed,
        count(*)                                                                  AS requests
    FROM fetches
    GROUP BY run_id, outlet_id
),
unextracted AS (
    SELECT run_id, outlet_id, process_error AS reason
    FROM pages
    WHERE process_error IS NOT NULL AND process_error <> 'duplicate'
),
e AS (
    SELECT run_id, outlet_id, count(*) AS failed FROM unextracted GROUP BY ALL
),
reasons AS (
    SELECT run_id, outlet_id, string_agg(reason || ' ' || n, ', ' ORDER BY n DESC, reason) AS failures
    FROM (
        SELECT run_id, outlet_id, reason, count(*) AS n
        FROM (
            SELECT run_id, outlet_id, reason FROM fetches
            WHERE reason NOT IN ('ok', 'not-modified', 'robots')
            UNION ALL
            SELECT run_id, outlet_id, reason FROM unextracted
        )
        GROUP BY ALL
    )
    GROUP BY run_id, outlet_id
),
x AS (
    SELECT run_id, outlet_id, count(*) AS extracted
    FROM articles
    GROUP BY run_id, outlet_id
)
SELECT
    p.outlet_id,
    p.run_id,
    r.started_at,
    coalesce(s.discovered, coalesce(f.article_ok, 0) + coalesce(f.article_failed, 0))  AS found,
    coalesce(s.skipped, 0)                                                           AS skipped,
    coalesce(f.article_ok, s.fetched, 0)                                             AS fetched,
    coalesce(x.extracted, 0)                                                         AS extracted,
    coalesce(f.failed, s.failed, 0) + coalesce(e.failed, 0)                          AS failed,
    coalesce(f.failed, s.failed, 0)                                                  AS fetch_failed,
    coalesce(f.source_ok, 0)                                                         AS source_ok,
    coalesce(f.source_failed, s.source_failed, 0)                                    AS source_failed,
    coalesce(f.requests, 0)                                                          AS requests,
    coalesce(reasons.failures, '')                                                   AS failures,
    s.run_id IS NOT NULL                                                             AS counted
FROM pairs p
LEFT JOIN crawl_runs r USING (run_id)
LEFT JOIN crawl_outlet_stats s USING (run_id, outlet_id)
LEFT JOIN f USING (run_id, outlet_id)
LEFT JOIN reasons USING (run_id, outlet_id)
LEFT JOIN x USING (run_id, outlet_id)
LEFT JOIN e USING (run_id, outlet_id)
ORDER BY p.outlet_id, r.started_at NULLS FIRST, p.run_id;
