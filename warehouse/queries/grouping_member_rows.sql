-- What grouping compares for the given reports ($ids) (warehouse.grouping.load_grouper, for the
-- reports this process has not profiled yet).
SELECT * FROM grouping_items WHERE article_id IN (SELECT unnest($ids));
