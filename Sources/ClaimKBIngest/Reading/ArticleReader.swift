import ClaimKBModel
import Foundation

/// Why an input could not be read as an article. `description` is one line, without the file name
/// (the caller prefixes it).
public struct ReadError: Error, CustomStringConvertible, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// What the reader needs besides the bytes.
public struct ReadOptions: Sendable {
    /// Inputs larger than this are refused.
    public var maxBytes: Int
    /// `YYYY-MM-DD` used when an article carries no date of its own.
    public var defaultPublished: String?

    public init(maxBytes: Int = 10 * 1024 * 1024, defaultPublished: String? = nil) {
        self.maxBytes = maxBytes
        self.defaultPublished = defaultPublished
    }
}

/// Turns the bytes of one input (plain text, front matter, HTML, JSON Lines) into articles.
public struct ArticleReader: Sendable {
    public var options: ReadOptions

    public init(options: ReadOptions = ReadOptions()) {
        self.options = options
    }

    /// Reads one input. `name` is the file name (with extension), used to pick the format and to name
    /// the article; a JSON Lines input gives one article per line.
    /// Warnings (such as a Windows-1252 fallback) are returned beside the articles.
    public func read(_ data: Data, name: String) throws -> (articles: [Article], warnings: [String]) {
        guard data.count <= options.maxBytes else {
            throw ReadError("larger than \(options.maxBytes) bytes")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw ReadError("not UTF-8 text") }
        guard !text.allSatisfy(\.isWhitespace) else { throw ReadError("empty file") }
        let stem = (name as NSString).deletingPathExtension
        let title = text.split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) }.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let article = Article(
            name: (stem as NSString).lastPathComponent, title: title, published: options.defaultPublished,
            text: text, contentHash: ContentHash.sha256Hex(text))
        return ([article], [])
    }
}
