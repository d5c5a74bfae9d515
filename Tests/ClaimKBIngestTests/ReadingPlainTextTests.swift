import ClaimKBModel
import Foundation
import Testing
@testable import ClaimKBIngest

/// Plain text: title, header lines and page furniture.
@Suite struct ReadingPlainTextTests {
    @Test func headerLinesBecomeFieldsAndFurniture() throws {
        let article = try ReadingFixture.article("headers.txt")
        #expect(article.title == "Refugee arrivals in Moldova climb ahead of winter")
        #expect(article.publisher == "Eastern Europe Monitor")
        #expect(article.published == "2024-11-14")
        #expect(article.byline == "Ana Popescu")
        #expect(article.url == "https://monitor.example/moldova-refugees")
        #expect(article.boilerplateCovers("Refugee arrivals in Moldova climb ahead of winter\nSource: Eastern Europe Monitor\nPublished: Nov. 14, 2024\nBy Ana Popescu\nURL: https://monitor.example/moldova-refugees"))
        #expect(article.boilerplateCovers("Subscribe to our newsletter\nCopyright © 2024 Eastern Europe Monitor"))
        #expect(!article.boilerplateTouches("More than 4,000 refugees"))
        #expect(!article.boilerplateTouches("around 120,000 Ukrainians"))
        #expect(article.boilerplateIsWellFormed)
    }

    @Test func aTitleAloneIsNotAnArticle() {
        #expect(readError(Data("Just a headline\n".utf8)) == "no article text")
        #expect(readError(Data("Just a headline\nBy Jane Doe\n28 October 2024\n\nRelated Articles\n".utf8)) == "no article text")
    }

    @Test func furnitureWordsInsideSentencesAreNotFurniture() throws {
        let text = """
            Council approves budget

            Menu prices at city cafeterias will rise by 5 percent, the council said.
            Subscribers to the transit pass will pay 12 euros more a year.
            The copyright office reported 3,000 filings, a related article said.
            """
        let (articles, _) = try readText(text)
        #expect(articles[0].boilerplate == [Span(start: 0, end: 23)])
    }

    @Test func sentencesThatStartLikeFurnitureStayArticleText() throws {
        let text = """
            Copyright cases surge

            The court heard 1,200 cases last year, up from 800 in 2022, the registry said in its annual report.
            Copyright infringement claims rose by 20 percent in 2023, the office said.
            More on that later: the registry expects 1,500 cases this year.
            Daily figures were not published.
            """
        let (articles, _) = try readText(text)
        #expect(articles[0].boilerplate.map { articles[0].text.scalarSlice($0) } == ["Copyright cases surge"])
        #expect(articles[0].publisher == nil)
    }

    @Test func aSubheadingWithAPublisherWordIsNotAPublisher() throws {
        let (articles, _) = try readText(
            "Kyiv braces for winter\nDaily life under blackouts\n\nResidents of Kyiv face up to 12 hours without power a day, the grid operator said on Monday.\n")
        #expect(articles[0].publisher == nil)
        #expect(!articles[0].boilerplateTouches("Daily life under blackouts"))
    }

    @Test func aRestMarkerBeforeAnyParagraphOnlyCoversItsOwnLine() throws {
        let text = """
            Menu
            Related
            Harbour cranes idle as strike continues

            Dock workers stayed away for a third day on Wednesday, and the union said about 2,000 of its members had joined the strike at the port.
            """
        let (articles, _) = try readText(text)
        #expect(articles[0].title == "Harbour cranes idle as strike continues")
        #expect(!articles[0].boilerplateTouches("Dock workers stayed away"))
    }

    @Test func aLineOfHeaderPartsIsReadPartByPart() throws {
        let text = "# Oil prices rise 2%\n\n*October 7, 2024 — By Jane Doe*\n\nOil prices rose about 2% on Monday as investors weighed the risk of supply disruptions.\n\nReporting by Alex Lawler; Editing by Jane Merriman\n"
        let article = try readText(text, name: "oil.md").articles[0]
        #expect(article.published == "2024-10-07")
        #expect(article.byline == "Jane Doe")
        #expect(article.boilerplateCovers("# Oil prices rise 2%\n\n*October 7, 2024 — By Jane Doe*"))
        #expect(article.boilerplateCovers("Reporting by Alex Lawler; Editing by Jane Merriman"))
        #expect(!article.boilerplateTouches("Oil prices rose about 2%"))
    }

    @Test func shareButtonsAndAnUpdatedLineWithAZoneAreFurniture() throws {
        let text = "Russia launches 120 drones\n\nBy HANNA ARHIROVA\nUpdated 9:41 AM GMT+1, November 17, 2024\n\nShare\nCopy\nLink copied\nEmail\nFacebook\nX\nPrint\n\nKYIV, Ukraine (AP) — Russia launched 120 missiles and 90 drones overnight, President Volodymyr Zelenskyy said Sunday.\n"
        let article = try readText(text).articles[0]
        #expect(article.published == "2024-11-17")
        #expect(article.byline == "HANNA ARHIROVA")
        #expect(article.boilerplate.map { article.text.scalarSlice($0) } == [
            "Russia launches 120 drones\n\nBy HANNA ARHIROVA\nUpdated 9:41 AM GMT+1, November 17, 2024\n\nShare\nCopy\nLink copied\nEmail\nFacebook\nX\nPrint",
        ])
    }

    @Test func aShortSectionLabelAboveTheHeadlineIsNotTheTitle() throws {
        let text = "World\nFloods displace 40,000 in northern Nigeria\n\nFloods have displaced about 40,000 people in northern Nigeria, the emergency agency said on Friday.\n"
        let article = try readText(text).articles[0]
        #expect(article.title == "Floods displace 40,000 in northern Nigeria")
        #expect(article.boilerplateCovers("World\nFloods displace 40,000 in northern Nigeria"))
    }

    @Test func aCopyrightLineNamesThePublisherWhenNothingElseDoes() {
        #expect(PlainTextReader.copyrightHolder("copyright © 2024 harbor daily. all rights reserved.",
                                                "Copyright © 2024 Harbor Daily. All rights reserved.") == "Harbor Daily")
        #expect(PlainTextReader.copyrightHolder("© 2019-2024 the post", "© 2019-2024 The Post") == "The Post")
        #expect(PlainTextReader.copyrightHolder("copyright", "Copyright") == nil)
        #expect(PlainTextReader.copyrightHolder("more news", "More news") == nil)
    }

    @Test func crlfAndLoneCRBecomeLineFeeds() throws {
        let (articles, _) = try readText("Title\r\n\r\nFirst line.\rSecond line.\r\n")
        #expect(articles[0].text == "Title\n\nFirst line.\nSecond line.\n")
    }

    @Test func spansCountUnicodeScalars() throws {
        let (articles, _) = try readText("Café “news” 🇺🇦\n\nBody with 3 figures.\n\nCopyright © 2024 Someone\n")
        let article = articles[0]
        let texts = article.boilerplate.map { article.text.scalarSlice($0) }
        #expect(texts == ["Café “news” 🇺🇦", "Copyright © 2024 Someone"])
    }

    @Test func aDatelineOnItsOwnIsRecognisedButADateInASentenceIsNot() throws {
        let (articles, _) = try readText("Title here\nMonday, October 28, 2024 at 5:25 pm\n\nOn October 30, 2024 the army said 300 soldiers left.\n")
        #expect(articles[0].published == "2024-10-28")
        #expect(!articles[0].boilerplateTouches("On October 30"))
    }
}
