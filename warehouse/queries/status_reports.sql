-- The reports of the developments $ids as the status needs them (nlp.status.StatusReport): the
-- outlet's kind (news unless the source says official), the report's sourcing and stage with
-- the stage's sentence, and its title and text (where it may state the day a rule takes effect),
-- in publication order. A report not assessed yet counts as stage none. What the tagger read the
-- text to state (article_stated: the effective day, a party's denial, a reversal sought) comes
-- with it; a report assessed before that table has none, and its text is read instead.
SELECT m.development_id,
       a.article_id,
       coalesce(a.published, a.first_seen)      AS published,
       coalesce(s.kind, 'news')                 AS outlet_kind,
       x.sourcing,
       coalesce(x.stage, 'none')                AS stage,
       coalesce(x.stage_sentence, '')           AS sentence,
       a.title || chr(10) || a.text             AS text,
       t.article_id IS NOT NULL                 AS stated,
       t.effective,
       t.party_denial,
       t.sought
FROM development_members m
JOIN articles a USING (article_id)
LEFT JOIN sources s ON s.outlet_id = a.outlet_id
LEFT JOIN article_assessments x USING (article_id)
LEFT JOIN article_stated t USING (article_id)
WHERE m.development_id IN (SELECT unnest($ids))
ORDER BY m.development_id, coalesce(a.published, a.first_seen), a.article_id;
