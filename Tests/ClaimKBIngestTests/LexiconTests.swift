import ClaimKBIngest
import Foundation
import Testing

@Suite struct LexiconTests {
    func folder(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }

    @Test func builtInLoads() throws {
        _ = try Lexicon.builtIn()
    }

    @Test func everySovereignStateIsKnownByNameCapitalAndDemonym() throws {
        let extractor = Extractor(lexicon: try Lexicon.builtIn())
        // one sentence per form, so that no form is known only through an earlier one
        func names(_ form: String, as country: String) -> Bool {
            extractor.extract(article("\(form) officials said 12 people were killed.")).mentions
                .contains { $0.entity.name == country && $0.entity.type == .country && $0.text.hasPrefix(form) }
        }
        let states = [
            ("Serbia", "Belgrade", "Serbian"), ("Ghana", "Accra", "Ghanaian"), ("Malaysia", "Kuala Lumpur", "Malaysian"),
            ("Uruguay", "Montevideo", "Uruguayan"), ("Fiji", "Suva", "Fijian"),
        ]
        for (country, capital, demonym) in states {
            for form in [country, capital, demonym] { #expect(names(form, as: country), "\(form) → \(country)") }
        }
        #expect(names("UAE", as: "United Arab Emirates"))
        #expect(names("Kinshasa", as: "Democratic Republic of Congo"))
        #expect(names("Brazzaville", as: "Republic of Congo"))
        // capitals that are also other places or people's names are left out: they stay unknown names
        for (capital, country) in [("Kingston", "Jamaica"), ("Victoria", "Seychelles"), ("San José", "Costa Rica")] {
            let x = extractor.extract(article("Officials in \(capital) said 12 people were killed."))
            #expect(!x.entities.contains { $0.type == .country }, "\(capital) is not \(country)")
        }
    }

    @Test func placesAndBodiesNamedAfterACountryAreNotTheCountry() throws {
        let extractor = Extractor(lexicon: try Lexicon.builtIn())
        for (text, name) in [
            ("Police in Northern Ireland said 40 people were arrested.", "Northern Ireland"),
            ("Pirates in the Gulf of Guinea seized 12 sailors.", "Gulf of Guinea"),
            ("The Palestinian Authority said 30 people were killed.", "Palestinian Authority"),
        ] {
            let es = extractor.extract(article(text)).entities
            #expect(es.contains { $0.name == name }, "\(text)")
            #expect(!es.contains { $0.type == .country }, "\(text)")
        }
    }

    @Test func aUserFileAddsNamesAndCountedNouns() throws {
        let dir = try folder([
            "entities.tsv": "# mine\ncanonical\ttype\taliases\tdemonyms\trole\taffiliation\tdescription\nRed Crescent\torganization\tTRC\t\t\t\t\n",
            "counted-nouns.tsv": "noun\tkind\ngoat\tlivestock\n",
        ])
        let lexicon = try Lexicon.builtIn().overlaid(with: dir)
        let x = Extractor(lexicon: lexicon).extract(article("TRC said 300 goats died."))
        let c = try #require(x.claims.first { $0.quantity != nil })
        #expect(c.kind == "livestock")
        #expect(c.claimant?.entity.name == "Red Crescent")
    }

    @Test func aBadLineNamesFileAndLine() throws {
        let dir = try folder(["hedges.tsv": "# x\nphrase\tqualifier\nabout\tapproximately\nroughly  approximately\n"])
        #expect {
            try Lexicon.builtIn().overlaid(with: dir)
        } throws: { error in
            (error as? LexiconError)?.description == "hedges.tsv:4: expected 2 tab-separated columns (phrase, qualifier), found 1"
        }
        let bad = try folder(["hedges.tsv": "phrase\tqualifier\nabout\tsomewhat\n"])
        #expect {
            try Lexicon.builtIn().overlaid(with: bad)
        } throws: { error in
            (error as? LexiconError)?.description.hasPrefix("hedges.tsv:2: qualifier 'somewhat'") == true
        }
        // a file the extractor does not read is someone else's (the reader's boilerplate.tsv)
        let other = try folder(["boilerplate.tsv": "anything\there\n"])
        #expect(throws: Never.self) { try Lexicon.builtIn().overlaid(with: other) }
    }
}
