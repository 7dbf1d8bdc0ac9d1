-- Record the story of each development: $ids and $stories are lists of the same length.
UPDATE developments
SET story_id = s.story_id
FROM (SELECT unnest($ids) AS development_id, unnest($stories) AS story_id) AS s
WHERE developments.development_id = s.development_id;
