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
    static func split(_ text: String) -> [TextLine] { lines(of: text).lines }

    /// The lines and their keys, in one pass over the text's UTF-8 bytes.
    static func lines(of text: String) -> (lines: [TextLine], keys: [LineKey]) {
        // `withUTF8` needs a variable of its own: the closure reads `text` to make substrings.
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            var lines: [TextLine] = []
            var keys: [LineKey] = []
            let utf8 = text.utf8
            var scalars = 0, lineStartScalar = 0, lineStartByte = 0
            var lineStartIndex = utf8.startIndex
            // `scalars` is passed in, not captured: a captured counter is kept in memory, and it changes per byte.
            func close(at byte: Int, scalars: Int) {
                let endIndex = utf8.index(lineStartIndex, offsetBy: byte - lineStartByte)
                lines.append(TextLine(start: lineStartScalar, end: scalars, text: text[lineStartIndex..<endIndex]))
                keys.append(LineKey(utf8: UnsafeBufferPointer(rebasing: bytes[lineStartByte..<byte])))
                lineStartIndex = endIndex
            }
            for i in 0..<bytes.count {
                let byte = bytes[i]
                if byte == 0x0A {
                    close(at: i, scalars: scalars)
                    lineStartIndex = utf8.index(after: lineStartIndex)
                    lineStartByte = i + 1
                    lineStartScalar = scalars + 1
                }
                // Count scalars: every byte but UTF-8 continuation bytes starts one.
                if byte & 0xC0 != 0x80 { scalars += 1 }
            }
            close(at: bytes.count, scalars: scalars)
            return (lines, keys)
        }
    }
}

/// A line reduced for comparison: ASCII lower-cased, white space collapsed, trimmed, markdown marks
/// and a trailing colon removed. `"## Related Articles:"` → `"related articles"`.
/// The key keeps the first ``maxKeyBytes`` bytes; word count, length and sentence end cover the whole line.
struct LineKey {
    static let maxKeyBytes = 512

    var key: String
    var wordCount: Int
    /// Bytes of the whole reduced line.
    var length: Int
    /// Whether the line ends a sentence: `.`, `!` or `?`, perhaps inside a closing quote or parenthesis.
    var endsSentence: Bool

    init(_ line: Substring) {
        var line = line
        self = line.withUTF8 { LineKey(utf8: $0) }
    }

    init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        func isMark(_ b: UInt8) -> Bool {
            b.isASCIIWhite || b == UInt8(ascii: "#") || b == UInt8(ascii: "*") || b == UInt8(ascii: "_")
                || b == UInt8(ascii: ">") || b == UInt8(ascii: "=")
        }
        var lo = 0, hi = bytes.count
        while hi > lo, isMark(bytes[hi - 1]) || bytes[hi - 1] == UInt8(ascii: ":") { hi -= 1 }
        while lo < hi, isMark(bytes[lo]) { lo += 1 }
        var words = 0, length = 0
        // Written straight into the key's storage: appending to an array per byte was most of reading a line.
        // At most `maxKeyBytes` bytes and the rest of a scalar are kept, never more than the line has.
        key = String(unsafeUninitializedCapacity: min(hi - lo, Self.maxKeyBytes + 4)) { out in
            // Locals, not the captured variables, which are read and written through memory on every byte.
            let maxKeyBytes = Self.maxKeyBytes
            var kept = 0, wordCount = 0, keyLength = 0, inWord = false, pendingSpace = false
            var k = lo
            while k < hi {
                let b = bytes[k]
                k += 1
                if b.isASCIIWhite {
                    inWord = false
                    pendingSpace = true
                    continue
                }
                if pendingSpace {
                    if keyLength < maxKeyBytes { out[kept] = 0x20; kept += 1 }
                    keyLength += 1
                    pendingSpace = false
                }
                if !inWord { wordCount += 1; inWord = true }
                // Cut the key only at the start of a scalar, so it stays valid UTF-8.
                if keyLength < maxKeyBytes || (b & 0xC0 == 0x80 && kept == keyLength && kept < out.count) {
                    out[kept] = (0x41...0x5A).contains(b) ? b | 0x20 : b
                    kept += 1
                }
                keyLength += 1
            }
            words = wordCount
            length = keyLength
            return kept
        }
        wordCount = words
        self.length = length
        // Step back over closing quotes and parentheses: `"`, `'`, `)`, `”` (E2 80 9D), `’` (E2 80 99).
        var end = hi
        while end > lo {
            let b = bytes[end - 1]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") {
                end -= 1
            } else if end - lo >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, b == 0x9D || b == 0x99 {
                end -= 3
            } else {
                break
            }
        }
        let last = end > lo ? bytes[end - 1] : 0
        endsSentence = last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
    }
}
