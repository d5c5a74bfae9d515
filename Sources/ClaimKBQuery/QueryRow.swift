import GRDB

/// A row of a canned query's answer: a plain struct with named fields, which every
/// output format can write.
public protocol QueryRow: Sendable {
    /// Makes the row from one row of its SQL.
    init(row: QueryColumns) throws
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

    /// Every row the SQL selects, in order. Column names are looked up once per statement
    /// (GRDB's row subscript lowercases the name at every lookup).
    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [Self] {
        var rows: [Self] = []
        try forEach(db, sql: sql, arguments: arguments) { rows.append($0) }
        return rows
    }

    /// The same rows, each handed to `body` as soon as it is read.
    static func forEach(_ db: Database, sql: String, arguments: StatementArguments = [],
                        _ body: (Self) throws -> Void) throws {
        let statement = try db.cachedStatement(sql: sql)
        let indexes = Dictionary(statement.columnNames.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try cursor.next() { try body(try Self(row: QueryColumns(row: row, indexes: indexes))) }
    }
}

/// One row of a query's SQL, read by column name through indexes found once per statement.
public struct QueryColumns {
    let row: Row
    let indexes: [String: Int]

    /// The column's value (an optional `Value` reads NULL as nil). A missing column is a
    /// programming error, as in GRDB.
    public subscript<Value: DatabaseValueConvertible>(_ name: String) -> Value {
        guard let index = indexes[name] else { fatalError("no column \(name) in \(indexes.keys.sorted())") }
        return row[index]
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
