-- Earlier tags of the articles $ids, removed before they are tagged again.
DELETE FROM article_stated WHERE article_id IN (SELECT unnest($ids));
