import Foundation
import GRDB

/// A place where the searched words occur: an article (title or text) or a claim's sentence.
public struct SearchHit: QueryRow, FetchableRecord, Equatable {
    /// `article` for a hit in an article's title or text, `claim` for one in a claim's evidence.
    public var match: String
    public var article: String
    public var title: String?
    /// Who makes the claim (claim hits only).
    public var claimant: String?
    /// The claim's figure (claim hits only).
    public var figure: String?
    /// The words around the hit, matches between the highlight marks.
    public var snippet: String
    /// FTS5 bm25 rank within its index: lower is better.
    public var rank: Double

    public init(row: Row) throws {
        match = row["match"]
        article = row["article"]
        title = row["title"]
        claimant = row["claimant"]
        figure = row["figure"]
        snippet = row["snippet"]
        rank = row["rank"]
    }

    public static let fields = ["match", "article", "title", "claimant", "figure", "snippet", "rank"]

    public static func readableFields(evidence: Bool) -> [String] { ["article", "match", "claimant", "snippet"] }

    public var values: [QueryValue] {
        [.text(match), .text(article), .text(title), .text(claimant), .text(figure), .text(snippet), .real(rank)]
    }
}

/// `search TEXT`: full-text search (FTS5) over article titles and text and over claim
/// evidence. Articles come first, then claims, each best match first.
///
/// By default the text is taken as plain words, all of which must occur (any quotes or
/// operators in it are just characters); with `syntax: true` it is an FTS5 query
/// (`"special forces" OR commandos`, `troop*`).
public struct SearchQuery: CannedQuery {
    public var text: String
    public var syntax: Bool
    /// Put around each matching word in snippets.
    public var highlight: (open: String, close: String)
    public var limit: Int?

    public init(text: String, syntax: Bool = false, highlight: (open: String, close: String) = ("[", "]"), limit: Int? = nil) {
        self.text = text
        self.syntax = syntax
        self.highlight = highlight
        self.limit = limit
    }

    /// The FTS5 query for plain words: each word quoted, so all must occur.
    ///
    ///     SearchQuery.ftsQuery(plain: "Kim's troops") // "\"Kim\" \"s\" \"troops\""
    public static func ftsQuery(plain text: String) -> String {
        let words = text.split { !($0.isLetter || $0.isNumber) }
        return words.map { "\"\($0)\"" }.joined(separator: " ")
    }

    public func fetch(_ db: Database) throws -> [SearchHit] {
        let match = syntax ? text : Self.ftsQuery(plain: text)
        guard !match.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw QueryError("nothing to search for in '\(text)'")
        }
        let arguments: StatementArguments = [match, highlight.open, highlight.close, sqlLimit(limit)]
        do {
            let articles = try SearchHit.fetchAll(db, sql: """
                SELECT 'article' AS match, a.name AS article, a.title, NULL AS claimant, NULL AS figure,
                       snippet(articles_fts, -1, ?2, ?3, '…', 16) AS snippet, bm25(articles_fts) AS rank
                FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                WHERE articles_fts MATCH ?1
                ORDER BY rank, a.name
                LIMIT ?4
                """, arguments: arguments)
            let claims = try SearchHit.fetchAll(db, sql: """
                SELECT 'claim' AS match, d.article, d.title, d.claimant, d.figure,
                       highlight(claims_fts, 0, ?2, ?3) AS snippet, bm25(claims_fts) AS rank
                FROM claims_fts JOIN claim_details d ON d.claim_id = claims_fts.rowid
                WHERE claims_fts MATCH ?1
                ORDER BY rank, d.article, d.span_start
                LIMIT ?4
                """, arguments: arguments)
            let all = articles + claims
            return limit.map { Array(all.prefix(max(0, $0))) } ?? all
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw QueryError("not a valid FTS5 query: \(error.message ?? "\(error.resultCode)")")
        }
    }
}
