-- analyst_independence.sql on a read snapshot (read_development_independence).
SELECT development_id, n_independent, derived_outlet_ids
FROM read_development_independence
WHERE $ids IS NULL OR development_id IN (SELECT unnest($ids));
