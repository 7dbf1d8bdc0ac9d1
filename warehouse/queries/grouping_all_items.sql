-- Every stored article with what grouping compares, in publication order (regrouping).
SELECT * FROM grouping_items ORDER BY published, article_id;
