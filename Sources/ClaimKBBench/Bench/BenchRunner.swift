import ClaimKBStore
import Foundation
import GRDB

/// Runs the whole benchmark at each size, checking as it goes that the pipeline really stored
/// what it was given and that the queries answer.
struct BenchRunner {
    let config: BenchConfig

    func run() throws -> [BenchResult] {
        let folder = try workFolder()
        defer { if !config.keep && config.directory == nil { try? FileManager.default.removeItem(atPath: folder) } }
        let generator = ArticleGenerator(seed: config.seed)
        var results: [BenchResult] = []
        for size in config.sizes {
            let ingestPath = folder + "/ingest-\(size).sqlite", floorPath = folder + "/floor-\(size).sqlite"
            if config.only == .queries {
                guard FileManager.default.fileExists(atPath: ingestPath) else {
                    throw BenchError("\(ingestPath): no database (run with BENCH_N=\(size) BENCH_KEEP=1 BENCH_DIR first)")
                }
                _ = try ClaimDatabase.open(path: ingestPath)  // brings an older schema up to date
                note("N=\(size): queries …")
                var ingest = IngestFigures()
                ingest.databaseBytes = DatabaseFiles.size(of: ingestPath)
                let queries = try timeQueries(databasePath: ingestPath)
                results.append(BenchResult(size: size, ingest: ingest, floor: FloorFigures(), floorTrigger: FloorFigures(), queries: queries))
                continue
            }
            for path in [ingestPath, floorPath] { DatabaseFiles.remove(path) }

            if config.only == .floor {
                let floor = try FloorBenchmark(generator: generator, batchSize: config.batch).run(count: size, databasePath: floorPath)
                note("N=\(size): floor \(floor.articles) articles in \(floor.insert.seconds) s")
                DatabaseFiles.remove(floorPath)
                let trigger = try FloorBenchmark(generator: generator, batchSize: config.batch, indexing: .trigger)
                    .run(count: size, databasePath: floorPath)
                note("N=\(size): floor with trigger \(trigger.articles) articles in \(trigger.insert.seconds) s")
                if !config.keep { DatabaseFiles.remove(floorPath) }
                results.append(BenchResult(size: size, ingest: IngestFigures(), floor: floor, floorTrigger: trigger, queries: []))
                continue
            }
            note("N=\(size): ingest …")
            let step = max(config.batch, size / 10 / config.batch * config.batch)
            let profile = config.profileSQL ? StatementProfile() : nil
            let ingest = try IngestBenchmark(generator: generator, batchSize: config.batch, profile: profile)
                .run(count: size, databasePath: ingestPath) { done in
                    if done % step == 0 || done == size { note("  \(done)/\(size)") }
                }
            if let profile { note("N=\(size): the store's costliest statements\n" + profile.report().joined(separator: "\n")) }
            if config.only == .ingest {
                note("N=\(size): \(ingest.articles) articles, \(ingest.claims) claims in \(ingest.pipelineSeconds) s")
                if !config.keep { DatabaseFiles.remove(ingestPath) }
                results.append(BenchResult(size: size, ingest: ingest, floor: FloorFigures(), floorTrigger: FloorFigures(), queries: []))
                continue
            }
            note("N=\(size): floor …")
            let floor = try FloorBenchmark(generator: generator, batchSize: config.batch).run(count: size, databasePath: floorPath)
            DatabaseFiles.remove(floorPath)
            let floorTrigger = try FloorBenchmark(generator: generator, batchSize: config.batch, indexing: .trigger)
                .run(count: size, databasePath: floorPath)
            note("N=\(size): queries …")
            let queries = try timeQueries(databasePath: ingestPath)
            var result = BenchResult(size: size, ingest: ingest, floor: floor, floorTrigger: floorTrigger, queries: queries)
            result.update = try UpdateBenchmark(generator: generator).run(databasePath: ingestPath)
            result.problems = try check(result, databasePath: ingestPath)
            if let claimkb = config.claimkb, size <= 10_000 {
                note("N=\(size): claimkb ingest …")
                let cliPath = folder + "/cli-\(size).sqlite"
                DatabaseFiles.remove(cliPath)
                let cli = try CLIBenchmark(executable: claimkb, generator: generator)
                    .run(count: size, folder: folder + "/corpus-\(size)", databasePath: cliPath)
                if cli.status != 0 { result.problems.append("claimkb ingest exited with status \(cli.status)") }
                result.cli = cli
                if !config.keep { DatabaseFiles.remove(cliPath) }
            }
            if !config.keep { for path in [ingestPath, floorPath] { DatabaseFiles.remove(path) } }
            results.append(result)
        }
        return results
    }

    private func timeQueries(databasePath: String) throws -> [QueryFigures] {
        try QueryBenchmark(reps: config.reps, budget: config.queryBudget, timeout: config.queryTimeout, only: config.queryFilter)
            .run(databasePath: databasePath)
    }

    /// What must hold whatever the speed: every article stored once, the claims counted are the
    /// claims in the database, and the queries answer without error (with rows, where they must).
    func check(_ r: BenchResult, databasePath: String) throws -> [String] {
        var problems = r.ingest.failures.prefix(5).map { "not ingested: \($0)" }
        if r.ingest.failures.count > 5 { problems.append("… and \(r.ingest.failures.count - 5) more articles not ingested") }
        let database = try ClaimDatabase.open(path: databasePath, mode: .readOnly)
        let (articles, claims) = try database.writer.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM claims") ?? 0)
        }
        if articles != r.size { problems.append("\(articles) articles in the database, expected \(r.size)") }
        if claims != r.ingest.claims { problems.append("\(claims) claims in the database, the extractor gave \(r.ingest.claims)") }
        if claims == 0, !config.allowEmpty {
            problems.append("no claims extracted from \(r.size) articles (BENCH_ALLOW_EMPTY=1 to time the harness anyway)")
        }
        for floor in [r.floor, r.floorTrigger] where floor.articles != r.size {
            problems.append("floor stored \(floor.articles) articles, expected \(r.size)")
        }
        for q in r.queries {
            if let error = q.error { problems.append("query \(q.query.name): \(error)") }
            let expectRows = q.query.mustReturnRows && (!q.query.needsClaims || claims > 0)
            if expectRows, !q.timedOut, q.error == nil, q.rows == 0 { problems.append("query \(q.query.name) returned no rows") }
        }
        return problems.map { "N=\(r.size): \($0)" }
    }

    private func workFolder() throws -> String {
        let folder = config.directory
            ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("claimkb-bench-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// Progress goes to stderr, a line each; the table alone goes to stdout.
func note(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
