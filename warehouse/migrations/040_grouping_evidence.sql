-- Grouping (issue 6): the evidence behind every decision, analyst corrections, and what analysts
-- read about each development (first report, independent outlets, credits, what each report adds).

-- The best candidate developments considered for each article, with the model's probability and
-- the pair features (grouping_decisions keeps the chosen one).
CREATE TABLE grouping_candidates (
    article_id      VARCHAR NOT NULL,
    rank            INTEGER NOT NULL,        -- 1 = most likely
    development_id  VARCHAR NOT NULL,
    probability     DOUBLE NOT NULL,
    features        JSON,
    PRIMARY KEY (article_id, rank)
);

-- Analyst corrections, in the order they were made.
CREATE TABLE grouping_corrections (
    correction_id         VARCHAR PRIMARY KEY,
    kind                  VARCHAR NOT NULL,  -- merge | split
    development_id        VARCHAR NOT NULL,  -- merge: the development kept; split: the one split
    other_development_id  VARCHAR NOT NULL,  -- merge: the one merged away; split: the new one
    article_ids           VARCHAR[],         -- split: the articles moved out
    created_at            TIMESTAMPTZ NOT NULL,
    note                  VARCHAR
);

-- What the grouper must respect on every later run and on regrouping: an article pinned to a
-- development, a merged development redirected to the one it was merged into.
CREATE TABLE grouping_pins (
    article_id      VARCHAR PRIMARY KEY,
    development_id  VARCHAR NOT NULL,
    correction_id   VARCHAR NOT NULL
);

CREATE TABLE grouping_aliases (
    development_id  VARCHAR PRIMARY KEY,     -- merged away
    merged_into     VARCHAR NOT NULL,
    correction_id   VARCHAR NOT NULL
);

-- One row per development: the facts analysts read (recomputed whenever it changes).
CREATE TABLE development_facts (
    development_id         VARCHAR PRIMARY KEY,
    headline               VARCHAR NOT NULL,   -- title of the most central report
    headline_article_id    VARCHAR NOT NULL,
    first_article_id       VARCHAR NOT NULL,   -- earliest publication
    first_outlet_id        VARCHAR NOT NULL,
    first_published        TIMESTAMPTZ,
    last_published         TIMESTAMPTZ,
    n_reports              INTEGER NOT NULL,
    n_outlets              INTEGER NOT NULL,
    n_independent_outlets  INTEGER NOT NULL,   -- syndicated / near-copied reports count once
    credited_outlets       VARCHAR[],          -- outlets later reports credit ("according to X")
    updated_at             TIMESTAMPTZ NOT NULL
);

-- One row per report of a development.
CREATE TABLE report_facts (
    article_id           VARCHAR PRIMARY KEY,
    development_id       VARCHAR NOT NULL,
    report_rank          INTEGER NOT NULL,     -- 1 = first report
    is_first             BOOLEAN NOT NULL,
    copy_of              VARCHAR,              -- earlier report (other outlet) it nearly copies
    independent          BOOLEAN NOT NULL,     -- not a copy of an earlier report
    credits              VARCHAR[],            -- names it credits as its source, as written
    credited_outlet_ids  VARCHAR[],            -- the same, resolved to known outlets
    centrality           DOUBLE,               -- mean embedding cosine to the other reports
    n_sentences          INTEGER NOT NULL,
    n_added              INTEGER NOT NULL      -- sentences no earlier report contains
);

-- What each later report adds: its sentences that no earlier report of the development contains.
CREATE TABLE report_additions (
    article_id      VARCHAR NOT NULL,
    development_id  VARCHAR NOT NULL,
    position        INTEGER NOT NULL,         -- sentence number in the report's body
    text            VARCHAR NOT NULL,
    novelty         DOUBLE NOT NULL,          -- share of the sentence's terms that are new
    PRIMARY KEY (article_id, position)
);

CREATE VIEW development_overview AS
SELECT
    f.development_id,
    f.headline,
    f.first_published,
    f.last_published,
    f.first_article_id,
    f.first_outlet_id,
    s.name                      AS first_outlet,
    a.url                       AS first_url,
    f.n_reports,
    f.n_outlets,
    f.n_independent_outlets,
    f.credited_outlets,
    f.updated_at
FROM development_facts f
LEFT JOIN sources s ON s.outlet_id = f.first_outlet_id
LEFT JOIN articles a ON a.article_id = f.first_article_id;

CREATE VIEW report_novelty AS
SELECT
    r.development_id,
    r.article_id,
    r.report_rank,
    r.is_first,
    a.outlet_id,
    s.name                      AS outlet,
    a.title,
    a.published,
    r.copy_of,
    r.independent,
    r.credits,
    r.n_added,
    coalesce((SELECT list(x.text ORDER BY x.position) FROM report_additions x
              WHERE x.article_id = r.article_id), []) AS added_sentences
FROM report_facts r
JOIN articles a USING (article_id)
LEFT JOIN sources s ON s.outlet_id = a.outlet_id;

COMMENT ON VIEW development_overview IS 'One row per development with its first report (earliest, with outlet and link), counts of reports, outlets and independent outlets (copies count once) and the outlets later reports credit.';
COMMENT ON VIEW report_novelty IS 'One row per report of a development, in publication order: whether it is a copy, whom it credits, and the sentences it adds that no earlier report contains.';
COMMENT ON COLUMN development_overview.development_id IS 'Stable id of the development (see timeline).';
COMMENT ON COLUMN development_overview.headline IS 'Title of the most central report (highest mean similarity to the other reports).';
COMMENT ON COLUMN development_overview.first_published IS 'Publication time (UTC) of the earliest report.';
COMMENT ON COLUMN development_overview.last_published IS 'Publication time (UTC) of the latest report.';
COMMENT ON COLUMN development_overview.first_article_id IS 'article_id of the earliest report.';
COMMENT ON COLUMN development_overview.first_outlet_id IS 'Outlet id of the earliest report.';
COMMENT ON COLUMN development_overview.first_outlet IS 'Display name of the outlet that reported it first.';
COMMENT ON COLUMN development_overview.first_url IS 'Link to the earliest report.';
COMMENT ON COLUMN development_overview.n_reports IS 'Number of reports grouped into the development.';
COMMENT ON COLUMN development_overview.n_outlets IS 'Number of distinct outlets that reported it.';
COMMENT ON COLUMN development_overview.n_independent_outlets IS 'Outlets with at least one report that is not a near copy of an earlier report of another outlet (syndicated copies count once).';
COMMENT ON COLUMN development_overview.credited_outlets IS 'Outlets that later reports credit as their source ("according to X", "first reported by X").';
COMMENT ON COLUMN development_overview.updated_at IS 'When grouping last recomputed these facts (UTC).';
COMMENT ON COLUMN report_novelty.development_id IS 'The development the report belongs to.';
COMMENT ON COLUMN report_novelty.article_id IS 'Stable id of the report (article).';
COMMENT ON COLUMN report_novelty.report_rank IS 'Position of the report in publication order (1 = first report).';
COMMENT ON COLUMN report_novelty.is_first IS 'True for the earliest report.';
COMMENT ON COLUMN report_novelty.outlet_id IS 'Outlet id of the report.';
COMMENT ON COLUMN report_novelty.outlet IS 'Display name of the outlet.';
COMMENT ON COLUMN report_novelty.title IS 'Title of the report.';
COMMENT ON COLUMN report_novelty.published IS 'Publication time (UTC) of the report.';
COMMENT ON COLUMN report_novelty.copy_of IS 'article_id of the earlier report of another outlet this one nearly copies (syndication), or NULL.';
COMMENT ON COLUMN report_novelty.independent IS 'False when the report is a near copy of an earlier one.';
COMMENT ON COLUMN report_novelty.credits IS 'Names the report credits as its source, as written.';
COMMENT ON COLUMN report_novelty.n_added IS 'Number of sentences no earlier report of the development contains.';
COMMENT ON COLUMN report_novelty.added_sentences IS 'Those sentences, in reading order: what the report adds.';
