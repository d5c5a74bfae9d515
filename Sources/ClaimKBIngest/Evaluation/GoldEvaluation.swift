import ClaimKBModel

/// Scores extractions against a hand-made gold file (`troop-claims.tsv` shape).
public struct GoldEvaluation: Sendable {
    public struct Score: Sendable, Equatable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
    }

    public init(tsv: String) throws {}

    public func score(_ extractions: [Extraction]) -> Score {
        Score(precision: 0, recall: 0, f1: 0)
    }
}
