-- Per-article entity and signal sets, so the timeline can be filtered by entity and by kind of
-- policy action, and the watchlist can be reviewed (mention counts, frequent unlinked names).
-- Views only: they read the mentions and article_signals rows the tagging stage writes.

-- One row per article that names at least one watchlist entity. entity_ids holds the entities
-- named; with_parents adds their parents up to three levels (Alibaba Cloud -> Alibaba), so a
-- filter on a parent also finds reports about its units.
CREATE VIEW article_entity_sets AS
WITH named AS (
    SELECT DISTINCT article_id, entity_id FROM mentions WHERE entity_id IS NOT NULL
),
up AS (
    SELECT n.article_id, n.entity_id, e1.parent AS p1, e2.parent AS p2, e3.parent AS p3
    FROM named n
    LEFT JOIN entities e1 ON e1.entity_id = n.entity_id
    LEFT JOIN entities e2 ON e2.entity_id = e1.parent
    LEFT JOIN entities e3 ON e3.entity_id = e2.parent
),
rolled AS (
    SELECT article_id, unnest([entity_id, p1, p2, p3]) AS entity_id FROM up
)
SELECT
    n.article_id,
    list(DISTINCT n.entity_id ORDER BY n.entity_id)                          AS entity_ids,
    (SELECT list(DISTINCT r.entity_id ORDER BY r.entity_id)
       FROM rolled r WHERE r.article_id = n.article_id AND r.entity_id IS NOT NULL)
                                                                            AS with_parents
FROM named n
GROUP BY n.article_id;

COMMENT ON VIEW article_entity_sets IS 'One row per article naming at least one watchlist entity: the entities it names, and the same set with their parents (filter on alibaba finds reports naming only Alibaba Cloud).';
COMMENT ON COLUMN article_entity_sets.article_id IS 'Stable id of the article (articles.article_id).';
COMMENT ON COLUMN article_entity_sets.entity_ids IS 'Watchlist entity ids the article names, sorted.';
COMMENT ON COLUMN article_entity_sets.with_parents IS 'entity_ids plus their parent entities (up to three levels), sorted.';

-- One row per article with at least one policy signal.
CREATE VIEW article_signal_sets AS
SELECT
    article_id,
    list(DISTINCT kind ORDER BY kind) AS kinds,
    count(*)                          AS n_sentences
FROM article_signals
GROUP BY article_id;

COMMENT ON VIEW article_signal_sets IS 'One row per article that reports a policy action: the kinds found (restriction, export-control, ...) and how many sentences triggered them.';
COMMENT ON COLUMN article_signal_sets.article_id IS 'Stable id of the article (articles.article_id).';
COMMENT ON COLUMN article_signal_sets.kinds IS 'Kinds of policy action found, sorted.';
COMMENT ON COLUMN article_signal_sets.n_sentences IS 'Number of (kind, sentence) signals in the article.';

-- The watchlist with how often each entity is named.
CREATE VIEW entity_mention_counts AS
SELECT
    e.entity_id,
    e.name,
    e.type,
    e.parent,
    count(x.article_id)                 AS n_mentions,
    count(DISTINCT x.article_id)        AS n_articles,
    max(a.published)                    AS last_published
FROM entities e
LEFT JOIN mentions x ON x.entity_id = e.entity_id
LEFT JOIN articles a ON a.article_id = x.article_id
GROUP BY ALL;

COMMENT ON VIEW entity_mention_counts IS 'Every watchlist entity with the number of mentions and of articles naming it (zero when never seen).';
COMMENT ON COLUMN entity_mention_counts.entity_id IS 'Watchlist id (config/watchlist.toml).';
COMMENT ON COLUMN entity_mention_counts.name IS 'Canonical name.';
COMMENT ON COLUMN entity_mention_counts.type IS 'company, agency, government, country, person, organisation, topic or region.';
COMMENT ON COLUMN entity_mention_counts.parent IS 'Id of the parent entity, if any.';
COMMENT ON COLUMN entity_mention_counts.n_mentions IS 'Number of mentions in stored articles.';
COMMENT ON COLUMN entity_mention_counts.n_articles IS 'Number of stored articles naming it.';
COMMENT ON COLUMN entity_mention_counts.last_published IS 'Publication time of the latest article naming it.';

-- Names the statistical model found that no watchlist entry links: candidates for the watchlist.
CREATE VIEW unlinked_names AS
SELECT
    canonical,
    mode(label)                   AS label,
    count(*)                      AS n_mentions,
    count(DISTINCT article_id)    AS n_articles,
    list(DISTINCT text ORDER BY text)[1:5] AS forms
FROM mentions
WHERE entity_id IS NULL
GROUP BY canonical;

COMMENT ON VIEW unlinked_names IS 'Names found in articles that link to no watchlist entity, with how often they occur: `policywatch entities suggest` lists the frequent ones.';
COMMENT ON COLUMN unlinked_names.canonical IS 'The normalised name (no leading "the", no possessive).';
COMMENT ON COLUMN unlinked_names.label IS 'The spaCy label most often given (ORG, GPE, PERSON, NORP, FAC, LOC).';
COMMENT ON COLUMN unlinked_names.n_mentions IS 'Number of mentions.';
COMMENT ON COLUMN unlinked_names.n_articles IS 'Number of articles with at least one mention.';
COMMENT ON COLUMN unlinked_names.forms IS 'Up to five spellings seen in the text.';
