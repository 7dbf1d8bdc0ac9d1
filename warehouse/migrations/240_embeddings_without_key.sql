-- embeddings loses its PRIMARY KEY: a rewritten vector no longer deletes and inserts a key.
--
-- DuckDB stores a new value of a list column (embeddings.vector, FLOAT[]) by deleting the row
-- and inserting it again; with a key constraint that is a key deleted and inserted in one
-- transaction, the path DuckDB's index has failed on after a killed process's write-ahead log
-- was replayed (migrations 220 and 230). A re-check rewrites the vector of every article whose
-- text changed. Without the constraint there is no index to follow the row; one row per article
-- is kept by the write (warehouse.grouping.save_embeddings, through warehouse.load.replace_rows:
-- the rows of the articles written are deleted and their new rows inserted).
--
-- DuckDB cannot drop a PRIMARY KEY in place: the table is copied aside, created again with the
-- same columns and NOT NULL rules, and filled back. Views read it by name and stay valid.

CREATE TEMP TABLE _old_embeddings AS SELECT * FROM embeddings;
DROP TABLE embeddings;
CREATE TABLE embeddings (
    article_id  VARCHAR NOT NULL,   -- one row per article
    model       VARCHAR NOT NULL,
    vector      FLOAT[] NOT NULL
);
INSERT INTO embeddings SELECT * FROM _old_embeddings;
DROP TABLE _old_embeddings;
