/// A sentence as a range of tokens, with the scalar span evidence is cut from.
struct Sentence: Sendable {
    var tokens: Range<Int>
    var span: (start: Int, end: Int)
    /// Index of the paragraph (a block of text between line breaks) the sentence belongs to.
    var paragraph: Int
    /// Most words capitalised: a headline, caption or label line, where name rules are not trusted.
    var isHeadline: Bool
}

/// Splits a token stream into sentences.
///
///     "Gen. Smith said the U.S. sent 1.5 million rounds. J. Mansour agreed." → two sentences
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes) before a capitalised word, digit, quote or
/// line break, unless the period closes an abbreviation or an initial; a line break ends a sentence unless
/// the next line starts in lower case; bullets open a sentence and are not part of it.
enum SentenceSplitter {
    /// Longest sentence analysed as one; longer runs are cut at a comma or at this length.
    static let maxTokens = 200

    static func split(_ tokens: [Token], lexicon: CompiledLexicon) -> [Sentence] {
        var out: [Sentence] = []
        var paragraph = 0
        var start = 0
        let n = tokens.count

        func emit(_ a: Int, _ b: Int) {
            // A run-on "sentence" (a list, a table, text without punctuation) is cut into pieces so that
            // every rule's work stays proportional to the text.
            if b - a > maxTokens {
                var cut = a + maxTokens
                var k = cut
                while k > a + maxTokens / 2 {
                    if tokens[k - 1].mark == "," || tokens[k - 1].mark == ";" { cut = k; break }
                    k -= 1
                }
                emit(a, cut)
                emit(cut, b)
                return
            }
            var a = a
            while a < b, isBullet(tokens[a]) { a += 1 }
            var b = b
            while b > a, tokens[b - 1].kind == .punct, isBullet(tokens[b - 1]) { b -= 1 }
            guard a < b else { return }
            var words = 0
            var lowerContent = 0
            for k in a..<b where tokens[k].isWord && tokens[k].lower != "'s" {
                words += 1
                if !tokens[k].isCapitalized, !lexicon.isConnector(tokens[k]), !lexicon.isFunctionWord(tokens[k]) { lowerContent += 1 }
            }
            let ended = endsSentence(tokens[b - 1]) || (b - a > 1 && endsSentence(tokens[b - 2]))
            let headline = words >= 3 && lowerContent * 5 < words && !ended
            out.append(Sentence(tokens: a..<b, span: (tokens[a].start, tokens[b - 1].end), paragraph: paragraph,
                                isHeadline: headline))
        }

        var i = 0
        while i < n {
            // Only line breaks and punctuation end sentences: skip other tokens before copying them.
            if tokens[i].newlines == 0, tokens[i].kind != .punct {
                i += 1
                continue
            }
            let t = tokens[i]
            // A line break before this token?
            if i > start, t.newlines > 0 {
                let prev = tokens[i - 1]
                let blank = t.newlines > 1
                let continues = !blank && t.isWord && !t.isCapitalized && !isBullet(t)
                    && !(prev.kind == .punct && endsSentence(prev))
                if !continues {
                    emit(start, i)
                    start = i
                    paragraph += 1
                }
            } else if i == start, t.newlines > 0, i > 0 {
                paragraph += 1
            }
            if t.kind == .punct, t.mark == "." || t.mark == "!" || t.mark == "?" || t.mark == "…" {
                // include closing quotes and brackets
                var j = i + 1
                while j < n, !tokens[j].spaceBefore, tokens[j].kind == .punct, isCloser(tokens[j]) { j += 1 }
                if j >= n {
                    i = j
                    continue
                }
                let next = tokens[j]
                let nextStarts = next.newlines > 0 || next.isCapitalized || next.isNumber || isOpener(next) || isBullet(next)
                if nextStarts, next.spaceBefore || next.newlines > 0, !isAbbreviation(tokens, i, lexicon) {
                    emit(start, j)
                    start = j
                    if next.newlines > 0 { paragraph += 1 }
                    i = j
                    continue
                }
            }
            i += 1
        }
        if start < n { emit(start, n) }
        return out
    }

    /// For each sentence a quotation runs through, the later sentence of its paragraph that closes it,
    /// where the speaker is named: '"We pulled 17 people alive. That means 28 are missing," said Claire
    /// Juchat.' — the first sentence is hers too.
    static func quoteClosers(_ sentences: [Sentence], tokens: [Token]) -> [Int?] {
        var closers = [Int?](repeating: nil, count: sentences.count)
        var open: [Int] = []
        var inside = false
        for (i, s) in sentences.enumerated() {
            if i > 0, s.paragraph != sentences[i - 1].paragraph {
                open.removeAll()
                inside = false
            }
            for k in s.tokens {
                switch tokens[k].mark {
                case "\"": inside.toggle()
                case "“", "«": inside = true
                case "”", "»": inside = false
                default: break
                }
            }
            if inside {
                open.append(i)
            } else {
                for j in open { closers[j] = i }
                open.removeAll()
            }
        }
        return closers
    }

    /// The period at `i` closes an abbreviation ("Gen.") or an initial ("J."), not a sentence.
    private static func isAbbreviation(_ tokens: [Token], _ i: Int, _ lexicon: CompiledLexicon) -> Bool {
        guard tokens[i].mark == ".", i > 0, !tokens[i].spaceBefore else { return false }
        let prev = tokens[i - 1]
        guard prev.isWord else { return false }
        if prev.text.unicodeScalars.count == 1, prev.isCapitalized { return true }
        return lexicon.isAbbreviation(prev)
    }

    static func isBullet(_ t: Token) -> Bool {
        guard t.kind == .punct else { return false }
        switch t.mark {
        case "•", "●", "▪", "◦", "‣", "∙", "·", "*", "-", "–", "—", "■", "□", "►", "▶", "✓", "✔", ">": return true
        default: return false
        }
    }

    static func endsSentence(_ t: Token) -> Bool { t.mark == "." || t.mark == "!" || t.mark == "?" }

    static func isCloser(_ t: Token) -> Bool {
        switch t.mark {
        case "\"", "”", "’", "'", ")", "]", "»", "›": return true
        default: return false
        }
    }

    static func isOpener(_ t: Token) -> Bool {
        switch t.mark {
        case "\"", "“", "‘", "(", "[", "«", "‹": return true
        default: return false
        }
    }
}
