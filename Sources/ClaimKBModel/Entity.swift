/// The closed set of entity types, as stored in `entities.type`.
public enum EntityType: String, Hashable, Codable, Sendable, CaseIterable {
    case person, organization, country, place, media
}

/// A real-world thing named in articles: stored once however it is written.
public struct Entity: Hashable, Codable, Sendable {
    /// The canonical name, e.g. "National Intelligence Service". With `type`, it identifies the entity.
    public var name: String
    public var type: EntityType
    /// A sentence on what it is, when known ("South Korea's spy agency").
    public var description: String?
    /// A person's role or title as the text gives it ("military intelligence chief").
    public var role: String?
    /// The organisation or country a person or agency belongs to, by canonical name.
    public var affiliation: String?
    /// Every other way the entity was written (acronyms, surnames, spelling variants, possessives).
    public var aliases: [String]

    public init(name: String, type: EntityType, description: String? = nil, role: String? = nil,
                affiliation: String? = nil, aliases: [String] = []) {
        self.name = name
        self.type = type
        self.description = description
        self.role = role
        self.affiliation = affiliation
        self.aliases = aliases
    }

    /// The identity used to merge entities across articles.
    public var key: EntityKey { EntityKey(name: name, type: type) }
}

public struct EntityKey: Hashable, Codable, Sendable {
    public var name: String
    public var type: EntityType
    public init(name: String, type: EntityType) {
        self.name = name
        self.type = type
    }
}

/// One place in an article's text that names (or refers back to) an entity.
public struct Mention: Hashable, Codable, Sendable {
    public var entity: EntityKey
    public var span: Span
    /// The words as written ("Budanov", "the South Korean agency").
    public var text: String

    public init(entity: EntityKey, span: Span, text: String) {
        self.entity = entity
        self.span = span
        self.text = text
    }
}
