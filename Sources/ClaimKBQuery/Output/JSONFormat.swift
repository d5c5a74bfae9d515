/// An array of objects keyed by column, one per row, in column order; numbers as numbers,
/// lists as arrays, NULL as null. One object per line, so `grep` and `jq` both work.
///
///     [
///     {"claimant": "National Intelligence Service", "low": 1500, "articles": ["001_f0a0", "003_f7d7"]}
///     ]
public struct JSONFormat: StreamingRowFormat {
    public init() {}

    /// Nothing: the opening bracket comes with the first row, as `[]` is the empty answer.
    public func header(_ columns: [String]) -> String { "" }

    public func row(_ values: [QueryValue], columns: [String], index: Int) -> String {
        (index == 0 ? "[\n" : ",\n")
            + "{" + zip(columns, values).map { "\(Self.quote($0)): \(Self.encode($1))" }.joined(separator: ", ") + "}"
    }

    public func footer(count: Int) -> String { count == 0 ? "[]\n" : "\n]\n" }

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
