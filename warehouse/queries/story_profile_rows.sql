-- The story profiles of the developments $ids (VARCHAR[]): warehouse.grouping.load_story_index.
SELECT development_id, last_published, vector, mains, kinds, subjects, terms, term_counts,
       readings
FROM development_story_profiles
WHERE development_id IN (SELECT unnest($ids::VARCHAR[]))
ORDER BY development_id;
