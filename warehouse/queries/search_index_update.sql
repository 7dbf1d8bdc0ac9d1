-- Bring the BM25 index (schema fts_main_articles, first built by PRAGMA create_fts_index) up to
-- date with the articles table, in place: the documents of deleted or changed articles are
-- dropped, new and changed articles are tokenised, stemmed and added. A BM25 score reads only
-- term counts, per-term document frequencies, document lengths, the number of documents and their
-- mean length; each is maintained here exactly as the full build computes it (the same tokenize
-- macro, stemmer and stopwords), so scores equal a rebuild's (tests/test_search_index.py).
-- Executed as one script by warehouse.search.update_index, inside one transaction.

-- 1. Documents to drop: the article is gone, or its text or title changed.
CREATE OR REPLACE TEMP TABLE fts_gone AS
SELECT s.article_id, s.docid
FROM search_index_state s
LEFT JOIN articles a USING (article_id)
WHERE a.article_id IS NULL
   OR a.content_hash <> s.content_hash
   OR hash(a.title) <> s.title_hash;

UPDATE fts_main_articles.dict AS d
SET df = d.df - g.n
FROM (
    SELECT t.termid, count(DISTINCT t.docid) AS n
    FROM fts_main_articles.terms t
    SEMI JOIN fts_gone g ON t.docid = g.docid
    GROUP BY t.termid
) g
WHERE d.termid = g.termid;

DELETE FROM fts_main_articles.terms WHERE docid IN (SELECT docid FROM fts_gone);
DELETE FROM fts_main_articles.docs WHERE docid IN (SELECT docid FROM fts_gone);
DELETE FROM fts_main_articles.dict WHERE df <= 0;
DELETE FROM search_index_state WHERE article_id IN (SELECT article_id FROM fts_gone);

-- 2. Documents to add: every article the index does not hold (new, or dropped above).
CREATE OR REPLACE TEMP TABLE fts_new AS
SELECT a.article_id, a.title, a.text, a.content_hash, hash(a.title) AS title_hash,
       (SELECT coalesce(max(docid), -1) FROM fts_main_articles.docs)
         + row_number() OVER (ORDER BY a.article_id) AS docid
FROM articles a
ANTI JOIN search_index_state s USING (article_id);

CREATE OR REPLACE TEMP TABLE fts_new_terms AS
WITH tokenized AS (
    SELECT unnest(fts_main_articles.tokenize(title)) AS w, docid, 0 AS fieldid FROM fts_new
    UNION ALL
    SELECT unnest(fts_main_articles.tokenize(text)) AS w, docid, 1 AS fieldid FROM fts_new
)
SELECT stem(w, 'english') AS term, docid, fieldid
FROM tokenized
WHERE w NOT NULL
  AND len(w) > 0
  AND w NOT IN (SELECT sw FROM fts_main_articles.stopwords);

INSERT INTO fts_main_articles.dict (termid, term, df)
SELECT (SELECT coalesce(max(termid), -1) FROM fts_main_articles.dict)
         + row_number() OVER (ORDER BY n.term),
       n.term, 0
FROM (SELECT DISTINCT term FROM fts_new_terms) n
ANTI JOIN fts_main_articles.dict d ON d.term = n.term;

UPDATE fts_main_articles.dict AS d
SET df = d.df + n.n
FROM (SELECT term, count(DISTINCT docid) AS n FROM fts_new_terms GROUP BY term) n
WHERE d.term = n.term;

INSERT INTO fts_main_articles.terms (docid, fieldid, termid)
SELECT n.docid, n.fieldid, d.termid
FROM fts_new_terms n
JOIN fts_main_articles.dict d ON d.term = n.term;

INSERT INTO fts_main_articles.docs (docid, name, len)
SELECT f.docid, f.article_id, count(t.term)
FROM fts_new f
LEFT JOIN fts_new_terms t ON t.docid = f.docid
GROUP BY f.docid, f.article_id;

INSERT INTO search_index_state (article_id, docid, content_hash, title_hash)
SELECT article_id, docid, content_hash, title_hash FROM fts_new;

-- 3. Collection statistics, as the full build computes them.
DELETE FROM fts_main_articles.stats;
INSERT INTO fts_main_articles.stats (num_docs, avgdl)
SELECT count(docs.docid), sum(docs.len) / count(docs.len)
FROM fts_main_articles.docs AS docs;

DROP TABLE fts_gone;
DROP TABLE fts_new;
DROP TABLE fts_new_terms;
