import GRDB

/// SQL functions over the span lists stored as JSON (`mentions.spans`), added to every
/// connection claimkb opens.
enum SpanFunctions {
    /// `spans_within(spans, start, end)`: 1 when one of the `[start, end]` pairs of the JSON
    /// array lies within `start...end`, else 0. An `EXISTS` over `json_each(spans)` says the
    /// same at ~3 µs a call; `query claims --about` asks it of every claim it walks.
    static let spansWithin = DatabaseFunction("spans_within", argumentCount: 3, pure: true) { values in
        guard let spans = String.fromDatabaseValue(values[0]),
              let start = Int64.fromDatabaseValue(values[1]), let end = Int64.fromDatabaseValue(values[2])
        else { return nil }
        return within(spans, start, end) ? 1 : 0
    }

    /// Reads the numbers of `[[s, e], ...]` (as claimkb writes them: non-negative integers) in
    /// pairs, and tells whether one pair lies within `start...end`.
    static func within(_ spans: String, _ start: Int64, _ end: Int64) -> Bool {
        var pairStart: Int64?
        var number: Int64 = 0
        var inNumber = false
        for byte in spans.utf8 {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                number = number * 10 + Int64(byte - UInt8(ascii: "0"))
                inNumber = true
                continue
            }
            guard inNumber else { continue }
            if let first = pairStart {
                if first >= start && number <= end { return true }
                pairStart = nil
            } else {
                pairStart = number
            }
            (number, inNumber) = (0, false)
        }
        return false
    }
}
