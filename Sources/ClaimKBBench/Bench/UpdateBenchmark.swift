import ClaimKBIngest
import ClaimKBStore
import Foundation

/// What re-ingesting one changed article costs in a full database: the old extraction is taken
/// out of every index and count, and an entity no article names any more is deleted.
struct UpdateBenchmark {
    let generator: ArticleGenerator

    /// Stores article 0 again with a sentence naming a new spokesman, then with another name
    /// (the first spokesman is then named nowhere and is deleted); returns the slower store's seconds.
    func run(databasePath: String) throws -> Double {
        let database = try ClaimDatabase.open(path: databasePath)
        let reader = ArticleReader(options: ReadOptions())
        let extractor = Extractor(lexicon: try Lexicon.builtIn())
        let original = generator.article(0)
        var slowest = 0.0
        for spokesman in ["Zorvan Quellington", "Idris Halvorsen-Pike"] {
            let text = original.text + "\n\n\(spokesman), a spokesman for the Merrow Relief Agency, said 4,321 people had left.\n"
            let extractions = try reader.read(Data(text.utf8), name: original.fileName).articles.map(extractor.extract)
            let seconds = try Stopwatch.measure {
                for result in try database.store(batch: extractions) {
                    guard case .success(.updated) = result else { throw BenchError("update of \(original.fileName): \(result)") }
                }
            }
            slowest = max(slowest, seconds)
        }
        return slowest
    }
}
