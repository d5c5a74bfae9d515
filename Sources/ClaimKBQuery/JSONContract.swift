/// The JSON that `claimkb query … --format json` writes, which other tools read.
///
/// Every answer is an array of objects, one per row, keyed by column in a fixed order.
/// Numbers are JSON numbers (`1500`, not `"1,500"` or `1500.0`), absent values are `null`,
/// lists are arrays of strings. Fields may be added; none listed here is removed or renamed.
///
/// `query claims` and `query article NAME` (one object per extracted claim, per article):
///
/// | field | meaning |
/// | --- | --- |
/// | `article` | the article's name: its file name without extension |
/// | `kind` | troops, casualties, refugees, money, munitions, …, or statement |
/// | `counted` | what was counted, as written ("North Korean special operations soldiers") |
/// | `low`, `high` | the figure as a range (equal for a single figure); null for a statement |
/// | `unit` | null for a head count; USD, percent, … |
/// | `qualifier` | exact, approximately, up_to, nearly, at_least or vague |
/// | `modality` | reported or planned |
/// | `polarity` | asserted, confirmed, denied or unconfirmed |
/// | `claimant`, `claimant_type` | who makes it (canonical name, entity type), or `(the article)`, `article` |
/// | `cited` | array of the names the claimant cites |
/// | `place` | the place it is about (canonical name) |
/// | `claim_date` | the date it is about, YYYY-MM-DD (not the publication date) |
/// | `evidence` | the sentence that carries it |
/// | `span_start`, `span_end` | where that sentence is in the article's stored text, in Unicode scalars, end exclusive |
///
/// Also: `published`, `figure` (as a reader writes it: "~1,500"), `date_text`, `claim_id`.
///
/// `query troop-estimates` and `query estimates` (one object per figure per source): the same
/// fields, except that `article` is the earliest article that reports it and `articles` lists
/// them all, earliest first; also `figures` (every wording) and `article_count`.
public enum JSONContract {
    /// The fields every object of `query claims` has.
    public static let claimFields = [
        "article", "kind", "counted", "low", "high", "unit", "qualifier", "modality", "polarity", "claimant",
        "claimant_type", "cited", "place", "claim_date", "evidence", "span_start", "span_end",
    ]

    /// The fields every object of `query troop-estimates` has.
    public static let estimateFields = claimFields + ["articles"]
}
