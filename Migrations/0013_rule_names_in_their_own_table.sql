-- 0013: a claim names its extraction rule by an id into `rules` (~29 MiB less at 100,000 articles).
--
-- Two dozen rule names ("digits/verb", "statement/according-to", ...) were written out in every
-- claim row, 14 bytes on average. They are now rows of `rules`, and claims.rule_id points to one;
-- claim_details still shows the name as `rule`. claimkb adds a rule the first time a claim uses it.
--
-- SQLite checks every view when a column is dropped: claim_details (0011's, reading the name
-- from `rules` now) is restated before claims.rule goes. The views that read it stand as they are.

CREATE TABLE rules (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE                    -- what produced the claim: how the figure was written / who said it
) STRICT;
INSERT INTO rules(name) SELECT DISTINCT rule FROM claims ORDER BY rule;

-- Never NULL once written (SQLite adds a column NOT NULL only with a default).
ALTER TABLE claims ADD COLUMN rule_id INTEGER REFERENCES rules(id);
UPDATE claims SET rule_id = (SELECT id FROM rules WHERE name = claims.rule);

DROP VIEW claim_details;
CREATE VIEW claim_details AS
SELECT
    c.id                                   AS claim_id,
    a.name                                 AS article,
    a.title                                AS title,
    a.published                            AS published,
    c.kind                                 AS kind,
    c.counted                              AS counted,
    c.low                                  AS low,
    c.high                                 AS high,
    c.unit                                 AS unit,
    c.qualifier                            AS qualifier,
    CASE
        WHEN c.low IS NULL THEN NULL
        WHEN c.qualifier = 'vague' AND c.quantity_text IS NOT NULL THEN c.quantity_text
        ELSE CASE c.qualifier
                 WHEN 'approximately' THEN '~'
                 WHEN 'up_to' THEN 'up to '
                 WHEN 'nearly' THEN 'nearly '
                 WHEN 'at_least' THEN 'at least '
                 ELSE '' END
             || CASE WHEN c.unit = 'USD' THEN '$' ELSE '' END
             || printf('%,d', CAST(round(c.low, 2) AS INTEGER))
                || rtrim(rtrim(substr(printf('%.2f', round(c.low, 2) - CAST(round(c.low, 2) AS INTEGER)), 2), '0'), '.')
             || CASE WHEN c.high > c.low THEN '–' || printf('%,d', CAST(round(c.high, 2) AS INTEGER))
                || rtrim(rtrim(substr(printf('%.2f', round(c.high, 2) - CAST(round(c.high, 2) AS INTEGER)), 2), '0'), '.') ELSE '' END
             || CASE WHEN c.unit = 'percent' THEN '%'
                     WHEN c.unit IS NOT NULL AND c.unit <> 'USD' THEN ' ' || c.unit
                     ELSE '' END
    END                                    AS figure,
    c.quantity_text                        AS quantity_text,
    c.modality                             AS modality,
    c.polarity                             AS polarity,
    c.claimant_id                          AS claimant_id,
    coalesce(claimant.name, '(the article)') AS claimant,
    coalesce(claimant.type, 'article')     AS claimant_type,
    (SELECT json_group_array(name) FROM (
        SELECT e.name FROM claim_sources s JOIN entities e ON e.id = s.entity_id
         WHERE s.claim_id = c.id AND s.role = 'cited' ORDER BY e.name))  AS cited,   -- JSON array
    place.name                             AS place,
    c.place_id                             AS place_id,
    c.claim_date                           AS claim_date,
    c.date_text                            AS date_text,
    substr(a.text, c.span_start + 1, c.span_end - c.span_start) AS evidence,
    c.span_start                           AS span_start,
    c.span_end                             AS span_end,
    (SELECT name FROM rules WHERE id = c.rule_id) AS rule,
    c.article_id                           AS article_id,
    c.estimate_id                          AS estimate_id,
    -- sorts reports in publication order (undated last), then article name, then position
    (a.published IS NULL) || coalesce(a.published, '') || char(31) || a.name || char(31)
        || printf('%012d%012d', c.span_start, c.id) AS report_order
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN entities claimant ON claimant.id = c.claimant_id
LEFT JOIN entities place ON place.id = c.place_id;

ALTER TABLE claims DROP COLUMN rule;

DELETE FROM schema_docs WHERE object = 'claims' AND column = 'rule';
INSERT INTO schema_docs(object, column, description) VALUES
('rules', '', 'The extraction rules that produced claims, one row each; claims.rule_id points here.'),
('rules', 'id', 'Row id.'),
('rules', 'name', 'The rule: how the figure was written (digits, words, range, vague) or statement, then what named the source (verb, according-to, unnamed, article, ...).'),
('claims', 'rule_id', 'The extraction rule that produced the claim (rules.id); claim_details shows its name.');
