-- Headlines analysts set by hand (`policywatch developments rename`). A development's headline is
-- the title of its first report unless it has a row here; the row outlives later runs and
-- regrouping (it is keyed by the development id, as pins and aliases are). Removing the row (a
-- rename to nothing) gives the automatic headline back.
CREATE TABLE development_headlines (
    development_id  VARCHAR PRIMARY KEY,
    headline        VARCHAR NOT NULL,
    correction_id   VARCHAR NOT NULL,
    set_at          TIMESTAMPTZ NOT NULL
);
