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

    public func forEach(_ db: Database, _ body: (ClaimRow) throws -> Void) throws {
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
                (c.claimant_id IN (SELECT value FROM json_each(?))
                 OR EXISTS (SELECT 1 FROM claim_sources s WHERE s.claim_id = c.id AND +s.role IN ('claimant', 'cited')
                                                            AND +s.entity_id IN (SELECT value FROM json_each(?))))
                """))
            arguments += [ids, ids]
            bound(try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(Self.sourcedBy))", arguments: [ids, ids]))
        }
        var holding = ArticleFilter()
        if let about {
            let ids = jsonArray(try EntityResolver.resolve(about, in: db))
            holding.naming = ids
            conditions.append((ClaimFilters.about, ClaimFilters.isAbout))
            arguments += [ids, ids]
            bound(try Int.fetchOne(db, sql: """
                SELECT (SELECT sum(mention_count) FROM entities WHERE id IN (SELECT value FROM json_each(:ids)))
                     + (SELECT count(*) FROM claims WHERE place_id IN (SELECT value FROM json_each(:ids)))
                """, arguments: ["ids": ids]))
        }
        if let place {
            let ids = jsonArray(try EntityResolver.resolve(place, types: [.place, .country], in: db))
            conditions.append(either("c.place_id IN (SELECT value FROM json_each(?))"))
            arguments += [ids]
            holding.placing = ids
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
           let ids = try earliest(limit, filter: checked, arguments: arguments, holding: holding, in: db) {
            return try rows(sql: "SELECT value FROM json_each(?)", arguments: [jsonArray(ids)], db, body)
        }
        try rows(sql: """
            SELECT c.id FROM claims c CROSS JOIN articles a ON a.id = c.article_id
            WHERE true\(listed) ORDER BY \(Self.publicationOrder) LIMIT ?
            """, arguments: arguments + [sqlLimit(limit)], db, body)
    }

    /// The full rows of the claims whose ids `sql` selects, in publication order.
    private func rows(sql: String, arguments: StatementArguments, _ db: Database,
                      _ body: (ClaimRow) throws -> Void) throws {
        try ClaimRow.forEach(db, sql: """
            SELECT * FROM claim_details WHERE claim_id IN (\(sql))
            ORDER BY published IS NULL, published, article, span_start, claim_id
            """, arguments: arguments, body)
    }

    /// The order claims are listed in: publication (undated last), article name, position.
    static let publicationOrder = "a.published IS NULL, a.published, a.name, c.span_start, c.id"
    /// Claims an entity makes or cites as its source; takes a JSON array of entity ids, twice.
    static let sourcedBy = """
        SELECT id FROM claims WHERE claimant_id IN (SELECT value FROM json_each(?))
        UNION ALL
        SELECT claim_id FROM claim_sources
        WHERE role IN ('claimant', 'cited') AND entity_id IN (SELECT value FROM json_each(?))
        """
    /// Up to this many candidate claims are simply sorted (a few milliseconds).
    var fewCandidates = 2_000
    /// How many of the earliest articles that can hold a match `earliest` looks through.
    var window = 2_000

    /// The first `limit` matching claims when they lie in the earliest articles that can hold
    /// one: those are walked in publication order (`articles_report_order`), each with its
    /// matching claims or none, and the walk stops at `limit` without sorting every match. Nil
    /// when `window` such articles hold fewer than `limit` and there are later ones, which a
    /// sort over the candidates must then look through.
    private func earliest(_ limit: Int, filter: String, arguments: StatementArguments, holding: ArticleFilter,
                          in db: Database) throws -> [Int64]? {
        var found: [Int64] = []
        var unread = window
        for part in holding.parts(since: since) {
            // (The left join gives each article walked a row, matching claims or not, so that
            // the window counts articles; `INDEXED BY` keeps SQLite from indexing claims anew.)
            let rows = try GRDB.Row.fetchCursor(db, sql: """
                SELECT a.id, c.id FROM \(part.articles)
                LEFT JOIN claims c INDEXED BY claims_article ON c.article_id = a.id\(filter)
                WHERE \(part.sql) ORDER BY \(part.order), c.span_start, c.id
                """, arguments: arguments + part.arguments)
            var lastArticle: Int64?
            while let row = try rows.next() {
                let article: Int64 = row[0]
                if article != lastArticle {
                    if unread == 0 { return nil }
                    unread -= 1
                    lastArticle = article
                }
                if let claim: Int64 = row[1] {
                    found.append(claim)
                    if found.count == limit { return found }
                }
            }
        }
        return found
    }
}

/// Which articles `ClaimsQuery` walks: with --about, only those that name the entity or place
/// a claim there; with --place, only those placing a claim there; with --since, articles
/// published earlier only when one of their claims is about a date after their publication
/// (claims_dated_after_publication). Every condition seeks an index instead of reading claims.
struct ArticleFilter {
    var naming: String?
    var placing: String?

    /// Queries over `articles a` giving, one after the other, the articles in publication order.
    func parts(since: String?) -> [(articles: String, sql: String, order: String, arguments: StatementArguments)] {
        var holding = "true"
        var arguments: StatementArguments = []
        if let naming {
            holding += " AND a.id IN (\(ClaimFilters.articlesAbout))"
            arguments += [naming, naming]
        }
        if let placing {
            holding += " AND a.id IN (SELECT article_id FROM claims WHERE place_id IN (SELECT value FROM json_each(?)))"
            arguments += [placing]
        }
        let inOrder = "articles a INDEXED BY articles_report_order"
        guard let since else {
            return [(inOrder, holding, "a.published IS NULL, a.published, a.name", arguments)]
        }
        // The articles with a claim dated after them are found from those claims, then sorted
        // (`articles_publication_by_id` gives their dates without reading their rows). Ordering
        // by the index's first term, constant in the other two parts, would make SQLite sort.
        return [
            ("articles a INDEXED BY articles_publication_by_id", """
             a.id IN (SELECT article_id FROM claims INDEXED BY claims_dated_after_publication
                      WHERE dated_after_publication = 1 AND claim_date >= ?) AND a.published < ? AND \(holding)
             """, "a.published, a.name", [since, since] + arguments),
            (inOrder, "(a.published IS NULL) = 0 AND a.published >= ? AND \(holding)", "a.published, a.name",
             [since] + arguments),
            (inOrder, "(a.published IS NULL) = 1 AND \(holding)", "a.name", arguments),
        ]
    }
}

/// SQL conditions shared by the queries that filter claims. Each takes the same JSON array of
/// entity ids twice.
enum ClaimFilters {
    /// Claims `c` whose sentence mentions one of the entities, or whose place is one of them:
    /// the list. (The spans are read out of their JSON once, and compared in `claims_article`.)
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
    /// The same, as a check of the claim `c` at hand (`spans_within`: ClaimKBStore's SpanFunctions).
    static let isAbout = """
        (EXISTS (SELECT 1 FROM mentions m
                 WHERE m.article_id = c.article_id AND m.entity_id IN (SELECT value FROM json_each(?))
                   AND spans_within(m.spans, c.span_start, c.span_end))
         OR c.place_id IN (SELECT value FROM json_each(?)))
        """
    /// The ids of the articles that can hold such claims: those naming an entity or placing a
    /// claim there (both read from indexes alone).
    static let articlesAbout = """
        SELECT article_id FROM mentions WHERE entity_id IN (SELECT value FROM json_each(?))
        UNION SELECT article_id FROM claims WHERE place_id IN (SELECT value FROM json_each(?))
        """
}
