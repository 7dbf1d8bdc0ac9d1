-- web_development_signals.sql on a read snapshot: the policy signals of development $id with
-- their sentences, from read_development_signal_rows.
SELECT kind, sentence, article_id, title, outlet, reported
FROM read_development_signal_rows
WHERE development_id = $id
ORDER BY kind, published, article_id, start_char;
