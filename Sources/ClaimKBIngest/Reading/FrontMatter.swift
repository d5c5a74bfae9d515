import Foundation

/// A `---` block of `key: value` lines at the top of a text or Markdown file:
///
///     ---
///     title: "Troops reach Kursk"
///     published: 2024-10-28
///     ---
///     Body…
///
/// Known keys fill the article's fields (title, name, url, publisher/source, published/date,
/// byline/author); others are ignored, as are indented or `- ` lines continuing a YAML list.
/// Errors name the file line: `front matter line 3: expected 'key: value'`.
struct FrontMatter {
    var fields: ArticleFields
    /// The text after the closing `---`, which becomes the stored text.
    var body: String

    /// Whether the text opens with a front-matter fence.
    static func starts(_ text: String) -> Bool {
        text.hasPrefix("---\n") || text == "---" || text.hasPrefix("--- \n")
    }

    init(_ text: String) throws {
        fields = ArticleFields()
        var lineNumber = 1
        var rest = text[...]
        // Skip the opening fence.
        if let newline = rest.utf8.firstIndex(of: 0x0A) { rest = rest[rest.index(after: newline)...] } else { rest = "" }
        while true {
            guard !rest.isEmpty else { throw ReadError("front matter line 1: '---' is never closed") }
            lineNumber += 1
            let newline = rest.utf8.firstIndex(of: 0x0A)
            let line = newline.map { rest[..<$0] } ?? rest
            rest = newline.map { rest[rest.index(after: $0)...] } ?? ""
            let trimmed = line.trimmingScalars()
            if trimmed == "---" || trimmed == "..." { break }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if let first = line.unicodeScalars.first, first == " " || first == "\t" || trimmed.hasPrefix("- ") {
                continue
            }
            guard let colon = line.utf8.firstIndex(of: UInt8(ascii: ":")), !line[..<colon].trimmingScalars().isEmpty else {
                throw ReadError("front matter line \(lineNumber): expected 'key: value'")
            }
            let key = line[..<colon].trimmingScalars()
            fields.set(key: key, value: Self.unquoted(line[line.index(after: colon)...].trimmingScalars()))
        }
        body = String(rest)
    }

    /// `"a \"b\""` → `a "b"`, `'it''s'` → `it's`; bare values unchanged.
    static func unquoted(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'"
        else { return value }
        let inner = value.dropFirst().dropLast()
        if first == "'" { return inner.replacingOccurrences(of: "''", with: "'") }
        var out = ""
        var escaped = false
        for c in inner {
            if escaped {
                switch c {
                case "n": out.append("\n")
                case "t": out.append("\t")
                default: out.append(c)
                }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return out
    }
}
