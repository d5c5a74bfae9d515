import ClaimKBModel
import Foundation
import Testing
@testable import ClaimKBIngest

/// HTML pages: meta tags give the fields, the article element gives the text.
@Suite struct ReadingHTMLTests {
    @Test func pageGivesItsMetaFieldsAndArticleText() throws {
        let article = try ReadingFixture.article("page.html")
        #expect(article.format == "html")
        #expect(article.name == "page")
        #expect(article.title == "Aid convoy reaches Kherson after week-long delay")
        #expect(article.publisher == "Harbor Daily")
        #expect(article.url == "https://harbordaily.example/world/aid-convoy-kherson")
        #expect(article.published == "2024-11-03")
        #expect(article.byline == "Olena Marchenko")
        #expect(article.text == """
            Aid convoy reaches Kherson after week-long delay

            By Olena Marchenko

            A convoy of 42 trucks carrying about 600 tonnes of food and medicine reached Kherson on Saturday, \
            the regional administration said.

            The United Nations’ humanitarian office said the delivery was “the largest since the summer” & that \
            a further 1,200 tonnes are planned for December.

            Officials estimated that as many as 160,000 people remain in the city — roughly half its pre-war \
            population — according to the administration’s figures.
            """)
        #expect(article.boilerplateCovers("Aid convoy reaches Kherson after week-long delay\n\nBy Olena Marchenko"))
        #expect(!article.boilerplateTouches("A convoy of 42 trucks"))
        #expect(article.boilerplateIsWellFormed)
    }

    @Test func scriptStyleNavigationAndFormsAreDropped() throws {
        let text = try ReadingFixture.article("page.html").text
        for dropped in ["tracking", "font-family", "ad slot", "Business", "Home", "Earlier convoy", "Subscribe", "Copyright"] {
            #expect(!text.contains(dropped), "\(dropped)")
        }
    }

    @Test func bodyIsReadWhenThereIsNoArticleElement() throws {
        let html = """
            <html><head><title>Ceasefire talks resume</title></head><body>
            <div class=menu><nav>Home | World</nav></div>
            <p>Negotiators met in Doha on Sunday.<br>Talks will continue.</p><p>Officials said 30 hostages could be freed.</p>
            </body></html>
            """
        let (articles, _) = try readText(html, name: "talks.html")
        #expect(articles[0].title == "Ceasefire talks resume")
        #expect(articles[0].text == "Negotiators met in Doha on Sunday.\nTalks will continue.\n\nOfficials said 30 hostages could be freed.")
    }

    @Test func contentStartingWithDoctypeIsHTMLWhateverTheName() throws {
        let (articles, _) = try readText("<!DOCTYPE html><p>Rain flooded 200 homes in the valley.</p>", name: "page")
        #expect(articles[0].format == "html")
        #expect(articles[0].text == "Rain flooded 200 homes in the valley.")
    }

    @Test func brokenMarkupIsToleratedAndAnUnterminatedTagAtTheEndKeepsWhatCameBefore() throws {
        let (articles, _) = try readText("<p>Unclosed <b>bold <i>text</p><p>Second &unknown; & more</p><a href=\"x", name: "x.html")
        #expect(articles[0].text == "Unclosed bold text\n\nSecond &unknown; & more")
    }

    @Test func markupWithNoReadableTextIsAnErrorNamingTheLine() {
        #expect(readError(Data("<html>\n<head>\n<meta name=\"x\" content=\"y".utf8), name: "x.html")
            == "line 3: unterminated HTML tag")
        #expect(readError(Data("<html><body><script>only()</script></body></html>".utf8), name: "x.html")
            == "no article text")
    }

    @Test func deeplyNestedMarkupDoesNotOverflowTheStack() throws {
        let depth = 50_000
        let html = String(repeating: "<div><span>", count: depth) + "Deep text with 5 figures." + String(repeating: "</span></div>", count: depth)
        let (articles, _) = try readText(html, name: "deep.html")
        #expect(articles[0].text == "Deep text with 5 figures.")
    }

    @Test func entitiesAreDecoded() {
        let html = "a&amp;b &lt;c&gt; &quot;d&quot; &#8217; &#x2019; &nbsp;e&hellip; &eacute; &#150; &bogus;"
        let document = HTMLText.parse(html)
        #expect(document.text == "a&b <c> \"d\" ’ ’ e… é – &bogus;")
    }

    @Test func canonicalLinkAndTimeElementFillInForMissingMetaTags() throws {
        let html = """
            <html><head><title>Dam repairs finished - River Post</title>
            <meta property="og:site_name" content="River Post">
            <link rel="canonical" href="https://river.example/dam"></head>
            <body><article><time datetime="2025-01-07">7 January</time><p>Repairs to the dam cost $4 million.</p></article></body></html>
            """
        let (articles, _) = try readText(html, name: "dam.html")
        #expect(articles[0].title == "Dam repairs finished")
        #expect(articles[0].url == "https://river.example/dam")
        #expect(articles[0].published == "2025-01-07")
    }
}
