import ClaimKBQuery
import Foundation
import Testing

@Suite("output formats")
struct OutputFormatTests {
    /// The contract of issue 4, spelled out here so a change to `JSONContract` shows up.
    static let contractFields = [
        "article", "kind", "counted", "low", "high", "unit", "qualifier", "modality", "polarity", "claimant",
        "claimant_type", "cited", "place", "claim_date", "evidence", "span_start", "span_end",
    ]

    @Test("the contract lists every field issue 4 asks for, and the rows carry them")
    func contract() {
        #expect(JSONContract.claimFields == Self.contractFields)
        #expect(Set(JSONContract.claimFields).isSubset(of: ClaimRow.fields))
        #expect(Set(JSONContract.estimateFields).isSubset(of: EstimateRow.fields))
    }

    func parse(_ json: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return try #require(object as? [[String: Any]])
    }

    @Test("claims JSON parses and has every field of the contract, numbers as numbers, cited as an array")
    func claimsJSON() throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(ClaimsQuery())
        let objects = try parse(JSONFormat().format(ResultTable(rows)))
        #expect(objects.count == rows.count)
        for object in objects {
            for field in Self.contractFields { #expect(object.keys.contains(field), "missing \(field)") }
            #expect(object["cited"] is [Any])
            #expect(object["span_start"] is NSNumber)
        }
        let media = try #require(objects.first { $0["claimant"] as? String == "South Korean media" })
        #expect(media["cited"] as? [String] == ["National Intelligence Service"])
        #expect((media["low"] as? NSNumber)?.intValue == 12000)
        #expect(media["unit"] is NSNull)
        #expect(JSONFormat().format(ResultTable(rows)).contains("\"low\": 12000,"))
    }

    @Test("troop-estimates JSON has the claim fields plus articles, all of them")
    func estimatesJSON() throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(EstimatesQuery.troops())
        let objects = try parse(JSONFormat().format(ResultTable(rows)))
        for object in objects {
            for field in Self.contractFields + ["articles"] { #expect(object.keys.contains(field), "missing \(field)") }
            #expect(object["articles"] is [String])
        }
        let nis = try #require(objects.first { $0["claimant"] as? String == "National Intelligence Service" && ($0["low"] as? NSNumber)?.intValue == 1500 })
        #expect((nis["articles"] as? [String])?.count == 3)
        #expect(nis["article"] as? String == "001_f0a0f4931d3789de")
    }

    @Test("JSON escapes quotes, backslashes and control characters; an empty answer is []")
    func jsonEscapes() throws {
        let table = ResultTable(columns: ["a", "b"], rows: [[.text("say \"hi\"\\\n\u{1}"), .real(1.5)]])
        let objects = try parse(JSONFormat().format(table))
        #expect(objects.first?["a"] as? String == "say \"hi\"\\\n\u{1}")
        #expect((objects.first?["b"] as? NSNumber)?.doubleValue == 1.5)
        #expect(JSONFormat().format(ResultTable(columns: ["a"], rows: [])) == "[]\n")
    }

    @Test("CSV quotes fields with commas, quotes and line breaks (RFC 4180)")
    func csvQuoting() {
        let table = ResultTable(columns: ["source", "figure", "note", "articles", "n"], rows: [
            [.text("Budanov, Kyrylo"), .text("nearly 11,000"), .text("he said \"nearly\"\nthen"), .list(["a", "b"]), .integer(3)],
            [.text("plain"), .null, .text(""), .list([]), .real(2.5)],
        ])
        #expect(CSVFormat().format(table) == """
            source,figure,note,articles,n\r
            "Budanov, Kyrylo","nearly 11,000","he said ""nearly""
            then",a | b,3\r
            plain,,,,2.5\r

            """)
    }

    @Test("Markdown escapes pipes and line breaks and right-aligns numbers")
    func markdown() {
        let table = ResultTable(columns: ["name", "n"], rows: [[.text("a|b\nc"), .integer(2)]])
        #expect(MarkdownFormat().format(table) == "| name | n |\n| --- | --: |\n| a\\|b<br>c | 2 |\n")
    }

    @Test("a table fits its width: long cells wrap at words, columns stay aligned")
    func tableWraps() throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(EstimatesQuery.troops())
        let text = TableFormat(width: 120).format(ResultTable(rows, fields: EstimateRow.readableFields(evidence: true)))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.allSatisfy { $0.count <= 120 })
        #expect(lines.first?.hasPrefix("claimant") == true)
        #expect(lines.dropFirst().first?.allSatisfy { $0 == "-" || $0 == " " } == true)
        #expect(text.contains("\n    Ukraine’s military intelligence chief, Kyrylo Budanov"))
        #expect(text.contains("nearly 11,000"))
        // Wide enough, nothing wraps: one line per row plus the header and its rule.
        let wide = TableFormat(width: 1000).format(ResultTable(rows, fields: EstimateRow.readableFields(evidence: false)))
        #expect(wide.split(separator: "\n").count == rows.count + 2)
    }

    @Test("numbers are right-aligned and a word longer than its column is cut")
    func tableAlignment() {
        let table = ResultTable(columns: ["name", "n"], rows: [[.text("a"), .integer(5)], [.text("bb"), .integer(100)]])
        #expect(TableFormat(width: 100).format(table) == "name    n\n----  ---\na       5\nbb    100\n")
        #expect(TableFormat.wrap("abcdefghij klm", width: 4) == ["abcd", "efgh", "ij", "klm"])
    }
}

@Suite("output formats on empty and degenerate input")
struct OutputFormatEdgeTests {
    @Test("an empty answer: a table has its header, CSV its header row, JSON an empty array")
    func emptyTables() {
        let empty = ResultTable(columns: ["source", "figure"], rows: [])
        #expect(TableFormat(width: 100).format(empty) == "source  figure\n------  ------\n")
        #expect(CSVFormat().format(empty) == "source,figure\r\n")
        #expect(JSONFormat().format(empty) == "[]\n")
        #expect(MarkdownFormat().format(empty) == "| source | figure |\n| --- | --- |\n")
        #expect(TableFormat().format(ResultTable(columns: [], rows: [])) == "")
    }

    @Test("wrapping empty text, one long word, and text that fits")
    func wrapping() {
        #expect(TableFormat.wrap("", width: 5) == [""])
        #expect(TableFormat.wrap("abc", width: 5) == ["abc"])
        #expect(TableFormat.wrap("abcdefgh", width: 3) == ["abc", "def", "gh"])
        #expect(TableFormat.wrap("a b c d", width: 3) == ["a b", "c d"])
    }

    @Test("a column that is all evidence still prints, below nothing")
    func onlyEvidence() {
        let table = ResultTable(columns: ["evidence"], rows: [[.text("One sentence.")]])
        #expect(TableFormat(width: 40).format(table) == "evidence\n-------------\nOne sentence.\n")
    }
}
