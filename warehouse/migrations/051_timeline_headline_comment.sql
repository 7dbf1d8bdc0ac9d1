-- The grouping stage chooses a development's headline (the title of its most representative
-- report, not always the first): say so in the column comments (050 said "the first report").
COMMENT ON COLUMN timeline.headline IS 'Headline of the development, chosen by the grouping stage: the title of its most representative report.';
COMMENT ON COLUMN entity_timeline.headline IS 'Headline of the development (see timeline.headline).';
