-- 0003: views named for the questions people ask. The CLI selects from them, so the
-- sqlite3 shell and `claimkb query` give the same rows.

-- One row per extracted claim, with everything joined in and the figure written as a
-- reader writes it ("~12,000", "up to 10,000", "several thousand", "$540,000,000").
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
             || printf('%,d', c.low)
             || CASE WHEN c.high > c.low THEN '–' || printf('%,d', c.high) ELSE '' END
             || CASE WHEN c.unit = 'percent' THEN '%'
                     WHEN c.unit IS NOT NULL AND c.unit <> 'USD' THEN ' ' || c.unit
                     ELSE '' END
    END                                    AS figure,
    c.quantity_text                        AS quantity_text,
    c.modality                             AS modality,
    c.polarity                             AS polarity,
    claimant.id                            AS claimant_id,
    coalesce(claimant.name, '(the article)') AS claimant,
    coalesce(claimant.type, 'article')     AS claimant_type,
    (SELECT json_group_array(name) FROM (
        SELECT e.name FROM claim_sources s JOIN entities e ON e.id = s.entity_id
         WHERE s.claim_id = c.id AND s.role = 'cited' ORDER BY e.name))  AS cited,   -- JSON array
    place.name                             AS place,
    c.place_id                             AS place_id,
    c.claim_date                           AS claim_date,
    c.date_text                            AS date_text,
    c.evidence                             AS evidence,
    c.span_start                           AS span_start,
    c.span_end                             AS span_end,
    c.rule                                 AS rule,
    c.article_id                           AS article_id
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN entities claimant ON claimant.id =
    (SELECT min(s.entity_id) FROM claim_sources s WHERE s.claim_id = c.id AND s.role = 'claimant')
LEFT JOIN entities place ON place.id = c.place_id;

-- Estimates of any kind, grouped by source: the same figure from the same source in
-- several articles is one row listing them all (corroboration). Claims that belong to
-- the article itself are not merged across articles. Fields are the earliest report's
-- (by publication date, then article name, then position in the text); lists keep that order.
CREATE VIEW estimates AS
WITH members AS MATERIALIZED (
    -- each figure claim, with the key of its estimate and a key that sorts reports in
    -- publication order (undated last), then article name, then position in the text
    SELECT d.claim_id, d.article, d.article_id, d.figure, d.place, d.claim_date, d.qualifier,
           coalesce(d.claimant_id, -d.article_id) AS source_key,
           d.kind || char(31) || coalesce(d.claimant_id, -d.article_id) || char(31) || d.low || char(31) || d.high
               || char(31) || coalesce(d.unit, '') || char(31) || d.modality || char(31) || d.polarity AS estimate_key,
           (d.published IS NULL) || coalesce(d.published, '') || char(31) || d.article || char(31)
               || printf('%012d%012d', d.span_start, d.claim_id) AS report_order
    FROM claim_details d
    WHERE d.low IS NOT NULL
),
grouped AS (
    SELECT estimate_key, source_key,
           CAST(substr(min(report_order), -12) AS INTEGER) AS first_claim_id,
           count(DISTINCT article_id) AS article_count,
           min(claim_date) AS claim_date,
           max(coalesce(qualifier = 'vague', 0)) AS vague
    FROM members
    GROUP BY estimate_key
)
SELECT
    f.kind,
    f.claimant_id                          AS source_id,     -- NULL when the article itself claims it
    g.source_key,                                            -- claimant id, or minus the article id
    f.claimant                             AS source,
    f.claimant_type                        AS source_type,
    f.figure,                                                -- as the earliest report wrote it
    (SELECT json_group_array(figure) FROM (
        SELECT m.figure FROM members m WHERE m.estimate_key = g.estimate_key
        GROUP BY m.figure ORDER BY min(m.report_order)))                 AS figures,   -- JSON array
    f.low, f.high, f.unit, f.qualifier, f.modality, f.polarity, f.counted,
    (SELECT group_concat(place, ', ') FROM (
        SELECT m.place FROM members m WHERE m.estimate_key = g.estimate_key AND m.place IS NOT NULL
        GROUP BY m.place ORDER BY min(m.report_order)))                  AS place,     -- every place named
    g.claim_date,                                            -- the earliest date it is about
    g.article_count,
    f.article,                                               -- the earliest article
    (SELECT json_group_array(article) FROM (
        SELECT m.article FROM members m WHERE m.estimate_key = g.estimate_key
        GROUP BY m.article ORDER BY min(m.report_order)))                AS articles,  -- JSON array, earliest first
    f.cited,
    f.evidence, f.span_start, f.span_end,                    -- the earliest report's sentence
    g.vague,                                                 -- 1 if any report was vague
    f.place_id,                                              -- the earliest report's place: the subject's place
    g.first_claim_id
FROM grouped g
JOIN claim_details f ON f.claim_id = g.first_claim_id;

-- The flagship question: all estimates of troop numbers, by source.
CREATE VIEW troop_estimates AS
SELECT source, source_type, figure, low, high, modality, counted, place, claim_date, article_count, articles, evidence
FROM estimates
WHERE kind = 'troops'
ORDER BY source, claim_date IS NULL, claim_date, low;

-- Every claim, listed under who made it.
CREATE VIEW claims_by_source AS
SELECT claimant AS source, claimant_type AS source_type, kind, figure, modality, polarity,
       counted, place, claim_date, article, evidence
FROM claim_details
ORDER BY claimant, kind, claim_date IS NULL, claim_date, article;

-- Each claimant: how many claims, of which kinds, in how many articles.
CREATE VIEW sources AS
SELECT claimant AS source, claimant_type AS source_type, count(*) AS claims,
       group_concat(DISTINCT kind) AS kinds, count(DISTINCT article_id) AS articles
FROM claim_details
GROUP BY claimant_id, claimant, claimant_type
ORDER BY claims DESC, source;

-- Claims in the order of the dates they are about; undated claims last, in publication order.
CREATE VIEW timeline AS
SELECT claim_date, date_text, published, claimant AS source, kind, figure, polarity, counted, place, article, evidence,
       claim_id, span_start
FROM claim_details
ORDER BY claim_date IS NULL, claim_date, published IS NULL, published, article, span_start;

-- Figures of the same kind, modality and unit from different sources whose ranges do not
-- overlap, side by side, lower figure first (e.g. 1,500 vs 12,000 North Korean troops),
-- by kind, modality, then the lower figure.
-- Vague amounts and denied figures are left out. A hedge widens the range: "at least N"
-- reaches up without end, "~N" covers 90–110% of N, "nearly N" 90–100%. Figures more than
-- 20 times apart are taken to count different things and are not paired.
CREATE VIEW disagreements AS
WITH ranges AS MATERIALIZED (
    SELECT e.kind, e.modality, coalesce(e.unit, '') AS unit_key, e.place_id, e.source_key, e.source, e.figure,
           e.low, e.high, e.claim_date, e.articles,
           CASE qualifier WHEN 'approximately' THEN low * 0.9 WHEN 'nearly' THEN low * 0.9 ELSE low END AS range_low,
           CASE qualifier WHEN 'approximately' THEN high * 1.1 WHEN 'at_least' THEN 9e999 ELSE high END AS range_high
    FROM estimates e
    WHERE NOT e.vague AND e.polarity <> 'denied' AND e.place_id IS NOT NULL
)
SELECT a.kind, a.modality,
       a.source AS source, a.figure AS figure, a.low AS low, a.high AS high,
       a.claim_date AS claim_date, a.articles AS articles,
       b.source AS other_source, b.figure AS other_figure, b.low AS other_low, b.high AS other_high,
       b.claim_date AS other_claim_date, b.articles AS other_articles
FROM ranges a
JOIN ranges b
  ON b.kind = a.kind AND b.modality = a.modality AND b.unit_key = a.unit_key
 -- the same subject: figures of one kind about the same place (figures tied to no place are
 -- too loose to set against each other, and pairing every figure with every other grows
 -- with the square of the corpus)
 AND b.place_id = a.place_id
 AND b.source_key <> a.source_key AND a.range_high < b.range_low
 -- figures more than 20 times apart count different things ("three generals", "1.2 million
 -- personnel" against "12,000 soldiers"), not the same thing differently
 AND b.range_low <= 20 * a.range_high
ORDER BY a.kind, a.modality, a.low, a.high, a.source, b.low, b.high, b.source;

-- Each entity with its aliases and how often, and in how many articles, it is mentioned.
CREATE VIEW entity_mentions AS
SELECT e.name, e.type, e.role, e.affiliation,
       (SELECT group_concat(alias, ' | ') FROM (SELECT alias FROM aliases WHERE entity_id = e.id AND alias <> e.name ORDER BY alias)) AS aliases,
       (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions,
       (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = e.id) AS articles
FROM entities e
ORDER BY mentions DESC, e.name;
