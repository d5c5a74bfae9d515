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
/// FTS5 index kept by a trigger (the same tokenizer as `articles_fts`), in batches of the same size,
/// one transaction per batch, through GRDB on a WAL database — and nothing else.
struct FloorBenchmark {
    let generator: ArticleGenerator
    let batchSize: Int

    static let schema = """
        CREATE TABLE docs (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, text TEXT NOT NULL) STRICT;
        CREATE VIRTUAL TABLE docs_fts USING fts5(
            text, content = 'docs', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
        CREATE TRIGGER docs_fts_insert AFTER INSERT ON docs BEGIN
            INSERT INTO docs_fts(rowid, text) VALUES (new.id, new.text);
        END;
        """

    func run(count: Int, databasePath: String) throws -> FloorFigures {
        var figures = FloorFigures()
        let pool = try DatabasePool(path: databasePath)
        try pool.write { db in try db.execute(sql: Self.schema) }
        var batch: [(String, String)] = []
        batch.reserveCapacity(batchSize)

        func flush() throws {
            guard !batch.isEmpty else { return }
            let rows = batch
            try figures.insert.time {
                try pool.write { db in
                    let insert = try db.cachedStatement(sql: "INSERT INTO docs(name, text) VALUES (?, ?)")
                    for (name, text) in rows { try insert.execute(arguments: [name, text]) }
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
