/// A way of writing an answer: aligned table, JSON, CSV or Markdown; one file each in
/// `Output/`, like GRDB's `DumpFormat`.
public protocol RowFormat: Sendable {
    /// The whole answer as text, ending with a newline (nothing for an empty table
    /// except where the format has a header of its own).
    func format(_ table: ResultTable) -> String
}
