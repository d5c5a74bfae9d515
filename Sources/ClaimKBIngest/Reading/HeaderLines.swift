/// Reads the lines above an article's first paragraph: the title, `Source:` / `Published:` / `URL:`
/// fields, a `By …` byline, a dateline (`28/10/2024 17h25`), a publisher line ("ICARO Media Group"),
/// a tag line, a repeated title. Recognised lines become fields and are marked as furniture; short
/// lines in the same block as a recognised one (a section name such as "Politics") are marked too.
struct HeaderLines {
    /// Header lines are looked for among this many non-empty lines at most.
    static let maxLines = 12

    var fields: ArticleFields
    /// The line the title was taken from, if the text has one.
    var titleLine: Int?

    /// `known` holds fields given outside the text (front matter, meta tags, JSON); they win over
    /// header lines, and a first line equal to a known title is marked as the title line.
    /// With `titleFromText` false (HTML, JSON Lines, whose titles come from elsewhere), no line is
    /// taken as the title unless it repeats the known one.
    init(lines: [TextLine], keys: [LineKey], end: Int, lexicon: BoilerplateLexicon, known: ArticleFields,
         titleFromText: Bool, covered: inout [Bool]) {
        fields = known
        var recognised = Array(repeating: false, count: lines.count)
        var seen = 0
        var i = 0
        let titleKey = known.title.map { LineKey(Substring($0)).key }
        while i < end, seen < Self.maxLines {
            defer { i += 1 }
            let key = keys[i]
            if key.key.isEmpty { continue }
            seen += 1
            if covered[i] { continue }
            let line = lines[i].text
            if BoilerplateMarks.isTagLine(line) {
                covered[i] = true
                continue
            }
            if BoilerplateMarks.isProse(key) { break }
            if let titleKey, key.key == titleKey {
                covered[i] = true
                titleLine = titleLine ?? i
                continue
            }
            if readField(line) || readByline(line, key) || readURL(line) || readDateline(line)
                || readPublisher(line, key, lexicon) || readParts(line, lexicon) {
                covered[i] = true
                recognised[i] = true
                continue
            }
            if titleFromText, titleLine == nil, fields.title == nil {
                // A one- or two-word label ("World", "Breaking News") right above a longer headline is a section.
                if key.wordCount <= 2, i + 1 < end, case let next = i + 1, !keys[next].key.isEmpty, !covered[next], keys[next].wordCount >= 4, !BoilerplateMarks.isProse(keys[next]),
                   !keys[next].endsSentence {
                    covered[i] = true
                    continue
                }
                fields.title = Self.titleText(line)
                titleLine = i
                covered[i] = true
            }
        }
        Self.markBlocks(keys: keys, end: i, recognised: recognised, covered: &covered)
    }

    /// A line of header parts between separators, each of which is a header line on its own:
    /// `*October 7, 2024 — By Jane Doe*`, `Reuters | 28/10/2024 17h25`.
    private mutating func readParts(_ line: Substring, _ lexicon: BoilerplateLexicon) -> Bool {
        let text = line.trimmingScalars { $0.isWhite || $0 == "*" || $0 == "_" }
        let parts = Self.splitParts(text)
        guard parts.count > 1 else { return false }
        var trial = self
        for part in parts {
            let part = Substring(part.trimmingScalars())
            let key = LineKey(part)
            guard trial.readByline(part, key) || trial.readDateline(part) || trial.readURL(part)
                || trial.readPublisher(part, key, lexicon) || trial.readField(part)
            else { return false }
        }
        self = trial
        return true
    }

    /// Splits at a separator with a space on each side: `—`, `–`, `|`, `-`, `·`, `•`.
    static func splitParts(_ text: Substring) -> [Substring] {
        let scalars = text.unicodeScalars
        var parts: [Substring] = []
        var partStart = scalars.startIndex
        var i = scalars.startIndex
        var previous: Unicode.Scalar = "x"
        while i != scalars.endIndex {
            let scalar = scalars[i]
            let next = scalars.index(after: i)
            if previous == " ", "—–|-·•".unicodeScalars.contains(scalar), next != scalars.endIndex, scalars[next] == " " {
                parts.append(Substring(scalars[partStart..<scalars.index(before: i)]))
                partStart = scalars.index(after: next)
                i = partStart
                previous = " "
                continue
            }
            previous = scalar
            i = next
        }
        parts.append(Substring(scalars[partStart..<scalars.endIndex]))
        return parts.filter { !$0.isEmpty }
    }

    /// `Source: Reuters`, `Published: 28 October 2024`, `URL: https://…`, `Author: J. Doe`.
    private mutating func readField(_ line: Substring) -> Bool {
        guard let colon = line.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let key = line[..<colon].trimmingScalars().lowercased()
        guard !key.isEmpty, key.utf8.count <= 16, !key.utf8.contains(0x20) || key == "published on" else { return false }
        let value = line[line.index(after: colon)...]
        switch key {
        case "published on", "posted", "posted on": return fields.set(key: "published", value: value)
        case "updated", "modified", "last updated", "section", "category", "tags", "filed under": return true
        case "name", "id": return false
        default: return fields.set(key: key, value: value)
        }
    }

    /// `By Jane Doe and John Roe` (at most eight words, a capital after "By").
    private mutating func readByline(_ line: Substring, _ key: LineKey) -> Bool {
        guard key.wordCount >= 2, key.wordCount <= 8, key.key.hasPrefix("by ") else { return false }
        let text = line.trimmingScalars { $0.isWhite || $0 == "*" || $0 == "_" }
        let name = text.dropFirst(2).trimmingScalars()
        guard let first = name.unicodeScalars.first, first.isUpper else { return false }
        if fields.byline == nil { fields.byline = name }
        return true
    }

    /// A bare `https://…` line.
    private mutating func readURL(_ line: Substring) -> Bool {
        let text = line.trimmingScalars()
        guard text.hasPrefix("http://") || text.hasPrefix("https://"), !text.utf8.contains(0x20) else { return false }
        if fields.url == nil { fields.url = text }
        return true
    }

    /// `28/10/2024 17h25`, `Monday, October 28, 2024`.
    private mutating func readDateline(_ line: Substring) -> Bool {
        guard line.utf8.count <= 80, line.utf8.contains(where: { (0x30...0x39).contains($0) }),
              let date = PublishedDate.dateLine(line) else { return false }
        if fields.published == nil { fields.published = date }
        return true
    }

    /// "ICARO Media Group": a short line in title case with a publisher word and no sentence punctuation.
    private mutating func readPublisher(_ line: Substring, _ key: LineKey, _ lexicon: BoilerplateLexicon) -> Bool {
        guard fields.publisher == nil, lexicon.looksLikePublisher(key), !key.endsSentence,
              Self.isTitleCase(line)
        else { return false }
        fields.publisher = line.trimmingScalars()
        return true
    }

    /// Short lines (a section name, a time) next to a recognised header line, in one block of
    /// consecutive non-empty lines, are furniture too.
    private static func markBlocks(keys: [LineKey], end: Int, recognised: [Bool], covered: inout [Bool]) {
        var blockStart = 0
        var k = 0
        while k <= end, k <= keys.count {
            if k == end || k == keys.count || keys[k].key.isEmpty {
                if blockStart < k, (blockStart..<k).contains(where: { recognised[$0] }) {
                    for j in blockStart..<k where keys[j].wordCount <= 4 && !keys[j].endsSentence {
                        covered[j] = true
                    }
                }
                blockStart = k + 1
            }
            k += 1
        }
    }

    /// Every word capitalised, but for small joining words: "The Korea Herald", "Voice of America".
    static func isTitleCase(_ line: Substring) -> Bool {
        let small: Set<Substring> = ["of", "the", "and", "for", "&", "-", "–", "|", "on", "in", "de", "la"]
        return line.split(separator: " ").allSatisfy { word in
            guard let first = word.unicodeScalars.first(where: { $0 != "*" && $0 != "_" }) else { return true }
            return first.isUpper || !first.isLetter || small.contains(word)
        } && line.unicodeScalars.first(where: { !$0.isWhite && $0 != "*" && $0 != "_" })?.isUpper == true
    }

    /// The title as written, without markdown marks: `# **Title**` → `Title`.
    static func titleText(_ line: Substring) -> String {
        String(line.trimmingScalars { $0.isWhite || $0 == "#" || $0 == "*" || $0 == "_" || $0 == "=" })
    }

    /// A title for text that opens with a paragraph: its first sentence, at most 120 scalars.
    static func titleFromParagraph(_ line: Substring) -> String {
        let text = line.trimmingScalars()
        var sentence = String.UnicodeScalarView()
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if scalar == " ", previous == "." || previous == "!" || previous == "?" { break }
            sentence.append(scalar)
            previous = scalar
        }
        guard sentence.count > 120 else { return String(sentence) }
        let cut = sentence.prefix(120)
        let words = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(String.UnicodeScalarView(words)) + "…"
    }
}
