-- The other developments of the story $story (for `policywatch show` of the development $id),
-- oldest first.
SELECT d.development_id, d.headline, d.first_published AS first_seen,
       d.last_published AS last_seen
FROM developments d
WHERE d.story_id = $story
  AND d.development_id <> $id
ORDER BY d.first_published, d.development_id;
