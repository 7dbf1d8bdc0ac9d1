-- development_story_profiles loses its last_published index: no table a batch rewrites keeps an
-- index of any kind.
--
-- Migration 220 removed the key constraints of the derived tables and kept this ordinary index.
-- A resumed run then aborted on it: after a killed process's write-ahead log was replayed, the
-- commit of a batch that deleted a profile to write it again failed inside DuckDB ("Failed to
-- delete all rows from index. Only deleted 0 out of 1 rows") and every later run failed the same
-- way. The index served one range filter (queries/story_profiles_closed.sql) on a table of one
-- row per development, which a scan with DuckDB's zone maps answers as well.
DROP INDEX IF EXISTS development_story_profiles_last;
