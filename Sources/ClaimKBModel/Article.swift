/// One news article as read from a file, before any extraction.
public struct Article: Hashable, Codable, Sendable {
    /// File name without extension (or a name derived from a JSON Lines record); unique in a database.
    public var name: String
    public var title: String?
    public var publisher: String?
    public var url: String?
    /// Publication date as `YYYY-MM-DD`, when the article or the user gave one.
    public var published: String?
    public var byline: String?
    /// How the input was written: `text`, `markdown`, `html` or `jsonl`.
    public var format: String
    /// The stored text. Every span of every mention and claim indexes into it.
    /// For HTML this is the readable text of the page, not its markup.
    public var text: String
    /// Parts of `text` that are page furniture ("Related Articles", ratings, copyright),
    /// kept in the stored original but left out of extraction.
    public var boilerplate: [Span]
    /// Hex SHA-256 of `text`; two articles with the same hash are the same article.
    public var contentHash: String

    public init(
        name: String, title: String? = nil, publisher: String? = nil, url: String? = nil,
        published: String? = nil, byline: String? = nil, format: String = "text",
        text: String, boilerplate: [Span] = [], contentHash: String
    ) {
        self.name = name
        self.title = title
        self.publisher = publisher
        self.url = url
        self.published = published
        self.byline = byline
        self.format = format
        self.text = text
        self.boilerplate = boilerplate
        self.contentHash = contentHash
    }
}
