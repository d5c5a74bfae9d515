import ArgumentParser
import ClaimKBStore
import Foundation

/// The `--db` option every command shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "The database file (default: $CLAIMKB_DB, else claimkb.sqlite).")
    var db: String?

    var path: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["CLAIMKB_DB"], !env.isEmpty { return env }
        return "claimkb.sqlite"
    }

    func open(_ mode: ClaimDatabase.Mode) throws -> ClaimDatabase {
        do {
            return try ClaimDatabase.open(path: path, mode: mode)
        } catch let error as StoreError {
            throw CLIError(error.description)
        }
    }
}

/// A runtime failure: ArgumentParser prints `Error: …`; we print `claimkb: …` ourselves and exit 1.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
