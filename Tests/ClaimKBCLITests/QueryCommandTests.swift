import Foundation
import Testing

/// The flagship question end to end: the seeds ingested by the real binary, answered by it.
@Suite struct QueryCommandTests {
    let seeds = CommandRunner.root.appendingPathComponent("seeds").path

    func ingestedSeeds() throws -> CommandRunner {
        let cli = try CommandRunner()
        let result = try cli.run(["--db", cli.database, "ingest", seeds])
        #expect(result.status == 0, "\(result.stderr)")
        return cli
    }

    func json(_ output: CommandRunner.Output) throws -> [[String: Any]] {
        try #require(JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
    }

    @Test func troopEstimatesMergeTheSameFigureFromOneSourceAcrossArticles() throws {
        let cli = try ingestedSeeds()
        let rows = try json(try cli.run(["--db", cli.database, "query", "troop-estimates", "--format", "json"]))
        let nis = rows.filter { $0["claimant"] as? String == "National Intelligence Service" && $0["low"] as? Double == 1500 }
        #expect(nis.count == 1)
        #expect((nis.first?["articles"] as? [String])?.count == 3)
        let budanov = rows.first { $0["claimant"] as? String == "Kyrylo Budanov" && $0["low"] as? Double == 11000 }
        #expect(budanov?["qualifier"] as? String == "nearly")
        #expect(budanov?["modality"] as? String == "reported")
        #expect((budanov?["evidence"] as? String)?.contains("nearly 11,000 North Korean infantry troops") == true)
    }

    @Test func theViewInTheShellAndTheCommandGiveTheSameEstimates() throws {
        let cli = try ingestedSeeds()
        let command = try json(try cli.run(["--db", cli.database, "query", "troop-estimates", "--format", "json"]))
        let view = try json(try cli.run(["--db", cli.database, "sql", "SELECT * FROM troop_estimates", "--format", "json"]))
        #expect(command.count == view.count)
        #expect(command.map { $0["figure"] as? String } == view.map { $0["figure"] as? String })
    }

    @Test func namesResolveThroughAliasesAndSpellings() throws {
        let cli = try ingestedSeeds()
        for name in ["nis", "Zelenskyy", "Zelensky", "zelenskiy", "South Korea's National Intelligence Service"] {
            let result = try cli.run(["--db", cli.database, "query", "claims", "--by", name, "--format", "json"])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(!(try json(result)).isEmpty, "no claims by \(name)")
        }
        let unknown = try cli.run(["--db", cli.database, "query", "claims", "--by", "x' OR 1=1 --"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("claimkb: no entity named 'x' OR 1=1 --'"))
    }

    @Test func searchFindsEvidenceWithTheArticleName() throws {
        let cli = try ingestedSeeds()
        let result = try cli.run(["--db", cli.database, "search", "Budanov", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("003_f7d78eb1bd6ee391"))
    }

    @Test func sqlRefusesToWrite() throws {
        let cli = try ingestedSeeds()
        let result = try cli.run(["--db", cli.database, "sql", "DELETE FROM articles"])
        #expect(result.status == 1)
        #expect(result.stderr == "claimkb: sql: only read-only statements are allowed\n")
        let count = try cli.run(["--db", cli.database, "sql", "SELECT count(*) AS n FROM articles", "--format", "csv"])
        #expect(count.stdout == "n\r\n5\r\n")
    }

    @Test func jsonAndCSVAnswersAreWrittenRowByRowWithTheSameShape() throws {
        let cli = try ingestedSeeds()
        let count = try cli.run(["--db", cli.database, "sql", "SELECT count(*) AS n FROM timeline", "--format", "csv"])
        let claims = Int(count.stdout.split(separator: "\r\n").last ?? "") ?? 0
        #expect(claims > 20)
        let csv = try cli.run(["--db", cli.database, "query", "timeline", "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("claim_date,date_text,published,source,kind,figure,polarity,counted,place,article,evidence\r\n"))
        #expect(csv.stdout.hasSuffix("\r\n"))
        let evidence = try json(try cli.run(["--db", cli.database, "query", "timeline", "--format", "json"]))
        #expect(evidence.count == claims)
        #expect(evidence.allSatisfy { ($0["evidence"] as? String)?.isEmpty == false })
        // An empty answer: an empty array, the CSV header alone, a note on stderr, exit 0.
        let none = try cli.run(["--db", cli.database, "query", "claims", "--kind", "statement", "--since", "2030-01-01",
                                "--format", "json"])
        #expect(none.status == 0)
        #expect(none.stdout == "[]\n")
        #expect(none.stderr.contains("no claims of kind 'statement' found"))
        let noneCSV = try cli.run(["--db", cli.database, "query", "claims", "--kind", "statement", "--since", "2030-01-01",
                                   "--format", "csv"])
        #expect(noneCSV.stdout.hasPrefix("article,published,kind,") && noneCSV.stdout.split(separator: "\r\n").count == 1)
    }

    @Test func evalScoresTheSeedsAboveTheBar() throws {
        let cli = try CommandRunner()
        let gold = CommandRunner.root.appendingPathComponent("Tests/ClaimKBIngestTests/Fixtures/gold/troop-claims.tsv").path
        let result = try cli.run(["eval", "--gold", gold, seeds])
        #expect(result.status == 0, "\(result.stderr)")
        let last = result.stdout.split(separator: "\n").last.map(String.init) ?? ""
        let f1 = last.components(separatedBy: " ").drop { $0 != "f1" }.dropFirst().first.flatMap(Double.init)
        #expect((f1 ?? 0) >= 0.95, "\(last)")
    }
}
