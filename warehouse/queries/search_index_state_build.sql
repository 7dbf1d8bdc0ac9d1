-- After a full build of the BM25 index (PRAGMA create_fts_index): which version of each article
-- the index holds, so warehouse.search.update_index can later add, drop and re-index only what
-- changed (search_index_update.sql).
CREATE OR REPLACE TABLE search_index_state AS
SELECT a.article_id, d.docid, a.content_hash, hash(a.title) AS title_hash
FROM articles a
JOIN fts_main_articles.docs d ON d.name = a.article_id;
