import ClaimKBIngest
import ClaimKBModel
import ClaimKBStore
import Foundation

/// One `claimkb ingest`: walks the inputs, reads, extracts, and stores in batches, reporting
/// each input on stderr and keeping the tally for the closing summary.
struct IngestRun {
    struct Summary {
        var ingested = 0, unchanged = 0, updated = 0, failed = 0, claims = 0
        var line: String {
            "\(ingested) ingested, \(updated) updated, \(unchanged) unchanged, \(failed) failed (\(claims) claims stored)"
        }
    }

    let database: ClaimDatabase
    let reader: ArticleReader
    let extractor: Extractor
    let batchSize: Int
    let verbose: Bool
    private(set) var summary = Summary()

    /// Extractions waiting to be stored, with the input each came from.
    private var pending: [(label: String, extraction: Extraction)] = []
    /// UTF-8 bytes of the pending articles' text: a batch of large files is stored early, so
    /// that memory stays bounded whatever the files' size.
    private var pendingBytes = 0
    static let maxPendingBytes = 16 << 20  // the `--batch` help text says so
    private var seen = 0
    private let started = Date()

    init(database: ClaimDatabase, reader: ArticleReader, extractor: Extractor, batchSize: Int, verbose: Bool) {
        self.database = database
        self.reader = reader
        self.extractor = extractor
        self.batchSize = batchSize
        self.verbose = verbose
    }

    mutating func ingest(_ paths: [String]) throws {
        let inputs = InputFiles(paths: paths)
        for failure in inputs.errors {
            fail(failure.path, failure.reason)
        }
        for input in inputs.inputs {
            let data: Data
            do { data = try input.load(maxBytes: reader.options.maxBytes) } catch { fail(input.path, "\(error)"); continue }
            do {
                let (articles, warnings) = try reader.read(data, name: input.name)
                for warning in warnings { Console.error("\(input.path): warning: \(warning)") }
                for article in articles {
                    let label = articles.count > 1 ? "\(input.path) [\(article.name)]" : input.path
                    pending.append((label, extractor.extract(article)))
                    pendingBytes += article.text.utf8.count
                    if pending.count >= batchSize || pendingBytes >= Self.maxPendingBytes { try flush() }
                }
            } catch let error as ReadError {
                fail(input.path, error.description)
            }
        }
        try flush()
    }

    private mutating func flush() throws {
        guard !pending.isEmpty else { return }
        let results: [Result<StoreOutcome, Error>]
        do {
            results = try database.store(batch: pending.map(\.extraction))
        } catch {
            throw CLIError("\(database.path ?? "database"): \(error)")
        }
        for ((label, extraction), result) in zip(pending, results) {
            switch result {
            case .success(let outcome):
                let claims = extraction.claims.count
                switch outcome {
                case .ingested: summary.ingested += 1; summary.claims += claims
                case .updated: summary.updated += 1; summary.claims += claims
                case .unchanged: summary.unchanged += 1
                }
                if verbose, seenIsSmall {
                    let detail = outcome == .unchanged ? "" : claims == 0 ? " (no claims found)" : " (\(claims) claims)"
                    Console.error("\(label): \(outcome.rawValue)\(detail)")
                }
            case .failure(let error):
                fail(label, "not stored: \(error)")
            }
        }
        seen += pending.count
        pending.removeAll(keepingCapacity: true)
        pendingBytes = 0
        if verbose, !seenIsSmall {
            let rate = Double(seen) / max(Date().timeIntervalSince(started), 0.001)
            Console.error("… \(seen) articles (\(Int(rate))/s)")
        }
    }

    /// Per-article lines for small runs; a progress line per batch for large ones.
    private var seenIsSmall: Bool { seen < 100 }

    private mutating func fail(_ path: String, _ reason: String) {
        summary.failed += 1
        Console.error("\(path): \(reason)")
    }
}
