import Foundation
import ClaimKBIngest
import ClaimKBQuery
import ClaimKBStore
import GRDB
import Testing

@Suite("query disagreements")
struct DisagreementsQueryTests {
    @Test("1,500 from the NIS and ~12,000 from Ukraine's military intelligence disagree")
    func pairsNonOverlappingFigures() throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(DisagreementsQuery(kind: "troops"))
        let pair = rows.first { $0.source == "National Intelligence Service" && $0.low == 1500 && $0.otherLow == 12000 }
        #expect(pair?.otherSource == "Ukrainian military intelligence")
        #expect(pair?.figure == "1,500")
        #expect(pair?.otherFigure == "~12,000")
        #expect(pair?.articles.count == 3)
        #expect(pair?.modality == "reported")
    }

    @Test("a source never disagrees with itself, vague amounts never count, lower figure first")
    func leavesOutSelfAndVague() throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(DisagreementsQuery())
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.source != $0.otherSource })
        #expect(rows.allSatisfy { $0.high < $0.otherLow })
        // by kind, modality and place (each one block), then the lower figure, then the higher
        let blocks = rows.map { "\($0.kind)|\($0.modality)|\($0.place ?? "")" }
        #expect(blocks.indices.allSatisfy { i in i == 0 || blocks[i] == blocks[i - 1] || !blocks[..<i].contains(blocks[i]) })
        for block in Set(blocks) {
            let pairs = rows.filter { "\($0.kind)|\($0.modality)|\($0.place ?? "")" == block }.map { [$0.low, $0.otherLow] }
            #expect(pairs == pairs.sorted { $0.lexicographicallyPrecedes($1) })
        }
        #expect(Set(blocks).count > 1)
        let vague = ["several thousand", "Thousands of", "millions of rounds"]
        #expect(!rows.contains { vague.contains($0.figure ?? "") || vague.contains($0.otherFigure ?? "") })
        #expect(!rows.contains { $0.modality == "planned" && ($0.low == 1500 || $0.otherLow == 1500) })
    }

    @Test("a denied figure disagrees with no one: 500 denied by the Kremlin against 1,000 and 12,000")
    func deniedLeftOut() throws {
        let db = try ClaimDatabase.inMemory()
        let text = """
            Border report

            Ukraine's military intelligence said 12,000 North Korean troops were in the Kursk region.
            The Russian defence ministry said 1,000 troops were in the Kursk region.
            A Kremlin spokesman denied that 500 troops were in the Kursk region.
            """
        let extractor = Extractor(lexicon: try .builtIn())
        for article in try ArticleReader().read(Data(text.utf8), name: "border").articles {
            try db.store(extractor.extract(article))
        }
        let polarities = try db.writer.read { try String.fetchAll($0, sql: "SELECT polarity FROM claim_details ORDER BY low") }
        #expect(polarities == ["denied", "asserted", "asserted"])
        let rows = try db.answer(DisagreementsQuery())
        #expect(rows.map { "\($0.figure!) vs \($0.otherFigure!)" } == ["1,000 vs 12,000"])
    }

    @Test("hedges widen a figure: nearly 11,000 and ~12,000 overlap, so they do not disagree")
    func hedgesOverlap() throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(DisagreementsQuery(kind: "troops"))
        #expect(!rows.contains { $0.source == "Kyrylo Budanov" && $0.otherSource == "Ukrainian military intelligence" })
    }

    @Test("only figures about the same place disagree: 2,600 bound for Kursk and 10,000 for Ukraine do not")
    func samePlaceOnly() throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(DisagreementsQuery(kind: "troops"))
        #expect(!rows.contains { $0.source == "Kyrylo Budanov" && $0.figure == "2,600" })
        #expect(!rows.isEmpty)
    }

    @Test("the view and the query agree")
    func viewAndQueryAgree() throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(DisagreementsQuery())
        let view = try db.writer.read { try Row.fetchAll($0, sql: "SELECT source, other_source, figure, other_figure FROM disagreements") }
        #expect(view.map { "\($0["source"] as String)/\($0["figure"] as String)/\($0["other_source"] as String)/\($0["other_figure"] as String)" }
                == rows.map { "\($0.source)/\($0.figure!)/\($0.otherSource)/\($0.otherFigure!)" })
    }

    @Test("figures more than 20 times apart count different things: three generals disagree with no one")
    func magnitudesApart() throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(DisagreementsQuery(kind: "troops"))
        #expect(!rows.contains { $0.low == 3 || $0.otherLow == 3 })
        #expect(rows.allSatisfy { $0.otherLow <= 20 * $0.high * 1.1 })
    }
}
