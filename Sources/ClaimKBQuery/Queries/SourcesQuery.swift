import GRDB

/// A claimant with how many claims it makes, of which kinds, in how many articles: a row of `sources`.
public struct SourceRow: QueryRow, Equatable {
    public var source: String
    public var sourceType: String
    public var claims: Int
    public var kinds: [String]
    public var articles: Int

    public init(row: QueryColumns) throws {
        source = row["source"]
        sourceType = row["source_type"]
        claims = row["claims"]
        kinds = splitList(row["kinds"], separator: ",")
        articles = row["articles"]
    }

    public static let fields = ["source", "source_type", "claims", "kinds", "articles"]

    public var values: [QueryValue] {
        [.text(source), .text(sourceType), .integer(claims), .list(kinds), .integer(articles)]
    }
}

/// `query sources`: each claimant, most claims first.
public struct SourcesQuery: CannedQuery {
    public var limit: Int?

    public init(limit: Int? = nil) { self.limit = limit }

    public func fetch(_ db: Database) throws -> [SourceRow] {
        try SourceRow.fetchAll(db, sql: "SELECT * FROM sources ORDER BY claims DESC, source LIMIT ?",
                               arguments: [sqlLimit(limit)])
    }
}
