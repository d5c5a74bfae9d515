import GRDB

/// `query article NAME`: every claim extracted from one article, in text order, with evidence.
public struct ArticleQuery: CannedQuery {
    /// The article's name, file name or a prefix of its name only it has.
    public var name: String

    public init(name: String) { self.name = name }

    public func fetch(_ db: Database) throws -> [ClaimRow] {
        let id = try ArticleResolver.resolve(name, in: db)
        return try ClaimRow.fetchAll(db, sql: """
            SELECT * FROM claim_details WHERE article_id = ? ORDER BY span_start, claim_id
            """, arguments: [id])
    }
}

/// An entity as one article mentions it: how often, and in which words.
public struct ArticleEntityRow: QueryRow, Equatable {
    public var name: String
    public var type: String
    public var mentions: Int
    /// The distinct ways the article writes it, in order of first appearance.
    public var written: [String]
    public var firstAt: Int

    public init(row: QueryColumns) throws {
        name = row["name"]
        type = row["type"]
        mentions = row["mentions"]
        written = decodeList(row["written"])
        firstAt = row["first_at"]
    }

    public static let fields = ["name", "type", "mentions", "written", "first_at"]

    public static func readableFields(evidence: Bool) -> [String] { ["name", "type", "mentions", "written"] }

    public var values: [QueryValue] {
        [.text(name), .text(type), .integer(mentions), .list(written), .integer(firstAt)]
    }
}

/// `query article NAME --entities`: the entities one article mentions, in order of first mention.
public struct ArticleEntitiesQuery: CannedQuery {
    public var name: String

    public init(name: String) { self.name = name }

    public func fetch(_ db: Database) throws -> [ArticleEntityRow] {
        let id = try ArticleResolver.resolve(name, in: db)
        return try ArticleEntityRow.fetchAll(db, sql: """
            SELECT e.name, e.type, json_array_length(m.spans) AS mentions, m.spans ->> '$[0][0]' AS first_at,
                   (SELECT json_group_array(words) FROM (
                        SELECT w.words FROM mention_spans w WHERE w.article_id = ?1 AND w.entity_id = e.id
                        GROUP BY w.words ORDER BY min(w.span_start))) AS written
            FROM mentions m JOIN entities e ON e.id = m.entity_id
            WHERE m.article_id = ?1
            ORDER BY first_at, e.name
            """, arguments: [id])
    }
}

/// What the article is: for the line `query article` prints on stderr.
public struct ArticleSummary: FetchableRecord, Sendable, Equatable {
    public var name: String
    public var title: String?
    public var publisher: String?
    public var published: String?

    public init(row: Row) throws {
        name = row["name"]
        title = row["title"]
        publisher = row["publisher"]
        published = row["published"]
    }

    public static func fetch(_ typed: String, in db: Database) throws -> ArticleSummary {
        let id = try ArticleResolver.resolve(typed, in: db)
        return try ArticleSummary.fetchOne(db, sql: "SELECT * FROM articles WHERE id = ?", arguments: [id])!
    }
}
