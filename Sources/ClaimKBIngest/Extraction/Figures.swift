import ClaimKBModel

/// A figure found in a sentence, with what it counts.
struct Figure {
    /// From the hedge (if any) to the end of the figure and its unit.
    var tokens: Range<Int>
    var low: Double
    var high: Double
    var unit: String?
    var qualifier: Qualifier
    /// digits, words, vague or range: how the figure was written.
    var rule: String
    /// The counted phrase ("North Korean special operations soldiers"), when one follows.
    var counted: Range<Int>?
    var kind: String?
    /// The kind comes from a noun before the figure ("the death toll rose to 85").
    var linkedBack: Bool = false
    /// The token after the figure and its counted phrase.
    var end: Int
    /// The first token of the (first) number, where a currency symbol would stand before.
    var firstNumber: Int = 0
}

/// Reads figures: digits with separators and scales ("1.2 million"), number words ("eight million"),
/// currency ("$540 million"), ranges ("between 10,000 and 12,000"), vague amounts ("several thousand"),
/// each with its hedge and the counted noun that follows.
///
///     "as many as 13,000 containers filled with artillery shells" → 13,000 up_to, kind munitions
struct FigureFinder {
    // Word lists as constants: an array literal of Strings is allocated and freed on every call.
    private static let rangeConnectors = ["and", "to", "-", "–", "or"]
    private static let possessives = ["the", "its", "their", "his", "her", "our", "these", "those", "all"]
    private static let increments = ["more", "fewer", "additional", "extra", "further"]

    let lexicon: CompiledLexicon
    let tokens: [Token]

    /// Largest figure taken as a claim; beyond it digits are identifiers or noise.
    static let ceiling = 1e15

    /// "rose by (about) 3,000 to 12,000": the first figure is a change, the second a total, not a range.
    private func isChange(before i: Int, floor: Int) -> Bool {
        let hedge = lexicon.hedges.matchEnding(tokens, before: i, floor: floor)?.length ?? 0
        let k = i - hedge - 1
        return k >= floor && tokens[k].lower == "by"
    }

    func find(in s: Sentence, skip: [Bool]) -> [Figure] {
        var out: [Figure] = []
        let end = s.tokens.upperBound
        var i = s.tokens.lowerBound
        while i < end {
            if skip[i] || !mayStartFigure(at: i) { i += 1; continue }
            var figure: Figure?
            if tokens[i].isWord, let v = lexicon.vague.match(tokens, at: i, end: end) {
                // the figure reads "thousands", not "thousands of"; the counted noun still follows "of"
                let words = v.length > 1 && tokens[i + v.length - 1].lower == "of" ? v.length - 1 : v.length
                figure = Figure(tokens: i..<(i + words), low: v.value.low, high: v.value.high, unit: nil,
                                qualifier: .vague, rule: "vague", end: i + v.length, firstNumber: i)
            } else if let n = number(at: i, end: end, skip: skip) {
                var f = Figure(tokens: i..<n.end, low: n.value, high: n.value, unit: nil, qualifier: .exact,
                               rule: n.words ? "words" : "digits", end: n.end, firstNumber: i)
                // a range: "between 10,000 and 12,000", "10,000-12,000", "from 8 to 13"
                let second = n.end + 1 < end && lexicon.unitSymbols.match(tokens, at: n.end + 1, end: end) != nil
                    ? n.end + 1 + lexicon.unitSymbols.match(tokens, at: n.end + 1, end: end)!.length : n.end + 1
                if n.end + 1 < end, Self.rangeConnectors.contains(tokens[n.end].lower),
                   let m = number(at: second, end: end, skip: skip) {
                    var b = i - 1
                    if b > s.tokens.lowerBound, lexicon.unitSymbols.match(tokens, at: b, end: i) != nil { b -= 1 }
                    let before = b >= s.tokens.lowerBound ? tokens[b].lower : ""
                    let connector = tokens[n.end].lower
                    let ok = connector == "and" ? before == "between"
                        : connector == "-" || connector == "–" ? !tokens[n.end].spaceBefore || tokens[n.end].mark == "–"
                        : connector == "to" ? (before == "from" || before == "between" || !isChange(before: i, floor: s.tokens.lowerBound))
                        : true
                    if ok {
                        let i = before == "between" || before == "from" ? b + 1 : i
                        var low = n.value
                        if n.scale == 1, m.scale > 1 { low *= m.scale }
                        if low <= m.value {
                            f.low = low
                            f.high = m.value
                            f.tokens = (before == "between" || before == "from" ? b : i)..<m.end
                            f.rule = "range"
                            f.end = m.end
                        }
                    }
                }
                figure = f
            }
            guard var f = figure else { i += 1; continue }
            // currency symbol before: "$540 million", "US$5bn"
            if f.rule != "vague", let sym = lexicon.unitSymbols.matchEnding(tokens, before: f.firstNumber, floor: s.tokens.lowerBound, maxLength: 2) {
                f.unit = sym.value.unit
                f.kind = sym.value.kind
                if f.tokens.lowerBound == f.firstNumber {
                    f.tokens = (f.tokens.lowerBound - sym.length)..<f.tokens.upperBound
                }
            }
            // unit word after: "50 million euros", "62 percent", "45%"
            if f.unit == nil, let u = lexicon.unitWords.match(tokens, at: f.end, end: end) ?? lexicon.unitSymbols.match(tokens, at: f.end, end: end) {
                f.unit = u.value.unit
                f.kind = u.value.kind
                f.end += u.length
                f.tokens = f.tokens.lowerBound..<f.end
            }
            // hedge before: "about", "as many as", "an estimated"
            // ("handed over 14": a verb's particle, listed as exact, is no hedge and not part of the figure)
            if let h = lexicon.hedges.matchEnding(tokens, before: f.tokens.lowerBound, floor: s.tokens.lowerBound),
               h.value != .exact {
                if f.qualifier != .vague { f.qualifier = h.value }
                f.tokens = (f.tokens.lowerBound - h.length)..<f.tokens.upperBound
            }
            if f.low > Self.ceiling || f.high > Self.ceiling { i = f.end; continue }
            // "one in five arrivals was a child": a share, not a count of either
            if f.rule != "range", f.unit == nil, f.low <= 10, f.end + 1 < end, tokens[f.end].lower == "in",
               let m = number(at: f.end + 1, end: end, skip: skip), m.value > f.low, m.value <= 1_000 {
                i = m.end
                continue
            }
            if let c = countedNoun(from: f.end, end: end) {
                f.counted = c.range
                if f.kind == nil || f.unit == "percent" { f.kind = c.kind }
                f.end = c.range.upperBound
            }
            out.append(f)
            i = max(f.end, i + 1)
        }
        return out
    }

    /// Digits, a number word or a vague amount's first word: no other token starts a figure.
    private func mayStartFigure(at i: Int) -> Bool {
        tokens[i].isNumber || tokens[i].isWord && (lexicon.vague.mayStart(tokens[i].info) || tokens[i].info?.numberWord != nil
            || tokens[i].lower == "a" || tokens[i].lower == "half")
    }

    struct Number {
        var value: Double
        var end: Int
        var scale: Double
        var words: Bool
    }

    /// "a" or "half a" before a scale word ("a dozen", "half a million"): the value and where the scale is.
    private func articleNumber(at i: Int, end: Int) -> (Double, Int)? {
        func scaleAt(_ k: Int) -> Bool { k < end && lexicon.numberWord(tokens[k])?.scale == true && tokens[k].lower.count > 2 }
        if tokens[i].lower == "a", scaleAt(i + 1) { return (1, i + 1) }
        if tokens[i].lower == "half", i + 1 < end, tokens[i + 1].lower == "a", scaleAt(i + 2) { return (0.5, i + 2) }
        return nil
    }

    /// A number at `i` in digits or words, with any scale words after it; nil for identifiers ("KN-23"),
    /// calibres and compounds ("122-mm", "32-year-old"), ratios and times ("0 / 5", "17:25").
    func number(at i: Int, end: Int, skip: [Bool]) -> Number? {
        guard i < end, !skip[i] else { return nil }
        let t = tokens[i]
        var value: Double
        var k = i + 1
        var words = false
        if t.isNumber {
            guard let v = Self.parseDigits(t.text) else { return nil }
            value = v
            if i > 0, tokens[i - 1].mark == "-", !t.spaceBefore, !tokens[i - 1].spaceBefore, i > 1, tokens[i - 2].isWord { return nil }
            if i > 0, ["#", "/", ":", "№"].contains(tokens[i - 1].mark), !t.spaceBefore || tokens[i - 1].mark == "/" { return nil }
            if k < end, ["/", ":"].contains(tokens[k].mark), k + 1 < end, tokens[k + 1].isNumber { return nil }
        } else if t.isWord, let (v, next) = articleNumber(at: i, end: end) {
            value = v  // its scale follows: "a dozen", "a million", "half a million"
            words = true
            k = next
        } else if t.isWord, let w = lexicon.numberWord(t), !w.scale {
            value = w.value
            words = true
            if t.lower == "one", k < end, ["of", "another", "side", "day", "time"].contains(tokens[k].lower) { return nil }
            // "the one reported", "this one": a pronoun, not a count
            if t.lower == "one", i > 0, ["the", "this", "that", "which", "each", "every", "no", "any", "another"].contains(tokens[i - 1].lower) { return nil }
            // "twenty-five", "three hundred thousand"
            var current = value
            let total = 0.0
            while k < end {
                let u = tokens[k]
                if u.mark == "-", !u.spaceBefore, k + 1 < end, let w2 = lexicon.numberWord(tokens[k + 1]), !w2.scale {
                    current += w2.value
                    k += 2
                    continue
                }
                guard u.isWord, let w2 = lexicon.numberWord(u) else { break }
                if w2.scale {
                    if w2.value >= 1000 {
                        break  // millions and thousands are applied below, like after digits
                    }
                    current *= w2.value
                } else {
                    current += w2.value
                }
                k += 1
            }
            value = total + current
        } else {
            return nil
        }
        // calibres and compounds: "122-mm", "32-year-old", "five-year" (but "a 5,000-strong contingent" counts)
        if k + 1 < end, tokens[k].mark == "-", !tokens[k].spaceBefore, !tokens[k + 1].spaceBefore, tokens[k + 1].isWord,
           lexicon.numberWord(tokens[k + 1]) == nil {
            guard tokens[k + 1].lower == "strong" else { return nil }
            k += 2
        }
        var scale = 1.0
        while k < end, tokens[k].isWord, let w = lexicon.numberWord(tokens[k]), w.scale {
            if tokens[k].lower.count <= 2, tokens[k].spaceBefore { break }  // "m", "bn" only glued: "540m"
            scale *= w.value
            k += 1
        }
        value *= scale
        guard value.isFinite else { return nil }
        return Number(value: value, end: k, scale: scale, words: words)
    }

    /// "1,500" → 1500, "1.2" → 1.2, "12,000.5" → 12000.5; nil for "1,2,3,4" (groups that are not thousands).
    /// Works on bytes: splitting Strings into parts cost more than the rest of reading a figure. Text that
    /// is not ASCII never parses (no `Double` is written with other scalars).
    static func parseDigits(_ s: String) -> Double? {
        var s = s
        let digits: String? = s.withUTF8 { b in
            let comma = UInt8(ascii: ","), period = UInt8(ascii: ".")
            var dot: Int?
            for k in b.indices {
                if b[k] >= 0x80 { return nil }
                if b[k] == period {
                    if dot != nil { return nil }  // more than two parts
                    dot = k
                }
            }
            let wholeEnd = dot ?? b.count
            // groups of the whole part between commas: the first of 1-3 digits, the others of 3
            var groups = 1, length = 0, firstLength = 0, otherThanThree = false
            for k in 0..<wholeEnd {
                guard b[k] == comma else { length += 1; continue }
                if groups == 1 { firstLength = length } else if length != 3 { otherThanThree = true }
                groups += 1
                length = 0
            }
            if groups > 1 {
                if length != 3 { otherThanThree = true }
                guard (1...3).contains(firstLength), !otherThanThree else { return nil }
            }
            if let dot, groups > 1, b.count - dot - 1 == 3 { return nil }  // "1,500.000" is not a figure we trust
            return String(unsafeUninitializedCapacity: b.count) { out in
                var n = 0
                for k in b.indices where b[k] != comma || k >= wholeEnd {
                    out[n] = b[k]
                    n += 1
                }
                return n
            }
        }
        guard let digits, let v = Double(digits), v.isFinite else { return nil }
        return v
    }

    /// The noun a figure counts, with the words between ("North Korean special operations soldiers",
    /// "122-mm and 152-mm shells"). Containers take the kind of their contents.
    func countedNoun(from k: Int, end: Int) -> (range: Range<Int>, kind: String)? {
        var j = k
        // 'would send "up to 12,000" soldiers': the quotation closes on the figure
        if j < end, tokens[j].mark == "\"" || tokens[j].mark == "”" || tokens[j].mark == "»" { j += 1 }
        let start = j
        // "tens of thousands of its own soldiers": the vague amount has read its "of"
        if j < end, j > 0, tokens[j - 1].lower == "of", Self.possessives.contains(tokens[j].lower) { j += 1 }
        if j < end, tokens[j].lower == "of" {
            j += 1
            if j < end, Self.possessives.contains(tokens[j].lower) { j += 1 }
            // "1.9 million of Gaza's 2.3 million people"
            else if j + 1 < end, tokens[j].isCapitalized, tokens[j + 1].lower == "'s" { j += 2 }
            // a part of a whole: "412 of the 650 seats" counts seats
            if j + 1 < end, tokens[j].isNumber, tokens[j + 1].isWord { j += 1 }
        }
        // people named by their country: "200 North Koreans had died", "6 million Ukrainians"
        if j < end, tokens[j].isCapitalized, let m = lexicon.aliases.match(tokens, at: j, end: end),
           m.value.contains(where: \.demonym), tokens[j + m.length - 1].lower.hasSuffix("s")
            // ("three Sudanese", but "53 Chinese military aircraft")
            || tokens[j + m.length - 1].lower.hasSuffix("ese") && (j + m.length >= end || !tokens[j + m.length].isWord
                || lexicon.isFunctionWord(tokens[j + m.length]) || lexicon.verb(tokens[j + m.length]) != nil),
           j + m.length >= end || lexicon.countedNouns.match(tokens, at: j + m.length, end: end) == nil {
            return (start..<(j + m.length), "people")
        }
        var words = 0
        while j < end, words < 6 {
            let t = tokens[j]
            if t.isWord, let m = lexicon.countedNouns.match(tokens, at: j, end: end), m.value != "ref" {
                var headEnd = j + m.length
                var kind = m.value
                while headEnd < end, tokens[headEnd].isWord, let m2 = lexicon.countedNouns.match(tokens, at: headEnd, end: end),
                      m2.value != "ref" {
                    kind = m2.value
                    headEnd += m2.length
                }
                // "about 44,000 of the company's workers": a possessor, not what is counted
                if headEnd < end, tokens[headEnd].lower == "'s" {
                    j = headEnd + 1
                    words += 1
                    continue
                }
                if kind == "container" {
                    kind = "other"
                    var c = headEnd
                    while c < end, c < headEnd + 6, tokens[c].mark != "," {
                        if let m3 = lexicon.countedNouns.match(tokens, at: c, end: end), m3.value != "container", m3.value != "ref" {
                            kind = m3.value
                            break
                        }
                        c += 1
                    }
                }
                return (start..<headEnd, kind)
            }
            if t.isNumber {
                if j + 2 < end, tokens[j + 1].mark == "-", !tokens[j + 1].spaceBefore, tokens[j + 2].isWord { j += 1; continue }
                // a model name: "14 Leopard 2 tanks", "31 M1 Abrams tanks"
                if j > k, tokens[j - 1].isWord, tokens[j - 1].isCapitalized, j + 1 < end, tokens[j + 1].isWord { j += 1; continue }
                if j > k + 1, tokens[j - 1].mark == "-", !t.spaceBefore, tokens[j - 2].isCapitalized, j + 1 < end, tokens[j + 1].isWord {
                    j += 1  // "F-35 fighter jets", "MiG-29s"
                    continue
                }
                return nil
            }
            if t.mark == "-", !t.spaceBefore { j += 1; continue }
            // "the company's production workers": the possessive goes on to what is counted
            if t.lower == "'s", j > k { j += 1; continue }
            guard t.isWord, t.lower != "'s" else { return nil }
            // another figure begins: "23 survivors and recovered nine bodies"
            if lexicon.numberWord(t).map({ !$0.scale }) == true { return nil }
            if t.lower == "and" || t.lower == "or" {
                if j + 2 < end, tokens[j + 1].isNumber, tokens[j + 2].mark == "-" { j += 1; continue }
                // coordinated modifiers before the noun: "13,000 search and rescue personnel"
                if j > k, tokens[j - 1].isWord, !lexicon.isFunctionWord(tokens[j - 1]), j + 1 < end, tokens[j + 1].isWord,
                   !tokens[j + 1].isCapitalized, !lexicon.isFunctionWord(tokens[j + 1]), lexicon.verb(tokens[j + 1]) == nil,
                   !lexicon.isFigureLink(tokens[j + 1]) { j += 1; continue }
                return nil
            }
            // "500 more soldiers", "2,000 additional troops"
            if j == k, Self.increments.contains(t.lower) { j += 1; continue }
            if lexicon.isFunctionWord(t), !t.isCapitalized { return nil }
            // ("more than 24,800 reported fatalities": a participle before the noun)
            if lexicon.verb(t) != nil, t.lower.hasSuffix("ed"), j + 1 < end, lexicon.countedNouns.match(tokens, at: j + 1, end: end) != nil {
                words += 1
                j += 1
                continue
            }
            // ("the hardest-hit people": a verb inside a compound word)
            let compound = j > k && tokens[j - 1].mark == "-" && !t.spaceBefore
            if !compound, lexicon.verb(t) != nil || lexicon.isFigureLink(t) { return nil }
            words += 1
            j += 1
        }
        return nil
    }
}
