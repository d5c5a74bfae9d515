import ClaimKBQuery
import GRDB

/// One question as the CLI asks it, through `ClaimKBQuery`: typed rows read whole (a table), or
/// a row at a time (JSON and CSV).
struct BenchQuery {
    let name: String
    /// Runs the query; returns how many rows it gave.
    let run: @Sendable (Database) throws -> Int
    /// The answer grows with the corpus (every claim, every estimate): reported, but the target
    /// is judged on its first page (the `--limit` variant).
    var growsWithCorpus = false
    /// Must return at least one row on a synthetic corpus whose extractor found claims.
    var mustReturnRows = true
    /// Returns rows even when no claims were extracted (full-text over article text).
    var needsClaims = true
    /// Read a row at a time, as JSON and CSV are written; the time to the first row is recorded.
    var streamed = false
}

enum CannedQueries {
    /// The queries, with arguments picked from the database itself so they return rows:
    /// the person with the most claims, the place with the most claims, the date that begins the
    /// last quarter of the corpus.
    static func all(_ db: Database) throws -> [BenchQuery] {
        let person = try String.fetchOne(db, sql: """
            SELECT e.name FROM claims c JOIN entities e ON e.id = c.claimant_id
            WHERE e.type = 'person'
            GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1
            """)
        let place = try String.fetchOne(db, sql: """
            SELECT e.name FROM claims c JOIN entities e ON e.id = c.place_id
            GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1
            """)
        func typed<Q: CannedQuery>(_ query: Q) -> @Sendable (Database) throws -> Int {
            { db in try query.fetch(db).count }
        }
        /// As `claimkb query … --format json` reads it: a row at a time, none kept.
        func streamed<Q: CannedQuery>(_ query: Q) -> @Sendable (Database) throws -> Int {
            { db in
                var rows = 0
                try query.forEach(db) { _ in
                    if rows == 0 { FirstRow.mark() }
                    rows += 1
                }
                return rows
            }
        }
        var queries = [
            BenchQuery(name: "troop-estimates (streamed)", run: streamed(EstimatesQuery.troops()), growsWithCorpus: true,
                       streamed: true),
            BenchQuery(name: "troop-estimates --limit 50", run: typed(EstimatesQuery.troops(limit: 50))),
            BenchQuery(name: "estimates --kind money --limit 50", run: typed(EstimatesQuery(kind: "money", limit: 50)),
                       mustReturnRows: false),
            BenchQuery(name: "timeline (streamed)", run: streamed(TimelineQuery()), growsWithCorpus: true, streamed: true),
            BenchQuery(name: "timeline --limit 100", run: typed(TimelineQuery(limit: 100))),
            BenchQuery(name: "disagreements --limit 100", run: typed(DisagreementsQuery(limit: 100)), mustReturnRows: false),
            BenchQuery(name: "sources", run: typed(SourcesQuery())),
            BenchQuery(name: "entities", run: typed(EntitiesQuery()), mustReturnRows: false),
            BenchQuery(name: "search (place, unit)", run: typed(SearchQuery(text: "Ardent Pass paratroopers")),
                       growsWithCorpus: true, needsClaims: false),
            BenchQuery(name: "search (place, unit) --limit 20",
                       run: typed(SearchQuery(text: "Ardent Pass paratroopers", limit: 20)), needsClaims: false),
            BenchQuery(name: "search troops --limit 20", run: typed(SearchQuery(text: "troops", limit: 20)),
                       needsClaims: false),
        ]
        if let person {
            queries.insert(contentsOf: [
                BenchQuery(name: "claims --by PERSON", run: typed(ClaimsQuery(by: person)), growsWithCorpus: true),
                BenchQuery(name: "claims --by PERSON --limit 100", run: typed(ClaimsQuery(by: person, limit: 100))),
            ], at: 3)
        }
        if let place {
            queries.insert(contentsOf: [
                BenchQuery(name: "claims --place PLACE --limit 100", run: typed(ClaimsQuery(place: place, limit: 100)),
                           mustReturnRows: false),
                BenchQuery(name: "claims --about PLACE --limit 100", run: typed(ClaimsQuery(about: place, limit: 100)),
                           mustReturnRows: false),
                BenchQuery(name: "timeline --about PLACE --limit 100", run: typed(TimelineQuery(about: place, limit: 100)),
                           mustReturnRows: false),
            ], at: 5)
        }
        // The last quarter of the corpus by publication date.
        if let recent = try String.fetchOne(db, sql: """
            SELECT published FROM articles WHERE published IS NOT NULL ORDER BY published DESC
            LIMIT 1 OFFSET (SELECT count(published) / 4 FROM articles)
            """) {
            queries.insert(BenchQuery(name: "claims --since RECENT --limit 100", run: typed(ClaimsQuery(since: recent, limit: 100)),
                                      mustReturnRows: false), at: 5)
        }
        return queries
    }
}

/// When the current streamed query produced its first row (one query runs at a time).
enum FirstRow {
    nonisolated(unsafe) static var at: ContinuousClock.Instant?
    static func mark() { at = ContinuousClock.now }
}
