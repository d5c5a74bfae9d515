import ClaimKBModel

/// An entity as found in one article, with every way the article wrote it.
struct ArticleEntity {
    var key: EntityKey
    var role: String?
    var affiliation: String?
    var description: String?
    var aliases: [String] = []
    /// Lower-case words of its names, role and description: what a definite description is matched against.
    var words: Set<String> = []
    /// Token index of its latest mention by name (not by adjective), for "the agency" and "he".
    var lastNamed: Int = -1
    /// A body's head noun, lower case, that "the <head>" refers back to: "federation" for the
    /// Zimbabwe Miners Federation, "ministry" for the Ministry of Health.
    var head: String?
    /// A group no name goes with, called by its noun ("officials", "police").
    var unnamed = false
}

/// A place in the token stream that names or refers back to an entity.
struct MentionRef {
    var entity: Int
    var tokens: Range<Int>
    /// An adjective ("North Korean"): links the entity but is never a place or a speaker on its own.
    var demonym: Bool
    /// A definite description ("the intelligence service").
    var description: Bool
}

/// Finds the entities of an article: lexicon names, then rules for unknown names, surnames, acronyms
/// defined in parentheses, groups ("South Korean media") and definite descriptions.
///
///     "Kremlin spokesperson Dmitry Peskov" → Kremlin (organization), Dmitry Peskov (person, role spokesperson,
///     affiliation Kremlin)
struct EntityRecognizer {
    // Word lists as constants: an array literal of Strings is allocated and freed on every call.
    private static let memberPrepositions = ["at", "from", "with"]
    private static let articles = ["a", "an", "the"]

    let lexicon: CompiledLexicon
    let tokens: [Token]
    let scalars: [Unicode.Scalar]
    let utf8: [UInt8]

    private(set) var entities: [ArticleEntity] = []
    private(set) var mentions: [MentionRef] = []
    /// For each token, the mention covering it (index into `mentions`), or -1.
    private(set) var mentionAt: [Int]
    private var byKey: [EntityKey: Int] = [:]
    /// Names found by rules and acronyms defined in this article, as written → entity.
    private var articleNames = NameTable()
    /// Surnames of people named in full in this article → entity.
    private var surnames = NameTable()
    /// Words written right after another capitalised word somewhere in the article (the last words
    /// of longer names), made the first time a lone name needs them.
    private var closingWords: Set<String>?

    init(lexicon: CompiledLexicon, tokens: [Token], scalars: [Unicode.Scalar], utf8: [UInt8]) {
        self.lexicon = lexicon
        self.tokens = tokens
        self.scalars = scalars
        self.utf8 = utf8
        self.mentionAt = Array(repeating: -1, count: tokens.count)
    }

    func text(_ r: Range<Int>) -> String { tokens.text(r, utf8: utf8) }

    // MARK: Registry

    mutating func entity(_ key: EntityKey, role: String? = nil, affiliation: String? = nil, description: String? = nil) -> Int {
        if let e = byKey[key] {
            if entities[e].role == nil, let role { entities[e].role = role; addWords(e, role) }
            if entities[e].affiliation == nil { entities[e].affiliation = affiliation }
            return e
        }
        let e = entities.count
        entities.append(ArticleEntity(key: key, role: role, affiliation: affiliation, description: description,
                                      head: Self.headNoun(of: key)))
        byKey[key] = e
        addWords(e, key.name)
        if let role { addWords(e, role) }
        if let description { addWords(e, description) }
        return e
    }

    /// The noun a body's name is built on: its last word, or the first before "of" ("Group of Experts").
    private static func headNoun(of key: EntityKey) -> String? {
        guard key.type == .organization || key.type == .media else { return nil }
        let name = key.name
        guard let lastSpace = name.lastIndex(of: " ") else { return nil }
        if let of = name.range(of: " of "), of.lowerBound > name.startIndex {
            let before = name[..<of.lowerBound]
            let start = before.lastIndex(of: " ").map { name.index(after: $0) } ?? before.startIndex
            return before[start...].lowercased()
        }
        return name[name.index(after: lastSpace)...].lowercased()
    }

    private mutating func addWords(_ e: Int, _ s: String) {
        let lower = s.lowercased()
        // ASCII without CR splits the same by bytes as by Characters, and bytes are far cheaper.
        if lower.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            for w in lower.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2D || $0 == 0x2C })
            where w.count > 1 { entities[e].words.insert(String(Substring(w))) }
            return
        }
        for w in lower.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," })
        where w.count > 1 { entities[e].words.insert(String(w)) }
    }

    private mutating func addWords(_ e: Int, _ r: Range<Int>) {
        for k in r where tokens[k].isWord && tokens[k].lower.utf8.count > 1 { entities[e].words.insert(tokens[k].lower) }
    }

    private mutating func addMention(_ e: Int, _ r: Range<Int>, demonym: Bool = false, description: Bool = false) {
        guard !r.isEmpty else { return }
        for k in r where mentionAt[k] != -1 { return }
        let m = mentions.count
        mentions.append(MentionRef(entity: e, tokens: r, demonym: demonym, description: description))
        for k in r { mentionAt[k] = m }
        let written = text(r)
        if !description, written != entities[e].key.name, !entities[e].aliases.contains(written) {
            entities[e].aliases.append(written)
        }
        if !description { addWords(e, r) }
        if !demonym { entities[e].lastNamed = r.lowerBound }
    }

    /// The place a local group belongs to ("Kharkiv officials" → Kharkiv), when this article names it.
    func homePlace(of e: Int) -> EntityKey? {
        guard let name = entities[e].affiliation else { return nil }
        let key = EntityKey(name: name, type: .place)
        return byKey[key] == nil ? nil : key
    }

    // MARK: Recognition

    mutating func recognize(_ sentences: [Sentence]) {
        for s in sentences { recognize(s) }
    }

    private mutating func recognize(_ s: Sentence) {
        let end = s.tokens.upperBound
        var i = s.tokens.lowerBound
        while i < end {
            // Fields read in place: copying the token (two Strings) cost more than these tests.
            guard tokens[i].isWord else { i += 1; continue }
            if tokens[i].lower == "the", let n = description(at: i, end: end) { i = n; continue }
            if let n = known(at: i, end: end, headline: s.isHeadline) { i = n; continue }
            if tokens[i].isCapitalized || tokens[i].isAllCaps, tokens[i].lower != "'s", let n = articleName(at: i, end: end) {
                i = n
                continue
            }
            if !s.isHeadline, let n = localGroup(at: i, sentence: s) { i = n; continue }
            if tokens[i].isCapitalized, !s.isHeadline, let n = capitalisedRun(at: i, sentence: s) { i = n; continue }
            if let n = anonymousSource(at: i, end: end) { i = n; continue }
            if let n = unnamedSpeaker(at: i, sentence: s) { i = n; continue }
            if let n = bracketedAcronym(at: i, end: end) { i = n; continue }
            i += 1
        }
    }

    /// "Police estimated the crowd at 24,000", "the organisers, a coalition of groups, said": a group
    /// no name goes with, speaking — a source named by its noun ("police"), so that its figures stand
    /// apart from the article's own and from the other side's. Returns the index after it.
    private mutating func unnamedSpeaker(at i: Int, sentence s: Sentence) -> Int? {
        let end = s.tokens.upperBound
        guard (tokens[i].info?.phraseStarts ?? 0) & lexicon.groups.bit != 0,
              let g = lexicon.groups.match(tokens, at: i, end: end),
              g.value == .speaker || g.value == .official || g.value == .organization && g.length > 1 && i > 0 && tokens[i - 1].lower == "the"
        else { return nil }
        let after = i + g.length
        // ("Ukrainian officials", "Kenya's police": a name before speaks for the group)
        if i > 0, mentionAt[i - 1] != -1 || tokens[i - 1].lower == "'s" { return nil }
        // ("according to official results": an adjective; "two sources briefed on the talks": a noun)
        let isNoun = after == end || !tokens[after].isWord || tokens[after].isCapitalized || lexicon.isFunctionWord(tokens[after])
            || lexicon.sourceDescriptions.match(tokens, at: after, end: end) != nil
        guard speaks(at: after, end: end) || isNoun && quoted(i) else { return nil }
        var name = text(i..<after).lowercased()
        if g.value == .official {
            // ("The official added": one named before, not a new source)
            if i > 0, tokens[i - 1].lower == "the", !tokens[after - 1].lower.hasSuffix("s") { return nil }
            // "a senior administration official", "central bank officials": the words that say whose,
            // in the plural — one source however many speak
            var m = i
            // ("Western officials": a capitalised word that is no name says whose too)
            while m > s.tokens.lowerBound, m > i - 3, tokens[m - 1].isWord,
                  !tokens[m - 1].isCapitalized || lexicon.isNotName(tokens[m - 1]), mentionAt[m - 1] == -1,
                  !lexicon.isFunctionWord(tokens[m - 1]), lexicon.verb(tokens[m - 1]) == nil,
                  lexicon.numberWord(tokens[m - 1]) == nil, !Self.speakerModifiers.contains(tokens[m - 1].lower) { m -= 1 }
            name = text(m..<after).lowercased()
            if !name.hasSuffix("s") { name += "s" }
            let e = entity(EntityKey(name: name, type: .organization))
            entities[e].unnamed = true
            addMention(e, m..<after)
            return after
        }
        let e = entity(EntityKey(name: name, type: .organization))
        entities[e].unnamed = true
        addMention(e, i..<after)
        return after
    }
    private static let speakerModifiers = ["the", "local"]

    /// "Officials in Kharkiv said", "police in Lyon told reporters": the group of a place, speaking —
    /// the source "Kharkiv officials", as "Kharkiv officials said" names it, while the place keeps
    /// its own mention (where the claim happened). A country's officials are the country (attribution
    /// reads "officials in Kyiv" as it reads "Ukrainian officials"). Returns the index after the place.
    private mutating func localGroup(at i: Int, sentence s: Sentence) -> Int? {
        let end = s.tokens.upperBound
        guard (tokens[i].info?.phraseStarts ?? 0) & lexicon.groups.bit != 0,
              let g = lexicon.groups.match(tokens, at: i, end: end) else { return nil }
        let at = i + g.length
        guard at + 1 < end, tokens[at].lower == "in" || tokens[at].lower == "from", tokens[at + 1].isCapitalized,
              let after = known(at: at + 1, end: end, headline: s.isHeadline) ?? capitalisedRun(at: at + 1, sentence: s)
        else { return nil }
        let m = mentionAt[at + 1]
        guard m != -1, entities[mentions[m].entity].key.type == .place, speaks(at: after, end: end) || quoted(i)
        else { return after }
        let place = entities[mentions[m].entity].key.name
        let type: EntityType = g.value == .media ? .media : .organization
        // (the noun alone is no alias: "officials" would name every place's officials)
        addMention(entity(EntityKey(name: place + " " + text(i..<at).lowercased(), type: type), affiliation: place), i..<at,
                   description: true)
        return after
    }

    /// A reporting verb at `k`, after an aside and auxiliaries: ", a coalition of environmental
    /// groups, said", "have also said".
    private func speaks(at k: Int, end: Int) -> Bool {
        var k = k
        // "Two diplomats in the region said"
        if k + 2 < end, Self.memberPrepositions.contains(tokens[k].lower) || tokens[k].lower == "in" || tokens[k].lower == "on" {
            var p = k + 1
            if tokens[p].lower == "the" { p += 1 }
            while p < end, p <= k + 4, tokens[p].isWord, !tokens[p].isCapitalized, !lexicon.isFunctionWord(tokens[p]),
                  lexicon.verb(tokens[p]) == nil { p += 1 }
            if p > k + 1, p < end, lexicon.verb(tokens[p]) != nil { k = p }
        }
        if k < end, tokens[k].mark == "," {
            var close = k + 1
            while close < end, close <= k + 10, tokens[close].mark != "," { close += 1 }
            if close < end, close <= k + 10, tokens[close].mark == "," { k = close + 1 }
        }
        while k < end, AttributionFinder.auxiliaries.contains(tokens[k].lower) { k += 1 }
        // (or states its own intent: "Kuppet also wants …", "Burundi plans to …")
        return k < end && (lexicon.verb(tokens[k]).map { !$0.cites } == true || lexicon.isActorVerb(tokens[k]))
    }

    /// "according to (the) (local) organisers"
    private func quoted(_ i: Int) -> Bool {
        var p = i
        while p > i - 3, p > 0, Self.speakerModifiers.contains(tokens[p - 1].lower) || tokens[p - 1].isNumber
                || lexicon.numberWord(tokens[p - 1]) != nil { p -= 1 }
        return p >= 2 && tokens[p - 2].lower == "according" && tokens[p - 1].lower == "to"
    }

    /// "…, said people familiar with the matter", "according to two sources briefed on the talks": those
    /// who speak without a name, called by how the article describes them.
    private mutating func anonymousSource(at i: Int, end: Int) -> Int? {
        // (the description's first word first, from the token's bits: this is asked of every word)
        guard i + 1 < end, (tokens[i + 1].info?.phraseStarts ?? 0) & lexicon.sourceDescriptions.bit != 0,
              let d = lexicon.sourceDescriptions.match(tokens, at: i + 1, end: end),
              lexicon.countedNouns.match(tokens, at: i, end: i + 1)?.value == "people"
                || lexicon.groups.match(tokens, at: i, end: i + 1).map({ $0.value == .official || $0.value == .speaker }) == true
        else { return nil }
        var after = i + 1 + d.length
        while after < end, after < i + 1 + d.length + 3, tokens[after].isWord, !tokens[after].isCapitalized,
              lexicon.verb(tokens[after]) == nil, tokens[after].lower != "who" { after += 1 }
        let e = entity(EntityKey(name: text(i..<after).lowercased(), type: .organization))
        entities[e].unnamed = true
        addMention(e, i..<after)
        return after
    }

    /// "The UN agency for Palestinian refugees (UNRWA)": an acronym in brackets that no rule has read
    /// names a body.
    private mutating func bracketedAcronym(at i: Int, end: Int) -> Int? {
        // (written as a word too: "(Premar)", "(Ocha)", but not a word the lexicon knows, "(Photo)", "(Monday)")
        guard tokens[i].isAllCaps || tokens[i].isCapitalized && !tokens[i].known && !isCalendar(tokens[i]),
              i > 0, tokens[i - 1].mark == "(", i + 1 < end, tokens[i + 1].mark == ")",
              mentionAt[i] == -1, !lexicon.isNotName(tokens[i]), (2...8).contains(tokens[i].text.unicodeScalars.count)
        else { return nil }
        let e = entity(EntityKey(name: tokens[i].text, type: .organization))
        addMention(e, i..<(i + 1))
        articleNames[tokens[i].text] = e
        // the words before the bracket say what it is: "the maritime prefecture for the Channel (Premar)" is
        // "the prefecture" later, "the UN agency for Palestinian refugees (UNRWA)" "the agency"
        var k = i - 2
        while k >= 0, k > i - 10, tokens[k].isWord, !Self.articles.contains(tokens[k].lower), lexicon.verb(tokens[k]) == nil { k -= 1 }
        let phrase = (k + 1)..<(i - 1)
        if !phrase.isEmpty {
            addWords(e, phrase)
            let head = phrase.first { lexicon.isConnector(tokens[$0]) && $0 > phrase.lowerBound }.map { $0 - 1 } ?? phrase.upperBound - 1
            if !tokens[head].isCapitalized { entities[e].head = tokens[head].lower }
        }
        return i + 1
    }

    /// A lexicon name at `i`; returns the index after it (nil when it only opens a longer name).
    private mutating func known(at i: Int, end: Int, headline: Bool) -> Int? {
        guard lexicon.aliases.mayStart(tokens[i].info) else { return nil }  // most words: no call, no array
        for (length, hits) in lexicon.aliases.matches(tokens, at: i, end: end) {
            guard let hit = hits.first, caseFits(hit, i, length) else { continue }
            let info = lexicon.entities[hit.entity]
            let e = entity(info.key, role: info.role, affiliation: info.affiliation, description: info.description)
            var after = i + length
            // "South Korean media", "a South Korean think tank": a group from a country speaks as one source.
            // "Ukraine's air force", "Russia's defence ministry": the same, through a possessive
            // "Sudan Doctors Network", "Serbian Progressive Party", "Czech Television": the country's
            // name opens a longer one, which the capitalised-run rule reads whole (unless that is a group
            // of it: "Russian Navy"); so does a body's acronym ("UN Office for the Coordination of Humanitarian Affairs")
            if info.key.type == .country || info.key.type == .organization && tokens[i].isAllCaps, !headline,
               startsLongerName(after, end: end),
               !isWholeGroup(at: after, end: end) { return nil }
            let possessive = after + 1 < end && tokens[after].lower == "'s" && !hit.demonym ? 1 : 0
            if info.key.type == .country || info.key.type == .place, !hit.demonym || info.key.type == .country,
               let n = group(after + possessive, of: i, named: info.key, end: end) { return n }
            addMention(e, i..<after, demonym: hit.demonym)
            after = acronym(after: after, for: e, end: end)
            return after
        }
        return nil
    }

    /// A group noun at `j` after the name of `place` at `i`: "South Korean media", "Ukraine's air force" —
    /// one source, the group, belonging to it. A country's officials are the country itself (none
    /// here); a place does not speak, so its officials are a group too ("Ishikawa prefecture officials").
    /// Returns the index after the group.
    private mutating func group(_ j: Int, of i: Int, named place: EntityKey, end: Int) -> Int? {
        guard let g = lexicon.groups.match(tokens, at: j, end: end), g.value != .country && g.value != .official || place.type == .place
        else { return nil }
        let name = text(i..<(j + g.length))
        let type: EntityType = g.value == .media ? .media : .organization
        let e = entity(EntityKey(name: name, type: type), affiliation: place.name)
        addMention(e, i..<(j + g.length))
        return j + g.length
    }

    /// A group noun at `j` that no capitalised word follows: "Navy" in "Russian Navy".
    private func isWholeGroup(at j: Int, end: Int) -> Bool {
        guard let g = lexicon.groups.match(tokens, at: j, end: end) else { return false }
        return j + g.length >= end || !tokens[j + g.length].isCapitalized
    }

    /// Capitalised words from `j` up to a head word ("Network", "Party"), no known name between.
    private func startsLongerName(_ j: Int, end: Int) -> Bool {
        var k = j
        while k < end, k < j + 4, tokens[k].isWord, tokens[k].isCapitalized, lexicon.aliases.match(tokens, at: k, end: end) == nil {
            if lexicon.head(tokens[k]) != nil { return true }
            k += 1
        }
        return false
    }

    /// Acronyms must be written as in the lexicon ("US", not "us"); names must start with a capital.
    private func caseFits(_ hit: CompiledLexicon.AliasHit, _ i: Int, _ length: Int) -> Bool {
        if hit.acronym { return tokens[i].isAllCaps || text(i..<(i + length)) == hit.form }
        if hit.capital { return tokens[i].isCapitalized || tokens[i].isAllCaps }
        return true
    }

    /// "National Intelligence Service (NIS)": the acronym becomes an alias. Returns the index after it.
    private mutating func acronym(after i: Int, for e: Int, end: Int) -> Int {
        // "The National Emergency Management Agency, or NEMA, said"
        if i + 3 < end, tokens[i].mark == ",", tokens[i + 1].lower == "or", tokens[i + 2].isAllCaps,
           tokens[i + 3].mark == "," || tokens[i + 3].mark == ".", tokens[i + 2].text.unicodeScalars.count <= 8 {
            articleNames[tokens[i + 2].text] = e
            addMention(e, (i + 2)..<(i + 3))
            return i + 3
        }
        guard i + 2 < end, tokens[i].mark == "(", tokens[i + 1].isAllCaps || tokens[i + 1].isCapitalized,
              tokens[i + 2].mark == ")", tokens[i + 1].text.unicodeScalars.count <= 8 else { return i }
        let acr = tokens[i + 1].text
        articleNames[acr] = e
        addMention(e, (i + 1)..<(i + 2))
        return i + 3
    }

    /// A name defined earlier in this article (by a rule, an acronym or a full name's surname).
    private mutating func articleName(at i: Int, end: Int) -> Int? {
        // longest run of capitalised words that is a known article name
        var j = i
        while j < end, tokens[j].isWord, tokens[j].isCapitalized || tokens[j].isAllCaps, j - i < 8 { j += 1 }
        var k = j
        while k > i {
            let bytes = tokens[k - 1].u8end - tokens[i].u8start
            let ascii = bytes == tokens[k - 1].end - tokens[i].start
            if !ascii || articleNames.mayHold(asciiBytes: bytes), let e = articleNames[text(i..<k)] {
                // a place named before, with its group: "In Kherson, Kherson officials said"
                if entities[e].key.type == .place, let n = group(k, of: i, named: entities[e].key, end: end) { return n }
                addMention(e, i..<k)
                return k
            }
            k -= 1
        }
        let bytes = tokens[i].u8end - tokens[i].u8start
        if bytes != tokens[i].end - tokens[i].start || surnames.mayHold(asciiBytes: bytes), let e = surnames[tokens[i].text] {
            addMention(e, i..<(i + 1))
            return i + 1
        }
        return nil
    }

    /// "the intelligence service", "the South Korean agency", "the NATO chief": the latest entity that fits.
    private mutating func description(at i: Int, end: Int) -> Int? {
        var j = i + 1
        var constraint: Int?
        var modifiers = 0
        while j < end, modifiers <= 3 {
            if let d = lexicon.descriptions.match(tokens, at: j, end: end) {
                let after = j + d.length
                // the head begins a longer name: "The Commission on Missing Persons said"
                if tokens[j].isCapitalized, after + 1 < end, lexicon.isConnector(tokens[after]), tokens[after + 1].isCapitalized {
                    return nil
                }
                if after < end, tokens[after].isCapitalized || tokens[after].lower == "of"
                    || lexicon.countedNouns.match(tokens, at: after, end: end) != nil { return nil }
                if after < end, tokens[after].mark == "(" { return nil }
                guard let e = resolveDescription(d.value, constraint: constraint, before: i,
                                                 headWord: tokens[after - 1].lower) else { return nil }
                addMention(e, i..<after, description: true)
                return after
            }
            if let hits = lexicon.aliases.match(tokens, at: j, end: end), let hit = hits.value.first,
               caseFits(hit, j, hits.length) {
                constraint = hit.entity
                j += hits.length
            } else if tokens[j].isWord, !tokens[j].isCapitalized, !lexicon.isFunctionWord(tokens[j]),
                      lexicon.verb(tokens[j]) == nil {
                // "the federation said": the head noun of a body named before
                if j + 1 == end || !tokens[j + 1].isCapitalized && tokens[j + 1].lower != "of"
                    && lexicon.countedNouns.match(tokens, at: j + 1, end: end) == nil,
                   let e = latestBody(headed: tokens[j].lower, before: i, constraint: constraint) {
                    addMention(e, i..<(j + 1), description: true)
                    return j + 1
                }
                j += 1
            } else {
                return nil
            }
            modifiers += 1
        }
        return nil
    }

    /// The body named latest before `i` whose head noun is `word` ("the federation"), while the article is read.
    private func latestBody(headed word: String, before i: Int, constraint: Int?) -> Int? {
        var best: Int?
        for (e, ent) in entities.enumerated() where ent.head == word && ent.lastNamed >= 0 && ent.lastNamed < i {
            if let c = constraint, ent.affiliation != lexicon.entities[c].key.name { continue }
            if best == nil || ent.lastNamed > entities[best!].lastNamed { best = e }
        }
        return best
    }

    private func resolveDescription(_ d: CompiledLexicon.DescriptionInfo, constraint: Int?, before i: Int,
                                    headWord: String? = nil) -> Int? {
        var best: Int?
        for (e, ent) in entities.enumerated() where ent.lastNamed >= 0 && ent.lastNamed < i {
            let typeFits = ent.key.type == d.type || (d.type == .organization && ent.key.type == .media)
            guard typeFits else { continue }
            if !d.match.isEmpty, !d.match.contains(where: { ent.words.contains($0) }) { continue }
            // "the official", "the president": a person must hold that very title
            if d.type == .person, let head = headWord, !ent.words.contains(head) { continue }
            if let c = constraint {
                let cName = lexicon.entities[c].key.name
                if ent.affiliation != cName && ent.key.name != cName { continue }
            }
            if best == nil || ent.lastNamed > entities[best!].lastNamed { best = e }
        }
        return best
    }

    // MARK: Unknown names

    /// A run of capitalised words that rules can type: a person beside a title, an organisation or place by
    /// its head word, a place after a preposition or in a list of places, a name beside a role.
    private mutating func capitalisedRun(at i: Int, sentence s: Sentence) -> Int? {
        let end = s.tokens.upperBound
        if lexicon.isNotName(tokens[i]) || isCalendar(tokens[i]) { return nil }
        // Title words before the name ("Secretary General Mark Rutte", "Foreign Minister Sergei Lavrov").
        var nameStart = i
        var roleRange: Range<Int>?
        // (a title word before a body's head word names the body: "General Staff", "General Assembly")
        while let title = lexicon.titles.match(tokens, at: nameStart, end: end), tokens[nameStart].isCapitalized,
              lexicon.isTitleWord(tokens[nameStart]),
              nameStart + title.length >= end || lexicon.head(tokens[nameStart + title.length]) != .organization {
            roleRange = (roleRange?.lowerBound ?? nameStart)..<(nameStart + title.length)
            nameStart += title.length
        }
        // A known name after the title ("President Volodymyr Zelenskyy"): the lexicon takes it from here.
        if nameStart > i, nameStart < end, lexicon.aliases.match(tokens, at: nameStart, end: end) != nil
            || articleNames[tokens[min(nameStart, end - 1)].text] != nil || surnames[tokens[min(nameStart, end - 1)].text] != nil {
            if nameStart > i { return nameStart }
        }
        var j = nameStart
        var hasHead: EntityType?
        while j < end {
            let t = tokens[j]
            if t.isWord, t.isCapitalized || (t.isAllCaps && j > nameStart), t.lower != "'s", !isCalendar(t) {
                if j > nameStart, lexicon.aliases.match(tokens, at: j, end: end) != nil, hasHead == nil { break }
                // "European Commission President Ursula von der Leyen": a title ends the organisation's name
                if j > nameStart, hasHead != nil, let title = lexicon.titles.match(tokens, at: j, end: end), title.value == .office { break }
                // the last head word types the name: "Ukrainian Sea Ports Authority" is a body, "Kyiv City Council" too
                if let h = lexicon.head(t) { hasHead = h }
                j += 1
                continue
            }
            if t.isWord, lexicon.isConnector(t), j > nameStart, j + 1 < end,
               tokens[j + 1].isCapitalized || lexicon.isConnector(tokens[j + 1]) && j + 2 < end && tokens[j + 2].isCapitalized,
               // "Ministry of Trade and Industry" is one name, "Turkish Airlines and Nordvik Holdings" two
               t.lower != "and" || hasHead != nil && lexicon.head(tokens[j - 1]) == nil {
                j += 1
                continue
            }
            if t.isWord, lexicon.isConnector(t), j > nameStart, j + 2 < end, tokens[j + 1].mark == "-", !tokens[j + 1].spaceBefore,
               tokens[j + 2].isCapitalized, !tokens[j + 2].spaceBefore {
                j += 3  // "Majed al-Ansari"
                continue
            }
            // "Kim Yong-hyun", "Lee Seong-kweun": a given name's second syllable after the surname
            if t.mark == "-", !t.spaceBefore, j >= nameStart + 2, j + 1 < end, tokens[j + 1].isWord, !tokens[j + 1].isCapitalized,
               !tokens[j + 1].spaceBefore, tokens[j - 1].text.count <= 5, tokens[j + 1].text.count <= 6 {
                j += 2
                continue
            }
            // "Utopia 56, a French aid group,": a number that ends a name set off by a comma
            if t.isNumber, j > nameStart, tokens[j - 1].isWord, j + 2 < end, tokens[j + 1].mark == ",",
               Self.articles.contains(tokens[j + 2].lower) {
                j += 1
                break
            }
            if t.mark == "-", !t.spaceBefore, j > nameStart, j + 1 < end, tokens[j + 1].isCapitalized, !tokens[j + 1].spaceBefore {
                j += 1
                continue
            }
            break
        }
        while j > nameStart, lexicon.isConnector(tokens[j - 1]) || tokens[j - 1].mark == "-" { j -= 1 }
        // Trim sentence openers and labels at the end too ("Reactions"), but a label word after a
        // connector is part of the name ("Group of Experts")
        while j > nameStart, lexicon.isNotName(tokens[j - 1]) {
            if j - 2 > nameStart, lexicon.isConnector(tokens[j - 2]), !lexicon.isFunctionWord(tokens[j - 1]) { break }
            j -= 1
        }
        while j > nameStart, lexicon.isConnector(tokens[j - 1]) { j -= 1 }
        let run = nameStart..<j
        if run.isEmpty {
            return roleRange.map { $0.upperBound }
        }
        let words = run.count
        let name = text(run)
        let simple = run.allSatisfy { tokens[$0].isWord || tokens[$0].mark == "-" && !tokens[$0].spaceBefore
            || tokens[$0].isNumber && $0 == run.upperBound - 1 }

        // A person with a title: before the name ("spokesperson Dmitry Peskov", "chief, Kyrylo Budanov")
        // or capitalised inside the run ("Secretary General Mark Rutte").
        if roleRange == nil, let before = titleBefore(run.lowerBound, floor: s.tokens.lowerBound) { roleRange = before }
        if let roleRange, hasHead == nil, words <= 4, simple {
            let (role, affiliation) = roleAndAffiliation(roleRange, floor: s.tokens.lowerBound)
            return person(run, name: name, role: role, affiliation: affiliation)
        }
        if let type = hasHead {
            // a lone head word ("City" in "Gaza City") names nothing by itself
            if words == 1 { return nil }
            // the end of a body's name given in full before: "the General Staff" after "Ukraine's General Staff"
            let tail = " " + name
            let e = entities.indices.last { entities[$0].key.type == type && entities[$0].key.name.hasSuffix(tail) }
                ?? entity(EntityKey(name: name, type: type), affiliation: possessor(before: run.lowerBound))
            addMention(e, run)
            articleNames[name] = e
            return acronym(after: j, for: e, end: end)
        }
        // "The Sindh government said", "Kherson officials said": a name no rule types, before a group noun,
        // is the group's place, and the group speaks
        // (not "Election officials", "Local authorities", "Independent analysts": a capital that only opens
        // the sentence, or a word the lexicon knows)
        if words <= 2, simple, j < end, !tokens[j].isCapitalized, lexicon.verb(tokens[j]) == nil,
           run.lowerBound > s.tokens.lowerBound, !run.contains(where: { tokens[$0].known }),
           let g = lexicon.groups.match(tokens, at: j, end: end), g.value != .media,
           let n = group(j, of: run.lowerBound, named: EntityKey(name: name, type: .place), end: end) {
            return n
        }
        if j < end, let type = lexicon.suffix(tokens[j]), words <= 3, simple {
            let full = text(run.lowerBound..<(j + 1))
            let key = EntityKey(name: full, type: type)
            if let n = group(j + 1, of: run.lowerBound, named: key, end: end) { return n }
            let e = entity(key)
            addMention(e, run.lowerBound..<(j + 1))
            articleNames[full] = e
            return j + 1
        }
        if let intro = lexicon.intros.matchEnding(tokens, before: run.lowerBound, floor: s.tokens.lowerBound), words <= 4 {
            let e = entity(EntityKey(name: name, type: intro.value))
            addWords(e, (run.lowerBound - intro.length)..<run.lowerBound)
            addMention(e, run)
            articleNames[name] = e
            return acronym(after: j, for: e, end: end)
        }
        // "the disaster management agency, AFAD,": a name set off by commas after a type word
        if words <= 4, simple, j < end, tokens[j].mark == ",", run.lowerBound - 1 > s.tokens.lowerBound,
           tokens[run.lowerBound - 1].mark == ",",
           let intro = lexicon.intros.matchEnding(tokens, before: run.lowerBound - 1, floor: s.tokens.lowerBound) {
            let e = entity(EntityKey(name: name, type: intro.value))
            addWords(e, (run.lowerBound - 1 - intro.length)..<(run.lowerBound - 1))
            addMention(e, run)
            articleNames[name] = e
            return j
        }
        // "analysts at JPMorgan", "researchers from Harvard": the people belong to a body
        if words <= 3, simple, run.lowerBound - 2 >= s.tokens.lowerBound, Self.memberPrepositions.contains(tokens[run.lowerBound - 1].lower),
           let g = lexicon.groups.match(tokens, at: run.lowerBound - 2, end: run.lowerBound - 1), g.length == 1 {
            let e = entity(EntityKey(name: name, type: .organization))
            addMention(e, run)
            articleNames[name] = e
            return j
        }
        if words <= 3, simple, let type = typeWordAfter(j, end: end) {
            let e = entity(EntityKey(name: name, type: type))
            addMention(e, run)
            articleNames[name] = e
            return j
        }
        if words <= 4, simple, let (type, said) = appositiveType(after: j, end: end) {
            let e = entity(EntityKey(name: name, type: type))
            addWords(e, said)  // "the company" can refer back to it
            addMention(e, run)
            articleNames[name] = e
            return j
        }
        // (but "in North Carolina, Governor Roy Cooper said": a name after "in" is a place)
        // ("according to" is no place's preposition)
        let afterLocative = run.lowerBound > s.tokens.lowerBound && lexicon.isLocative(tokens[run.lowerBound - 1])
            && !(run.lowerBound - 2 >= s.tokens.lowerBound && tokens[run.lowerBound - 2].lower == "according")
        if words >= 2, words <= 4, simple, !afterLocative, appositiveRole(after: j, end: end) {
            return person(run, name: name, role: nil, affiliation: nil)
        }
        if words >= 2, words <= 3, simple, j < end, speaks(at: j, end: end) {
            return person(run, name: name, role: nil, affiliation: nil)
        }
        // "The KRG said", "Gazprom reported": one unknown word that speaks is a body (a person is named
        // in full first; a word the lexicon knows, "Officials", is no name, nor a plural opening the
        // sentence, "Donors pledged", nor a place, "officials in Kharkiv said")
        let first = tokens[run.lowerBound]
        let opens = run.lowerBound == s.tokens.lowerBound || !tokens[run.lowerBound - 1].isWord
        if words == 1, first.isAllCaps || !first.known && !(opens && first.lower.hasSuffix("s")) && !closesALongerName(first),
           run.lowerBound == s.tokens.lowerBound || !lexicon.isLocative(tokens[run.lowerBound - 1]),
           j < end, speaks(at: j, end: end) {
            let e = entity(EntityKey(name: name, type: .organization))
            addMention(e, run)
            articleNames[name] = e
            return j
        }
        // "The head of the regional administration, Oleh Synehubov, said": a name set off by commas
        // before a reporting verb names who speaks
        if words >= 2, words <= 3, simple, j + 1 < end, tokens[j].mark == ",", run.lowerBound > s.tokens.lowerBound,
           tokens[run.lowerBound - 1].mark == ",", speaks(at: j + 1, end: end) {
            return person(run, name: name, role: nil, affiliation: nil)
        }
        // "…, said Dmitry Peskov." — the speaker after the verb, closing the clause
        if words >= 2, words <= 3, simple, run.lowerBound > s.tokens.lowerBound,
           lexicon.verb(tokens[run.lowerBound - 1]).map({ !$0.cites }) == true,
           j == end || Self.phraseEnds.contains(tokens[j].mark) {
            return person(run, name: name, role: nil, affiliation: nil)
        }
        // "according to the European Forest Fire Information System", "according to Kpler": a source of
        // three words or more, or of one unknown word, that no rule types is a body (two may be a person:
        // "according to Olga Sarrado"; a title inside makes a person: "according to Ithmari Prime
        // Minister Hamid Lemaire"; one word may close a longer name, a surname)
        let oneUnknownWord = words == 1 && (first.isAllCaps || !first.known) && !closesALongerName(first)
        if words >= 3 || oneUnknownWord, simple,
           !run.contains(where: { lexicon.titles.match(tokens, at: $0, end: run.upperBound) != nil }) {
            var p = run.lowerBound - 1
            if p > s.tokens.lowerBound, tokens[p].lower == "the" { p -= 1 }
            if p > s.tokens.lowerBound, tokens[p].lower == "to", tokens[p - 1].lower == "according" {
                let e = entity(EntityKey(name: name, type: .organization))
                addMention(e, run)
                articleNames[name] = e
                return j
            }
        }
        if words <= 3, simple, run.lowerBound > s.tokens.lowerBound {
            let p = run.lowerBound - 1
            let afterAccording = p > 0 && tokens[p - 1].lower == "according"
            // an unknown acronym names a body, not a place ("killed in RSF shelling")
            let acronym = words == 1 && tokens[run.lowerBound].isAllCaps
            if lexicon.isLocative(tokens[p]), !afterAccording, !acronym, tokens[run.lowerBound].spaceBefore {
                return place(run, name: name)
            }
            if listsPlace(before: run.lowerBound, floor: s.tokens.lowerBound) { return place(run, name: name) }
        }
        return nil
    }

    /// The word closes a longer capitalised name somewhere in the article: a surname ("Wojcik said …
    /// Helga Wojcik is expected"), whichever comes first.
    private mutating func closesALongerName(_ word: Token) -> Bool {
        if closingWords == nil {
            closingWords = Set(tokens.indices.dropFirst().compactMap { k in
                tokens[k].isCapitalized && tokens[k - 1].isWord && tokens[k - 1].isCapitalized
                    && !lexicon.isNotName(tokens[k - 1]) ? tokens[k].text : nil
            })
        }
        return closingWords!.contains(word.text)
    }

    private mutating func person(_ run: Range<Int>, name: String, role: String?, affiliation: String?) -> Int {
        let e = entity(EntityKey(name: name, type: .person), role: role, affiliation: affiliation)
        addMention(e, run)
        articleNames[name] = e
        if run.count >= 2, let last = run.last { surnames[tokens[last].text] = e }
        return run.upperBound
    }

    private mutating func place(_ run: Range<Int>, name: String) -> Int {
        let e = entity(EntityKey(name: name, type: .place))
        addMention(e, run)
        articleNames[name] = e
        return run.upperBound
    }

    private func isCalendar(_ t: Token) -> Bool { lexicon.month(t) != nil || lexicon.weekday(t) != nil }

    /// A lower-case title right before `i`, perhaps with a comma between: "spokesperson Dmitry Peskov",
    /// "intelligence chief, Kyrylo Budanov".
    private func titleBefore(_ i: Int, floor: Int) -> Range<Int>? {
        var k = i
        if k > floor, tokens[k - 1].mark == "," { k -= 1 }
        guard let m = lexicon.titles.matchEnding(tokens, before: k, floor: floor, maxLength: 3) else { return nil }
        let r = (k - m.length)..<k
        // "Mr." and friends are not roles, but still mark a person.
        return r
    }

    /// The role as written, with its lower-case modifiers ("military intelligence chief"), and the body or
    /// country written just before it ("Ukraine's", "Kremlin", "Russian").
    private func roleAndAffiliation(_ r: Range<Int>, floor: Int) -> (String?, String?) {
        var a = r.lowerBound
        while a > floor, a > r.lowerBound - 3, tokens[a - 1].isWord, !tokens[a - 1].isCapitalized,
              tokens[a - 1].lower != "'s", !lexicon.isFunctionWord(tokens[a - 1]),
              mentionAt[a - 1] == -1 { a -= 1 }
        var role: String? = text(a..<r.upperBound)
        if let kind = lexicon.titles.match(tokens, at: r.lowerBound, end: r.upperBound)?.value, kind == .honorific { role = nil }
        var affiliation: String?
        var k = a - 1
        if k >= floor, tokens[k].lower == "'s" { k -= 1 }
        if k >= floor, mentionAt[k] != -1 { affiliation = entities[mentions[mentionAt[k]].entity].key.name }
        return (role, affiliation)
    }

    /// The country or body owning a name: "South Korea's National Intelligence Service" → South Korea.
    private func possessor(before i: Int) -> String? {
        var k = i - 1
        if k >= 0, tokens[k].lower == "'s" { k -= 1 }
        guard k >= 0, mentionAt[k] != -1 else { return nil }
        let e = entities[mentions[mentionAt[k]].entity]
        return e.key.type == .country ? e.key.name : nil
    }

    /// "the Oryx open-source research group", "the Rand think tank": a type word follows the name.
    private func typeWordAfter(_ j: Int, end: Int) -> EntityType? {
        var k = j
        while k < end, k <= j + 5 {
            if let m = lexicon.intros.match(tokens, at: k, end: end), m.value != .place,
               k + m.length >= end || !tokens[k + m.length].isWord || lexicon.isFunctionWord(tokens[k + m.length])
                || lexicon.verb(tokens[k + m.length]) != nil {
                return m.value
            }
            let t = tokens[k]
            guard (t.isWord && !t.isCapitalized && !lexicon.isFunctionWord(t) && lexicon.verb(t) == nil)
                || (t.mark == "-" && !t.spaceBefore) else { return nil }
            k += 1
        }
        return nil
    }

    /// ", the continent's public health agency,": an appositive ending in a type word types the name.
    private static let relativeOpeners = ["that", "which", "whose", "with"]
    private static let phraseEnds: [Unicode.Scalar] = [",", ".", ";", ":", ")"]

    /// ", the Anglo-Australian mining group,": the type an apposition gives a name, and its words.
    private func appositiveType(after j: Int, end: Int) -> (EntityType, Range<Int>)? {
        guard j + 1 < end, tokens[j].mark == ",", Self.articles.contains(tokens[j + 1].lower) else { return nil }
        var k = j + 2
        while k < end, k <= j + 8, tokens[k].mark != "," {
            if let m = lexicon.intros.match(tokens, at: k, end: end), m.value != .place {
                // ", a rescue group operating in …", ", a charity based in …", ", the mining group that …",
                // ", a mining company.": the type word ends the noun phrase
                let said = (j + 1)..<(k + m.length)
                guard k + m.length < end else { return (m.value, said) }
                let next = tokens[k + m.length]
                // (", the UN agency for Palestinian refugees,": its complement follows)
                if Self.phraseEnds.contains(next.mark) || Self.relativeOpeners.contains(next.lower)
                    || next.lower == "for" || next.lower == "of" { return (m.value, said) }
                if next.isWord, !next.isCapitalized, next.lower.count > 4, next.lower.hasSuffix("ing") || next.lower.hasSuffix("ed") {
                    return (m.value, said)
                }
            }
            k += 1
        }
        return nil
    }

    /// ", a key figure in …", ", editor of …": a role follows the name within a few words.
    private func appositiveRole(after j: Int, end: Int) -> Bool {
        guard j < end, tokens[j].mark == "," else { return false }
        var k = j + 1
        while k < end, k <= j + 6, tokens[k].mark != "," {
            if let m = lexicon.titles.match(tokens, at: k, end: end), m.value != .honorific { return true }
            k += 1
        }
        return false
    }

    /// "Vladivostok, Ussuriysk, Khabarovsk, and Blagoveshchensk": a name listed after a place is a place.
    private func listsPlace(before i: Int, floor: Int) -> Bool {
        var k = i - 1
        guard k >= floor, tokens[k].mark == "," || tokens[k].lower == "and" else { return false }
        k -= 1
        if k >= floor, tokens[k].mark == "," { k -= 1 }
        guard k >= floor, mentionAt[k] != -1 else { return false }
        let m = mentions[mentionAt[k]]
        return !m.demonym && entities[m.entity].key.type == .place
    }

    // MARK: Queries used by attribution

    /// The body mentioned latest before token `i` whose head noun is `word`, once the whole article is read
    /// ("according to ministry data").
    func bodyMentioned(headed word: String, before i: Int) -> Int? {
        var k = i - 1
        while k >= 0 {
            if mentionAt[k] != -1 {
                let m = mentions[mentionAt[k]]
                if entities[m.entity].head == word { return m.entity }
                k = m.tokens.lowerBound - 1
                continue
            }
            k -= 1
        }
        return nil
    }

    /// The latest person named before token `i`: what "he" and "she" refer to.
    func latestPerson(before i: Int) -> Int? {
        var k = i - 1
        while k >= 0 {
            if mentionAt[k] != -1 {
                let m = mentions[mentionAt[k]]
                if entities[m.entity].key.type == .person { return m.entity }
                k = m.tokens.lowerBound - 1
                continue
            }
            k -= 1
        }
        return nil
    }

    /// Entities and mentions in the model's shape, sorted so output never depends on hash order.
    func output() -> (entities: [Entity], mentions: [Mention]) {
        var used = Set<Int>()
        for m in mentions { used.insert(m.entity) }
        let ents = used.sorted().map { e -> Entity in
            let a = entities[e]
            return Entity(name: a.key.name, type: a.key.type, description: a.description, role: a.role,
                          affiliation: a.affiliation, aliases: a.aliases.sorted())
        }.sorted { $0.name != $1.name ? $0.name < $1.name : $0.type.rawValue < $1.type.rawValue }  // no tuples of Strings
        let ms = mentions.map { m in
            Mention(entity: entities[m.entity].key,
                    span: Span(start: tokens[m.tokens.lowerBound].start, end: tokens[m.tokens.upperBound - 1].end),
                    text: text(m.tokens))
        }.sorted { $0.span < $1.span }
        return (ents, ms)
    }
}

/// Names an article defines (by a rule, as an acronym or as a surname), as written → entity. It knows the lengths of its
/// ASCII names, so a run of words of another length is neither made into a String nor hashed: that was most of
/// the cost of looking capitalised words up.
struct NameTable {
    private var byName: [String: Int] = [:]
    private var asciiLengths = Set<Int>()
    /// A name with other scalars may equal ASCII text of another length ("\u{212A}" is "K"): then every lookup is made.
    private var hasOtherNames = false

    subscript(name: String) -> Int? {
        get { byName[name] }
        set {
            byName[name] = newValue
            if name.utf8.allSatisfy({ $0 < 0x80 }) { asciiLengths.insert(name.utf8.count) } else { hasOtherNames = true }
        }
    }

    /// Whether ASCII text of `asciiBytes` bytes may be a name.
    func mayHold(asciiBytes: Int) -> Bool { hasOtherNames || asciiLengths.contains(asciiBytes) }
}
