-- Tables of per-report additions (what a later report adds to its development) that another part
-- of the pipeline may provide: any table whose name mentions "addition" and that has an
-- article_id column. `policywatch show` reads it when present.
SELECT t.table_name
FROM information_schema.tables t
WHERE t.table_schema = 'main'
  AND t.table_name LIKE '%addition%'
  AND EXISTS (SELECT 1 FROM information_schema.columns c
              WHERE c.table_name = t.table_name AND c.column_name = 'article_id')
ORDER BY t.table_name;
