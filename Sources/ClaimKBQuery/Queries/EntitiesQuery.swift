import ClaimKBModel
import GRDB

/// An entity with its aliases and how often it is mentioned: a row of `entity_mentions`.
public struct EntityRow: QueryRow, Equatable {
    public var name: String
    public var type: String
    public var aliases: [String]
    public var role: String?
    public var affiliation: String?
    public var mentions: Int
    public var articles: Int

    public init(row: QueryColumns) throws {
        name = row["name"]
        type = row["type"]
        aliases = splitList(row["aliases"], separator: " | ")
        role = row["role"]
        affiliation = row["affiliation"]
        mentions = row["mentions"]
        articles = row["articles"]
    }

    public static let fields = ["name", "type", "aliases", "role", "affiliation", "mentions", "articles"]

    public var values: [QueryValue] {
        [.text(name), .text(type), .list(aliases), .text(role), .text(affiliation), .integer(mentions), .integer(articles)]
    }
}

/// `query entities [--type T]`: every entity, most mentioned first.
public struct EntitiesQuery: CannedQuery {
    public var type: EntityType?
    public var limit: Int?

    public init(type: EntityType? = nil, limit: Int? = nil) {
        self.type = type
        self.limit = limit
    }

    public func fetch(_ db: Database) throws -> [EntityRow] {
        try EntityRow.fetchAll(db, sql: """
            SELECT * FROM entity_mentions
            WHERE ?1 IS NULL OR type = ?1
            ORDER BY mentions DESC, name, type
            LIMIT ?2
            """, arguments: [type?.rawValue, sqlLimit(limit)])
    }
}
