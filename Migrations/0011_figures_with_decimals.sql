-- 0011: figures with decimals read as written: 8.5 percent was shown as "8%".
--
-- claim_details (0005) wrote a figure's ends with printf('%,d'), which keeps the integer part
-- only. Each end is now its integer part with thousands separators, then up to two decimals
-- when it has any ("8.5%", "1,234.25", "$1,100,000,000"). Only the view changes; the views that
-- read it (estimates, troop_estimates, claims_by_source, timeline, disagreements) name it and
-- stand as they are.

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
    c.rule                                 AS rule,
    c.article_id                           AS article_id,
    c.estimate_id                          AS estimate_id,
    -- sorts reports in publication order (undated last), then article name, then position
    (a.published IS NULL) || coalesce(a.published, '') || char(31) || a.name || char(31)
        || printf('%012d%012d', c.span_start, c.id) AS report_order
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN entities claimant ON claimant.id = c.claimant_id
LEFT JOIN entities place ON place.id = c.place_id;
