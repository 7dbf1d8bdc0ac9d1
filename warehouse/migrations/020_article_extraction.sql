-- Extraction (issue 4): every author the page names, and the signal the modification date came from.
-- published_source / updated_source take one of: json-ld | meta | url | text | feed | crawl.
ALTER TABLE articles ADD COLUMN authors VARCHAR[];
ALTER TABLE articles ADD COLUMN updated_source VARCHAR;
