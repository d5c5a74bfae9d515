import Foundation

/// Prints the results as one table: a row per measure, a column per corpus size, then the targets.
struct ReportTable {
    let results: [BenchResult]
    let config: BenchConfig

    func render() -> String {
        var rows: [(String, [String])] = []
        func row(_ label: String, _ cell: (BenchResult) -> String) { rows.append((label, results.map(cell))) }
        func section(_ label: String) { rows.append((label, results.map { _ in "" })) }

        section("ingest (reader → extractor → store(batch:))")
        row("  corpus text, MB") { fixed(Double($0.ingest.rawBytes) / 1e6, 1) }
        row("  articles/s") { grouped($0.ingest.articlesPerSecond) }
        row("  MB/s") { fixed($0.ingest.megabytesPerSecond, 2) }
        row("  claims/s") { grouped($0.ingest.claimsPerSecond) }
        row("  claims/article (planted)") {
            "\(fixed(Double($0.ingest.claims) / Double(max($0.ingest.articles, 1)), 1)) (\(fixed(Double($0.ingest.plantedClaims) / Double(max($0.size, 1)), 1)))"
        }
        row("  time read/extract/store, s") {
            "\(fixed($0.ingest.read.seconds, 2))/\(fixed($0.ingest.extract.seconds, 2))/\(fixed($0.ingest.store.seconds, 2))"
        }
        row("  peak RSS, MB") { $0.ingest.peakResident.map { fixed(Double($0) / 1_048_576, 0) } ?? "n/a" }
        row("  database, KB/article") { fixed(Double($0.ingest.databaseBytes) / 1024 / Double(max($0.size, 1)), 1) }
        row("  database / raw text") { $0.databaseToRaw.map { fixed($0, 2) + "×" } ?? "–" }
        row("  update one article, ms") { ms($0.update) }
        section("floor (text + FTS5 only, index filled per batch)")
        row("  articles/s") { grouped($0.floor.articlesPerSecond) }
        row("  MB/s") { fixed($0.floor.megabytesPerSecond, 2) }
        row("  database / raw text") { fixed(Double($0.floor.databaseBytes) / Double(max($0.floor.rawBytes, 1)), 2) + "×" }
        row("floor, index kept by trigger per row: articles/s") { grouped($0.floorTrigger.articlesPerSecond) }
        row("ingest / floor (target ≥ 0.5)") { $0.ratio.map { fixed($0, 2) } ?? "–" }
        row("ingest / trigger floor") {
            $0.floorTrigger.articles == 0 ? "–" : fixed($0.ingest.articlesPerSecond / $0.floorTrigger.articlesPerSecond, 2)
        }
        if results.contains(where: { $0.cli != nil }) {
            section("claimkb ingest FOLDER (process, files)")
            row("  articles/s") { $0.cli.map { grouped($0.articlesPerSecond) + ($0.status == 0 ? "" : " (exit \($0.status))") } ?? "–" }
            row("  peak RSS, MB") { $0.cli?.peakResident.map { fixed(Double($0) / 1_048_576, 0) } ?? "–" }
        }
        section("queries: p50/p95 ms [rows]")
        let names = results.first?.queries.map(\.query.name) ?? []
        for (i, name) in names.enumerated() {
            row("  " + name) { result in
                guard i < result.queries.count else { return "–" }
                return cell(result.queries[i])
            }
        }

        let labelWidth = rows.map(\.0.count).max() ?? 0
        let widths = results.indices.map { c in
            max(rows.map { $0.1[c].count }.max() ?? 0, "N=\(grouped(Double(results[c].size)))".count)
        }
        var out = "ClaimKB benchmark: seed \(config.seed), \(config.batch) articles per transaction, query runs ≤ \(config.reps)" + "\n"
        out += pad("", labelWidth) + results.enumerated().map { "  " + lpad("N=\(grouped(Double($1.size)))", widths[$0]) }.joined() + "\n"
        for (label, cells) in rows {
            out += pad(label, labelWidth) + cells.enumerated().map { "  " + lpad($1, widths[$0]) }.joined() + "\n"
        }
        out += "\n" + targets()
        return out
    }

    func cell(_ q: QueryFigures) -> String {
        if let error = q.error { return "error: " + error.prefix(30) }
        if q.timedOut && q.runs.isEmpty {
            return "timeout >\(Int(config.queryTimeout)) s" + (q.firstRow.isEmpty ? "" : ", 1st \(ms(q.firstRowP95))")
        }
        var text = "\(ms(q.p50))/\(ms(q.p95)) [\(q.rows)]"
        if q.query.streamed { text += " 1st \(ms(q.firstRowP95))" }
        if q.timedOut { text += " (timeout)" }
        return text
    }

    /// Pass or fail on each target, at the largest size measured.
    func targets() -> String {
        guard let r = results.max(by: { $0.size < $1.size }) else { return "" }
        var lines = ["targets at N=\(grouped(Double(r.size))):"]
        func line(_ ok: Bool, _ text: String) { lines.append("  \(ok ? "pass" : "FAIL")  \(text)") }
        if let ratio = r.ratio {
            line(ratio >= Targets.ratio, "ingest ≥ \(Targets.ratio)× floor: \(fixed(ratio, 2))× (\(grouped(r.ingest.articlesPerSecond)) vs \(grouped(r.floor.articlesPerSecond)) articles/s)")
        } else {
            lines.append("  (ingest ≥ \(Targets.ratio)× floor: floor not measured)")
        }
        let peak = results.compactMap(\.ingest.peakResident).max()
        line((peak ?? 0) < Targets.peakResident, "peak RSS < 200 MB: \(peak.map { fixed(Double($0) / 1_048_576, 0) } ?? "n/a") MB (largest over all sizes)")
        if let size = r.databaseToRaw {
            line(size < Targets.databaseToRaw, "database < 3× raw text: \(fixed(size, 2))×")
        }
        for q in r.queries where !q.query.growsWithCorpus {
            let judged = Targets.judged(q)
            let ok = q.error == nil && !q.timedOut && (judged ?? .infinity) < Targets.queryP95
            line(ok, "\(q.query.name): p95 \(q.timedOut ? "timeout" : ms(judged) + " ms") < 50 ms")
        }
        let growing = r.queries.filter(\.query.growsWithCorpus).map(\.query.name)
        if !growing.isEmpty {
            lines.append("  (not judged: \(growing.joined(separator: ", ")) — answers that grow with the corpus; see their --limit rows)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Formatting

    func ms(_ seconds: Double?) -> String {
        guard let seconds else { return "–" }
        let m = seconds * 1000
        return m < 10 ? fixed(m, 2) : m < 100 ? fixed(m, 1) : grouped(m)
    }

    func fixed(_ x: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", x) }

    func grouped(_ x: Double) -> String {
        guard x.isFinite else { return "∞" }
        return FigureWriter.grouped(Int(x.rounded()))
    }

    func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }
    func lpad(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
}
