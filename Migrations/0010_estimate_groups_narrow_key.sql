-- 0010: estimate groups found by a narrow index instead of a seven-column UNIQUE key.
--
-- Filing a figure looks up its estimate by (source_key, kind, low, high, unit, modality,
-- polarity). The UNIQUE constraint of 0005 kept all seven in an index: 92 MiB at 100,000
-- articles, a fifth of everything extraction adds. A source gives few figures with the same low
-- end, so (source_key, low) finds the row and the other five are compared on it: ~25 MiB.
-- claimkb keeps one group per key itself (DerivedRows.fileEstimates, in the batch's transaction).
--
-- SQLite drops a UNIQUE constraint only with its table: the rows are copied out and back under
-- the same ids, so claims.estimate_id and the views of 0005 (which name the table) stand.

CREATE TEMP TABLE estimate_groups_copy AS SELECT * FROM estimate_groups;
DROP TABLE estimate_groups;
CREATE TABLE estimate_groups (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL,
    source_key     INTEGER NOT NULL,             -- claimant id, or minus the article id
    low            REAL NOT NULL,
    high           REAL NOT NULL,
    unit           TEXT NOT NULL,                -- '' for a head count
    modality       TEXT NOT NULL,
    polarity       TEXT NOT NULL,
    source         TEXT NOT NULL,                -- claimant name or '(the article)': what estimates sort by
    first_claim_id INTEGER NOT NULL,             -- the earliest report: claim_details.report_order
    claim_date     TEXT,                         -- the earliest date any report is about
    article_count  INTEGER NOT NULL,
    vague          INTEGER NOT NULL,             -- 1 if any report gave the figure in words only
    place_id       INTEGER,                      -- the earliest report's place: with kind, the subject
    range_low      REAL NOT NULL,                -- the earliest report's range, widened by its hedge
    range_high     REAL NOT NULL
) STRICT;
INSERT INTO estimate_groups SELECT * FROM temp.estimate_groups_copy ORDER BY id;
DROP TABLE temp.estimate_groups_copy;

-- The estimate of a figure: its source and low end, then the rest of the key on the row.
CREATE INDEX estimate_groups_key ON estimate_groups(source_key, low);
-- As in 0005.
CREATE INDEX estimate_groups_listing ON estimate_groups(kind, source, claim_date IS NULL, claim_date, low, high, modality);
CREATE INDEX estimate_groups_subject ON estimate_groups(kind, modality, unit, place_id, range_low)
    WHERE vague = 0 AND polarity <> 'denied' AND place_id IS NOT NULL;
