import Foundation
import GRDB

/// The one façade over a ClaimKB database file: it opens the file, brings its schema up to
/// date, and owns the writer every other part of the program goes through.
public final class ClaimDatabase: Sendable {
    /// The database connection(s): a pool (WAL, concurrent readers) for files, a queue in memory.
    public let writer: any DatabaseWriter
    /// Where the database lives, or nil in memory.
    public let path: String?

    private init(writer: any DatabaseWriter, path: String?) {
        self.writer = writer
        self.path = path
    }

    /// How a database file is opened.
    public enum Mode: Sendable {
        /// Create the file if needed and migrate it (ingest, init).
        case readWrite
        /// The file must exist; nothing is written, not even a migration (query, sql, search).
        case readOnly
    }

    /// Opens (or creates) the database at `path`.
    public static func open(path: String, mode: Mode = .readWrite) throws -> ClaimDatabase {
        let url = URL(fileURLWithPath: path)
        let exists = FileManager.default.fileExists(atPath: path)
        if mode == .readOnly, !exists {
            throw StoreError("\(path): no database here (run `claimkb ingest` first)")
        }
        if exists { try checkHeader(path) }
        if !exists {
            let folder = url.deletingLastPathComponent().path
            var isFolder: ObjCBool = false
            if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
                throw StoreError("\(path): cannot create the database: no folder \(folder)")
            }
            if !FileManager.default.isWritableFile(atPath: folder) {
                throw StoreError("\(path): cannot create the database: folder is read-only")
            }
        }
        var config = connectionConfiguration()
        // Two ingests at once wait for each other rather than fail.
        config.busyMode = .timeout(30)
        config.readonly = (mode == .readOnly)
        if mode == .readWrite {
            // In WAL mode NORMAL never corrupts the file and survives a killed process; only a power
            // cut may lose the last commits. It saves an fsync per transaction on bulk ingests.
            // A 64 MB page cache keeps more of the indexes that every batch updates at random
            // places (claims by date, estimates, sources) in memory as the file grows: at 20,000
            // articles it stores 7 % faster than 16 MB (SQLite's default is 2 MB).
            config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536") }
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch let error as DatabaseError {
            throw StoreError(path: path, error)
        }
        let database = ClaimDatabase(writer: pool, path: path)
        do {
            try database.checkVersion()
            if mode == .readWrite { try Schema.migrator.migrate(pool) }
            else if try pool.read({ try !Schema.migrator.hasCompletedMigrations($0) }) {
                throw StoreError("\(path): database schema is older than this claimkb (run `claimkb init` to migrate it)")
            }
        } catch let error as DatabaseError {
            throw StoreError(path: path, error)
        }
        return database
    }

    /// A fresh, migrated database in memory (tests, benchmarks).
    public static func inMemory() throws -> ClaimDatabase {
        let queue = try DatabaseQueue(configuration: connectionConfiguration())
        try Schema.migrator.migrate(queue)
        return ClaimDatabase(writer: queue, path: nil)
    }

    /// What every connection has: foreign keys enforced, and the SQL functions queries call.
    private static func connectionConfiguration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in db.add(function: SpanFunctions.spansWithin) }
        return config
    }

    /// Refuses a database written by a newer claimkb, naming both schema versions.
    private func checkVersion() throws {
        let applied = try writer.read { db -> [String] in
            guard try db.tableExists("grdb_migrations") else { return [] }
            return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        }
        let known = Set(Schema.migrator.migrations)
        if let unknown = applied.first(where: { !known.contains($0) }) {
            let ours = Schema.migrator.migrations.last ?? "none"
            throw StoreError("\(path ?? "database"): written by a newer claimkb (schema \(applied.last ?? unknown)); this one knows up to \(ours)")
        }
    }

    /// Refuses, before SQLite touches it, a file that is not an SQLite database: it is never overwritten.
    private static func checkHeader(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError("\(path): cannot read the database file (permission denied?)")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { return }  // an empty file becomes a database
        if header != Data("SQLite format 3\u{0}".utf8) {
            throw StoreError("\(path): not a ClaimKB database (not an SQLite file); left untouched")
        }
    }

    /// The schema version: the newest applied migration.
    public func schemaVersion() throws -> String? {
        try writer.read { db in try Schema.migrator.appliedMigrations(db).last }
    }
}
