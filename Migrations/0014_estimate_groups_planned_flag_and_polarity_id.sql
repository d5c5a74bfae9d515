-- 0014: estimate_groups says whether an estimate is planned, and its polarity, with a flag and
-- an id instead of words (~35 MiB less at 100,000 articles), as claims do since 0013.
--
-- 'reported' or 'planned' and 'asserted', 'denied', ... were written in every group row, and the
-- modality again in the listing and subject indexes. The views still show both as words. Among
-- one source's identical figures of one date, and among disagreements of one kind, reported
-- ones now come before planned ones (the flag's order).
--
-- The table is rebuilt under the same ids, as in 0010, and the views that read it restated.

DROP VIEW disagreements;
DROP VIEW troop_estimates;
DROP VIEW estimates;

CREATE TEMP TABLE estimate_groups_copy AS SELECT * FROM estimate_groups;
DROP TABLE estimate_groups;
CREATE TABLE estimate_groups (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL,
    source_key     INTEGER NOT NULL,             -- claimant id, or minus the article id
    low            REAL NOT NULL,
    high           REAL NOT NULL,
    unit           TEXT NOT NULL,                -- '' for a head count
    planned        INTEGER NOT NULL CHECK (planned = 0 OR planned = 1),
    polarity_id    INTEGER NOT NULL REFERENCES polarities(id),
    source         TEXT NOT NULL,                -- claimant name or '(the article)': what estimates sort by
    first_claim_id INTEGER NOT NULL,             -- the earliest report: claim_details.report_order
    claim_date     TEXT,                         -- the earliest date any report is about
    article_count  INTEGER NOT NULL,
    vague          INTEGER NOT NULL,             -- 1 if any report gave the figure in words only
    place_id       INTEGER,                      -- the earliest report's place: with kind, the subject
    range_low      REAL NOT NULL,                -- the earliest report's range, widened by its hedge
    range_high     REAL NOT NULL
) STRICT;
INSERT INTO estimate_groups
SELECT id, kind, source_key, low, high, unit, modality = 'planned', (SELECT id FROM polarities WHERE name = polarity), source, first_claim_id, claim_date,
       article_count, vague, place_id, range_low, range_high
FROM temp.estimate_groups_copy ORDER BY id;
DROP TABLE temp.estimate_groups_copy;

-- As in 0010, with the flag for the word.
CREATE INDEX estimate_groups_key ON estimate_groups(source_key, low);
CREATE INDEX estimate_groups_listing ON estimate_groups(kind, source, claim_date IS NULL, claim_date, low, high, planned);
CREATE INDEX estimate_groups_subject ON estimate_groups(kind, planned, unit, place_id, range_low)
    WHERE vague = 0 AND polarity_id <> 2 AND place_id IS NOT NULL;             -- 2: denied

-- The views of 0005, reading the flag.

CREATE VIEW estimates AS
SELECT
    g.kind,
    f.claimant_id                          AS source_id,     -- NULL when the article itself claims it
    g.source_key,                                            -- claimant id, or minus the article id
    g.source,
    f.claimant_type                        AS source_type,
    f.figure,                                                -- as the earliest report wrote it
    (SELECT json_group_array(figure) FROM (
        SELECT m.figure FROM claim_details m WHERE m.estimate_id = g.id
        GROUP BY m.figure ORDER BY min(m.report_order)))               AS figures,   -- JSON array
    g.low, g.high, f.unit, f.qualifier, iif(g.planned, 'planned', 'reported') AS modality, f.polarity, f.counted,
    (SELECT group_concat(place, ', ') FROM (
        SELECT m.place FROM claim_details m WHERE m.estimate_id = g.id AND m.place IS NOT NULL
        GROUP BY m.place ORDER BY min(m.report_order)))                AS place,     -- every place named
    g.claim_date,                                            -- the earliest date it is about
    g.article_count,
    f.article,                                               -- the earliest article
    (SELECT json_group_array(article) FROM (
        SELECT m.article FROM claim_details m WHERE m.estimate_id = g.id
        GROUP BY m.article ORDER BY min(m.report_order)))              AS articles,  -- JSON array, earliest first
    f.cited,
    f.evidence, f.span_start, f.span_end,                    -- the earliest report's sentence
    g.vague,                                                 -- 1 if any report was vague
    g.place_id,                                              -- the earliest report's place: the subject's place
    g.first_claim_id,
    g.planned                                                -- what `estimates` sorts by last (0: reported first)
FROM estimate_groups g
JOIN claim_details f ON f.claim_id = g.first_claim_id;

CREATE VIEW troop_estimates AS
SELECT source, source_type, figure, low, high, modality, counted, place, claim_date, article_count, articles, evidence
FROM estimates
WHERE kind = 'troops'
ORDER BY source, claim_date IS NULL, claim_date, low, high, planned;

CREATE VIEW disagreements AS
SELECT a.kind, iif(a.planned, 'planned', 'reported') AS modality, place.name AS place,
       fa.claimant AS source, fa.figure AS figure, a.low AS low, a.high AS high,
       a.claim_date AS claim_date,
       (SELECT json_group_array(article) FROM (
           SELECT m.article FROM claim_details m WHERE m.estimate_id = a.id
           GROUP BY m.article ORDER BY min(m.report_order)))   AS articles,
       fb.claimant AS other_source, fb.figure AS other_figure, b.low AS other_low, b.high AS other_high,
       b.claim_date AS other_claim_date,
       (SELECT json_group_array(article) FROM (
           SELECT m.article FROM claim_details m WHERE m.estimate_id = b.id
           GROUP BY m.article ORDER BY min(m.report_order)))   AS other_articles
FROM estimate_groups a
JOIN estimate_groups b
  ON b.kind = a.kind AND b.planned = a.planned AND b.unit = a.unit AND b.place_id = a.place_id
 AND b.range_low > a.range_high
 -- figures more than 20 times apart count different things ("three generals", "1.2 million
 -- personnel" against "12,000 soldiers"), not the same thing differently
 AND b.range_low <= 20 * a.range_high
 AND b.vague = 0 AND b.polarity_id <> 2 AND b.place_id IS NOT NULL      -- 2: denied
 AND b.source_key <> a.source_key
JOIN claim_details fa ON fa.claim_id = a.first_claim_id
JOIN claim_details fb ON fb.claim_id = b.first_claim_id
LEFT JOIN entities place ON place.id = a.place_id
WHERE a.vague = 0 AND a.polarity_id <> 2 AND a.place_id IS NOT NULL
ORDER BY a.kind, a.planned, a.unit, a.place_id, a.range_low, a.id, b.range_low, b.id;

DELETE FROM schema_docs WHERE object = 'estimate_groups' AND column IN ('modality', 'polarity');
INSERT INTO schema_docs(object, column, description) VALUES
('estimate_groups', 'planned', '1 for a planned figure, 0 for a reported one.'),
('estimate_groups', 'polarity_id', 'asserted, confirmed, denied or unconfirmed (polarities.id).'),
('estimates', 'planned', '1 for a planned figure, 0 for a reported one (modality as a flag): estimates sort by it last.');
