-- What grouping compares for the given reports ($ids, VARCHAR[]): warehouse.grouping.load_grouper
-- reads the few reports of the open window this process has not profiled yet.
SELECT * FROM grouping_items_of(NULL, $ids::VARCHAR[], false);
