-- The story a development belongs to (empty before grouping gave it one).
SELECT story_id FROM developments WHERE development_id = $id;
