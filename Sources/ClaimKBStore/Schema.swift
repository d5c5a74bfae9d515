import Foundation
import GRDB

/// The schema is the SQL files of `Migrations/`, bundled with this module and applied in
/// file-name order, each in its own transaction, recorded in `grdb_migrations`.
public enum Schema {
    public static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        let files = migrationFiles()
        for (identifier, sql) in files {
            migrator.registerMigration(identifier) { db in
                try db.execute(sql: sql)
                if identifier == derivedRowsBegin {
                    try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS \(derivedRowsPending)(done)")
                }
                if identifier == files.last?.0,
                   try Bool.fetchOne(db, sql: "SELECT 1 FROM temp.sqlite_master WHERE name = ?",
                                     arguments: [derivedRowsPending]) == true
                {
                    let ids = DerivedRows.jsonArray(try Int64.fetchAll(db, sql: "SELECT id FROM articles"))
                    try DerivedRows.summarize(articleIds: ids, in: db)
                    try db.execute(sql: "DROP TABLE temp.\(derivedRowsPending)")
                }
            }
        }
        return migrator
    }()

    /// The migration from which ingest keeps precomputed rows (counts, estimates): articles
    /// stored before it get theirs when the schema is current, in the last migration's
    /// transaction, since the code that computes them writes the newest tables. (A temporary
    /// table of the migrating connection remembers it between the two.)
    static let derivedRowsBegin = "0005_precompute_for_large_corpora"
    private static let derivedRowsPending = "claimkb_derived_rows_pending"

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
