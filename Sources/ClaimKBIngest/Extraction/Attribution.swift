import ClaimKBModel

/// Who makes the claims of a sentence, found by the rules in order: "according to X"; the subject of the
/// nearest reporting verb before the figure ("X said that …", "X, citing Y, suggested …"); a reporting verb
/// after it ("…, X said."); else the previous sentence's source, carried within a paragraph.
struct Attribution {
    struct Source {
        var entity: Int
        var text: String
    }
    var claimant: Source?
    var cited: [Source] = []
    var polarity: Polarity = .asserted
    /// according-to, verb, passive, verb-after, carried, quoted (the speaker who closes the quotation), actor
    /// (the subject of "plans", "demands"); unnamed: a reporting verb whose speaker has no name
    var rule: String
    /// Token of the reporting verb, when one was used.
    var verb: Int?
}

struct AttributionFinder {
    // Word lists as constants: an array literal of Strings is allocated and freed on every call.
    private static let clauseOpeners = ["while", "but", "whereas", "although", "though", "which", "who", "where"]
    private static let contrastOpeners = ["while", "whereas", "but", "although"]
    private static let relativePronouns = ["which", "who", "whose"]
    private static let speakerPronouns = ["he", "she", "they", "we", "i", "others"]
    private static let nounDeterminers = ["the", "a", "an", "these", "those", "its", "their", "his", "her", "our", "such", "this", "that", "of", "'s"]
    static let passiveAuxiliaries = ["be", "been", "being", "is", "are", "was", "were"]
    private static let determiners = ["the", "a", "an", "its", "their", "his", "her"]
    private static let asideOpeners = ["a", "an", "who", "which", "whose", "whom", "based", "linked", "including", "itself", "himself", "herself",
                                       "led", "run", "headed", "backed", "owned", "founded", "funded", "chaired", "supported"]
    private static let nameModifiers = ["the", "a", "an", "'s"]
    private static let bodyPrepositions = ["at", "from", "in"]
    /// Words between a speaker and its verb: "have also said", "later told".
    static let auxiliaries = ["have", "has", "had", "also", "later", "earlier", "then", "previously"]
    /// Claim verbs that are never nouns.
    private static let onlyVerbs = ["said", "says", "told", "tells"]
    /// Reporting verbs whose object is the listener.
    private static let addressVerbs = ["tell", "tells", "told", "telling"]

    let lexicon: CompiledLexicon
    let tokens: [Token]
    let entities: EntityRecognizer

    private func source(_ m: Int) -> Attribution.Source {
        Attribution.Source(entity: entities.mentions[m].entity, text: entities.text(entities.mentions[m].tokens))
    }

    /// Attribution for a figure at token `f` (or for the whole sentence when `f` is nil).
    func attribute(_ s: Sentence, figure f: Int?) -> Attribution? {
        let a = s.tokens.lowerBound, b = s.tokens.upperBound
        let cited = citedSources(s)
        // 1. according to X
        var k = a
        while k + 1 < b {
            if tokens[k].lower == "according", tokens[k + 1].lower == "to", f.map({ !inOtherClause(k, $0, end: b) }) ?? true {
                var j = k + 2
                var steps = 0
                while j < b, steps < 8, tokens[j].mark != "," {
                    var m = entities.mentionAt[j]
                    if m != -1, !entities.mentions[m].demonym || isGroupLike(m) {
                        // "according to South Korea's National Intelligence Service": the possessed body speaks
                        let after = entities.mentions[m].tokens.upperBound
                        if after + 1 < b, tokens[after].lower == "'s", entities.mentionAt[after + 1] != -1 {
                            m = entities.mentionAt[after + 1]
                        }
                        // "according to the UN migration agency IOM": the name that closes the phrase
                        var n = entities.mentions[m].tokens.upperBound
                        var gap = 0
                        while n < b, gap <= 3, entities.mentionAt[n] == -1, tokens[n].isWord, !tokens[n].isCapitalized,
                              !lexicon.isFunctionWord(tokens[n]), lexicon.verb(tokens[n]) == nil {
                            n += 1
                            gap += 1
                        }
                        if gap > 0, n < b, entities.mentionAt[n] != -1, !entities.mentions[entities.mentionAt[n]].demonym {
                            m = entities.mentionAt[n]
                        }
                        return finish(Attribution(claimant: source(m), cited: cited, rule: "according-to"), s, verb: nil)
                    }
                    // "according to ministry data", "a ministry bulletin seen by Reuters", "Ministry surveillance
                    // data": a body's head noun
                    if m == -1, tokens[j].isWord, !tokens[j].isCapitalized || j + 1 < b && tokens[j + 1].isWord && !tokens[j + 1].isCapitalized,
                       let e = entities.bodyMentioned(headed: tokens[j].lower, before: j) {
                        let body = Attribution.Source(entity: e, text: entities.entities[e].key.name)
                        return finish(Attribution(claimant: body, cited: cited, rule: "according-to"), s, verb: nil)
                    }
                    j += 1
                    steps += 1
                }
            }
            k += 1
        }
        // 2. the nearest reporting verb before the figure, with its subject (for a whole sentence: the first)
        let candidates = f.map { stride(from: $0 - 1, through: a, by: -1) } ?? stride(from: a, through: b - 1, by: 1)
        // a speaker the rules cannot name ("the ministry denied reports that …"): the verb still gives the polarity
        var unnamed: Int?
        for v in candidates where isReportingVerb(v, floor: a) && !inRelativeAside(v, before: f, floor: a) {
            // "The RSF has denied …, where a U.N. panel of experts said 10,000 …": an unnamed speaker's clause
            // is not the earlier clause's report
            if f != nil, let u = unnamed,
               (v..<u).contains(where: { tokens[$0].mark == "," && Self.clauseOpeners.contains(tokens[$0 + 1].lower) }) { break }
            guard let subj = subject(of: v, floor: a) else {
                if unnamed == nil, hasSpeaker(before: v, floor: a) { unnamed = v }
                continue
            }
            var att = Attribution(claimant: subj, cited: cited, rule: "verb", verb: v)
            // a chain: "X disclosed that Y had gathered evidence suggesting that …" → X claims, citing Y
            let t = entities.entities[subj.entity].key.type
            if t != .country, t != .place, let outer = outerClaimant(before: v, floor: a), outer.entity != subj.entity {
                att.claimant = outer
                att.cited.insert(subj, at: 0)
            }
            return finish(att, s, verb: v)
        }
        // 2b. the passive: "…, was reported by South Korean media", "as confirmed by the Pentagon"
        for v in s.tokens where v > a && v + 2 < b && tokens[v + 1].lower == "by" && lexicon.verb(tokens[v]).map({ !$0.cites }) == true
            && (Self.passiveAuxiliaries.contains(tokens[v - 1].lower) || tokens[v - 1].lower == "as") {
            let agent = tokens[v + 2].lower == "the" && v + 3 < b ? v + 3 : v + 2
            let m = entities.mentionAt[agent]
            if m != -1, entities.entities[entities.mentions[m].entity].key.type != .place {
                return finish(Attribution(claimant: source(m), cited: cited, rule: "passive", verb: v), s, verb: v)
            }
        }
        // 3. a reporting verb after the figure: "…, X said." (for a whole sentence, which rule 2 read
        // already: the speaker after the verb that closes a quote, '"…," said X.')
        do {
            let whole = f == nil
            let f = f ?? a
            var v = f
            while v < b {
                // another clause begins: "…, while the United States said …", "…, and Tiangco said …"
                if tokens[v].mark == ";" || tokens[v].mark == "," && v + 1 < b
                    && (Self.clauseOpeners.contains(tokens[v + 1].lower) || opensCoordinateClause(v + 1, end: b)) { break }
                // "…, a figure disputed by Kyiv": what follows judges the figure, it does not report it
                if tokens[v].mark == ",", v + 2 < b, ["a", "an", "the"].contains(tokens[v + 1].lower),
                   lexicon.countedNouns.match(tokens, at: v + 2, end: b)?.value == "ref" { break }
                if whole, v == a || tokens[v - 1].kind != .punct {
                    // only '…," said X' is left to find
                } else if isReportingVerb(v, floor: f) {
                    // a denial after a speaker's report answers it: "The army said it had killed
                    // 17,000 militants, a claim Hamas rejected."
                    if unnamed != nil, lexicon.verb(tokens[v])?.polarity == .denied { break }
                    if unnamed == nil, hasSpeaker(before: v, floor: f) { unnamed = v }
                    if let subj = subject(of: v, floor: f) {
                        return finish(Attribution(claimant: subj, cited: cited, rule: "verb-after", verb: v), s, verb: v)
                    }
                    // "The OSCE, which deployed more than 500 observers, said": the figure is in an aside of the speaker's
                    if !whole, inRelativeAside(f, before: v, floor: a), let subj = subject(of: v, floor: a) {
                        return finish(Attribution(claimant: subj, cited: cited, rule: "verb-after", verb: v), s, verb: v)
                    }
                    // "…, said the Defence Ministry", "…, said Dr. Amina Yusuf"; but "told AFP" names whom it was told
                    var named = v + 2 < b && tokens[v + 1].lower == "the" ? v + 2 : v + 1
                    if named < b, entities.mentionAt[named] == -1,
                       let title = lexicon.titles.match(tokens, at: named, end: b) { named += title.length }
                    if named < b, entities.mentionAt[named] != -1, !Self.addressVerbs.contains(tokens[v].lower) {
                        return finish(Attribution(claimant: source(entities.mentionAt[named]), cited: cited, rule: "verb-after", verb: v), s, verb: v)
                    }
                }
                v += 1
            }
        }
        // 4. a named actor stating its own intent: "The Ministry plans to receive 1.5 million doses"
        if unnamed == nil, let f {
            // ("The cabinet plans to spend", "is seeking $852 million": a verb, though after a noun or "is")
            for v in stride(from: f - 1, through: a, by: -1) where lexicon.isActorVerb(tokens[v])
                && (tokens[v + 1].lower == "to" || tokens[v].lower.hasSuffix("ing") || isUsedAsVerb(v, floor: a)) {
                if let subj = subject(of: v, floor: a) {
                    return finish(Attribution(claimant: subj, cited: cited, rule: "actor", verb: nil), s, verb: nil)
                }
                break
            }
        }
        return unnamed.map { finish(Attribution(claimant: nil, cited: cited, rule: "unnamed", verb: $0), s, verb: $0) }
    }

    /// "…, according to the interior ministry, while the CGT union put the turnout at 3.5 million": a
    /// clause of its own ("while", "but", ";") stands between the phrase at `k` and the figure at `f`.
    private func inOtherClause(_ k: Int, _ f: Int, end: Int) -> Bool {
        for j in min(k, f)..<max(k, f) {
            if tokens[j].mark == ";" { return true }
            if tokens[j].mark == ",", j + 1 < tokens.count, Self.clauseOpeners.contains(tokens[j + 1].lower) { return true }
            // "…, according to ACLED, and more than 11 million have been displaced, the IOM says": an
            // "and" clause after the phrase with a speaker of its own
            if k < f, tokens[j].mark == ",", j + 1 < f, tokens[j + 1].lower == "and",
               (f..<end).contains(where: { isReportingVerb($0, floor: f) && hasSpeaker(before: $0, floor: f) }) { return true }
        }
        return false
    }

    private func isGroupLike(_ m: Int) -> Bool {
        let t = entities.entities[entities.mentions[m].entity].key.type
        return t == .country || t == .organization || t == .media
    }

    /// "citing X", "quoting X": the sources the claimant relies on.
    private func citedSources(_ s: Sentence) -> [Attribution.Source] {
        var out: [Attribution.Source] = []
        for k in s.tokens where lexicon.verb(tokens[k])?.cites == true {
            var j = k + 1
            while j < s.tokens.upperBound, j <= k + 4 {
                let m = entities.mentionAt[j]
                if m != -1 {
                    out.append(source(m))
                    break
                }
                j += 1
            }
        }
        return out
    }

    /// The sentence has its own reporting verb (even with a source the rules cannot name): its claims are
    /// not carried over from the sentence before.
    func hasReportingVerb(_ s: Sentence) -> Bool {
        let a = s.tokens.lowerBound
        for v in s.tokens where isReportingVerb(v, floor: a) && hasSpeaker(before: v, floor: a) { return true }
        for k in s.tokens where tokens[k].lower == "according" { return true }
        return false
    }

    /// The sentence opens with a named actor doing something ("The United Nations appealed for $160
    /// million"): its figures are that actor's doing, not more of what the sentence before reported.
    func opensWithNamedActor(_ s: Sentence) -> Bool {
        var k = s.tokens.lowerBound
        if k < s.tokens.upperBound, tokens[k].lower == "the" { k += 1 }
        guard k < s.tokens.upperBound, entities.mentionAt[k] != -1 else { return false }
        let mention = entities.mentions[entities.mentionAt[k]]
        guard mention.tokens.lowerBound == k, !mention.demonym,
              entities.entities[mention.entity].key.type != .place else { return false }
        let next = mention.tokens.upperBound
        guard next < s.tokens.upperBound else { return false }
        // "The IMF, which is owed about $44 billion, welcomed …"
        if tokens[next].mark == ",", next + 1 < s.tokens.upperBound, Self.relativePronouns.contains(tokens[next + 1].lower) {
            return true
        }
        return tokens[next].isWord && !tokens[next].isCapitalized && tokens[next].lower != "'s"
            && !lexicon.isFunctionWord(tokens[next])
    }

    /// Only a speaker makes a report: a name, a title ("the medical examiner"), a group ("officials"), a
    /// pronoun; "the sheer volume of the deliveries suggests" reports nothing new. An aside between them
    /// does not count ("a central bank official, who asked not to be named, said").
    private func hasSpeaker(before v: Int, floor a: Int) -> Bool {
        var k = v - 1, words = 0
        while k >= a, words < 6 {
            let t = tokens[k]
            if t.mark == ",", let open = asideOpening(before: k, floor: a) {
                k = open - 1
                continue
            }
            if entities.mentionAt[k] != -1 || lexicon.isTitleWord(t) || (t.info?.phraseStarts ?? 0) & lexicon.groups.bit != 0
                || Self.speakerPronouns.contains(t.lower) { return true }
            // a name the rules could not type ("Telegraf Sud, citing …, reported")
            if t.isWord, t.isCapitalized, !lexicon.isNotName(t), k > a { return true }
            // "the company said", "the electoral commission said", even when it refers to no name the rules found
            if k > a, (t.info?.phraseStarts ?? 0) & lexicon.descriptions.bit != 0, tokens[k - 1].lower == "the"
                || k - 1 > a && tokens[k - 2].lower == "the" && tokens[k - 1].isWord && !tokens[k - 1].isCapitalized { return true }
            k -= 1
            words += 1
        }
        return false
    }

    /// A claim verb used as a verb, not as a noun ("the reports", "intelligence estimates").
    @inline(__always) private func isReportingVerb(_ v: Int, floor: Int) -> Bool {
        // Inlined test first: the rules ask this of every token before a figure, and few are claim verbs.
        guard let info = lexicon.verb(tokens[v]), !info.cites else { return false }
        return isUsedAsVerb(v, floor: floor)
    }

    private func isUsedAsVerb(_ v: Int, floor: Int) -> Bool {
        if entities.mentionAt[v] != -1 { return false }
        if v > floor {
            let p = tokens[v - 1].lower
            if Self.nounDeterminers.contains(p) { return false }
            // passive: "had been detected", "was reported" — the subject is what is reported, not who reports
            if Self.passiveAuxiliaries.contains(p) { return false }
            // a noun after a modifier: "identification documents", "strengthens claims", "the outdated state"
            let prev = tokens[v - 1]
            let modifier = prev.isWord && !prev.isCapitalized && entities.mentionAt[v - 1] == -1
                && !lexicon.isFunctionWord(prev) && !prev.lower.hasSuffix("ly") && prev.lower != "'s"
            if modifier, tokens[v].lower.hasSuffix("s"), !tokens[v].lower.hasSuffix("ss") { return false }
            // ("the company said": a noun that speaks is a subject, not a modifier; "said" is never a noun)
            if modifier, v - 1 > floor, Self.determiners.contains(tokens[v - 2].lower), !Self.onlyVerbs.contains(tokens[v].lower),
               (prev.info?.phraseStarts ?? 0) & (lexicon.descriptions.bit | lexicon.groups.bit) == 0 { return false }
        }
        // "estimated to include", "said to be": a report without a reporter (but "Russia claimed to have
        // destroyed 35 drones" has one)
        if v + 1 < tokens.count, tokens[v + 1].lower == "to", tokens[v].lower.hasSuffix("ed") || tokens[v].lower == "said",
           v == floor || entities.mentionAt[v - 1] == -1 {
            return false
        }
        // "urged the board to reject the payment": what someone wants done, not what they say
        if v > floor, tokens[v - 1].lower == "to" { return false }
        return true
    }

    /// The entity doing the reporting verb at `v`: the nearest mention before it, skipping appositions
    /// (", a US think tank based in Washington,"), "citing X" asides, and names governed by a preposition
    /// ("linked to the NIS"). "he"/"she" resolve to the latest person.
    func subject(of v: Int, floor: Int) -> Attribution.Source? {
        if speaksUnnamed(before: v, floor: floor) { return nil }
        // "…, according to Indonesian rescuers, who found 69 survivors": the name before ", who"
        var w = v - 1
        while w > floor, Self.auxiliaries.contains(tokens[w].lower) { w -= 1 }
        if w - 2 >= floor, tokens[w].lower == "who" || tokens[w].lower == "which", tokens[w - 1].mark == ",",
           entities.mentionAt[w - 2] != -1 {
            return source(entities.mentionAt[w - 2])
        }
        var k = v - 1
        while k >= floor {
            let t = tokens[k]
            if t.lower == "that" || t.mark == ";" || t.mark == ":" || t.mark == "–" || t.mark == "—" { return nil }
            // "…, while researchers at the London School … estimated": the clause before has its own speaker
            if t.mark == ",", k + 1 < v, Self.contrastOpeners.contains(tokens[k + 1].lower) { return nil }
            if t.mark == "," {
                if let open = asideOpening(before: k, floor: floor) {
                    k = open - 1
                    continue
                }
                k -= 1
                continue
            }
            let m = entities.mentionAt[k]
            if m != -1 {
                let mention = entities.mentions[m]
                // a possessor is not the subject: "Singh echoed Austin's remarks, disclosing …"; but its
                // group or official speaks for it ("Ukraine's intelligence chief said")
                if mention.tokens.upperBound + 1 < v, tokens[mention.tokens.upperBound].lower == "'s",
                   lexicon.groups.match(tokens, at: mention.tokens.upperBound + 1, end: v) == nil,
                   !officialOf(after: mention.tokens.upperBound + 1, before: v) {
                    k = mention.tokens.lowerBound - 1
                    continue
                }
                // places do not speak ("BRUSSELS – Donors pledged …"); countries, bodies and people do
                if entities.entities[mention.entity].key.type != .place,
                   !governedByPreposition(mention.tokens.lowerBound, floor: floor),
                   !mention.demonym || isGroupLike(m) && followsGroupNoun(mention.tokens.upperBound, before: v) {
                    return source(m)
                }
                k = mention.tokens.lowerBound - 1
                continue
            }
            if t.lower == "it", let e = bodyForIt(at: k, floor: floor) {
                return Attribution.Source(entity: e, text: entities.entities[e].key.name)
            }
            if t.lower == "he" || t.lower == "she" {
                if let e = entities.latestPerson(before: k) {
                    return Attribution.Source(entity: e, text: entities.entities[e].key.name)
                }
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// ", and Tiangco said", ", and the ministry said": "and" before a subject and its reporting verb (but
    /// ", and 20 tanks", ", and wounded 500" and ", and they are likely to …, the NIS said" go on).
    private func opensCoordinateClause(_ k: Int, end: Int) -> Bool {
        guard tokens[k].lower == "and", k + 2 < end else { return false }
        let next = tokens[k + 1]
        guard next.isWord, next.isCapitalized || Self.determiners.contains(next.lower) || Self.speakerPronouns.contains(next.lower)
                || next.lower == "it" else { return false }
        var v = k + 2
        while v < min(end, k + 7), tokens[v].isWord, !isReportingVerb(v, floor: k + 1) { v += 1 }
        return v < end && tokens[v].isWord && isReportingVerb(v, floor: k + 1)
    }

    /// "China, which says it does not recognise the sanctions, took about 90% …": a verb in a
    /// relative clause closed before the figure says something else.
    private func inRelativeAside(_ v: Int, before f: Int?, floor: Int) -> Bool {
        guard let f else { return false }
        var k = v - 1
        while k > floor, tokens[k].mark != "," { k -= 1 }
        guard k > floor, k + 1 < v, Self.relativePronouns.contains(tokens[k + 1].lower) else { return false }
        return (v..<f).contains { tokens[$0].mark == "," }
    }

    /// What "it" speaks for: the first body named in its sentence before it, else the first named in
    /// the sentence before ("Rwanda's government, which Kinshasa accuses …, went further. In a
    /// statement, it said …" — Rwanda, not Kinshasa).
    private func bodyForIt(at k: Int, floor: Int) -> Int? {
        func firstBody(in r: Range<Int>) -> Int? {
            for j in r where entities.mentionAt[j] != -1 {
                let m = entities.mentions[entities.mentionAt[j]]
                let t = entities.entities[m.entity].key.type
                // ("the UN agency for Palestinian refugees (UNRWA)": a name that modifies a noun is not the body)
                let after = m.tokens.upperBound
                let modifies = after < tokens.count && tokens[after].isWord && !tokens[after].isCapitalized
                    && !lexicon.isFunctionWord(tokens[after]) && lexicon.verb(tokens[after]) == nil && tokens[after].lower != "'s"
                if !m.demonym, !modifies, t == .organization || t == .media || t == .country { return m.entity }
            }
            return nil
        }
        if let e = firstBody(in: floor..<k) { return e }
        var start = floor - 1
        while start > 0, start > floor - 120, !SentenceSplitter.endsSentence(tokens[start - 1]) { start -= 1 }
        return start >= 0 && start < floor ? firstBody(in: start..<floor) : nil
    }

    /// Lower-case words ending in a title right before the verb: "intelligence chief", "foreign
    /// minister" — someone who speaks for the name before them.
    private func officialOf(after i: Int, before v: Int) -> Bool {
        guard i < v, v - i <= 4, lexicon.isTitleWord(tokens[v - 1]) else { return false }
        return (i..<v).allSatisfy { tokens[$0].isWord && !tokens[$0].isCapitalized }
    }

    /// The comma that opens an aside closed by the comma at `k` (", a US think tank based in Washington,"), if any.
    private func asideOpening(before k: Int, floor: Int) -> Int? {
        var p = k - 1
        while p >= floor, tokens[p].mark != "," { p -= 1 }
        guard p >= floor, p + 1 < k else { return nil }
        return isAsideStart(p + 1) || describesName(before: p, from: p + 1, to: k - 1) ? p : nil
    }

    /// "Kyrylo Budanov, Ukraine's military intelligence chief,", "UNRWA, the UN agency for
    /// Palestinian refugees,": words after a name that say who or what it is (a person's ending in
    /// a title, a body's opening with "the"); the name speaks, not a body named inside them.
    private func describesName(before comma: Int, from first: Int, to last: Int) -> Bool {
        guard comma > 0 else { return false }
        let m = entities.mentionAt[comma - 1]
        guard m != -1 else { return false }
        switch entities.entities[entities.mentions[m].entity].key.type {
        case .person: return lexicon.isTitleWord(tokens[last])
        case .organization, .media: return tokens[first].lower == "the"
        default: return false
        }
    }

    /// "…, local activists said", "witnesses told reporters": the verb's subject is a group no name goes
    /// with, so an earlier name in the sentence is not the speaker. (With a name, "Ukrainian officials",
    /// "analysts at JPMorgan", the name speaks.)
    private func speaksUnnamed(before v: Int, floor: Int) -> Bool {
        var k = v - 1
        while k >= floor, Self.auxiliaries.contains(tokens[k].lower) || tokens[k].lower.hasSuffix("ly") { k -= 1 }
        guard k >= floor, entities.mentionAt[k] == -1 else { return false }
        // a group ("officials") or a person by title alone ("a Western official", "a spokesman")
        let length: Int
        if let g = lexicon.groups.matchEnding(tokens, before: k + 1, floor: floor, maxLength: 3) {
            length = g.length
        } else if lexicon.isTitleWord(tokens[k]) {
            length = 1
        } else {
            return false
        }
        var j = k - length
        // lower-case modifiers: "local activists", "senior Western officials" stop at the name
        while j >= floor, tokens[j].isWord, !tokens[j].isCapitalized, !lexicon.isFunctionWord(tokens[j]),
              entities.mentionAt[j] == -1, j > k - length - 3 { j -= 1 }
        return j < floor || entities.mentionAt[j] == -1
    }

    /// "Ukrainian officials have accused …": an adjective speaks for its country when a group noun follows.
    private func followsGroupNoun(_ j: Int, before v: Int) -> Bool {
        guard j < v else { return false }
        return lexicon.groups.match(tokens, at: j, end: v) != nil
    }

    private func isAsideStart(_ i: Int) -> Bool {
        let t = tokens[i]
        if Self.asideOpeners.contains(t.lower) { return true }
        if lexicon.verb(t)?.cites == true { return true }
        if !t.isCapitalized, lexicon.titles.match(tokens, at: i, end: tokens.count) != nil { return true }
        return false
    }

    /// A name right after a preposition (allowing "the", titles and adjectives between) is its object.
    private func governedByPreposition(_ i: Int, floor: Int) -> Bool {
        // a title before the name is the name's own, "of" and all ("Secretary of State Antony Blinken")
        if lexicon.titles.matchEnding(tokens, before: i, floor: floor) != nil { return false }
        var k = i - 1
        while k >= floor {
            let t = tokens[k]
            if Self.nameModifiers.contains(t.lower) || t.isCapitalized || lexicon.isTitleWord(t) {
                k -= 1
                continue
            }
            // "analysts at JPMorgan", "officials from the ministry", "officials in Kyiv": the body or
            // country speaks through its people
            if Self.bodyPrepositions.contains(t.lower), k > floor, lexicon.groups.match(tokens, at: k - 1, end: k) != nil,
               t.lower != "in" || k - 2 < floor || entities.mentionAt[k - 2] == -1 {
                return false  // (but "the Russian embassy in Seoul" is Russia's)
            }
            // "a spokeswoman for the Interior Ministry said": the body speaks through its spokesperson
            if t.lower == "for", k > floor, lexicon.isTitleWord(tokens[k - 1]) { return false }
            return lexicon.isPreposition(t)
        }
        return false
    }

    /// For a verb inside a "that" clause, the subject of the reporting verb that governs the clause.
    private func outerClaimant(before v: Int, floor: Int) -> Attribution.Source? {
        var k = v - 1
        while k > floor, tokens[k].lower != "that" {
            // "…, but the United Nations put the number at 700": a clause of its own
            if tokens[k].mark == ";" || tokens[k].mark == "," && Self.clauseOpeners.contains(tokens[k + 1].lower) { return nil }
            k -= 1
        }
        guard k > floor, tokens[k].lower == "that" else { return nil }
        var u = k - 1
        while u >= floor, u >= k - 4 {
            if isReportingVerb(u, floor: floor), let s = subject(of: u, floor: floor) { return s }
            u -= 1
        }
        return nil
    }

    /// "rejected the company's latest offer": the object of a denying verb, before any "that" or "of",
    /// is a proposal (a cue of polarity `asserted`), which is turned down, not called false.
    private func rejectsAProposal(_ v: Int, end: Int) -> Bool {
        var k = v + 1
        while k < end, k <= v + 5, tokens[k].isWord, tokens[k].lower != "that", tokens[k].lower != "of" {
            if lexicon.polarityCues.match(tokens, at: k, end: end)?.value == .asserted { return true }
            k += 1
        }
        return false
    }

    /// The previous sentence's source for a sentence that names none: it goes on speaking, but the
    /// polarity is this sentence's own (a denial before does not deny the next figure).
    func carry(_ previous: Attribution, into s: Sentence) -> Attribution {
        var att = previous
        att.rule = "carried"
        att.verb = nil
        return finish(att, s, verb: nil)
    }

    /// Polarity from the verb, negation before it, and cue phrases in the sentence ("fake news").
    private func finish(_ att: Attribution, _ s: Sentence, verb v: Int?) -> Attribution {
        var att = att
        var polarity = Polarity.asserted
        if let v, let info = lexicon.verb(tokens[v]) {
            polarity = info.polarity
            var negated = false
            var k = v - 1
            while k >= s.tokens.lowerBound, k >= v - 3 {
                let w = tokens[k].lower
                if w == "not" || w == "never" || w.hasSuffix("n't") || w == "no" || w == "neither" { negated = true }
                k -= 1
            }
            if negated {
                att.polarity = polarity == .denied ? .asserted : .unconfirmed
                return att
            }
            if polarity == .denied, rejectsAProposal(v, end: s.tokens.upperBound) { polarity = .asserted }
        }
        if polarity == .asserted {
            var k = s.tokens.lowerBound
            while k < s.tokens.upperBound {
                if let cue = lexicon.polarityCues.match(tokens, at: k, end: s.tokens.upperBound), cue.value != .asserted {
                    polarity = cue.value
                    break
                }
                k += 1
            }
        }
        att.polarity = polarity
        return att
    }
}
