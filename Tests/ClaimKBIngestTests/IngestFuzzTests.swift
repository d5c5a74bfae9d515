import ClaimKBModel
import Foundation
import Testing
@testable import ClaimKBIngest

/// Thousands of generated and mutated inputs through the reader and the extractor: nothing
/// may crash, and nothing extracted may point outside the text it came from.
@Suite struct IngestFuzzTests {
    static let seeds: [Data] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? []
        return names.compactMap { try? Data(contentsOf: folder.appendingPathComponent($0)) }
    }()

    static let hostile = [
        "1,2,3,4", "999999999999999999999", "1e308", "-0", "$", "$.", "between 10,000 and", "up to",
        "nearly nearly nearly", "0.000000001 million", "10,000,000,000,000,000,000,000 troops",
        "según el NIS", "\u{202E}reversed", "e\u{301}\u{301}\u{301}", "👩‍👩‍👧‍👦 1,500 troops", "\r\n", "\u{0}", "\u{FEFF}",
        "According to", "said.", "(NIS", "NIS)", "“unterminated quote", "<div>", "</p>", "&amp;&#99999999;",
        "---\ntitle: x", "{\"title\": 1}", "several thousand thousand", "12,000-15,000", "10,000 to", "Mr.", "U.S.",
    ]

    /// One input: a seed mutated, truncated, or something made up from scratch.
    static func input(_ random: inout SplitMix) -> (name: String, data: Data) {
        let extensions = ["txt", "md", "html", "jsonl", "txt", "txt"]
        let name = "fuzz.\(random.pick(extensions))"
        var bytes: [UInt8]
        switch random.int(7) {
        case 0:  // random bytes
            bytes = (0..<random.int(2000)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        case 1:  // a seed cut anywhere, even inside a multi-byte character
            let seed = [UInt8](random.pick(seeds))
            bytes = Array(seed.prefix(random.int(seed.count + 1)))
        case 2:  // a seed with bytes flipped
            bytes = [UInt8](random.pick(seeds))
            for _ in 0..<(1 + random.int(20)) where !bytes.isEmpty {
                bytes[random.int(bytes.count)] = UInt8(truncatingIfNeeded: random.next())
            }
        case 3:  // a seed with hostile phrases spliced into it
            var text = String(decoding: random.pick(seeds), as: UTF8.self)
            for _ in 0..<(1 + random.int(12)) {
                let scalars = text.unicodeScalars
                let at = scalars.index(scalars.startIndex, offsetBy: random.int(scalars.count + 1))
                text.unicodeScalars.insert(contentsOf: (" " + random.pick(hostile) + " ").unicodeScalars, at: at)
            }
            bytes = Array(text.utf8)
        case 4:  // one very long line
            let word = random.pick(["troops ", "1,500 ", "NIS said ", "a", "North Korean "])
            bytes = Array(("Title\n\n" + String(repeating: word, count: 2_000 + random.int(8_000))).utf8)
        case 5:  // deep HTML
            let depth = 500 + random.int(5_000)
            bytes = Array(("<html><body>" + String(repeating: "<div><b>", count: depth)
                + "The NIS said 1,500 troops arrived." + String(repeating: "</b></div>", count: random.int(depth))).utf8)
        default:  // sentences built from hostile pieces
            let pieces = (0..<(5 + random.int(60))).map { _ in random.pick(hostile) }
            bytes = Array(("Headline\n\n" + pieces.joined(separator: random.pick([" ", ". ", "\n", ", "]))).utf8)
        }
        return (name, Data(bytes))
    }

    @Test func readerAndExtractorNeverCrashAndKeepSpansInsideTheText() throws {
        let reader = ArticleReader(options: ReadOptions(maxBytes: 1 << 20))
        let extractor = Extractor(lexicon: try Lexicon.builtIn())
        var random = SplitMix(seed: 20_241_028)  // a fixed seed: every run tries the same inputs
        let inputs = 3_000
        var articles = 0, claims = 0
        for _ in 0..<inputs {
            let (name, data) = Self.input(&random)
            guard let read = try? reader.read(data, name: name) else { continue }
            for article in read.articles {
                articles += 1
                let length = article.text.unicodeScalars.count
                let extraction = extractor.extract(article)
                for claim in extraction.claims {
                    claims += 1
                    #expect(claim.span.start >= 0 && claim.span.end <= length, "claim span outside the text")
                    #expect(claim.evidence == article.text.scalarSlice(claim.span), "evidence is not the span's text")
                    if let q = claim.quantity {
                        #expect(q.low.isFinite && q.high.isFinite && q.low <= q.high, "bad range \(q)")
                    }
                }
                for mention in extraction.mentions {
                    #expect(mention.span.start >= 0 && mention.span.end <= length, "mention span outside the text")
                }
                for span in article.boilerplate {
                    #expect(span.start >= 0 && span.end <= length, "boilerplate span outside the text")
                }
            }
        }
        // The inputs must reach the extractor, or the test proves nothing.
        #expect(articles > inputs / 3)
        print("fuzz: \(inputs) inputs, \(articles) articles read, \(claims) claims checked")
    }
}

extension SplitMix {
    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
}
