-- 0013: three words written out in every claim row become ids and a flag (~65 MiB less at
-- 100,000 articles, a fifth of `claims`). claim_details shows them as words, as before.
--
-- * The extraction rule: two dozen names ("digits/verb", "statement/according-to", ...), 14
--   bytes a row on average, are now rows of `rules`, and claims.rule_id points to one. claimkb
--   adds a rule the first time a claim uses it.
-- * The polarity: one of four words, 8 bytes a row, is now claims.polarity_id into `polarities`.
-- * The modality: 'reported' or 'planned', 8 bytes a row, is now claims.planned, 0 or 1.
-- SQLite writes the integers 0 and 1 in a row's header alone: the commonest rule ids, 'asserted'
-- and 'confirmed' and either modality take no byte of the row at all.
--
-- SQLite checks every view when a column is dropped: claim_details (0011's, reading the new
-- columns) is restated before the old ones go. The views that read it stand as they are.

CREATE TABLE rules (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE                    -- what produced the claim: how the figure was written / who said it
) STRICT;
INSERT INTO rules(name) SELECT DISTINCT rule FROM claims ORDER BY rule;

-- Never NULL once written (SQLite adds a column NOT NULL only with a default).
ALTER TABLE claims ADD COLUMN rule_id INTEGER REFERENCES rules(id);
UPDATE claims SET rule_id = (SELECT id FROM rules WHERE name = claims.rule);

CREATE TABLE polarities (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
) STRICT;
INSERT INTO polarities(id, name) VALUES (0, 'asserted'), (1, 'confirmed'), (2, 'denied'), (3, 'unconfirmed');
-- (No REFERENCES: SQLite adds a column with a foreign key only with a NULL default.)
ALTER TABLE claims ADD COLUMN polarity_id INTEGER NOT NULL DEFAULT 0 CHECK (polarity_id BETWEEN 0 AND 3);
UPDATE claims SET polarity_id = (SELECT id FROM polarities WHERE name = claims.polarity);

ALTER TABLE claims ADD COLUMN planned INTEGER NOT NULL DEFAULT 0 CHECK (planned = 0 OR planned = 1);
UPDATE claims SET planned = 1 WHERE modality = 'planned';

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
    iif(c.planned, 'planned', 'reported')  AS modality,
    (SELECT name FROM polarities WHERE id = c.polarity_id) AS polarity,
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
ALTER TABLE claims DROP COLUMN modality;
ALTER TABLE claims DROP COLUMN polarity;

DELETE FROM schema_docs WHERE object = 'claims' AND column IN ('rule', 'modality', 'polarity');
INSERT INTO schema_docs(object, column, description) VALUES
('rules', '', 'The extraction rules that produced claims, one row each; claims.rule_id points here.'),
('rules', 'id', 'Row id.'),
('rules', 'name', 'The rule: how the figure was written (digits, words, range, vague) or statement, then what named the source (verb, according-to, unnamed, article, ...).'),
('claims', 'rule_id', 'The extraction rule that produced the claim (rules.id); claim_details shows its name.'),
('polarities', '', 'What a source does with a claim: asserts it, confirms it, denies it, or reports it unconfirmed; claims.polarity_id and estimate_groups.polarity_id point here.'),
('polarities', 'id', 'Row id: 0 asserted, 1 confirmed, 2 denied, 3 unconfirmed.'),
('polarities', 'name', 'asserted, confirmed, denied or unconfirmed.'),
('claims', 'polarity_id', 'asserted, confirmed, denied or unconfirmed (polarities.id); claim_details shows the word as polarity.'),
('claims', 'planned', '1 for a plan, projection or expectation; 0 when said to have happened or to be so. claim_details shows it as modality: planned or reported.');
