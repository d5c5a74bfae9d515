import ClaimKBIngest
import ClaimKBModel
import ClaimKBStore
import Foundation
import GRDB
import Testing

/// The store keeps estimates, source counts and entity counts as rows updated batch by batch
/// (Migrations/0005). Whatever the order of ingests and updates, they must read exactly as in
/// a database built at once from the articles that remain.
@Suite("precomputed rows")
struct PrecomputedRowsTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ClaimKBIngestTests/Fixtures")

    /// The seed and story fixtures, read and extracted.
    static func extractions() throws -> [Extraction] {
        let reader = ArticleReader()
        let extractor = Extractor(lexicon: try .builtIn())
        var all: [Extraction] = []
        for folder in ["seeds", "stories"] {
            let dir = fixtures.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".txt") {
                let data = try Data(contentsOf: dir.appendingPathComponent(name))
                all += try reader.read(data, name: String(name.dropLast(4))).articles.map(extractor.extract)
            }
        }
        return all
    }

    /// What the views answer, without row ids (which differ between two databases).
    static func answers(_ db: ClaimDatabase) throws -> [String] {
        try db.writer.read { db in
            try [
                "SELECT kind, source, source_type, figure, figures, low, high, unit, qualifier, modality, polarity, counted, place, claim_date, article_count, article, articles, cited, evidence, vague FROM estimates",
                "SELECT * FROM troop_estimates",
                "SELECT * FROM sources",
                "SELECT name, type, mentions, articles FROM entity_mentions",
                "SELECT * FROM disagreements",
            ].flatMap { sql in
                try Row.fetchAll(db, sql: sql).map { "\($0)" }.sorted()
            }
        }
    }

    @Test("after updates, replacements and re-ingests the views read as if built at once")
    func incrementalEqualsFromScratch() throws {
        let all = try Self.extractions()
        #expect(all.count >= 20)
        let extractor = Extractor(lexicon: try .builtIn())
        func changed(_ e: Extraction, _ from: String, _ to: String, published: String? = nil) -> Extraction {
            var article = e.article
            article.text = article.text.replacingOccurrences(of: from, with: to)
            article.contentHash = article.text + "#"
            if let published { article.published = published }
            return extractor.extract(article)
        }

        // In small batches, then: a figure changed, an article that becomes the earliest report
        // of estimates it shares, one that is re-ingested unchanged, and a replacement within one batch.
        let incremental = try ClaimDatabase.inMemory()
        for start in stride(from: 0, to: all.count, by: 3) {
            _ = try incremental.store(batch: Array(all[start..<min(start + 3, all.count)]))
        }
        let lastTroops = all.lastIndex { $0.article.text.contains("1,500") }!
        let firstTroops = all.firstIndex { $0.article.text.contains("1,500") }!
        var final = all
        final[firstTroops] = changed(all[firstTroops], "1,500", "1,700")
        final[lastTroops] = changed(all[lastTroops], "troops", "soldiers", published: "2001-01-01")
        let results = try incremental.store(batch: [final[firstTroops], all[2], final[lastTroops]])
        #expect(results.map { try? $0.get() } == [.updated, .unchanged, .updated])
        let scratchReplaced = changed(all[5], "the", "The")
        _ = try incremental.store(batch: [scratchReplaced, all[5]])

        let fromScratch = try ClaimDatabase.inMemory()
        _ = try fromScratch.store(batch: final)
        let (a, b) = (try Self.answers(incremental), try Self.answers(fromScratch))
        #expect(a.count == b.count)
        for (x, y) in zip(a, b) where x != y {
            Issue.record("incremental: \(x)\nfrom scratch: \(y)")
            break
        }
    }
}
