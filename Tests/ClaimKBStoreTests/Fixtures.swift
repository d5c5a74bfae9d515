import ClaimKBModel
import Foundation

/// Small hand-made extractions: the store is tested apart from the extractor.
enum Fixtures {
    static let nis = Entity(name: "National Intelligence Service", type: .organization,
                            aliases: ["NIS", "South Korea's National Intelligence Service"])
    static let russia = Entity(name: "Russia", type: .country, aliases: ["Moscow"])

    /// An article saying "According to the NIS, about 1,500 troops arrived in Russia."
    static func article(name: String, text: String = "According to the NIS, about 1,500 troops arrived in Russia.",
                        url: String? = nil, format: String = "text") -> Extraction {
        let article = Article(name: name, url: url, published: "2024-10-18", format: format, text: text,
                              contentHash: sha(text))
        let sentence = Span(start: 0, end: text.unicodeScalars.count)
        let nisRange = text.range(of: "NIS").map { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0.lowerBound) }
        var mentions: [Mention] = []
        if let start = nisRange {
            mentions.append(Mention(entity: nis.key, span: Span(start: start, end: start + 3), text: "NIS"))
        }
        let claim = Claim(
            kind: "troops", counted: "troops",
            quantity: Quantity(low: 1500, high: 1500, qualifier: .approximately, text: "about 1,500"),
            place: russia.key, span: sentence, evidence: text.scalarSlice(sentence),
            sources: [SourceLink(entity: nis.key, role: .claimant, text: "the NIS")], rule: "test")
        return Extraction(article: article, entities: [nis, russia], mentions: mentions, claims: [claim],
                          extractorVersion: "test")
    }

    /// A stand-in content hash: distinct texts get distinct hashes (the store only compares them).
    static func sha(_ text: String) -> String {
        var h: UInt64 = 1469598103934665603
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 1099511628211 }
        return String(h, radix: 16)
    }
}
