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

    @Test func viewsForTheShellExist() throws {
        let db = try ClaimDatabase.inMemory()
        for view in ["troop_estimates", "claims_by_source", "entity_mentions", "timeline", "disagreements", "estimates", "sources"] {
            let exists = try db.writer.read { try $0.viewExists(view) }
            #expect(exists, "missing view \(view)")
        }
    }

    @Test func foreignKeysAreEnforced() throws {
        let db = try ClaimDatabase.inMemory()
        #expect(throws: DatabaseError.self) {
            try db.writer.write { try $0.execute(sql: "INSERT INTO mentions(entity_id, article_id, span_start, span_end, text) VALUES (99, 99, 0, 1, 'x')") }
        }
    }
}
