import Foundation
import Testing

@Suite struct EvalCommandTests {
    static let header = "article\tkind\tclaimant\tlow\thigh\tqualifier\tmodality\tplace\trequired\tevidence\n"

    @Test func exhaustiveCountsEveryOtherClaimAsAFalsePositive() throws {
        let cli = try CommandRunner()
        let article = try cli.file("articles/a.txt", "Published: 2024-05-01\nFloods\n\nOfficials said 300 people were"
            + " killed and 40 bridges were destroyed.\n")
        let gold = try cli.file("gold.tsv", Self.header + "a\tcasualties\tofficials\t300\t300\texact\treported\t\tyes\t300 people\n")
        let lenient = try cli.run(["eval", "--gold", gold, article])
        #expect(lenient.stdout.hasSuffix("precision 1.00 recall 1.00 f1 1.00 claimant 1.00 qualifier 1.00 modality 1.00\n"))
        let strict = try cli.run(["eval", "--exhaustive", "--gold", gold, article])
        #expect(strict.stdout.contains("spurious\ta\tfacilities\t40"))
        #expect(strict.stdout.contains("precision 0.50 recall 1.00"))
    }

    @Test func aLexiconFolderIsLayeredOverTheBuiltInOne() throws {
        let cli = try CommandRunner()
        let article = try cli.file("articles/a.txt", "Published: 2024-05-01\nCensus\n\nOfficials said 300 census takers were hired.\n")
        let gold = try cli.file("gold.tsv", Self.header + "a\tpeople\tofficials\t300\t300\texact\treported\t\tyes\t300 census takers\n")
        _ = try cli.file("lexicon/counted-nouns.tsv", "noun\tkind\ncensus taker\tpeople\n")
        let builtIn = try cli.run(["eval", "--gold", gold, article])
        #expect(builtIn.stdout.contains("recall 0.00"))
        let extended = try cli.run(["eval", "--lexicon", cli.folder.appendingPathComponent("lexicon").path, "--gold", gold, article])
        #expect(extended.stdout.contains("recall 1.00"), "\(extended.stdout)\(extended.stderr)")
    }
}
