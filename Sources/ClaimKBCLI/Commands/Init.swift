import ArgumentParser
import ClaimKBStore

extension ClaimKB {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create the database, or migrate an older one to this version's schema.",
            discussion: "Example: claimkb --db news.sqlite init")

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let db = try database.open(.readWrite)
            Console.error("\(database.path): schema \(try db.schemaVersion() ?? "none")")
        }
    }
}
