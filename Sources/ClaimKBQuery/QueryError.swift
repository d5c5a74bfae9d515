/// Why a query could not be answered, in one line a user can act on.
public struct QueryError: Error, CustomStringConvertible, Equatable {
    public enum Reason: Sendable, Equatable {
        /// A typed name matched no entity; `closest` are names it may have meant.
        case unknownEntity(name: String, closest: [String])
        /// A typed article name matched no article.
        case unknownArticle(name: String, closest: [String])
        /// `sql` was given a statement that writes.
        case notReadOnly
        /// Anything else: the message says it.
        case other(String)
    }

    public var reason: Reason

    public init(_ reason: Reason) { self.reason = reason }

    public init(_ message: String) { self.reason = .other(message) }

    public var description: String {
        switch reason {
        case .unknownEntity(let name, let closest):
            return "no entity named '\(name)'" + Self.suggestion(closest)
        case .unknownArticle(let name, let closest):
            return "no article named '\(name)'" + Self.suggestion(closest)
        case .notReadOnly:
            return "only read-only statements are allowed"
        case .other(let message):
            return message
        }
    }

    private static func suggestion(_ closest: [String]) -> String {
        closest.isEmpty ? "" : " (closest: \(closest.joined(separator: ", ")))"
    }
}
