-- analyst_development_reports.sql on a read snapshot (the same columns, then what the grouping
-- stage recorded of each report's novelty): the reports of development $id from read_reports.
SELECT article_id, is_first, published, first_seen, outlet_id, outlet, title, url, score,
       membership_source, entities, signals, signal_sentences, access, updates, last_changed,
       last_changes, corrections, main_entities, background_signals, sourcing, sourcing_sentence,
       stage, stage_sentence,
       has_novelty, copy_of, copy_title, credits AS novelty_credits, n_added, added_sentences
FROM read_reports
WHERE development_id = $id
ORDER BY is_first DESC, published NULLS LAST, first_seen, article_id;
