/// One synthetic article: its file name, its text, and how many figure-carrying claim
/// sentences were planted in it (a rough yardstick for what the extractor finds).
struct GeneratedArticle: Sendable {
    let name: String
    let text: String
    let plantedClaims: Int

    var fileName: String { name + ".txt" }
}

/// Deterministic synthetic news: article `i` of seed `s` is always the same text, and is made on
/// its own, so a corpus of any size can be streamed one article at a time.
///
///     let corpus = ArticleGenerator(seed: 2026)
///     corpus.article(0).text   // ~5 KB of news about troops, casualties, refugees, aid or shipments
struct ArticleGenerator: Sendable {
    let seed: UInt64
    /// Text length to aim for, in UTF-8 bytes; each article picks a length around it.
    let targetBytes: Int

    init(seed: UInt64 = 2026, targetBytes: Int = 5_000) {
        self.seed = seed
        self.targetBytes = targetBytes
    }

    func article(_ index: Int) -> GeneratedArticle {
        var rng = SplitMix64(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        _ = rng.next()
        var writer = StoryWriter(index: index, rng: rng)
        let target = targetBytes * rng.int(70...130) / 100
        let text = writer.write(targetBytes: target)
        return GeneratedArticle(name: GeneratedArticle.name(index), text: text, plantedClaims: writer.planted)
    }
}

extension GeneratedArticle {
    /// "bench-000042".
    static func name(_ index: Int) -> String {
        let digits = String(index)
        return "bench-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}

/// What one article is about.
enum Story: CaseIterable {
    case troops, casualties, refugees, aid, shipments
}

/// Writes one article: picks a story, its countries, places and people, then sentences of many
/// shapes until the text is long enough.
struct StoryWriter {
    typealias Country = CorpusVocabulary.Country
    struct Person {
        let first: String, last: String, title: String, country: Country
    }

    var rng: SplitMix64
    let story: Story
    /// Who sends troops, arms or money; where they go; who gives aid.
    let sender: Country, host: Country, donor: Country
    let places: [String]
    let people: [Person]
    let organizations: [String]
    let media: [String]
    let year: Int, month: Int, day: Int
    private var introduced: Set<String> = []
    private(set) var planted = 0

    init(index: Int, rng: SplitMix64) {
        var rng = rng
        let countries = CorpusVocabulary.countries
        story = Story.allCases[rng.below(Story.allCases.count)]
        let s = rng.below(countries.count)
        var h = rng.below(countries.count - 1); if h >= s { h += 1 }
        var d = rng.below(countries.count); if d == s || d == h { d = (d + 2) % countries.count }
        sender = countries[s]; host = countries[h]; donor = countries[d]
        places = (0..<4).map { _ in rng.pick(CorpusVocabulary.places) }
        var people: [Person] = []
        for _ in 0..<rng.int(3...6) {
            people.append(Person(first: rng.pick(CorpusVocabulary.firstNames), last: rng.pick(CorpusVocabulary.surnames),
                                 title: rng.pick(CorpusVocabulary.titles), country: rng.pick([countries[s], countries[h], countries[d]])))
        }
        self.people = people
        organizations = (0..<3).map { _ in rng.pick(CorpusVocabulary.organizations) }
        media = (0..<2).map { _ in rng.pick(CorpusVocabulary.media) }
        year = rng.int(2021...2026); month = rng.int(1...12); day = rng.int(1...28)
        self.rng = rng
    }

    mutating func write(targetBytes: Int) -> String {
        var text = title() + "\n\n"
        if rng.chance(0.5) { text += "By \(rng.pick(CorpusVocabulary.firstNames)) \(rng.pick(CorpusVocabulary.surnames))\n" }
        switch rng.below(3) {
        case 0: text += "\(CorpusVocabulary.months[month - 1]) \(day), \(year)\n\n"
        case 1: text += "Published \(year)-\(two(month))-\(two(day))\n\n"
        default: text += "\n"
        }
        text += dateline()
        while text.utf8.count < targetBytes {
            var paragraph: [String] = []
            for _ in 0..<rng.int(2...4) {
                paragraph.append(rng.chance(0.3) ? claimSentence() : backgroundSentence())
            }
            text += paragraph.joined(separator: " ") + "\n\n"
        }
        if rng.chance(0.3) { text += rng.pick(["Related Articles", "Read more:", "© \(year) \(media[0])"]) + "\n" }
        return text
    }

    // MARK: - Headline and dateline

    mutating func title() -> String {
        let place = stripThe(places[0])
        switch story {
        case .troops:
            return rng.pick(["\(sender.adjective) troops reported in \(place)", "\(host.name) says \(sender.adjective) forces crossed border",
                             "How many \(sender.adjective) soldiers are in \(host.name)?", "Estimates of \(sender.adjective) deployment vary widely",
                             "\(sender.name) denies sending troops to \(place)"])
        case .casualties:
            return rng.pick(["Death toll rises after shelling of \(place)", "Civilians killed as fighting spreads to \(place)",
                             "\(host.name) counts its dead", "Conflicting casualty figures from \(place)"])
        case .refugees:
            return rng.pick(["Thousands flee \(place) as front line moves", "Refugee numbers climb at \(host.name) border",
                             "Aid groups warn of displacement crisis in \(place)", "Camps near \(place) overwhelmed"])
        case .aid:
            return rng.pick(["\(donor.name) pledges new aid to \(host.name)", "Aid package for \(host.name) stalls in parliament",
                             "Donors meet in \(donor.capital) as needs grow", "How much has \(donor.name) given \(host.name)?"])
        case .shipments:
            return rng.pick(["Arms shipments from \(sender.name) tracked to \(place)", "Satellite images show ammunition trains at \(place)",
                             "\(sender.name) ships shells to \(host.name), monitors say", "Cargo seized at \(place)"])
        }
    }

    mutating func dateline() -> String {
        rng.chance(0.5) ? "\(host.capital.uppercased()) — " : ""
    }

    // MARK: - Claims

    /// A sentence that attributes a figure to someone (or to nobody: the article's own claim).
    mutating func claimSentence() -> String {
        planted += 1
        let planned = rng.chance(0.22)
        let kind = rng.chance(0.6) ? story : Story.allCases[rng.below(Story.allCases.count)]
        let clause = planned ? plannedClause(kind) : reportedClause(kind)
        let when = date()
        let who = claimant()
        // "X, citing Y," closes its own apposition only mid-sentence.
        let bare = who.hasSuffix(",") ? String(who.dropLast()) : who
        switch rng.below(19) {
        case 0: return cap("\(who) said\(when) that \(clause).")
        case 1: return cap("according to \(bare), \(clause).")
        case 2: return cap("\(clause), \(who) said\(when).")
        case 3: return cap("\(clause), according to \(bare).")
        case 4: return cap("\(who) estimated that \(clause).")
        case 5: return cap("\(who) claimed\(when) that \(clause).")
        case 6: return "\"\(cap(clause)),\" \(who) told reporters\(when)."
        case 7: return cap("\(who) told \(rng.pick(media)) that \(clause).")
        case 8: return cap("in a statement\(when), \(who) said \(clause).")
        case 9: return cap("\(who) confirmed\(when) that \(clause).")
        case 10: return cap("\(who) denied reports that \(clause).")
        case 11: return cap("\(rng.pick(media)), citing \(institution()), reported\(when) that \(clause).")
        case 12: return cap("\(who) stated that \(clause), though the figure could not be independently verified.")
        case 13: return cap("\(who) wrote on social media\(when) that \(clause).")
        case 14: return cap("\(clause), \(bare) estimated.")
        case 15: return cap("\(who) reported that \(clause), citing \(institution()).")
        case 16: return cap("\(when.isEmpty ? "" : when.dropFirst() + ", ")\(clause).")
        case 17: return cap("\(who) said \(clause), adding that the number was \(rng.pick(["growing", "likely to change", "a conservative estimate", "based on satellite imagery"])).")
        default: return cap("\(who) has said \(clause).")
        }
    }

    /// "4,000 Valdorian troops had been deployed to Drovnik".
    mutating func reportedClause(_ kind: Story) -> String {
        let place = rng.pick(places)
        switch kind {
        case .troops:
            let (counted, range) = troopNoun()
            let verb = rng.pick(["had been deployed to", "have arrived in", "were stationed in", "have been sent to",
                                 "are fighting in", "crossed into", "were training near", "have massed near", "are now in",
                                 "were moved to", "have been redeployed from"])
            if rng.chance(0.2) {
                return "\(sender.name) has sent \(FigureWriter.amount(in: range, using: &rng)) \(counted) to \(place)"
            }
            if rng.chance(0.15) {
                return "there are \(FigureWriter.amount(in: range, using: &rng)) \(counted) in \(host.name), including \(FigureWriter.count(in: 2...600, using: &rng)) officers"
            }
            return "\(FigureWriter.amount(in: range, using: &rng)) \(counted) \(verb) \(place)"
        case .casualties:
            let who = rng.pick(["civilians", "people", "soldiers", "\(sender.adjective) soldiers", "children", "aid workers",
                                "fighters", "police officers", "residents"])
            switch rng.below(5) {
            case 0: return "\(FigureWriter.amount(in: 3...4_000, using: &rng)) \(who) were killed in \(place)"
            case 1: return "\(FigureWriter.amount(in: 3...900, using: &rng)) \(who) were killed and \(FigureWriter.count(in: 10...3_000, using: &rng)) wounded in \(place)"
            case 2: return "the death toll in \(place) had risen to \(FigureWriter.count(in: 20...60_000, using: &rng))"
            case 3: return "\(sender.name) had lost \(FigureWriter.amount(in: 100...50_000, using: &rng)) soldiers since \(rng.pick(CorpusVocabulary.months))"
            default: return "\(FigureWriter.amount(in: 5...2_000, using: &rng)) \(who) have been wounded in attacks on \(place)"
            }
        case .refugees:
            switch rng.below(5) {
            case 0: return "\(FigureWriter.amount(in: 500...900_000, using: &rng)) people have fled \(place)"
            case 1: return "\(FigureWriter.amount(in: 1_000...2_500_000, using: &rng)) refugees had crossed into \(donor.name)"
            case 2: return "\(FigureWriter.amount(in: 200...300_000, using: &rng)) displaced people were living in camps near \(place)"
            case 3: return "the number of registered asylum seekers reached \(FigureWriter.count(in: 1_000...400_000, using: &rng))"
            default: return "\(FigureWriter.amount(in: 100...80_000, using: &rng)) families had been evacuated from \(place)"
            }
        case .aid:
            switch rng.below(5) {
            case 0: return "\(donor.name) has pledged \(FigureWriter.money(using: &rng)) in humanitarian aid to \(host.name)"
            case 1: return "the military aid package was worth \(FigureWriter.money(using: &rng))"
            case 2: return "\(sender.name) had earned \(FigureWriter.money(using: &rng)) from arms sales"
            case 3: return "\(FigureWriter.share(using: &rng)) of the \(FigureWriter.money(using: &rng)) promised had been delivered"
            default: return "donors have provided \(FigureWriter.money(using: &rng)) for reconstruction in \(place)"
            }
        case .shipments:
            let (goods, range) = cargoNoun()
            switch rng.below(4) {
            case 0: return "\(FigureWriter.amount(in: range, using: &rng)) \(goods) had been shipped from \(sender.name) to \(place)"
            case 1: return "\(sender.name) delivered \(FigureWriter.amount(in: range, using: &rng)) \(goods) to \(host.name)"
            case 2: return "\(FigureWriter.amount(in: range, using: &rng)) \(goods) were unloaded at \(place)"
            default: return "satellite images showed \(FigureWriter.amount(in: range, using: &rng)) \(goods) at \(place)"
            }
        }
    }

    /// "Valdoria is preparing to send 10,000 soldiers to Drovnik by the end of the year".
    mutating func plannedClause(_ kind: Story) -> String {
        let place = rng.pick(places)
        let future = rng.pick(["by the end of the year", "by \(rng.pick(CorpusVocabulary.months))", "in the coming weeks",
                               "next month", "before the winter", "over the next six months", "soon", "eventually"])
        switch kind {
        case .troops, .casualties:
            let (counted, range) = troopNoun()
            switch rng.below(6) {
            case 0: return "\(sender.name) is preparing to send \(FigureWriter.amount(in: range, using: &rng)) \(counted) to \(place) \(future)"
            case 1: return "\(sender.name) plans to deploy \(FigureWriter.amount(in: range, using: &rng)) more \(counted) \(future)"
            case 2: return "the number of \(counted) could rise to \(FigureWriter.count(in: range, using: &rng)) \(future)"
            case 3: return "a further \(FigureWriter.amount(in: range, using: &rng)) \(counted) are expected to arrive \(future)"
            case 4: return "\(sender.name) will send a total of \(FigureWriter.count(in: range, using: &rng)) \(counted) \(future)"
            default: return "the deployment could eventually reach \(FigureWriter.count(in: range, using: &rng)) \(counted)"
            }
        case .refugees:
            return rng.pick([
                "as many as \(FigureWriter.count(in: 10_000...3_000_000, using: &rng)) people could be displaced \(future)",
                "\(donor.name) intends to take in \(FigureWriter.amount(in: 1_000...200_000, using: &rng)) refugees \(future)",
            ])
        case .aid:
            return rng.pick([
                "\(donor.name) aims to provide \(FigureWriter.money(using: &rng)) \(future)",
                "a new package worth \(FigureWriter.money(using: &rng)) is expected to be approved \(future)",
            ])
        case .shipments:
            let (goods, range) = cargoNoun()
            return "\(sender.name) intends to deliver \(FigureWriter.amount(in: range, using: &rng)) \(goods) \(future)"
        }
    }

    mutating func troopNoun() -> (String, ClosedRange<Int>) {
        let adj = sender.adjective
        switch rng.below(12) {
        case 0: return ("\(adj) officers", 10...800)
        case 1: return ("military advisers", 5...400)
        case 2: return ("\(adj) special forces troops", 200...5_000)
        case 3: return ("paratroopers", 100...6_000)
        case 4: return ("\(adj) infantry troops", 500...20_000)
        case 5: return ("military personnel", 500...40_000)
        case 6: return ("reservists", 1_000...300_000)
        case 7: return ("\(adj) marines", 100...3_000)
        case 8: return ("troops", 500...50_000)
        case 9: return ("\(adj) soldiers", 500...30_000)
        default: return ("\(adj) troops", 500...30_000)
        }
    }

    mutating func cargoNoun() -> (String, ClosedRange<Int>) {
        switch rng.below(10) {
        case 0: return ("containers of ammunition", 50...15_000)
        case 1: return ("artillery shells", 10_000...9_000_000)
        case 2: return ("rounds of ammunition", 100_000...20_000_000)
        case 3: return ("attack drones", 20...5_000)
        case 4: return ("ballistic missiles", 5...300)
        case 5: return ("tonnes of grain", 1_000...900_000)
        case 6: return ("truckloads of aid", 10...2_000)
        case 7: return ("armoured vehicles", 10...900)
        case 8: return ("tanks", 5...400)
        default: return ("rail cars of munitions", 20...3_000)
        }
    }

    // MARK: - Who says it

    /// A claimant as a subject: a person (full name first, then surname), an institution,
    /// officials, or media citing someone.
    mutating func claimant() -> String {
        switch rng.below(10) {
        case 0, 1, 2, 3: return person()
        case 4, 5, 6: return institution()
        case 7: return rng.pick(["\(rng.pick([sender, host, donor]).adjective) officials", "officials in \(rng.pick([sender, host, donor]).capital)",
                                 "a senior \(rng.pick([sender, host, donor]).adjective) official", "Western officials",
                                 "\(host.adjective) military sources", "local authorities", "independent analysts"])
        case 8: return rng.pick(media)
        default: return "\(rng.pick(media)), citing \(institution()),"
        }
    }

    mutating func person() -> String {
        let p = rng.pick(people)
        let full = "\(p.first) \(p.last)"
        if introduced.contains(full) {
            return rng.chance(0.8) ? p.last : full
        }
        introduced.insert(full)
        switch rng.below(3) {
        case 0: return "\(p.country.adjective) \(p.title) \(full)"
        case 1: return "\(full), the \(p.country.adjective) \(p.title.lowercased()),"
        default: return "\(p.country.name)'s \(p.title.lowercased()) \(full)"
        }
    }

    mutating func institution() -> String {
        let c = rng.pick([sender, host, donor])
        switch rng.below(5) {
        case 0: return "\(c.name)'s \(rng.pick(CorpusVocabulary.nationalBodies))"
        case 1: return "the \(c.adjective) \(rng.pick(CorpusVocabulary.nationalBodies))"
        case 2: return "the \(rng.pick(CorpusVocabulary.nationalBodies)) of \(c.name)"
        default: return "the \(rng.pick(organizations))"
        }
    }

    /// " on Monday", " last Thursday", " on March 4", "" (often none).
    mutating func date() -> String {
        let m = CorpusVocabulary.months[(month + 11 - rng.below(2)) % 12]
        switch rng.below(12) {
        case 0: return " on \(rng.pick(CorpusVocabulary.weekdays))"
        case 1: return " last \(rng.pick(CorpusVocabulary.weekdays))"
        case 2: return " on \(m) \(rng.int(1...28))"
        case 3: return " on \(rng.int(1...28)) \(m) \(year)"
        case 4: return " earlier this week"
        case 5: let d1 = rng.int(1...20); return " between \(m) \(d1) and \(d1 + rng.int(2...7))"
        case 6: return " as of \(m) \(rng.int(1...28))"
        case 7: return " in early \(m)"
        default: return ""
        }
    }

    // MARK: - Background

    /// A sentence with no figure to extract (or only a year or a time), for context and length.
    mutating func backgroundSentence() -> String {
        let place = rng.pick(places)
        let p = rng.pick(people)
        switch rng.below(36) {
        case 0: return "Talks between \(sender.name) and \(host.name) in \(donor.capital) ended without agreement."
        case 1: return "The \(rng.pick(organizations)) did not respond to a request for comment."
        case 2: return "\(p.first) \(p.last) is expected to visit \(host.capital) next week."
        case 3: return "Fighting continued along the roads leading to \(place), residents said."
        case 4: return "The claims could not be independently verified."
        case 5: return "Analysts cautioned that figures from all sides were difficult to confirm and often changed from week to week."
        case 6: return "Power was cut in parts of \(place) after a strike on a substation, and water supplies were disrupted."
        case 7: return "\(sender.name) has repeatedly said its forces act within international law."
        case 8: return "The \(host.adjective) parliament is due to debate the issue when it reconvenes in \(rng.pick(CorpusVocabulary.months))."
        case 9: return "Footage shared online appeared to show columns of vehicles moving toward \(stripThe(place)), though its date and location were unclear."
        case 10: return "Ministers from the \(rng.pick(organizations)) are scheduled to meet in \(donor.capital) at the end of the month."
        case 11: return "The conflict began in \(year - rng.int(1...3)) and has since drawn in several neighbouring states."
        case 12: return "Aid convoys have struggled to reach \(place) because of damaged bridges and checkpoints."
        case 13: return "In \(host.capital), air raid sirens sounded twice overnight, and schools moved classes online."
        case 14: return "\(p.last) declined to say how the estimate had been reached, citing the safety of sources."
        case 15: return "Relations between \(sender.name) and \(donor.name) have deteriorated sharply since the spring."
        case 16: return "The \(host.adjective) currency fell to a record low against the dollar on the news."
        case 17: return "Satellite imagery reviewed by \(rng.pick(media)) showed new earthworks and tents near \(place)."
        case 18: return "Residents described long queues for bread and fuel, and shops closing early."
        case 19: return "\(donor.name) summoned the \(sender.adjective) ambassador to explain the reports."
        case 20: return "Observers from the \(rng.pick(organizations)) said access to the area remained restricted."
        case 21: return "A ceasefire agreed in \(rng.pick(CorpusVocabulary.months)) collapsed within days."
        case 22: return "\(p.first) \(p.last) called the reports \"\(rng.pick(["provocative", "baseless", "deeply concerning", "a turning point", "exaggerated"]))\" and urged restraint."
        case 23: return "Officials said more details would be released at a briefing at \(rng.int(8...18)):00 local time."
        case 24: return "\(rng.pick(["Shelling", "Drone strikes", "Sporadic gunfire", "Heavy rain"])) \(rng.pick(["was reported", "continued", "resumed"])) \(rng.pick(["overnight", "on the outskirts of", "north of", "near"])) \(rng.pick(places))\(rng.chance(0.5) ? ", according to residents" : "")."
        case 25: return "\(p.first) \(p.last), who has held the post since \(year - rng.int(1...9)), \(rng.pick(["is seen as a hardliner", "has rarely spoken in public", "faces elections next year", "was previously ambassador to \(donor.name)"]))."
        case 26: return "Neither \(sender.name) nor \(host.name) has published official figures\(rng.chance(0.5) ? " since the fighting began" : "")."
        case 27: return "The \(rng.pick(organizations)) said it had \(rng.pick(["opened an inquiry", "asked for access", "suspended its operations", "moved its staff"])) in \(stripThe(place))."
        case 28: return "Earlier this \(rng.pick(["month", "year", "week"])), \(rng.pick(media)) reported that \(rng.pick(["convoys", "trains", "ferries", "cargo flights"])) had been seen \(rng.pick(["leaving", "arriving at", "passing through"])) \(rng.pick(places))."
        case 29: return "\"\(rng.pick(["We will not be intimidated", "The situation is changing by the hour", "Our priority is the safety of civilians", "These reports are fabrications", "We need more help, and we need it now"])),\" \(p.last) said."
        case 30: return "The \(donor.adjective) embassy in \(host.capital) \(rng.pick(["advised its citizens to leave", "reduced its staff", "remained open", "issued a travel warning"]))."
        case 31: return "Prices of \(rng.pick(["bread", "fuel", "medicine", "cooking gas", "rent"])) in \(host.capital) have \(rng.pick(["doubled", "risen sharply", "tripled", "climbed steadily"])) since \(rng.pick(CorpusVocabulary.months))."
        case 32: return "\(host.name) and \(donor.name) signed a \(rng.pick(["security pact", "trade agreement", "memorandum on refugees", "loan agreement"])) in \(rng.pick(CorpusVocabulary.months)) \(year - rng.int(0...2))."
        case 33: return "The \(rng.pick(CorpusVocabulary.nationalBodies)) of \(rng.pick([sender, host, donor]).name) said it was \(rng.pick(["monitoring the situation", "preparing a response", "not aware of the reports", "investigating"]))."
        case 34: return "Journalists were not allowed to enter \(stripThe(place)) without an escort."
        default: return "\(rng.pick(["Diplomats", "Analysts", "Aid workers", "Military experts"])) \(rng.pick(["in", "based in", "visiting"])) \(donor.capital) \(rng.pick(["expect", "fear", "doubt", "predict"])) \(rng.pick(["a long stalemate", "a new offensive in the spring", "renewed talks", "further escalation"]))."
        }
    }

    // MARK: - Helpers

    func cap(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }

    func stripThe(_ place: String) -> String {
        place.hasPrefix("the ") ? cap(String(place.dropFirst(4))) : place
    }

    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
