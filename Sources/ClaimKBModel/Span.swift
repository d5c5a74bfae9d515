/// A half-open range of Unicode scalar offsets into an article's stored text.
///
/// Scalars, not bytes or grapheme clusters, because SQLite's `substr` counts
/// them too: `substr(text, start + 1, end - start)` gives the evidence back.
public struct Span: Hashable, Codable, Sendable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "span ends before it starts")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }
}
