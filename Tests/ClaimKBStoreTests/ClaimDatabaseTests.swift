import ClaimKBModel
import Foundation
import GRDB
import Testing
@testable import ClaimKBStore

@Suite struct ClaimDatabaseTests {
    /// A database migrated up to `migration`, holding the rows `sql` inserts, then migrated to the end.
    func migrated(from migration: String, holding sql: String) throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: migration)
        try queue.write { try $0.execute(sql: sql) }
        try Schema.migrator.migrate(queue)
        return queue
    }

    func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("claimkb-\(UUID().uuidString).sqlite").path
    }

    @Test func storesAnArticleWithItsClaimsSourcesAndEvidence() throws {
        let db = try ClaimDatabase.inMemory()
        #expect(try db.store(Fixtures.article(name: "a")) == .ingested)
        let row = try db.writer.read { try Row.fetchOne($0, sql: "SELECT * FROM claim_details") }
        let details = try #require(row)
        #expect(details["claimant"] == "National Intelligence Service")
        #expect(details["figure"] == "~1,500")
        #expect(details["place"] == "Russia")
        let evidence = try db.writer.read {
            try String.fetchOne($0, sql: """
                SELECT substr(a.text, c.span_start + 1, c.span_end - c.span_start) FROM claims c JOIN articles a ON a.id = c.article_id
                """)
        }
        #expect(evidence == "According to the NIS, about 1,500 troops arrived in Russia.")
        let aliases = try db.writer.read { try String.fetchAll($0, sql: "SELECT normalized FROM aliases ORDER BY normalized") }
        #expect(aliases.contains("south korea national intelligence service"))
        #expect(aliases.contains("nis"))
    }

    @Test func theClaimantAndItsWordsAreInTheClaimRowAndOtherSourcesInClaimSources() throws {
        let db = try ClaimDatabase.inMemory()
        var extraction = Fixtures.article(name: "a")
        let ministry = Entity(name: "Ministry of Defence", type: .organization)
        let agency = Entity(name: "Yonhap", type: .media)
        extraction.entities += [ministry, agency]
        extraction.claims[0].sources += [
            SourceLink(entity: ministry.key, role: .claimant, text: "the ministry"),
            SourceLink(entity: agency.key, role: .relayed_by, text: "Yonhap"),
            SourceLink(entity: Fixtures.nis.key, role: .claimant, text: "the NIS"),  // named twice
        ]
        try db.store(extraction)
        try db.writer.read { db throws in
            let claim = try #require(try Row.fetchOne(db, sql: """
                SELECT e.name, c.claimant_text FROM claims c JOIN entities e ON e.id = c.claimant_id
                """))
            #expect(claim["name"] == "National Intelligence Service")  // the lower id: stored first
            #expect(claim["claimant_text"] == "the NIS")
            let links = try Row.fetchAll(db, sql: """
                SELECT e.name, s.role, s.text FROM claim_sources s JOIN entities e ON e.id = s.entity_id ORDER BY e.name
                """).map { "\($0["name"] as String) \($0["role"] as String) \($0["text"] as String)" }
            #expect(links == ["Ministry of Defence claimant the ministry", "Yonhap relayed_by Yonhap"])
        }
    }

    @Test func claimsStoredBefore0009KeepTheirClaimantWords() throws {
        let queue = try migrated(from: "0008_search_index_text_first", holding: """
            INSERT INTO articles(id, name, format, text, content_hash, extractor_version, ingested_at)
            VALUES (1, 'old', 'text', 'Some text.', 'h', 'v0', '2024-10-02T00:00:00Z');
            INSERT INTO entities(id, name, type) VALUES (1, 'NIS', 'organization'), (2, 'Pentagon', 'organization'),
                                                        (3, 'Yonhap', 'media');
            INSERT INTO claims(id, article_id, kind, modality, polarity, span_start, span_end, rule, claimant_id)
            VALUES (1, 1, 'troops', 'reported', 'asserted', 0, 4, 'r', 1),
                   (2, 1, 'troops', 'reported', 'asserted', 0, 4, 'r', NULL);
            INSERT INTO claim_sources(claim_id, entity_id, role, text)
            VALUES (1, 1, 'claimant', 'the spy agency'), (1, 2, 'claimant', 'the Pentagon'), (1, 3, 'relayed_by', 'Yonhap');
            """)
        try queue.read { db throws in
            #expect(try String?.fetchAll(db, sql: "SELECT claimant_text FROM claims ORDER BY id") == ["the spy agency", nil])
            #expect(try String.fetchAll(db, sql: "SELECT text FROM claim_sources ORDER BY entity_id") == ["the Pentagon", "Yonhap"])
        }
    }

    @Test func figuresReadAsWrittenWithTheirDecimals() throws {
        let db = try ClaimDatabase.inMemory()
        var extraction = Fixtures.article(name: "a")
        let claim = extraction.claims[0]
        extraction.claims = [
            Quantity(low: 8.5, high: 8.5, unit: "percent", text: "8.5 percent"),
            Quantity(low: 1234.25, high: 1500, qualifier: .approximately, text: "about 1,234.25 to 1,500"),
            Quantity(low: 1_100_000_000, high: 1_100_000_000, unit: "USD", text: "$1.1 billion"),
            Quantity(low: 8.999, high: 8.999, unit: "km", text: "8.999 km"),
        ].map { var c = claim; c.quantity = $0; return c }
        try db.store(extraction)
        let figures = try db.writer.read { try String.fetchAll($0, sql: "SELECT figure FROM claim_details ORDER BY claim_id") }
        #expect(figures == ["8.5%", "~1,234.25–1,500", "$1,100,000,000", "9 km"])
    }

    @Test func theSameTextAgainChangesNothing() throws {
        let db = try ClaimDatabase.inMemory()
        try db.store(Fixtures.article(name: "a"))
        #expect(try db.store(Fixtures.article(name: "a")) == .unchanged)
        #expect(try db.store(Fixtures.article(name: "copy-of-a")) == .unchanged)
        #expect(try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM claims") } == 1)
    }

    @Test func changedTextUnderTheSameNameReplacesTheExtractionAndDropsOrphans() throws {
        let db = try ClaimDatabase.inMemory()
        try db.store(Fixtures.article(name: "a"))
        var changed = Fixtures.article(name: "a", text: "Officials said 2,000 troops arrived.")
        changed.entities = []
        changed.claims[0].sources = []
        changed.claims[0].place = nil
        changed.mentions = []
        #expect(try db.store(changed) == .updated)
        let (articles, claims, entities) = try db.writer.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM articles"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM claims"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM entities"))
        }
        #expect(articles == 1)
        #expect(claims == 1)
        #expect(entities == 0)
    }

    @Test func anEntityNamedByAnAliasInALaterArticleIsTheSameEntity() throws {
        let db = try ClaimDatabase.inMemory()
        var first = Fixtures.article(name: "a")
        first.entities.append(Entity(name: "Kyrylo Budanov", type: .person, aliases: ["Budanov"]))
        try db.store(first)
        var second = Fixtures.article(name: "b", text: "Budanov said about 1,500 troops arrived in Russia.")
        second.entities = [Entity(name: "Budanov", type: .person)]
        second.mentions = [Mention(entity: EntityKey(name: "Budanov", type: .person), span: Span(start: 0, end: 7), text: "Budanov")]
        try db.store(second)
        let people = try db.writer.read { try String.fetchAll($0, sql: "SELECT name FROM entities WHERE type = 'person'") }
        #expect(people == ["Kyrylo Budanov"])
        let mentions = try db.writer.read { try Int.fetchOne($0, sql: "SELECT mentions FROM entity_mentions WHERE name = 'Kyrylo Budanov'") }
        #expect(mentions == 1)
    }

    @Test func anAmbiguousAliasMakesANewEntityRatherThanGuess() throws {
        let db = try ClaimDatabase.inMemory()
        var first = Fixtures.article(name: "a")
        first.entities += [Entity(name: "Kim Jong Un", type: .person, aliases: ["Kim"]),
                           Entity(name: "Kim Yo Jong", type: .person, aliases: ["Kim"])]
        try db.store(first)
        var second = Fixtures.article(name: "b", text: "Kim said about 1,500 troops arrived in Russia.")
        second.entities = [Entity(name: "Kim", type: .person)]
        try db.store(second)
        let people = try db.writer.read { try String.fetchAll($0, sql: "SELECT name FROM entities WHERE type = 'person' ORDER BY name") }
        #expect(people == ["Kim", "Kim Jong Un", "Kim Yo Jong"])
    }

    @Test func fullTextIndexAndEstimatesFollowABatchEvenWhenItReplacesItsOwnArticle() throws {
        let db = try ClaimDatabase.inMemory()
        let results = try db.store(batch: [
            Fixtures.article(name: "a", text: "According to the NIS, about 1,500 troops arrived in Vladivostok."),
            Fixtures.article(name: "b", text: "According to the NIS, about 1,500 troops arrived in Khabarovsk."),
            Fixtures.article(name: "a", text: "According to the NIS, about 1,500 troops arrived in Ussuriysk."),
        ])
        #expect(results.map { try? $0.get() } == [.ingested, .ingested, .updated])
        try db.writer.write { db in
            // FTS5's own check compares each index with its content table.
            try db.execute(sql: "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
            let found = { (word: String) in
                try String.fetchAll(db, sql: """
                    SELECT a.name FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                    WHERE articles_fts MATCH ? ORDER BY a.name
                    """, arguments: [word])
            }
            #expect(try found("Ussuriysk") == ["a"])
            #expect(try found("Vladivostok") == [])
            #expect(try found("Khabarovsk") == ["b"])
            // One estimate (the NIS's ~1,500) reported by both remaining articles.
            #expect(try Int.fetchAll(db, sql: "SELECT article_count FROM estimate_groups") == [2])
        }
    }

    @Test func aKnownURLWithNewTextIsAnUpdate() throws {
        let db = try ClaimDatabase.inMemory()
        try db.store(Fixtures.article(name: "a", url: "https://example.org/x"))
        let moved = Fixtures.article(name: "b", text: "According to the NIS, about 1,500 troops arrived in Russia on Friday.",
                                     url: "https://example.org/x")
        #expect(try db.store(moved) == .updated)
        #expect(try db.writer.read { try String.fetchAll($0, sql: "SELECT name FROM articles") } == ["b"])
    }

    @Test func aFailingArticleInABatchIsRolledBackAloneAndTheOthersKept() throws {
        let db = try ClaimDatabase.inMemory()
        let results = try db.store(batch: [
            Fixtures.article(name: "good-1", text: "According to the NIS, about 1,500 troops arrived in Russia."),
            Fixtures.article(name: "bad", text: "According to the NIS, 3,000 troops arrived.", format: "pdf"),
            Fixtures.article(name: "good-2", text: "According to the NIS, about 1,500 troops arrived in Russia last week."),
        ])
        #expect(results.map { (try? $0.get()) != nil } == [true, false, true])
        let names = try db.writer.read { try String.fetchAll($0, sql: "SELECT name FROM articles ORDER BY name") }
        #expect(names == ["good-1", "good-2"])
        #expect(try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM claims") } == 2)
        // Each figure kept points to its estimate, none to the mark it was written with.
        #expect(try db.writer.read { try Int.fetchOne($0, sql: """
            SELECT count(*) FROM claims c LEFT JOIN estimate_groups g ON g.id = c.estimate_id
            WHERE c.low IS NOT NULL AND g.id IS NULL
            """) } == 0)
    }

    @Test func aFileThatIsNotADatabaseIsRefusedAndLeftUntouched() throws {
        let path = temporaryPath()
        try Data("not a database at all".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: StoreError.self) { try ClaimDatabase.open(path: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "not a database at all")
    }

    @Test func aDatabaseFromANewerVersionIsRefusedNamingBothVersions() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let db = try ClaimDatabase.open(path: path)
            try db.writer.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('9999_from_the_future')") }
        }
        do {
            _ = try ClaimDatabase.open(path: path)
            Issue.record("a newer database was opened")
        } catch let error as StoreError {
            #expect(error.description.contains("9999_from_the_future"))
            #expect(error.description.contains(Schema.migrator.migrations.last!))
        }
    }

    @Test func anOlderDatabaseIsMigratedAndKeepsItsArticles() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let pool = try DatabasePool(path: path)
            try Schema.migrator.migrate(pool, upTo: "0002_create_search_index")
            try pool.write { try $0.execute(sql: """
                INSERT INTO articles(id, name, format, text, content_hash, extractor_version, ingested_at)
                VALUES (1, 'old', 'text', 'Some 1,500 troops.', 'h', 'v0', '2024-01-01T00:00:00Z');
                INSERT INTO claims(article_id, kind, low, high, qualifier, modality, polarity, span_start, span_end,
                                   evidence, rule)
                VALUES (1, 'troops', 1500, 1500, 'exact', 'planned', 'asserted', 0, 18, 'Some 1,500 troops.', 'r');
                """) }
        }
        #expect(throws: StoreError.self) { try ClaimDatabase.open(path: path, mode: .readOnly) }
        let db = try ClaimDatabase.open(path: path)
        #expect(try db.schemaVersion() == Schema.migrator.migrations.last)
        #expect(try db.writer.read { try String.fetchAll($0, sql: "SELECT name FROM articles") } == ["old"])
        // Its estimate and counts were made once the schema was current.
        let estimate = try db.writer.read { try Row.fetchOne($0, sql: "SELECT figure, modality FROM troop_estimates") }
        #expect(estimate?["figure"] == "1,500" && estimate?["modality"] == "planned")
        #expect(try db.writer.read { try Int.fetchOne($0, sql: "SELECT claims FROM sources") } == 1)
    }

    @Test func claimsStoredBefore0006AreFlaggedWhenDatedAfterTheirArticle() throws {
        let queue = try migrated(from: "0005_precompute_for_large_corpora", holding: """
            INSERT INTO articles(id, name, published, format, text, content_hash, extractor_version, ingested_at)
            VALUES (1, 'old', '2024-10-01', 'text', 'Some text.', 'h', 'v0', '2024-10-02T00:00:00Z');
            INSERT INTO claims(article_id, kind, modality, polarity, claim_date, span_start, span_end, rule)
            VALUES (1, 'troops', 'planned', 'asserted', '2024-11-15', 0, 4, 'r'),
                   (1, 'troops', 'reported', 'asserted', '2024-09-20', 0, 4, 'r'),
                   (1, 'troops', 'reported', 'asserted', NULL, 0, 4, 'r');
            """)
        let flags = try queue.read { try Int.fetchAll($0, sql: "SELECT dated_after_publication FROM claims ORDER BY id") }
        #expect(flags == [1, 0, 0])
    }

    @Test func articlesIndexedBefore0008AreFoundInTheRebuiltIndex() throws {
        let queue = try migrated(from: "0007_indexes_for_filtered_listings", holding: """
            INSERT INTO articles(id, name, title, format, text, content_hash, extractor_version, ingested_at)
            VALUES (1, 'old', 'Convoy seen', 'text', 'About 1,500 troops arrived.', 'h', 'v0', '2024-10-02T00:00:00Z');
            INSERT INTO articles_fts(rowid, title, text) SELECT id, title, text FROM articles;
            """)
        try queue.read { db throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'troops'") == 1)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'title: convoy'") == 1)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'title: troops'") == 0)
            #expect(try String.fetchOne(db, sql: """
                SELECT highlight(articles_fts, 0, '[', ']') FROM articles_fts WHERE articles_fts MATCH 'troops'
                """) == "About 1,500 [troops] arrived.")
        }
    }

    @Test func estimatesFiledBefore0010KeepTheirIdsAndClaims() throws {
        let queue = try migrated(from: "0009_claimant_words_in_claims", holding: """
            INSERT INTO articles(id, name, format, text, content_hash, extractor_version, ingested_at)
            VALUES (1, 'old', 'text', 'About 1,500 troops.', 'h', 'v0', '2024-10-02T00:00:00Z');
            INSERT INTO estimate_groups(id, kind, source_key, low, high, unit, modality, polarity, source, first_claim_id,
                                        article_count, vague, range_low, range_high)
            VALUES (7, 'troops', -1, 1500, 1500, '', 'reported', 'asserted', '(the article)', 3, 1, 0, 1350, 1650);
            INSERT INTO claims(id, article_id, kind, low, high, qualifier, modality, polarity, span_start, span_end, rule,
                               estimate_id)
            VALUES (3, 1, 'troops', 1500, 1500, 'approximately', 'reported', 'asserted', 0, 19, 'r', 7);
            """)
        try queue.read { db throws in
            #expect(try String.fetchAll(db, sql: "SELECT figure FROM troop_estimates") == ["~1,500"])
            #expect(try Int64.fetchOne(db, sql: "SELECT estimate_id FROM claims") == 7)
            #expect(try db.indexes(on: "estimate_groups").allSatisfy { !$0.isUnique })
        }
    }

    @Test func claimsStoredBefore0013KeepTheirRuleModalityAndPolarity() throws {
        let queue = try migrated(from: "0012_date_index_for_dated_claims_only", holding: """
            INSERT INTO articles(id, name, format, text, content_hash, extractor_version, ingested_at)
            VALUES (1, 'old', 'text', 'Some text.', 'h', 'v0', '2024-10-02T00:00:00Z');
            INSERT INTO claims(id, article_id, kind, modality, polarity, span_start, span_end, rule)
            VALUES (1, 1, 'statement', 'reported', 'asserted', 0, 4, 'statement/verb'),
                   (2, 1, 'statement', 'planned', 'asserted', 0, 4, 'statement/according-to'),
                   (3, 1, 'statement', 'reported', 'denied', 5, 9, 'statement/verb');
            """)
        try queue.read { db throws in
            #expect(try String.fetchAll(db, sql: "SELECT rule FROM claim_details ORDER BY claim_id")
                == ["statement/verb", "statement/according-to", "statement/verb"])
            #expect(try String.fetchAll(db, sql: "SELECT modality FROM claim_details ORDER BY claim_id")
                == ["reported", "planned", "reported"])
            #expect(try String.fetchAll(db, sql: "SELECT polarity FROM claim_details ORDER BY claim_id")
                == ["asserted", "asserted", "denied"])
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM rules") == 2)
            #expect(try db.columns(in: "claims").contains { ["rule", "modality", "polarity"].contains($0.name) } == false)
        }
    }

    @Test func rulesAreRecordedOnceAndNamedInClaimDetails() throws {
        let db = try ClaimDatabase.inMemory()
        var extraction = Fixtures.article(name: "a")
        let claim = extraction.claims[0]
        extraction.claims = ["digits/verb", "range/according-to", "digits/verb"].map { var c = claim; c.rule = $0; return c }
        try db.store(extraction)
        var other = Fixtures.article(name: "b", text: "Other text about 2,000 troops.")
        other.claims = [claim].map { var c = $0; c.rule = "range/according-to"; return c }
        try db.store(other)
        try db.writer.read { db throws in
            #expect(try String.fetchAll(db, sql: "SELECT rule FROM claim_details ORDER BY claim_id")
                == ["digits/verb", "range/according-to", "digits/verb", "range/according-to"])
            #expect(try String.fetchAll(db, sql: "SELECT name FROM rules ORDER BY id") == ["digits/verb", "range/according-to"])
        }
    }

    @Test func aCorruptDatabaseGetsAClearErrorAndIsNotOverwritten() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        do { try ClaimDatabase.open(path: path).store(Fixtures.article(name: "a")) }
        try? FileManager.default.removeItem(atPath: path + "-wal")
        try? FileManager.default.removeItem(atPath: path + "-shm")
        // Keep the SQLite header, scramble everything after it.
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        for i in 100..<bytes.count { bytes[i] = UInt8(truncatingIfNeeded: i &* 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        do {
            let db = try ClaimDatabase.open(path: path)
            try db.store(Fixtures.article(name: "b"))
            Issue.record("a corrupt database was written to")
        } catch let error as StoreError {
            #expect(error.description == "\(path): the database is corrupt; left untouched")
        }
        #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) == bytes)
    }

    @Test func aDatabaseInAMissingFolderGetsAClearError() throws {
        let path = "/nonexistent-\(UUID().uuidString)/kb.sqlite"
        do {
            _ = try ClaimDatabase.open(path: path)
            Issue.record("opened a database in a missing folder")
        } catch let error as StoreError {
            #expect(error.description.contains("cannot create the database: no folder"))
        }
    }

    @Test func readOnlyOpeningOfAMissingFileIsAnErrorAndCreatesNothing() throws {
        let path = temporaryPath()
        #expect(throws: StoreError.self) { try ClaimDatabase.open(path: path, mode: .readOnly) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aReadOnlyDatabaseRefusesWrites() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try ClaimDatabase.open(path: path)
        let readOnly = try ClaimDatabase.open(path: path, mode: .readOnly)
        #expect(throws: (any Error).self) {
            try readOnly.writer.write { try $0.execute(sql: "DELETE FROM articles") }
        }
    }
}
