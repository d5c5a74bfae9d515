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
        let scalars = text.unicodeScalars
        var offset = 0, lineStart = 0
        var lineStartIndex = scalars.startIndex
        var i = scalars.startIndex
        while i != scalars.endIndex {
            let next = scalars.index(after: i)
            if scalars[i] == "\n" {
                lines.append(TextLine(start: lineStart, end: offset, text: text[lineStartIndex..<i]))
                lineStart = offset + 1
                lineStartIndex = next
            }
            offset += 1
            i = next
        }
        lines.append(TextLine(start: lineStart, end: offset, text: text[lineStartIndex..<scalars.endIndex]))
        return lines
    }
}

/// A line reduced for comparison: lower-cased, trimmed, markdown marks and a trailing colon removed.
/// `"## Related Articles:"` → `"related articles"`.
struct LineKey {
    var key: String
    var wordCount: Int

    init(_ line: Substring) {
        var scalars = Array(line.unicodeScalars)
        func isMark(_ s: Unicode.Scalar) -> Bool {
            s.properties.isWhitespace || s == "#" || s == "*" || s == "_" || s == ">" || s == "="
        }
        while let last = scalars.last, isMark(last) || last == ":" { scalars.removeLast() }
        var first = 0
        while first < scalars.count, isMark(scalars[first]) { first += 1 }
        var view = String.UnicodeScalarView()
        var words = 0, inWord = false, pendingSpace = false
        for s in scalars[first...] {
            if s.properties.isWhitespace {
                inWord = false
                pendingSpace = true
                continue
            }
            if pendingSpace { view.append(" "); pendingSpace = false }
            if !inWord { words += 1; inWord = true }
            if s.isASCII { view.append(("A"..."Z").contains(s) ? Unicode.Scalar(s.value + 32)! : s) } else {
                view.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
            }
        }
        key = String(view)
        wordCount = words
    }
}
