-- 0003: views named for the questions people ask. The CLI selects from them, so the
-- sqlite3 shell and `claimkb query` give the same rows.

-- One row per extracted claim, with everything joined in and the figure written as a
-- reader writes it ("~12,000", "up to 10,000", "several thousand", "$540,000,000").
CREATE VIEW claim_details AS
SELECT
    c.id                                   AS claim_id,
    a.name                                 AS article,
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
    (SELECT json_group_array(e.name) FROM claim_sources s JOIN entities e ON e.id = s.entity_id
      WHERE s.claim_id = c.id AND s.role = 'cited')            AS cited,
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
LEFT JOIN claim_sources cs ON cs.claim_id = c.id AND cs.role = 'claimant'
LEFT JOIN entities claimant ON claimant.id = cs.entity_id
LEFT JOIN entities place ON place.id = c.place_id;

-- Estimates of any kind, grouped by source: the same figure from the same source in
-- several articles is one row listing them all (corroboration). Claims that belong to
-- the article itself are not merged across articles.
CREATE VIEW estimates AS
WITH grouped AS (
    SELECT kind, claimant, claimant_type, low, high, unit, modality,
           json_group_array(DISTINCT figure)  AS figures,   -- JSON array of every wording
           group_concat(DISTINCT place)       AS place,
           min(claim_date)                    AS claim_date,
           count(DISTINCT article_id)         AS article_count,
           json_group_array(DISTINCT article) AS articles,  -- JSON array of article names
           min(claim_id)                      AS first_claim_id
    FROM claim_details
    WHERE low IS NOT NULL
    GROUP BY kind, coalesce(claimant_id, -article_id), low, high, unit, modality
)
-- figure, counted and evidence are those of the first claim stored in the group
SELECT g.kind, g.claimant AS source, g.claimant_type AS source_type, first.figure, g.figures,
       g.low, g.high, g.unit, g.modality, first.counted, g.place, g.claim_date,
       g.article_count, g.articles, first.evidence, g.first_claim_id
FROM grouped g
JOIN claim_details first ON first.claim_id = g.first_claim_id;

-- The flagship question: all estimates of troop numbers, by source.
CREATE VIEW troop_estimates AS
SELECT source, source_type, figure, modality, counted, place, claim_date, article_count, articles, evidence
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

-- Each entity with its aliases and how often, and in how many articles, it is mentioned.
CREATE VIEW entity_mentions AS
SELECT e.name, e.type, e.role, e.affiliation,
       (SELECT group_concat(alias, ' | ') FROM (SELECT alias FROM aliases WHERE entity_id = e.id AND alias <> e.name ORDER BY alias)) AS aliases,
       (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions,
       (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = e.id) AS articles
FROM entities e
ORDER BY mentions DESC, e.name;

-- Claims in the order of the dates they are about; undated claims last, in publication order.
CREATE VIEW timeline AS
SELECT claim_date, date_text, published, claimant AS source, kind, figure, polarity, counted, place, article, evidence
FROM claim_details
ORDER BY claim_date IS NULL, claim_date, published IS NULL, published, article, span_start;

-- Figures of the same kind and modality from different sources whose ranges do not overlap,
-- side by side (e.g. 1,500 vs 12,000 North Korean troops). Vague amounts are left out.
CREATE VIEW disagreements AS
SELECT a.kind, a.modality,
       a.source AS source, a.figure AS figure, a.claim_date AS claim_date, a.articles AS articles,
       b.source AS other_source, b.figure AS other_figure, b.claim_date AS other_claim_date, b.articles AS other_articles
FROM estimates a
JOIN estimates b
  ON b.kind = a.kind AND b.modality = a.modality AND coalesce(b.unit, '') = coalesce(a.unit, '')
 AND b.source <> a.source AND a.high < b.low
WHERE (SELECT qualifier FROM claims WHERE id = a.first_claim_id) <> 'vague'
  AND (SELECT qualifier FROM claims WHERE id = b.first_claim_id) <> 'vague'
ORDER BY a.kind, a.low, b.low;
