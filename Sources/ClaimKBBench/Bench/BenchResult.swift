/// Everything measured at one corpus size.
struct BenchResult {
    let size: Int
    var ingest: IngestFigures
    /// The floor: text and FTS5 index only, the index filled once per batch.
    var floor: FloorFigures
    /// The same with the index kept by a trigger per row, as the real schema does.
    var floorTrigger: FloorFigures
    var queries: [QueryFigures]
    var cli: CLIFigures?
    /// Seconds to store one changed article again, once the corpus is in.
    var update: Double?
    /// Checks that failed at this size (the exit status is 1 if any did).
    var problems: [String] = []

    /// Ingest speed over the floor's; nil when the floor was not measured (`BENCH_ONLY`).
    var ratio: Double? { floor.articles > 0 ? ingest.articlesPerSecond / floor.articlesPerSecond : nil }
    /// Nil when the ingest was not run (`BENCH_ONLY=queries`, `floor`).
    var databaseToRaw: Double? { ingest.rawBytes > 0 ? Double(ingest.databaseBytes) / Double(ingest.rawBytes) : nil }
}

/// The targets of issue 6, checked on the figures.
enum Targets {
    static let ratio = 0.5
    static let peakResident = 200 * 1024 * 1024
    static let databaseToRaw = 3.0
    static let queryP95 = 0.050

    /// The latency a query is judged on: the whole answer; answers that grow with the corpus are
    /// reported but judged through their `--limit` variant.
    static func judged(_ q: QueryFigures) -> Double? { q.p95 }
}
