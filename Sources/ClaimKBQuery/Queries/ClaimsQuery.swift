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
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let kind {
            conditions.append("kind = ?")
            arguments += [kind]
        }
        if let by {
            conditions.append("claim_id IN (SELECT claim_id FROM claim_sources WHERE role IN ('claimant', 'cited') AND entity_id IN (SELECT value FROM json_each(?)))")
            arguments += [jsonArray(try EntityResolver.resolve(by, in: db))]
        }
        if let about {
            conditions.append(ClaimFilters.about)
            let ids = jsonArray(try EntityResolver.resolve(about, in: db))
            arguments += [ids, ids]
        }
        if let place {
            conditions.append("place_id IN (SELECT value FROM json_each(?))")
            arguments += [jsonArray(try EntityResolver.resolve(place, types: [.place, .country], in: db))]
        }
        if let since {
            conditions.append("coalesce(claim_date, published) >= ?")
            arguments += [since]
        }
        if let until {
            conditions.append("coalesce(claim_date, published) <= ?")
            arguments += [until]
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        arguments += [sqlLimit(limit)]
        // The claims are chosen and ordered first, reading only the columns that choose and
        // order them; the full rows (cited sources, figure, evidence) are made for those alone.
        let order = "published IS NULL, published, article, span_start, claim_id"
        return try ClaimRow.fetchAll(db, sql: """
            SELECT * FROM claim_details
            WHERE claim_id IN (SELECT claim_id FROM claim_details \(filter) ORDER BY \(order) LIMIT ?)
            ORDER BY \(order)
            """, arguments: arguments)
    }
}

/// SQL conditions shared by the queries that filter claims.
enum ClaimFilters {
    /// Claims whose sentence mentions one of the entities, or whose place is one of them.
    /// Takes the same JSON array of entity ids twice.
    static let about = """
        claim_id IN (
            SELECT c.id FROM mentions m JOIN claims c ON c.article_id = m.article_id
            WHERE m.entity_id IN (SELECT value FROM json_each(?))
              AND EXISTS (SELECT 1 FROM json_each(m.spans) s
                          WHERE s.value ->> 0 >= c.span_start AND s.value ->> 1 <= c.span_end)
            UNION
            SELECT c.id FROM claims c WHERE c.place_id IN (SELECT value FROM json_each(?)))
        """
}
