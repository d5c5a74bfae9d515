import ClaimKBModel
import Foundation
import GRDB

/// What storing one article did.
public enum StoreOutcome: String, Sendable, Equatable {
    /// A new article.
    case ingested
    /// The same text was already stored: nothing changed.
    case unchanged
    /// An article of the same name or URL had other text: its extraction was replaced.
    case updated
}

extension ClaimDatabase {
    /// Stores one article and everything extracted from it in one transaction: all or nothing.
    @discardableResult
    public func store(_ extraction: Extraction) throws -> StoreOutcome {
        try store(batch: [extraction])[0].get()
    }

    /// Stores many articles in one transaction, each inside its own savepoint, so a failing
    /// article is rolled back alone and the others are kept. Results come back in order.
    ///
    /// New articles enter the full-text index and the precomputed rows (`DerivedRows`) once, at
    /// the end of the batch: FTS5 flushes its pending terms at every savepoint, so indexing row
    /// by row cost more than everything else the store does.
    public func store(batch: [Extraction]) throws -> [Result<StoreOutcome, Error>] {
        try writer.write { db in
            // Figure claims point to `unfiledEstimate` until the batch is filed; checked at commit.
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            var unindexed: [Int64] = []
            var known = KnownEntities()
            let results = batch.map { extraction -> Result<StoreOutcome, Error> in
                var added: [Entity] = []
                do {
                    var stored: Stored?
                    try db.inSavepoint {
                        stored = try Self.store(extraction, in: db, unindexed: unindexed, known: &known, added: &added)
                        return .commit
                    }
                    guard let stored else { return .success(.unchanged) }
                    unindexed.removeAll { $0 == stored.replaced }
                    unindexed.append(stored.id)
                    return .success(stored.replaced == nil ? .ingested : .updated)
                } catch {
                    // Only entities of a committed savepoint are certain to exist.
                    for entity in added { known[entity] = nil }
                    return .failure(error)
                }
            }
            try DerivedRows.add(articleIds: unindexed, in: db)
            return results
        }
    }

    /// The estimate a figure claim points to from its insert until its batch is filed
    /// (`DerivedRows`). A row written with the link at its final width never grows: setting
    /// it on rows written without one split full pages and left 14 % of `claims` empty. Four
    /// bytes on disk, as wide as any estimate id below 2^31.
    static let unfiledEstimate: Int64 = -2_147_483_648

    /// Entities already written in this transaction, exactly as extracted, with their row ids:
    /// the same entity in the next article of a batch costs no statement. Kept for one
    /// transaction only, since another process may delete entities between two.
    typealias KnownEntities = [Entity: Int64]

    /// A stored article's row id, and the row it replaced.
    struct Stored {
        var id: Int64
        var replaced: Int64?
    }

    /// Stores one article; nil when the same text is already stored. `unindexed` lists the
    /// articles of this batch not yet in the full-text indexes; `added`, the entities it adds
    /// to `known` (taken out again if the article's savepoint rolls back).
    static func store(_ extraction: Extraction, in db: Database, unindexed: [Int64],
                      known: inout KnownEntities, added: inout [Entity]) throws -> Stored? {
        let article = extraction.article
        if try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM articles WHERE content_hash = ?"),
                              arguments: [article.contentHash]) != nil {
            return nil
        }
        let previous = try Int64.fetchOne(
            db.cachedStatement(sql: """
                SELECT id FROM articles WHERE name = ? OR (url IS NOT NULL AND url = ?) ORDER BY name = ? DESC LIMIT 1
                """),
            arguments: [article.name, article.url, article.name])
        if let previous {
            // Deleting takes rows out of the index and the counts, so they must be in them first.
            if unindexed.contains(previous) { try DerivedRows.add(articleIds: [previous], in: db) }
            try DerivedRows.deleteArticle(previous, in: db)
            try deleteOrphanEntities(db)
            known = [:]
        }
        let articleId = try insertArticle(extraction, in: db)

        var entityIds: [EntityKey: Int64] = [:]
        func entityId(_ key: EntityKey) throws -> Int64 {
            if let id = entityIds[key] { return id }
            let id = try upsert(Entity(name: key.name, type: key.type), in: db)
            entityIds[key] = id
            return id
        }
        for entity in extraction.entities {
            if let id = known[entity] {
                entityIds[entity.key] = id
            } else {
                let id = try upsert(entity, in: db)
                entityIds[entity.key] = id
                known[entity] = id
                added.append(entity)
            }
        }
        // One row per entity with its spans (the words are substr of the text); two extracted
        // names may be one stored entity.
        var spans: [Int64: [Span]] = [:]
        for m in extraction.mentions { spans[try entityId(m.entity), default: []].append(m.span) }
        let mention = try db.cachedStatement(sql: "INSERT INTO mentions(article_id, entity_id, spans) VALUES (?, ?, ?)")
        for (id, list) in spans.sorted(by: { $0.key < $1.key }) {
            let json = Set(list).sorted().map { "[\($0.start),\($0.end)]" }
            try mention.execute(arguments: [articleId, id, "[" + json.joined(separator: ",") + "]"])
        }
        let claim = try db.cachedStatement(sql: """
            INSERT INTO claims(article_id, kind, counted, low, high, unit, qualifier, quantity_text, planned,
                               polarity_id, place_id, claim_date, date_text, span_start, span_end, rule_id, claimant_id,
                               claimant_text, dated_after_publication, estimate_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT id FROM polarities WHERE name = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let source = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO claim_sources(claim_id, entity_id, role, text) VALUES (?, ?, ?, ?)")
        var ruleIds: [String: Int64] = [:]
        for name in Set(extraction.claims.map(\.rule)).sorted() { ruleIds[name] = try ruleId(name, in: db) }
        for c in extraction.claims {
            let q = c.quantity
            let sources = try c.sources.map { (id: try entityId($0.entity), link: $0) }
            // The claimant goes in the claim's row; of several (rare), the lowest id, as the
            // views always took, and the others in claim_sources.
            let claimant = sources.filter { $0.link.role == .claimant }.min { $0.id < $1.id }
            try claim.execute(arguments: [
                articleId, c.kind, c.counted, q?.low, q?.high, q?.unit, q?.qualifier.rawValue, q?.text,
                c.modality == .planned, c.polarity.rawValue, try c.place.map(entityId), c.claimDate, c.dateText,
                c.span.start, c.span.end, ruleIds[c.rule], claimant?.id, claimant?.link.text,
                Self.isDated(c, after: article.published), q == nil ? nil : Self.unfiledEstimate,
            ])
            let claimId = db.lastInsertedRowID
            for (id, link) in sources where !(link.role == .claimant && id == claimant?.id) {
                try source.execute(arguments: [claimId, id, link.role.rawValue, link.text])
            }
        }
        return Stored(id: articleId, replaced: previous)
    }

    /// The row of `rules` with this name, added the first time a claim names it.
    private static func ruleId(_ name: String, in db: Database) throws -> Int64 {
        if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM rules WHERE name = ?"), arguments: [name]) {
            return id
        }
        try db.cachedStatement(sql: "INSERT INTO rules(name) VALUES (?)").execute(arguments: [name])
        return db.lastInsertedRowID
    }

    /// Whether the claim is about a date after its article's publication (ISO dates compare as text).
    static func isDated(_ claim: Claim, after published: String?) -> Bool {
        guard let date = claim.claimDate, let published else { return false }
        return date > published
    }

    private static func insertArticle(_ extraction: Extraction, in db: Database) throws -> Int64 {
        let a = extraction.article
        let boilerplate = "[" + a.boilerplate.map { "[\($0.start),\($0.end)]" }.joined(separator: ",") + "]"
        try db.cachedStatement(sql: """
            INSERT INTO articles(name, title, publisher, url, published, byline, format, text, boilerplate,
                                 content_hash, extractor_version, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
            """).execute(arguments: [
                a.name, a.title, a.publisher, a.url, a.published, a.byline, a.format, a.text, boilerplate,
                a.contentHash, extraction.extractorVersion,
            ])
        return db.lastInsertedRowID
    }

    /// Finds or creates the entity, fills in what it lacked (description, role, affiliation)
    /// and records its name and aliases.
    private static func upsert(_ entity: Entity, in db: Database) throws -> Int64 {
        let id: Int64
        if let existing = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM entities WHERE name = ? AND type = ?"),
            arguments: [entity.name, entity.type.rawValue]) ?? knownByAlias(entity, in: db)
        {
            id = existing
            if entity.description != nil || entity.role != nil || entity.affiliation != nil {
                try db.cachedStatement(sql: """
                    UPDATE entities SET description = coalesce(description, ?), role = coalesce(role, ?),
                                        affiliation = coalesce(affiliation, ?) WHERE id = ?
                    """).execute(arguments: [entity.description, entity.role, entity.affiliation, id])
            }
        } else {
            try db.cachedStatement(sql: """
                INSERT INTO entities(name, type, description, role, affiliation) VALUES (?, ?, ?, ?, ?)
                """).execute(arguments: [entity.name, entity.type.rawValue, entity.description, entity.role, entity.affiliation])
            id = db.lastInsertedRowID
        }
        let alias = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO aliases(entity_id, alias, normalized) VALUES (?, ?, ?)")
        for name in [entity.name] + entity.aliases {
            try alias.execute(arguments: [id, name, AliasNormalizer.normalize(name)])
        }
        return id
    }

    /// The one stored entity of the same type that this entity names: its name is a stored
    /// alias ("Budanov" named in full in an earlier article), or one of its aliases is a stored
    /// canonical name. Two full names sharing a short alias ("Kim") never merge, and a name that
    /// answers to several entities is ambiguous: then none.
    private static func knownByAlias(_ entity: Entity, in db: Database) throws -> Int64? {
        var candidates = Set(try Int64.fetchAll(
            db.cachedStatement(sql: """
                SELECT DISTINCT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id
                WHERE a.normalized = ? AND e.type = ?
                """),
            arguments: [AliasNormalizer.normalize(entity.name), entity.type.rawValue]))
        let canonical = try db.cachedStatement(sql: """
            SELECT e.id FROM aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.normalized = ? AND a.alias = e.name AND e.type = ?
            """)
        for alias in Set(entity.aliases.map(AliasNormalizer.normalize)).sorted() where !alias.isEmpty {
            candidates.formUnion(try Int64.fetchAll(canonical, arguments: [alias, entity.type.rawValue]))
        }
        return candidates.count == 1 ? candidates.first : nil
    }

    /// Entities that no article mentions, cites or places a claim in any more.
    static func deleteOrphanEntities(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM entities WHERE NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = entities.id)
              AND NOT EXISTS (SELECT 1 FROM claims WHERE claimant_id = entities.id)
              AND NOT EXISTS (SELECT 1 FROM claim_sources WHERE entity_id = entities.id)
              AND NOT EXISTS (SELECT 1 FROM claims WHERE place_id = entities.id)
            """)
    }
}
