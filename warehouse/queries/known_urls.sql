-- Every URL the warehouse already holds an article for (fetched or canonical), so the crawler
-- does not fetch it again.
SELECT url FROM pages
UNION
SELECT url FROM articles
UNION
SELECT canonical_url FROM articles;
