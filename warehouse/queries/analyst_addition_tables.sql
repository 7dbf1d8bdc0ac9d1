-- Whether the grouping stage's record of what each report adds (the report_novelty view over
-- report_facts and report_additions) exists, and which of its columns `policywatch show` reads.
SELECT c.column_name
FROM information_schema.columns c
WHERE c.table_schema = 'main'
  AND c.table_name = 'report_novelty'
  AND c.column_name IN ('article_id', 'copy_of', 'credits', 'n_added', 'added_sentences')
ORDER BY c.column_name;
