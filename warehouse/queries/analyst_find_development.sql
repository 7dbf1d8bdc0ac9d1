-- Developments whose id is $id or starts with it (a prefix is enough on the command line).
SELECT development_id
FROM developments
WHERE development_id = $id OR starts_with(development_id, $id)
ORDER BY development_id = $id DESC, development_id
LIMIT 2;
