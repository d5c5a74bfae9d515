import ClaimKBModel
import Foundation
import Testing
@testable import ClaimKBIngest

/// JSON Lines: one article per line; bad lines are warnings unless no line is good.
@Suite struct ReadingJSONLinesTests {
    @Test func eachGoodLineIsAnArticleAndABadLineIsAWarning() throws {
        let (articles, warnings) = try ArticleReader().read(ReadingFixture.data("wire.jsonl"), name: "wire.jsonl")
        #expect(articles.map(\.name) == ["wire-1", "wire-2", "wire-4"])
        #expect(articles.map(\.title) == ["Port strike enters third day", "Election turnout falls", "Grain exports rise"])
        #expect(articles.map(\.published) == ["2024-06-12", "2024-06-10", nil])
        #expect(articles.map(\.publisher) == ["Wire Service", nil, "Agri Today"])
        #expect(articles[0].url == "https://wire.example/1")
        #expect(articles[0].text == "Dock workers at the port of Rotterdam continued their strike on Wednesday.\nThe union said about 2,000 members had joined the walkout.")
        #expect(articles[1].text.hasPrefix("Turnout in the regional election"))
        #expect(articles[2].text.hasPrefix("Grain exports rose"))
        #expect(articles.allSatisfy { $0.format == "jsonl" && $0.boilerplateIsWellFormed })
        #expect(warnings == ["line 3: not a JSON object"])
    }

    @Test func noGoodLineIsAnErrorNamingTheFirstBadLine() {
        #expect(readError(Data("\n[1, 2]\n{\"title\": \"x\"}\n".utf8), name: "a.jsonl") == "line 2: not a JSON object")
        #expect(readError(Data("{\"title\": \"x\"}\n".utf8), name: "a.jsonl") == "line 1: no article text")
    }

    @Test func standardInputStartingWithABraceIsJSONLinesNamedByItsRecords() throws {
        let (articles, _) = try readText("{\"name\": \"a1\", \"text\": \"Prices rose 3 percent.\"}\n{\"text\": \"Rates held.\"}", name: "stdin")
        #expect(articles.map(\.name) == ["a1", "stdin-2"])
    }

    @Test func htmlInARecordIsReadAsAPageText() throws {
        let line = #"{"title": "Fire", "content": "<p>Crews fought the fire for 3 days.</p><p>No one was hurt.</p>"}"#
        let (articles, _) = try readText(line, name: "a.jsonl")
        #expect(articles[0].text == "Crews fought the fire for 3 days.\n\nNo one was hurt.")
    }

    @Test func aDefaultDateFillsRecordsWithoutOne() throws {
        let (articles, _) = try readText("{\"text\": \"Rates held at 4 percent.\"}", name: "a.ndjson",
                                         options: ReadOptions(defaultPublished: "2025-01-01"))
        #expect(articles[0].published == "2025-01-01")
    }
}
