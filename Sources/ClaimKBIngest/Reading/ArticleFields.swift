/// The descriptive fields of an article as one input format gives them (front matter, meta tags,
/// header lines, a JSON record), before they become an ``Article``.
struct ArticleFields: Equatable, Sendable {
    var name: String?
    var title: String?
    var publisher: String?
    var url: String?
    /// Already normalised to `YYYY-MM-DD`.
    var published: String?
    var byline: String?

    /// Keeps what is set and takes the rest from `other`.
    func filling(from other: ArticleFields) -> ArticleFields {
        ArticleFields(
            name: name ?? other.name, title: title ?? other.title, publisher: publisher ?? other.publisher,
            url: url ?? other.url, published: published ?? other.published, byline: byline ?? other.byline)
    }

    /// Sets a field from a `key: value` pair of front matter, a header line or a JSON record.
    /// Returns false when the key names no field. Empty values are ignored.
    @discardableResult
    mutating func set(key: String, value rawValue: some StringProtocol) -> Bool {
        let value = rawValue.trimmingScalars()
        switch key.lowercased() {
        case "title", "headline":
            if title == nil, !value.isEmpty { title = value }
        case "name", "id", "slug":
            if name == nil, !value.isEmpty { name = value }
        case "publisher", "source", "site", "site_name", "outlet":
            if publisher == nil, !value.isEmpty { publisher = value }
        case "url", "link", "canonical", "permalink":
            if url == nil, !value.isEmpty { url = value }
        case "published", "date", "published_at", "publishedat", "pubdate", "date_published", "datepublished":
            if published == nil, let date = PublishedDate.normalize(value) { published = date }
        case "byline", "author", "authors", "by":
            if byline == nil, !value.isEmpty { byline = value }
        default:
            return false
        }
        return true
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (Unicode white space, not just ASCII).
    func trimmingScalars() -> String { Substring(String(self)).trimmingScalars() }

    /// Whether the text has at least one letter or digit.
    var hasLetterOrDigit: Bool {
        utf8.contains { $0 >= 0x80 || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || (0x30...0x39).contains($0) }
            && unicodeScalars.contains { $0.isLetterOrDigit }
    }
}

extension Substring {
    /// The text without leading and trailing white space (Unicode white space, not just ASCII).
    func trimmingScalars() -> String { String(trimmingScalars { $0.isWhite }) }

    /// The text without leading and trailing scalars that pass `isTrimmed`.
    func trimmingScalars(where isTrimmed: (Unicode.Scalar) -> Bool) -> Substring {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isTrimmed($0) })!
        return Substring(scalars[first...last])
    }
}
