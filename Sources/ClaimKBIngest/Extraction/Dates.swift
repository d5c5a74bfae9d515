/// A date written in a sentence, resolved against the article's publication date when it can be.
struct DateMention {
    var tokens: Range<Int>
    /// The words as written, with their preposition ("on Monday", "between October 8 and 13").
    var text: String
    /// `YYYY-MM-DD`, when the words and the publication date fix a day.
    var date: String?
    /// A date a claim can be about (not a bare year, which only keeps digits from being read as counts).
    var isClaimDate: Bool
}

/// Finds dates, weekdays and years so they are neither read as figures nor lost as the "as of" of a claim.
///
///     "confirmed on Monday" (published 2024-10-28) → on Monday = 2024-10-28
///     "between October 8 and 13" → 2024-10-08 when the year is known
struct DateFinder {
    // Word lists as constants: an array literal of Strings is allocated and freed on every call.
    private static let dayRangeConnectors = ["and", "to", "-", "–", "through", "until"]
    private static let weekdayModifiers = ["on", "last", "this", "next", "late", "early", "since", "by", "until"]
    private static let datePrepositions = ["on", "between", "from", "since", "until", "by", "in", "as", "of"]

    let lexicon: CompiledLexicon
    let tokens: [Token]
    let utf8: [UInt8]
    /// Publication date as (year, month, day).
    let published: (Int, Int, Int)?

    init(lexicon: CompiledLexicon, tokens: [Token], utf8: [UInt8], published: String?) {
        self.lexicon = lexicon
        self.tokens = tokens
        self.utf8 = utf8
        self.published = published.flatMap(Self.parseISO)
    }

    static func parseISO(_ s: String) -> (Int, Int, Int)? {
        let parts = s.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        return (y, m, d)
    }

    private func text(_ r: Range<Int>) -> String { tokens.text(r, utf8: utf8) }

    func find(in s: Sentence) -> [DateMention] {
        var out: [DateMention] = []
        let end = s.tokens.upperBound
        var i = s.tokens.lowerBound
        while i < end {
            // Most tokens can start no date: only numbers and words the calendar tables know get the checks below.
            if !tokens[i].isNumber, !mayStartDate(tokens[i].info) {
                i += 1
                continue
            }
            let t = tokens[i]
            if let month = lexicon.month(t) {
                var j = i + 1
                if j < end, tokens[j].mark == "." { j += 1 }
                var day: Int?
                var year: Int?
                if j < end, let d = smallInt(tokens[j]), (1...31).contains(d) {
                    day = d
                    j += 1
                    if j + 1 < end, tokens[j].mark == ",", let y = yearValue(tokens[j + 1]) { year = y; j += 2 }
                    else if j < end, let y = yearValue(tokens[j]) { year = y; j += 1 }
                    // "October 8 and 13", "October 8 to October 13"
                    if j + 1 < end, Self.dayRangeConnectors.contains(tokens[j].lower) {
                        var k = j + 1
                        if let m2 = lexicon.month(tokens[k]), m2 > 0 { k += 1 }
                        if k < end, let d2 = smallInt(tokens[k]), (1...31).contains(d2) { j = k + 1 }
                    }
                } else if j < end, let y = yearValue(tokens[j]) {
                    year = y
                    j += 1
                }
                if day != nil || year != nil {
                    let a = withPreposition(i, floor: s.tokens.lowerBound)
                    let date = day.flatMap { resolve(month: month, day: $0, year: year) }
                    out.append(DateMention(tokens: a..<j, text: text(a..<j), date: date, isClaimDate: day != nil))
                    i = j
                    continue
                }
            } else if let d = smallInt(t), (1...31).contains(d), i + 1 < end, let month = lexicon.month(tokens[i + 1]) {
                var j = i + 2
                var year: Int?
                if j < end, let y = yearValue(tokens[j]) { year = y; j += 1 }
                let a = withPreposition(i, floor: s.tokens.lowerBound)
                out.append(DateMention(tokens: a..<j, text: text(a..<j),
                                       date: resolve(month: month, day: d, year: year), isClaimDate: true))
                i = j
                continue
            } else if let wd = lexicon.weekday(t) {
                var a = i
                var last = false
                if a > s.tokens.lowerBound, Self.weekdayModifiers.contains(tokens[a - 1].lower) {
                    last = tokens[a - 1].lower == "last"
                    a -= 1
                }
                out.append(DateMention(tokens: a..<(i + 1), text: text(a..<(i + 1)),
                                       date: resolveWeekday(wd, strictlyBefore: last), isClaimDate: true))
            } else if let r = lexicon.relativeDays.match(tokens, at: i, end: end) {
                out.append(DateMention(tokens: i..<(i + r.length), text: text(i..<(i + r.length)),
                                       date: published.map { Self.format(Self.addDays($0, r.value)) }, isClaimDate: true))
                i += r.length
                continue
            } else if t.isWord, !t.isCapitalized || i == s.tokens.lowerBound, let p = lexicon.periods.match(tokens, at: i, end: end) {
                out.append(DateMention(tokens: i..<(i + p.length), text: text(i..<(i + p.length)), date: nil, isClaimDate: true))
                i += p.length
                continue
            } else if t.isNumber, i + 4 < end, tokens[i + 1].mark == "/" || tokens[i + 1].mark == "-" || tokens[i + 1].mark == ".",
                      tokens[i + 2].isNumber, tokens[i + 3].text == tokens[i + 1].text, tokens[i + 4].isNumber,
                      !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore {
                // 28/10/2024, 2024-10-28
                let r = i..<(i + 5)
                var date: String?
                if let a = smallInt(t), let b = smallInt(tokens[i + 2]), let c = smallInt(tokens[i + 4]) {
                    if a > 1900, (1...12).contains(b), (1...31).contains(c) { date = Self.format((a, b, c)) }
                    else if c > 1900, (1...12).contains(b), (1...31).contains(a) { date = Self.format((c, b, a)) }
                }
                out.append(DateMention(tokens: r, text: text(r), date: date, isClaimDate: true))
                i += 5
                continue
            } else if let y = yearValue(t), y >= 1800, y <= 2100, !countedNounFollows(i + 1, end: end) {
                out.append(DateMention(tokens: i..<(i + 1), text: text(i..<(i + 1)), date: nil, isClaimDate: false))
            }
            i += 1
        }
        return out
    }

    private func mayStartDate(_ info: WordInfo?) -> Bool {
        guard let info else { return false }
        return info.month > 0 || info.weekday > 0 || lexicon.relativeDays.mayStart(info) || lexicon.periods.mayStart(info)
    }

    private func countedNounFollows(_ j: Int, end: Int) -> Bool {
        var k = j
        while k < end, k < j + 3 {
            if lexicon.countedNouns.match(tokens, at: k, end: end) != nil { return true }
            if !tokens[k].isWord || lexicon.isFunctionWord(tokens[k]) { return false }
            k += 1
        }
        return false
    }

    private func withPreposition(_ i: Int, floor: Int) -> Int {
        if i > floor, Self.datePrepositions.contains(tokens[i - 1].lower) { return i - 1 }
        return i
    }

    /// Digits only, at most four of them: a day, a month or a year.
    private func smallInt(_ t: Token) -> Int? {
        guard t.isNumber, t.end - t.start <= 4 else { return nil }
        var v = 0
        for b in t.text.utf8 {
            guard b >= 48, b <= 57 else { return nil }
            v = v * 10 + Int(b - 48)
        }
        return v
    }

    private func yearValue(_ t: Token) -> Int? {
        guard t.end - t.start == 4, let y = smallInt(t), y >= 1000 else { return nil }
        return y
    }

    /// A month and day without a year: the next one when it comes within `lookahead` days of
    /// publication ("will arrive on November 15"), else the last one on or before it ("fled on
    /// March 3"). News gives the year of dates further off.
    private func resolve(month: Int, day: Int, year: Int?) -> String? {
        if let year { return Self.format((year, month, day)) }
        guard let p = published else { return nil }
        let next = (month, day) > (p.1, p.2) ? (p.0, month, day) : (p.0 + 1, month, day)
        if Self.days(next) - Self.days(p) <= Self.lookahead { return Self.format(next) }
        return Self.format((month, day) > (p.1, p.2) ? (p.0 - 1, month, day) : (p.0, month, day))
    }

    /// How many days after publication a date without a year may lie (a quarter).
    static let lookahead = 92

    /// "on Monday": the latest Monday on or before publication; "last Monday": strictly before.
    private func resolveWeekday(_ wd: Int, strictlyBefore: Bool) -> String? {
        guard let p = published else { return nil }
        let today = Self.weekday(p)
        var back = (today - wd + 7) % 7
        if back == 0, strictlyBefore { back = 7 }
        return Self.format(Self.addDays(p, -back))
    }

    static func format(_ d: (Int, Int, Int)) -> String {
        func pad(_ n: Int, _ w: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(pad(d.0, 4))-\(pad(d.1, 2))-\(pad(d.2, 2))"
    }

    /// Days since 1970-01-01 (proleptic Gregorian), after Howard Hinnant's days_from_civil.
    static func days(_ d: (Int, Int, Int)) -> Int {
        let y = d.1 <= 2 ? d.0 - 1 : d.0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (d.1 + 9) % 12
        let doy = (153 * mp + 2) / 5 + d.2 - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civil(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    static func addDays(_ d: (Int, Int, Int), _ n: Int) -> (Int, Int, Int) { civil(days(d) + n) }

    /// 1 = Monday … 7 = Sunday.
    static func weekday(_ d: (Int, Int, Int)) -> Int {
        let z = days(d)  // 1970-01-01 was a Thursday (4)
        return ((z % 7 + 7) % 7 + 3) % 7 + 1
    }
}
