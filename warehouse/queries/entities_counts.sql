-- `policywatch entities`: how often each entity is named in the warehouse (joined to the current
-- watchlist by the command, so entities added to the TOML since the last run show with zero).
SELECT
    x.entity_id,
    count(*)                      AS n_mentions,
    count(DISTINCT x.article_id)  AS n_articles,
    max(a.published)              AS last_published
FROM mentions x
LEFT JOIN articles a USING (article_id)
WHERE x.entity_id IS NOT NULL
GROUP BY x.entity_id;
