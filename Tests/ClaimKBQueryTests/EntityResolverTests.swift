import ClaimKBModel
import ClaimKBQuery
import GRDB
import Testing

@Suite("names typed by a user")
struct EntityResolverTests {
    @Test("names resolve through aliases, case and spelling variants", arguments: [
        "nis", "NIS", "National Intelligence Service", "south korea’s national intelligence service",
        "South Korea's National Intelligence Service",
    ])
    func resolvesNIS(name: String) throws {
        let db = try NewsFixture.database()
        let ids = try db.writer.read { try EntityResolver.resolve(name, in: $0) }
        let names = try db.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM entities WHERE id IN (SELECT value FROM json_each(?))",
                                arguments: ["[" + ids.map(String.init).joined(separator: ",") + "]"])
        }
        #expect(names == ["National Intelligence Service"])
    }

    @Test("every spelling of Zelensky gives his claims", arguments: ["Zelenskyy", "Zelensky", "zelenskiy", "VOLODYMYR ZELENSKY"])
    func resolvesZelensky(name: String) throws {
        let db = try NewsFixture.database()
        let rows = try db.answer(ClaimsQuery(by: name))
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.claimant == "Volodymyr Zelensky" })
    }

    @Test("an unknown name is an error naming it and the closest names")
    func unknownNameSuggests() throws {
        let db = try NewsFixture.database()
        #expect(throws: QueryError.self) { try db.answer(ClaimsQuery(by: "Zelenskyyy")) }
        do {
            _ = try db.answer(ClaimsQuery(by: "Zelenskyyy"))
        } catch let error as QueryError {
            guard case .unknownEntity(let name, let closest) = error.reason else { Issue.record("\(error)"); return }
            #expect(name == "Zelenskyyy")
            #expect(closest.first == "Volodymyr Zelensky")
            #expect(error.description.hasPrefix("no entity named 'Zelenskyyy' (closest: Volodymyr Zelensky"))
        }
        do {
            _ = try db.answer(ClaimsQuery(by: "Buda"))
        } catch let error as QueryError {
            guard case .unknownEntity(_, let closest) = error.reason else { Issue.record("\(error)"); return }
            #expect(closest.contains("Kyrylo Budanov"))  // a prefix of an alias
        }
    }

    @Test("a name with quotes or SQL in it is only a name", arguments: [
        "x' OR 1=1 --", "\" OR \"\"=\"", "NIS'; DROP TABLE claims; --", "%", "_",
    ])
    func sqlInNamesIsJustAName(name: String) throws {
        let db = try NewsFixture.database()
        #expect(throws: QueryError.self) { try db.answer(ClaimsQuery(by: name)) }
        #expect(throws: QueryError.self) { try db.answer(TimelineQuery(about: name)) }
        let claims = try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM claims") }
        #expect(claims == 21)
    }

    @Test("--place only takes places and countries")
    func placeTypes() throws {
        let db = try NewsFixture.database()
        #expect(throws: QueryError.self) { try db.answer(ClaimsQuery(place: "NIS")) }
        #expect(try db.answer(ClaimsQuery(place: "Russia")).count > 0)
    }
}
