import ClaimKBStore
import Dispatch
import GRDB

/// How one canned query performed over repeated runs.
struct QueryFigures {
    let query: BenchQuery
    var rows = 0
    /// Seconds of each complete run (every row stepped through and its columns read).
    var runs: [Double] = []
    /// Seconds to the first row, per run.
    var firstRow: [Double] = []
    var timedOut = false
    var error: String?

    var p50: Double? { Self.percentile(runs, 0.50) }
    var p95: Double? { Self.percentile(runs, 0.95) }
    var firstRowP95: Double? { Self.percentile(firstRow, 0.95) }

    /// Nearest-rank percentile.
    static func percentile(_ values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}

/// Runs each canned query once to warm the cache, then up to `reps` times (at least 3, within a
/// time budget), stepping through every row as a client that prints them would. A run that takes
/// longer than `timeout` is interrupted and the query reported as timed out.
struct QueryBenchmark {
    let reps: Int
    let budget: Double
    let timeout: Double
    /// Only the queries whose name contains this (`BENCH_QUERIES`); all when nil.
    var only: String?

    func run(databasePath: String) throws -> [QueryFigures] {
        let database = try ClaimDatabase.open(path: databasePath, mode: .readOnly)
        let queries = try database.writer.read { db in try CannedQueries.all(db) }
            .filter { query in only.map(query.name.contains) ?? true }
        return queries.map { query in
            var figures = QueryFigures(query: query)
            var spent = 0.0
            var attempt = 0
            while attempt <= reps {  // attempt 0 is the warm-up
                let interrupt = DispatchWorkItem { database.writer.interrupt() }
                DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: interrupt)
                defer { interrupt.cancel() }
                FirstRow.at = nil
                let start = ContinuousClock.now
                do {
                    let rows = try database.writer.read { db in try query.run(db) }
                    let first = FirstRow.at.map { ($0 - start).seconds }
                    let elapsed = (ContinuousClock.now - start).seconds
                    if attempt > 0 {
                        figures.runs.append(elapsed)
                        if query.streamed { figures.firstRow.append(first ?? elapsed) }
                    }
                    figures.rows = rows
                    spent += elapsed
                } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
                    figures.timedOut = true
                    // A streamed answer's first rows came long before the interruption.
                    if query.streamed, let first = FirstRow.at { figures.firstRow.append((first - start).seconds) }
                    break
                } catch {
                    figures.error = "\(error)"
                    break
                }
                attempt += 1
                if attempt > 3, spent > budget { break }
            }
            return figures
        }
    }
}
