import ClaimKBModel
import ClaimKBQuery
import GRDB
import Testing

@Suite("query entities and query sources")
struct EntitiesQueryTests {
    @Test("each entity once, with its aliases and how often it is mentioned")
    func listsEntities() throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(EntitiesQuery())
        #expect(Set(rows.map(\.name)).count == rows.count)
        let zelensky = try #require(rows.first { $0.name == "Volodymyr Zelensky" })
        #expect(zelensky.type == "person")
        #expect(zelensky.aliases == ["Volodymyr Zelenskyy", "Zelenskiy", "Zelensky", "Zelenskyy"])
        #expect(zelensky.role == "President of Ukraine")
        #expect(zelensky.articles == 2)
        #expect(zelensky.mentions >= 2)
        #expect(rows.map(\.mentions) == rows.map(\.mentions).sorted(by: >))
    }

    @Test("--type keeps one type")
    func filtersType() throws {
        let db = try NewsFixture.database()
        let places = try db.answer(EntitiesQuery(type: .place))
        #expect(Set(places.map(\.name)) == ["Vladivostok", "Kursk region", "Russian Far East"])
        #expect(places.allSatisfy { $0.type == "place" })
    }

    @Test("sources: each claimant with its claims, kinds and articles")
    func listsSources() throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(SourcesQuery())
        let nis = try #require(rows.first)
        #expect(nis.source == "National Intelligence Service")
        #expect(nis.claims == 7)
        #expect(Set(nis.kinds) == ["troops", "munitions"])
        #expect(nis.articles == 4)
        #expect(rows.contains { $0.source == "(the article)" && $0.sourceType == "article" && $0.claims == 2 })
        let view = try db.writer.read { try String.fetchAll($0, sql: "SELECT source FROM sources") }
        #expect(view == rows.map(\.source))
    }
}
