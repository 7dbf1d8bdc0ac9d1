-- Where development $id went when an analyst merged it into another (NULL when it did not).
SELECT merged_into FROM grouping_aliases WHERE development_id = $id;
