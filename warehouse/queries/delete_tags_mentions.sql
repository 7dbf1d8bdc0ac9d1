-- Earlier tags of the articles $ids, removed before they are tagged again.
DELETE FROM mentions WHERE article_id IN (SELECT unnest($ids));
