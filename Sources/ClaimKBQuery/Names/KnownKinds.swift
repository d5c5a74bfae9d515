import GRDB

/// The kinds of claim the database holds (troops, money, statement, ...), for telling a user
/// who typed an unknown `--kind` what there is.
public enum KnownKinds {
    public static func fetch(_ db: Database) throws -> [String] {
        // source_kinds counts every claim under its kind: a few rows per source, not one per claim.
        try String.fetchAll(db, sql: "SELECT DISTINCT kind FROM source_kinds ORDER BY kind")
    }
}
