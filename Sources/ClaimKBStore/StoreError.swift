import GRDB

/// A storage failure, with a one-line description that names the database file.
public struct StoreError: Error, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }

    /// Rewords SQLite's errors into what a user can act on.
    init(path: String, _ error: DatabaseError) {
        switch error.resultCode {
        case .SQLITE_NOTADB: self.init("\(path): not a ClaimKB database (file is not a database); left untouched")
        case .SQLITE_CORRUPT: self.init("\(path): the database is corrupt; left untouched")
        case .SQLITE_CANTOPEN: self.init("\(path): cannot open the database (missing folder or permission denied)")
        case .SQLITE_READONLY: self.init("\(path): the database is read-only here")
        case .SQLITE_BUSY: self.init("\(path): the database stayed locked by another process")
        default: self.init("\(path): \(error.message ?? "\(error.resultCode)")")
        }
    }
}
