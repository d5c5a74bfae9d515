-- 0009: a claim's claimant, with the words that named it, in the claim's own row.
--
-- Since 0005 a claim names its claimant (claims.claimant_id), and claim_sources repeated it in
-- a row of its own for the words: at 100,000 articles, 1.8 M of its 1.9 M rows, ~107 MiB with
-- their index, written on every ingest. The words move to claims.claimant_text; claim_sources
-- keeps whom a claim cites, who relayed it, and any further claimant of a claim with two (rare).
-- claim_details (0005) already reads the claimant from claims.

ALTER TABLE claims ADD COLUMN claimant_text TEXT;
UPDATE claims SET claimant_text = (
    SELECT s.text FROM claim_sources s
    WHERE s.claim_id = claims.id AND s.entity_id = claims.claimant_id AND s.role = 'claimant')
WHERE claimant_id IS NOT NULL;
DELETE FROM claim_sources
WHERE role = 'claimant'
  AND entity_id = (SELECT c.claimant_id FROM claims c WHERE c.id = claim_sources.claim_id);

UPDATE schema_docs SET description = 'Whom a claim cites, who relayed it, and any claimant besides claims.claimant_id. A claim with no claimant belongs to the article itself.'
WHERE object = 'claim_sources' AND column = '';
UPDATE schema_docs SET description = 'cited (whom the claimant cites), relayed_by, or claimant (a second one; the first is claims.claimant_id).'
WHERE object = 'claim_sources' AND column = 'role';
UPDATE schema_docs SET description = 'Who makes the claim (entities.id); NULL when the article itself does.'
WHERE object = 'claims' AND column = 'claimant_id';
INSERT INTO schema_docs(object, column, description) VALUES
('claims', 'claimant_text', 'The words that named the claimant ("a Pentagon spokesman"); NULL when the article itself claims.');
