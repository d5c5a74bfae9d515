import ArgumentParser
import ClaimKBQuery
import ClaimKBStore
import Foundation

/// How an answer is written on stdout.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns wrapped to the terminal width (100 in a pipe).
    case table
    /// An array of objects keyed by column (the contract in README).
    case json
    /// RFC 4180 comma-separated values with a header row.
    case csv
    /// A GitHub-flavoured Markdown table.
    case markdown

    /// Tables and Markdown are read by people: they show a reader's columns.
    var isForPeople: Bool { self == .table || self == .markdown }

    var rowFormat: any RowFormat {
        switch self {
        case .table: return TableFormat(width: Terminal.width)
        case .json: return JSONFormat()
        case .csv: return CSVFormat()
        case .markdown: return MarkdownFormat()
        }
    }
}

/// The options every answering command shares: `--format` and `--limit`.
struct OutputOptions: ParsableArguments {
    @Option(help: "How to write the answer: table for people, json or csv for programs (written as the rows are read), markdown for notes.")
    var format: OutputFormat = .table

    @Option(help: "Show at most this many rows.")
    var limit: Int?

    func validate() throws {
        if let limit, limit <= 0 { throw ValidationError("--limit must be a positive number") }
    }

    /// Writes a query's answer. JSON and CSV are written as the answer is read, a row at a time
    /// (a long answer starts at once, in flat memory); a table and Markdown align their columns
    /// over the whole answer, so they read it first.
    func write<Query: CannedQuery>(_ query: Query, from db: ClaimDatabase, evidence: Bool = false,
                                   hiding hidden: Set<String> = [], empty: @autoclosure () -> String) throws {
        guard let streaming = format.rowFormat as? any StreamingRowFormat else {
            let rows = try answering { try db.answer(query) }
            return write(rows, evidence: evidence, hiding: hidden, empty: empty())
        }
        let columns = Query.Row.fields
        var output = OutputBuffer()
        var count = 0
        try answering {
            try db.answer(query) { row in
                if count == 0 { output.append(streaming.header(columns)) }
                output.append(streaming.row(row.values, columns: columns, index: count))
                count += 1
            }
        }
        if count == 0 {
            Console.error(empty())
            output.append(streaming.header(columns))
        }
        output.append(streaming.footer(count: count))
        output.flush()
    }

    /// Writes typed rows: every field for json and csv, a reader's columns for table and markdown.
    /// An empty answer says `empty` on stderr (and writes `[]` for json, the header for csv).
    func write<Row: QueryRow>(_ rows: [Row], evidence: Bool = false, hiding hidden: Set<String> = [],
                                empty: @autoclosure () -> String) {
        let fields = format.isForPeople
            ? Row.readableFields(evidence: evidence).filter { !hidden.contains($0) }
            : Row.fields
        write(ResultTable(rows, fields: fields), empty: empty())
    }

    /// Writes a table as it is.
    /// `empty` is the note for no rows, made only then.
    func write(_ table: ResultTable, empty: @autoclosure () -> String) {
        if table.rows.isEmpty {
            Console.error(empty())
            if format == .table || format == .markdown { return }
        }
        Console.output(format.rowFormat.format(table))
    }
}

/// Text for stdout, written in blocks of 64 KB rather than a write per row.
struct OutputBuffer {
    private var pending = ""

    mutating func append(_ text: String) {
        pending += text
        if pending.utf8.count >= 65_536 { flush() }
    }

    mutating func flush() {
        Console.output(pending)
        pending = ""
    }
}

/// Runs a query, turning its failures into one-line CLI errors.
func answering<T>(_ prefix: String? = nil, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as QueryError {
        throw CLIError((prefix.map { "\($0): " } ?? "") + error.description)
    } catch let error as StoreError {
        throw CLIError(error.description)
    } catch let error as CLIError {
        throw error
    } catch {
        throw CLIError((prefix.map { "\($0): " } ?? "") + "\(error)")
    }
}
