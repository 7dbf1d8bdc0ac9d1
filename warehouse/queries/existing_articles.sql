-- Which of the given article ids or content hashes are already stored (the ids and hashes in
-- the Arrow views _pw_given_ids and _pw_given_hashes, column v: warehouse.store.existing_articles).
SELECT article_id, content_hash
FROM articles
WHERE article_id IN (SELECT v FROM _pw_given_ids) OR content_hash IN (SELECT v FROM _pw_given_hashes);
