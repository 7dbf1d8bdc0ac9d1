-- What kind of outlet a source is: "news" (a publisher reporting on policy) or "official" (the
-- authority's own site: a regulator's or ministry's notices, a government gazette). An official
-- outlet's notice confirms the development it belongs to (config/sources.toml, `kind`).
ALTER TABLE sources ADD COLUMN kind VARCHAR DEFAULT 'news';

COMMENT ON COLUMN sources.kind IS 'news (a publisher) or official (the authority''s own site: its notices confirm developments); from `kind` in config/sources.toml.';
