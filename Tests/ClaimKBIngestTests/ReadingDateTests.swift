import Testing
@testable import ClaimKBIngest

/// Dates as pages write them, normalised to YYYY-MM-DD.
@Suite struct ReadingDateTests {
    @Test(arguments: [
        ("2024-10-28", "2024-10-28"),
        ("2024-10-28T17:25:00Z", "2024-10-28"),
        ("2024-11-03T08:15:00+02:00", "2024-11-03"),
        ("28/10/2024", "2024-10-28"),
        ("28/10/2024 17h25", "2024-10-28"),
        ("3.11.2024", "2024-11-03"),
        ("10/28/2024", "2024-10-28"),
        ("October 28, 2024", "2024-10-28"),
        ("Oct. 28, 2024", "2024-10-28"),
        ("Sept 3 2024", "2024-09-03"),
        ("28 October 2024", "2024-10-28"),
        ("28th of October, 2024", "2024-10-28"),
        ("Monday, October 28, 2024 at 5:25 pm EDT", "2024-10-28"),
        ("Published 29 Feb 2024", "2024-02-29"),
        ("Updated 9:41 AM GMT+1, November 17, 2024", "2024-11-17"),
        ("Nov. 17, 2024 10:00 UTC-5", "2024-11-17"),
    ])
    func writtenDatesNormalise(written: String, expected: String) {
        #expect(PublishedDate.normalize(written) == expected)
        #expect(PublishedDate.dateLine(written) == expected)
    }

    @Test func theReaderNormalisesADefaultDateAndExposesTheParser() throws {
        let (articles, _) = try readText("Title\n\nBody with 1 figure.", options: ReadOptions(defaultPublished: "28/10/2024"))
        #expect(articles[0].published == "2024-10-28")
        #expect(ArticleReader.normalizedDate("Oct. 28, 2024") == "2024-10-28")
        #expect(ArticleReader.normalizedDate("yesterday") == nil)
    }

    @Test func impossibleDatesAreNotDates() {
        for written in ["2023-02-29", "31/11/2024", "October 32, 2024", "13/13/2024", "2024", "Oct 2024", ""] {
            #expect(PublishedDate.normalize(written) == nil, "\(written)")
        }
    }

    @Test func aSentenceIsNotADatelineButContainsADate() {
        let sentence = "The ministry said on October 24, 2024 that troops had arrived."
        #expect(PublishedDate.dateLine(sentence) == nil)
        #expect(PublishedDate.normalize(sentence) == "2024-10-24")
    }
}
