import Foundation

/// The vocabulary's words as ASCII bytes in an open-addressing hash table: looking a token up costs a
/// byte hash and a byte compare, where `[String: WordInfo]` hashed a `String` (7 % of extraction).
///
/// Gives exactly what the dictionary gives for an ASCII word: it holds every key equal (as a `String`,
/// that is canonically) to some ASCII text, under that text.
struct ASCIIWordTable: Sendable {
    private var slots: [Int32] = []  // index into `values`, -1 when empty
    private var keyBytes: [UInt8] = []
    private var keyStart: [Int32] = []
    private var keyEnd: [Int32] = []
    private var values: [WordInfo] = []
    private var mask = 0

    init() {}

    init(_ vocabulary: [String: WordInfo]) {
        var entries: [([UInt8], WordInfo)] = []
        for (word, info) in vocabulary {
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                entries.append((Array(word.utf8), info))
            } else {
                // A key written with other scalars may still equal ASCII text ("\u{212A}" is "K").
                let composed = word.precomposedStringWithCanonicalMapping
                if composed.utf8.allSatisfy({ $0 < 0x80 }), composed == word {
                    entries.append((Array(composed.utf8), info))
                }
            }
        }
        var capacity = 16
        while capacity < entries.count * 4 { capacity <<= 1 }  // most tokens miss: keep probe runs short
        mask = capacity - 1
        slots = Array(repeating: -1, count: capacity)
        for (bytes, info) in entries {
            let index = Int32(values.count)
            keyStart.append(Int32(keyBytes.count))
            keyBytes.append(contentsOf: bytes)
            keyEnd.append(Int32(keyBytes.count))
            values.append(info)
            var slot = bytes.withUnsafeBufferPointer { Self.hash($0) } & mask
            while slots[slot] != -1 { slot = (slot + 1) & mask }
            slots[slot] = index
        }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    private func sameBytes(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for k in 0..<bytes.count where keyBytes[start + k] != bytes[k] { return false }
        return true
    }

    /// The entry for ASCII `bytes`; nil when no key equals them.
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> WordInfo? {
        guard !slots.isEmpty else { return nil }
        var slot = Self.hash(bytes) & mask
        while true {
            let index = Int(slots[slot])
            if index == -1 { return nil }
            let start = Int(keyStart[index]), end = Int(keyEnd[index])
            if end - start == bytes.count, sameBytes(start, bytes) { return values[index] }
            slot = (slot + 1) & mask
        }
    }
}
