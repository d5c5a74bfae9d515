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
        let hasBody = lines.indices.contains { !covered[$0] && lines[$0].text.hasLetterOrDigit }
        if fields.title == nil, let first = lines.indices.first(where: { !covered[$0] && !keys[$0].key.isEmpty }) {
            fields.title = HeaderLines.titleFromParagraph(lines[first].text)
        }
        return TextLayout(
            fields: fields, boilerplate: BoilerplateMarks.spans(of: covered, lines: lines, keys: keys),
            hasBody: hasBody)
    }
}
