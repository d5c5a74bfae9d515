/// What a web page says about itself and its readable text.
struct HTMLDocument {
    /// The text of `<title>`.
    var title: String?
    /// `<meta>` contents by lower-cased `property`, `name` or `itemprop` (the first of each wins).
    var meta: [String: String] = [:]
    /// `<link rel="canonical" href>`.
    var canonical: String?
    /// The first `<time datetime>` outside `<head>`.
    var time: String?
    /// The readable text of the first `<article>` with text, else `<main>`, else the whole body:
    /// paragraphs separated by blank lines, white space collapsed, entities decoded.
    var text: String = ""
    /// The line of a tag, comment or quoted value left open at the end of the input.
    var unterminatedLine: Int?
}

/// Scans HTML on its UTF-8 bytes in one pass, without recursion (deep nesting cannot overflow the
/// stack) and without trusting the markup to be well formed: `<p>One<p>Two` reads as two paragraphs.
/// Script, style, navigation, header, footer, aside and form content is dropped.
enum HTMLText {
    static func parse(_ html: String) -> HTMLDocument {
        var html = html
        return html.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes)
            return scanner.run()
        }
    }

    /// Elements whose content is not text to read.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form",
        "iframe", "button", "select", "canvas", "object", "menu", "dialog",
    ]
    /// Elements whose content is not markup: the scanner jumps to their end tag.
    static let rawText: Set<String> = ["script", "style", "textarea", "xmp", "title", "plaintext"]
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    /// Block elements and the break they make: 2 = blank line (paragraph), 1 = new line.
    static let breaks: [String: Int] = [
        "p": 2, "div": 2, "h1": 2, "h2": 2, "h3": 2, "h4": 2, "h5": 2, "h6": 2, "article": 2, "section": 2,
        "main": 2, "blockquote": 2, "pre": 2, "ul": 2, "ol": 2, "dl": 2, "table": 2, "figure": 2,
        "figcaption": 2, "hr": 2, "address": 2, "details": 2, "summary": 2, "body": 2, "center": 2,
        "br": 1, "li": 1, "tr": 1, "dt": 1, "dd": 1, "caption": 1, "option": 1,
        "td": 0, "th": 0,
    ]

    /// Builds readable text: white space collapses to one space, breaks to one or two newlines.
    struct TextBuilder {
        var bytes: [UInt8] = []
        var pendingBreak = 0
        var pendingSpace = false
        var letters = 0

        mutating func space() { if !bytes.isEmpty { pendingSpace = true } }

        mutating func newline(_ level: Int) {
            guard !bytes.isEmpty else { return }
            if level == 0 { pendingSpace = true } else { pendingBreak = max(pendingBreak, level) }
        }

        mutating func append(_ byte: UInt8) {
            if pendingBreak > 0 {
                bytes.append(0x0A)
                if pendingBreak > 1 { bytes.append(0x0A) }
            } else if pendingSpace {
                bytes.append(0x20)
            }
            pendingBreak = 0
            pendingSpace = false
            if byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (0x30...0x39).contains(byte) {
                letters += 1
            }
            bytes.append(byte)
        }

        mutating func append(_ scalar: Unicode.Scalar) {
            if scalar.isWhite { space(); return }
            for unit in UTF8.encode(scalar)! { append(unit) }
        }

        var string: String { String(decoding: bytes, as: UTF8.self) }
    }

    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var document = HTMLDocument()
        var body = TextBuilder()
        var main = TextBuilder()
        var articles: [TextBuilder] = []
        var articleDepth = 0
        var mainDepth = 0
        var skip: [String] = []
        var inHead = false

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func run() -> HTMLDocument {
            let n = bytes.count
            var i = 0
            while i < n {
                let b = bytes[i]
                if b == UInt8(ascii: "<"), let next = tag(at: i) {
                    if next < 0 {
                        document.unterminatedLine = line(of: i)
                        break
                    }
                    i = next
                } else if b == UInt8(ascii: "&"), let (scalar, next) = HTMLEntities.decode(bytes, at: i) {
                    emit(scalar)
                    i = next
                } else if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0C || b == 0x0D {
                    emitSpace()
                    i += 1
                } else if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 {
                    emitSpace()
                    i += 2
                } else {
                    emit(b)
                    i += 1
                }
            }
            let article = articles.filter { $0.letters > 0 }.max { $0.letters < $1.letters }
            let chosen = article ?? (main.letters > 0 ? main : body)
            document.text = chosen.string
            return document
        }

        private var reading: Bool { skip.isEmpty && !inHead }

        private mutating func emit(_ byte: UInt8) {
            guard reading else { return }
            body.append(byte)
            if mainDepth > 0 { main.append(byte) }
            if articleDepth > 0 { articles[articles.count - 1].append(byte) }
        }

        private mutating func emit(_ scalar: Unicode.Scalar) {
            if scalar.isWhite { emitSpace(); return }
            for unit in UTF8.encode(scalar)! { emit(unit) }
        }

        private mutating func emitSpace() {
            guard reading else { return }
            body.space()
            if mainDepth > 0 { main.space() }
            if articleDepth > 0 { articles[articles.count - 1].space() }
        }

        private mutating func emitBreak(_ level: Int) {
            body.newline(level)
            main.newline(level)
            if !articles.isEmpty { articles[articles.count - 1].newline(level) }
        }

        private func line(of index: Int) -> Int {
            var count = 1
            for k in 0..<index where bytes[k] == 0x0A { count += 1 }
            return count
        }

        private func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

        /// First index of `needle` (ASCII, compared case-insensitively) at or after `from`.
        private func find(_ needle: [UInt8], from: Int) -> Int? {
            guard let first = needle.first, needle.count <= bytes.count else { return nil }
            var k = from
            let last = bytes.count - needle.count
            while k <= last {
                if bytes[k] | 0x20 == first | 0x20 {
                    var m = 1
                    while m < needle.count, bytes[k + m] | 0x20 == needle[m] | 0x20 { m += 1 }
                    if m == needle.count { return k }
                }
                k += 1
            }
            return nil
        }

        /// Handles the markup at `i` (a `<`). Returns the index after it, -1 when it is never closed,
        /// or nil when the `<` is plain text (`a < b`).
        private mutating func tag(at i: Int) -> Int? {
            let n = bytes.count
            guard i + 1 < n else { return nil }
            let c = bytes[i + 1]
            if c == UInt8(ascii: "!") || c == UInt8(ascii: "?") {
                if c == UInt8(ascii: "!"), i + 3 < n, bytes[i + 2] == UInt8(ascii: "-"), bytes[i + 3] == UInt8(ascii: "-") {
                    guard let end = find(Array("-->".utf8), from: i + 4) else { return -1 }
                    return end + 3
                }
                guard let end = find([UInt8(ascii: ">")], from: i + 2) else { return -1 }
                return end + 1
            }
            let isEnd = c == UInt8(ascii: "/")
            var j = isEnd ? i + 2 : i + 1
            guard j < n, isLetter(bytes[j]) else { return nil }
            let nameStart = j
            while j < n, isLetter(bytes[j]) || (0x30...0x39).contains(bytes[j]) || bytes[j] == UInt8(ascii: "-")
                || bytes[j] == UInt8(ascii: ":") { j += 1 }
            let name = lowercased(nameStart..<j)
            let wantsAttributes = !isEnd && (name == "meta" || name == "link" || name == "time")
            var attributes: [String: String] = [:]
            var selfClosing = false
            // Attributes, honouring quotes, up to the closing `>`.
            while true {
                while j < n, bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x09 || bytes[j] == 0x0D || bytes[j] == 0x0C {
                    j += 1
                }
                guard j < n else { return -1 }
                if bytes[j] == UInt8(ascii: ">") { j += 1; break }
                if bytes[j] == UInt8(ascii: "/") {
                    selfClosing = j + 1 < n && bytes[j + 1] == UInt8(ascii: ">")
                    j += 1
                    continue
                }
                let attrStart = j
                while j < n, !(bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x09 || bytes[j] == 0x0D
                    || bytes[j] == UInt8(ascii: "=") || bytes[j] == UInt8(ascii: ">") || bytes[j] == UInt8(ascii: "/")) {
                    j += 1
                }
                let attrEnd = j
                while j < n, bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x09 || bytes[j] == 0x0D { j += 1 }
                var valueRange = j..<j
                if j < n, bytes[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < n, bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x09 || bytes[j] == 0x0D { j += 1 }
                    guard j < n else { return -1 }
                    let quote = bytes[j]
                    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        guard let close = find([quote], from: j + 1) else { return -1 }
                        valueRange = (j + 1)..<close
                        j = close + 1
                    } else {
                        let start = j
                        while j < n, !(bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x09 || bytes[j] == 0x0D
                            || bytes[j] == UInt8(ascii: ">")) { j += 1 }
                        valueRange = start..<j
                    }
                }
                if wantsAttributes, attrStart < attrEnd {
                    let key = lowercased(attrStart..<attrEnd)
                    if attributes[key] == nil { attributes[key] = decoded(valueRange) }
                }
            }
            if isEnd {
                endTag(name)
                return j
            }
            return startTag(name, attributes: attributes, selfClosing: selfClosing, after: j)
        }

        private mutating func startTag(_ name: String, attributes: [String: String], selfClosing: Bool, after j: Int) -> Int {
            if HTMLText.rawText.contains(name) {
                let close = find(Array("</\(name)".utf8), from: j)
                if name == "title", document.title == nil {
                    let text = decoded(j..<(close ?? bytes.count))
                    if !text.isEmpty { document.title = text }
                } else if name == "textarea" || name == "xmp" || name == "plaintext", reading {
                    for k in j..<(close ?? bytes.count) { emit(bytes[k]) }
                }
                guard let close else { return bytes.count }
                return (find([UInt8(ascii: ">")], from: close).map { $0 + 1 }) ?? bytes.count
            }
            switch name {
            case "head": inHead = true
            case "body": inHead = false
            case "meta":
                if let key = attributes["property"] ?? attributes["name"] ?? attributes["itemprop"],
                   let content = attributes["content"], !content.isEmpty {
                    let key = key.lowercased()
                    if document.meta[key] == nil { document.meta[key] = content }
                }
            case "link":
                if document.canonical == nil, let rel = attributes["rel"], rel.lowercased().contains("canonical"),
                   let href = attributes["href"], !href.isEmpty {
                    document.canonical = href
                }
            case "time":
                if document.time == nil, !inHead, let datetime = attributes["datetime"] { document.time = datetime }
            case "article":
                if !selfClosing {
                    if articleDepth == 0 { articles.append(TextBuilder()) }
                    articleDepth += 1
                }
            case "main":
                if !selfClosing { mainDepth += 1 }
            default: break
            }
            if let level = HTMLText.breaks[name] {
                if inHead, level > 0 { inHead = false }
                emitBreak(level)
            }
            if HTMLText.dropped.contains(name), !selfClosing, !HTMLText.void.contains(name) { skip.append(name) }
            return j
        }

        private mutating func endTag(_ name: String) {
            switch name {
            case "head": inHead = false
            case "article":
                if articleDepth > 0 { articleDepth -= 1 }
            case "main":
                if mainDepth > 0 { mainDepth -= 1 }
            default: break
            }
            if let k = skip.lastIndex(of: name) { skip.removeSubrange(k...) }
            if let level = HTMLText.breaks[name] { emitBreak(level) }
        }

        /// An ASCII name, lower-cased; short names stay small strings, without allocating.
        private func lowercased(_ range: Range<Int>) -> String {
            let slice = UnsafeBufferPointer(rebasing: bytes[range])
            if !slice.contains(where: { (0x41...0x5A).contains($0) }) { return String(decoding: slice, as: UTF8.self) }
            return String(decoding: slice.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        }

        /// Text of a byte range with entities decoded and white space collapsed.
        private func decoded(_ range: Range<Int>) -> String {
            var out = TextBuilder()
            var k = range.lowerBound
            while k < range.upperBound {
                let b = bytes[k]
                if b == UInt8(ascii: "&"), let (scalar, next) = HTMLEntities.decode(bytes, at: k), next <= range.upperBound {
                    out.append(scalar)
                    k = next
                } else if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                    out.space()
                    k += 1
                } else {
                    out.append(b)
                    k += 1
                }
            }
            return out.string
        }
    }
}
