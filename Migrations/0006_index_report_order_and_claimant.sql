-- 0006: two indexes that large databases need.
--
-- `claimkb query claims` lists claims by publication date (undated last), then article name.
-- With this index it reads the earliest articles first and stops once it has a page, instead of
-- sorting every claim that matches (34,000 for the busiest person of 100,000 articles).
CREATE INDEX articles_report_order ON articles(published IS NULL, published, name);

-- Deleting an entity (one no article names any more, after an update) makes SQLite check that
-- no claim names it as claimant: without an index, a scan of every claim (8 s at 100,000
-- articles). Claims with no claimant (the article's own) are left out of it.
CREATE INDEX claims_claimant ON claims(claimant_id) WHERE claimant_id IS NOT NULL;
