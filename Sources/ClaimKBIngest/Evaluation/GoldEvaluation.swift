import ClaimKBModel

/// Scores extractions against a hand-made gold file (`troop-claims.tsv` shape).
public struct GoldEvaluation: Sendable {
    public init(tsv: String) throws {}

    public func evaluate(_ extractions: [Extraction]) -> EvaluationReport {
        EvaluationReport()
    }
}

public struct EvaluationReport: Sendable {
    public var details: [String] = []
    public var summary: String = "precision 0.00 recall 0.00 f1 0.00"
}
