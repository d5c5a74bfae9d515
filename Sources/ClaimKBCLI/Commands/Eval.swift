import ArgumentParser
import ClaimKBIngest
import ClaimKBModel
import Foundation

extension ClaimKB {
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score extraction against a hand-made gold file: precision, recall, F1.",
            discussion: """
                Reads and extracts the articles (no database is touched), matches their claims with the
                gold rows, prints the misses and false positives, then the score as the last line.

                Examples:
                  claimkb eval --gold ../shared/gold/troop-claims.tsv seeds
                  claimkb eval --exhaustive --gold Tests/ClaimKBIngestTests/Fixtures/stories/expected.tsv \\
                      Tests/ClaimKBIngestTests/Fixtures/stories
                """)

        @Option(help: "The gold TSV (columns: article, [kind,] claimant, low, high, qualifier, modality, place, required, evidence).")
        var gold: String

        @Flag(help: "The gold file lists every quantity claim of its articles: any other extracted claim is a false positive (a file without a kind column always does, for troops).")
        var exhaustive = false

        @OptionGroup var lexicon: LexiconOptions

        @Argument(help: "Article files or folders (default: seeds).")
        var paths: [String] = ["seeds"]

        func run() throws {
            let goldText: String
            do { goldText = try String(contentsOfFile: gold, encoding: .utf8) }
            catch { throw CLIError("\(gold): cannot read the gold file") }
            let evaluation: GoldEvaluation
            do { evaluation = try GoldEvaluation(tsv: goldText, exhaustive: exhaustive ? true : nil) }
            catch { throw CLIError("\(gold): \(error)") }
            let (lexicon, reader) = try self.lexicon.load(ReadOptions())
            let extractor = Extractor(lexicon: lexicon)
            var extractions: [Extraction] = []
            var failed = false
            let inputs = InputFiles(paths: paths)
            for failure in inputs.errors { Console.error("\(failure.path): \(failure.reason)"); failed = true }
            for input in inputs.inputs {
                do {
                    for article in try reader.read(try input.load(), name: input.name).articles {
                        extractions.append(extractor.extract(article))
                    }
                } catch {
                    Console.error("\(input.path): \(error)")
                    failed = true
                }
            }
            let report = evaluation.evaluate(extractions)
            report.details.forEach { print($0) }
            print(report.summary)
            if failed { throw ExitCode.failure }
        }
    }
}
