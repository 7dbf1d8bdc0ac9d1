-- Why each report of development $id is in it: the grouping decision (join, new, pinned), its
-- probability and features, the best candidate's headline, and any analyst correction.
SELECT m.article_id,
       m.source                 AS membership,
       g.decision,
       g.score                  AS probability,
       g.candidate_id,
       c.headline               AS candidate_headline,
       g.features,
       g.model_version,
       k.kind                   AS correction_kind,
       k.created_at             AS corrected_at,
       k.note                   AS correction_note
FROM development_members m
LEFT JOIN grouping_decisions g USING (article_id)
LEFT JOIN developments c ON c.development_id = g.candidate_id
LEFT JOIN grouping_pins p USING (article_id)
LEFT JOIN grouping_corrections k ON k.correction_id = p.correction_id
WHERE m.development_id = $id;
