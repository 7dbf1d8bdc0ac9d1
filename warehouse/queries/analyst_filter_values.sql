-- Every value the analysts' filters know (--entity, --signal, --outlet), to tell an unknown value
-- from one that matches nothing and to suggest the closest known ones. label: what to show.
-- Signal kinds are not read here: they are the fixed kinds of the rules (nlp.signals.KINDS),
-- and scanning article_signals would cost time on a large warehouse.
SELECT 'entity' AS field, entity_id AS value, name AS label FROM entities
UNION ALL
SELECT 'entity', name, name FROM entities
UNION ALL
SELECT 'entity', alias, name FROM (SELECT unnest(aliases) AS alias, name FROM entities)
UNION ALL
SELECT 'outlet', outlet_id, coalesce(name, outlet_id) FROM sources
UNION ALL
SELECT 'outlet', name, name FROM sources WHERE name IS NOT NULL;
