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
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        guard needsQuotes else { return text }
        // (Scalar by scalar: Foundation's replacingOccurrences was a third of writing a row.)
        var quoted = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted += "\"" }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }
}
