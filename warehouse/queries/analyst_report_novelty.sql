-- What each report of development $id adds, from the grouping stage's report_novelty view:
-- the sentences no earlier report contains, whether it copies an earlier report, whom it credits.
SELECT n.article_id, n.copy_of, n.credits, n.n_added, n.added_sentences, c.title AS copy_title
FROM report_novelty n
LEFT JOIN articles c ON c.article_id = n.copy_of
WHERE n.development_id = $id;
