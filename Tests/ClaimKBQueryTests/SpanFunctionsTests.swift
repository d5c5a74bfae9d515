import GRDB
import Testing
@testable import ClaimKBStore

/// The SQL function ClaimKBStore adds for these queries, on stored articles.
@Suite("spans_within")
struct SpanFunctionsTests {
    @Test("a pair counts when it lies wholly within the range, edges included")
    func pairsWithinRange() {
        let spans = "[[3,9],[120,131],[4007,4012]]"
        #expect(SpanFunctions.within(spans, 0, 10))
        #expect(SpanFunctions.within(spans, 120, 131))
        #expect(SpanFunctions.within(spans, 4000, 5000))
        #expect(SpanFunctions.within(spans, 4, 200))       // [3,9] starts before; [120,131] fits
        #expect(!SpanFunctions.within(spans, 10, 119))
        #expect(!SpanFunctions.within(spans, 121, 4011))   // each pair sticks out at one end
        #expect(!SpanFunctions.within("[]", 0, 100))
    }

    @Test("answers as json_each does, on every mention and claim of stored articles")
    func agreesWithJSONEach() throws {
        let db = try ClaimDatabase.inMemory()
        for result in try db.store(batch: try PrecomputedRowsTests.extractions()) { _ = try result.get() }
        let disagreeing = try db.writer.read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM mentions m JOIN claims c ON c.article_id = m.article_id
                WHERE spans_within(m.spans, c.span_start, c.span_end)
                   <> EXISTS (SELECT 1 FROM json_each(m.spans) s
                              WHERE s.value ->> 0 >= c.span_start AND s.value ->> 1 <= c.span_end)
                """)
        }
        let pairs = try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM mentions JOIN claims USING (article_id)") }
        #expect(disagreeing == 0)
        #expect((pairs ?? 0) > 1_000)
    }
}
