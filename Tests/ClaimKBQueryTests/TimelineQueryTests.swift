@testable import ClaimKBQuery
import ClaimKBIngest
import ClaimKBStore
import Foundation
import GRDB
import Testing

@Suite("query timeline")
struct TimelineQueryTests {
    @Test("dated claims come in date order, undated ones last in publication order, unpublished last of all")
    func ordersByDateUndatedLast() throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(TimelineQuery())
        let dated = rows.prefix { $0.claimDate != nil }
        #expect(dated.map(\.claimDate) == ["2024-10-08", "2024-10-23", "2024-10-24"])
        let undated = rows.dropFirst(dated.count)
        #expect(undated.allSatisfy { $0.claimDate == nil })
        #expect(undated.map(\.published) == undated.map(\.published).sorted { ($0 ?? "9999") < ($1 ?? "9999") })
        #expect(rows.last?.article == "002_5b5ca3fd5f84e9b9")
        #expect(rows.last?.published == nil)
    }

    @Test("--about keeps the claims whose sentence mentions the entity, in the same order")
    func filtersAbout() throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(TimelineQuery(about: "nis"))
        #expect(rows.count == 8)
        #expect(rows.first?.claimDate == "2024-10-08")
        let all = try db.answer(TimelineQuery()).map(\.evidence)
        let positions = rows.map { row in all.firstIndex(of: row.evidence)! }
        #expect(positions == positions.sorted())
    }

    @Test("--about with a limit: a walk through claims by date gives the page the listing gives")
    func walkedPageEqualsListedPage() throws {
        let db = try ClaimDatabase.inMemory()
        // Reports dated in the text, about places and a spokesman, some undated, published out
        // of date order.
        let reports = [
            ("2024-10-20", "On October 12, 2024, Ukrainian officials said 1,500 troops had arrived in Kursk. The governor of Kursk said on October 3, 2024 that 200 civilians had fled. Officials said 40 tanks were seen near Belgorod on October 5, 2024. Spokesman Ilan Drovetsky said on October 2, 2024 that 900 soldiers were training."),
            ("2024-10-10", "On October 4, 2024, the ministry said 3,000 troops were in Kursk. Local officials said 12 drones hit Belgorod on October 9, 2024. Officials said 600 troops had reached Kursk. Spokesman Ilan Drovetsky said 700 soldiers had arrived."),
            ("2024-10-15", "The army said on October 4, 2024 that 2,000 troops had reached Kursk. Officials in Belgorod said on October 14, 2024 that 30 people were hurt near Kursk. Spokesman Ilan Drovetsky said on October 11, 2024 that 400 soldiers had left."),
            ("2024-10-01", "Officials said 500 troops were in Belgorod on September 28, 2024. The ministry said 800 troops had reached Kursk on September 30, 2024."),
        ]
        let extractor = Extractor(lexicon: try .builtIn())
        let batch = try reports.enumerated().flatMap { index, report in
            try ArticleReader().read(Data("published: \(report.0)\n---\n\(report.1)\n".utf8), name: "report-\(index)")
                .articles.map(extractor.extract)
        }
        for result in try db.store(batch: try PrecomputedRowsTests.extractions() + batch) { _ = try result.get() }
        // The places with dated claims placed there (the walk goes up to the date by which they
        // fill a page), and a person (the walk goes through every dated claim here).
        let places = try db.writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT e.name FROM claims c JOIN entities e ON e.id = c.place_id
                WHERE c.claim_date IS NOT NULL GROUP BY e.id HAVING count(*) >= 2 ORDER BY e.name
                """)
        }
        #expect(places == ["Belgorod", "Kursk region"])
        for name in places + ["Ilan Drovetsky"] {
            let all = try db.answer(TimelineQuery(about: name))
            let dated = all.prefix { $0.claimDate != nil }.count
            #expect(dated >= 2, "\(name)")
            for limit in 1...dated + 1 {
                var walked = TimelineQuery(about: name, limit: limit)
                (walked.walkBudget, walked.fewMentions) = (.max, 0)
                let ids = jsonArray(try db.writer.read { try EntityResolver.resolve(name, in: $0) })
                let page = try db.writer.read { try walked.walkedPage(limit, about: ids, $0) }
                #expect((page != nil) == (limit <= dated), "\(name) limit \(limit): walked, or listed when short")
                #expect(try db.answer(walked) == Array(all.prefix(limit)), "\(name) limit \(limit)")
            }
        }
    }

    @Test("a limit gives the first rows of the whole timeline, across dated and undated claims")
    func limitedIsAPrefix() throws {
        let db = try NewsFixture.database()
        let all = try db.answer(TimelineQuery()).map(\.evidence)
        let dated = try db.answer(TimelineQuery()).filter { $0.claimDate != nil }.count
        #expect(dated > 0 && dated < all.count)
        for limit in [0, 1, dated - 1, dated, dated + 1, dated + 2, all.count, all.count + 5] {
            #expect(try db.answer(TimelineQuery(limit: limit)).map(\.evidence) == Array(all.prefix(limit)))
        }
    }

    @Test("the timeline view and the query agree")
    func viewAndQueryAgree() throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(TimelineQuery())
        let view = try db.writer.read { try Row.fetchAll($0, sql: "SELECT evidence, figure FROM timeline") }
        #expect(view.map { $0["evidence"] as String } == rows.map(\.evidence))
        #expect(view.map { $0["figure"] as String? } == rows.map(\.figure))
    }
}
