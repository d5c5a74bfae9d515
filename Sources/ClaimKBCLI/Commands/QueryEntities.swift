import ArgumentParser
import ClaimKBModel
import ClaimKBQuery

extension ClaimKB.Query {
    struct Entities: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the entities found: canonical name, type, aliases, role, mentions and articles.",
            discussion: """
                Most mentioned first.

                Example:
                  claimkb query entities --type person
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "Only entities of this type: \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")).")
        var type: String?

        func validate() throws {
            if let type, EntityType(rawValue: type) == nil {
                throw ValidationError("--type must be one of \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")), not '\(type)'")
            }
        }

        func run() throws {
            let db = try database.open(.readOnly)
            try output.write(EntitiesQuery(type: type.flatMap(EntityType.init), limit: output.limit), from: db,
                             empty: type.map { "no entities of type '\($0)' found" } ?? "no entities found")
        }
    }
}
