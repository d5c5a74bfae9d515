import Foundation
import GRDB

/// The schema is the SQL files of `Migrations/`, bundled with this module and applied in
/// file-name order, each in its own transaction, recorded in `grdb_migrations`.
public enum Schema {
    public static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        for (identifier, sql) in migrationFiles() {
            migrator.registerMigration(identifier) { db in
                try db.execute(sql: sql)
                try afterMigration[identifier]?(db)
            }
        }
        return migrator
    }()

    /// What a migration's SQL leaves to the code that keeps the same rows on every ingest.
    static let afterMigration: [String: @Sendable (Database) throws -> Void] = [
        // Count and group the articles stored before the counts and groups existed.
        "0005_precompute_for_large_corpora": { db in
            let ids = DerivedRows.jsonArray(try Int64.fetchAll(db, sql: "SELECT id FROM articles"))
            try DerivedRows.summarize(articleIds: ids, in: db)
        },
    ]

    /// `(stem, SQL)` of every `NNNN_*.sql` file, sorted.
    static func migrationFiles() -> [(String, String)] {
        guard let folder = Bundle.module.url(forResource: "Migrations", withExtension: nil),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { fatalError("the Migrations resource is missing from the ClaimKBStore bundle") }
        return names.filter { $0.hasSuffix(".sql") }.sorted().map { name in
            let sql = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
            return (String(name.dropLast(4)), sql)
        }
    }
}
