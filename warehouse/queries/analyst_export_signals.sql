-- Export: the policy signals found in each article, with the sentence that carries each and
-- whether it is reported news (true) or background (false).
-- $ids: only the signals of articles of these developments (a list), or NULL for all of them.
SELECT article_id, kind, sentence, start_char, end_char, coalesce(reported, TRUE) AS reported
FROM article_signals
WHERE $ids IS NULL OR article_id IN (
    SELECT article_id FROM development_members WHERE list_contains($ids, development_id))
ORDER BY article_id, start_char, kind;
