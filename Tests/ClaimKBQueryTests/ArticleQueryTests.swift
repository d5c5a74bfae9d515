import ClaimKBQuery
import GRDB
import Testing

@Suite("query article")
struct ArticleQueryTests {
    @Test("an article's claims come in text order, with evidence", arguments: [
        "003_f7d78eb1bd6ee391", "003", "seeds/003_f7d78eb1bd6ee391.txt", "003_f7d78eb1bd6ee391.txt",
    ])
    func listsClaims(name: String) throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(ArticleQuery(name: name))
        #expect(rows.map(\.figure) == ["up to 1,500", "12,000", "10,000", "nearly 11,000", "2,600", "up to 13,000"])
        #expect(rows.allSatisfy { $0.article == "003_f7d78eb1bd6ee391" && !$0.evidence.isEmpty })
        #expect(rows.map(\.spanStart) == rows.map(\.spanStart).sorted())
    }

    @Test("its entities, in order of first mention, with the words used")
    func listsEntities() throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(ArticleEntitiesQuery(name: "003"))
        let nis = try #require(rows.first { $0.name == "National Intelligence Service" })
        #expect(nis.written.contains("NIS"))
        #expect(rows.map(\.firstAt) == rows.map(\.firstAt).sorted())
    }

    @Test("an unknown article is an error with the closest names; a shared prefix is ambiguous")
    func unknownArticle() throws {
        let db = try NewsFixture.database()
        do {
            _ = try db.answer(ArticleQuery(name: "003_f7d78eb1bd6ee39x"))
            Issue.record("expected an error")
        } catch let error as QueryError {
            #expect(error.description == "no article named '003_f7d78eb1bd6ee39x' (closest: 003_f7d78eb1bd6ee391)")
        }
        #expect(throws: QueryError.self) { try db.answer(ArticleQuery(name: "00")) }
        #expect(throws: QueryError.self) { try db.answer(ArticleQuery(name: "x' OR 1=1 --")) }
    }
}
