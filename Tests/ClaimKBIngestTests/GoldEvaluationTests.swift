import ClaimKBIngest
import ClaimKBModel
import Testing

@Suite struct GoldEvaluationTests {
    let extractions: [Extraction]

    init() throws {
        extractions = (try Fixtures.seeds() + Fixtures.stories()).map { Fixtures.extractor.extract($0) }
    }

    @Test func seedsMeetTheTroopGoldWithRightFiguresAndSources() throws {
        // Given the hand-made troop gold, when the seeds are extracted
        let report = try GoldEvaluation(tsv: Fixtures.text("gold/troop-claims.tsv")).evaluate(extractions)
        // then F1 stays at or above the floor, and every matched row has the right claimant, qualifier, modality
        #expect(report.f1 >= 0.95, "\(report.summary)\n\(report.details.joined(separator: "\n"))")
        #expect(report.claimantAccuracy >= 0.95, "\(report.details.joined(separator: "\n"))")
        #expect(report.qualifierAccuracy >= 0.95, "\(report.details.joined(separator: "\n"))")
        #expect(report.modalityAccuracy >= 0.95, "\(report.details.joined(separator: "\n"))")
        #expect(report.missed.isEmpty, "\(report.details.joined(separator: "\n"))")
    }

    @Test func seedsFindEveryRequiredOtherQuantityWithItsKind() throws {
        let report = try GoldEvaluation(tsv: Fixtures.text("gold/other-quantity-claims.tsv")).evaluate(extractions)
        #expect(report.recall == 1, "\(report.details.joined(separator: "\n"))")
        #expect(report.claimantAccuracy >= 0.95, "\(report.details.joined(separator: "\n"))")
    }

    @Test func storiesOnOtherSubjectsKeepPassing() throws {
        // The stories list every quantity claim: any extra claim is a false positive.
        let report = try GoldEvaluation(tsv: Fixtures.text("stories/expected.tsv"), exhaustive: true).evaluate(extractions)
        #expect(report.f1 >= 0.95, "\(report.summary)\n\(report.details.joined(separator: "\n"))")
        #expect(report.claimantAccuracy >= 0.9, "\(report.details.joined(separator: "\n"))")
        #expect(report.qualifierAccuracy >= 0.95, "\(report.details.joined(separator: "\n"))")
        #expect(report.modalityAccuracy >= 0.9, "\(report.details.joined(separator: "\n"))")
    }

    @Test func summaryIsOneLineWithSixFigures() throws {
        let report = try GoldEvaluation(tsv: Fixtures.text("gold/troop-claims.tsv")).evaluate([])
        #expect(report.summary == "precision 1.00 recall 1.00 f1 1.00 claimant 1.00 qualifier 1.00 modality 1.00")
    }

    @Test func aMissingClaimIsReportedWithItsEvidence() throws {
        // Given a gold row no extraction has
        let gold = """
            article\tclaimant\tlow\thigh\tqualifier\tmodality\tplace\trequired\tevidence
            t\tNATO\t500\t500\texact\treported\t\tyes\t500 troops
            """
        let x = Fixtures.extractor.extract(article("NATO said 400 troops arrived.", name: "t"))
        let report = try GoldEvaluation(tsv: gold).evaluate([x])
        // then it is missed, the 400 is spurious, and both show in the details
        #expect(report.recall == 0)
        #expect(report.precision == 0)
        #expect(report.details.contains { $0.hasPrefix("missed\tt\ttroops\t500") })
        #expect(report.details.contains { $0.hasPrefix("spurious\tt\ttroops\t400") && $0.hasSuffix("NATO said 400 troops arrived.") })
    }

    @Test func aBadGoldLineIsAnError() {
        #expect(throws: LexiconError.self) {
            try GoldEvaluation(tsv: "article\tclaimant\tlow\thigh\tqualifier\tmodality\trequired\nx\ty\tten\t10\texact\treported\tyes")
        }
    }
}
