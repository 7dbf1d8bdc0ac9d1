-- Independent outlets of the developments $ids (the development_independence view).
SELECT development_id, n_independent, derived_outlet_ids
FROM development_independence
WHERE development_id IN (SELECT unnest($ids));
