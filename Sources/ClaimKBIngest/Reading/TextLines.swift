import ClaimKBModel

/// One line of a text, located in Unicode scalars like every stored span.
struct TextLine {
    /// Scalar offset of the line's first scalar.
    var start: Int
    /// Scalar offset just past the line's last scalar (the newline is not part of the line).
    var end: Int
    var text: Substring

    var span: Span { Span(start: start, end: end) }
}

extension TextLine {
    /// Splits on LF (the reader has already turned CRLF and CR into LF). `"a\n\nb"` → `a`, ``, `b`.
    static func split(_ text: String) -> [TextLine] {
        var lines: [TextLine] = []
        let utf8 = text.utf8
        var offset = 0, lineStart = 0
        var lineStartIndex = utf8.startIndex
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let byte = utf8[i]
            let next = utf8.index(after: i)
            if byte == 0x0A {
                lines.append(TextLine(start: lineStart, end: offset, text: text[lineStartIndex..<i]))
                lineStart = offset + 1
                lineStartIndex = next
            }
            // Count scalars: every byte but UTF-8 continuation bytes starts one.
            if byte & 0xC0 != 0x80 { offset += 1 }
            i = next
        }
        lines.append(TextLine(start: lineStart, end: offset, text: text[lineStartIndex..<utf8.endIndex]))
        return lines
    }
}

/// A line reduced for comparison: ASCII lower-cased, white space collapsed, trimmed, markdown marks and a trailing colon removed.
/// `"## Related Articles:"` → `"related articles"`.
struct LineKey {
    var key: String
    var wordCount: Int

    init(_ line: Substring) {
        let bytes = Array(line.utf8)
        func isMark(_ b: UInt8) -> Bool {
            b.isASCIIWhite || b == UInt8(ascii: "#") || b == UInt8(ascii: "*") || b == UInt8(ascii: "_")
                || b == UInt8(ascii: ">") || b == UInt8(ascii: "=")
        }
        var lo = 0, hi = bytes.count
        while hi > lo, isMark(bytes[hi - 1]) || bytes[hi - 1] == UInt8(ascii: ":") { hi -= 1 }
        while lo < hi, isMark(bytes[lo]) { lo += 1 }
        var out: [UInt8] = []
        out.reserveCapacity(hi - lo)
        var words = 0, inWord = false, pendingSpace = false
        for b in bytes[lo..<hi] {
            if b.isASCIIWhite {
                inWord = false
                pendingSpace = true
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            if !inWord { words += 1; inWord = true }
            out.append((0x41...0x5A).contains(b) ? b | 0x20 : b)
        }
        key = String(decoding: out, as: UTF8.self)
        wordCount = words
    }
}
