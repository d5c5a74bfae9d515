import ArgumentParser
import Foundation

/// The `claimkb` command: a claims knowledge base for news.
@main
struct ClaimKB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimkb",
        abstract: "Turn news articles into a database of who claimed what, when, and where they disagree.",
        discussion: """
            The database is one SQLite file: --db PATH, else $CLAIMKB_DB, else claimkb.sqlite here.
            Open it in the sqlite3 shell too: `.tables`, then `select * from troop_estimates;`.

            Example:
              claimkb ingest seeds/
              claimkb query troop-estimates
            """,
        subcommands: [Init.self, Ingest.self, Query.self, Search.self, Sql.self, Stats.self, Eval.self]
    )

    // Declared here too so that `claimkb --db PATH <command>` parses; each command reads it.
    @OptionGroup var database: DatabaseOptions

    /// Runtime errors print as one line, `claimkb: <what>: <why>`, and exit 1; usage errors
    /// are left to ArgumentParser (exit 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            Console.error("claimkb: \(error.description)")
            Foundation.exit(1)
        } catch {
            exit(withError: error)
        }
    }
}
