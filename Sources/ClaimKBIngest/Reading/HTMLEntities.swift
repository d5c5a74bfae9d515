/// Character references in HTML text and attribute values: `&amp;` → `&`, `&#8217;` and `&#x2019;` → `’`,
/// `&nbsp;` → U+00A0. Unknown names are left as written.
enum HTMLEntities {
    /// Decodes the reference starting at `bytes[i]` (an `&`). Returns the scalar and the index just
    /// past the reference, or nil when there is none.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int)? {
        var j = i + 1
        guard j < bytes.count else { return nil }
        if bytes[j] == UInt8(ascii: "#") {
            j += 1
            var hex = false
            if j < bytes.count, bytes[j] | 0x20 == UInt8(ascii: "x") { hex = true; j += 1 }
            var value: UInt32 = 0, digits = 0
            while j < bytes.count, digits < 8 {
                let b = bytes[j]
                let digit: UInt32
                switch b {
                case 0x30...0x39: digit = UInt32(b - 0x30)
                case 0x61...0x66 where hex: digit = UInt32(b - 0x61 + 10)
                case 0x41...0x46 where hex: digit = UInt32(b - 0x41 + 10)
                default: digit = 99
                }
                if digit == 99 { break }
                value = value * (hex ? 16 : 10) + digit
                digits += 1
                j += 1
            }
            guard digits > 0 else { return nil }
            if j < bytes.count, bytes[j] == UInt8(ascii: ";") { j += 1 }
            // Browsers read 128–159 as Windows-1252, as pages written in that code page expect.
            if (0x80...0x9F).contains(value) { return (Windows1252.scalar(UInt8(value)), j) }
            return (Unicode.Scalar(value).flatMap { $0.value == 0 ? nil : $0 } ?? "\u{FFFD}", j)
        }
        var name: [UInt8] = []
        while j < bytes.count, name.count < 10 {
            let b = bytes[j]
            guard (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) else { break }
            name.append(b)
            j += 1
        }
        guard !name.isEmpty else { return nil }
        let key = String(decoding: name, as: UTF8.self)
        let terminated = j < bytes.count && bytes[j] == UInt8(ascii: ";")
        guard let value = named[key] else { return nil }
        if terminated { return (Unicode.Scalar(value)!, j + 1) }
        // A few old pages leave the semicolon off the commonest ones.
        return ["amp", "lt", "gt", "quot", "nbsp"].contains(key) ? (Unicode.Scalar(value)!, j) : nil
    }

    static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0,
        "ndash": 0x2013, "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A,
        "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "hellip": 0x2026, "bull": 0x2022,
        "middot": 0xB7, "laquo": 0xAB, "raquo": 0xBB, "lsaquo": 0x2039, "rsaquo": 0x203A,
        "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "deg": 0xB0, "plusmn": 0xB1, "times": 0xD7,
        "divide": 0xF7, "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE, "sect": 0xA7, "para": 0xB6,
        "euro": 0x20AC, "pound": 0xA3, "yen": 0xA5, "cent": 0xA2, "percnt": 0x25, "dollar": 0x24,
        "thinsp": 0x2009, "ensp": 0x2002, "emsp": 0x2003, "zwj": 0x200D, "zwnj": 0x200C, "shy": 0xAD,
        "prime": 0x2032, "Prime": 0x2033, "dagger": 0x2020, "Dagger": 0x2021, "iexcl": 0xA1, "iquest": 0xBF,
        "aacute": 0xE1, "eacute": 0xE9, "iacute": 0xED, "oacute": 0xF3, "uacute": 0xFA, "yacute": 0xFD,
        "Aacute": 0xC1, "Eacute": 0xC9, "Iacute": 0xCD, "Oacute": 0xD3, "Uacute": 0xDA,
        "agrave": 0xE0, "egrave": 0xE8, "igrave": 0xEC, "ograve": 0xF2, "ugrave": 0xF9,
        "Agrave": 0xC0, "Egrave": 0xC8,
        "acirc": 0xE2, "ecirc": 0xEA, "icirc": 0xEE, "ocirc": 0xF4, "ucirc": 0xFB,
        "auml": 0xE4, "euml": 0xEB, "iuml": 0xEF, "ouml": 0xF6, "uuml": 0xFC, "yuml": 0xFF,
        "Auml": 0xC4, "Ouml": 0xD6, "Uuml": 0xDC, "szlig": 0xDF,
        "atilde": 0xE3, "ntilde": 0xF1, "otilde": 0xF5, "Ntilde": 0xD1, "ccedil": 0xE7, "Ccedil": 0xC7,
        "aring": 0xE5, "Aring": 0xC5, "aelig": 0xE6, "AElig": 0xC6, "oslash": 0xF8, "Oslash": 0xD8,
        "scaron": 0x161, "Scaron": 0x160, "zcaron": 0x17E, "Zcaron": 0x17D,
    ]
}
