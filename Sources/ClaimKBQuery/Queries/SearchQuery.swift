import Foundation
import GRDB

/// A place where the searched words occur: an article (title or text) or a claim's sentence.
public struct SearchHit: QueryRow, Equatable {
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
    /// FTS5 bm25 rank of the article: lower is better.
    public var rank: Double

    init(match: String, article: String, title: String?, claimant: String?, figure: String?, snippet: String, rank: Double) {
        (self.match, self.article, self.title, self.claimant) = (match, article, title, claimant)
        (self.figure, self.snippet, self.rank) = (figure, snippet, rank)
    }

    public init(row: QueryColumns) throws {
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

/// `search TEXT`: full-text search (FTS5) over article titles and text, and the claims whose
/// sentences hold the words. Articles come first, best match first, then claims in the same
/// order of articles.
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
        do {
            let articles = try SearchHit.fetchAll(db, sql: """
                SELECT 'article' AS match, a.name AS article, a.title, NULL AS claimant, NULL AS figure,
                       snippet(articles_fts, -1, ?2, ?3, '…', 16) AS snippet, bm25(articles_fts) AS rank
                FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                WHERE articles_fts MATCH ?1 \(rankedWindow)
                ORDER BY rank, a.name
                LIMIT ?4
                """, arguments: [match, highlight.open, highlight.close, sqlLimit(limit)])
            let room = limit.map { max(0, $0 - articles.count) }
            return articles + (room == 0 ? [] : try claimHits(match, limit: room, in: db))
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw QueryError("not a valid FTS5 query: \(error.message ?? "\(error.resultCode)")")
        }
    }

    /// With a limit, only the most recently stored 5,000 matching articles are ranked: ranking
    /// scores every match, and a common word matches most of a large corpus. (The first page is
    /// then the best of the recent matches; without a limit every match is ranked.)
    private var rankedWindow: String {
        guard limit != nil else { return "" }
        return """
            AND articles_fts.rowid >= (SELECT min(rowid) FROM (
                SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1 ORDER BY rowid DESC LIMIT 5000))
            """
    }

    /// Claims whose sentence holds a match, in the matching articles' order (best first), then
    /// by position. FTS5 marks the matches in each article's text with two noncharacters; a
    /// claim is a hit when a mark falls in its span (for plain words: when every word does).
    private func claimHits(_ match: String, limit: Int?, in db: Database) throws -> [SearchHit] {
        let (open, close) = (Self.openMark, Self.closeMark)
        let words = syntax ? [] : Set(Self.ftsQuery(plain: text).split(separator: " ").map { Self.fold($0.dropFirst().dropLast()) })
        let articles = try GRDB.Row.fetchCursor(db, sql: """
            SELECT a.id, bm25(articles_fts) AS rank, highlight(articles_fts, 0, ?2, ?3) AS marked
            FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH ?1 \(rankedWindow)
            ORDER BY rank, a.name
            """, arguments: [match, String(open), String(close)])
        var hits: [SearchHit] = []
        while let article = try articles.next() {
            let matches = Self.marks(in: article["marked"], open: open, close: close)
            if matches.isEmpty { continue }  // the match was in the title
            let spans = try GRDB.Row.fetchAll(db, sql: """
                SELECT id, span_start, span_end FROM claims WHERE article_id = ? ORDER BY span_start, id
                """, arguments: [article["id"] as Int64])
            for span in spans {
                let start: Int = span["span_start"], end: Int = span["span_end"]
                let inside = matches.filter { $0.range.lowerBound >= start && $0.range.upperBound <= end }
                guard !inside.isEmpty, words.isSubset(of: Set(inside.map(\.folded))) else { continue }
                guard let claim = try GRDB.Row.fetchOne(db, sql: """
                    SELECT article, title, claimant, figure, evidence FROM claim_details WHERE claim_id = ?
                    """, arguments: [span["id"] as Int64]) else { continue }
                hits.append(SearchHit(
                    match: "claim", article: claim["article"], title: claim["title"], claimant: claim["claimant"],
                    figure: claim["figure"],
                    snippet: Self.mark(claim["evidence"], at: inside.map { ($0.range.lowerBound - start)..<($0.range.upperBound - start) },
                                       open: highlight.open, close: highlight.close),
                    rank: article["rank"]))
                if let limit, hits.count >= limit { return hits }
            }
        }
        return hits
    }

    /// Noncharacters: never in stored text, so they can only be FTS5's marks.
    static let openMark = Unicode.Scalar(0xFDD0)!
    static let closeMark = Unicode.Scalar(0xFDD1)!

    /// The marked stretches of `marked`, in scalar offsets of the text without marks, with
    /// their words folded as FTS5 folds them (case and diacritics).
    static func marks(in marked: String, open: Unicode.Scalar, close: Unicode.Scalar) -> [(range: Range<Int>, folded: String)] {
        var found: [(range: Range<Int>, folded: String)] = []
        var offset = 0
        var start: Int?
        var words = String.UnicodeScalarView()
        for scalar in marked.unicodeScalars {
            if scalar == open {
                start = offset
                words = String.UnicodeScalarView()
            } else if scalar == close, let begun = start {
                found.append((begun..<offset, fold(Substring(String(words)))))
                start = nil
            } else {
                if start != nil { words.append(scalar) }
                offset += 1
            }
        }
        return found
    }

    static func fold(_ word: Substring) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// `text` with `open`/`close` around each range (scalar offsets, ascending).
    static func mark(_ text: String, at ranges: [Range<Int>], open: String, close: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var at = 0
        for r in ranges where r.lowerBound >= at && r.upperBound <= scalars.count {
            out.unicodeScalars.append(contentsOf: scalars[at..<r.lowerBound])
            out += open
            out.unicodeScalars.append(contentsOf: scalars[r])
            out += close
            at = r.upperBound
        }
        out.unicodeScalars.append(contentsOf: scalars[at...])
        return out
    }
}
