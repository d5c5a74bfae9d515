import ClaimKBModel
import Foundation

/// A malformed lexicon file or line. `description` names the place: `hedges.tsv:12: …`.
public struct LexiconError: Error, CustomStringConvertible, Equatable, Sendable {
    public var file: String
    /// 1-based line number; 0 when the error is about the whole file.
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

/// One TSV lexicon file: `#` comment lines, a header row, then rows of tab-separated columns.
///
///     # hedges.tsv: …
///     phrase	qualifier
///     about|around	approximately
struct LexiconTable: Sendable {
    struct Row: Sendable {
        var fields: [String]
        var file: String
        var line: Int

        subscript(_ i: Int) -> String { i < fields.count ? fields[i] : "" }

        /// The `|`-separated alternatives of a column, trimmed, empty ones dropped.
        func alternatives(_ i: Int) -> [String] {
            self[i].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }

        func error(_ message: String) -> LexiconError { LexiconError(file: file, line: line, message: message) }
    }

    var file: String
    var columns: [String]
    var rows: [Row]

    /// Parses a file, checking its header against `columns` and each row's number of fields.
    static func parse(_ text: String, file: String, columns: [String]) throws -> LexiconTable {
        var rows: [Row] = []
        var sawHeader = false
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if !sawHeader {
                sawHeader = true
                let header = fields.map { $0.trimmingCharacters(in: .whitespaces) }
                guard header == columns else {
                    throw LexiconError(
                        file: file, line: lineNumber,
                        message: "header is '\(header.joined(separator: " "))', expected '\(columns.joined(separator: " "))' (tab-separated)")
                }
                continue
            }
            guard fields.count == columns.count else {
                throw LexiconError(
                    file: file, line: lineNumber,
                    message: "expected \(columns.count) tab-separated columns (\(columns.joined(separator: ", "))), found \(fields.count)")
            }
            guard !fields[0].trimmingCharacters(in: .whitespaces).isEmpty else {
                throw LexiconError(file: file, line: lineNumber, message: "empty \(columns[0])")
            }
            rows.append(Row(fields: fields.map { $0.trimmingCharacters(in: .whitespaces) }, file: file, line: lineNumber))
        }
        guard sawHeader else {
            throw LexiconError(file: file, line: 0, message: "no header row (expected '\(columns.joined(separator: " "))')")
        }
        return LexiconTable(file: file, columns: columns, rows: rows)
    }

    /// This table with `other`'s rows layered over it: a row whose first column repeats one of ours replaces it.
    func overlaid(with other: LexiconTable) -> LexiconTable {
        let replaced = Set(other.rows.map { $0[0].lowercased() })
        var merged = rows.filter { !replaced.contains($0[0].lowercased()) }
        merged.append(contentsOf: other.rows)
        return LexiconTable(file: file, columns: columns, rows: merged)
    }
}

/// Derives the regular forms that lexicon files leave out.
enum Inflection {
    /// "report" → report, reports, reported, reporting; "deny" → denies, denied, denying.
    static func verbForms(_ lemma: String) -> [String] {
        let w = lemma.lowercased()
        guard let last = w.last, w.count > 1 else { return [w] }
        var out = [w]
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let beforeLast = w.dropLast().last ?? "a"
        if last == "y", !vowels.contains(beforeLast) {
            let stem = String(w.dropLast())
            out += [stem + "ies", stem + "ied", w + "ing"]
        } else if last == "e" {
            let stem = String(w.dropLast())
            out += [w + "s", w + "d", (w.hasSuffix("ee") ? w : stem) + "ing"]
        } else {
            let sibilant = w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("z") || w.hasSuffix("ch") || w.hasSuffix("sh")
            out.append(w + (sibilant ? "es" : "s"))
            out += [w + "ed", w + "ing"]
            // consonant-vowel-consonant: plan → planned, planning
            let chars = Array(w)
            if chars.count >= 3, !vowels.contains(last), last != "w", last != "x", last != "y",
               vowels.contains(chars[chars.count - 2]), !vowels.contains(chars[chars.count - 3]) {
                out += [w + String(last) + "ed", w + String(last) + "ing"]
            }
        }
        return out
    }

    /// "soldier" → soldier, soldiers; "casualty" → casualties; "bus" → buses.
    static func nounForms(_ lemma: String) -> [String] {
        let w = lemma.lowercased()
        guard let last = w.last, w.count > 1 else { return [w] }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if last == "y", let b = w.dropLast().last, !vowels.contains(b) { return [w, String(w.dropLast()) + "ies"] }
        if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("z") || w.hasSuffix("ch") || w.hasSuffix("sh") {
            return [w, w + "es"]
        }
        return [w, w + "s"]
    }

    /// Applies `forms` to the first word of a phrase ("plan to" → plans to, planned to …).
    static func firstWord(_ phrase: String, _ forms: (String) -> [String]) -> [String] {
        var words = phrase.split(separator: " ").map(String.init)
        guard let first = words.first else { return [] }
        return forms(first).map { f in words[0] = f; return words.joined(separator: " ") }
    }

    /// Applies `forms` to the last word of a phrase ("artillery shell" → artillery shells).
    static func lastWord(_ phrase: String, _ forms: (String) -> [String]) -> [String] {
        var words = phrase.split(separator: " ").map(String.init)
        guard let last = words.last else { return [] }
        return forms(last).map { f in words[words.count - 1] = f; return words.joined(separator: " ") }
    }
}

/// What the lexicon knows about one lower-case word, computed once per token so rules test bits, not strings.
struct WordInfo: Sendable {
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        static let function = Flags(rawValue: 1 << 0)
        static let connector = Flags(rawValue: 1 << 1)
        static let figureLink = Flags(rawValue: 1 << 2)
        static let locative = Flags(rawValue: 1 << 3)
        static let preposition = Flags(rawValue: 1 << 4)
        static let abbreviation = Flags(rawValue: 1 << 5)
    }
    var flags: Flags = []
    /// Dense number of the word in the vocabulary: phrase indexes are arrays indexed by it.
    var id: Int32 = -1
    /// One bit per phrase index that has a phrase starting with this word.
    var phraseStarts: UInt32 = 0
    var verb: CompiledLexicon.VerbInfo?
    var month: Int8 = 0
    var weekday: Int8 = 0
    var numberWord: CompiledLexicon.NumberWord?
    var suffix: EntityType?
}

/// Lexicon phrases indexed by their first token, longest first: finds the longest phrase starting at a token.
struct PhraseIndex<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var words: [String]
        var value: Value
    }
    private(set) var byFirst: [String: [Entry]] = [:]
    /// This index's bit in `WordInfo.phraseStarts`.
    var bit: UInt32 = 0
    struct IdEntry: Sendable {
        var ids: [Int32]
        var value: Value
    }
    /// `byFirst` by word id, once the vocabulary is known: lookups without hashing.
    private(set) var byId: [[IdEntry]] = []

    mutating func index(by vocabulary: [String: WordInfo]) {
        byId = Array(repeating: [], count: vocabulary.count)
        for (first, list) in byFirst {
            guard let firstId = vocabulary[first]?.id else { continue }
            byId[Int(firstId)] = list.map { e in IdEntry(ids: e.words.map { vocabulary[$0]?.id ?? -2 }, value: e.value) }
        }
    }
    var firstWords: Dictionary<String, [Entry]>.Keys { byFirst.keys }
    /// Every word of every phrase: all need ids for matching by id.
    var allWords: Set<String> { Set(byFirst.values.flatMap { $0.flatMap(\.words) }) }

    mutating func insert(_ phrase: String, _ value: Value) {
        let words = Tokenizer.words(phrase)
        guard let first = words.first else { return }
        var list = byFirst[first, default: []]
        list.removeAll { $0.words == words }
        list.append(Entry(words: words, value: value))
        list.sort { $0.words.count > $1.words.count }
        byFirst[first] = list
    }

    /// Whether some phrase may start with the token: the lexicon knows its word, and the word starts a phrase here.
    func mayStart(_ info: WordInfo?) -> Bool {
        guard let info else { return false }
        return bit == 0 || info.phraseStarts & bit != 0
    }

    /// The tokens from `i` on are the phrase's words (its first word is already known to match).
    private static func follows(_ entry: IdEntry, _ tokens: [Token], at i: Int) -> Bool {
        var k = 1
        while k < entry.ids.count {
            if tokens[i + k].info?.id != entry.ids[k] { return false }
            k += 1
        }
        return true
    }

    private static func follows(_ entry: Entry, _ tokens: [Token], at i: Int) -> Bool {
        entry.words.indices.allSatisfy { tokens[i + $0].lower == entry.words[$0] }
    }

    /// The longest phrase whose tokens are `tokens[i…]` (compared lower case), not running past `end`.
    func match(_ tokens: [Token], at i: Int, end: Int) -> (length: Int, value: Value)? {
        guard i < end, let info = tokens[i].info, mayStart(info) else { return nil }
        if !byId.isEmpty, info.id >= 0 {
            for entry in byId[Int(info.id)] where i + entry.ids.count <= end && Self.follows(entry, tokens, at: i) {
                return (entry.ids.count, entry.value)
            }
            return nil
        }
        guard let list = byFirst[tokens[i].lower] else { return nil }
        for entry in list where i + entry.words.count <= end && Self.follows(entry, tokens, at: i) {
            return (entry.words.count, entry.value)
        }
        return nil
    }

    /// Every phrase starting at `i`, longest first.
    func matches(_ tokens: [Token], at i: Int, end: Int) -> [(length: Int, value: Value)] {
        guard i < end, let info = tokens[i].info, mayStart(info) else { return [] }
        if !byId.isEmpty, info.id >= 0 {
            var out: [(length: Int, value: Value)] = []
            for entry in byId[Int(info.id)] where i + entry.ids.count <= end && Self.follows(entry, tokens, at: i) {
                out.append((entry.ids.count, entry.value))
            }
            return out
        }
        guard let list = byFirst[tokens[i].lower] else { return [] }
        var out: [(length: Int, value: Value)] = []
        for entry in list where i + entry.words.count <= end && Self.follows(entry, tokens, at: i) {
            out.append((entry.words.count, entry.value))
        }
        return out
    }

    /// A phrase that ends just before token `end` (and starts at or after `floor`): for hedges before a figure.
    func matchEnding(_ tokens: [Token], before end: Int, floor: Int, maxLength: Int = 5) -> (length: Int, value: Value)? {
        var best: (length: Int, value: Value)?
        var len = 1
        while len <= maxLength, end - len >= floor {
            if let m = match(tokens, at: end - len, end: end), m.length == len { best = m }
            len += 1
        }
        return best
    }
}
