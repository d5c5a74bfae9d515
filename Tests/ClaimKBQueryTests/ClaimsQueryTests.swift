@testable import ClaimKBQuery
import ClaimKBIngest
import ClaimKBModel
import ClaimKBStore
import Foundation
import GRDB
import Testing

@Suite("query claims")
struct ClaimsQueryTests {
    @Test("each claim comes once per article, not merged, with evidence that is the text at its span")
    func listsEveryClaimOnce() throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(ClaimsQuery())
        #expect(rows.count == NewsFixture.all.reduce(0) { $0 + $1.claims.count })
        let texts = try db.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT a.name, a.text FROM articles a")
        }.reduce(into: [String: String]()) { $0[$1["name"]] = $1["text"] }
        for row in rows {
            let text = try #require(texts[row.article])
            let scalars = Array(text.unicodeScalars)
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[row.spanStart..<row.spanEnd])
            #expect(String(slice) == row.evidence)
        }
    }

    @Test("--kind, --by, --about, --place, --since and --until filter")
    func filters() throws {
        let db = try NewsFixture.database()
        // by: the claimant, through an alias and in any case; also claims that cite it
        let byNIS = try db.answer(ClaimsQuery(kind: "troops", by: "nis"))
        #expect(Set(byNIS.map(\.claimant)) == ["National Intelligence Service", "South Korean media"])
        #expect(byNIS.filter { $0.claimant == "South Korean media" }.map(\.cited) == [["National Intelligence Service"]])
        #expect(byNIS.count == 7)
        // place
        let kursk = try db.answer(ClaimsQuery(place: "kursk"))
        #expect(kursk.map(\.figure) == ["2,600"])
        // about: the sentence mentions it
        let aboutBudanov = try db.answer(ClaimsQuery(about: "Budanov"))
        #expect(aboutBudanov.map(\.figure) == ["nearly 11,000"])
        let aboutKursk = try db.answer(ClaimsQuery(about: "Kursk region"))
        #expect(aboutKursk.map(\.figure) == ["2,600"])
        // dates: the date a claim is about, else its article's
        let late = try db.answer(ClaimsQuery(kind: "troops", since: "2024-10-26"))
        #expect(Set(late.map(\.article)) == ["004_14f0491d8cf91e8c", "000_ec78e54377f6148f"])
        #expect(!late.contains { $0.figure == "~3,000" && $0.article == "004_14f0491d8cf91e8c" }) // about 2024-10-23
        let early = try db.answer(ClaimsQuery(until: "2024-10-10"))
        #expect(early.map(\.figure) == ["~1,500"])
        #expect(early.first?.dateText == "between October 8 and 13")
    }

    @Test("--by finds a claim through its second claimant, kept in claim_sources")
    func bySecondClaimant() throws {
        let db = try ClaimDatabase.inMemory()
        var extraction = try Extractor(lexicon: try .builtIn()).extract(ArticleReader().read(Data("""
            According to the Defense Ministry, 4,000 troops had reached Russia.
            """.utf8), name: "two").articles[0])
        let pentagon = Entity(name: "Pentagon", type: .organization)
        extraction.entities.append(pentagon)
        extraction.claims[0].sources.append(SourceLink(entity: pentagon.key, role: .claimant, text: "the Pentagon"))
        try db.store(extraction)
        for name in ["Pentagon", "Defense Ministry"] {
            #expect(try db.answer(ClaimsQuery(by: name)).map(\.figure) == ["4,000"], "\(name)")
            var paged = ClaimsQuery(by: name, limit: 1)
            paged.fewCandidates = 0
            #expect(try db.answer(paged).map(\.figure) == ["4,000"], "\(name), walked")
        }
    }

    @Test("a page read from the earliest articles is the page a full sort gives")
    func earliestArticlesPageEqualsSortedPage() throws {
        let db = try ClaimDatabase.inMemory()
        // An early article with a claim about a date after its publication: `--since` must
        // find it among articles published before the date.
        let plan = try ArticleReader().read(Data("""
            title: Ministry plans deployment
            published: 2024-09-01
            ---
            The ministry will send 2,000 troops to the border on November 15, 2024, spokesman Ilan Drovetsky said.
            """.utf8), name: "plan").articles.map(Extractor(lexicon: try .builtIn()).extract)
        // An undated article, listed after every dated one.
        let undated = try ArticleReader().read(Data("""
            Officials said 4,000 troops had reached Russia, according to the Defense Ministry.
            """.utf8), name: "undated").articles.map(Extractor(lexicon: try .builtIn()).extract)
        for result in try db.store(batch: try PrecomputedRowsTests.extractions() + plan + undated) { _ = try result.get() }
        let planned = try db.answer(ClaimsQuery(since: "2024-11-01")).filter { $0.article == "plan" }
        #expect(planned.map(\.figure) == ["2,000"])
        let busiest = try #require(try db.writer.read { db in
            try String.fetchOne(db, sql: """
                SELECT e.name FROM claims c JOIN entities e ON e.id = c.claimant_id
                GROUP BY e.id ORDER BY count(*) DESC LIMIT 1
                """)
        })
        let queries = [
            ClaimsQuery(), ClaimsQuery(kind: "troops"), ClaimsQuery(by: busiest), ClaimsQuery(about: "Russia"),
            ClaimsQuery(place: "Russia"), ClaimsQuery(since: "2024-10-20"), ClaimsQuery(since: "2024-11-01"),
            ClaimsQuery(about: "Russia", since: "2024-10-20"), ClaimsQuery(kind: "troops", since: "2024-10-20"),
        ]
        #expect(try db.answer(ClaimsQuery()).last?.article == "undated")
        for query in queries {
            let all = try db.answer(query).map(\.claimId)
            #expect(all.count > 3, "\(query)")
            for limit in [1, 3, all.count / 2, all.count + 1] {
                for window in [1, 2, 5, 1_000] {
                    var early = query
                    (early.limit, early.window, early.fewCandidates) = (limit, window, 0)
                    #expect(try db.answer(early).map(\.claimId) == Array(all.prefix(limit)),
                            "\(query) limit \(limit) window \(window)")
                }
            }
        }
    }

    @Test("a statement has no figure and keeps its polarity")
    func statements() throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(ClaimsQuery(kind: "statement"))
        #expect(rows.count == 1)
        #expect(rows.first?.polarity == "denied")
        #expect(rows.first?.low == nil && rows.first?.figure == nil)
        #expect(rows.first?.claimant == "Dmitry Peskov")
    }

    @Test("the claims_by_source view holds the same claims")
    func viewAndQueryAgree() throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(ClaimsQuery())
        let view = try db.writer.read { db in try String.fetchAll(db, sql: "SELECT evidence FROM claims_by_source") }
        #expect(view.sorted() == rows.map(\.evidence).sorted())
    }
}
