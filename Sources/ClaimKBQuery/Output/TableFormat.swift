/// Aligned columns for people, wrapped to fit `width` (the terminal's, or 100 in a pipe):
/// the widest columns give up room first and their cells wrap at word boundaries. Plain
/// text only (no colour, no box drawing), so it reads the same in a pipe or a file.
///
///     source                         figure   articles
///     -----------------------------  -------  ------------------------------------------
///     National Intelligence Service  ~1,500   001_f0a0f4931d3789de, 003_f7d78eb1bd6ee391
public struct TableFormat: RowFormat {
    /// The most characters a line may take.
    public var width: Int

    /// Long text columns written under their row, indented, across the whole width
    /// (the evidence sentence reads better as a line than as a narrow column).
    public var below: Set<String>

    public init(width: Int = 100, below: Set<String> = ["evidence", "snippet"]) {
        self.width = max(20, width)
        self.below = below
    }

    static let indent = "    "

    static let gap = "  "

    public func format(_ table: ResultTable) -> String {
        guard !table.columns.isEmpty else { return "" }
        let inRow = table.columns.indices.filter { !below.contains(table.columns[$0]) }
        let under = table.columns.indices.filter { below.contains(table.columns[$0]) }
        guard !inRow.isEmpty else {
            return format(ResultTable(columns: table.columns, rows: table.rows), below: [])
        }
        let allCells = table.rows.map { row in
            row.map { $0.plainText().replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ") }
        }
        // A column empty in every row says nothing in a table (JSON and CSV keep it).
        let shown = table.rows.isEmpty ? inRow : inRow.filter { c in allCells.contains { !$0[c].isEmpty } }
        let columns = shown.map { table.columns[$0] }
        let cells = allCells.map { row in shown.map { row[$0] } }
        let allNumeric = Self.numericColumns(table)
        let numeric = shown.map { allNumeric[$0] }
        let widths = fit(columns: columns, cells: cells)

        var lines: [String] = []
        lines.append(render(columns.map { [$0] }, widths: widths, numeric: numeric)[0])
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: Self.gap))
        var body: [[String]] = []
        for (r, row) in cells.enumerated() {
            var rowLines = render(zip(row, widths).map { Self.wrap($0, width: $1) }, widths: widths, numeric: numeric)
            for c in under where !allCells[r][c].isEmpty {
                rowLines += Self.wrap(allCells[r][c], width: width - Self.indent.count).map { Self.indent + $0 }
            }
            body.append(rowLines)
        }
        // Rows that take several lines are easier to tell apart with a blank line between them.
        let spaced = body.contains { $0.count > 1 }
        for (i, rowLines) in body.enumerated() {
            if spaced, i > 0 { lines.append("") }
            lines += rowLines
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func format(_ table: ResultTable, below: Set<String>) -> String {
        var plain = self
        plain.below = below
        return plain.format(table)
    }

    /// Column widths. Each column gets at least its header or its longest word (up to 24), so
    /// words are not cut, and a column of short cells all it needs; the room left is shared out so that narrow columns get all they need
    /// and the widest (evidence, lists) wrap. When even the floors do not fit, the line runs long.
    func fit(columns: [String], cells: [[String]]) -> [Int] {
        let natural = columns.indices.map { c in
            max(Self.displayWidth(columns[c]), cells.map { Self.displayWidth($0[c]) }.max() ?? 0)
        }
        let floors = columns.indices.map { c -> Int in
            let longestWord = cells.map { row in
                row[c].split(separator: " ").map { Self.displayWidth($0) }.max() ?? 0
            }.max() ?? 0
            return min(natural[c], max(Self.displayWidth(columns[c]), min(longestWord, 24)))
        }
        var widths = floors
        var room = width - Self.gap.count * (columns.count - 1) - floors.reduce(0, +)
        // Served first: columns of short cells ("several thousand", "up to 10,000"), which read
        // badly broken, then the first column, which names the row (a source, an entity, an article).
        let priority = columns.indices.filter { natural[$0] <= 16 }.map { ($0, 16) } + [(0, 32)]
        for (c, limit) in priority where room > 0 {
            let want = min(natural[c], max(widths[c], limit)) - widths[c]
            if want > 0 {
                widths[c] += min(want, room)
                room -= min(want, room)
            }
        }
        var wanting = columns.indices.filter { natural[$0] > widths[$0] }
        while room > 0, !wanting.isEmpty {
            let share = max(1, room / wanting.count)
            var next: [Int] = []
            for c in wanting where room > 0 {
                let give = min(share, natural[c] - widths[c], room)
                widths[c] += give
                room -= give
                if widths[c] < natural[c] { next.append(c) }
            }
            wanting = next
        }
        return widths
    }

    /// The lines of one row: column c's wrapped cell lines, padded, side by side.
    private func render(_ wrapped: [[String]], widths: [Int], numeric: [Bool]) -> [String] {
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { line in
            var out = ""
            for (c, cellLines) in wrapped.enumerated() {
                let text = line < cellLines.count ? cellLines[line] : ""
                let pad = String(repeating: " ", count: max(0, widths[c] - Self.displayWidth(text)))
                if c > 0 { out += Self.gap }
                out += numeric[c] ? pad + text : text + pad
            }
            return String(out.reversed().drop { $0 == " " }.reversed())
        }
    }

    /// Word-wraps `text` into lines of at most `width` columns, cutting words longer than that.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard displayWidth(text) > width else { return [text] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var wordWidth = displayWidth(word)
            if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
            while wordWidth > width {
                var head = "", headWidth = 0
                var rest = Substring(word)
                while let ch = rest.first, headWidth + displayWidth(ch) <= width {
                    head.append(ch); headWidth += displayWidth(ch); rest = rest.dropFirst()
                }
                if head.isEmpty, let ch = rest.first { head.append(ch); rest = rest.dropFirst() }
                lines.append(head)
                word = String(rest)
                wordWidth = displayWidth(word)
            }
            line = word
            lineWidth = wordWidth
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Columns whose every non-empty value is a number: right-aligned.
    static func numericColumns(_ table: ResultTable) -> [Bool] {
        table.columns.indices.map { c in
            var sawNumber = false
            for row in table.rows {
                switch row[c] {
                case .integer, .real: sawNumber = true
                case .null: continue
                default: return false
                }
            }
            return sawNumber
        }
    }

    /// Terminal columns a text takes: one per character, two for East Asian wide ones.
    static func displayWidth<S: StringProtocol>(_ text: S) -> Int {
        text.reduce(0) { $0 + displayWidth($1) }
    }

    static func displayWidth(_ ch: Character) -> Int {
        guard let v = ch.unicodeScalars.first?.value else { return 0 }
        switch v {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
