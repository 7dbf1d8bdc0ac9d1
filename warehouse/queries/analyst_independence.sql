-- Independent outlets of the developments $ids (every development when $ids is NULL), from the
-- development_independence view.
SELECT development_id, n_independent, derived_outlet_ids
FROM development_independence
WHERE $ids IS NULL OR development_id IN (SELECT unnest($ids));
