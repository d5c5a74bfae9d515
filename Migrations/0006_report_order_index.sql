-- 0006: claims in publication order without sorting them all.
--
-- `claimkb query claims` lists claims by publication date (undated last), then article name.
-- With this index it reads the earliest articles first and stops once it has a page, instead of
-- sorting every claim that matches (34,000 for the busiest person of 100,000 articles).
CREATE INDEX articles_report_order ON articles(published IS NULL, published, name);
