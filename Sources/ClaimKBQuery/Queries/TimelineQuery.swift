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

    public func forEach(_ db: Database, _ body: (TimelineRow) throws -> Void) throws {
        // Same order as the timeline view.
        let order = "claim_date IS NULL, claim_date, published IS NULL, published, article, span_start, claim_id"
        guard let about else { return try all(db, body) }
        // The claims are chosen and ordered from the tables first; the view's rows (figure,
        // evidence, names) are made for those alone.
        let ids = jsonArray(try EntityResolver.resolve(about, in: db))
        func rows(of chosen: String, _ arguments: StatementArguments) throws {
            try TimelineRow.forEach(db, sql: "SELECT * FROM timeline WHERE claim_id IN (\(chosen)) ORDER BY \(order)",
                                    arguments: arguments, body)
        }
        if let limit, let page = try walkedPage(limit, about: ids, db) {
            return try rows(of: "SELECT value FROM json_each(?)", [jsonArray(page)])
        }
        // The list of claims about the entity drives the reading (`+` keeps SQLite from walking
        // every claim in date order to find them).
        try rows(of: """
            SELECT c.id FROM claims c JOIN articles a ON a.id = c.article_id
            WHERE \(ClaimFilters.about)
            ORDER BY +c.claim_date IS NULL, c.claim_date, a.published IS NULL, a.published, a.name, c.span_start, c.id
            LIMIT ?
            """, [ids, ids, sqlLimit(limit)])
    }

    /// Every claim in the view's order, in two walks that each stream: the dated claims by date
    /// (`claims_date` holds only those), then the undated ones article by article in publication
    /// order and, within an article, in text order.
    private func all(_ db: Database, _ body: (TimelineRow) throws -> Void) throws {
        var dated = 0
        try TimelineRow.forEach(db, sql: """
            SELECT * FROM timeline WHERE claim_date IS NOT NULL
            ORDER BY claim_date, published IS NULL, published, article, span_start, claim_id LIMIT ?
            """, arguments: [sqlLimit(limit)]) { row in
            dated += 1
            try body(row)
        }
        if let limit, dated >= limit { return }
        try TimelineRow.forEach(db, sql: """
            SELECT t.* FROM articles a INDEXED BY articles_report_order
            CROSS JOIN claims c INDEXED BY claims_article ON c.article_id = a.id
            CROSS JOIN timeline t ON t.claim_id = c.id
            WHERE c.claim_date IS NULL
            ORDER BY a.published IS NULL, a.published, a.name, c.span_start, c.id LIMIT ?
            """, arguments: [sqlLimit(limit.map { $0 - dated })], body)
    }

    /// How many claims in date order a walk reads for one page, about: beyond, listing the
    /// claims about the entity and sorting them is cheaper.
    var walkBudget = 50_000
    /// Named less often than this, an entity's claims are listed rather than walked to.
    var fewMentions = 2_000

    /// The first `limit` claims about the entity by date, from a walk through the claims in date
    /// order (reading only those of articles that can hold a claim about it) up to a date: the
    /// one by which the claims placed at the entity alone fill a page, else, for an entity named
    /// often, the date `walkBudget` dated claims in. Nil when no walk is worth it, or when it
    /// falls short of a page.
    func walkedPage(_ limit: Int, about ids: String, _ db: Database) throws -> [Int64]? {
        var date = try pageDate(limit, placedAt: ids, db)
        if date == nil {
            let mentions = try Int.fetchOne(db, sql: """
                SELECT sum(mention_count) FROM entities WHERE id IN (SELECT value FROM json_each(?))
                """, arguments: [ids]) ?? 0
            guard mentions >= fewMentions else { return nil }
            date = try String.fetchOne(db, sql: """
                SELECT claim_date FROM claims INDEXED BY claims_date WHERE claim_date IS NOT NULL
                ORDER BY claim_date LIMIT 1 OFFSET ?
                """, arguments: [walkBudget]) ?? "9999-12-31"
        }
        let page = try Int64.fetchAll(db, sql: """
            SELECT c.id FROM claims c INDEXED BY claims_date CROSS JOIN articles a ON a.id = c.article_id
            WHERE c.claim_date IS NOT NULL AND c.claim_date <= ?
              AND c.article_id IN (\(ClaimFilters.articlesAbout)) AND \(ClaimFilters.isAbout)
            ORDER BY c.claim_date, a.published IS NULL, a.published, a.name, c.span_start, c.id LIMIT ?
            """, arguments: [date, ids, ids, ids, ids, limit])
        return page.count == limit ? page : nil
    }

    /// The date by which the claims placed at the entity alone fill a page, when they are
    /// common enough that a page lies in the first `walkBudget` dated claims (were they spread
    /// evenly, and dated as often as others); nil otherwise.
    private func pageDate(_ limit: Int, placedAt ids: String, _ db: Database) throws -> String? {
        let placed = try Int.fetchOne(db, sql: "SELECT count(*) FROM claims WHERE place_id IN (SELECT value FROM json_each(?))",
                                      arguments: [ids]) ?? 0
        let claims = try Int.fetchOne(db, sql: "SELECT max(id) FROM claims") ?? 0
        guard limit > 0, placed >= limit, Double(limit) * Double(claims) / Double(placed) <= Double(walkBudget)
        else { return nil }
        return try String.fetchOne(db, sql: """
            SELECT claim_date FROM claims WHERE place_id IN (SELECT value FROM json_each(?)) AND claim_date IS NOT NULL
            ORDER BY claim_date LIMIT 1 OFFSET ?
            """, arguments: [ids, limit - 1])
    }
}
