import Foundation

/// The phrases that mark page furniture, read from `Lexicon/boilerplate.tsv` (see its header):
/// `related articles<TAB>line<TAB>rest` makes a "Related Articles" line and all after it boilerplate.
struct BoilerplateLexicon: Sendable {
    /// How much of the text a matching line marks.
    enum Scope: String, Sendable {
        /// The line alone.
        case line
        /// The line and the next non-empty line, if short (the headline after "Next Article").
        case next
        /// The line and everything after it, once article text came before.
        case rest
    }

    enum Match: String, Sendable {
        case line, prefix, start, contains, publisher
    }

    /// Prefix and contains rules only apply to lines this short, so article sentences are never cut.
    static let maxFurnitureWords = 25

    private(set) var wholeLines: [String: Scope] = [:]
    private(set) var prefixes: [(phrase: String, words: Int, scope: Scope)] = []
    private(set) var starts: [(phrase: String, words: Int, scope: Scope)] = []
    private(set) var fragments: [(phrase: String, words: Int, scope: Scope)] = []
    private(set) var publisherWords: Set<String> = []
    /// Lines longer than every whole-line phrase need no dictionary look-up.
    private(set) var wholeLinesMaxBytes = 0

    var isEmpty: Bool { wholeLines.isEmpty && prefixes.isEmpty && starts.isEmpty && fragments.isEmpty }

    init() {}

    /// Parses the TSV; a bad line throws a ``ReadError`` naming `file:line`.
    init(tsv: String, file: String = "boilerplate.tsv") throws {
        var sawHeader = false
        for (index, raw) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            if !sawHeader {
                sawHeader = true
                if columns.first == "phrase" { continue }
            }
            guard columns.count == 3, let match = Match(rawValue: String(columns[1])) else {
                throw ReadError("\(file):\(index + 1): expected 'phrase<TAB>line|prefix|start|contains|publisher<TAB>scope'")
            }
            let phraseKey = LineKey(columns[0])
            let phrase = phraseKey.key, words = phraseKey.wordCount
            guard !phrase.isEmpty else { throw ReadError("\(file):\(index + 1): empty phrase") }
            if match == .publisher {
                publisherWords.insert(phrase)
                continue
            }
            guard let scope = Scope(rawValue: String(columns[2])) else {
                throw ReadError("\(file):\(index + 1): scope must be line, next or rest")
            }
            switch match {
            case .line:
                wholeLines[phrase] = scope
                wholeLinesMaxBytes = max(wholeLinesMaxBytes, phrase.utf8.count)
            case .prefix: prefixes.append((phrase, words, scope))
            case .start: starts.append((phrase, words, scope))
            case .contains: fragments.append((phrase, words, scope))
            case .publisher: break
            }
        }
    }

    /// The rules shipped with the module.
    static let builtIn: BoilerplateLexicon = {
        guard let url = Bundle.module.url(forResource: "boilerplate", withExtension: "tsv", subdirectory: "Lexicon"),
              let text = try? String(contentsOf: url, encoding: .utf8),
              let lexicon = try? BoilerplateLexicon(tsv: text)
        else { return BoilerplateLexicon() }
        return lexicon
    }()

    /// These rules with `other`'s layered on top: a phrase in both takes `other`'s scope.
    func layered(with other: BoilerplateLexicon) -> BoilerplateLexicon {
        var merged = self
        merged.wholeLines.merge(other.wholeLines) { _, new in new }
        merged.wholeLinesMaxBytes = max(wholeLinesMaxBytes, other.wholeLinesMaxBytes)
        merged.prefixes = other.prefixes + prefixes
        merged.starts = other.starts + starts
        merged.fragments = other.fragments + fragments
        merged.publisherWords.formUnion(other.publisherWords)
        return merged
    }

    /// The scope of the first rule matching a line, if any.
    func classify(_ line: LineKey) -> Scope? {
        let key = line.key
        if key.isEmpty { return nil }
        if key.utf8.count <= wholeLinesMaxBytes, let scope = wholeLines[key] { return scope }
        let bytes = key.utf8
        for rule in starts where bytes.starts(with: rule.phrase.utf8) { return rule.scope }
        guard line.wordCount <= Self.maxFurnitureWords else { return nil }
        // A full sentence ("Copyright claims rose 20% last year.") only matches a specific phrase of
        // four words or more; a rule that cuts the rest only matches a heading-like line.
        let isSentence = line.wordCount >= 10 && line.endsSentence
        let isHeading = line.wordCount <= 8 && !line.endsSentence
        func applies(_ rule: (phrase: String, words: Int, scope: Scope)) -> Bool {
            (!isSentence || rule.words >= 4) && (rule.scope != .rest || isHeading)
        }
        for rule in prefixes where bytes.starts(with: rule.phrase.utf8) && applies(rule) {
            let rest = key.unicodeScalars.dropFirst(rule.phrase.unicodeScalars.count)
            if let next = rest.first, next.isLetter { continue }
            return rule.scope
        }
        for rule in fragments where applies(rule) && Self.contains(key, rule.phrase) { return rule.scope }
        return nil
    }

    /// Byte search, avoiding Foundation's `contains` (slow on Linux).
    static func contains(_ text: String, _ phrase: String) -> Bool {
        let hay = Array(text.utf8), needle = Array(phrase.utf8)
        guard let first = needle.first, needle.count <= hay.count else { return needle.isEmpty }
        var i = 0
        while i <= hay.count - needle.count {
            if hay[i] == first, hay[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// Whether a short line names a publisher: "ICARO Media Group", "The Korea Herald".
    func looksLikePublisher(_ line: LineKey) -> Bool {
        guard (1...6).contains(line.wordCount) else { return false }
        return line.key.split(separator: " ").contains { publisherWords.contains(String($0)) }
    }
}
