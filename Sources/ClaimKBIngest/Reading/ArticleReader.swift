import ClaimKBModel
import Foundation

/// Why an input could not be read as an article. `description` is one line, without the file name
/// (the caller prefixes it): `empty file`, `front matter line 3: expected 'key: value'`.
public struct ReadError: Error, CustomStringConvertible, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// What the reader needs besides the bytes.
public struct ReadOptions: Sendable {
    /// Inputs larger than this are refused.
    public var maxBytes: Int
    /// `YYYY-MM-DD` used when an article carries no date of its own.
    public var defaultPublished: String?

    public init(maxBytes: Int = 10 * 1024 * 1024, defaultPublished: String? = nil) {
        self.maxBytes = maxBytes
        self.defaultPublished = defaultPublished
    }
}

/// Turns the bytes of one input (plain text, front matter, Markdown, HTML, JSON Lines) into articles.
///
/// Every input goes through the same steps: decode (``TextDecoding``: size limit, NUL bytes, BOM,
/// CRLF → LF, Windows-1252 fallback), pick the format (``InputFormat``), read the format's own fields
/// (``FrontMatter``, ``HTMLText`` and ``HTMLMetadata``, ``JSONLines``), then lay out the text
/// (``PlainTextReader``): title, header lines (``HeaderLines``) and page furniture
/// (``BoilerplateMarks``, rules in `Lexicon/boilerplate.tsv`) become `Article.boilerplate` spans,
/// counted in Unicode scalars of the stored `text`, which is never altered beyond decoding.
///
/// - Plain text: title = first non-empty line that is not furniture (a long first paragraph gives
///   its first sentence instead, left in the text); header lines give publisher, date, byline, URL.
/// - Markdown and text with front matter: the fields come from the block, `text` is the body.
/// - HTML: `text` is the readable text of `<article>` (else `<main>`, else `<body>`); fields come
///   from meta tags.
/// - JSON Lines: one article per line, named `name`/`id` or `<stem>-<line>`; bad lines are warnings.
///
/// Errors (``ReadError``, one line, no file name): `empty file`, `binary file (NUL bytes)`,
/// `larger than the limit of N bytes (use --max-bytes)`, `no article text`,
/// `front matter line N: expected 'key: value'`, `front matter line 1: '---' is never closed`,
/// `line N: unterminated HTML tag`, `line N: not a JSON object`, `line N: no article text`.
public struct ArticleReader: Sendable {
    public var options: ReadOptions
    let lexicon: BoilerplateLexicon

    public init(options: ReadOptions = ReadOptions()) {
        self.options = options
        self.lexicon = .builtIn
    }

    /// A reader whose boilerplate rules are the built-in ones with `directory/boilerplate.tsv` layered
    /// on top, when that file exists (`claimkb --lexicon DIR`). A bad line throws a ``ReadError``
    /// naming `boilerplate.tsv:LINE`.
    public init(options: ReadOptions = ReadOptions(), lexiconDirectory directory: URL) throws {
        self.options = options
        let file = directory.appendingPathComponent("boilerplate.tsv")
        guard FileManager.default.fileExists(atPath: file.path) else {
            self.lexicon = .builtIn
            return
        }
        let text: String
        do { text = try String(contentsOf: file, encoding: .utf8) } catch {
            throw ReadError("\(file.path): cannot read as UTF-8 text")
        }
        self.lexicon = BoilerplateLexicon.builtIn.layered(with: try BoilerplateLexicon(tsv: text, file: file.path))
    }

    /// Reads one input. `name` is the file name (with extension), used to pick the format and to name
    /// the article; a JSON Lines input gives one article per line.
    ///
    /// Warnings are returned beside the articles: `not UTF-8; read as Windows-1252`, and for JSON Lines
    /// one `line N: …` per line that gave no article. Throws ``ReadError`` when the input gives no
    /// article at all (for JSON Lines: the first bad line's error).
    public func read(_ data: Data, name: String) throws -> (articles: [Article], warnings: [String]) {
        guard data.count <= options.maxBytes else {
            throw ReadError("larger than the limit of \(options.maxBytes) bytes (use --max-bytes)")
        }
        let (text, warnings) = try TextDecoding.decode(data)
        let stem = InputFormat.stem(of: name)
        switch InputFormat.detect(name: name, text: text) {
        case .text: return ([try readText(text, stem: stem, format: .text)], warnings)
        case .markdown: return ([try readText(text, stem: stem, format: .markdown)], warnings)
        case .html: return ([try readHTML(text, stem: stem)], warnings)
        case .jsonl:
            let (articles, lineWarnings) = try readJSONLines(text, stem: stem)
            return (articles, warnings + lineWarnings)
        }
    }

    private func readText(_ text: String, stem: String, format: InputFormat) throws -> Article {
        var body = text
        var known = ArticleFields()
        if FrontMatter.starts(text) {
            let frontMatter = try FrontMatter(text)
            body = frontMatter.body
            known = frontMatter.fields
        }
        return try article(body, known: known, stem: stem, format: format)
    }

    private func readHTML(_ html: String, stem: String) throws -> Article {
        let document = HTMLText.parse(html)
        guard document.text.hasLetterOrDigit else {
            if let line = document.unterminatedLine { throw ReadError("line \(line): unterminated HTML tag") }
            throw ReadError("no article text")
        }
        return try article(document.text, known: HTMLMetadata.fields(of: document), stem: stem, format: .html)
    }

    private func readJSONLines(_ text: String, stem: String) throws -> ([Article], [String]) {
        let (records, errors) = JSONLines.records(in: text)
        var articles: [Article] = []
        var warnings: [String] = []
        var failures = errors.map { (line: Self.lineNumber(of: $0), error: $0) }
        for record in records {
            do {
                var known = record.fields
                known.name = known.name ?? "\(stem)-\(record.line)"
                articles.append(try article(record.text, known: known, stem: stem, format: .jsonl))
            } catch let error as ReadError {
                failures.append((record.line, ReadError("line \(record.line): \(error.description)")))
            }
        }
        failures.sort { $0.line < $1.line }
        guard !articles.isEmpty else {
            throw failures.first?.error ?? ReadError("empty file")
        }
        warnings = failures.map(\.error.description)
        return (articles, warnings)
    }

    /// A date as pages write it, as `YYYY-MM-DD` (`28/10/2024` → `2024-10-28`, day first), or nil
    /// when the text holds no valid date; for checking `--published`.
    public static func normalizedDate(_ text: String) -> String? {
        PublishedDate.normalize(text)
    }

    private static func lineNumber(of error: ReadError) -> Int {
        Int(error.description.dropFirst("line ".count).prefix { $0.isNumber }) ?? 0
    }

    /// Lays out the text and builds the article; `known` fields win over header lines.
    private func article(_ text: String, known: ArticleFields, stem: String, format: InputFormat) throws -> Article {
        let titleFromText = format == .text || format == .markdown
        let layout = PlainTextReader.layout(of: text, known: known, titleFromText: titleFromText, lexicon: lexicon)
        guard layout.hasBody else { throw ReadError("no article text") }
        let fields = layout.fields
        return Article(
            name: fields.name ?? stem, title: fields.title, publisher: fields.publisher, url: fields.url,
            published: fields.published ?? options.defaultPublished.map { Self.normalizedDate($0) ?? $0 },
            byline: fields.byline,
            format: format.rawValue, text: text, boilerplate: layout.boilerplate,
            contentHash: ContentHash.sha256Hex(text))
    }
}
