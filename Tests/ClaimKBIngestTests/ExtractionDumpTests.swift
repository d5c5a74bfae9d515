import ClaimKBIngest
import ClaimKBModel
import Foundation
import Testing

/// Prints every extraction of the fixtures when CLAIMKB_DUMP is set: a reading aid, asserts nothing.
@Test(.enabled(if: ProcessInfo.processInfo.environment["CLAIMKB_DUMP"] != nil))
func dumpFixtureExtractions() throws {
    let which = ProcessInfo.processInfo.environment["CLAIMKB_DUMP"] ?? ""
    let articles = (try Fixtures.seeds()) + (try Fixtures.stories())
    for a in articles where which.isEmpty || which == "1" || a.name.hasPrefix(which) {
        let x = Fixtures.extractor.extract(a)
        print("=== \(a.name)")
        for e in x.entities {
            print("E \(e.type.rawValue)\t\(e.name)\t[\(e.aliases.joined(separator: "|"))]\trole=\(e.role ?? "")\taff=\(e.affiliation ?? "")")
        }
        for c in x.claims {
            let q = c.quantity.map { "\($0.low)-\($0.high) \($0.qualifier.rawValue) \($0.unit ?? "") '\($0.text)'" } ?? ""
            let src = c.sources.map { "\($0.role.rawValue):\($0.entity.name)" }.joined(separator: ",")
            print("C \(c.kind)\t\(q)\t\(c.modality.rawValue)\t\(c.polarity.rawValue)\tcounted=\(c.counted ?? "")\tplace=\(c.place?.name ?? "")\tdate=\(c.claimDate ?? "")/\(c.dateText ?? "")\t\(src)\t\(c.rule)\n   \(c.evidence.prefix(160))")
        }
    }
    for gold in ["gold/troop-claims.tsv", "gold/other-quantity-claims.tsv", "stories/expected.tsv"] {
        let report = try GoldEvaluation(tsv: Fixtures.text(gold), exhaustive: gold.hasPrefix("stories") ? true : nil)
            .evaluate(articles.map { Fixtures.extractor.extract($0) })
        print("--- \(gold)")
        for d in report.details { print(d) }
        print(report.summary)
    }
}

/// Prints the extraction of the text in CLAIMKB_SCRATCH: for trying a sentence while writing a rule.
@Test(.enabled(if: ProcessInfo.processInfo.environment["CLAIMKB_SCRATCH"] != nil))
func dumpScratchSentence() {
    let text = ProcessInfo.processInfo.environment["CLAIMKB_SCRATCH"] ?? ""
    let x = Fixtures.extractor.extract(article(text, published: "2024-10-28"))
    for e in x.entities { print("E \(e.type.rawValue)\t\(e.name)\t\(e.aliases)\trole=\(e.role ?? "")\taff=\(e.affiliation ?? "")") }
    for m in x.mentions { print("M \(m.entity.name)\t'\(m.text)'") }
    for c in x.claims {
        print("C \(c.kind) \(c.quantity.map { "\($0.low)-\($0.high) \($0.qualifier)" } ?? "") \(c.modality) \(c.polarity) "
            + "\(c.sources.map { "\($0.role):\($0.entity.name)" }) \(c.rule)")
    }
}
