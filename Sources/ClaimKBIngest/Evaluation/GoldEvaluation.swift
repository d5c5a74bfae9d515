import ClaimKBModel
import Foundation

/// Scores extractions against a hand-made gold file in the shape of `troop-claims.tsv`
/// (`article claimant low high qualifier modality place required evidence`) or of
/// `other-quantity-claims.tsv` (the same with `kind` after `article`; without it every row is `troops`).
///
///     let report = try GoldEvaluation(tsv: gold).evaluate(extractions)
///     print(report.summary)   // precision 1.00 recall 1.00 f1 1.00 claimant 1.00 qualifier 1.00 modality 1.00
///
/// A gold row and a claim match when they are in the same article, of the same kind, with the same low and
/// high; when several could pair up, the one whose sentence holds the row's evidence and whose claimant,
/// qualifier and modality agree wins. Optional rows count neither way. A file without a `kind` column lists
/// every troop claim, so any other extracted troops claim is a false positive; a file with one lists
/// examples, so only recall is at stake.
public struct GoldEvaluation: Sendable {
    public struct Row: Sendable, Hashable {
        public var article: String
        public var kind: String
        /// Acceptable claimant names.
        public var claimants: [String]
        /// "(the article)" is among the alternatives: a claim with no claimant is right.
        public var articleClaims: Bool
        public var low: Double
        public var high: Double
        public var qualifier: Qualifier
        public var modality: Modality
        public var place: String?
        public var required: Bool
        public var evidence: String
        /// Line in the gold file, for messages.
        public var line: Int
    }

    public struct Score: Sendable, Equatable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
    }

    public let rows: [Row]
    /// The file lists every troop claim (no `kind` column): unmatched troop claims are false positives.
    public let exhaustive: Bool
    /// Exhaustive over every kind, not just troops.
    let allKinds: Bool

    /// - Parameter exhaustive: the file lists every quantity claim of its articles, so any other extracted
    ///   claim is a false positive. Defaults to true for files without a `kind` column (troops only).
    public init(tsv: String, exhaustive: Bool? = nil) throws {
        var header: [String]?
        var rows: [Row] = []
        var lineNumber = 0
        for raw in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard let h = header else {
                for needed in ["article", "claimant", "low", "high", "qualifier", "modality", "required"] where !fields.contains(needed) {
                    throw LexiconError(file: "gold", line: lineNumber, message: "header lacks column '\(needed)'")
                }
                header = fields
                continue
            }
            guard fields.count == h.count else {
                throw LexiconError(file: "gold", line: lineNumber, message: "expected \(h.count) tab-separated columns, found \(fields.count)")
            }
            func field(_ name: String) -> String { h.firstIndex(of: name).map { fields[$0] } ?? "" }
            guard let low = Double(field("low")), let high = Double(field("high")) else {
                throw LexiconError(file: "gold", line: lineNumber, message: "low/high '\(field("low"))'/'\(field("high"))' are not numbers")
            }
            guard let q = Qualifier(rawValue: field("qualifier")) else {
                throw LexiconError(file: "gold", line: lineNumber, message: "qualifier '\(field("qualifier"))' is not valid")
            }
            guard let m = Modality(rawValue: field("modality")) else {
                throw LexiconError(file: "gold", line: lineNumber, message: "modality '\(field("modality"))' is not valid")
            }
            let alternatives = field("claimant").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let claimants = alternatives.filter { !$0.isEmpty && $0 != "(the article)" }
            let articleClaims = claimants.isEmpty || alternatives.contains("(the article)")
            let kind = field("kind").isEmpty ? "troops" : field("kind")
            rows.append(Row(article: field("article"), kind: kind, claimants: claimants, articleClaims: articleClaims, low: low, high: high,
                            qualifier: q, modality: m, place: field("place").isEmpty ? nil : field("place"),
                            required: field("required") != "optional", evidence: field("evidence"), line: lineNumber))
        }
        guard let h = header else { throw LexiconError(file: "gold", line: 0, message: "no header row") }
        self.rows = rows
        self.exhaustive = exhaustive ?? !h.contains("kind")
        self.allKinds = exhaustive == true && h.contains("kind")
    }

    /// Precision, recall and F1 only.
    public func score(_ extractions: [Extraction]) -> Score {
        let r = evaluate(extractions)
        return Score(precision: r.precision, recall: r.recall, f1: r.f1)
    }

    public func evaluate(_ extractions: [Extraction]) -> EvaluationReport {
        var report = EvaluationReport()
        let byName = Dictionary(extractions.map { ($0.article.name, $0) }, uniquingKeysWith: { a, _ in a })
        var claimantOK = 0, qualifierOK = 0, modalityOK = 0, judged = 0
        let goldArticles = Set(rows.map(\.article))
        for name in byName.keys.sorted() where goldArticles.contains(name) {
            let x = byName[name]!
            let goldRows = rows.filter { $0.article == name }
            let kinds = Set(goldRows.map(\.kind))
            let claims = x.claims.enumerated().filter {
                $0.element.quantity != nil && (allKinds || kinds.contains($0.element.kind) || exhaustive && $0.element.kind == "troops")
            }
            // every candidate pair, best first
            var pairs: [(score: Int, row: Int, claim: Int)] = []
            for (ri, row) in goldRows.enumerated() {
                for (ci, c) in claims {
                    guard c.kind == row.kind, let q = c.quantity, Self.same(q.low, row.low), Self.same(q.high, row.high) else { continue }
                    var score = 0
                    if Self.normal(c.evidence).contains(Self.normal(row.evidence)) { score += 8 }
                    if Self.claimantMatches(row, c, x) { score += 4 }
                    if q.qualifier == row.qualifier { score += 2 }
                    if c.modality == row.modality { score += 1 }
                    pairs.append((score, ri, ci))
                }
            }
            pairs.sort { ($0.score, -$0.row, -$0.claim) > ($1.score, -$1.row, -$1.claim) }
            var rowTaken = Set<Int>(), claimTaken = Set<Int>()
            for p in pairs where !rowTaken.contains(p.row) && !claimTaken.contains(p.claim) {
                rowTaken.insert(p.row)
                claimTaken.insert(p.claim)
                let row = goldRows[p.row], c = x.claims[p.claim]
                guard row.required else { continue }
                report.truePositives += 1
                judged += 1
                let cOK = Self.claimantMatches(row, c, x), qOK = c.quantity?.qualifier == row.qualifier, mOK = c.modality == row.modality
                if cOK { claimantOK += 1 }
                if qOK { qualifierOK += 1 }
                if mOK { modalityOK += 1 }
                if !(cOK && qOK && mOK) {
                    report.details.append("wrong\t\(name)\t\(row.kind)\t\(Self.figure(row.low, row.high))\t"
                        + (cOK ? "" : "claimant \(c.claimant?.entity.name ?? "(the article)") not \(row.claimants.joined(separator: "|")); ")
                        + (qOK ? "" : "qualifier \(c.quantity?.qualifier.rawValue ?? "-") not \(row.qualifier.rawValue); ")
                        + (mOK ? "" : "modality \(c.modality.rawValue) not \(row.modality.rawValue); ")
                        + "\t\(c.evidence)")
                }
            }
            for (ri, row) in goldRows.enumerated() where !rowTaken.contains(ri) && row.required {
                report.falseNegatives += 1
                report.missed.append(row)
                report.details.append("missed\t\(name)\t\(row.kind)\t\(Self.figure(row.low, row.high))\t\(row.qualifier.rawValue)\t\(row.modality.rawValue)\t\(row.claimants.first ?? "(the article)")\t\(row.evidence)")
            }
            if exhaustive {
                for (ci, c) in claims where !claimTaken.contains(ci) && (allKinds || c.kind == "troops") {
                    report.falsePositives += 1
                    report.spurious.append(EvaluationReport.Spurious(article: name, claim: c))
                    report.details.append("spurious\t\(name)\t\(c.kind)\t\(Self.figure(c.quantity!.low, c.quantity!.high))\t\(c.quantity!.qualifier.rawValue)\t\(c.modality.rawValue)\t\(c.claimant?.entity.name ?? "(the article)")\t\(c.evidence)")
                }
            }
        }
        let tp = Double(report.truePositives), fp = Double(report.falsePositives), fn = Double(report.falseNegatives)
        report.precision = tp + fp == 0 ? 1 : tp / (tp + fp)
        report.recall = tp + fn == 0 ? 1 : tp / (tp + fn)
        report.f1 = report.precision + report.recall == 0 ? 0 : 2 * report.precision * report.recall / (report.precision + report.recall)
        report.claimantAccuracy = judged == 0 ? 1 : Double(claimantOK) / Double(judged)
        report.qualifierAccuracy = judged == 0 ? 1 : Double(qualifierOK) / Double(judged)
        report.modalityAccuracy = judged == 0 ? 1 : Double(modalityOK) / Double(judged)
        return report
    }

    static func same(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= max(1e-9, abs(b) * 1e-9) }

    static func normal(_ s: String) -> String {
        s.lowercased().replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "“", with: "\"")
            .replacingOccurrences(of: "”", with: "\"")
    }

    /// The claim's claimant is one of the row's names: by canonical name, any alias the extraction gave the
    /// entity, or the words that named it. A row for "(the article)" wants no claimant.
    static func claimantMatches(_ row: Row, _ c: Claim, _ x: Extraction) -> Bool {
        guard let link = c.claimant else { return row.articleClaims }
        guard !row.claimants.isEmpty else { return false }
        var names = [link.entity.name, link.text]
        if let e = x.entities.first(where: { $0.key == link.entity }) { names += e.aliases }
        let wanted = Set(row.claimants.map(sameName))
        return names.contains { wanted.contains(sameName($0)) }
    }

    /// A name as the alias table compares it, less a leading "the": "The United Nations", "Marcos Jr."
    static func sameName(_ s: String) -> String {
        let n = AliasNormalizer.normalize(s)
        return n.hasPrefix("the ") ? String(n.dropFirst(4)) : n
    }

    static func figure(_ low: Double, _ high: Double) -> String {
        func f(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v) }
        return low == high ? f(low) : "\(f(low))-\(f(high))"
    }
}

/// The outcome of a gold evaluation: scores, and the rows and claims behind them.
public struct EvaluationReport: Sendable {
    public struct Spurious: Sendable {
        public var article: String
        public var claim: Claim
    }

    public var precision: Double = 0
    public var recall: Double = 0
    public var f1: Double = 0
    /// Over matched required rows: the claimant, qualifier and modality agree with the row.
    public var claimantAccuracy: Double = 0
    public var qualifierAccuracy: Double = 0
    public var modalityAccuracy: Double = 0
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    /// Required rows no claim matched.
    public var missed: [GoldEvaluation.Row] = []
    /// Extracted claims no row matched (troop files only).
    public var spurious: [Spurious] = []
    /// One line per missed row, spurious claim or wrongly attributed match, tab-separated, with evidence.
    public var details: [String] = []

    /// `precision 0.96 recall 1.00 f1 0.98 claimant 0.95 qualifier 1.00 modality 1.00`
    public var summary: String {
        func f(_ v: Double) -> String { String(format: "%.2f", v) }
        return "precision \(f(precision)) recall \(f(recall)) f1 \(f(f1)) claimant \(f(claimantAccuracy)) "
            + "qualifier \(f(qualifierAccuracy)) modality \(f(modalityAccuracy))"
    }
}
