/// A row of a canned query's answer: a plain struct with named fields, which every
/// output format can write.
public protocol QueryRow: Sendable {
    /// Every field, in order: what JSON and CSV carry (the JSON contract).
    static var fields: [String] { get }
    /// The fields a person reads in a table or Markdown, with the evidence sentence or without.
    static func readableFields(evidence: Bool) -> [String]
    /// The values of `fields`, in the same order.
    var values: [QueryValue] { get }
}

extension QueryRow {
    public static func readableFields(evidence: Bool) -> [String] {
        evidence ? fields : fields.filter { $0 != "evidence" }
    }
}

/// An answer ready to print: column names and rows of values.
public struct ResultTable: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[QueryValue]]

    public init(columns: [String], rows: [[QueryValue]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The rows restricted to `fields` (every field when nil), in that order.
    public init<Row: QueryRow>(_ rows: [Row], fields: [String]? = nil) {
        let all = Row.fields
        let chosen = fields ?? all
        let indexes = chosen.compactMap { all.firstIndex(of: $0) }
        self.columns = indexes.map { all[$0] }
        self.rows = rows.map { row in
            let values = row.values
            return indexes.map { values[$0] }
        }
    }
}
