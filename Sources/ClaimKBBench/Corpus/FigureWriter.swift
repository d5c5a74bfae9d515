/// Writes figures the many ways news does: "12,000", "3860", "twelve", "five thousand",
/// "1.2 million", "$540 million", "between 10,000 and 12,000", "several thousand", with or
/// without a hedge ("about", "as many as", "up to", "at least").
///
///     var rng = SplitMix64(seed: 1)
///     FigureWriter.count(in: 1_000...20_000, using: &rng)   // e.g. "12,400" or "twelve thousand"
enum FigureWriter {
    /// "12,000" (grouped digits).
    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }

    /// "four hundred and twenty", "twelve thousand", for 0 ..< 1,000,000.
    static func words(_ n: Int) -> String {
        precondition(n >= 0 && n < 1_000_000)
        if n < 20 { return CorpusVocabulary.smallNumberWords[n] }
        if n < 100 {
            let t = CorpusVocabulary.tensWords[n / 10]
            return n % 10 == 0 ? t : t + "-" + CorpusVocabulary.smallNumberWords[n % 10]
        }
        if n < 1000 {
            let h = CorpusVocabulary.smallNumberWords[n / 100] + " hundred"
            return n % 100 == 0 ? h : h + " and " + words(n % 100)
        }
        let th = words(n / 1000) + " thousand"
        return n % 1000 == 0 ? th : th + " " + words(n % 1000)
    }

    /// A round-ish figure in the range: news rarely reports 12,437 troops.
    static func roundFigure(in range: ClosedRange<Int>, using rng: inout SplitMix64) -> Int {
        let n = rng.int(range)
        let step = n >= 100_000 ? 10_000 : n >= 10_000 ? 500 : n >= 1000 ? 100 : n >= 100 ? 10 : 1
        let rounded = rng.chance(0.8) ? max(step, n / step * step) : n
        return rounded
    }

    /// A count in one of many written forms.
    static func count(in range: ClosedRange<Int>, using rng: inout SplitMix64) -> String {
        let n = roundFigure(in: range, using: &rng)
        switch rng.below(10) {
        case 0 where n < 100: return words(n)
        case 1 where n % 1000 == 0 && n < 100_000: return words(n)
        case 2 where n % 100 == 0 && n < 1000: return words(n)
        case 3 where n >= 1_000_000:
            return millions(n)
        case 4 where n >= 1000 && n < 10_000: return String(n)  // "3860": no separator
        default:
            return n >= 1_000_000 && rng.chance(0.6) ? millions(n) : grouped(n)
        }
    }

    /// "1.2 million", "two million", "3 million".
    static func millions(_ n: Int) -> String {
        let tenths = max(10, n / 100_000)
        if tenths % 10 == 0 {
            let m = tenths / 10
            return (m < 10 ? words(m) : String(m)) + " million"
        }
        return "\(tenths / 10).\(tenths % 10) million"
    }

    /// A hedge before a figure, or nothing (about half the time).
    static func hedge(using rng: inout SplitMix64) -> String {
        if rng.chance(0.45) { return "" }
        return rng.pick(["about ", "around ", "approximately ", "roughly ", "nearly ", "almost ", "as many as ",
                         "up to ", "at least ", "more than ", "over ", "some ", "an estimated ", "close to ",
                         "fewer than ", "no more than ", "upwards of "])
    }

    /// A figure with an optional hedge, a range, or a vague amount; `of` is appended to vague
    /// amounts that need it before a noun ("thousands of").
    static func amount(in range: ClosedRange<Int>, using rng: inout SplitMix64) -> String {
        switch rng.below(12) {
        case 0, 1: return self.range(in: range, using: &rng)
        case 2: return vague(for: range, using: &rng)
        default: return hedge(using: &rng) + count(in: range, using: &rng)
        }
    }

    /// "between 10,000 and 12,000", "10,000 to 12,000", "10,000-12,000", "from 3,000 to 4,000".
    static func range(in range: ClosedRange<Int>, using rng: inout SplitMix64) -> String {
        let a = roundFigure(in: range, using: &rng)
        let b = a + max(1, roundFigure(in: max(1, a / 10)...max(2, a / 2), using: &rng))
        switch rng.below(4) {
        case 0: return "between \(grouped(a)) and \(grouped(b))"
        case 1: return "\(grouped(a)) to \(grouped(b))"
        case 2: return "\(grouped(a))-\(grouped(b))"
        default: return "from \(grouped(a)) to \(grouped(b))"
        }
    }

    /// "several thousand", "thousands of", "hundreds of", "dozens of", "tens of thousands of".
    static func vague(for range: ClosedRange<Int>, using rng: inout SplitMix64) -> String {
        let top = range.upperBound
        if top >= 100_000 { return rng.pick(["tens of thousands of", "hundreds of thousands of", "more than a hundred thousand"]) }
        if top >= 5_000 { return rng.pick(["several thousand", "thousands of", "a few thousand", "many thousands of"]) }
        if top >= 500 { return rng.pick(["several hundred", "hundreds of", "a few hundred"]) }
        return rng.pick(["dozens of", "several dozen", "a handful of", "scores of"])
    }

    /// "$540 million", "$1.2 billion", "€300 million", "US$45 million", "2.3 billion euros", "$75,000,000".
    static func money(using rng: inout SplitMix64) -> String {
        let millions = rng.chance(0.3) ? rng.int(1...40) * 100 : rng.int(5...950)
        let amount: String
        if millions >= 1000 {
            let b = millions / 100
            amount = b % 10 == 0 ? "\(b / 10) billion" : "\(b / 10).\(b % 10) billion"
        } else {
            amount = "\(millions) million"
        }
        let hedge = rng.chance(0.5) ? "" : rng.pick(["about ", "around ", "nearly ", "more than ", "up to ", "at least ", "some "])
        switch rng.below(7) {
        case 0: return hedge + "€" + amount
        case 1: return hedge + "US$" + amount
        case 2: return hedge + amount + " dollars"
        case 3: return hedge + amount + " euros"
        case 4 where millions < 1000: return hedge + "$" + grouped(millions * 1_000_000)
        default: return hedge + "$" + amount
        }
    }

    /// "12 percent", "a third", "40%".
    static func share(using rng: inout SplitMix64) -> String {
        switch rng.below(4) {
        case 0: return rng.pick(["a third", "half", "a quarter", "two-thirds", "nearly half"])
        case 1: return "\(rng.int(2...95))%"
        default: return "\(rng.int(2...95)) percent"
        }
    }
}
