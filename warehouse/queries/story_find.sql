-- The stories whose id starts with $prefix (at most 50), each with its first development's
-- headline, for `policywatch story ID`.
SELECT story_id, arg_min(headline, first_published) AS headline
FROM developments
WHERE starts_with(story_id, $prefix)
GROUP BY story_id
ORDER BY story_id
LIMIT 50;
