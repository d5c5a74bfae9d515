/// One cell of a query's answer, typed so every output format writes it right:
/// numbers stay numbers in JSON, lists stay lists.
public enum QueryValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    /// A list of names (`cited`, `articles`, `aliases`): a JSON array, joined elsewhere.
    case list([String])

    /// A double that holds a whole number is written as one: 1500, not 1500.0.
    public static func number(_ value: Double?) -> QueryValue {
        guard let value else { return .null }
        if value.rounded() == value, abs(value) < 9.0e15 { return .integer(Int64(value)) }
        return .real(value)
    }

    public static func text(_ value: String?) -> QueryValue {
        value.map(QueryValue.text) ?? .null
    }

    public static func integer(_ value: Int?) -> QueryValue {
        value.map { .integer(Int64($0)) } ?? .null
    }

    /// The value as a person reads it in a table cell; lists are joined with `separator`.
    public func plainText(listSeparator separator: String = ", ") -> String {
        switch self {
        case .null: return ""
        case .integer(let n): return String(n)
        case .real(let x): return String(x)
        case .text(let s): return s
        case .list(let items): return items.joined(separator: separator)
        }
    }
}
