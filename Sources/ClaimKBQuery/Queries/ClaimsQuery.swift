import ClaimKBModel
import GRDB

/// `query claims`: each extracted claim once per article, filtered, in publication order.
///
///     ClaimsQuery(kind: "troops", by: "NIS", since: "2024-10-18")
///
/// Names (`by`, `about`, `place`) resolve through aliases and case; an unknown one throws
/// `QueryError.unknownEntity`. Every value is bound as an SQL parameter.
public struct ClaimsQuery: CannedQuery {
    /// Only claims of this kind (troops, casualties, money, ..., statement).
    public var kind: String?
    /// Only claims this entity makes, or cites as its source.
    public var by: String?
    /// Only claims whose sentence mentions this entity, or that are about it as a place.
    public var about: String?
    /// Only claims about this place.
    public var place: String?
    /// Only claims about this date or later (YYYY-MM-DD); undated ones count from publication.
    public var since: String?
    /// Only claims about this date or earlier (YYYY-MM-DD); undated ones count from publication.
    public var until: String?
    public var limit: Int?

    public init(kind: String? = nil, by: String? = nil, about: String? = nil, place: String? = nil,
                since: String? = nil, until: String? = nil, limit: Int? = nil) {
        self.kind = kind
        self.by = by
        self.about = about
        self.place = place
        self.since = since
        self.until = until
        self.limit = limit
    }

    public func fetch(_ db: Database) throws -> [ClaimRow] {
        // Conditions over `claims c` and `articles a`, each in two forms taking the same
        // arguments: one that lists the matching claims (when that list drives the reading) and
        // one that checks a claim at hand (when the articles do). `candidates` is, when a filter
        // reads an index, how many claims it can let through at most.
        var conditions: [(list: String, check: String)] = []
        var arguments: StatementArguments = []
        var candidates: Int?
        func bound(_ count: Int?) { if let count { candidates = min(candidates ?? count, count) } }
        func either(_ sql: String) -> (list: String, check: String) { (sql, sql) }
        if let kind {
            conditions.append(either("c.kind = ?"))
            arguments += [kind]
        }
        if let by {
            let ids = jsonArray(try EntityResolver.resolve(by, in: db))
            // (`+` keeps the check to one seek per claim, not one per entity id and role.)
            conditions.append(("c.id IN (\(Self.sourcedBy))", """
                EXISTS (SELECT 1 FROM claim_sources s WHERE s.claim_id = c.id AND +s.role IN ('claimant', 'cited')
                                                        AND +s.entity_id IN (SELECT value FROM json_each(?)))
                """))
            arguments += [ids]
            bound(try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(Self.sourcedBy))", arguments: [ids]))
        }
        var aboutIds: String?
        if let about {
            let ids = jsonArray(try EntityResolver.resolve(about, in: db))
            aboutIds = ids
            conditions.append((ClaimFilters.about, """
                (EXISTS (SELECT 1 FROM mentions m
                         WHERE m.article_id = c.article_id AND m.entity_id IN (SELECT value FROM json_each(?))
                           AND EXISTS (SELECT 1 FROM json_each(m.spans) s
                                       WHERE s.value ->> 0 >= c.span_start AND s.value ->> 1 <= c.span_end))
                 OR c.place_id IN (SELECT value FROM json_each(?)))
                """))
            arguments += [ids, ids]
        }
        if let place {
            let ids = jsonArray(try EntityResolver.resolve(place, types: [.place, .country], in: db))
            conditions.append(either("c.place_id IN (SELECT value FROM json_each(?))"))
            arguments += [ids]
            bound(try Int.fetchOne(db, sql: "SELECT count(*) FROM claims WHERE place_id IN (SELECT value FROM json_each(?))",
                                   arguments: [ids]))
        }
        if let since {
            conditions.append(either("coalesce(c.claim_date, a.published) >= ?"))
            arguments += [since]
        }
        if let until {
            conditions.append(either("coalesce(c.claim_date, a.published) <= ?"))
            arguments += [until]
        }
        let listed = conditions.map { " AND " + $0.list }.joined()
        let checked = conditions.map { " AND " + $0.check }.joined()

        // The claims are chosen and ordered first, reading only the columns that choose and
        // order them; the full rows (cited sources, figure, evidence) are made for those alone.
        if let limit, (candidates ?? .max) > fewCandidates,
           let ids = try earliest(limit, filter: checked, arguments: arguments, about: aboutIds, in: db) {
            return try rows(sql: "SELECT value FROM json_each(?)", arguments: [jsonArray(ids)], db)
        }
        return try rows(sql: """
            SELECT c.id FROM claims c CROSS JOIN articles a ON a.id = c.article_id
            WHERE true\(listed) ORDER BY \(Self.publicationOrder) LIMIT ?
            """, arguments: arguments + [sqlLimit(limit)], db)
    }

    /// The full rows of the claims whose ids `sql` selects, in publication order.
    private func rows(sql: String, arguments: StatementArguments, _ db: Database) throws -> [ClaimRow] {
        try ClaimRow.fetchAll(db, sql: """
            SELECT * FROM claim_details WHERE claim_id IN (\(sql))
            ORDER BY published IS NULL, published, article, span_start, claim_id
            """, arguments: arguments)
    }

    /// The order claims are listed in: publication (undated last), article name, position.
    static let publicationOrder = "a.published IS NULL, a.published, a.name, c.span_start, c.id"
    /// Claims an entity makes or cites as its source; takes a JSON array of entity ids.
    static let sourcedBy = """
        SELECT claim_id FROM claim_sources
        WHERE role IN ('claimant', 'cited') AND entity_id IN (SELECT value FROM json_each(?))
        """
    /// Up to this many candidate claims are simply sorted (a few milliseconds).
    var fewCandidates = 2_000
    /// How many of the earliest articles that can hold a match `earliest` looks through.
    var window = 2_000

    /// The first `limit` matching claims when they lie in the earliest articles: those are
    /// read in publication order (`articles_report_order`), and the reading stops at `limit`
    /// without sorting every match. Nil when the window holds fewer than `limit` and there are
    /// later articles, which a sort over the candidates must then look through.
    private func earliest(_ limit: Int, filter: String, arguments: StatementArguments, about: String?,
                          in db: Database) throws -> [Int64]? {
        // Articles that cannot hold a match are skipped before their claims are read. With
        // --since, an earlier article can only match through a claim about a date after its
        // publication (claims_dated_after_publication); with --about, only articles that name
        // the entity or place a claim there can.
        var conditions: [String] = []
        var articleArguments: StatementArguments = []
        if let since {
            conditions.append("""
                (published IS NULL OR published >= ? OR id IN (
                    SELECT article_id FROM claims INDEXED BY claims_dated_after_publication
                    WHERE dated_after_publication = 1 AND claim_date >= ?))
                """)
            articleArguments += [since, since]
        }
        if let about {
            conditions.append("""
                (id IN (SELECT article_id FROM mentions WHERE entity_id IN (SELECT value FROM json_each(?)))
                 OR id IN (SELECT article_id FROM claims WHERE place_id IN (SELECT value FROM json_each(?))))
                """)
            articleArguments += [about, about]
        }
        let articles = conditions.isEmpty ? "true" : conditions.joined(separator: " AND ")
        let ids = try Int64.fetchAll(db, sql: """
            SELECT c.id FROM articles a INDEXED BY articles_report_order CROSS JOIN claims c ON c.article_id = a.id
            WHERE a.id IN (SELECT id FROM articles INDEXED BY articles_report_order WHERE \(articles)
                           ORDER BY published IS NULL, published, name LIMIT \(window))\(filter)
            ORDER BY \(Self.publicationOrder) LIMIT ?
            """, arguments: articleArguments + arguments + [limit])
        if ids.count >= limit { return ids }
        let more = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM articles WHERE \(articles) LIMIT 1 OFFSET \(window))",
                                     arguments: articleArguments)
        return more == true ? nil : ids
    }
}

/// SQL conditions shared by the queries that filter claims.
enum ClaimFilters {
    /// Claims `c` whose sentence mentions one of the entities, or whose place is one of them.
    /// Takes the same JSON array of entity ids twice. (The spans are read out of their JSON
    /// once, not once per claim they are compared with.)
    static let about = """
        c.id IN (
            WITH spans AS MATERIALIZED (
                SELECT m.article_id, s.value ->> 0 AS span_start, s.value ->> 1 AS span_end
                FROM mentions m, json_each(m.spans) s
                WHERE m.entity_id IN (SELECT value FROM json_each(?)))
            SELECT c.id FROM spans JOIN claims c ON c.article_id = spans.article_id
                AND c.span_start <= spans.span_start AND c.span_end >= spans.span_end
            UNION
            SELECT c.id FROM claims c WHERE c.place_id IN (SELECT value FROM json_each(?)))
        """
}
