-- The policy signals of development $id, each with the sentence that triggered it, its report, and
-- whether the report reports it (or names it only as background).
SELECT s.kind, s.sentence, s.article_id, a.title, coalesce(o.name, a.outlet_id) AS outlet,
       coalesce(s.reported, TRUE) AS reported
FROM development_members m
JOIN article_signals s USING (article_id)
JOIN articles a USING (article_id)
LEFT JOIN sources o ON o.outlet_id = a.outlet_id
WHERE m.development_id = $id
ORDER BY s.kind, a.published, s.article_id, s.start_char;
