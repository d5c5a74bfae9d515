-- 0007: the articles that hold claims about a place, read from an index alone.
--
-- `query claims --place P` and `--about E` list claims in publication order by reading the
-- earliest articles that can hold a match, and only those: the articles with a claim about the
-- place come from this index without reading one claim row (9,566 rows for the commonest place
-- of 100,000 articles: 15 ms through the old index, under 2 ms through this one).
DROP INDEX claims_place;
CREATE INDEX claims_place ON claims(place_id, article_id) WHERE place_id IS NOT NULL;
