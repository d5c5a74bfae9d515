import GRDB

/// A claim placed in time: a row of the `timeline` view.
public struct TimelineRow: QueryRow, Equatable {
    public var claimDate: String?
    public var dateText: String?
    public var published: String?
    public var source: String
    public var kind: String
    public var figure: String?
    public var polarity: String
    public var counted: String?
    public var place: String?
    public var article: String
    public var evidence: String

    public init(row: QueryColumns) throws {
        claimDate = row["claim_date"]
        dateText = row["date_text"]
        published = row["published"]
        source = row["source"]
        kind = row["kind"]
        figure = row["figure"]
        polarity = row["polarity"]
        counted = row["counted"]
        place = row["place"]
        article = row["article"]
        evidence = row["evidence"]
    }

    public static let fields = [
        "claim_date", "date_text", "published", "source", "kind", "figure", "polarity", "counted", "place",
        "article", "evidence",
    ]

    public static func readableFields(evidence: Bool) -> [String] {
        ["claim_date", "published", "source", "kind", "figure", "counted", "place", "article"]
            + (evidence ? ["evidence"] : [])
    }

    public var values: [QueryValue] {
        [
            .text(claimDate), .text(dateText), .text(published), .text(source), .text(kind), .text(figure),
            .text(polarity), .text(counted), .text(place), .text(article), .text(evidence),
        ]
    }
}

/// `query timeline [--about ENTITY]`: claims in the order of the dates they are about,
/// undated ones last (in publication order).
public struct TimelineQuery: CannedQuery {
    /// Only claims whose sentence mentions this entity, or whose place it is.
    public var about: String?
    public var limit: Int?

    public init(about: String? = nil, limit: Int? = nil) {
        self.about = about
        self.limit = limit
    }

    public func fetch(_ db: Database) throws -> [TimelineRow] {
        // Same order as the timeline view.
        let order = "claim_date IS NULL, claim_date, published IS NULL, published, article, span_start, claim_id"
        guard let about else {
            return try TimelineRow.fetchAll(db, sql: "SELECT * FROM timeline ORDER BY \(order) LIMIT ?",
                                            arguments: [sqlLimit(limit)])
        }
        // The claims are chosen and ordered from the tables first; the view's rows (figure,
        // evidence, names) are made for those alone. The list of claims about the entity drives
        // the reading (`+` keeps SQLite from walking every claim in date order to find them).
        let ids = jsonArray(try EntityResolver.resolve(about, in: db))
        return try TimelineRow.fetchAll(db, sql: """
            SELECT * FROM timeline WHERE claim_id IN (
                SELECT c.id FROM claims c JOIN articles a ON a.id = c.article_id
                WHERE \(ClaimFilters.about)
                ORDER BY +c.claim_date IS NULL, c.claim_date, a.published IS NULL, a.published, a.name, c.span_start, c.id
                LIMIT ?)
            ORDER BY \(order)
            """, arguments: [ids, ids, sqlLimit(limit)])
    }
}
