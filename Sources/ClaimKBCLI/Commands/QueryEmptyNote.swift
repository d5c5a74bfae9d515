import ClaimKBQuery
import ClaimKBStore

/// The stderr note for an empty answer: "no casualties estimates found", and when the kind
/// is one the database has never seen, the kinds it has.
func emptyNote(_ what: String, kind: String?, db: ClaimDatabase) -> String {
    guard let kind else { return "no \(what) found" }
    let kinds = (try? db.writer.read { try KnownKinds.fetch($0) }) ?? []
    if kinds.contains(kind) || kinds.isEmpty { return "no \(what) of kind '\(kind)' found" }
    return "no \(what) of kind '\(kind)' found (kinds here: \(kinds.joined(separator: ", ")))"
}
