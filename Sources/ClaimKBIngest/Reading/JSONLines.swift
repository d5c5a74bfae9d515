import Foundation

/// One JSON object per line, one article per object:
///
///     {"title": "…", "text": "…", "url": "…", "published": "2024-10-28", "publisher": "…", "id": "a1"}
///
/// The text is `text`, else `body`, else `content` (HTML in it is read as a page's text is); the name is `name`, else `id`, else
/// `<file stem>-<line number>`. Blank lines are skipped. A bad line does not spoil the others: it
/// becomes an error `line N: …`, and the reader throws only when no line gave an article.
enum JSONLines {
    struct Record {
        var line: Int
        var fields: ArticleFields
        var text: String
    }

    static func records(in text: String) -> (records: [Record], errors: [ReadError]) {
        var records: [Record] = []
        var errors: [ReadError] = []
        var lineNumber = 0
        for bytes in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let line = Substring(bytes)
            lineNumber += 1
            guard line.utf8.contains(where: { !$0.isASCIIWhite }) else { continue }
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
                errors.append(ReadError("line \(lineNumber): not a JSON object"))
                continue
            }
            var fields = ArticleFields()
            for key in ["name", "id", "title", "headline", "url", "link", "published", "date", "datePublished",
                        "published_at", "publisher", "source", "byline", "author"] {
                if let value = string(object[key]) { fields.set(key: key, value: value) }
            }
            guard let body = ["text", "body", "content"].lazy.compactMap({ string(object[$0]) }).first,
                  body.hasLetterOrDigit
            else {
                errors.append(ReadError("line \(lineNumber): no article text"))
                continue
            }
            var text = TextDecoding.normalizingNewlines(body)
            if Self.isMarkup(text) {
                let document = HTMLText.parse(text)
                guard document.text.hasLetterOrDigit else {
                    errors.append(ReadError("line \(lineNumber): no article text"))
                    continue
                }
                text = document.text
            }
            records.append(Record(line: lineNumber, fields: fields, text: text))
        }
        return (records, errors)
    }

    /// Whether a record's text is HTML (`<p>…</p>`), to be read as a page's text is.
    static func isMarkup(_ text: String) -> Bool {
        guard text.utf8.first(where: { !$0.isASCIIWhite }) == UInt8(ascii: "<") else { return false }
        let head = String(decoding: text.utf8.prefix(4096), as: UTF8.self).lowercased()
        return ["</p>", "<br", "</div>", "<p>", "<p ", "</li>", "</h1>", "</h2>"].contains { BoilerplateLexicon.contains(head, $0) }
    }

    /// A string, or a number written as one (`"id": 17`); nil for anything else.
    private static func string(_ value: Any?) -> String? {
        switch value {
        case let s as String: return s.isEmpty ? nil : s
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }
}
