import Foundation

/// What `claimkb ingest` cost on the corpus written as files.
struct CLIFigures {
    var articles = 0
    var seconds = 0.0
    var status: Int32 = 0
    /// Peak resident memory of the child, from getrusage.
    var peakResident: Int?
    var articlesPerSecond: Double { Double(articles) / max(seconds, 1e-9) }
}

/// Times the installed executable end to end: process start, folder walk, reads, extraction, store.
struct CLIBenchmark {
    let executable: String
    let generator: ArticleGenerator

    func run(count: Int, folder: String, databasePath: String) throws -> CLIFigures {
        try CorpusWriter(generator: generator).write(count: count, to: folder)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["ingest", "--db", databasePath, "--quiet", folder]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = ContinuousClock.now
        try process.run()
        process.waitUntilExit()
        var figures = CLIFigures(articles: count)
        figures.seconds = (ContinuousClock.now - start).seconds
        figures.status = process.terminationStatus
        var usage = rusage()
        if getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage) == 0 { figures.peakResident = Int(usage.ru_maxrss) * 1024 }
        try? FileManager.default.removeItem(atPath: folder)
        return figures
    }
}
