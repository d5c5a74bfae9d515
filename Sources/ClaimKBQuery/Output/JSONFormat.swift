/// An array of objects keyed by column, one per row, in column order; numbers as numbers,
/// lists as arrays, NULL as null. One object per line, so `grep` and `jq` both work.
///
///     [
///     {"claimant": "National Intelligence Service", "low": 1500, "articles": ["001_f0a0", "003_f7d7"]}
///     ]
public struct JSONFormat: RowFormat {
    public init() {}

    public func format(_ table: ResultTable) -> String {
        if table.rows.isEmpty { return "[]\n" }
        let keys = table.columns.map { Self.encode(.text($0)) }
        let objects = table.rows.map { row in
            "{" + zip(keys, row).map { "\($0): \(Self.encode($1))" }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// One JSON value.
    public static func encode(_ value: QueryValue) -> String {
        switch value {
        case .null: return "null"
        case .integer(let n): return String(n)
        case .real(let x): return x.isFinite ? String(x) : "null"
        case .text(let s): return quote(s)
        case .list(let items): return "[" + items.map(quote).joined(separator: ", ") + "]"
        }
    }

    /// A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped.
    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
