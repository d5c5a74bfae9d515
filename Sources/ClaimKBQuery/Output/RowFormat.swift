/// A way of writing an answer: aligned table, JSON, CSV or Markdown; one file each in
/// `Output/`, like GRDB's `DumpFormat`.
public protocol RowFormat: Sendable {
    /// The whole answer as text, ending with a newline (nothing for an empty table
    /// except where the format has a header of its own).
    func format(_ table: ResultTable) -> String
}

/// A format that writes each row on its own, so that an answer can be written as it is read
/// (JSON, CSV). The whole answer is `header`, the rows, then `footer`.
public protocol StreamingRowFormat: RowFormat {
    /// What comes before the rows.
    func header(_ columns: [String]) -> String
    /// One row; `index` counts from 0.
    func row(_ values: [QueryValue], columns: [String], index: Int) -> String
    /// What comes after the last row, when `count` rows were written.
    func footer(count: Int) -> String
}

extension StreamingRowFormat {
    public func format(_ table: ResultTable) -> String {
        header(table.columns)
            + table.rows.enumerated().map { row($1, columns: table.columns, index: $0) }.joined()
            + footer(count: table.rows.count)
    }
}
