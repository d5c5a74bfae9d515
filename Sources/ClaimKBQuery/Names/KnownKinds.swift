import GRDB

/// The kinds of claim the database holds (troops, money, statement, ...), for telling a user
/// who typed an unknown `--kind` what there is.
public enum KnownKinds {
    public static func fetch(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT DISTINCT kind FROM claims ORDER BY kind")
    }
}
