import ClaimKBModel
import Foundation

/// The knowledge the extractor uses, loaded from the TSV files in `Lexicon/`
/// (and optionally a user's folder layered over them).
///
///     let lexicon = try Lexicon.builtIn().overlaid(with: URL(fileURLWithPath: "my-lexicon"))
public struct Lexicon: Sendable {
    /// Each file the extractor reads, with its columns.
    static let files: [(name: String, columns: [String])] = [
        ("entities.tsv", ["canonical", "type", "aliases", "demonyms", "role", "affiliation", "description"]),
        ("titles.tsv", ["title", "kind"]),
        ("claim-verbs.tsv", ["verb", "polarity", "role"]),
        ("polarity-cues.tsv", ["phrase", "polarity"]),
        ("hedges.tsv", ["phrase", "qualifier"]),
        ("counted-nouns.tsv", ["noun", "kind"]),
        ("event-verbs.tsv", ["verb", "kind"]),
        ("vague-amounts.tsv", ["phrase", "low", "high"]),
        ("number-words.tsv", ["word", "value", "role"]),
        ("units.tsv", ["unit", "symbols", "words", "kind"]),
        ("planning-triggers.tsv", ["phrase"]),
        ("source-descriptions.tsv", ["phrase"]),
        ("figure-links.tsv", ["verb"]),
        ("calendar.tsv", ["word", "kind", "number"]),
        ("abbreviations.tsv", ["word"]),
        ("name-shapes.tsv", ["word", "shape", "type"]),
        ("group-nouns.tsv", ["noun", "resolves"]),
        ("descriptions.tsv", ["head", "type", "match"]),
        ("not-names.tsv", ["word", "kind"]),
    ]

    var tables: [String: LexiconTable]
    let compiled: CompiledLexicon

    init(tables: [String: LexiconTable]) throws {
        self.tables = tables
        self.compiled = try CompiledLexicon(tables)
    }

    /// An empty lexicon: the extractor finds nothing with it. Prefer `builtIn()`.
    public init() {
        var tables: [String: LexiconTable] = [:]
        for spec in Self.files {
            tables[spec.name] = LexiconTable(file: spec.name, columns: spec.columns, rows: [])
        }
        self.tables = tables
        // An empty set of tables always compiles.
        self.compiled = (try? CompiledLexicon(tables)) ?? CompiledLexicon.empty
    }

    /// The lexicon shipped with the module.
    public static func builtIn() throws -> Lexicon {
        guard let dir = Bundle.module.url(forResource: "Lexicon", withExtension: nil) else {
            throw LexiconError(file: "Lexicon", line: 0, message: "lexicon folder missing from the module bundle")
        }
        var tables: [String: LexiconTable] = [:]
        for spec in files {
            let url = dir.appendingPathComponent(spec.name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw LexiconError(file: spec.name, line: 0, message: "missing or not UTF-8")
            }
            tables[spec.name] = try LexiconTable.parse(text, file: spec.name, columns: spec.columns)
        }
        return try Lexicon(tables: tables)
    }

    /// This lexicon with the `.tsv` files of `directory` layered over it: their rows are added, and a row
    /// whose first column repeats a built-in one replaces it. A bad line throws, naming `file:line`.
    /// Files the extractor does not read (such as the reader's `boilerplate.tsv`) are left to their owners.
    public func overlaid(with directory: URL) throws -> Lexicon {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".tsv") }.sorted()
        var tables = self.tables
        for name in names {
            guard let spec = Self.files.first(where: { $0.name == name }) else { continue }
            let url = directory.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw LexiconError(file: name, line: 0, message: "cannot read as UTF-8 text")
            }
            let table = try LexiconTable.parse(text, file: name, columns: spec.columns)
            tables[name] = tables[name].map { $0.overlaid(with: table) } ?? table
        }
        return try Lexicon(tables: tables)
    }
}
