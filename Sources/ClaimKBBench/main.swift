import Foundation

// claimkb-bench: the synthetic corpus, ingest and query timings of `make bench`.
//
//   claimkb-bench                      run the benchmark (settings from BENCH_* variables, see BenchConfig)
//   claimkb-bench corpus DIR [N]       write N synthetic articles (default 1000) as files into DIR
//
// Exit status: 0 when every check held (targets are reported, not enforced), 1 when a check
// failed, 64 for a usage error.

let arguments = Array(CommandLine.arguments.dropFirst())
let usage = """
    usage: claimkb-bench                  (BENCH_N=1000,10000 BENCH_REPS=20 …)
           claimkb-bench corpus DIR [N]   write N synthetic articles into DIR
    """

if arguments.first == "-h" || arguments.first == "--help" {
    print(usage)
    exit(0)
}

do {
    let config = try BenchConfig.fromEnvironment()
    if arguments.first == "corpus" {
        guard arguments.count >= 2, arguments.count <= 3, let count = arguments.count == 3 ? Int(arguments[2]) : 1000, count > 0 else {
            note(usage)
            exit(64)
        }
        let bytes = try CorpusWriter(generator: ArticleGenerator(seed: config.seed)).write(count: count, to: arguments[1])
        note("\(count) articles, \(bytes) bytes, in \(arguments[1])")
        exit(0)
    }
    guard arguments.isEmpty else {
        note(usage)
        exit(64)
    }
    let results = try BenchRunner(config: config).run()
    print(ReportTable(results: results, config: config).render(), terminator: "")
    let problems = results.flatMap(\.problems)
    for problem in problems { note("claimkb-bench: check failed: \(problem)") }
    exit(problems.isEmpty ? 0 : 1)
} catch {
    note("claimkb-bench: \(error)")
    exit(1)
}
