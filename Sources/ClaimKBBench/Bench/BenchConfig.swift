import Foundation

/// What to run, from the environment, so `make bench` and a shell can choose without flags.
///
///     BENCH_N=1000,10000,100000   corpus sizes (default 1000,10000)
///     BENCH_BATCH=1000            articles per transaction (the CLI's default)
///     BENCH_REPS=20               runs of each query (after one warm-up)
///     BENCH_QUERY_BUDGET=10       seconds one query may use for all its runs (at least 3 runs)
///     BENCH_QUERY_TIMEOUT=30      seconds after which a single run is interrupted
///     BENCH_SEED=2026             corpus seed
///     BENCH_DIR=/tmp/x            where databases go (default: a fresh temp folder, removed after)
///     BENCH_KEEP=1                keep the databases
///     BENCH_ALLOW_EMPTY=1         do not fail when no claims are extracted (placeholder extractor)
///     BENCH_ONLY=ingest|floor     run only that phase (for profiling: `valgrind --tool=callgrind`)
///     BENCH_ONLY=queries          time the queries on the database a BENCH_KEEP=1 run left in BENCH_DIR
///     BENCH_QUERIES=sources       time only the queries whose name contains this
///     BENCH_CLAIMKB=path          also time `claimkb ingest` on the corpus written as files (N ≤ 10,000)
///     BENCH_PROFILE_SQL=1         print the ingest's costliest SQL statements (SQLite's own timings)
struct BenchConfig {
    var sizes: [Int] = [1_000, 10_000]
    var batch = 1_000
    var reps = 20
    var queryBudget = 10.0
    var queryTimeout = 30.0
    var seed: UInt64 = 2026
    var directory: String?
    var keep = false
    var allowEmpty = false
    var claimkb: String?
    var only: Phase?
    var queryFilter: String?
    var profileSQL = false

    /// The part of the benchmark that `BENCH_ONLY` runs alone.
    enum Phase: String { case ingest, floor, queries }

    static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) throws -> BenchConfig {
        var config = BenchConfig()
        if let text = env["BENCH_N"], !text.isEmpty {
            config.sizes = try text.split(separator: ",").map { part in
                let clean = part.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
                guard let n = Int(clean), n > 0 else { throw BenchError("BENCH_N: '\(part)' is not a positive count") }
                return n
            }
        }
        func int(_ key: String, _ value: inout Int) throws {
            guard let text = env[key], !text.isEmpty else { return }
            guard let n = Int(text), n > 0 else { throw BenchError("\(key): '\(text)' is not a positive integer") }
            value = n
        }
        func double(_ key: String, _ value: inout Double) throws {
            guard let text = env[key], !text.isEmpty else { return }
            guard let x = Double(text), x > 0 else { throw BenchError("\(key): '\(text)' is not a positive number") }
            value = x
        }
        try int("BENCH_BATCH", &config.batch)
        try int("BENCH_REPS", &config.reps)
        try double("BENCH_QUERY_BUDGET", &config.queryBudget)
        try double("BENCH_QUERY_TIMEOUT", &config.queryTimeout)
        if let text = env["BENCH_SEED"], !text.isEmpty {
            guard let s = UInt64(text) else { throw BenchError("BENCH_SEED: '\(text)' is not a number") }
            config.seed = s
        }
        config.directory = env["BENCH_DIR"].flatMap { $0.isEmpty ? nil : $0 }
        config.keep = env["BENCH_KEEP"] == "1"
        config.allowEmpty = env["BENCH_ALLOW_EMPTY"] == "1"
        config.profileSQL = env["BENCH_PROFILE_SQL"] == "1"
        if let text = env["BENCH_ONLY"], !text.isEmpty {
            guard let phase = Phase(rawValue: text) else { throw BenchError("BENCH_ONLY: '\(text)' is not ingest, floor or queries") }
            guard phase != .queries || config.directory != nil else { throw BenchError("BENCH_ONLY=queries needs BENCH_DIR") }
            config.only = phase
        }
        config.queryFilter = env["BENCH_QUERIES"].flatMap { $0.isEmpty ? nil : $0 }
        config.claimkb = env["BENCH_CLAIMKB"].flatMap { $0.isEmpty ? nil : $0 }
        return config
    }
}

/// A failure of the benchmark itself (bad settings, a check that did not hold): one line.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
