import ClaimKBIngest
import ClaimKBModel
import ClaimKBStore
import Foundation
import GRDB

/// What one ingest of N synthetic articles cost.
struct IngestFigures {
    var articles = 0
    /// UTF-8 bytes of the articles' text, as the files would hold them.
    var rawBytes = 0
    var claims = 0
    var plantedClaims = 0
    var failures: [String] = []
    var read = Stopwatch(), extract = Stopwatch(), store = Stopwatch(), generate = Stopwatch()
    var peakResident: Int?
    var databaseBytes = 0

    /// Time in the pipeline proper: reading, extraction, storing (not making the corpus).
    var pipelineSeconds: Double { read.seconds + extract.seconds + store.seconds }
    var articlesPerSecond: Double { Double(articles) / max(pipelineSeconds, 1e-9) }
    var megabytesPerSecond: Double { Double(rawBytes) / 1e6 / max(pipelineSeconds, 1e-9) }
    var claimsPerSecond: Double { Double(claims) / max(pipelineSeconds, 1e-9) }
}

/// Streams a synthetic corpus through the real pipeline — `ArticleReader` → `Extractor` →
/// `ClaimDatabase.store(batch:)` — into a fresh database file, timing each stage. Only one batch
/// of extractions is held at a time.
struct IngestBenchmark {
    let generator: ArticleGenerator
    let batchSize: Int
    var profile: StatementProfile?

    func run(count: Int, databasePath: String, progress: (Int) -> Void = { _ in }) throws -> IngestFigures {
        var figures = IngestFigures()
        ProcessMemory.resetPeak()
        let database = try ClaimDatabase.open(path: databasePath, mode: .readWrite)
        try profile?.install(on: database.writer)
        let reader = ArticleReader(options: ReadOptions())
        let extractor = Extractor(lexicon: try Lexicon.builtIn())
        var pending: [Extraction] = []
        pending.reserveCapacity(batchSize)

        func flush() throws {
            guard !pending.isEmpty else { return }
            let batch = pending
            let results = try figures.store.time { try database.store(batch: batch) }
            for (extraction, result) in zip(batch, results) {
                switch result {
                case .success(.ingested):
                    figures.articles += 1
                    figures.claims += extraction.claims.count
                case .success(let outcome):
                    figures.failures.append("\(extraction.article.name): \(outcome.rawValue), expected ingested")
                case .failure(let error):
                    figures.failures.append("\(extraction.article.name): \(error)")
                }
            }
            pending.removeAll(keepingCapacity: true)
        }

        for index in 0..<count {
            let (generated, data) = figures.generate.time { () -> (GeneratedArticle, Data) in
                let g = generator.article(index)
                return (g, Data(g.text.utf8))
            }
            figures.rawBytes += data.count
            figures.plantedClaims += generated.plantedClaims
            let articles: [Article]
            do {
                articles = try figures.read.time { try reader.read(data, name: generated.fileName).articles }
            } catch {
                figures.failures.append("\(generated.fileName): \(error)")
                continue
            }
            for article in articles {
                pending.append(figures.extract.time { extractor.extract(article) })
            }
            if pending.count >= batchSize {
                try flush()
                progress(index + 1)
            }
        }
        try flush()
        if count % batchSize != 0 { progress(count) }
        figures.peakResident = ProcessMemory.peakResident()
        _ = try database.writer.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        figures.databaseBytes = DatabaseFiles.size(of: databasePath)
        return figures
    }
}

/// Sizes and removal of a database file with its WAL and shared-memory files.
enum DatabaseFiles {
    static let suffixes = ["", "-wal", "-shm"]

    static func size(of path: String) -> Int {
        suffixes.reduce(0) { total, suffix in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path + suffix)
            return total + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
        }
    }

    static func remove(_ path: String) {
        for suffix in suffixes { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
