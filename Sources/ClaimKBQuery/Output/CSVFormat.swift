/// Comma-separated values per RFC 4180: a header row, CRLF line ends, and a field quoted
/// (its quotes doubled) when it holds a comma, a quote, CR or LF. Lists are joined with " | ".
///
///     source,figure,articles
///     "Budanov, Kyrylo","nearly 11,000",003_f7d7
public struct CSVFormat: StreamingRowFormat {
    public init() {}

    public func header(_ columns: [String]) -> String {
        columns.map(Self.field).joined(separator: ",") + "\r\n"
    }

    public func row(_ values: [QueryValue], columns: [String], index: Int) -> String {
        values.map { Self.field($0.plainText(listSeparator: " | ")) }.joined(separator: ",") + "\r\n"
    }

    public func footer(count: Int) -> String { "" }

    static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
