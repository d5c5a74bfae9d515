-- 0001: the core tables of the knowledge base.
--
-- An article is read once and stored with its full text; everything extracted from it
-- (mentions, claims, claim sources) points back to it and is deleted with it, so an
-- article is replaced as a whole when its text changes.
-- Spans (span_start, span_end) count Unicode scalars from 0, end exclusive, so
-- substr(text, span_start + 1, span_end - span_start) gives the words back in sqlite3.
-- Closed sets are checked with OR chains, not IN lists: SQLite 3.40 builds a temporary
-- index for an IN list on every row inserted, which cost a sixth of the ingest.

CREATE TABLE articles (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL UNIQUE,      -- file name without extension
    title             TEXT,
    publisher         TEXT,
    url               TEXT,
    published         TEXT,                      -- publication date, YYYY-MM-DD
    byline            TEXT,
    format            TEXT NOT NULL CHECK (format = 'text' OR format = 'markdown' OR format = 'html' OR format = 'jsonl'),
    text              TEXT NOT NULL,             -- the stored text that every span indexes into
    boilerplate       TEXT NOT NULL DEFAULT '[]',-- JSON array of [start, end] spans left out of extraction
    content_hash      TEXT NOT NULL UNIQUE,      -- hex SHA-256 of text: the same text is the same article
    extractor_version TEXT NOT NULL,             -- version of the rules that produced its claims
    ingested_at       TEXT NOT NULL              -- UTC, ISO 8601
) STRICT;
CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;

-- People, organisations, countries, places and media: each real-world thing once.
CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,                   -- canonical name
    type        TEXT NOT NULL CHECK (type = 'person' OR type = 'organization' OR type = 'country' OR type = 'place' OR type = 'media'),
    description TEXT,                            -- what it is, when known
    role        TEXT,                            -- a person's title or role as the text gives it
    affiliation TEXT,                            -- the body a person or agency belongs to (canonical name)
    UNIQUE (name, type)
) STRICT;

-- Every way an entity is written; `normalized` (lowercase, no punctuation or possessive)
-- is what names typed by a user are matched against.
CREATE TABLE aliases (
    id         INTEGER PRIMARY KEY,
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    normalized TEXT NOT NULL,
    UNIQUE (entity_id, alias)
) STRICT;
CREATE INDEX aliases_normalized ON aliases(normalized);

-- Each place in an article's text that names, or refers back to, an entity.
CREATE TABLE mentions (
    id         INTEGER PRIMARY KEY,
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL CHECK (span_end >= span_start),
    text       TEXT NOT NULL                     -- the words as written
) STRICT;
CREATE INDEX mentions_entity ON mentions(entity_id, article_id);
CREATE INDEX mentions_article ON mentions(article_id);

-- One thing a source says: a figure (troops, casualties, money, ...) or a statement
-- (an assertion, confirmation or denial), with the sentence that carries it.
CREATE TABLE claims (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,                 -- troops, casualties, refugees, money, munitions, ..., statement
    counted       TEXT,                          -- what was counted, as written
    low           REAL,                          -- the figure as a range; NULL for a statement
    high          REAL,
    unit          TEXT,                          -- NULL for a head count; USD, percent, ...
    qualifier     TEXT CHECK (qualifier = 'exact' OR qualifier = 'approximately' OR qualifier = 'up_to' OR qualifier = 'nearly' OR qualifier = 'at_least' OR qualifier = 'vague'),
    quantity_text TEXT,                          -- the words that gave the figure
    modality      TEXT NOT NULL CHECK (modality = 'reported' OR modality = 'planned'),
    polarity      TEXT NOT NULL CHECK (polarity = 'asserted' OR polarity = 'confirmed' OR polarity = 'denied' OR polarity = 'unconfirmed'),
    place_id      INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    claim_date    TEXT,                          -- the date the claim is about, YYYY-MM-DD (not the publication date)
    date_text     TEXT,                          -- the words that gave claim_date
    span_start    INTEGER NOT NULL,              -- the sentence, in articles.text
    span_end      INTEGER NOT NULL CHECK (span_end >= span_start),
    evidence      TEXT NOT NULL,                 -- the sentence's text
    rule          TEXT NOT NULL,                 -- the extraction rule that produced it
    CHECK ((low IS NULL) = (high IS NULL) AND (low IS NULL OR low <= high))
) STRICT;
CREATE INDEX claims_article ON claims(article_id);
CREATE INDEX claims_kind ON claims(kind, low, high);
CREATE INDEX claims_date ON claims(claim_date);
CREATE INDEX claims_place ON claims(place_id) WHERE place_id IS NOT NULL;

-- Who stands behind a claim: the claimant, whom it cites, who relayed it.
-- A claim with no claimant belongs to the article itself.
CREATE TABLE claim_sources (
    claim_id  INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role = 'claimant' OR role = 'cited' OR role = 'relayed_by'),
    text      TEXT NOT NULL,                     -- the words that named the source
    PRIMARY KEY (claim_id, entity_id, role)
) STRICT, WITHOUT ROWID;
CREATE INDEX claim_sources_entity ON claim_sources(entity_id, role);
