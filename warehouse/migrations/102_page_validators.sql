-- Issue 24: the ETag and Last-Modified an article page was served with, so that its first
-- re-check is a conditional GET too (a 304 when the page did not change).
ALTER TABLE pages ADD COLUMN etag VARCHAR;
ALTER TABLE pages ADD COLUMN last_modified VARCHAR;
