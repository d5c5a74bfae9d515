import ClaimKBQuery
import ClaimKBStore
import GRDB
import Testing

@Suite("troop-estimates and estimates")
struct EstimatesQueryTests {
    @Test("the same figure from the same source in three articles is one row listing the three")
    func mergesCorroboratingArticles() throws {
        // Given the NIS's 1,500 troops reported in 001, 003 and 004 (twice in 004)
        let db = try NewsFixture.database()
        // When troop estimates are asked for
        let rows = try db.answer(EstimatesQuery.troops())
        // Then they are one row, listing the three articles earliest first
        let nis = rows.filter { $0.claimant == "National Intelligence Service" && $0.low == 1500 }
        #expect(nis.count == 1)
        #expect(nis.first?.articles == ["001_f0a0f4931d3789de", "003_f7d78eb1bd6ee391", "004_14f0491d8cf91e8c"])
        #expect(nis.first?.article == "001_f0a0f4931d3789de")
        #expect(nis.first?.figure == "1,500")
        #expect(Set(nis.first?.figures ?? []) == ["1,500", "~1,500", "up to 1,500"])
        #expect(nis.first?.claimDate == "2024-10-08")
        #expect(nis.first?.evidence.hasPrefix("South Korean Intelligence Report") == true)
    }

    @Test("each source's figures are listed as a reader writes them, sorted by source then date")
    func listsEverySourceAsReaderExpects() throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(EstimatesQuery.troops())
        let seen = rows.map { "\($0.claimant): \($0.figure ?? "") \($0.modality) \($0.articles.count)" }
        #expect(seen == [
            "(the article): Thousands of reported 1",
            "Institute for the Study of War: several thousand reported 1",
            "Kyrylo Budanov: nearly 11,000 reported 1",
            "Kyrylo Budanov: 2,600 planned 1",
            "National Intelligence Service: 1,500 reported 3",
            "National Intelligence Service: ~3,000 reported 1",
            "South Korean media: 12,000 planned 2",
            "Ukrainian military intelligence: 3 reported 1",
            "Ukrainian military intelligence: ~12,000 reported 1",
            "United States: ~3,000 reported 1",
            "Volodymyr Zelensky: 10,000 planned 2",
        ])
        #expect(rows.allSatisfy { $0.kind == "troops" })
        let budanov = try #require(rows.first { $0.figure == "nearly 11,000" })
        #expect(budanov.place == "Russian Far East")
        #expect(budanov.qualifier == "nearly")
        #expect(budanov.claimantType == "person")
    }

    @Test("a planned figure and a reported one of the same number stay apart")
    func keepsModalitiesApart() throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(EstimatesQuery.troops())
        #expect(rows.filter { $0.low == 12000 }.map(\.modality).sorted() == ["planned", "reported"])
    }

    @Test("estimates --kind answers the same question for other kinds")
    func answersOtherKinds() throws {
        let db = try NewsFixture.database()
        let munitions = try db.answer(EstimatesQuery(kind: "munitions"))
        #expect(munitions.map(\.figure) == ["millions of rounds", "up to 13,000"])
        let money = try db.answer(EstimatesQuery(kind: "money"))
        #expect(money.map(\.figure) == ["~$540,000,000"])
        #expect(money.first?.claimant == "(the article)")
        #expect(try db.answer(EstimatesQuery(kind: "refugees")).isEmpty)
        #expect(try db.answer(EstimatesQuery()).count == 14)
    }

    @Test("the troop_estimates view and the query give the same rows in the same order")
    func viewAndQueryAgree() throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(EstimatesQuery.troops())
        let view = try db.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT source, figure, articles, evidence FROM troop_estimates")
        }
        #expect(view.map { $0["source"] as String } == rows.map(\.claimant))
        #expect(view.map { $0["figure"] as String } == rows.map { $0.figure ?? "" })
        #expect(view.map { $0["evidence"] as String } == rows.map(\.evidence))
        #expect(view.map { JSONFormat.encode(.list(try! JSONDecoderList.decode($0["articles"]))) }
                == rows.map { JSONFormat.encode(.list($0.articles)) })
    }

    @Test("limit keeps the first rows")
    func limits() throws {
        let db = try NewsFixture.database()
        #expect(try db.answer(EstimatesQuery(kind: "troops", limit: 2)).count == 2)
    }

    @Test("an empty database answers with no rows")
    func emptyDatabase() throws {
        let db = try ClaimDatabase.inMemory()
        #expect(try db.answer(EstimatesQuery.troops()).isEmpty)
    }
}
