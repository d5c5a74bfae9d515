import ClaimKBStore
import Foundation
import GRDB

/// One of the questions `claimkb query` answers: parameters in, typed rows out, read from
/// the views of `Migrations/` so the sqlite3 shell gives the same rows.
public protocol CannedQuery: Sendable {
    associatedtype Row: QueryRow
    func fetch(_ db: Database) throws -> [Row]
}

extension ClaimDatabase {
    /// Answers a canned query in one read transaction.
    public func answer<Query: CannedQuery>(_ query: Query) throws -> [Query.Row] {
        try writer.read { db in try query.fetch(db) }
    }
}

/// A row limit as an SQL parameter: nil (no limit) is -1, which SQLite reads as none.
func sqlLimit(_ limit: Int?) -> Int { limit.map { max(0, $0) } ?? -1 }

/// The strings of a JSON array column (`cited`, `articles`, `figures`); empty when NULL.
func decodeList(_ json: String?) -> [String] {
    guard let json, let data = json.data(using: .utf8),
          let items = try? JSONSerialization.jsonObject(with: data) as? [Any]
    else { return [] }
    return items.compactMap { $0 as? String }
}

/// The parts of a `group_concat` column; empty when NULL.
func splitList(_ text: String?, separator: String) -> [String] {
    guard let text, !text.isEmpty else { return [] }
    // Byte by byte: Foundation's components(separatedBy:) cost more than the rest of a row.
    let bytes = Array(text.utf8), mark = Array(separator.utf8)
    var parts: [String] = []
    var start = 0, index = 0
    while index + mark.count <= bytes.count {
        if bytes[index..<index + mark.count].elementsEqual(mark) {
            parts.append(String(decoding: bytes[start..<index], as: UTF8.self))
            index += mark.count
            start = index
        } else {
            index += 1
        }
    }
    parts.append(String(decoding: bytes[start...], as: UTF8.self))
    return parts
}
