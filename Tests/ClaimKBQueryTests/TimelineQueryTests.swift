import ClaimKBQuery
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

    @Test("the timeline view and the query agree")
    func viewAndQueryAgree() throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(TimelineQuery())
        let view = try db.writer.read { try Row.fetchAll($0, sql: "SELECT evidence, figure FROM timeline") }
        #expect(view.map { $0["evidence"] as String } == rows.map(\.evidence))
        #expect(view.map { $0["figure"] as String? } == rows.map(\.figure))
    }
}
