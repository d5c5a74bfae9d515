import Foundation

/// The knowledge the extractor uses, loaded from the TSV files in `Lexicon/`
/// (and optionally a user's folder layered over them).
public struct Lexicon: Sendable {
    public init() {}

    /// The lexicon shipped with the module.
    public static func builtIn() throws -> Lexicon { Lexicon() }

    /// This lexicon with the files of `directory` layered over it.
    public func overlaid(with directory: URL) throws -> Lexicon { self }
}
