import ArgumentParser
import ClaimKBQuery

extension ClaimKB {
    struct Sql: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run one read-only SQL statement on the database and print its rows.",
            discussion: """
                The database is opened read-only and a statement that would write (INSERT, UPDATE, \
                DELETE, CREATE, DROP, ...) is refused before it runs. `SELECT * FROM schema_docs` \
                describes every table, view and column.

                Example:
                  claimkb sql "SELECT source, figure, articles FROM troop_estimates"
                  claimkb sql "SELECT kind, count(*) FROM claims GROUP BY kind" --format csv
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "The SQL statement (one; SELECT, WITH, EXPLAIN or a read-only PRAGMA).")
        var statement: String

        func run() throws {
            let db = try database.open(.readOnly)
            let table = try answering("sql") { try db.run(ReadOnlySQL(sql: statement, limit: output.limit)) }
            output.write(table, empty: "no rows")
        }
    }
}
