-- The outlets whose kind is official (the authority's own site): their notices' sourcing is
-- official when articles are tagged again.
SELECT outlet_id FROM sources WHERE kind = 'official' ORDER BY outlet_id;
