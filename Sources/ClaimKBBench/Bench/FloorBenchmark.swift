import Foundation
import GRDB

/// What storing the same texts with no extraction cost: the floor ingest is compared against.
struct FloorFigures {
    var articles = 0
    var rawBytes = 0
    var insert = Stopwatch()
    var databaseBytes = 0

    var articlesPerSecond: Double { Double(articles) / max(insert.seconds, 1e-9) }
    var megabytesPerSecond: Double { Double(rawBytes) / 1e6 / max(insert.seconds, 1e-9) }
}

/// The floor: each article's name and text inserted into a plain table with an external-content
/// FTS5 index (the same tokenizer as `articles_fts`), in batches of the same size, one transaction
/// per batch, through GRDB on a WAL database — and nothing else.
///
/// Two ways to keep the index, because SQLite (3.40 here) makes FTS5 flush its pending terms to a
/// new segment at every statement savepoint once it is in the transaction:
/// - `.trigger`: a trigger per row, as `Migrations/0002` does — one FTS5 segment per article;
/// - `.perBatch`: the rows first, then one `INSERT … SELECT` into the index per batch — one segment
///   per batch. The cheapest way to store text with FTS5, so the floor ingest is judged against.
struct FloorBenchmark {
    enum Indexing { case trigger, perBatch }

    let generator: ArticleGenerator
    let batchSize: Int
    var indexing: Indexing = .perBatch

    static let table = """
        CREATE TABLE docs (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, text TEXT NOT NULL) STRICT;
        CREATE VIRTUAL TABLE docs_fts USING fts5(
            text, content = 'docs', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
        """
    static let trigger = """
        CREATE TRIGGER docs_fts_insert AFTER INSERT ON docs BEGIN
            INSERT INTO docs_fts(rowid, text) VALUES (new.id, new.text);
        END;
        """

    func run(count: Int, databasePath: String) throws -> FloorFigures {
        var figures = FloorFigures()
        var config = Configuration()
        // As ClaimDatabase opens a file for writing.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        let pool = try DatabasePool(path: databasePath, configuration: config)
        let indexing = self.indexing
        try pool.write { db in try db.execute(sql: Self.table + (indexing == .trigger ? Self.trigger : "")) }
        var batch: [(String, String)] = []
        batch.reserveCapacity(batchSize)

        func flush() throws {
            guard !batch.isEmpty else { return }
            let rows = batch
            try figures.insert.time {
                try pool.write { db in
                    let insert = try db.cachedStatement(sql: "INSERT INTO docs(name, text) VALUES (?, ?)")
                    var first: Int64?
                    for (name, text) in rows {
                        try insert.execute(arguments: [name, text])
                        if first == nil { first = db.lastInsertedRowID }
                    }
                    if indexing == .perBatch, let first {
                        try db.execute(sql: "INSERT INTO docs_fts(rowid, text) SELECT id, text FROM docs WHERE id >= ?",
                                       arguments: [first])
                    }
                }
            }
            figures.articles += rows.count
            batch.removeAll(keepingCapacity: true)
        }

        for index in 0..<count {
            let article = generator.article(index)
            figures.rawBytes += article.text.utf8.count
            batch.append((article.name, article.text))
            if batch.count >= batchSize { try flush() }
        }
        try flush()
        _ = try pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        figures.databaseBytes = DatabaseFiles.size(of: databasePath)
        return figures
    }
}
