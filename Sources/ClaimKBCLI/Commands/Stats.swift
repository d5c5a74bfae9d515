import ArgumentParser
import ClaimKBStore
import GRDB

extension ClaimKB {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what the database holds: articles, entities, claims by kind, schema version.",
            discussion: "Example: claimkb stats")

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let db = try database.open(.readOnly)
            let lines = try db.writer.read { db -> [String] in
                func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
                var lines = [
                    "database    \(database.path)",
                    "schema      \(try String.fetchOne(db, sql: "SELECT max(identifier) FROM grdb_migrations") ?? "none")",
                    "articles    \(try count("articles"))",
                    "entities    \(try count("entities"))",
                    "aliases     \(try count("aliases"))",
                    "mentions    \(try Int.fetchOne(db, sql: "SELECT sum(mention_count) FROM entities") ?? 0)",
                    "claims      \(try count("claims"))",
                ]
                for row in try Row.fetchAll(db, sql: "SELECT kind, count(*) AS n FROM claims GROUP BY kind ORDER BY n DESC, kind") {
                    let kind: String = row["kind"]
                    let n: Int = row["n"]
                    lines.append("  \(kind.padding(toLength: max(10, kind.count + 1), withPad: " ", startingAt: 0))\(n)")
                }
                return lines
            }
            print(lines.joined(separator: "\n"))
        }
    }
}
