-- 0005: answers that stay fast, and a smaller file, at 100,000 articles.
--
-- The views of 0003 grouped or sorted every claim on every question (seconds at 10,000
-- articles), and the database held each claim's sentence three times (in articles.text, in
-- claims.evidence and in claims_fts). From here on:
-- * each estimate (one figure from one source, however many articles report it) is a row of
--   `estimate_groups`, and each figure claim points to its row (claims.estimate_id);
-- * a claim names its claimant itself (claims.claimant_id; claim_sources still lists every
--   source with the words that named it);
-- * sources and entities keep their counts (source_totals, source_kinds, entities.mention_count
--   and article_count);
-- * sentences and mention words are read back from articles.text with substr, and claims are
--   found through articles_fts.
-- claimkb keeps the new tables and columns in step once per batch of stored articles, in the
-- batch's transaction; right after this migration it fills them for the articles already stored.
-- Views are dropped first: SQLite re-checks every view when a column is dropped.

DROP VIEW disagreements;
DROP VIEW troop_estimates;
DROP VIEW estimates;
DROP VIEW claims_by_source;
DROP VIEW sources;
DROP VIEW timeline;
DROP VIEW entity_mentions;
DROP VIEW claim_details;

DROP TRIGGER claims_fts_delete;
DROP TRIGGER claims_fts_update;
DROP TABLE claims_fts;
DELETE FROM schema_docs WHERE object = 'claims_fts';

-- Estimates are read from estimate_groups now; claims by kind are few enough per kind to scan.
DROP INDEX claims_kind;
ALTER TABLE claims DROP COLUMN evidence;
DELETE FROM schema_docs WHERE object = 'claims' AND column = 'evidence';

-- One row per estimate: the same figure (kind, low, high, unit) with the same modality and
-- polarity from the same source. The article's own claims (no claimant) are never merged
-- across articles: their source_key is minus the article id.
CREATE TABLE estimate_groups (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL,
    source_key     INTEGER NOT NULL,             -- claimant id, or minus the article id
    low            REAL NOT NULL,
    high           REAL NOT NULL,
    unit           TEXT NOT NULL,                -- '' for a head count, so that the key is unique
    modality       TEXT NOT NULL,
    polarity       TEXT NOT NULL,
    source         TEXT NOT NULL,                -- claimant name or '(the article)': what estimates sort by
    first_claim_id INTEGER NOT NULL,             -- the earliest report: claim_details.report_order
    claim_date     TEXT,                         -- the earliest date any report is about
    article_count  INTEGER NOT NULL,
    vague          INTEGER NOT NULL,             -- 1 if any report gave the figure in words only
    place_id       INTEGER,                      -- the earliest report's place: with kind, the subject
    range_low      REAL NOT NULL,                -- the earliest report's range, widened by its hedge
    range_high     REAL NOT NULL,
    UNIQUE (source_key, kind, low, high, unit, modality, polarity)
) STRICT;
-- `estimates` by kind and source, in the order the view lists them.
CREATE INDEX estimate_groups_listing ON estimate_groups(kind, source, claim_date IS NULL, claim_date, low, high, modality);
-- `disagreements`: figures about one subject, by hedged range.
CREATE INDEX estimate_groups_subject ON estimate_groups(kind, modality, unit, place_id, range_low)
    WHERE vague = 0 AND polarity <> 'denied' AND place_id IS NOT NULL;

ALTER TABLE claims ADD COLUMN claimant_id INTEGER REFERENCES entities(id);
ALTER TABLE claims ADD COLUMN estimate_id INTEGER REFERENCES estimate_groups(id) ON DELETE SET NULL;
CREATE INDEX claims_estimate ON claims(estimate_id) WHERE estimate_id IS NOT NULL;
-- `timeline`: dated claims first, by date.
DROP INDEX claims_date;
CREATE INDEX claims_date ON claims(claim_date IS NULL, claim_date);
UPDATE claims SET claimant_id =
    (SELECT min(s.entity_id) FROM claim_sources s WHERE s.claim_id = claims.id AND s.role = 'claimant');

-- Each claimant (0: the article itself) with its kinds of claim and the articles it claims in.
CREATE TABLE source_kinds (
    source_id INTEGER NOT NULL,                  -- entities.id, or 0 for the article itself
    kind      TEXT NOT NULL,
    claims    INTEGER NOT NULL,
    PRIMARY KEY (source_id, kind)
) STRICT, WITHOUT ROWID;
CREATE TABLE source_totals (
    source_id INTEGER PRIMARY KEY,               -- entities.id, or 0 for the article itself
    claims    INTEGER NOT NULL,
    articles  INTEGER NOT NULL,                  -- articles with at least one of its claims
    kinds     TEXT NOT NULL                      -- its kinds of claim, comma-separated, sorted
) STRICT;

ALTER TABLE entities ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;

-- Mentions: one row per entity per article, with the spans where the article names it (the
-- words are substr of the text). Four times fewer rows than one per mention.
CREATE TABLE mentions_by_article (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    spans      TEXT NOT NULL,                    -- JSON array of [start, end] pairs, in text order
    PRIMARY KEY (article_id, entity_id)
) STRICT, WITHOUT ROWID;
INSERT INTO mentions_by_article(article_id, entity_id, spans)
    SELECT article_id, entity_id, json_group_array(json_array(span_start, span_end))
    FROM (SELECT * FROM mentions ORDER BY article_id, entity_id, span_start)
    GROUP BY article_id, entity_id;
DROP TABLE mentions;
ALTER TABLE mentions_by_article RENAME TO mentions;
CREATE INDEX mentions_entity ON mentions(entity_id, article_id);
DELETE FROM schema_docs WHERE object = 'mentions';

INSERT INTO schema_docs(object, column, description) VALUES
('mentions', '', 'Each entity an article names, with every place it names it (or refers back to it).'),
('mentions', 'article_id', 'The article.'),
('mentions', 'entity_id', 'The entity.'),
('mentions', 'spans', 'JSON array of [start, end] spans in articles.text, in text order; the mention_spans view lists them with their words.'),
('mention_spans', '', 'Every mention of an entity, one row each, with the words as written.'),
('claims', 'claimant_id', 'Who makes the claim (entities.id); NULL when the article itself does. Also in claim_sources.'),
('claims', 'estimate_id', 'The estimate this figure belongs to (estimate_groups.id); NULL for a statement.'),
('entities', 'mention_count', 'How many times the articles mention it.'),
('entities', 'article_count', 'How many articles mention it.'),
('estimate_groups', '', 'One row per estimate: a figure from one source, however many articles report it. Kept by claimkb; read it through the estimates view.'),
('estimate_groups', 'id', 'Row id.'),
('estimate_groups', 'kind', 'What was counted: troops, casualties, money, ...'),
('estimate_groups', 'source_key', 'The claimant id, or minus the article id for the article''s own claims.'),
('estimate_groups', 'low', 'The figure as a range: low end.'),
('estimate_groups', 'high', 'High end.'),
('estimate_groups', 'unit', 'USD, percent, ... or the empty string for a head count.'),
('estimate_groups', 'modality', 'reported or planned.'),
('estimate_groups', 'polarity', 'asserted, confirmed, denied or unconfirmed.'),
('estimate_groups', 'source', 'Canonical name of the claimant, or (the article).'),
('estimate_groups', 'first_claim_id', 'The earliest report (claims.id): by publication date, article name, position in the text.'),
('estimate_groups', 'claim_date', 'The earliest date any report is about.'),
('estimate_groups', 'article_count', 'How many articles report it.'),
('estimate_groups', 'vague', '1 if any report gives the figure in words only.'),
('estimate_groups', 'place_id', 'The place of the earliest report.'),
('estimate_groups', 'range_low', 'The earliest report''s range widened by its hedge (~N: 90 %, nearly N: 90 %): low end.'),
('estimate_groups', 'range_high', 'High end (~N: 110 %, at least N: no end).'),
('source_kinds', '', 'Each claimant and kind of claim with how many claims: what the sources view counts.'),
('source_kinds', 'source_id', 'The claimant (entities.id), or 0 for the article itself.'),
('source_kinds', 'kind', 'Kind of claim.'),
('source_kinds', 'claims', 'How many claims of that kind it makes.'),
('source_totals', '', 'Each claimant with its number of claims and of articles that carry them.'),
('source_totals', 'claims', 'How many claims it makes.'),
('source_totals', 'kinds', 'Its kinds of claim (source_kinds), comma-separated, sorted.'),
('source_totals', 'source_id', 'The claimant (entities.id), or 0 for the article itself.'),
('source_totals', 'articles', 'How many articles carry at least one of its claims.'),
('claim_details', 'report_order', 'Sorts reports in publication order (undated last), then article name, then position.'),
('disagreements', 'place', 'The place both figures are about.');

-- The views of 0003, reading the precomputed rows. Their names, columns and order are unchanged.

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

-- Estimates of any kind, grouped by source: the same figure from the same source in several
-- articles is one row listing them all (corroboration). Fields are the earliest report's;
-- lists keep publication order. Listing by kind and source reads an index.
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
    g.low, g.high, f.unit, f.qualifier, g.modality, g.polarity, f.counted,
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
    g.first_claim_id
FROM estimate_groups g
JOIN claim_details f ON f.claim_id = g.first_claim_id;

-- The flagship question: all estimates of troop numbers, by source.
CREATE VIEW troop_estimates AS
SELECT source, source_type, figure, low, high, modality, counted, place, claim_date, article_count, articles, evidence
FROM estimates
WHERE kind = 'troops'
ORDER BY source, claim_date IS NULL, claim_date, low, high, modality;

-- Every claim, listed under who made it.
CREATE VIEW claims_by_source AS
SELECT claimant AS source, claimant_type AS source_type, kind, figure, modality, polarity,
       counted, place, claim_date, article, evidence
FROM claim_details
ORDER BY claimant, kind, claim_date IS NULL, claim_date, article;

-- Each claimant: how many claims, of which kinds, in how many articles.
CREATE VIEW sources AS
SELECT coalesce(e.name, '(the article)') AS source, coalesce(e.type, 'article') AS source_type, t.claims,
       t.kinds, t.articles
FROM source_totals t
LEFT JOIN entities e ON e.id = t.source_id
ORDER BY claims DESC, source;

-- Claims in the order of the dates they are about; undated claims last, in publication order.
CREATE VIEW timeline AS
SELECT claim_date, date_text, published, claimant AS source, kind, figure, polarity, counted, place, article, evidence,
       claim_id, span_start
FROM claim_details
ORDER BY claim_date IS NULL, claim_date, published IS NULL, published, article, span_start, claim_id;

-- Figures of the same kind, modality and unit about the same place (the subject) from
-- different sources whose ranges do not overlap, side by side, lower figure first (e.g. 1,500
-- vs 12,000 North Korean troops in Russia); by kind, modality, place, then the lower figure.
-- Vague amounts and denied figures are left out. A hedge widens the range: "at least N"
-- reaches up without end, "~N" covers 90–110% of N, "nearly N" 90–100%. Figures more than
-- 20 times apart are taken to count different things and are not paired. Rows come straight
-- from an index in this order, so the first ones arrive at once however many there are.
CREATE VIEW disagreements AS
SELECT a.kind, a.modality, place.name AS place,
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
  ON b.kind = a.kind AND b.modality = a.modality AND b.unit = a.unit AND b.place_id = a.place_id
 AND b.range_low > a.range_high
 -- figures more than 20 times apart count different things ("three generals", "1.2 million
 -- personnel" against "12,000 soldiers"), not the same thing differently
 AND b.range_low <= 20 * a.range_high
 AND b.vague = 0 AND b.polarity <> 'denied' AND b.place_id IS NOT NULL
 AND b.source_key <> a.source_key
JOIN claim_details fa ON fa.claim_id = a.first_claim_id
JOIN claim_details fb ON fb.claim_id = b.first_claim_id
LEFT JOIN entities place ON place.id = a.place_id
WHERE a.vague = 0 AND a.polarity <> 'denied' AND a.place_id IS NOT NULL
ORDER BY a.kind, a.modality, a.unit, a.place_id, a.range_low, a.id, b.range_low, b.id;

-- Every mention, one row each, with the words as the article wrote them.
CREATE VIEW mention_spans AS
SELECT e.name AS entity, e.type, a.name AS article, m.article_id, m.entity_id,
       s.value ->> 0 AS span_start, s.value ->> 1 AS span_end,
       substr(a.text, (s.value ->> 0) + 1, (s.value ->> 1) - (s.value ->> 0)) AS words
FROM mentions m
JOIN json_each(m.spans) s
JOIN entities e ON e.id = m.entity_id
JOIN articles a ON a.id = m.article_id;

-- Each entity with its aliases and how often, and in how many articles, it is mentioned.
CREATE VIEW entity_mentions AS
SELECT e.name, e.type, e.role, e.affiliation,
       (SELECT group_concat(alias, ' | ') FROM (SELECT alias FROM aliases WHERE entity_id = e.id AND alias <> e.name ORDER BY alias)) AS aliases,
       e.mention_count AS mentions,
       e.article_count AS articles
FROM entities e
ORDER BY mentions DESC, e.name;
