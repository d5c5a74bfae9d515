/// One word, number or punctuation mark of an article, located by Unicode scalar offsets.
///
///     "Korea’s 1,500 troops" → [Korea] [’s] [1,500] [troops]
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punct }

    var start: Int
    var end: Int
    /// The same bounds as UTF-8 offsets: slicing bytes is the fast way to make strings.
    var u8start: Int
    var u8end: Int
    var text: String
    /// Lower case, with typographic apostrophes made plain: the form lexicon lookups use.
    var lower: String
    var kind: Kind
    /// The one scalar the token is, as `text` compares (canonically: "\u{037E}" is ";"), or "\0" for a longer
    /// token. Rules test punctuation with it: comparing Strings per token was 10 % of extraction.
    var mark: Unicode.Scalar
    /// Whitespace separates it from the token before.
    var spaceBefore: Bool
    /// Line breaks in the whitespace before it.
    var newlines: Int
    /// Starts with an upper-case letter.
    var isCapitalized: Bool
    /// Two or more letters, all upper case ("NIS", "U.S.").
    var isAllCaps: Bool
    /// What the lexicon knows about its lower-case form, looked up once; nil for words it does not know.
    var info: WordInfo?
    var known: Bool { info != nil }

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    func `is`(_ s: String) -> Bool { lower == s }
}

/// Splits text into tokens in one pass over its Unicode scalars.
///
///     Tokenizer.tokenize(Array("U.S. troops".unicodeScalars)) → [U.S.] [troops]
///
/// Numbers keep their separators ("1,500", "1.2"); a possessive "’s" is its own token; initials joined by
/// periods ("U.S.") stay one word; everything else that is neither letter nor digit is a one-scalar token.
enum Tokenizer {
    static func tokenize(_ s: [Unicode.Scalar]) -> [Token] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.count)
        for c in s { UTF8.encode(c) { bytes.append($0) } }
        return tokenize(s, utf8: bytes)
    }

    /// `utf8` must be the UTF-8 encoding of `s`.
    static func tokenize(_ s: [Unicode.Scalar], utf8 bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 4)
        let n = s.count
        var u8 = 0  // UTF-8 offset of scalar `i`
        var u8At = 0  // scalar index u8 belongs to
        func advance(to k: Int) {
            while u8At < k { u8 += UTF8.width(s[u8At]); u8At += 1 }
        }
        var i = 0
        var space = true
        var newlines = 0
        while i < n {
            let c = s[i]
            if isSpace(c) {
                if c == "\n" { newlines += 1 }
                space = true
                i += 1
                continue
            }
            let start = i
            advance(to: start)
            let u8start = u8
            var kind = Token.Kind.punct
            if isDigit(c) {
                kind = .number
                i += 1
                while i < n {
                    if isDigit(s[i]) { i += 1; continue }
                    if (s[i] == "," || s[i] == "."), i + 1 < n, isDigit(s[i + 1]) { i += 2; continue }
                    break
                }
                // "3rd", "155mm", "17h25": letters glued to digits make a word, not a figure;
                // but "5bn", "540m" keep the number and split off the scale.
                if i < n, isLetter(s[i]) {
                    var j = i
                    while j < n, isLetter(s[j]) || isDigit(s[j]) { j += 1 }
                    let suffix = String(String.UnicodeScalarView(s[i..<j])).lowercased()
                    if suffix == "bn" || suffix == "m" || suffix == "mn" || suffix == "k" {
                        // leave the suffix for the next token
                    } else {
                        kind = .word
                        i = j
                    }
                }
            } else if isLetter(c) {
                kind = .word
                i += 1
                while i < n {
                    let d = s[i]
                    if isLetter(d) || isDigit(d) || isMark(d) { i += 1; continue }
                    if isApostrophe(d), i + 1 < n, isLetter(s[i + 1]) {
                        // possessive 's ends the word; "haven't", "N'Djamena" continue it
                        let sIsPossessive = (s[i + 1] == "s" || s[i + 1] == "S")
                            && (i + 2 >= n || !isLetter(s[i + 2]))
                        if sIsPossessive { break }
                        i += 2
                        continue
                    }
                    break
                }
                // Initials joined by periods: "U.S.", "U.K.", "e.g."
                if i - start == 1, i + 2 < n, s[i] == ".", isLetter(s[i + 1]), s[i + 2] == "." {
                    i += 1
                    while i + 1 < n, isLetter(s[i]), s[i + 1] == "." { i += 2 }
                }
            } else if isApostrophe(c), i + 1 < n, s[i + 1] == "s" || s[i + 1] == "S",
                      i + 2 >= n || !isLetter(s[i + 2]), !space {
                kind = .word
                i += 2
            } else {
                i += 1
            }
            advance(to: i)
            let u8end = u8
            // From a buffer, not an ArraySlice: the generic slice path cost more than the rest of the token.
            let text = bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[u8start..<u8end]), as: UTF8.self) }
            var lower = text
            var capitalized = false
            var allCaps = false
            if kind == .word {
                // as many bytes as scalars: ASCII
                lower = lowercased(text, s, start, i, ascii: u8end - u8start == i - start)
                capitalized = isUpper(s[start])
                var letters = 0
                allCaps = true
                for k in start..<i where isLetter(s[k]) {
                    letters += 1
                    if !isUpper(s[k]) { allCaps = false; break }
                }
                if letters < 2 { allCaps = false }
            } else if kind == .punct, isApostrophe(c) {
                lower = "'"
            }
            tokens.append(Token(start: start, end: i, u8start: u8start, u8end: u8end, text: text, lower: lower, kind: kind,
                                mark: i - start == 1 ? mark(c) : "\0",
                                spaceBefore: space || start == 0, newlines: newlines,
                                isCapitalized: capitalized, isAllCaps: allCaps))
            space = false
            newlines = 0
        }
        return tokens
    }

    /// The scalars of valid UTF-8 (a String's bytes): decoding the bytes the extractor copies anyway is cheaper
    /// than `Array(text.unicodeScalars)` (4 % of extraction).
    static func scalars(ofUTF8 bytes: [UInt8]) -> [Unicode.Scalar] {
        // At most one scalar per byte, written in place.
        [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
            let n = bytes.count
            var i = 0
            var written = 0
            while i < n {
                let lead = bytes[i]
                if lead < 0x80 {
                    out[written] = Unicode.Scalar(lead)
                    written += 1
                    i += 1
                    continue
                }
                let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                for k in 1..<width { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                out[written] = Unicode.Scalar(value)!
                written += 1
                i += width
            }
            count = written
        }
    }

    /// `Token.mark` of a one-scalar token.
    static func mark(_ c: Unicode.Scalar) -> Unicode.Scalar {
        if c.value < 0x80 { return c }
        return canonicalMarks[String(c)] ?? c
    }

    /// ASCII and the typographic marks the rules test for, keyed by their text: a dictionary of Strings finds
    /// canonical equivalents just as comparing the Strings did.
    private static let canonicalMarks: [String: Unicode.Scalar] = {
        var marks: [String: Unicode.Scalar] = [:]
        for v in UInt8(0x21)..<0x7F { marks[String(Unicode.Scalar(v))] = Unicode.Scalar(v) }
        for c in "“”‘’«»‹›…–—•●▪◦‣∙·■□►▶✓✔".unicodeScalars { marks[String(c)] = c }
        return marks
    }()

    /// Tokens of a lexicon phrase, lower case: the keys lookups compare with `Token.lower`.
    static func words(_ phrase: String) -> [String] {
        tokenize(Array(phrase.unicodeScalars)).map(\.lower)
    }

    private static func lowercased(_ text: String, _ s: [Unicode.Scalar], _ a: Int, _ b: Int, ascii: Bool) -> String {
        if ascii {
            var upper = false
            for k in a..<b where s[k].value &- 65 < 26 {
                upper = true
                break
            }
            if !upper { return text }
            // In place: a temporary [UInt8] cost an allocation per capitalised word.
            return String(unsafeUninitializedCapacity: b - a) { out in
                for k in a..<b {
                    let v = UInt8(s[k].value)
                    out[k - a] = v >= 65 && v <= 90 ? v + 32 : v
                }
                return b - a
            }
        }
        if text == "’s" || text == "’S" { return "'s" }
        var out = text.lowercased()
        if out.contains("’") { out = out.replacingOccurrences(of: "’", with: "'") }
        return out
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.value > 0x20, c.value < 0x7F { return false }  // printable ASCII, most scalars: one test, not thirteen
        return c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{00A0}" || c == "\u{2009}"
            || c == "\u{202F}" || c == "\u{200B}" || c == "\u{FEFF}" || c == "\u{0B}" || c == "\u{0C}"
            || c == "\u{2028}" || c == "\u{2029}" || (c.value >= 0x2000 && c.value <= 0x200A)
    }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return c.properties.isAlphabetic
    }
    static func isMark(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x300 && c.properties.generalCategory == .nonspacingMark
    }
    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v >= 65 && v <= 90 }
        return c.properties.isUppercase
    }
    static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "’" }
}

extension [Token] {
    /// The text of tokens `r`, cut from `utf8`, the UTF-8 of the text they were read from.
    func text(_ r: Range<Int>, utf8: [UInt8]) -> String {
        guard !r.isEmpty else { return "" }
        return String(decoding: utf8[self[r.lowerBound].u8start..<self[r.upperBound - 1].u8end], as: UTF8.self)
    }
}

extension Token {
    /// The text a lexicon phrase is compared with: lower case, one space between tokens.
    static func joinedLower(_ tokens: ArraySlice<Token>) -> String {
        tokens.map(\.lower).joined(separator: " ")
    }
}

extension UTF8 {
    /// Bytes needed to encode a scalar.
    static func width(_ c: Unicode.Scalar) -> Int {
        let v = c.value
        return v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
    }
}
