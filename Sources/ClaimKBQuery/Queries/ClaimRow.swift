import GRDB

/// One extracted claim, once per article (not merged): a row of the `claim_details` view.
/// Its JSON form is the contract of `query claims` (see README).
public struct ClaimRow: QueryRow, Equatable {
    public var claimId: Int64
    public var article: String
    public var published: String?
    public var kind: String
    public var figure: String?
    public var counted: String?
    public var low: Double?
    public var high: Double?
    public var unit: String?
    public var qualifier: String?
    public var modality: String
    public var polarity: String
    public var claimant: String
    public var claimantType: String
    public var cited: [String]
    public var place: String?
    public var claimDate: String?
    public var dateText: String?
    public var evidence: String
    public var spanStart: Int
    public var spanEnd: Int

    public init(row: QueryColumns) throws {
        claimId = row["claim_id"]
        article = row["article"]
        published = row["published"]
        kind = row["kind"]
        figure = row["figure"]
        counted = row["counted"]
        low = row["low"]
        high = row["high"]
        unit = row["unit"]
        qualifier = row["qualifier"]
        modality = row["modality"]
        polarity = row["polarity"]
        claimant = row["claimant"]
        claimantType = row["claimant_type"]
        cited = decodeList(row["cited"])
        place = row["place"]
        claimDate = row["claim_date"]
        dateText = row["date_text"]
        evidence = row["evidence"]
        spanStart = row["span_start"]
        spanEnd = row["span_end"]
    }

    public static let fields = [
        "article", "published", "kind", "figure", "counted", "low", "high", "unit", "qualifier", "modality",
        "polarity", "claimant", "claimant_type", "cited", "place", "claim_date", "date_text", "evidence",
        "span_start", "span_end", "claim_id",
    ]

    public static func readableFields(evidence: Bool) -> [String] {
        ["claimant", "kind", "figure", "modality", "polarity", "counted", "place", "claim_date", "article"]
            + (evidence ? ["evidence"] : [])
    }

    public var values: [QueryValue] {
        [
            .text(article), .text(published), .text(kind), .text(figure), .text(counted), .number(low),
            .number(high), .text(unit), .text(qualifier), .text(modality), .text(polarity), .text(claimant),
            .text(claimantType), .list(cited), .text(place), .text(claimDate), .text(dateText), .text(evidence),
            .integer(spanStart), .integer(spanEnd), .integer(claimId),
        ]
    }
}
