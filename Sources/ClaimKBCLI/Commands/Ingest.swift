import ArgumentParser
import ClaimKBIngest
import ClaimKBModel
import ClaimKBStore

extension ClaimKB {
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read articles and store their entities, claims and sources.",
            discussion: """
                Reads plain text, Markdown with front matter, HTML and JSON Lines; folders are read
                recursively and `-` reads standard input. Each article is stored whole or not at all;
                an article already stored with the same text is left unchanged, one whose name or URL is
                known but whose text changed is replaced.

                Example:
                  claimkb ingest seeds/
                  curl -s https://example.org/story.html | claimkb ingest --published 2024-10-28 -
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "Files, folders or - (standard input).")
        var paths: [String]

        @Option(help: "Publication date (YYYY-MM-DD) for articles that carry none.")
        var published: String?

        @Option(help: "Refuse inputs larger than this many bytes.")
        var maxBytes: Int = 10 * 1024 * 1024

        @OptionGroup var lexicon: LexiconOptions

        @Option(help: "Articles per transaction, at most 16 MB of text (each article still commits whole or not at all).")
        var batch: Int = 1000

        @Flag(name: .shortAndLong, help: "Print only failures and the summary.")
        var quiet = false

        func validate() throws {
            if let published, DateText.iso(published) == nil {
                throw ValidationError("--published must be a date YYYY-MM-DD, not '\(published)'")
            }
            if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive") }
            if batch <= 0 { throw ValidationError("--batch must be positive") }
        }

        func run() throws {
            let options = ReadOptions(maxBytes: maxBytes, defaultPublished: published)
            let (lexicon, reader) = try self.lexicon.load(options)
            let db = try database.open(.readWrite)
            var run = IngestRun(
                database: db,
                reader: reader,
                extractor: Extractor(lexicon: lexicon),
                batchSize: batch, verbose: !quiet)
            try run.ingest(paths)
            Console.error(run.summary.line)
            if run.summary.failed > 0 { throw ExitCode.failure }
        }
    }
}

/// YYYY-MM-DD validation for options.
enum DateText {
    static func iso(_ text: String) -> String? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              y > 0, (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        return text
    }
}
