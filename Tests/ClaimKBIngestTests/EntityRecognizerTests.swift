import ClaimKBIngest
import ClaimKBModel
import Testing

@Suite struct EntityRecognizerTests {
    let extractor = Fixtures.extractor

    func entities(_ text: String) -> [Entity] { extractor.extract(article(text)).entities }

    @Test func titlesGivePeopleWithRoleAndAffiliation() throws {
        let es = entities("Kremlin spokesperson Dmitry Peskov spoke. NATO Secretary General Mark Rutte agreed.")
        let peskov = try #require(es.first { $0.name == "Dmitry Peskov" })
        #expect(peskov.type == .person)
        #expect(peskov.role == "spokesperson")
        #expect(peskov.affiliation == "Kremlin")
        let rutte = try #require(es.first { $0.name == "Mark Rutte" })
        #expect(rutte.affiliation == "NATO")
    }

    @Test func ranksHonorificsAndCompanyOfficesAreTitlesAndForcesAreBodies() throws {
        let es = entities("Commodore Ramon Tiangco spoke. Chief Executive Margaret Okafor agreed. Hon. Dr. Grace Mwale"
            + " replied. The Border Force said more. Al Jazeera reported it.")
        #expect(es.first { $0.name == "Ramon Tiangco" }?.type == .person)
        #expect(es.first { $0.name == "Margaret Okafor" }?.type == .person)
        #expect(es.first { $0.name == "Grace Mwale" }?.type == .person)
        #expect(es.first { $0.name == "Border Force" }?.type == .organization)
        #expect(es.first { $0.name == "Al Jazeera" }?.type == .media)
    }

    @Test func surnamesAcronymsAndSpellingsMergeIntoOneEntity() throws {
        let x = extractor.extract(article("""
            Ukraine's military intelligence chief, Kyrylo Budanov, spoke. Budanov said more. \
            The Institute for the Study of War (ISW) agreed. ISW analysts wrote. Zelenskyy and Zelensky met Zelenskiy.
            """))
        let budanov = try #require(x.entities.first { $0.name == "Kyrylo Budanov" })
        #expect(budanov.aliases.contains("Budanov"))
        #expect(budanov.role == "chief")
        #expect(x.entities.filter { $0.name.contains("Budanov") }.count == 1)
        #expect(x.mentions.filter { $0.entity.name == "Institute for the Study of War" }.map(\.text).contains("ISW"))
        #expect(x.entities.filter { $0.name.hasPrefix("Volodymyr") || $0.name.hasPrefix("Zelensk") }.count == 1)
    }

    @Test func organisationAndPlaceShapes() throws {
        let es = entities("""
            Officials from the Ministry of National Defense met in the Poltava region. \
            Troops moved to the port city of Vladivostok and bases in Ussuriysk, Khabarovsk, and Blagoveshchensk.
            """)
        #expect(es.contains { $0.name == "Ministry of National Defense" && $0.type == .organization })
        #expect(es.contains { $0.name == "Poltava region" && $0.type == .place })
        for place in ["Vladivostok", "Ussuriysk", "Khabarovsk", "Blagoveshchensk"] {
            #expect(es.contains { $0.name == place && $0.type == .place }, "\(place)")
        }
    }

    @Test func aCountryAdjectiveBeforeACompanyWordIsACompany() throws {
        let es = entities("Indian Railways said 40 trains were late. Turkish Airlines and Nordvik Holdings cut 300 jobs.")
        for name in ["Indian Railways", "Turkish Airlines", "Nordvik Holdings"] {
            #expect(es.contains { $0.name == name && $0.type == .organization }, "\(name)")
        }
    }

    @Test func anUnknownAcronymThatSpeaksIsABody() throws {
        let es = entities("The KRG said 500 families had returned. Fighting in the ZRX area went on.")
        #expect(es.contains { $0.name == "KRG" && $0.type == .organization })
        #expect(!es.contains { $0.name == "ZRX" })
        let more = entities("Gazprom reported a loss. Donors pledged aid. Officials in Kharkiv said the power was back.")
        #expect(more.contains { $0.name == "Gazprom" && $0.type == .organization })
        #expect(!more.contains { $0.name == "Donors" })
        #expect(more.contains { $0.name == "Kharkiv" && $0.type == .place })
    }

    @Test func aSurnameOrATitledNameIsNeverTakenForABody() throws {
        let es = entities("""
            According to Ithmari Prime Minister Hamid Lemaire, the package was worth $708 million. Lemaire said \
            more was coming. Wojcik declined to comment. Helga Wojcik is expected in Kyiv. The Joint Relief \
            Council met. The Commission on Missing Persons said it had asked for access.
            """)
        #expect(es.contains { $0.name == "Hamid Lemaire" && $0.type == .person })
        #expect(!es.contains { $0.name == "Lemaire" || $0.name == "Wojcik" })
        #expect(es.contains { $0.name == "Commission on Missing Persons" && $0.type == .organization })
        // a capitalised description alone still refers back, to a name holding its own word
        let eu = extractor.extract(article(
            "The European Commission proposed a plan. The Joint Relief Council met. About 33 billion euros will be loans, the Commission said."))
        #expect(eu.claims.first?.claimant?.entity.name == "European Commission")
    }

    @Test func theLastHeadWordTypesAName() throws {
        let es = entities("Cargo left, according to the Ukrainian Sea Ports Authority. The Kyiv City Council met near the Red Sea.")
        #expect(es.contains { $0.name == "Ukrainian Sea Ports Authority" && $0.type == .organization })
        #expect(es.contains { $0.name == "Kyiv City Council" && $0.type == .organization })
        #expect(es.contains { $0.name == "Red Sea" && $0.type == .place })
    }

    @Test func definiteDescriptionsReferBack() throws {
        let x = extractor.extract(article("""
            South Korea's National Intelligence Service spoke first. The South Korean agency also used new tools.
            """))
        #expect(x.mentions.contains { $0.text == "The South Korean agency" && $0.entity.name == "National Intelligence Service" })
    }

    @Test func seedEntitiesAreEachFoundOnce() throws {
        // Given the gold entity list, every entity appears once under its canonical name across the seeds
        let gold = try Fixtures.text("gold/entities.tsv").split(separator: "\n")
            .filter { !$0.hasPrefix("#") && !$0.hasPrefix("canonical") }
            .map { $0.split(separator: "\t").map(String.init) }
        let found = try Fixtures.seeds().flatMap { extractor.extract($0).entities }
        var missing: [String] = []
        for row in gold where row.count >= 3 {
            let names = [row[0]] + row[2].split(separator: "|").map(String.init)
            let hit = found.contains { e in names.contains(e.name) || e.aliases.contains { names.contains($0) } }
            if !hit { missing.append(row[0]) }
        }
        // Known gaps are listed so regressions show; the bar is that nearly all are found.
        #expect(missing.isEmpty, "missing: \(missing)")
        let names = Set(found.map(\.name))
        for variant in ["Zelensky", "Zelenskyy", "Zelenskiy", "Putin", "Rutte", "Budanov"] {
            #expect(!names.contains(variant), "\(variant) should merge into the full name")
        }
    }
}
