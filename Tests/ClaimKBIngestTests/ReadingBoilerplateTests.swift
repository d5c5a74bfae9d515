import ClaimKBModel
import Foundation
import Testing
@testable import ClaimKBIngest

/// The boilerplate rules: shipped as `Lexicon/boilerplate.tsv`, extendable by a user's file.
@Suite struct ReadingBoilerplateTests {
    @Test func theBuiltInRulesLoadFromTheBundledFile() {
        let lexicon = BoilerplateLexicon.builtIn
        #expect(!lexicon.isEmpty)
        #expect(lexicon.classify(LineKey("## Related Articles:")) == .rest)
        #expect(lexicon.classify(LineKey("Next Article")) == .next)
        #expect(lexicon.classify(LineKey("Subscribe to IRIA News")) == .line)
        #expect(lexicon.classify(LineKey("Subscribers get 3 free issues")) == nil)
        #expect(lexicon.looksLikePublisher(LineKey("ICARO Media Group")))
    }

    @Test func aBadLineIsAnErrorNamingFileAndLine() {
        #expect(throws: ReadError("mine.tsv:3: expected 'phrase<TAB>line|prefix|start|contains|publisher<TAB>scope'")) {
            try BoilerplateLexicon(tsv: "# comment\nphrase\tmatch\tscope\nsign in\teverywhere\tline\n", file: "mine.tsv")
        }
        #expect(throws: ReadError("mine.tsv:2: scope must be line, next or rest")) {
            try BoilerplateLexicon(tsv: "phrase\tmatch\tscope\nsign in\tline\tpage\n", file: "mine.tsv")
        }
    }

    @Test func aUserFileLayersRulesOverTheBuiltInOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimkb-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("phrase\tmatch\tscope\nsponsored content from\tprefix\tline\n".utf8)
            .write(to: folder.appendingPathComponent("boilerplate.tsv"))
        let reader = try ArticleReader(lexiconDirectory: folder)
        let text = "Title\n\nSponsored content from Acme\n\nThe council hired 40 teachers.\n\nCopyright 2024 Paper\n"
        let article = try reader.read(Data(text.utf8), name: "a.txt").articles[0]
        #expect(article.boilerplateCovers("Sponsored content from Acme"))
        #expect(article.boilerplateCovers("Copyright 2024 Paper"))
        let plain = try ArticleReader().read(Data(text.utf8), name: "a.txt").articles[0]
        #expect(!plain.boilerplateTouches("Sponsored content from Acme"))
    }

    @Test func lineKeysReduceMarksCaseAndSpaceAndKeepTheWholeLinesShape() {
        let key = LineKey("  ## Related   ARTICLES: ")
        #expect(key.key == "related articles" && key.wordCount == 2 && !key.endsSentence)
        #expect(LineKey("He said “it is over.”").endsSentence)
        #expect(LineKey("(Image Credit: KCNA)").endsSentence == false)
        let long = LineKey(Substring(String(repeating: "é", count: 300) + " and " + String(repeating: "word ", count: 100) + "end."))
        #expect(long.key.utf8.count <= LineKey.maxKeyBytes + 1)
        #expect(long.key.hasPrefix("éé"))
        #expect(long.wordCount == 103 && long.endsSentence && long.length > 1_000)
    }

    @Test func adjacentFurnitureLinesMergeIntoOneSpan() throws {
        let text = "Title\n\nThe council hired 40 teachers on Monday, the mayor said.\n\nShare\nTweet\n\nEmail\n"
        let article = try readText(text).articles[0]
        #expect(article.boilerplate.map { article.text.scalarSlice($0) } == ["Title", "Share\nTweet\n\nEmail"])
    }
}

/// Formats picked from file names and first bytes.
@Suite struct ReadingInputFormatTests {
    @Test(arguments: [
        ("a.txt", "Title\n\nBody", InputFormat.text), ("a", "Title", .text), ("a.MD", "x", .markdown),
        ("a.markdown", "x", .markdown), ("a.htm", "x", .html), ("a.HTML", "x", .html), ("a.txt", "  <!DOCTYPE html>", .html),
        ("page", "<html><body>", .html), ("a.jsonl", "x", .jsonl), ("a.ndjson", "x", .jsonl), ("stdin", "{\"a\": 1}", .jsonl),
        ("a.txt", "{not json", .text), (".hidden", "x", .text),
    ])
    func formatIsPickedByExtensionThenContent(name: String, text: String, expected: InputFormat) {
        #expect(InputFormat.detect(name: name, text: text) == expected)
    }

    @Test func stemsDropTheFolderAndTheLastExtension() {
        #expect(InputFormat.stem(of: "seeds/000_abc.txt") == "000_abc")
        #expect(InputFormat.stem(of: "a.b.html") == "a.b")
        #expect(InputFormat.stem(of: "stdin") == "stdin")
        #expect(InputFormat.stem(of: ".profile") == ".profile")
    }
}
