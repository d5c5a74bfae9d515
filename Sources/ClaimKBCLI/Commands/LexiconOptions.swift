import ArgumentParser
import ClaimKBIngest
import Foundation

/// `--lexicon DIR`: a user's lexicon files layered over the built-in ones, for reading and extraction alike.
struct LexiconOptions: ParsableArguments {
    @Option(help: "A folder of lexicon TSV files layered over the built-in ones.")
    var lexicon: String?

    func load(_ options: ReadOptions) throws -> (Lexicon, ArticleReader) {
        let builtIn = try Lexicon.builtIn()
        guard let folder = lexicon else { return (builtIn, ArticleReader(options: options)) }
        let url = URL(fileURLWithPath: folder)
        do {
            return (try builtIn.overlaid(with: url), try ArticleReader(options: options, lexiconDirectory: url))
        } catch {
            throw CLIError("\(folder): \(error)")
        }
    }
}
