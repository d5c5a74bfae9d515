/// How an input is written, picked from its file extension and, when that says nothing, its first bytes:
/// `a.md` → markdown, `page` starting with `<!doctype html>` → html, stdin starting with `{` → jsonl.
enum InputFormat: String, Sendable {
    case text, markdown, html, jsonl

    static func detect(name: String, text: String) -> InputFormat {
        switch fileExtension(of: name) {
        case "md", "markdown", "mdown", "mkd": return .markdown
        case "html", "htm", "xhtml": return .html
        case "jsonl", "ndjson": return .jsonl
        case let ext:
            let head = text.utf8.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }.prefix(16)
            let lower = String(decoding: head.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
            if lower.hasPrefix("<!doctype") || lower.hasPrefix("<html") { return .html }
            if ext.isEmpty, lower.hasPrefix("{") { return .jsonl }
            return .text
        }
    }

    /// `"a/b.TXT"` → `"txt"`; `""` when the name has none (a leading dot does not start an extension).
    static func fileExtension(of name: String) -> String {
        let base = baseName(name)
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return "" }
        return base[base.index(after: dot)...].lowercased()
    }

    /// `"a/b.txt"` → `"b"`: the name an article gets from its file.
    static func stem(of name: String) -> String {
        let base = baseName(name)
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return String(base) }
        return String(base[..<dot])
    }

    private static func baseName(_ name: String) -> Substring {
        let trimmed = name.hasSuffix("/") ? Substring(name.dropLast()) : Substring(name)
        if let slash = trimmed.lastIndex(of: "/") { return trimmed[trimmed.index(after: slash)...] }
        return trimmed
    }
}
