import ClaimKBModel
import Foundation
import Testing
@testable import ClaimKBIngest

/// Fixture files under `Fixtures/reading` and helpers to ask what an article's boilerplate covers.
enum ReadingFixture {
    static func url(_ file: String) throws -> URL {
        let stem = (file as NSString).deletingPathExtension, ext = (file as NSString).pathExtension
        return try #require(Bundle.module.url(forResource: stem, withExtension: ext, subdirectory: "Fixtures/reading"))
    }

    static func data(_ file: String) throws -> Data { try Data(contentsOf: url(file)) }

    /// Reads a fixture that holds one article.
    static func article(_ file: String, options: ReadOptions = ReadOptions()) throws -> Article {
        let (articles, _) = try ArticleReader(options: options).read(data(file), name: file)
        return try #require(articles.count == 1 ? articles[0] : nil)
    }
}

/// Reads text given inline, as a file named `name`.
func readText(_ text: String, name: String = "inline.txt", options: ReadOptions = ReadOptions())
    throws -> (articles: [Article], warnings: [String])
{
    try ArticleReader(options: options).read(Data(text.utf8), name: name)
}

/// The error message reading `data` throws, or nil when it reads.
func readError(_ data: Data, name: String = "inline.txt", options: ReadOptions = ReadOptions()) -> String? {
    do {
        _ = try ArticleReader(options: options).read(data, name: name)
        return nil
    } catch {
        return "\(error)"
    }
}

extension Article {
    /// The scalar span of the first occurrence of `phrase` in the text.
    func span(of phrase: String) -> Span? {
        guard let range = text.range(of: phrase) else { return nil }
        let start = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
        return Span(start: start, end: start + phrase.unicodeScalars.count)
    }

    /// Whether the first occurrence of `phrase` lies wholly inside one boilerplate span.
    func boilerplateCovers(_ phrase: String) -> Bool {
        guard let span = span(of: phrase) else { return false }
        return boilerplate.contains { $0.contains(span) }
    }

    /// Whether any boilerplate span overlaps the first occurrence of `phrase`.
    func boilerplateTouches(_ phrase: String) -> Bool {
        guard let span = span(of: phrase) else { return false }
        return boilerplate.contains { $0.start < span.end && span.start < $0.end }
    }

    /// Every boilerplate span lies inside the text and they come in order without overlapping.
    var boilerplateIsWellFormed: Bool {
        let count = text.unicodeScalars.count
        var previousEnd = 0
        for span in boilerplate {
            guard span.start >= previousEnd, span.start < span.end, span.end <= count else { return false }
            previousEnd = span.end
        }
        return true
    }
}
