-- Export: the policy signals found in each article, with the sentence that carries each and
-- whether it is reported news (true) or background (false).
SELECT article_id, kind, sentence, start_char, end_char, coalesce(reported, TRUE) AS reported
FROM article_signals
ORDER BY article_id, start_char, kind;
