-- Documentation of the analysts' views, readable from SQL:
--   SELECT view_name, comment FROM duckdb_views() WHERE NOT internal;
--   SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'timeline';
-- A later migration that replaces one of these views must comment its columns again
-- (tests/test_analyst_views.py checks that every column of every analysts' view has a comment).

COMMENT ON VIEW timeline IS 'One row per development (a news event reported by one or more outlets): when it was first and last reported, its headline, how many reports and outlets, the entities it names most, its policy signals. Stable: notebooks and SQL users depend on it.';
COMMENT ON COLUMN timeline.development_id IS 'Stable id of the development (sha1 of its first report); use it with `policywatch show`.';
COMMENT ON COLUMN timeline.headline IS 'Headline of the development: the title of its first report.';
COMMENT ON COLUMN timeline.first_seen IS 'Publication time (UTC) of the earliest report.';
COMMENT ON COLUMN timeline.last_seen IS 'Publication time (UTC) of the latest report.';
COMMENT ON COLUMN timeline.n_reports IS 'Number of articles (reports) grouped into the development.';
COMMENT ON COLUMN timeline.n_outlets IS 'Number of distinct outlets that reported it.';
COMMENT ON COLUMN timeline.outlets IS 'Names of the outlets that reported it, sorted.';
COMMENT ON COLUMN timeline.top_entities IS 'Up to five watchlist entities the reports name most often, most frequent first.';
COMMENT ON COLUMN timeline.signals IS 'Kinds of policy action found in the reports (restriction, export-control, ...), sorted.';
COMMENT ON COLUMN timeline.is_policy IS 'True when at least one report carries a policy signal.';
COMMENT ON COLUMN timeline.first_article_id IS 'article_id of the first report (the one that opened the development).';
COMMENT ON COLUMN timeline.last_update IS 'When the pipeline last changed the development (UTC).';

COMMENT ON VIEW development_reports IS 'One row per report (article) of a development, with its outlet, title, link and whether it was the first report.';
COMMENT ON COLUMN development_reports.development_id IS 'The development the article belongs to (see timeline).';
COMMENT ON COLUMN development_reports.article_id IS 'Stable id of the article (sha1 of its canonical URL).';
COMMENT ON COLUMN development_reports.outlet_id IS 'Id of the outlet that published it (sources.outlet_id).';
COMMENT ON COLUMN development_reports.outlet IS 'Display name of the outlet.';
COMMENT ON COLUMN development_reports.title IS 'Title of the article as extracted from the page.';
COMMENT ON COLUMN development_reports.url IS 'Link to the original article.';
COMMENT ON COLUMN development_reports.published IS 'Publication time (UTC) from the page, the feed, or the crawl time when neither had one.';
COMMENT ON COLUMN development_reports.first_seen IS 'When the crawler first stored the article (UTC).';
COMMENT ON COLUMN development_reports.is_first IS 'True for the report that opened the development.';
COMMENT ON COLUMN development_reports.score IS 'Grouping score with which the article joined (NULL or 1 for the first report).';
COMMENT ON COLUMN development_reports.membership_source IS 'auto (grouped by the pipeline) or analyst (set by hand).';

COMMENT ON VIEW article_entities IS 'Which watchlist entities each article names (one row per article and entity, however many mentions).';
COMMENT ON COLUMN article_entities.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN article_entities.entity_id IS 'Watchlist id of the entity (config/watchlist.toml), usable with --entity.';
COMMENT ON COLUMN article_entities.entity IS 'Canonical name of the entity.';
COMMENT ON COLUMN article_entities.entity_type IS 'company, agency, government, country, person, organisation, topic or region.';

COMMENT ON VIEW entity_timeline IS 'The timeline per entity: one row per watchlist entity and development that names it.';
COMMENT ON COLUMN entity_timeline.entity_id IS 'Watchlist id of the entity.';
COMMENT ON COLUMN entity_timeline.entity IS 'Canonical name of the entity.';
COMMENT ON COLUMN entity_timeline.development_id IS 'A development at least one report of which names the entity.';
COMMENT ON COLUMN entity_timeline.headline IS 'Headline of the development.';
COMMENT ON COLUMN entity_timeline.first_seen IS 'Publication time (UTC) of the development''s earliest report.';
COMMENT ON COLUMN entity_timeline.last_seen IS 'Publication time (UTC) of the development''s latest report.';
COMMENT ON COLUMN entity_timeline.n_reports IS 'Number of reports of the development (all of them, not only those naming the entity).';
COMMENT ON COLUMN entity_timeline.n_outlets IS 'Number of distinct outlets that reported the development.';
COMMENT ON COLUMN entity_timeline.is_policy IS 'True when at least one report carries a policy signal.';
