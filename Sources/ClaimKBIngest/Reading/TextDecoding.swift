import Foundation

/// Bytes → text: refuses empty and binary input, strips a UTF-8 byte-order mark, turns CRLF and CR
/// into LF, and reads bytes that are not UTF-8 as Windows-1252 (with a warning).
enum TextDecoding {
    static let windows1252Warning = "not UTF-8; read as Windows-1252"

    static func decode(_ data: Data) throws -> (text: String, warnings: [String]) {
        var bytes = [UInt8](data)
        if bytes.isEmpty { throw ReadError("empty file") }
        if bytes.prefix(8192).contains(0) { throw ReadError("binary file (NUL bytes)") }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.contains(0x0D) { bytes = normalizingNewlines(bytes) }
        var warnings: [String] = []
        let text: String
        if isValidUTF8(bytes) {
            text = String(decoding: bytes, as: UTF8.self)
        } else {
            text = Windows1252.decode(bytes)
            warnings.append(windows1252Warning)
        }
        if !text.unicodeScalars.contains(where: { !$0.isWhite }) { throw ReadError("empty file") }
        return (text, warnings)
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        // Pure ASCII is the common case and needs no decoding.
        if !bytes.contains(where: { $0 >= 0x80 }) { return true }
        let failed = transcode(
            bytes.makeIterator(), from: UTF8.self, to: UTF8.self, stoppingOnError: true, into: { _ in })
        return !failed
    }

    /// CRLF → LF, lone CR → LF.
    static func normalizingNewlines(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0D {
                out.append(0x0A)
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(b)
            }
            i += 1
        }
        return out
    }

    /// The same newline rule for text that is already decoded (a JSON string, say).
    static func normalizingNewlines(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        return String(decoding: normalizingNewlines(Array(text.utf8)), as: UTF8.self)
    }
}

/// The Windows-1252 code page: Latin-1 except for 0x80–0x9F, which hold typographic punctuation.
/// `0x93 0x94` → `“ ”`. Text that is not UTF-8 is read with it.
enum Windows1252 {
    /// Code points for 0x80…0x9F; the five unassigned bytes map to the C1 control of the same value.
    static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        if (0x80...0x9F).contains(byte) { return Unicode.Scalar(high[Int(byte) - 0x80])! }
        return Unicode.Scalar(byte)
    }

    /// Decodes bytes as Windows-1252. When well-formed UTF-8 sequences outnumber the bytes that are
    /// not UTF-8 (a UTF-8 file with a few stray `0x93` bytes), the sequences keep their meaning:
    /// the file keeps its `é` and `’` and gains a `“`.
    static func decode(_ bytes: [UInt8]) -> String {
        var sequences = 0, strays = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] < 0x80 {
                i += 1
            } else if let (_, length) = utf8Sequence(bytes, at: i) {
                sequences += 1
                i += length
            } else {
                strays += 1
                i += 1
            }
        }
        let keepUTF8 = sequences > strays
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        i = 0
        while i < bytes.count {
            let lead = bytes[i]
            if keepUTF8, lead >= 0xC2, let (value, length) = utf8Sequence(bytes, at: i) {
                scalars.append(Unicode.Scalar(value)!)
                i += length
            } else {
                scalars.append(scalar(lead))
                i += 1
            }
        }
        return String(scalars)
    }

    /// A well-formed UTF-8 sequence of two to four bytes at `i` (no overlongs, surrogates or values
    /// past U+10FFFF): its scalar value and length.
    static func utf8Sequence(_ bytes: [UInt8], at i: Int) -> (UInt32, Int)? {
        let lead = bytes[i]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard i + length <= bytes.count, (low...high).contains(bytes[i + 1]) else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length {
            let b = bytes[i + k]
            guard b & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(b & 0x3F)
        }
        return (value, length)
    }
}
