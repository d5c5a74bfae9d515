import Foundation
import ClaimKBModel

/// What the reader learns from an article's text: its fields, the spans of furniture, and whether
/// anything is left for the extractor.
struct TextLayout: Equatable {
    var fields: ArticleFields
    /// Header lines and page furniture, in order, never overlapping.
    var boilerplate: [Span]
    /// Whether some line with letters or digits is neither header nor furniture.
    var hasBody: Bool
}

/// Reads the layout of plain text (also the body of Markdown, the readable text of HTML and the
/// text of a JSON Lines record): title = first non-empty line that is not furniture, then header
/// lines, then boilerplate.
enum PlainTextReader {
    static func layout(of text: String, known: ArticleFields = ArticleFields(),
                       titleFromText: Bool = true, lexicon: BoilerplateLexicon = .builtIn) -> TextLayout {
        let (lines, keys) = TextLine.lines(of: text)
        let marks = BoilerplateMarks(lines: lines, keys: keys, lexicon: lexicon)
        var covered = marks.covered
        let headers = HeaderLines(
            lines: lines, keys: keys, end: marks.restFrom ?? lines.count, lexicon: lexicon, known: known,
            titleFromText: titleFromText, covered: &covered)
        var fields = headers.fields
        // A repeat of the title (a headline printed twice) is furniture too.
        if let title = fields.title {
            let titleKey = LineKey(Substring(title)).key
            var seen = 0
            for i in lines.indices where !keys[i].key.isEmpty {
                seen += 1
                if seen > HeaderLines.maxLines { break }
                if keys[i].key == titleKey { covered[i] = true }
            }
        }
        if fields.publisher == nil {
            fields.publisher = lines.indices.lazy.filter { covered[$0] }
                .compactMap { copyrightHolder(keys[$0].key, lines[$0].text) }.first
        }
        let hasBody = lines.indices.contains { !covered[$0] && lines[$0].text.hasLetterOrDigit }
        if fields.title == nil, let first = lines.indices.first(where: { !covered[$0] && !keys[$0].key.isEmpty }) {
            fields.title = HeaderLines.titleFromParagraph(lines[first].text)
        }
        return TextLayout(
            fields: fields, boilerplate: BoilerplateMarks.spans(of: covered, lines: lines, keys: keys),
            hasBody: hasBody)
    }

    /// The holder named by a copyright line: `Copyright © 2024 IRIA - International Relations` →
    /// `IRIA - International Relations`; `© 2024 Harbor Daily. All rights reserved.` → `Harbor Daily`.
    static func copyrightHolder(_ key: String, _ line: Substring) -> String? {
        guard key.hasPrefix("copyright") || key.hasPrefix("©") || key.hasPrefix("(c)") else { return nil }
        var text = line.trimmingScalars()[...]
        // Drop the leading "Copyright", "©", "(c)", years and punctuation.
        while true {
            let before = text
            text = Substring(text.trimmingScalars())
            for word in ["Copyright", "copyright", "COPYRIGHT", "©", "(c)", "(C)"] where text.hasPrefix(word) {
                text = text.dropFirst(word.count)
            }
            text = text.drop { $0.isNumber || $0 == "-" || $0 == "–" || $0 == "," || $0 == " " }
            if text == before { break }
        }
        if let end = text.range(of: "All rights reserved", options: .caseInsensitive) { text = text[..<end.lowerBound] }
        let holder = text.trimmingScalars().trimmingCharacters(in: CharacterSet(charactersIn: " .,|–-"))
        let words = holder.split(separator: " ").count
        guard (1...8).contains(words), holder.first?.isUppercase == true else { return nil }
        return holder
    }
}
