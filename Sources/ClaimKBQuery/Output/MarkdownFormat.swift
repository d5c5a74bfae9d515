/// A GitHub-flavoured Markdown table: pipes in cells escaped, line breaks as `<br>`,
/// lists joined with ", ". Numbers are right-aligned.
///
///     | source | figure |
///     | --- | --: |
///     | NIS | ~1,500 |
public struct MarkdownFormat: RowFormat {
    public init() {}

    public func format(_ table: ResultTable) -> String {
        let numeric = TableFormat.numericColumns(table)
        var lines = ["| " + table.columns.map(Self.cell).joined(separator: " | ") + " |"]
        lines.append("|" + numeric.map { $0 ? " --: |" : " --- |" }.joined())
        for row in table.rows {
            lines.append("| " + row.map { Self.cell($0.plainText()) }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: "<br>")
            .replacingOccurrences(of: "\n", with: "<br>")
    }
}
