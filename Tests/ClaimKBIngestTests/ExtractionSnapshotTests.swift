import ClaimKBIngest
import ClaimKBModel
import Foundation
import Testing

/// Everything extracted from the seed and story fixtures, field by field, against a checked-in snapshot: work
/// that must not change the output (performance, refactoring) keeps it byte-identical.
///
/// A change that is meant to alter extraction rewrites the snapshot and shows the difference in review:
///
///     CLAIMKB_UPDATE_SNAPSHOT=1 swift test --filter extractionMatchesSnapshot
@Test func extractionMatchesSnapshot() throws {
    let articles = (try Fixtures.seeds()) + (try Fixtures.stories())
    let dump = articles.map { snapshotLines(Fixtures.extractor.extract($0)) }.joined()
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/extraction-snapshot.txt")
    if ProcessInfo.processInfo.environment["CLAIMKB_UPDATE_SNAPSHOT"] != nil {
        try dump.write(to: source, atomically: true, encoding: .utf8)
        return
    }
    let expected = try Fixtures.text("extraction-snapshot.txt")
    guard dump != expected else { return }
    let got = dump.split(separator: "\n", omittingEmptySubsequences: false)
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let line = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
    Issue.record("""
        extraction differs from Fixtures/extraction-snapshot.txt at line \(line + 1):
          got:      \(line < got.count ? got[line] : "(end)")
          expected: \(line < want.count ? want[line] : "(end)")
        (CLAIMKB_UPDATE_SNAPSHOT=1 rewrites the snapshot when the change is intended)
        """)
}

/// One line per entity, mention and claim; evidence and mention texts are left out (their spans fix them).
private func snapshotLines(_ x: Extraction) -> String {
    func opt(_ s: String?) -> String { s ?? "-" }
    func key(_ k: EntityKey?) -> String { k.map { "\($0.type.rawValue):\($0.name)" } ?? "-" }
    var out = "=== \(x.article.name) \(x.extractorVersion)\n"
    for e in x.entities {
        out += "E \(e.type.rawValue):\(e.name)\trole=\(opt(e.role))\taff=\(opt(e.affiliation))\tdesc=\(opt(e.description))"
            + "\taliases=\(e.aliases.joined(separator: "|"))\n"
    }
    for m in x.mentions { out += "M \(m.span.start)-\(m.span.end)\t\(key(m.entity))\n" }
    for c in x.claims {
        let q = c.quantity.map { "\($0.low)..\($0.high) \(opt($0.unit)) \($0.qualifier.rawValue) '\($0.text)'" } ?? "-"
        let sources = c.sources.map { "\($0.role.rawValue)=\(key($0.entity))'\($0.text)'" }.joined(separator: ",")
        out += "C \(c.span.start)-\(c.span.end)\t\(c.kind)\tcounted=\(opt(c.counted))\t\(q)\t\(c.modality.rawValue)"
            + "\t\(c.polarity.rawValue)\tplace=\(key(c.place))\tdate=\(opt(c.claimDate))/\(opt(c.dateText))"
            + "\t\(sources)\t\(c.rule)\n"
    }
    return out
}
