-- 0007: indexes that let `query claims` and `query timeline` filtered by an entity or a place
-- read index entries instead of claim rows (a claim row is ~120 bytes, scattered by date).

-- The claims about a place, by date, with their articles: which articles can hold a claim about
-- it (`claims --place`, `--about`), and the date by which it has a page of them (`timeline
-- --about`), without reading one claim row.
DROP INDEX claims_place;
CREATE INDEX claims_place ON claims(place_id, claim_date, article_id) WHERE place_id IS NOT NULL;

-- Each article's claims with their sentences: the claims whose sentence holds a mention of an
-- entity are found by comparing spans in the index.
DROP INDEX claims_article;
CREATE INDEX claims_article ON claims(article_id, span_start, span_end);

-- Claims by date with their article: a walk in date order skips the claims of articles that
-- do not name an entity without reading them.
DROP INDEX claims_date;
CREATE INDEX claims_date ON claims(claim_date IS NULL, claim_date, article_id);
