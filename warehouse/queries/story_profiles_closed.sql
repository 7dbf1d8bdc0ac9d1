-- Story profiles of the developments that left the grouping window ($since) and were last reported
-- on or after $low (the story window): warehouse.grouping.load_grouper hands them to the grouper's
-- story index. The story is the development's current one (an analyst's split or merge may have
-- changed it since the profile was written); developments merged away are left out.
SELECT p.development_id, d.story_id, p.last_published, p.vector, p.mains, p.kinds, p.subjects,
       p.terms, p.term_counts, p.readings, p.saved_at
FROM development_story_profiles p
JOIN developments d USING (development_id)
WHERE p.last_published >= $low AND p.last_published < $since
ORDER BY p.development_id;
