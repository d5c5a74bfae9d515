import Foundation
import Testing

@Suite struct IngestInputTests {
    @Test func badInputsGetOneLineEachNamingTheFileAndTheOthersAreStored() throws {
        let cli = try CommandRunner()
        let empty = try cli.file("in/empty.txt", "  \n\n")
        let binary = try cli.file("in/blob.txt", Data([0x4e, 0x00, 0x01, 0x02, 0xff]))
        let good = try cli.file("in/good.txt", "Aid arrives\n\nThe UN said 40 trucks of aid arrived in Gaza on Monday.\n")
        let result = try cli.run(["--db", cli.database, "ingest", empty, binary, good, "missing.txt"])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix(empty + ": ") && $0.contains("empty") })
        #expect(lines.contains { $0.hasPrefix(binary + ": ") && $0.contains("binary") })
        #expect(lines.contains { $0.hasPrefix("missing.txt: ") && $0.contains("no such file") })
        #expect(lines.contains { $0.hasPrefix(good + ": ingested") })
        #expect(lines.last?.contains("1 ingested, 0 updated, 0 unchanged, 3 failed") == true)
    }

    @Test func standardInputIsAnArticle() throws {
        let cli = try CommandRunner()
        let text = "Flood toll rises\n\nOfficials said at least 120 people died in the floods.\n"
        let result = try cli.run(["--db", cli.database, "ingest", "--published", "2024-05-02", "-"], stdin: Data(text.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let stored = try cli.run(["--db", cli.database, "sql", "SELECT name, published FROM articles", "--format", "csv"])
        #expect(stored.stdout.contains("stdin,2024-05-02"))
    }
}
