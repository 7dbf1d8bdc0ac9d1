-- Which story profiles the grouper's story index needs: those of the developments that left the
-- grouping window ($since) and were last reported on or after $low (the story window), with the
-- development's current story (an analyst's split or merge may have changed it since the profile
-- was written; developments merged away are left out) and when each was written, so that
-- warehouse.grouping.load_story_index reads again only the profiles it does not hold yet.
SELECT p.development_id, d.story_id, p.saved_at
FROM development_story_profiles p
JOIN developments d USING (development_id)
WHERE p.last_published >= $low AND p.last_published < $since
ORDER BY p.development_id;
