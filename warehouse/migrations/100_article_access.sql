-- Issue 24: whether the page gave the whole article. free | paywalled | truncated; NULL for
-- articles stored before the check existed (re-extraction, `policywatch reprocess`, fills it).
ALTER TABLE articles ADD COLUMN access VARCHAR;
COMMENT ON COLUMN articles.access IS 'Whether the page gave the whole article: free, paywalled (a subscription wall; headline and lead kept) or truncated (a teaser pointing elsewhere). NULL: stored before the check existed.';
