import GRDB

/// One figure from one source, however many articles report it: a row of the `estimates` view.
/// Its JSON form has the fields of a claim, with `article` the earliest report and
/// `articles` all of them.
public struct EstimateRow: QueryRow, Equatable {
    public var kind: String
    public var claimant: String
    public var claimantType: String
    public var figure: String?
    /// Every wording the articles used ("~1,500", "up to 1,500").
    public var figures: [String]
    public var counted: String?
    public var low: Double
    public var high: Double
    public var unit: String?
    public var qualifier: String?
    public var modality: String
    public var polarity: String
    public var cited: [String]
    public var place: String?
    public var claimDate: String?
    /// The earliest article that reports it.
    public var article: String
    /// Every article that reports it, earliest first.
    public var articles: [String]
    public var evidence: String
    public var spanStart: Int
    public var spanEnd: Int

    public init(row: QueryColumns) throws {
        kind = row["kind"]
        claimant = row["source"]
        claimantType = row["source_type"]
        figure = row["figure"]
        figures = decodeList(row["figures"])
        counted = row["counted"]
        low = row["low"]
        high = row["high"]
        unit = row["unit"]
        qualifier = row["qualifier"]
        modality = row["modality"]
        polarity = row["polarity"]
        cited = decodeList(row["cited"])
        place = row["place"]
        claimDate = row["claim_date"]
        article = row["article"]
        articles = decodeList(row["articles"])
        evidence = row["evidence"]
        spanStart = row["span_start"]
        spanEnd = row["span_end"]
    }

    public static let fields = [
        "claimant", "claimant_type", "kind", "figure", "figures", "counted", "low", "high", "unit", "qualifier",
        "modality", "polarity", "cited", "place", "claim_date", "article", "articles", "article_count",
        "evidence", "span_start", "span_end",
    ]

    public static func readableFields(evidence: Bool) -> [String] {
        ["claimant", "kind", "figure", "modality", "counted", "place", "claim_date", "articles"]
            + (evidence ? ["evidence"] : [])
    }

    public var values: [QueryValue] {
        [
            .text(claimant), .text(claimantType), .text(kind), .text(figure), .list(figures), .text(counted),
            .number(low), .number(high), .text(unit), .text(qualifier), .text(modality), .text(polarity),
            .list(cited), .text(place), .text(claimDate), .text(article), .list(articles),
            .integer(articles.count), .text(evidence), .integer(spanStart), .integer(spanEnd),
        ]
    }
}

/// `query estimates --kind K`: figures of a kind, grouped by source, the same figure from the
/// same source in several articles merged into one row (corroboration). Sorted by source,
/// then date (by kind first when all kinds are listed). `query troop-estimates` is `EstimatesQuery(kind: "troops")`.
public struct EstimatesQuery: CannedQuery {
    /// Only estimates of this kind; every kind when nil.
    public var kind: String?
    public var limit: Int?

    public init(kind: String? = nil, limit: Int? = nil) {
        self.kind = kind
        self.limit = limit
    }

    /// The flagship question: all estimates of troop numbers, by source.
    public static func troops(limit: Int? = nil) -> EstimatesQuery {
        EstimatesQuery(kind: "troops", limit: limit)
    }

    public func forEach(_ db: Database, _ body: (EstimateRow) throws -> Void) throws {
        // The order of the troop_estimates view, by kind first: an index gives it, so a limited
        // answer reads only its own rows.
        try EstimateRow.forEach(db, sql: """
            SELECT * FROM estimates
            \(kind == nil ? "" : "WHERE kind = :kind")
            ORDER BY kind, source, claim_date IS NULL, claim_date, low, high, planned
            LIMIT :limit
            """, arguments: ["kind": kind, "limit": sqlLimit(limit)], body)
    }
}
