import GRDB

/// Two sources whose figures for the same kind of thing cannot both be right: a row of the
/// `disagreements` view, lower figure first.
public struct DisagreementRow: QueryRow, Equatable {
    public var kind: String
    public var modality: String
    /// The place both figures are about.
    public var place: String?
    public var source: String
    public var figure: String?
    public var low: Double
    public var high: Double
    public var claimDate: String?
    public var articles: [String]
    public var otherSource: String
    public var otherFigure: String?
    public var otherLow: Double
    public var otherHigh: Double
    public var otherClaimDate: String?
    public var otherArticles: [String]

    public init(row: QueryColumns) throws {
        kind = row["kind"]
        modality = row["modality"]
        place = row["place"]
        source = row["source"]
        figure = row["figure"]
        low = row["low"]
        high = row["high"]
        claimDate = row["claim_date"]
        articles = decodeList(row["articles"])
        otherSource = row["other_source"]
        otherFigure = row["other_figure"]
        otherLow = row["other_low"]
        otherHigh = row["other_high"]
        otherClaimDate = row["other_claim_date"]
        otherArticles = decodeList(row["other_articles"])
    }

    public static let fields = [
        "kind", "modality", "place", "source", "figure", "low", "high", "claim_date", "articles",
        "other_source", "other_figure", "other_low", "other_high", "other_claim_date", "other_articles",
    ]

    public static func readableFields(evidence: Bool) -> [String] {
        ["kind", "modality", "place", "source", "figure", "claim_date", "other_source", "other_figure", "other_claim_date"]
    }

    public var values: [QueryValue] {
        [
            .text(kind), .text(modality), .text(place), .text(source), .text(figure), .number(low), .number(high),
            .text(claimDate), .list(articles), .text(otherSource), .text(otherFigure), .number(otherLow),
            .number(otherHigh), .text(otherClaimDate), .list(otherArticles),
        ]
    }
}

/// `query disagreements [--kind K]`: figures about the same place from different sources whose
/// ranges do not overlap (vague amounts left out), side by side with who said each and when.
public struct DisagreementsQuery: CannedQuery {
    public var kind: String?
    public var limit: Int?

    public init(kind: String? = nil, limit: Int? = nil) {
        self.kind = kind
        self.limit = limit
    }

    public func forEach(_ db: Database, _ body: (DisagreementRow) throws -> Void) throws {
        // In the view's own order, which an index gives: SQLite keeps a view's ORDER BY when
        // the outer query has none, and the first rows arrive without pairing every figure.
        try DisagreementRow.forEach(db, sql: """
            SELECT * FROM disagreements
            \(kind == nil ? "" : "WHERE kind = :kind")
            LIMIT :limit
            """, arguments: ["kind": kind, "limit": sqlLimit(limit)], body)
    }
}
