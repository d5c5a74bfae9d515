/// Dates as news pages write them, normalised to `YYYY-MM-DD`:
/// `2024-10-28T17:25:00Z`, `28/10/2024 17h25` (day first), `October 28, 2024`, `Oct. 28, 2024`,
/// `28 October 2024`, `Monday, 28th of October 2024`.
enum PublishedDate {
    /// The first date anywhere in `text` (for a `Published:` value or a meta tag).
    static func normalize(_ text: some StringProtocol) -> String? {
        let tokens = significant(tokenize(text))
        var i = 0
        while i < tokens.count {
            if let match = match(tokens, at: i) { return match.date }
            i += 1
        }
        return nil
    }

    /// The date when the whole line is a date, perhaps with a weekday, a time and a zone
    /// (a dateline under a headline); nil for a sentence that merely contains one.
    static func dateLine(_ text: some StringProtocol) -> String? {
        let tokens = significant(tokenize(text))
        var found: (date: String, range: Range<Int>)?
        var i = 0
        while i < tokens.count {
            if found == nil, let match = match(tokens, at: i) {
                found = match
                i = match.range.upperBound
                continue
            }
            if !isIgnorable(tokens[i]) { return nil }
            i += 1
        }
        return found?.date
    }

    // MARK: Tokens

    enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case mark(Unicode.Scalar)
    }

    static func tokenize(_ text: some StringProtocol) -> [Token] {
        var tokens: [Token] = []
        var number = 0, digits = 0
        var word = String.UnicodeScalarView()
        func flush() {
            if digits > 0 { tokens.append(.number(digits > 9 ? Int.max : number, digits: digits)) }
            if !word.isEmpty { tokens.append(.word(String(word).lowercased())) }
            number = 0; digits = 0; word = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                if !word.isEmpty { flush() }
                if digits <= 9 { number = number * 10 + Int(scalar.value - 48) }
                digits += 1
            } else if scalar.isLetter {
                if digits > 0 { flush() }
                word.append(scalar)
            } else {
                flush()
                if !scalar.isWhite { tokens.append(.mark(scalar)) }
            }
        }
        flush()
        return tokens
    }

    /// Drops times of day (`17h25`, `17:25:00`, `5 pm`) so that only the date is left to match.
    static func significant(_ tokens: [Token]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            if case .number(let hour, let digits) = tokens[i], digits <= 2, hour < 24, i + 1 < tokens.count {
                var j = i + 1
                var isTime = false
                switch tokens[j] {
                case .mark(":") where j + 1 < tokens.count && isMinute(tokens[j + 1]):
                    isTime = true; j += 2
                case .word("h") where j + 1 < tokens.count && isMinute(tokens[j + 1]):
                    isTime = true; j += 2
                case .word("h"), .word("am"), .word("pm"), .word("a"), .word("p"):
                    isTime = true; j += 1
                default: break
                }
                if isTime {
                    // Seconds and fractions: `:00`, `.000`.
                    while j + 1 < tokens.count, tokens[j] == .mark(":") || tokens[j] == .mark("."),
                          case .number = tokens[j + 1] { j += 2 }
                    i = j
                    continue
                }
            }
            // Zone offsets: `GMT+1`, `+02:00`, `UTC-5`.
            if case .mark(let sign) = tokens[i], sign == "+" || ((sign == "-" || sign == "−") && i > 0
                && ignorableWords.contains(word(tokens[i - 1]) ?? "")),
               i + 1 < tokens.count, case .number(_, let digits) = tokens[i + 1], digits <= 4 {
                i += 2
                if i + 1 < tokens.count, tokens[i] == .mark(":"), case .number = tokens[i + 1] { i += 2 }
                continue
            }
            out.append(tokens[i])
            i += 1
        }
        return out
    }

    private static func word(_ token: Token) -> String? {
        if case .word(let w) = token { return w }
        return nil
    }

    private static func isMinute(_ token: Token) -> Bool {
        if case .number(let n, let digits) = token, digits == 2, n < 60 { return true }
        return false
    }

    // MARK: Patterns

    static func match(_ t: [Token], at i: Int) -> (date: String, range: Range<Int>)? {
        func number(_ k: Int) -> (value: Int, digits: Int)? {
            guard k < t.count, case .number(let n, let d) = t[k] else { return nil }
            return (n, d)
        }
        func isSeparator(_ k: Int) -> Bool {
            guard k < t.count, case .mark(let m) = t[k] else { return false }
            return m == "-" || m == "/" || m == "."
        }
        func month(_ k: Int) -> Int? {
            guard k < t.count, case .word(let w) = t[k] else { return nil }
            return months[w]
        }
        // Skips `.`, `,`, ordinal suffixes and `of` between parts of a written date.
        func skipFiller(_ k: Int) -> Int {
            var k = k
            while k < t.count {
                switch t[k] {
                case .mark("."), .mark(","), .word("st"), .word("nd"), .word("rd"), .word("th"), .word("of"): k += 1
                default: return k
                }
            }
            return k
        }
        // 2024-10-28, 2024/10/28
        if let y = number(i), y.digits == 4, isSeparator(i + 1), let m = number(i + 2), m.digits <= 2,
           isSeparator(i + 3), let d = number(i + 4), d.digits <= 2, let date = format(y.value, m.value, d.value) {
            return (date, i..<(i + 5))
        }
        // 28/10/2024, 28.10.2024: day first, unless only the other order is a valid date.
        if let a = number(i), a.digits <= 2, isSeparator(i + 1), let b = number(i + 2), b.digits <= 2,
           isSeparator(i + 3), let y = number(i + 4), y.digits == 4 {
            if let date = format(y.value, b.value, a.value) ?? format(y.value, a.value, b.value) {
                return (date, i..<(i + 5))
            }
        }
        // October 28, 2024 · Oct. 28th 2024
        if let m = month(i) {
            let k = skipFiller(i + 1)
            if let d = number(k), d.digits <= 2 {
                let k2 = skipFiller(k + 1)
                if let y = number(k2), y.digits == 4, let date = format(y.value, m, d.value) {
                    return (date, i..<(k2 + 1))
                }
            }
        }
        // 28 October 2024 · 28th of Oct. 2024
        if let d = number(i), d.digits <= 2 {
            let k = skipFiller(i + 1)
            if let m = month(k) {
                let k2 = skipFiller(k + 1)
                if let y = number(k2), y.digits == 4, let date = format(y.value, m, d.value) {
                    return (date, i..<(k2 + 1))
                }
            }
        }
        return nil
    }

    static func format(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1800...2200).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        var table: [String: Int] = [:]
        for (i, name) in names.enumerated() {
            table[name] = i + 1
            table[String(name.prefix(3))] = i + 1
        }
        table["sept"] = 9
        return table
    }()

    /// Words and marks a dateline may carry around its date.
    static func isIgnorable(_ token: Token) -> Bool {
        switch token {
        case .number: return false
        case .mark(let m): return ",.-/|:+()–—•·".unicodeScalars.contains(m)
        case .word(let w): return ignorableWords.contains(w)
        }
    }

    static let ignorableWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "at", "on", "published", "updated", "posted", "last", "date", "am", "pm", "t", "z",
        "utc", "gmt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest", "bst", "ist",
        "kst", "jst", "msk", "eet", "eest", "aest", "aedt",
    ]
}
