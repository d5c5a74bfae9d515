import ClaimKBStore
import Foundation
import GRDB

/// `sql "SELECT …"`: any one read-only statement, its rows as they come.
///
/// A statement that would write is refused before it runs (`sqlite3_stmt_readonly`), and
/// so are ATTACH and DETACH; the CLI also opens the database read-only.
public struct ReadOnlySQL: Sendable {
    public var sql: String
    public var limit: Int?

    public init(sql: String, limit: Int? = nil) {
        self.sql = sql
        self.limit = limit
    }

    /// Compiles the statement and checks it is one read-only statement; runs nothing.
    public func prepare(_ db: Database) throws -> Statement {
        let cursor: SQLStatementCursor
        var statements: [Statement] = []
        do {
            cursor = try db.allStatements(sql: sql)
            while let statement = try cursor.next() { statements.append(statement) }
        } catch let error as DatabaseError {
            throw QueryError("\(error.message ?? "\(error.resultCode)")")
        }
        guard let statement = statements.first else { throw QueryError("no statement given") }
        for statement in statements {
            let verb = statement.sql.drop { $0.isWhitespace }.prefix(6).uppercased()
            if !statement.isReadonly || verb == "ATTACH" || verb == "DETACH" {
                throw QueryError(.notReadOnly)
            }
        }
        guard statements.count == 1 else { throw QueryError("give one statement at a time") }
        return statement
    }

    /// Runs the statement: its columns and rows.
    public func fetch(_ db: Database) throws -> ResultTable {
        let statement = try prepare(db)
        var rows: [[QueryValue]] = []
        do {
            let cursor = try Row.fetchCursor(statement)
            while let row = try cursor.next() {
                if let limit, rows.count >= limit { break }
                rows.append(row.databaseValues.map(Self.value))
            }
        } catch let error as DatabaseError {
            throw QueryError("\(error.message ?? "\(error.resultCode)")")
        }
        return ResultTable(columns: statement.columnNames, rows: rows)
    }

    static func value(_ value: DatabaseValue) -> QueryValue {
        switch value.storage {
        case .null: return .null
        case .int64(let n): return .integer(n)
        case .double(let x): return .real(x)
        case .string(let s): return .text(s)
        case .blob(let data): return .text("x'" + data.map { String(format: "%02x", $0) }.joined() + "'")
        }
    }
}

extension ClaimDatabase {
    /// Runs one read-only statement in a read transaction.
    public func run(_ query: ReadOnlySQL) throws -> ResultTable {
        try writer.read { db in try query.fetch(db) }
    }
}
