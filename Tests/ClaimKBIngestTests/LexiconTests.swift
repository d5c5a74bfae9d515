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
