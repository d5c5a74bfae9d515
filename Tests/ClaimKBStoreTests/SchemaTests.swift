import Foundation
import GRDB
import Testing
@testable import ClaimKBStore

@Suite struct SchemaTests {
    @Test func migrationsApplyToAnEmptyDatabaseAndAgainWithoutChange() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue)
        let first = try queue.read { try String.fetchAll($0, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name") }
        try Schema.migrator.migrate(queue)
        let second = try queue.read { try String.fetchAll($0, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name") }
        #expect(first == second)
        let applied = try queue.read { try Schema.migrator.appliedMigrations($0) }
        #expect(applied == Schema.migrator.migrations)
        #expect(applied.first == "0001_create_core_tables")
    }

    @Test func everyTableViewAndColumnIsDocumented() throws {
        let db = try ClaimDatabase.inMemory()
        let undocumented = try db.writer.read { db -> [String] in
            let objects = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type IN ('table', 'view')
                  AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%' AND name NOT LIKE '%_fts_%'
                """)
            var missing: [String] = []
            for object in objects {
                let documented = Set(try String.fetchAll(db, sql: "SELECT column FROM schema_docs WHERE object = ?", arguments: [object]))
                if !documented.contains("") { missing.append(object) }
                // Tables document every column; views document themselves and their less obvious columns.
                let isTable = try String.fetchOne(db, sql: "SELECT type FROM sqlite_master WHERE name = ?", arguments: [object]) == "table"
                if isTable, !object.hasSuffix("_fts") {
                    for column in try db.columns(in: object) where !documented.contains(column.name) {
                        missing.append("\(object).\(column.name)")
                    }
                }
            }
            return missing
        }
        #expect(undocumented == [])
    }

    @Test func everyViewForTheShellReturnsRowsOnStoredClaims() throws {
        let db = try ClaimDatabase.inMemory()
        try db.store(Fixtures.article(name: "a"))
        try db.store(Fixtures.article(name: "b", text: "According to the NIS, about 1,500 troops arrived in Russia on Friday."))
        for view in ["claim_details", "estimates", "troop_estimates", "claims_by_source", "sources", "entity_mentions", "mention_spans", "timeline"] {
            let rows = try db.writer.read { try Row.fetchAll($0, sql: "SELECT * FROM \(view)") }
            #expect(!rows.isEmpty, "view \(view) is empty")
        }
        // The same figure from the same source in two articles is one estimate listing both.
        let estimate = try db.writer.read { try Row.fetchOne($0, sql: "SELECT * FROM troop_estimates") }
        #expect(estimate?["article_count"] == 2)
        #expect(estimate?["articles"] == #"["a","b"]"#)
        // One source cannot disagree with itself.
        #expect(try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM disagreements") } == 0)
    }

    @Test func foreignKeysAreEnforced() throws {
        let db = try ClaimDatabase.inMemory()
        // A store defers its checks to its commit; they are immediate again after it.
        try db.store(Fixtures.article(name: "a"))
        #expect(throws: DatabaseError.self) {
            try db.writer.write { try $0.execute(sql: "INSERT INTO mentions(article_id, entity_id, spans) VALUES (99, 99, '[[0,1]]')") }
        }
    }
}
