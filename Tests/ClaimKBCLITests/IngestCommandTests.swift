import Foundation
import Testing

@Suite struct IngestCommandTests {
    let seeds = CommandRunner.root.appendingPathComponent("seeds").path

    @Test func ingestingTheSeedsStoresEveryArticleAndASecondRunChangesNothing() throws {
        let cli = try CommandRunner()
        let first = try cli.run(["--db", cli.database, "ingest", seeds])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("5 ingested, 0 updated, 0 unchanged, 0 failed"))
        #expect(first.stdout.isEmpty, "stdout is for data only")
        let second = try cli.run(["--db", cli.database, "ingest", seeds])
        #expect(second.status == 0)
        #expect(second.stderr.contains("0 ingested, 0 updated, 5 unchanged, 0 failed"))
    }

    @Test func aMalformedDateIsAUsageError() throws {
        let cli = try CommandRunner()
        let result = try cli.run(["--db", cli.database, "ingest", "--published", "28/10/2024", seeds])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--published must be a date YYYY-MM-DD"))
    }

    @Test func aFileThatIsNotADatabaseIsRefusedWithOneLineAndKept() throws {
        let cli = try CommandRunner()
        let path = try cli.file("notes.sqlite", "my notes")
        let result = try cli.run(["--db", path, "ingest", seeds])
        #expect(result.status == 1)
        #expect(result.stderr == "claimkb: \(path): not a ClaimKB database (not an SQLite file); left untouched\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "my notes")
    }

    @Test func theDatabaseComesFromTheEnvironmentWhenNoOptionIsGiven() throws {
        let cli = try CommandRunner()
        let result = try cli.run(["ingest", seeds], environment: ["CLAIMKB_DB": cli.database])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: cli.database))
    }

    @Test func everyCommandHasHelpWithAnExample() throws {
        let cli = try CommandRunner()
        for command in ["init", "ingest", "query", "search", "sql", "stats", "eval"] {
            let help = try cli.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("Example"), "\(command) --help shows no example")
        }
    }
}
