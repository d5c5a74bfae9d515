/// Character classes with an ASCII fast path: Unicode property look-ups are slow on Linux, and
/// almost every scalar of English news text is ASCII.
extension Unicode.Scalar {
    var isWhite: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }

    var isLetterOrDigit: Bool {
        if value < 0x80 {
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return properties.isAlphabetic || properties.numericType != nil
    }

    var isLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        return properties.isAlphabetic
    }

    var isUpper: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) }
        return properties.isUppercase
    }
}

extension UInt8 {
    /// ASCII space, tab, newline, vertical tab, form feed, carriage return.
    var isASCIIWhite: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
}
