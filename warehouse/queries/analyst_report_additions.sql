-- The HTML report: what each report of the developments $ids adds, from the grouping stage's
-- report_novelty view: whether it copies an earlier report, whom it credits, how many sentences
-- no earlier report contains and the first of them.
SELECT n.article_id, n.copy_of, c.title AS copy_title, n.credits, n.n_added,
       n.added_sentences[1] AS first_added
FROM report_novelty n
LEFT JOIN articles c ON c.article_id = n.copy_of
WHERE n.development_id IN (SELECT unnest($ids));
