import GRDB

/// One question the CLI answers, as SQL over the views (so the timings are what `claimkb query`
/// and the sqlite3 shell pay).
struct CannedQuery {
    let name: String
    let sql: String
    var arguments: StatementArguments = []
    /// The answer grows with the corpus (every claim, every estimate): judged on its first page,
    /// and expected to stream its rows rather than arrive at once.
    var growsWithCorpus = false
    /// Must return at least one row on a synthetic corpus whose extractor found claims.
    var mustReturnRows = true
    /// Returns rows even when no claims were extracted (full-text over article text, etc.).
    var needsClaims = true
}

enum CannedQueries {
    /// The queries, with arguments picked from the database itself so they return rows:
    /// the person with the most claims, the commonest claim kind.
    static func all(_ db: Database) throws -> [CannedQuery] {
        let person = try String.fetchOne(db, sql: """
            SELECT a.normalized FROM claim_sources s JOIN entities e ON e.id = s.entity_id
            JOIN aliases a ON a.entity_id = e.id AND a.alias = e.name
            WHERE s.role = 'claimant' AND e.type = 'person'
            GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1
            """) ?? "nobody"
        let place = try String.fetchOne(db, sql: """
            SELECT e.name FROM claims c JOIN entities e ON e.id = c.place_id
            GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1
            """) ?? "nowhere"
        return [
            CannedQuery(name: "troop_estimates", sql: "SELECT * FROM troop_estimates", growsWithCorpus: true),
            CannedQuery(name: "troop_estimates, first 50", sql: "SELECT * FROM troop_estimates LIMIT 50"),
            CannedQuery(name: "estimates of money, first 50",
                        sql: "SELECT * FROM estimates WHERE kind = 'money' LIMIT 50", mustReturnRows: false),
            CannedQuery(name: "claims by person (alias)",
                        sql: """
                            SELECT * FROM claim_details
                            WHERE claimant_id IN (SELECT entity_id FROM aliases WHERE normalized = ?)
                            ORDER BY claim_date, article
                            """,
                        arguments: [person]),
            CannedQuery(name: "claims at place", sql: "SELECT * FROM claim_details WHERE place = ? LIMIT 100",
                        arguments: [place], mustReturnRows: false),
            CannedQuery(name: "timeline", sql: "SELECT * FROM timeline", growsWithCorpus: true),
            CannedQuery(name: "timeline, first 100", sql: "SELECT * FROM timeline LIMIT 100"),
            CannedQuery(name: "claims_by_source, first 100", sql: "SELECT * FROM claims_by_source LIMIT 100"),
            CannedQuery(name: "disagreements, first 100", sql: "SELECT * FROM disagreements LIMIT 100",
                        mustReturnRows: false),
            CannedQuery(name: "sources", sql: "SELECT * FROM sources"),
            CannedQuery(name: "entity_mentions", sql: "SELECT * FROM entity_mentions", mustReturnRows: false),
            CannedQuery(name: "search articles (rare)",
                        sql: """
                            SELECT a.name, a.title, f.rank FROM (SELECT rowid, rank FROM articles_fts
                              WHERE articles_fts MATCH ? ORDER BY rank LIMIT 20) f
                            JOIN articles a ON a.id = f.rowid ORDER BY f.rank
                            """,
                        arguments: ["\"Ardent Pass\" AND paratroopers"], needsClaims: false),
            CannedQuery(name: "search articles (common)",
                        sql: """
                            SELECT a.name, a.title, f.rank FROM (SELECT rowid, rank FROM articles_fts
                              WHERE articles_fts MATCH ? ORDER BY rank LIMIT 20) f
                            JOIN articles a ON a.id = f.rowid ORDER BY f.rank
                            """,
                        arguments: ["troops"], needsClaims: false),
            CannedQuery(name: "search claims",
                        sql: """
                            SELECT d.* FROM (SELECT rowid, rank FROM claims_fts
                              WHERE claims_fts MATCH ? ORDER BY rank LIMIT 20) f
                            JOIN claim_details d ON d.claim_id = f.rowid ORDER BY f.rank
                            """,
                        arguments: ["artillery shells"]),
        ]
    }
}
