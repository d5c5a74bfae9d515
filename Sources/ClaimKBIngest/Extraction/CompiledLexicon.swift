import ClaimKBModel

/// The lexicon tables turned into lookup structures, checked row by row (a bad value names `file:line`).
/// Never mutated after `init`. A struct, not a class: every read of a class's `var` table paid a dynamic
/// exclusivity check (7 % of extraction); copying it costs only a retain per table.
struct CompiledLexicon: Sendable {
    struct KnownEntity: Sendable {
        var key: EntityKey
        var role: String?
        var affiliation: String?
        var description: String?
    }
    struct AliasHit: Sendable {
        var entity: Int
        var demonym: Bool
        /// The alias as written in the file: case rules depend on it.
        var form: String
        /// Written in capitals ("US", "NIS"): the text must match exactly (or be all capitals).
        var acronym: Bool = false
        /// Starts with a capital: the text must too.
        var capital: Bool = false
    }
    enum TitleKind: String, Sendable { case office, honorific, descriptor }
    struct VerbInfo: Sendable {
        var polarity: Polarity
        var cites: Bool
    }
    struct NumberWord: Sendable {
        var value: Double
        var scale: Bool
    }
    struct UnitInfo: Sendable {
        var unit: String
        var kind: String?
    }
    struct VagueRange: Sendable {
        var low: Double
        var high: Double
    }
    /// What a group noun speaks for. `speaker`: an organisation after a country ("Kenyan police"),
    /// and a source by itself when nothing names it ("police said", "the organisers said"); `official`:
    /// the country after a country ("Ukrainian officials"), a source by itself like `speaker`.
    enum Group: String, Sendable { case country, media, organization, official, speaker }
    struct DescriptionInfo: Sendable {
        var type: EntityType
        var match: [String]
    }

    var entities: [KnownEntity] = []
    var aliases = PhraseIndex<[AliasHit]>()
    var titles = PhraseIndex<TitleKind>()
    var verbs: [String: VerbInfo] = [:]
    /// Verbs whose subject states its own intent ("plans", "demands"): claim-verbs.tsv's actor rows.
    var actorVerbs: Set<String> = []
    var polarityCues = PhraseIndex<Polarity>()
    var hedges = PhraseIndex<Qualifier>()
    var countedNouns = PhraseIndex<String>()
    var eventVerbs = PhraseIndex<String>()
    var vague = PhraseIndex<VagueRange>()
    var numberWords: [String: NumberWord] = [:]
    var unitSymbols = PhraseIndex<UnitInfo>()
    var unitWords = PhraseIndex<UnitInfo>()
    var planning = PhraseIndex<Bool>()
    var sourceDescriptions = PhraseIndex<Bool>()
    var figureLinks: Set<String> = []
    var months: [String: Int] = [:]
    var weekdays: [String: Int] = [:]
    var abbreviations: Set<String> = []
    var heads: [String: EntityType] = [:]
    var suffixes: [String: EntityType] = [:]
    var intros = PhraseIndex<EntityType>()
    var locatives: Set<String> = []
    var connectors: Set<String> = []
    var prepositions: Set<String> = []
    var relativeDays = PhraseIndex<Int>()
    var periods = PhraseIndex<Bool>()
    var durations = PhraseIndex<Bool>()
    var groups = PhraseIndex<Group>()
    var descriptions = PhraseIndex<DescriptionInfo>()
    var notNames: Set<String> = []
    var functionWords: Set<String> = []
    /// Every lower-case word any table starts a lookup with, and what the tables say about it.
    var vocabulary: [String: WordInfo] = [:]
    /// `vocabulary`'s ASCII words, for looking tokens up without hashing strings.
    private var asciiWords = ASCIIWordTable()

    static let empty = CompiledLexicon()

    private init() {}

    init(_ tables: [String: LexiconTable]) throws {
        func rows(_ name: String) -> [LexiconTable.Row] { tables[name]?.rows ?? [] }
        func number(_ row: LexiconTable.Row, _ i: Int, _ column: String) throws -> Double {
            guard let v = Double(row[i]), v.isFinite else { throw row.error("\(column) '\(row[i])' is not a number") }
            return v
        }
        func entityType(_ row: LexiconTable.Row, _ i: Int) throws -> EntityType {
            guard let t = EntityType(rawValue: row[i]) else {
                throw row.error("type '\(row[i])' is not one of \(EntityType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return t
        }
        func optional(_ s: String) -> String? { s.isEmpty || s == "-" ? nil : s }

        var formsOf: [[(String, Bool)]] = []
        for row in rows("entities.tsv") {
            let key = EntityKey(name: row[0], type: try entityType(row, 1))
            entities.append(KnownEntity(key: key, role: optional(row[4]), affiliation: optional(row[5]),
                                        description: optional(row[6])))
            formsOf.append([(row[0], false)] + row.alternatives(2).map { ($0, false) } + row.alternatives(3).map { ($0, true) })
        }
        // "15 Saudis", "Iranians said": a demonym's plural, unless the file gives it or it is a name ("Philippines")
        let written = Set(formsOf.joined().map(\.0))
        for (i, forms) in formsOf.enumerated() {
            for (form, demonym) in forms where demonym {
                let plural = form + "s"
                guard !written.contains(plural), !["s", "h", "e", "z", "x"].contains(form.last) else { continue }
                formsOf[i].append((plural, true))
            }
        }
        for (index, forms) in Self.withOtherPossessors(formsOf, of: entities).enumerated() {
            for (form, demonym) in forms {
                let words = Tokenizer.words(form)
                guard !words.isEmpty else { continue }
                var hits = aliases.match(words.map(Self.fakeToken), at: 0, end: words.count)
                    .flatMap { $0.length == words.count ? $0.value : nil } ?? []
                hits.removeAll { $0.entity == index }
                let letters = form.unicodeScalars.filter { Tokenizer.isLetter($0) }
                let acronym = letters.count >= 2 && letters.allSatisfy { Tokenizer.isUpper($0) }
                let capital = form.unicodeScalars.first.map { Tokenizer.isUpper($0) } ?? false
                hits.insert(AliasHit(entity: index, demonym: demonym, form: form, acronym: acronym, capital: capital), at: 0)
                aliases.insert(form, hits)
            }
        }
        for row in rows("titles.tsv") {
            guard let kind = TitleKind(rawValue: row[1]) else {
                throw row.error("kind '\(row[1])' is not one of office, honorific, descriptor")
            }
            for t in row.alternatives(0) { titles.insert(t, kind) }
        }
        for row in rows("claim-verbs.tsv") {
            guard let polarity = Polarity(rawValue: row[1]) else {
                throw row.error("polarity '\(row[1])' is not one of \(Polarity.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard row[2] == "claimant" || row[2] == "cited" || row[2] == "actor" else {
                throw row.error("role '\(row[2])' is not claimant, cited or actor")
            }
            let alts = row.alternatives(0)
            if row[2] == "actor" {
                for v in alts { for form in Inflection.verbForms(v) { actorVerbs.insert(form) } }
                continue
            }
            let info = VerbInfo(polarity: polarity, cites: row[2] == "cited")
            for v in alts {
                for form in Inflection.verbForms(v) where verbs[form] == nil || form == v.lowercased() { verbs[form] = info }
            }
        }
        for row in rows("polarity-cues.tsv") {
            guard let polarity = Polarity(rawValue: row[1]) else { throw row.error("polarity '\(row[1])' is not valid") }
            for p in row.alternatives(0) { polarityCues.insert(p, polarity) }
        }
        for row in rows("hedges.tsv") {
            guard let q = Qualifier(rawValue: row[1]) else {
                throw row.error("qualifier '\(row[1])' is not one of \(Qualifier.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            for p in row.alternatives(0) { hedges.insert(p, q) }
        }
        for row in rows("counted-nouns.tsv") {
            guard !row[1].isEmpty else { throw row.error("empty kind") }
            let alts = row.alternatives(0)
            for (k, v) in alts.enumerated() {
                for form in k == 0 || !v.hasSuffix("s") ? Inflection.lastWord(v, Inflection.nounForms) : [v] {
                    countedNouns.insert(form, row[1])
                }
            }
        }
        for row in rows("event-verbs.tsv") {
            for v in row.alternatives(0) {
                for form in Inflection.firstWord(v, Inflection.verbForms) { eventVerbs.insert(form, row[1]) }
            }
        }
        for row in rows("vague-amounts.tsv") {
            let low = try number(row, 1, "low"), high = try number(row, 2, "high")
            guard low <= high else { throw row.error("low \(row[1]) is above high \(row[2])") }
            vague.insert(row[0], VagueRange(low: low, high: high))
        }
        for row in rows("number-words.tsv") {
            guard row[2] == "unit" || row[2] == "scale" else { throw row.error("role '\(row[2])' is not unit or scale") }
            numberWords[row[0].lowercased()] = NumberWord(value: try number(row, 1, "value"), scale: row[2] == "scale")
        }
        for row in rows("units.tsv") {
            let info = UnitInfo(unit: row[0], kind: optional(row[3]))
            for s in row.alternatives(1) { unitSymbols.insert(s, info) }
            for w in row.alternatives(2) {
                for form in Inflection.lastWord(w, Inflection.nounForms) { unitWords.insert(form, info) }
            }
        }
        for row in rows("planning-triggers.tsv") {
            for p in row.alternatives(0) {
                for form in Inflection.firstWord(p, Inflection.verbForms) { planning.insert(form, true) }
            }
        }
        for row in rows("source-descriptions.tsv") {
            for p in row.alternatives(0) { sourceDescriptions.insert(p, true) }
        }
        for row in rows("figure-links.tsv") {
            for (k, v) in row.alternatives(0).enumerated() {
                for form in k == 0 ? Inflection.verbForms(v) : [v.lowercased()] { figureLinks.insert(form) }
            }
        }
        for row in rows("calendar.tsv") {
            let n = Int(try number(row, 2, "number"))
            if row[1] == "relative" {
                for w in row.alternatives(0) { relativeDays.insert(w, n) }
                continue
            }
            if row[1] == "period" {
                for w in row.alternatives(0) { periods.insert(w, true) }
                continue
            }
            if row[1] == "duration" {
                for w in row.alternatives(0) { durations.insert(w, true) }
                continue
            }
            for w in row.alternatives(0) {
                let key = w.lowercased().hasSuffix(".") ? String(w.lowercased().dropLast()) : w.lowercased()
                switch row[1] {
                case "month":
                    guard (1...12).contains(n) else { throw row.error("month number \(n) is not 1-12") }
                    months[key] = n
                case "weekday":
                    guard (1...7).contains(n) else { throw row.error("weekday number \(n) is not 1-7") }
                    weekdays[key] = n
                default: throw row.error("kind '\(row[1])' is not month, weekday, relative or period")
                }
            }
        }
        for row in rows("abbreviations.tsv") {
            for w in row.alternatives(0) { abbreviations.insert(w.lowercased()) }
        }
        for row in rows("name-shapes.tsv") {
            let words = row.alternatives(0)
            switch row[1] {
            case "head":
                let t = try entityType(row, 2)
                for w in words { heads[w] = t }
            case "suffix":
                let t = try entityType(row, 2)
                for w in words { suffixes[w.lowercased()] = t }
            case "intro":
                let t = try entityType(row, 2)
                for w in words { intros.insert(w, t) }
            case "locative": for w in words { locatives.insert(w.lowercased()) }
            case "connector": for w in words { connectors.insert(w.lowercased()) }
            case "preposition": for w in words { prepositions.insert(w.lowercased()) }
            default: throw row.error("shape '\(row[1])' is not one of head, suffix, intro, locative, connector, preposition")
            }
        }
        for row in rows("group-nouns.tsv") {
            guard let g = Group(rawValue: row[1]) else { throw row.error("resolves '\(row[1])' is not one of country, media, organization, official, speaker") }
            for n in row.alternatives(0) { groups.insert(n, g) }
        }
        for row in rows("descriptions.tsv") {
            let t = try entityType(row, 1)
            let match = row[2] == "-" ? [] : row.alternatives(2).map { $0.lowercased() }
            for h in row.alternatives(0) { descriptions.insert(h, DescriptionInfo(type: t, match: match)) }
        }
        for row in rows("not-names.tsv") {
            guard row[1] == "function" || row[1] == "label" else { throw row.error("kind '\(row[1])' is not function or label") }
            for w in row.alternatives(0) {
                notNames.insert(w)
                if row[1] == "function" { functionWords.insert(w.lowercased()) }
            }
        }
        buildVocabulary()
    }

    private mutating func buildVocabulary() {
        var v: [String: WordInfo] = [:]
        var bit: UInt32 = 1
        func add<T>(_ index: inout PhraseIndex<T>) {
            index.bit = bit
            for w in index.firstWords { v[w, default: WordInfo()].phraseStarts |= bit }
            bit <<= 1
        }
        add(&aliases); add(&titles); add(&polarityCues); add(&hedges); add(&countedNouns); add(&eventVerbs); add(&vague)
        add(&unitSymbols); add(&unitWords); add(&planning); add(&sourceDescriptions); add(&intros); add(&groups); add(&descriptions)
        add(&relativeDays); add(&periods); add(&durations)
        func words<T>(_ index: PhraseIndex<T>) { for w in index.allWords where v[w] == nil { v[w] = WordInfo() } }
        words(aliases); words(titles); words(polarityCues); words(hedges); words(countedNouns); words(eventVerbs); words(vague)
        words(unitSymbols); words(unitWords); words(planning); words(sourceDescriptions); words(intros); words(groups); words(descriptions)
        words(relativeDays); words(periods); words(durations)
        func flag(_ words: some Sequence<String>, _ f: WordInfo.Flags) { for w in words { v[w, default: WordInfo()].flags.insert(f) } }
        flag(functionWords, .function); flag(connectors, .connector); flag(figureLinks, .figureLink)
        flag(locatives, .locative); flag(prepositions, .preposition); flag(abbreviations, .abbreviation)
        for (w, info) in verbs { v[w, default: WordInfo()].verb = info }
        for (w, n) in numberWords { v[w, default: WordInfo()].numberWord = n }
        for (w, m) in months { v[w, default: WordInfo()].month = Int8(m) }
        for (w, d) in weekdays { v[w, default: WordInfo()].weekday = Int8(d) }
        for (w, t) in suffixes { v[w, default: WordInfo()].suffix = t }
        for w in heads.keys where v[w.lowercased()] == nil { v[w.lowercased()] = WordInfo() }
        for w in notNames { if v[w.lowercased()] == nil { v[w.lowercased()] = WordInfo() } }
        var next: Int32 = 0
        for w in v.keys.sorted() {
            v[w]!.id = next
            next += 1
        }
        vocabulary = v
        asciiWords = ASCIIWordTable(v)
        aliases.index(by: v); titles.index(by: v); polarityCues.index(by: v); hedges.index(by: v)
        countedNouns.index(by: v); eventVerbs.index(by: v); vague.index(by: v); unitSymbols.index(by: v)
        unitWords.index(by: v); planning.index(by: v); sourceDescriptions.index(by: v); intros.index(by: v); groups.index(by: v)
        descriptions.index(by: v); relativeDays.index(by: v); periods.index(by: v); durations.index(by: v)
    }

    /// A stand-in token for looking a phrase up in a `PhraseIndex` while compiling.
    /// "South Korea's spy agency" is also "Seoul's spy agency", "ROK's spy agency" and "the South
    /// Korean spy agency": an alias that opens with a country's or place's name and "'s" is read
    /// with each of its other names, and with its adjectives in place of the possessive.
    private static func withOtherPossessors(_ formsOf: [[(String, Bool)]], of entities: [KnownEntity]) -> [[(String, Bool)]] {
        var owners: [String: Int] = [:]
        for (index, forms) in formsOf.enumerated() where entities[index].key.type == .country || entities[index].key.type == .place {
            for (form, demonym) in forms where !demonym { owners[form.lowercased()] = owners[form.lowercased()] ?? index }
        }
        return formsOf.map { forms in
            var out = forms
            for (form, demonym) in forms where !demonym {
                guard let mark = form.range(of: "'s "), let owner = owners[form[..<mark.lowerBound].lowercased()] else { continue }
                let rest = form[mark.upperBound...]
                for (other, adjective) in formsOf[owner] {
                    let variant = adjective ? "\(other) \(rest)" : "\(other)'s \(rest)"
                    if !out.contains(where: { $0.0.lowercased() == variant.lowercased() }) { out.append((variant, false)) }
                }
            }
            return out
        }
    }

    private static func fakeToken(_ lower: String) -> Token {
        Token(start: 0, end: 0, u8start: 0, u8end: 0, text: lower, lower: lower, kind: .word, mark: "\0", spaceBefore: true, newlines: 0,
              isCapitalized: false, isAllCaps: false, info: WordInfo(phraseStarts: .max))
    }

    // MARK: Lookups used by the rules
    // Inlined so that rules read a token's fields in place instead of copying the token (two Strings) per call.

    /// What the lexicon knows about a token's lower-case form: `vocabulary[lower]`, faster for ASCII words.
    func wordInfo(_ lower: String) -> WordInfo? {
        var lower = lower
        let ascii = lower.withUTF8 { bytes -> WordInfo?? in
            for b in bytes where b >= 0x80 { return .none }
            return .some(asciiWords.find(bytes))
        }
        if let ascii { return ascii }
        return vocabulary[lower]
    }

    @inline(__always) func isTitleWord(_ t: Token) -> Bool { (t.info?.phraseStarts ?? 0) & titles.bit != 0 }
    @inline(__always) func verb(_ t: Token) -> VerbInfo? { t.isWord ? t.info?.verb : nil }
    func isActorVerb(_ t: Token) -> Bool { t.isWord && actorVerbs.contains(t.lower) }
    @inline(__always) func month(_ t: Token) -> Int? {
        guard t.isCapitalized, let m = t.info?.month, m > 0 else { return nil }
        return Int(m)
    }
    @inline(__always) func weekday(_ t: Token) -> Int? {
        guard t.isCapitalized, let d = t.info?.weekday, d > 0 else { return nil }
        return Int(d)
    }
    @inline(__always) func isFunctionWord(_ t: Token) -> Bool { t.info?.flags.contains(.function) ?? false }
    @inline(__always) func isConnector(_ t: Token) -> Bool { t.info?.flags.contains(.connector) ?? false }
    @inline(__always) func isFigureLink(_ t: Token) -> Bool { t.info?.flags.contains(.figureLink) ?? false }
    @inline(__always) func isLocative(_ t: Token) -> Bool { t.info?.flags.contains(.locative) ?? false }
    @inline(__always) func isPreposition(_ t: Token) -> Bool { t.info?.flags.contains(.preposition) ?? false }
    @inline(__always) func isAbbreviation(_ t: Token) -> Bool { t.info?.flags.contains(.abbreviation) ?? false }
    @inline(__always) func suffix(_ t: Token) -> EntityType? { t.info?.suffix }
    @inline(__always) func numberWord(_ t: Token) -> NumberWord? { t.info?.numberWord }
    @inline(__always) func head(_ t: Token) -> EntityType? { t.known ? heads[t.text] : nil }
    @inline(__always) func isNotName(_ t: Token) -> Bool { t.known && notNames.contains(t.text) }
}
