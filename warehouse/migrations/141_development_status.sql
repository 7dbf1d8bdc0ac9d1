-- Each development's status over time (nlp.status): one row per status change, oldest first,
-- with the report that first shows it and the official report that confirms it. Recomputed by
-- the pipeline for every development a batch touches (new members, merges, splits, reprocessed
-- reports, regrouping): its rows are deleted and written again from its current reports, so a
-- re-run writes the same rows and a killed run resumes to the same table.
CREATE TABLE development_status_changes (
    development_id VARCHAR NOT NULL,
    seq            INTEGER NOT NULL,      -- 0, 1, ... in time order
    status         VARCHAR NOT NULL,      -- reported | proposed | adopted | in-force | suspended | denied
    changed_at     TIMESTAMPTZ NOT NULL,  -- publication time of the first report showing it
    article_id     VARCHAR NOT NULL,      -- that report
    sentence       VARCHAR,               -- the sentence of that report that shows the status
    confirmed_at   TIMESTAMPTZ,           -- first official-backed report of this status
    confirmed_by   VARCHAR,               -- that report's article_id
    PRIMARY KEY (development_id, seq)
);

COMMENT ON TABLE development_status_changes IS 'The status changes of each development (reported, proposed, adopted, in-force, suspended, denied), oldest first, each with its first report and its official confirmation.';
COMMENT ON COLUMN development_status_changes.development_id IS 'The development (developments.development_id).';
COMMENT ON COLUMN development_status_changes.seq IS '0 for the first status, then 1, 2, ... in time order.';
COMMENT ON COLUMN development_status_changes.status IS 'reported (unconfirmed news), proposed (a draft), adopted (issued), in-force (in effect), suspended or denied.';
COMMENT ON COLUMN development_status_changes.changed_at IS 'Publication time (UTC) of the first report showing this status.';
COMMENT ON COLUMN development_status_changes.article_id IS 'That report (articles.article_id).';
COMMENT ON COLUMN development_status_changes.sentence IS 'The sentence of that report that shows the status.';
COMMENT ON COLUMN development_status_changes.confirmed_at IS 'Publication time of the first official-backed report of this status (an official outlet''s notice, or a report resting on the authority''s own statement); NULL when nothing official backs it.';
COMMENT ON COLUMN development_status_changes.confirmed_by IS 'That official-backed report (articles.article_id), or NULL.';
