import ClaimKBIngest
import ClaimKBModel
import Foundation

/// Fixture files bundled with the tests, and articles built from them.
enum Fixtures {
    static var root: URL { Bundle.module.url(forResource: "Fixtures", withExtension: nil)! }

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    static func names(in folder: String, ext: String = "txt") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix("." + ext) }.sorted()
    }

    /// An article from a fixture file; `published` from a first line `Published: YYYY-MM-DD` if present.
    static func article(_ folder: String, _ file: String, published: String? = nil) throws -> Article {
        let text = try text("\(folder)/\(file)")
        var date = published
        if date == nil, let first = text.split(separator: "\n").first, first.hasPrefix("Published: ") {
            date = String(first.dropFirst("Published: ".count)).trimmingCharacters(in: .whitespaces)
        }
        let name = (file as NSString).deletingPathExtension
        return Article(name: name, published: date, text: text, contentHash: ContentHash.sha256Hex(text))
    }

    /// The seed articles as the reader would give them (004 carries its dateline's date).
    static func seeds() throws -> [Article] {
        try names(in: "seeds").map { name in
            try article("seeds", name, published: name.hasPrefix("004_") ? "2024-10-28" : nil)
        }
    }

    static func stories() throws -> [Article] {
        try names(in: "stories").map { try article("stories", $0) }
    }

    static let extractor: Extractor = {
        Extractor(lexicon: try! Lexicon.builtIn())
    }()
}

func article(_ text: String, published: String? = nil, name: String = "t") -> Article {
    Article(name: name, published: published, text: text, contentHash: ContentHash.sha256Hex(text))
}
