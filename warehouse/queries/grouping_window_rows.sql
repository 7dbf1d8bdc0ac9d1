-- What grouping compares for every report of the developments open since $since:
-- warehouse.grouping.load_grouper reads them when most of the window is new to the process.
SELECT * FROM grouping_items_of($since, []::VARCHAR[], false);
