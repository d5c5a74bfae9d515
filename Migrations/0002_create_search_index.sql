-- 0002: full-text search (FTS5) over article text and claim evidence.
--
-- Both indexes are external-content tables: they hold only the index, the words stay in
-- `articles` and `claims`. Triggers keep them in step with every update and delete (the
-- 'delete' command must be given the old values). New rows are indexed by claimkb itself,
-- once per batch of articles, after the batch's savepoints: FTS5 flushes its pending terms
-- at every savepoint, so a trigger per inserted row made ingest 2-3x slower. A row inserted
-- by hand is indexed with: INSERT INTO articles_fts(rowid, title, text) SELECT id, title, text
-- FROM articles WHERE id = ...; (and likewise claims_fts), or rebuilt whole with
-- INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE VIRTUAL TABLE claims_fts USING fts5(
    evidence, content = 'claims', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF evidence ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence);
    INSERT INTO claims_fts(rowid, evidence) VALUES (new.id, new.evidence);
END;
