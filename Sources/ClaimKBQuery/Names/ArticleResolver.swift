import Foundation
import GRDB

/// Finds the article a user means: its name, its file name or path ("seeds/001_f0a0.txt"),
/// or a prefix of its name that only it has ("001").
public enum ArticleResolver {
    /// The article's id.
    /// - Throws: `QueryError.unknownArticle` with the closest names, or a message when a
    ///   prefix fits several articles.
    public static func resolve(_ typed: String, in db: Database) throws -> Int64 {
        let file = (typed as NSString).lastPathComponent
        let stem = (file as NSString).deletingPathExtension
        for candidate in [typed, file, stem] where !candidate.isEmpty {
            if let id = try Int64.fetchOne(db, sql: "SELECT id FROM articles WHERE name = ?", arguments: [candidate]) {
                return id
            }
        }
        let prefixed = try Row.fetchAll(db, sql: """
            SELECT id, name FROM articles WHERE substr(name, 1, length(?1)) = ?1 ORDER BY name LIMIT 6
            """, arguments: [stem])
        if prefixed.count == 1, !stem.isEmpty { return prefixed[0]["id"] }
        if prefixed.count > 1, !stem.isEmpty {
            let names = prefixed.prefix(5).map { $0["name"] as String }
            throw QueryError("article name '\(typed)' fits several articles: \(names.joined(separator: ", "))\(prefixed.count > 5 ? ", …" : "")")
        }
        let names = try String.fetchAll(db, sql: "SELECT name FROM articles")
        let closest = ClosestNames.pick(stem.lowercased(), among: names.map { (key: $0.lowercased(), name: $0) })
        throw QueryError(.unknownArticle(name: typed, closest: closest))
    }
}
