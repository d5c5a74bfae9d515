import ClaimKBModel

/// Turns an article into entities, mentions and attributed claims. Deterministic: the same
/// article and lexicon always give the same extraction.
public struct Extractor: Sendable {
    /// Bumped whenever a rule changes what is extracted; stored with every article.
    public static let version = "0.1.0"

    public let lexicon: Lexicon

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    public func extract(_ article: Article) -> Extraction {
        Extraction(article: article, extractorVersion: Self.version)
    }
}
