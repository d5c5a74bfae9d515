/// Comma-separated values per RFC 4180: a header row, CRLF line ends, and a field quoted
/// (its quotes doubled) when it holds a comma, a quote, CR or LF. Lists are joined with " | ".
///
///     source,figure,articles
///     "Budanov, Kyrylo","nearly 11,000",003_f7d7
public struct CSVFormat: RowFormat {
    public init() {}

    public func format(_ table: ResultTable) -> String {
        var lines = [table.columns.map(Self.field).joined(separator: ",")]
        for row in table.rows {
            lines.append(row.map { Self.field($0.plainText(listSeparator: " | ")) }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
