/// How a figure is hedged. Stored in `claims.qualifier`.
public enum Qualifier: String, Hashable, Codable, Sendable, CaseIterable {
    case exact, approximately, up_to, nearly, at_least, vague
}

/// Whether a claim says something happened / is so, or is planned, projected or expected.
public enum Modality: String, Hashable, Codable, Sendable, CaseIterable {
    case reported, planned
}

/// What the source does with the claim.
public enum Polarity: String, Hashable, Codable, Sendable, CaseIterable {
    /// The source asserts it.
    case asserted
    /// The source confirms it.
    case confirmed
    /// The source denies it.
    case denied
    /// The source says it is not (yet) confirmed.
    case unconfirmed
}

/// How an entity stands to a claim. Stored in `claim_sources.role`.
public enum SourceRole: String, Hashable, Codable, Sendable, CaseIterable {
    /// Who makes the claim ("according to X", "X said").
    case claimant
    /// Whom the claimant cites ("South Korean media, citing the NIS").
    case cited
    /// Who passes the claim on without making it.
    case relayed_by
}

/// A figure as a range; a single figure has `low == high`.
public struct Quantity: Hashable, Codable, Sendable {
    public var low: Double
    public var high: Double
    /// The unit when it is not a count: "USD", "percent", "km".
    public var unit: String?
    public var qualifier: Qualifier
    /// The words that gave the figure ("approximately 12,000", "several thousand").
    public var text: String

    public init(low: Double, high: Double, unit: String? = nil, qualifier: Qualifier = .exact, text: String) {
        self.low = low
        self.high = high
        self.unit = unit
        self.qualifier = qualifier
        self.text = text
    }
}

/// An entity linked to a claim in some role.
public struct SourceLink: Hashable, Codable, Sendable {
    public var entity: EntityKey
    public var role: SourceRole
    /// The words that named it, as written.
    public var text: String

    public init(entity: EntityKey, role: SourceRole, text: String) {
        self.entity = entity
        self.role = role
        self.text = text
    }
}

/// One thing a source says, with the evidence for it.
public struct Claim: Hashable, Codable, Sendable {
    /// From the counted-nouns lexicon: troops, casualties, refugees, money, munitions, equipment, …;
    /// `statement` for a non-numeric assertion, confirmation or denial.
    public var kind: String
    /// What was counted, as written ("North Korean special operations soldiers").
    public var counted: String?
    public var quantity: Quantity?
    public var modality: Modality
    public var polarity: Polarity
    /// Where the claim is about, by canonical name.
    public var place: EntityKey?
    /// The date the claim is about ("as of"), `YYYY-MM-DD`, resolved against the article's date.
    public var claimDate: String?
    /// The words that gave the date ("on Monday", "between October 8 and 13").
    public var dateText: String?
    /// The sentence that carries the claim.
    public var span: Span
    /// The text of `span`.
    public var evidence: String
    /// Claimant, cited and relaying entities. No claimant means the article itself.
    public var sources: [SourceLink]
    /// The extraction rule that produced the claim, for explanation and comparison between runs.
    public var rule: String

    public init(kind: String, counted: String? = nil, quantity: Quantity? = nil,
                modality: Modality = .reported, polarity: Polarity = .asserted,
                place: EntityKey? = nil, claimDate: String? = nil, dateText: String? = nil,
                span: Span, evidence: String, sources: [SourceLink] = [], rule: String) {
        self.kind = kind
        self.counted = counted
        self.quantity = quantity
        self.modality = modality
        self.polarity = polarity
        self.place = place
        self.claimDate = claimDate
        self.dateText = dateText
        self.span = span
        self.evidence = evidence
        self.sources = sources
        self.rule = rule
    }

    public var claimant: SourceLink? { sources.first { $0.role == .claimant } }
}

/// Everything extracted from one article: the unit that is stored in one transaction.
public struct Extraction: Hashable, Codable, Sendable {
    public var article: Article
    public var entities: [Entity]
    public var mentions: [Mention]
    public var claims: [Claim]
    /// The extractor's version, stored so two runs can be compared.
    public var extractorVersion: String

    public init(article: Article, entities: [Entity] = [], mentions: [Mention] = [],
                claims: [Claim] = [], extractorVersion: String) {
        self.article = article
        self.entities = entities
        self.mentions = mentions
        self.claims = claims
        self.extractorVersion = extractorVersion
    }
}
