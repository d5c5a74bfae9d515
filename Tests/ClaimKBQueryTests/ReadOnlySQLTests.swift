import ClaimKBQuery
import ClaimKBStore
import Foundation
import GRDB
import Testing

@Suite("sql")
struct ReadOnlySQLTests {
    @Test("a SELECT gives its columns and typed values")
    func selects() throws {
        let db = try NewsFixture.database()
        let table = try db.run(ReadOnlySQL(sql: "SELECT source, low, article_count FROM estimates WHERE source = 'Kyrylo Budanov' ORDER BY low"))
        #expect(table.columns == ["source", "low", "article_count"])
        #expect(table.rows == [
            [.text("Kyrylo Budanov"), .real(2600), .integer(1)],
            [.text("Kyrylo Budanov"), .real(11000), .integer(1)],
        ])
    }

    @Test("statements that write are refused before they run", arguments: [
        "DELETE FROM articles", "CREATE TABLE t(x)", "DROP VIEW troop_estimates", "UPDATE claims SET low = 0",
        "INSERT INTO schema_docs VALUES ('a', 'b', 'c')", "SELECT 1; DELETE FROM articles",
        "ATTACH DATABASE '/tmp/claimkb-x.sqlite' AS x",
    ])
    func refusesWrites(sql: String) throws {
        let db = try NewsFixture.database()
        #expect(throws: QueryError(.notReadOnly)) { try db.run(ReadOnlySQL(sql: sql)) }
        #expect(QueryError(.notReadOnly).description == "only read-only statements are allowed")
        let articles = try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM articles") }
        #expect(articles == 5)
        #expect(try db.writer.read { try $0.tableExists("t") } == false)
    }

    @Test("a database file opened read-only answers SELECTs and refuses writes")
    func readOnlyFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("claimkb-sql-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        do {
            let writer = try ClaimDatabase.open(path: path)
            _ = try writer.store(batch: NewsFixture.all)
        }
        let db = try ClaimDatabase.open(path: path, mode: .readOnly)
        #expect(try db.run(ReadOnlySQL(sql: "SELECT count(*) AS n FROM troop_estimates")).rows == [[.integer(11)]])
        #expect(throws: QueryError(.notReadOnly)) { try db.run(ReadOnlySQL(sql: "DELETE FROM articles")) }
        #expect(throws: QueryError(.notReadOnly)) { try db.run(ReadOnlySQL(sql: "CREATE TABLE t(x)")) }
    }

    @Test("bad SQL is an error with SQLite's message; limit stops early")
    func errorsAndLimit() throws {
        let db = try NewsFixture.database()
        #expect(throws: QueryError.self) { try db.run(ReadOnlySQL(sql: "SELEKT 1")) }
        #expect(throws: QueryError.self) { try db.run(ReadOnlySQL(sql: "")) }
        #expect(try db.run(ReadOnlySQL(sql: "SELECT * FROM claims", limit: 3)).rows.count == 3)
    }
}
