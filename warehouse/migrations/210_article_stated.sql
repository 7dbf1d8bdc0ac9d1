-- What a report states that its stage and its status history both read (nlp.stated), as the
-- tagger read it: the day it says a rule takes effect (read against its day of publication),
-- whether its denial is only a company's or another party's, whether the reversal it reports is
-- only asked for. One row per assessed article, written with its assessment; an article assessed
-- before this table has no row, and the status reads its text with the same reader.
CREATE TABLE article_stated (
    article_id   VARCHAR PRIMARY KEY,
    effective    DATE,                 -- NULL: no day stated (or no day of publication)
    party_denial BOOLEAN NOT NULL,
    sought       BOOLEAN NOT NULL
);
