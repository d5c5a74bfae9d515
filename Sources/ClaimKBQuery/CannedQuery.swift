import ClaimKBStore
import Foundation
import GRDB

/// One of the questions `claimkb query` answers: parameters in, typed rows out, read from
/// the views of `Migrations/` so the sqlite3 shell gives the same rows.
///
/// A query implements `fetch` when its answer is small enough to read at once, `forEach`
/// when it can be as long as the corpus (claims, estimates, the timeline): its rows are then
/// written as they are read, and never all held.
public protocol CannedQuery: Sendable {
    associatedtype Row: QueryRow
    /// The whole answer.
    func fetch(_ db: Database) throws -> [Row]
    /// Hands the answer's rows to `body` one at a time, in order, as they are read.
    func forEach(_ db: Database, _ body: (Row) throws -> Void) throws
}

extension CannedQuery {
    public func fetch(_ db: Database) throws -> [Row] {
        var rows: [Row] = []
        try forEach(db) { rows.append($0) }
        return rows
    }

    public func forEach(_ db: Database, _ body: (Row) throws -> Void) throws {
        for row in try fetch(db) { try body(row) }
    }
}

extension ClaimDatabase {
    /// Answers a canned query in one read transaction.
    public func answer<Query: CannedQuery>(_ query: Query) throws -> [Query.Row] {
        try writer.read { db in try query.fetch(db) }
    }

    /// Answers a canned query in one read transaction, a row at a time.
    public func answer<Query: CannedQuery>(_ query: Query, each body: (Query.Row) throws -> Void) throws {
        try writer.read { db in try query.forEach(db, body) }
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
