import ClaimKBModel
import ClaimKBStore
import Foundation

/// Hand-built extractions of the seed articles about North Korean troops in Russia: real
/// sentences, claims whose spans point into the text, entities with their aliases.
///
/// What a reader expects from them:
/// - the NIS's 1,500 troops is reported in 001, 003 and 004 (as "1,500", "as many as 1,500",
///   "around 1,500"): one troop estimate listing three articles;
/// - Budanov's "nearly 11,000" and planned 2,600; HUR's ~12,000; the U.S.'s ~3,000;
/// - South Korean media's planned 12,000 and Zelensky's planned 10,000, each in 001 and 003;
/// - vague amounts ("thousands of soldiers", "several thousand") that never disagree, and
///   HUR's "three generals", too far from any other figure to disagree with it;
/// - 002 has no publication date and its claim no date: it comes last in the timeline.
enum NewsFixture {
    static let nis = Entity(name: "National Intelligence Service", type: .organization,
                            description: "South Korea's spy agency",
                            aliases: ["NIS", "South Korea’s National Intelligence Service",
                                      "South Korean National Intelligence Service"])
    static let zelensky = Entity(name: "Volodymyr Zelensky", type: .person, role: "President of Ukraine",
                                 aliases: ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Zelenskiy"])
    static let budanov = Entity(name: "Kyrylo Budanov", type: .person, role: "military intelligence chief",
                                affiliation: "Ukrainian military intelligence", aliases: ["Budanov"])
    static let hur = Entity(name: "Ukrainian military intelligence", type: .organization,
                            aliases: ["Ukraine’s military intelligence service", "HUR"])
    static let media = Entity(name: "South Korean media", type: .media)
    static let usa = Entity(name: "United States", type: .country, aliases: ["U.S.", "US", "Washington"])
    static let isw = Entity(name: "Institute for the Study of War", type: .organization, aliases: ["ISW"])
    static let rutte = Entity(name: "Mark Rutte", type: .person, role: "NATO chief", aliases: ["Rutte"])
    static let peskov = Entity(name: "Dmitry Peskov", type: .person, role: "Kremlin spokesman", aliases: ["Peskov"])
    static let northKorea = Entity(name: "North Korea", type: .country, aliases: ["Pyongyang", "North Korean"])
    static let russia = Entity(name: "Russia", type: .country, aliases: ["Moscow"])
    static let ukraine = Entity(name: "Ukraine", type: .country, aliases: ["Kyiv"])
    static let vladivostok = Entity(name: "Vladivostok", type: .place)
    static let kursk = Entity(name: "Kursk region", type: .place, aliases: ["Kursk"])
    static let farEast = Entity(name: "Russian Far East", type: .place, aliases: ["Russia’s Far East"])

    static let allEntities = [nis, zelensky, budanov, hur, media, usa, isw, rutte, peskov, northKorea, russia,
                              ukraine, vladivostok, kursk, farEast]

    /// A figure claim: `figure` is (low, high, qualifier, words).
    struct Spec {
        var kind = "troops"
        var sentence: String
        var low: Double?
        var high: Double?
        var qualifier: Qualifier = .exact
        var words = ""
        var modality: Modality = .reported
        var polarity: Polarity = .asserted
        var claimant: Entity?
        var cited: [Entity] = []
        var place: Entity?
        var date: String?
        var dateText: String?
        var counted: String? = "North Korean troops"
        var unit: String?
    }

    static func article(_ name: String, title: String, published: String?, sentences: [String],
                        claims: [Spec]) -> Extraction {
        let text = ([title, ""] + sentences).joined(separator: "\n")
        let article = Article(name: name, title: title, publisher: "Fixture News", published: published,
                              text: text, contentHash: "hash-\(name)")
        let built = claims.map { spec -> Claim in
            let span = scalarSpan(of: spec.sentence, in: text)
            var sources: [SourceLink] = []
            if let c = spec.claimant { sources.append(SourceLink(entity: c.key, role: .claimant, text: c.aliases.first ?? c.name)) }
            for c in spec.cited { sources.append(SourceLink(entity: c.key, role: .cited, text: c.name)) }
            return Claim(
                kind: spec.kind, counted: spec.low == nil ? nil : spec.counted,
                quantity: spec.low.map { Quantity(low: $0, high: spec.high ?? $0, unit: spec.unit, qualifier: spec.qualifier, text: spec.words) },
                modality: spec.modality, polarity: spec.polarity, place: spec.place?.key,
                claimDate: spec.date, dateText: spec.dateText, span: span, evidence: text.scalarSlice(span),
                sources: sources, rule: "fixture")
        }
        let found = allEntities.flatMap { Self.mentions(of: $0, in: text) }
        let named = Set(found.map(\.entity)).union(built.flatMap { $0.sources.map(\.entity) + [$0.place].compactMap { $0 } })
        return Extraction(article: article, entities: allEntities.filter { named.contains($0.key) },
                          mentions: found, claims: built, extractorVersion: "fixture-1")
    }

    /// Where `sentence` is in `text`, in Unicode scalars.
    static func scalarSpan(of sentence: String, in text: String) -> Span {
        guard let range = text.range(of: sentence) else { fatalError("sentence not in text: \(sentence)") }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return Span(start: start, end: start + sentence.unicodeScalars.count)
    }

    /// Every whole-word occurrence of the entity's names in the text.
    static func mentions(of entity: Entity, in text: String) -> [Mention] {
        var found: [Mention] = []
        let scalars = Array(text.unicodeScalars)
        for name in [entity.name] + entity.aliases {
            let needle = Array(name.unicodeScalars)
            guard needle.count <= scalars.count else { continue }
            for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
                let end = start + needle.count
                let before = start == 0 || !scalars[start - 1].properties.isAlphabetic
                let after = end == scalars.count || !scalars[end].properties.isAlphabetic
                let span = Span(start: start, end: end)
                if before, after, !found.contains(where: { $0.span.contains(span) || span.contains($0.span) }) {
                    found.append(Mention(entity: entity.key, span: span, text: name))
                }
            }
        }
        return found
    }

    // MARK: The articles

    static let a001 = article(
        "001_f0a0f4931d3789de", title: "South Korean Intelligence: North Korea Dispatching Troops to Russia",
        published: "2024-10-18",
        sentences: [
            "South Korean Intelligence Report: North Korea has sent 1,500 special forces troops to Russia, with more expected.",
            "According to the NIS, Russian naval ships transported approximately 1,500 North Korean special operations soldiers to the Russian port city of Vladivostok between October 8 and 13, with plans for more troops to follow soon.",
            "South Korean media, citing the NIS, reported that North Korea had decided to send a total of 12,000 troops to Russia.",
            "Zelenskyy said Ukrainian intelligence showed North Korea was preparing to send a total of 10,000 soldiers.",
        ],
        claims: [
            Spec(sentence: "South Korean Intelligence Report: North Korea has sent 1,500 special forces troops to Russia, with more expected.",
                 low: 1500, words: "1,500", claimant: nis, place: russia, counted: "special forces troops"),
            Spec(sentence: "According to the NIS, Russian naval ships transported approximately 1,500 North Korean special operations soldiers to the Russian port city of Vladivostok between October 8 and 13, with plans for more troops to follow soon.",
                 low: 1500, qualifier: .approximately, words: "approximately 1,500", claimant: nis, place: vladivostok,
                 date: "2024-10-08", dateText: "between October 8 and 13", counted: "North Korean special operations soldiers"),
            Spec(sentence: "South Korean media, citing the NIS, reported that North Korea had decided to send a total of 12,000 troops to Russia.",
                 low: 12000, words: "12,000", modality: .planned, claimant: media, cited: [nis], place: russia),
            Spec(sentence: "Zelenskyy said Ukrainian intelligence showed North Korea was preparing to send a total of 10,000 soldiers.",
                 low: 10000, words: "10,000", modality: .planned, claimant: zelensky, counted: "soldiers"),
        ])

    static let a002 = article(
        "002_5b5ca3fd5f84e9b9", title: "ISW: North Korean troops in Russia", published: nil,
        sentences: [
            "The Institute for the Study of War said several thousand North Korean troops had arrived in Russia.",
        ],
        claims: [
            Spec(sentence: "The Institute for the Study of War said several thousand North Korean troops had arrived in Russia.",
                 low: 2000, high: 9999, qualifier: .vague, words: "several thousand", claimant: isw, place: russia),
        ])

    static let a003 = article(
        "003_f7d78eb1bd6ee391", title: "South Korea and Ukraine claim North Korea is sending troops to support Russia",
        published: "2024-10-25",
        sentences: [
            "South Korea’s National Intelligence Service (NIS) has claimed that as many as 1,500 North Korean troops have already arrived in Russia, with more expected to follow.",
            "South Korean media reports suggest the number could eventually rise to 12,000.",
            "This announcement follows a similar statement by Ukrainian President Volodymyr Zelenskyy, who had earlier shared intelligence estimates indicating that 10,000 North Korean soldiers could soon be deployed to fight in Ukraine.",
            "Ukraine’s military intelligence chief, Kyrylo Budanov, claimed on Thursday that nearly 11,000 North Korean infantry troops are currently training in Russia’s Far East.",
            "The first batch of 2,600 North Korean soldiers is set to arrive in the Kursk region of western Russia, where they will reportedly join Russian forces near the Ukrainian border.",
            "The NIS said North Korea had shipped up to 13,000 containers of munitions to Russia.",
        ],
        claims: [
            Spec(sentence: "South Korea’s National Intelligence Service (NIS) has claimed that as many as 1,500 North Korean troops have already arrived in Russia, with more expected to follow.",
                 low: 1500, qualifier: .up_to, words: "as many as 1,500", claimant: nis, place: russia),
            Spec(sentence: "South Korean media reports suggest the number could eventually rise to 12,000.",
                 low: 12000, words: "12,000", modality: .planned, claimant: media),
            Spec(sentence: "This announcement follows a similar statement by Ukrainian President Volodymyr Zelenskyy, who had earlier shared intelligence estimates indicating that 10,000 North Korean soldiers could soon be deployed to fight in Ukraine.",
                 low: 10000, words: "10,000", modality: .planned, claimant: zelensky, place: ukraine),
            Spec(sentence: "Ukraine’s military intelligence chief, Kyrylo Budanov, claimed on Thursday that nearly 11,000 North Korean infantry troops are currently training in Russia’s Far East.",
                 low: 11000, qualifier: .nearly, words: "nearly 11,000", claimant: budanov, place: farEast,
                 date: "2024-10-24", dateText: "on Thursday", counted: "North Korean infantry troops"),
            Spec(sentence: "The first batch of 2,600 North Korean soldiers is set to arrive in the Kursk region of western Russia, where they will reportedly join Russian forces near the Ukrainian border.",
                 low: 2600, words: "2,600", modality: .planned, claimant: budanov, place: kursk, counted: "North Korean soldiers"),
            Spec(kind: "munitions", sentence: "The NIS said North Korea had shipped up to 13,000 containers of munitions to Russia.",
                 low: 13000, qualifier: .up_to, words: "up to 13,000", claimant: nis, place: russia, counted: "containers of munitions"),
        ])

    static let a004 = article(
        "004_14f0491d8cf91e8c", title: "North Korean Troop Deployment in Russia's Kursk Region Confirmed by NATO Chief",
        published: "2024-10-28",
        sentences: [
            "Last week, U.S. officials, citing newly declassified intelligence, revealed that approximately 3,000 North Korean personnel were undergoing combat training in Russia.",
            "The NIS said around 1,500 North Korean special operations troops were sent to Russia in mid-October, with an additional 1,500 troops having entered since.",
            "Rutte said North Korea has already supplied Russia with millions of rounds of ammunition.",
            "Kremlin spokesman Dmitry Peskov denied that North Korean troops were in Russia.",
        ],
        claims: [
            Spec(sentence: "Last week, U.S. officials, citing newly declassified intelligence, revealed that approximately 3,000 North Korean personnel were undergoing combat training in Russia.",
                 low: 3000, qualifier: .approximately, words: "approximately 3,000", claimant: usa, place: russia,
                 date: "2024-10-23", dateText: "Last week", counted: "North Korean personnel"),
            Spec(sentence: "The NIS said around 1,500 North Korean special operations troops were sent to Russia in mid-October, with an additional 1,500 troops having entered since.",
                 low: 1500, qualifier: .approximately, words: "around 1,500", claimant: nis, place: russia),
            Spec(sentence: "The NIS said around 1,500 North Korean special operations troops were sent to Russia in mid-October, with an additional 1,500 troops having entered since.",
                 low: 1500, words: "an additional 1,500", claimant: nis, place: russia),
            Spec(kind: "munitions", sentence: "Rutte said North Korea has already supplied Russia with millions of rounds of ammunition.",
                 low: 1_000_000, high: 999_999_999, qualifier: .vague, words: "millions of rounds", claimant: rutte,
                 place: russia, counted: "rounds of ammunition"),
            Spec(kind: "statement", sentence: "Kremlin spokesman Dmitry Peskov denied that North Korean troops were in Russia.",
                 polarity: .denied, claimant: peskov),
        ])

    static let a000 = article(
        "000_ec78e54377f6148f", title: "North Korea sends generals and officers to Russia", published: "2024-11-05",
        sentences: [
            "Ukraine’s military intelligence service said there are approximately 12,000 North Korean soldiers in Russia, including 500 officers and three generals.",
            "The NIS has tracked about 3,000 soldiers moving toward the front from Russia’s Far East.",
            "Thousands of soldiers, the U.S., Ukraine and South Korea say, are now in Russia.",
            "A think tank linked to the NIS estimated North Korea earned around $540 million from arms sales.",
        ],
        claims: [
            Spec(sentence: "Ukraine’s military intelligence service said there are approximately 12,000 North Korean soldiers in Russia, including 500 officers and three generals.",
                 low: 12000, qualifier: .approximately, words: "approximately 12,000", claimant: hur, place: russia,
                 counted: "North Korean soldiers"),
            Spec(sentence: "Ukraine’s military intelligence service said there are approximately 12,000 North Korean soldiers in Russia, including 500 officers and three generals.",
                 low: 3, words: "three", claimant: hur, counted: "generals"),
            Spec(sentence: "The NIS has tracked about 3,000 soldiers moving toward the front from Russia’s Far East.",
                 low: 3000, qualifier: .approximately, words: "about 3,000", claimant: nis, place: farEast, counted: "soldiers"),
            Spec(sentence: "Thousands of soldiers, the U.S., Ukraine and South Korea say, are now in Russia.",
                 low: 1000, high: 9999, qualifier: .vague, words: "Thousands of", place: russia, counted: "soldiers"),
            Spec(kind: "money", sentence: "A think tank linked to the NIS estimated North Korea earned around $540 million from arms sales.",
                 low: 540_000_000, qualifier: .approximately, words: "around $540 million", counted: "arms sales", unit: "USD"),
        ])

    static let all = [a000, a001, a002, a003, a004]

    /// A fresh in-memory database holding the five articles.
    static func database() throws -> ClaimDatabase {
        let db = try ClaimDatabase.inMemory()
        for result in try db.store(batch: all) { _ = try result.get() }
        return db
    }
}
