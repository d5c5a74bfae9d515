import ClaimKBModel
import GRDB

/// Turns a name typed by a user into the entities it names: through every alias, whatever
/// the case or punctuation ("nis", "NIS", "South Korea's NIS" all work). The name is bound
/// as an SQL parameter, never spliced into SQL, so `x' OR 1=1 --` is just a name nobody has.
public enum EntityResolver {
    /// The ids of the entities named `name`, optionally only of `types`.
    /// - Throws: `QueryError.unknownEntity` with the closest known names when none matches.
    public static func resolve(_ name: String, types: Set<EntityType>? = nil, in db: Database) throws -> [Int64] {
        let normalized = AliasNormalizer.normalize(name)
        var ids = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.normalized = ? OR e.name = ? COLLATE NOCASE
            ORDER BY a.entity_id
            """, arguments: [normalized, name])
        if ids.isEmpty, !normalized.isEmpty, !normalized.contains(" ") {
            // A surname alone in a spelling only seen with the first name ("Zelenskiy" of
            // "Volodymyr Zelenskiy") names that person, when only one person answers to it.
            // (The normalized form has letters, digits and spaces only: nothing LIKE reads.)
            let people = try Int64.fetchAll(db, sql: """
                SELECT DISTINCT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id
                WHERE e.type = 'person' AND a.normalized LIKE '% ' || ?
                """, arguments: [normalized])
            if people.count == 1 { ids = people }
        }
        if ids.isEmpty {
            ids = try ownedBy(normalized, in: db)
        }
        if let types {
            let allowed = try Set(Int64.fetchAll(db, sql: """
                SELECT id FROM entities WHERE type IN (SELECT value FROM json_each(?))
                """, arguments: [jsonArray(types.map(\.rawValue))]))
            ids = ids.filter(allowed.contains)
        }
        if ids.isEmpty {
            throw QueryError(.unknownEntity(name: name, closest: try closest(to: normalized, types: types, in: db)))
        }
        return ids
    }

    /// A name written with its owner in front ("South Korea's National Intelligence Service",
    /// "US Pentagon"): the rest names one entity and the front names a country or organisation.
    static func ownedBy(_ normalized: String, in db: Database) throws -> [Int64] {
        let words = normalized.split(separator: " ")
        let lookup = try db.cachedStatement(sql: """
            SELECT DISTINCT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.normalized = ? AND (? = 0 OR e.type IN ('country', 'organization'))
            """)
        for split in 1..<max(words.count, 1) {
            let owner = words[..<split].joined(separator: " "), rest = words[split...].joined(separator: " ")
            let owned = try Int64.fetchAll(lookup, arguments: [rest, 0])
            if owned.count == 1, try !Int64.fetchAll(lookup, arguments: [owner, 1]).isEmpty { return owned }
        }
        return []
    }

    /// Canonical names whose aliases are nearest to the (normalized) typed name.
    static func closest(to normalized: String, types: Set<EntityType>?, in db: Database) throws -> [String] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.normalized, e.name, e.type FROM aliases a JOIN entities e ON e.id = a.entity_id
            """)
        let candidates = rows.compactMap { row -> (key: String, name: String)? in
            if let types, let type = EntityType(rawValue: row["type"]), !types.contains(type) { return nil }
            return (key: row["normalized"], name: row["name"])
        }
        return ClosestNames.pick(normalized, among: candidates)
    }
}

/// A JSON array of strings, to bind as one parameter and read with `json_each`.
func jsonArray(_ items: [String]) -> String {
    JSONFormat.encode(.list(items))
}

/// A JSON array of ids, to bind as one parameter and read with `json_each`.
func jsonArray(_ ids: [Int64]) -> String {
    "[" + ids.map(String.init).joined(separator: ",") + "]"
}
