-- Export: the policy signals found in each article, with the sentence that carries each.
SELECT article_id, kind, sentence, start_char, end_char
FROM article_signals
ORDER BY article_id, start_char, kind;
