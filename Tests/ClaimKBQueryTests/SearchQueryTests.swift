import ClaimKBQuery
import Testing

@Suite("search")
struct SearchQueryTests {
    @Test("finds words in articles and evidence, highlighted, with the article name")
    func findsAndHighlights() throws {
        let db = try NewsFixture.database()
        let hits = try db.answer(SearchQuery(text: "special forces"))
        let article = try #require(hits.first { $0.match == "article" })
        #expect(article.article == "001_f0a0f4931d3789de")
        #expect(article.snippet.contains("[special] [forces]"))
        let claim = try #require(hits.first { $0.match == "claim" })
        #expect(claim.claimant == "National Intelligence Service")
        #expect(claim.figure == "1,500")
        #expect(claim.snippet.contains("[special] [forces]"))
        #expect(hits.firstIndex { $0.match == "claim" }! > hits.lastIndex { $0.match == "article" }!)
    }

    @Test("case and accents do not matter; operators in plain text are just words")
    func plainText() throws {
        let db = try NewsFixture.database()
        #expect(!(try db.answer(SearchQuery(text: "BUDANOV"))).isEmpty)
        #expect(try db.answer(SearchQuery(text: "x' OR 1=1 --")).isEmpty)
        #expect(try db.answer(SearchQuery(text: "Budanov NOT")).isEmpty)
    }

    @Test("FTS5 syntax on request; a bad query is an error, not a crash")
    func ftsSyntax() throws {
        let db = try NewsFixture.database()
        let hits = try db.answer(SearchQuery(text: "Budan* OR Rutte", syntax: true))
        #expect(Set(hits.map(\.article)).isSuperset(of: ["003_f7d78eb1bd6ee391", "004_14f0491d8cf91e8c"]))
        #expect(throws: QueryError.self) { try db.answer(SearchQuery(text: "\"unbalanced", syntax: true)) }
        #expect(throws: QueryError.self) { try db.answer(SearchQuery(text: "  ' -- ")) }
    }
}
