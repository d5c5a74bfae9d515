import ClaimKBModel

/// Turns an article into entities, mentions and attributed claims. Deterministic: the same
/// article and lexicon always give the same extraction.
///
///     let extraction = Extractor(lexicon: try .builtIn()).extract(article)
///     extraction.claims.first?.evidence == article.text.scalarSlice(extraction.claims.first!.span)
public struct Extractor: Sendable {
    /// Bumped whenever a rule changes what is extracted; stored with every article.
    public static let version = "0.4.0"

    public let lexicon: Lexicon

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    public func extract(_ article: Article) -> Extraction {
        let lex = lexicon.compiled
        let utf8 = Array(article.text.utf8)
        let scalars = Tokenizer.scalars(ofUTF8: utf8)
        var tokens = Tokenizer.tokenize(scalars, utf8: utf8)
        for k in tokens.indices { tokens[k].info = lex.wordInfo(tokens[k].lower) }
        var sentences = SentenceSplitter.split(tokens, lexicon: lex)
        if !article.boilerplate.isEmpty {
            sentences.removeAll { s in article.boilerplate.contains { $0.start < s.span.end && s.span.start < $0.end } }
        }
        var recognizer = EntityRecognizer(lexicon: lex, tokens: tokens, scalars: scalars, utf8: utf8)
        recognizer.recognize(sentences)

        var builder = ClaimBuilder(lexicon: lex, tokens: tokens, scalars: scalars, entities: recognizer,
                                   published: article.published)
        let closers = SentenceSplitter.quoteClosers(sentences, tokens: tokens)
        for (i, s) in sentences.enumerated() { builder.add(s, quotedIn: closers[i].map { sentences[$0] }) }
        let (entities, mentions) = recognizer.output()
        return Extraction(article: article, entities: entities, mentions: mentions, claims: builder.claims,
                          extractorVersion: Self.version)
    }
}

/// Makes the claims of an article sentence by sentence: a numeric claim per counted figure, else a
/// statement claim when a source asserts, confirms or denies something.
struct ClaimBuilder {
    let lexicon: CompiledLexicon
    let tokens: [Token]
    let scalars: [Unicode.Scalar]
    let entities: EntityRecognizer
    let dates: DateFinder
    let figures: FigureFinder
    let attribution: AttributionFinder

    private(set) var claims: [Claim] = []
    private var skip: [Bool]
    /// The previous sentence's own attribution and its paragraph: carried to the next sentence.
    private var previous: (paragraph: Int, attribution: Attribution)?
    /// The last thing counted, for "the number could rise to 12,000".
    private var lastCounted: (kind: String, counted: String?)?
    /// How many sentences came before this one, and the sentence and paragraph `lastCounted` was counted in.
    private var sentencesBefore = 0
    private var lastCountedIn = (sentence: -2, paragraph: -1)

    init(lexicon: CompiledLexicon, tokens: [Token], scalars: [Unicode.Scalar], entities: EntityRecognizer, published: String?) {
        self.lexicon = lexicon
        self.tokens = tokens
        self.scalars = scalars
        self.entities = entities
        self.dates = DateFinder(lexicon: lexicon, tokens: tokens, utf8: entities.utf8, published: published)
        self.figures = FigureFinder(lexicon: lexicon, tokens: tokens)
        self.attribution = AttributionFinder(lexicon: lexicon, tokens: tokens, entities: entities)
        self.skip = Array(repeating: false, count: tokens.count)
    }

    private func text(_ r: Range<Int>) -> String { entities.text(r) }

    /// `quotedIn`: the later sentence that closes a quotation this one is part of.
    mutating func add(_ s: Sentence, quotedIn closing: Sentence? = nil) {
        // No closures over `self` here: each one copied the whole builder, thirty lexicon tables and all.
        let dateMentions = dates.find(in: s)
        for d in dateMentions { for k in d.tokens where tokens[k].isNumber { skip[k] = true } }
        let claimDate = dateMentions.first { $0.isClaimDate }
        let span = Span(start: s.span.start, end: s.span.end)
        let evidence = entities.text(s.tokens)
        let own = attribution.attribute(s, figure: nil)
        var carried: Attribution?
        // the speaker named where the quotation closes (also for "We assess that there are 11,000 …" inside it)
        var quoted: Attribution?
        if let closing, own?.claimant == nil, let speaker = attribution.attribute(closing, figure: nil), speaker.claimant != nil {
            quoted = attribution.carry(speaker, into: s)
            quoted?.rule = "quoted"
        } else if let p = previous, p.paragraph == s.paragraph, !attribution.hasReportingVerb(s),
           !attribution.opensWithNamedActor(s) {
            carried = attribution.carry(p.attribution, into: s)
        }

        var made = 0
        var before: (kind: String, counted: String?)?
        var lastFigure: (end: Int, qualifier: Qualifier, modality: Modality)?
        for f in figures.find(in: s, skip: skip) {
            var kind = f.kind
            var counted = f.counted.map { text($0) }
            if kind == nil || f.counted == nil && f.unit == nil {
                if let back = linkedBack(f, in: s) {
                    kind = back.kind
                    counted = back.counted
                } else if kind == nil, let b = before, comparesWithPrevious(f, in: s) {
                    // "30,000 migrants crossed …, down from a record 45,774"
                    kind = b.kind
                    counted = b.counted
                } else if kind == nil, let last = lastCounted, partOfThoseCounted(f, in: s) || addsToThoseCounted(f, in: s) {
                    // "more than 10 million people have fled … Some 2 million of them have left the country",
                    // "including more than 600,000 into Chad", "an additional 25,000 had arrived"
                    kind = last.kind
                    counted = last.counted
                } else if kind == nil, f.unit == nil, let event = eventOnBareFigure(f, in: s) {
                    // "killed more than 600 people and forced 1.3 million from their homes"
                    kind = event
                } else if kind == nil, let last = lastCounted,
                          lastCountedIn.sentence >= sentencesBefore - 1 || lastCountedIn.paragraph == s.paragraph,
                          Self.headCounts.contains(last.kind), continuesTheCount(f, in: s) {
                    // "More than 6 million Ukrainians have fled. Germany has taken in about 1.1 million." (in
                    // the next sentence, or the same paragraph)
                    kind = last.kind
                    counted = last.counted
                }
            }
            // a share is a claim of its own even when the text names nothing it counts: "Turnout stood at 58.9%"
            if kind == nil, f.unit == "percent" { kind = "other" }
            guard var kind, !countsTheSource(f, in: s), !measuresTime(f, in: s) else { continue }
            // a vessel named back ("shipments reached 1.7 million bpd") holds what it holds; a share of
            // people or things is no head count ("Turnout stood at 58.9%"), a share of votes or money stays so
            if kind == "container" || f.unit == "percent" && kind != "money" && kind != "votes" { kind = "other" }
            let clause = clauseRange(f, in: s)
            // (a bare figure whose kind came from the figures before it: what happened to it says more,
            // "112 people had been injured and more than 650,000 had fled")
            // (soldiers who flee or cross a border are not refugees: only what kills or wounds them changes them)
            if kind == "people" || kind == "troops" || f.counted == nil && f.unit == nil && Self.countsPeople.contains(kind),
               let ev = eventKind(near: f, in: clause), kind != "troops" || ev == "casualties" { kind = ev }
            // "the deaths of at least 78,329 Russian soldiers", "losses … now exceed 33,000 troops"
            if kind == "people" || kind == "troops", f.counted != nil, linkedBack(f, in: s)?.kind == "casualties" { kind = "casualties" }
            // "2,000 migrants had died": the displaced who died count as casualties
            if kind == "refugees", eventKind(near: f, in: clause) == "casualties" { kind = "casualties" }
            // "killed 11 people, including two children": a part takes the kind of the whole
            if kind == "people" || kind == "troops", let b = before, b.kind == "casualties" || b.kind == "refugees",
               f.tokens.lowerBound > s.tokens.lowerBound,
               ["including", "among", "whom"].contains(tokens[f.tokens.lowerBound - 1].lower) { kind = b.kind }
            var modality = modality(of: f, clause: clause, in: s)
            // "plans to send three more battalions, roughly 2,000 soldiers,", "will deploy 1,200 troops, along
            // with four aircraft": a figure listed after a planned one, with no predicate of its own, is planned too
            if modality == .reported, let p = lastFigure, p.modality == .planned, continuesTheList(from: p.end, to: f, in: s) {
                modality = .planned
            }
            var att = attribution.attribute(s, figure: f.tokens.lowerBound) ?? carried
            if att?.claimant == nil, let quoted { att = quoted }
            // "Four survivors, rescued by a merchant ship, told UNHCR …": the figure counts who speaks
            if let c = att?.claimant, let counted = f.counted,
               counted.contains(where: { entities.mentionAt[$0] != -1 && entities.mentions[entities.mentionAt[$0]].entity == c.entity }) {
                continue
            }
            var sources: [SourceLink] = []
            if let c = att?.claimant {
                sources.append(SourceLink(entity: entities.entities[c.entity].key, role: .claimant, text: c.text))
            }
            for c in att?.cited ?? [] where !sources.contains(where: { $0.entity == entities.entities[c.entity].key }) {
                sources.append(SourceLink(entity: entities.entities[c.entity].key, role: .cited, text: c.text))
            }
            var qualifier = f.qualifier
            // "as much as 19 billion reais ($3.7 billion)": the same figure in another currency, hedged alike
            if f.unit != nil, let p = lastFigure, p.end == f.tokens.lowerBound - 1, tokens[p.end].mark == "(" {
                modality = p.modality
                if qualifier == .exact { qualifier = p.qualifier }
            }
            lastFigure = (f.end, qualifier, modality)
            let quantity = Quantity(low: f.low, high: f.high, unit: f.unit, qualifier: qualifier, text: text(f.tokens))
            claims.append(Claim(
                kind: kind, counted: counted, quantity: quantity, modality: modality,
                polarity: att?.polarity ?? .asserted,
                // else a local group's figures are about its place ("Officials in Kharkiv said 12 people were killed")
                place: place(for: f, clause: clause, in: s) ?? att?.claimant.flatMap { entities.homePlace(of: $0.entity) },
                claimDate: claimDate?.date, dateText: claimDate?.text, span: span, evidence: evidence,
                sources: sources, rule: "\(f.rule)/\(att?.rule ?? "article")"))
            lastCounted = (kind, counted)
            lastCountedIn = (sentencesBefore, s.paragraph)
            before = (kind, counted)
            made += 1
        }

        // a statement names who said what: an unnamed group's plain assertion ("Officials said more details
        // would follow") names no one and counts nothing (its figures, its denials are kept)
        if made == 0, let own, let c = own.claimant, own.polarity != .asserted || !entities.entities[c.entity].unnamed {
            var sources = [SourceLink(entity: entities.entities[c.entity].key, role: .claimant, text: c.text)]
            for x in own.cited where !sources.contains(where: { $0.entity == entities.entities[x.entity].key }) {
                sources.append(SourceLink(entity: entities.entities[x.entity].key, role: .cited, text: x.text))
            }
            claims.append(Claim(
                kind: "statement", polarity: own.polarity, claimDate: claimDate?.date, dateText: claimDate?.text,
                span: span, evidence: evidence, sources: sources, rule: "statement/\(own.rule)"))
        }
        if let own, own.claimant != nil {
            previous = (s.paragraph, own)
        } else {
            previous = nil
        }
        sentencesBefore += 1
    }

    /// "over three nights of protests", "for 10 months": a figure that counts time (and nothing else);
    /// "children under the age of five", "aged 34": an age.
    private func measuresTime(_ f: Figure, in s: Sentence) -> Bool {
        let a = f.firstNumber
        if a - 1 >= s.tokens.lowerBound, tokens[a - 1].lower == "aged"
            || a - 2 >= s.tokens.lowerBound && tokens[a - 1].lower == "of" && tokens[a - 2].lower == "age" { return true }
        return f.counted == nil && f.unit == nil && f.end < s.tokens.upperBound
            && lexicon.durations.match(tokens, at: f.end, end: s.tokens.upperBound) != nil
    }

    /// "according to two people familiar with the matter", "three officials briefed on the talks
    /// said": the figure counts who speaks, not what they report.
    private func countsTheSource(_ f: Figure, in s: Sentence) -> Bool {
        let a = f.tokens.lowerBound, end = s.tokens.upperBound
        if a - 2 >= s.tokens.lowerBound, tokens[a - 2].lower == "according", tokens[a - 1].lower == "to" { return true }
        return f.end < end && lexicon.sourceDescriptions.match(tokens, at: f.end, end: end) != nil
    }

    /// The clause holding a figure: from the last comma, "that" or reporting verb before it to the next comma.
    private func clauseRange(_ f: Figure, in s: Sentence) -> Range<Int> {
        var a = f.tokens.lowerBound
        while a > s.tokens.lowerBound {
            let t = tokens[a - 1]
            // ("expects that figure to fall to …": "that" as a determiner opens no clause)
            let opensClause = t.lower == "that" && lexicon.countedNouns.match(tokens, at: a, end: f.tokens.lowerBound)?.value != "ref"
            // (a claim verb's form inside a name is no verb: "the United States")
            if [",", ";", ":", "—", "(", ")"].contains(t.mark) || opensClause || t.lower == "but"
                || lexicon.verb(t) != nil && entities.mentionAt[a - 1] == -1 { break }
            a -= 1
        }
        var b = f.end
        while b < s.tokens.upperBound {
            let t = tokens[b]
            // "at least 492 people, including 35 children, were killed", "At least 1,200 people, most of
            // them children, have died": an aside in the subject, its predicate after it
            if t.mark == ",", b + 2 < s.tokens.upperBound,
               let close = (b + 2..<min(b + 12, s.tokens.upperBound)).first(where: { tokens[$0].mark == "," }),
               tokens[b + 1].lower == "including" || close + 1 < s.tokens.upperBound && opensPredicate(close + 1, end: s.tokens.upperBound)
                && !(b + 1..<close).contains(where: { lexicon.verb(tokens[$0]) != nil && entities.mentionAt[$0] == -1 }) {
                b = close + 1
                continue
            }
            if [",", ";", ":", "—", "(", ")"].contains(t.mark) || t.lower == "but" { break }
            // "arrested 457 people and 441 officers were injured": the next figure starts its own clause
            if t.lower == "and" || t.lower == "or", b + 1 < s.tokens.upperBound, tokens[b + 1].isNumber { break }
            // "had been forced from their homes and that the rebuilding could cost …": another reported clause;
            // "had received 2 million votes and would challenge the results", "are now in Kursk and are expected
            // to join the fight": another predicate, its own plan; "and warned that …": another report
            // "Tens of thousands of children are malnourished and some are dying": another subject
            if t.lower == "and", b + 1 < s.tokens.upperBound, Self.newSubjects.contains(tokens[b + 1].lower) { break }
            if t.lower == "and", b + 1 < s.tokens.upperBound, tokens[b + 1].lower == "that"
                || lexicon.planning.match(tokens, at: b + 1, end: s.tokens.upperBound) != nil
                || lexicon.verb(tokens[b + 1]) != nil
                || b + 2 < s.tokens.upperBound && AttributionFinder.passiveAuxiliaries.contains(tokens[b + 1].lower)
                    && lexicon.planning.match(tokens, at: b + 2, end: s.tokens.upperBound) != nil { break }
            b += 1
        }
        return a..<max(a, b)
    }

    /// Planned when a planning word is in the figure's clause or among the verbs that open it ("expects
    /// the number to reach 910,000", "are expected to add up to $20 billion"); "from roughly 200,000
    /// today" is now, whatever the clause plans.
    private func modality(of f: Figure, clause: Range<Int>, in s: Sentence) -> Modality {
        if f.end < s.tokens.upperBound, Self.now.contains(tokens[f.end].lower) { return .reported }
        var k = clause.lowerBound
        while k > s.tokens.lowerBound, k > clause.lowerBound - 3, tokens[k - 1].isWord,
              tokens[k - 1].lower != "that" || lexicon.countedNouns.match(tokens, at: k, end: clause.upperBound)?.value == "ref" { k -= 1 }
        while k < clause.upperBound {
            // ("could have been inside": the perfect looks back, it plans nothing; "may have to leave" does)
            if let p = lexicon.planning.match(tokens, at: k, end: clause.upperBound) {
                let h = k + p.length
                let perfect = h + 1 < clause.upperBound && tokens[h].lower == "have" && tokens[h + 1].lower != "to"
                if !perfect { return .planned }
            }
            k += 1
        }
        return .reported
    }
    private static let now = ["today", "now", "currently"]

    /// Only list words between the figure before (ending at `end`) and `f`, and no predicate after `f`.
    private func continuesTheList(from end: Int, to f: Figure, in s: Sentence) -> Bool {
        guard end <= f.tokens.lowerBound else { return false }
        let gap = end..<f.tokens.lowerBound
        guard gap.count <= 12, gap.contains(where: { tokens[$0].mark == "," || tokens[$0].lower == "and" }),
              !gap.contains(where: { tokens[$0].mark == ";" || Self.listBreaks.contains(tokens[$0].lower) || lexicon.verb(tokens[$0]) != nil })
        else { return false }
        return f.end >= s.tokens.upperBound || !opensPredicate(f.end, end: s.tokens.upperBound)
    }
    /// Words that end a list: another clause, or a comparison ("52 jets, down from 68").
    private static let listBreaks = ["but", "while", "whereas", "although", "though", "that", "which", "who", "from", "than",
                                     "compared", "against"]

    /// An auxiliary, a modal or an event verb: where a subject's predicate begins ("…, have died").
    private func opensPredicate(_ k: Int, end: Int) -> Bool {
        Self.predicateOpeners.contains(tokens[k].lower) || lexicon.eventVerbs.match(tokens, at: k, end: end) != nil
    }
    private static let predicateOpeners = ["have", "has", "had", "were", "was", "are", "is", "will", "would", "could",
                                           "may", "might", "must", "should", "can"]

    private static let newSubjects = ["some", "others", "many", "most", "they", "he", "she", "it"]
    /// Kinds that count people, whom something can happen to.
    private static let countsPeople: Set<String> = ["people", "troops", "casualties", "refugees"]

    /// "down from 45,774", "compared with 300", "up from", "against": a figure set beside the one before it.
    private func comparesWithPrevious(_ f: Figure, in s: Sentence) -> Bool {
        var k = f.tokens.lowerBound - 1
        // "down from a record 45,774", "up from its previous estimate of 10,000"
        while k >= max(s.tokens.lowerBound, f.tokens.lowerBound - 5), tokens[k].isWord, !tokens[k].isNumber {
            if ["from", "with", "than", "against", "versus", "vs"].contains(tokens[k].lower) { return true }
            k -= 1
        }
        return false
    }

    /// A figure counting nothing named, right after a verb ("forced 1.3 million from their homes"):
    /// the kind of what happened to them, when the clause says (casualties, refugees).
    private func eventOnBareFigure(_ f: Figure, in s: Sentence) -> String? {
        guard f.counted == nil else { return nil }
        if countsUnknownThings(f, in: s) { return nil }
        // the subject of what happened: "At least 20 were killed", "three were hurt", "40 have died"
        var k = f.end
        // "740,000 Rohingya fled": a people's name the lexicon lacks
        if k < s.tokens.upperBound, tokens[k].isCapitalized, entities.mentionAt[k] == -1, !lexicon.isNotName(tokens[k]) { k += 1 }
        while k < s.tokens.upperBound, k < f.end + 3, AttributionFinder.passiveAuxiliaries.contains(tokens[k].lower)
                || AttributionFinder.auxiliaries.contains(tokens[k].lower) { k += 1 }
        if let e = lexicon.eventVerbs.match(tokens, at: k, end: s.tokens.upperBound) { return e.value }
        let p = f.tokens.lowerBound - 1
        guard p >= s.tokens.lowerBound, tokens[p].isWord, !lexicon.isFunctionWord(tokens[p]),
              !lexicon.isPreposition(tokens[p]) else { return nil }
        return eventKind(near: f, in: clauseRange(f, in: s))
    }

    /// A bare count that ends its clause as the object of a verb ("has taken in about 1.1 million,",
    /// "received 30,000 last year"), or opens what is reported: more of the people counted just before.
    private func continuesTheCount(_ f: Figure, in s: Sentence) -> Bool {
        let a = f.tokens.lowerBound
        guard f.counted == nil, f.unit == nil, f.low >= 100 else { return false }
        // "Some 3,000 more are expected to follow": opening the sentence, what follows says what they do
        guard a > s.tokens.lowerBound else { return f.end < s.tokens.upperBound && lexicon.isFunctionWord(tokens[f.end]) }
        let verb = tokens[a - 1]
        // "Organisers said more than 100,000 took part": the subject of what is reported (but
        // "reported 300 incidents" counts those)
        if verb.lower == "that" || lexicon.verb(verb).map({ !$0.cites }) == true {
            return f.end < s.tokens.upperBound && !countsUnknownThings(f, in: s)
        }
        // (prepositions are function words: "than 100", "from 300" are not objects)
        guard verb.isWord, !verb.isCapitalized, !verb.isNumber,
              !lexicon.isFunctionWord(verb) || Self.particles.contains(verb.lower),
              !lexicon.isFigureLink(verb),  // "the index rose 150": a change, not a head count
              !comparesWithPrevious(f, in: s)
        else { return false }
        return f.end >= s.tokens.upperBound || tokens[f.end].kind == .punct || lexicon.isPreposition(tokens[f.end])
            || lexicon.isFunctionWord(tokens[f.end])
    }
    private static let particles = ["in", "up", "out"]
    private static let headCounts: Set<String> = ["people", "refugees", "troops"]

    /// "evacuated 19 villages", "reported 300 incidents": the figure counts things the lexicon does
    /// not know, not people (a plural noun right after it; "killed 12 overnight" counts people).
    private func countsUnknownThings(_ f: Figure, in s: Sentence) -> Bool {
        guard f.counted == nil, f.end < s.tokens.upperBound else { return false }
        let t = tokens[f.end]
        return t.isWord && !t.isCapitalized && t.lower.count > 3 && t.lower.hasSuffix("s") && !t.lower.hasSuffix("ss")
            && !lexicon.isFunctionWord(t) && !lexicon.isPreposition(t)
            && lexicon.eventVerbs.match(tokens, at: f.end, end: s.tokens.upperBound) == nil
    }

    /// "2 million of them", "300 of those": a part of what was last counted.
    private func partOfThoseCounted(_ f: Figure, in s: Sentence) -> Bool {
        let k = f.end
        return k + 1 < s.tokens.upperBound && tokens[k].lower == "of" && Self.thoseCounted.contains(tokens[k + 1].lower)
    }
    private static let thoseCounted = ["them", "those", "these", "whom"]

    /// A bare figure after "including", "an additional", "another", "a further": more of, or part of,
    /// what was last counted.
    private func addsToThoseCounted(_ f: Figure, in s: Sentence) -> Bool {
        let a = f.tokens.lowerBound
        guard f.counted == nil, f.unit == nil, a > s.tokens.lowerBound else { return false }
        return Self.addingWords.contains(tokens[a - 1].lower)
    }
    private static let addingWords = ["including", "additional", "another", "further"]

    /// A linking verb used as one: "has risen", not "the total", "this year's total".
    private func linksAsVerb(_ k: Int, floor: Int) -> Bool {
        lexicon.isFigureLink(tokens[k])
            && !(k > floor && (Self.determiners.contains(tokens[k - 1].lower) || tokens[k - 1].lower == "'s"))
    }
    private static let determiners = ["the", "a", "an", "its", "their", "this", "that", "his", "her", "our"]

    /// "the death toll rose to 85", "the number could eventually rise to 12,000": a noun before a linking verb.
    private func linkedBack(_ f: Figure, in s: Sentence) -> (kind: String, counted: String?)? {
        // "put the death toll at between 100 and 300", "put the number of livestock lost at 735,000"
        // (and "put the figure closer to 7,000": the hedge right after the noun); the nearest noun
        // counts, up to the verb, whose subject is who puts it ("Others put the number at 6,000")
        // (and "brings the total for 2024 to 26,612": "to" after the noun, a year between; "the current
        // contingent of about 12,000": the noun the figure measures)
        let a = f.tokens.lowerBound
        let hedged = f.qualifier != .exact && f.qualifier != .vague && tokens[a].isWord && !tokens[a].isNumber
        let linked = a - 1 >= s.tokens.lowerBound && ["at", "to", "of"].contains(tokens[a - 1].lower)
        // ("losses had exceeded 32,000": a hedge that is itself a linking verb)
        let hedgeLinks = hedged && lexicon.isFigureLink(tokens[a])
        if a - 2 >= s.tokens.lowerBound, linked || hedged {
            let stop = linked ? a - 1 : a
            var k = stop - 1
            while k >= max(s.tokens.lowerBound, a - 8), tokens[k].isWord || tokens[k].isNumber, lexicon.verb(tokens[k]) == nil,
                  tokens[stop].lower != "to" || !linksAsVerb(k, floor: s.tokens.lowerBound) {  // "has risen to": the subject, below
                if let m = lexicon.countedNouns.match(tokens, at: k, end: stop), m.value != "container" {
                    // right before a hedge only "the figure", "the number" refer ("290 million pounds over five years")
                    if m.value != "ref" {
                        if stop == a && !hedgeLinks { break }
                        // "the registered population of the camps … at 978,003": the head of "X of Y" counts
                        var h = k - 1
                        while h > max(s.tokens.lowerBound, a - 12), tokens[h].lower != "of", tokens[h].isWord { h -= 1 }
                        if h - 1 >= s.tokens.lowerBound, tokens[h].lower == "of",
                           let head = lexicon.countedNouns.match(tokens, at: h - 1, end: h), head.value != "ref", head.value != "container" {
                            return (head.value, text((h - 1)..<h))
                        }
                        return (m.value, text(k..<(k + m.length)))
                    }
                    if let last = lastCounted { return last }
                    break
                }
                k -= 1
            }
        }
        var v = f.tokens.lowerBound - 1
        let floor = max(s.tokens.lowerBound, f.tokens.lowerBound - 6)
        while v >= floor, !lexicon.isFigureLink(tokens[v]) {
            if [",", ";"].contains(tokens[v].mark) { return nil }
            v -= 1
        }
        guard v >= floor else { return nil }
        // only "to", "at", "by" between the verb and the figure: "rose to 85", "stood at 62 percent"
        for j in (v + 1)..<f.tokens.lowerBound where !["to", "at", "by", "of"].contains(tokens[j].lower) { return nil }
        // the subject may carry a long modifier: "the death toll from the quake that struck … on Monday has risen to";
        // its first counted noun is its head ("the number of people forced from their homes": people, not homes),
        // and what happened to them in it gives the kind (refugees)
        var k = v - 1
        var head: (at: Int, kind: String, counted: String)?
        var refers = false
        while k >= max(s.tokens.lowerBound, v - 20) {
            if [",", ";"].contains(tokens[k].mark) { break }
            if let m = lexicon.countedNouns.matches(tokens, at: k, end: v).first {
                if m.value == "ref" { refers = true } else { head = (k, m.value, text(k..<(k + m.length))) }
            }
            k -= 1
        }
        guard let head else { return refers ? lastCounted : nil }
        if head.kind == "people", let event = eventKind(near: f, in: head.at..<v) { return (event, head.counted) }
        return (head.kind, head.counted)
    }

    /// What happened to the people a figure counts: the event word of its clause nearest to it
    /// ("forced 1.3 million from their homes and killed 600 people": refugees, then casualties).
    private func eventKind(near f: Figure, in r: Range<Int>) -> String? {
        var best: (distance: Int, kind: String)?
        var k = r.lowerBound
        while k < r.upperBound {
            if let e = lexicon.eventVerbs.match(tokens, at: k, end: r.upperBound) {
                let after = k + e.length
                // "infected more than 4,200 people and killed at least 61": a verb after the figure with a
                // figure of its own says what happened to that one
                var ownFigure = false
                if k > f.end, !AttributionFinder.passiveAuxiliaries.contains(tokens[k - 1].lower) {
                    var j = after
                    while j < min(after + 4, r.upperBound), tokens[j].isWord, tokens[j].lower != "and", tokens[j].lower != "or" { j += 1 }
                    ownFigure = j < r.upperBound && tokens[j].isNumber
                }
                // "killing some 1,200 people and taking 253 hostages": a verb before another figure is that one's
                // ("112 people had been injured and more than 650,000 had fled": a passive is an earlier subject's)
                if k < f.tokens.lowerBound, (after..<f.tokens.lowerBound).contains(where: { tokens[$0].isNumber })
                    || k > r.lowerBound && AttributionFinder.passiveAuxiliaries.contains(tokens[k - 1].lower) { ownFigure = true }
                let distance = k < f.tokens.lowerBound ? f.tokens.lowerBound - after : k - f.end
                if !ownFigure, distance < best?.distance ?? .max { best = (distance, e.value) }
            }
            k += 1
        }
        return best?.kind
    }

    /// The place a figure is tied to: "in Russia", "to the Kursk region", "to the Russian port city of Vladivostok".
    private func place(for f: Figure, clause: Range<Int>, in s: Sentence) -> EntityKey? {
        let end = s.tokens.upperBound
        var k = f.end
        while k < end {
            if k > f.end, tokens[k].isNumber { break }
            // "…, she told reporters in Geneva": where it was said, not where it happened (but "have
            // been reported in Congo" is where)
            if lexicon.verb(tokens[k]).map({ !$0.cites }) == true, !AttributionFinder.passiveAuxiliaries.contains(tokens[k - 1].lower) { break }
            if let p = placeAfterPreposition(k, end: end) { return p }
            k += 1
        }
        k = clause.lowerBound
        while k < f.tokens.lowerBound {
            if let p = placeAfterPreposition(k, end: f.tokens.lowerBound) { return p }
            k += 1
        }
        // "In North Carolina alone, 104 deaths have been confirmed": a place set before the sentence
        if clause.lowerBound > s.tokens.lowerBound, let comma = (s.tokens.lowerBound..<clause.lowerBound).first(where: { tokens[$0].mark == "," }),
           comma == clause.lowerBound - 1 {
            return placeAfterPreposition(s.tokens.lowerBound, end: comma)
        }
        return nil
    }

    private func placeAfterPreposition(_ k: Int, end: Int) -> EntityKey? {
        guard lexicon.isLocative(tokens[k]), tokens[k].lower != "from" else { return nil }
        var j = k + 1
        var steps = 0
        while j < end, steps < 6 {
            let m = entities.mentionAt[j]
            if m != -1 {
                let mention = entities.mentions[m]
                let e = entities.entities[mention.entity]
                if !mention.demonym, e.key.type == .place || e.key.type == .country { return e.key }
                if !mention.demonym { return nil }
                j = mention.tokens.upperBound
                steps += 1
                continue
            }
            let t = tokens[j]
            // "in the south of", "in eastern Ukraine", "through central Tbilisi"
            if t.lower == "the" || !t.isCapitalized && (t.lower.hasSuffix("ern") || t.lower == "central" || t.lower == "downtown") {
                j += 1
                steps += 1
                continue
            }
            if let intro = lexicon.intros.match(tokens, at: j, end: end), intro.value == .place {
                j += intro.length
                steps += 1
                continue
            }
            return nil
        }
        return nil
    }
}
