import ClaimKBModel
import Foundation
import Testing
@testable import ClaimKBIngest

/// Inputs that cannot be read get one-line errors; text that is not UTF-8 is read with a warning.
@Suite struct ReadingBadInputTests {
    @Test func emptyAndWhitespaceOnlyInputIsAnEmptyFile() {
        #expect(readError(Data()) == "empty file")
        #expect(readError(Data(" \n\t\r\n  \n".utf8)) == "empty file")
        #expect(readError(Data([0xEF, 0xBB, 0xBF, 0x0A])) == "empty file")
        #expect(readError(Data("\u{00A0}\u{2003}\n".utf8)) == "empty file")
    }

    @Test func nulBytesMeanABinaryFile() {
        #expect(readError(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])) == "binary file (NUL bytes)")
        var utf16 = Data([0xFF, 0xFE])
        utf16.append("Title".data(using: .utf16LittleEndian)!)
        #expect(readError(utf16) == "binary file (NUL bytes)")
    }

    @Test func inputOverTheLimitIsRefusedWithTheLimitInTheMessage() {
        let data = Data(String(repeating: "word ", count: 30).utf8)
        #expect(readError(data, options: ReadOptions(maxBytes: 100)) == "larger than the limit of 100 bytes (use --max-bytes)")
        #expect(readError(Data(count: 10 * 1024 * 1024 + 1)) == "larger than the limit of 10485760 bytes (use --max-bytes)")
    }

    @Test func windows1252IsReadWithAWarning() throws {
        var bytes = Array("Headline\n\nHe said ".utf8)
        bytes += [0x93] + Array("no".utf8) + [0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0xE9, 0x92, 0x85]
        let (articles, warnings) = try ArticleReader().read(Data(bytes), name: "old.txt")
        #expect(articles[0].text == "Headline\n\nHe said “no” – €5 é’…")
        #expect(warnings == ["not UTF-8; read as Windows-1252"])
    }

    @Test func utf8SequencesInOtherwiseWindows1252TextKeepTheirMeaning() throws {
        let bytes = Array("Café owners’ view\n\nPrices rose ".utf8) + [0x93, 0x35, 0x25, 0x94] + Array(" — é".utf8)
        let (articles, warnings) = try ArticleReader().read(Data(bytes), name: "mixed.txt")
        #expect(articles[0].text == "Café owners’ view\n\nPrices rose “5%” — é")
        #expect(warnings == ["not UTF-8; read as Windows-1252"])
    }

    @Test func everyWindows1252ByteDecodesToOneScalar() {
        let all = (UInt8(1)...UInt8(255)).map { $0 }
        let text = Windows1252.decode(all)
        #expect(text.unicodeScalars.count == 255)
        #expect(Windows1252.scalar(0x80) == "€" && Windows1252.scalar(0x9F) == "Ÿ" && Windows1252.scalar(0xFF) == "ÿ")
    }

    @Test func aByteOrderMarkIsStripped() throws {
        let (articles, warnings) = try ArticleReader().read(Data([0xEF, 0xBB, 0xBF] + Array("Title\n\nBody 1.".utf8)), name: "a.txt")
        #expect(articles[0].text == "Title\n\nBody 1.")
        #expect(articles[0].title == "Title")
        #expect(warnings.isEmpty)
    }

    @Test func randomAndMutatedInputNeverCrashesAndSpansStayInsideTheText() throws {
        var generator = SplitMix(seed: 42)
        let samples = try ["page.html", "brief.md", "wire.jsonl", "headers.txt", "001_f0a0f4931d3789de.txt"].map {
            try ReadingFixture.data($0)
        }
        let names = ["a.html", "a.md", "a.jsonl", "a.txt", "a"]
        var tried = 0
        for round in 0..<600 {
            var bytes = [UInt8](samples[round % samples.count])
            switch round % 4 {
            case 0: bytes = bytes.prefix(Int(generator.next() % UInt64(bytes.count + 1))).map { $0 }
            case 1:
                for _ in 0..<8 { bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next()) }
            case 2: bytes = (0..<Int(generator.next() % 300)).map { _ in UInt8(truncatingIfNeeded: generator.next() % 0x7F + 1) }
            default:
                let cut = Int(generator.next() % UInt64(bytes.count))
                bytes.insert(contentsOf: Array("<div>---\n{\"a\":<".utf8), at: cut)
            }
            for name in names {
                tried += 1
                if let (articles, _) = try? ArticleReader().read(Data(bytes), name: name) {
                    #expect(articles.allSatisfy { $0.boilerplateIsWellFormed })
                }
            }
        }
        #expect(tried == 3000)
    }
}

/// A small deterministic random number generator for reproducible fuzzing.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
