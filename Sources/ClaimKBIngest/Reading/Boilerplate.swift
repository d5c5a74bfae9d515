import ClaimKBModel

/// Marks the lines of a text that are page furniture, by the rules of a ``BoilerplateLexicon``.
/// A `rest` rule ("Related Articles", "Previous Article") cuts everything after it, but only once
/// a paragraph of article text came before, so a menu at the top never swallows the article.
struct BoilerplateMarks {
    /// One flag per line: true when the line is furniture.
    var covered: [Bool]
    /// The line where a trailing section of furniture starts, if any.
    var restFrom: Int?

    init(lines: [TextLine], keys: [LineKey], lexicon: BoilerplateLexicon) {
        covered = Array(repeating: false, count: lines.count)
        var sawParagraph = false
        var i = 0
        scan: while i < lines.count {
            defer { i += 1 }
            guard let scope = lexicon.classify(keys[i]) else {
                if Self.isProse(keys[i]) { sawParagraph = true }
                continue
            }
            switch scope {
            case .line:
                covered[i] = true
            case .next:
                covered[i] = true
                if let j = ((i + 1)..<lines.count).first(where: { !keys[$0].key.isEmpty }),
                   keys[j].wordCount <= BoilerplateLexicon.maxFurnitureWords {
                    covered[j] = true
                }
            case .rest:
                if sawParagraph {
                    restFrom = i
                    break scan
                }
                covered[i] = true
            }
        }
        if let restFrom {
            for k in restFrom..<lines.count { covered[k] = true }
        }
    }

    /// A line long enough to be article prose rather than a heading or a menu item.
    static func isParagraph(_ key: LineKey) -> Bool {
        key.wordCount >= 25 || key.length >= 160
    }

    /// A line that reads as article prose: a paragraph, or a full sentence of ten words or more
    /// (hard-wrapped text has short lines).
    static func isProse(_ key: LineKey) -> Bool {
        isParagraph(key) || (key.wordCount >= 10 && key.endsSentence)
    }

    /// A line of tags such as `Russia/ South Korea intelligence/ Ukraine war/ …` (four slashes or more).
    static func isTagLine(_ line: Substring) -> Bool {
        var slashes = 0
        var previous: UInt8 = 0
        for byte in line.utf8 {
            if byte == 0x20, previous == 0x2F { slashes += 1 }
            previous = byte
        }
        return slashes >= 4
    }

    /// Joins the spans of covered lines into as few spans as possible (adjacent lines merge).
    static func spans(of covered: [Bool], lines: [TextLine], keys: [LineKey]) -> [Span] {
        var spans: [Span] = []
        var i = 0
        while i < lines.count {
            guard covered[i], lines[i].start < lines[i].end else { i += 1; continue }
            var j = i
            // Merge with following covered lines, through empty lines between them.
            var k = i + 1
            while k < lines.count, covered[k] || keys[k].key.isEmpty {
                if covered[k], lines[k].start < lines[k].end { j = k }
                k += 1
            }
            spans.append(Span(start: lines[i].start, end: lines[j].end))
            i = k
        }
        return spans
    }
}
