import ClaimKBModel
import Foundation
import Testing
@testable import ClaimKBIngest

/// `---` blocks of `key: value` lines at the top of Markdown and text files.
@Suite struct ReadingFrontMatterTests {
    @Test func markdownFrontMatterGivesTheFieldsAndTheBodyIsStored() throws {
        let article = try ReadingFixture.article("brief.md")
        #expect(article.format == "markdown")
        #expect(article.name == "flood-relief-fund")
        #expect(article.title == "Flood relief fund passes $50 million")
        #expect(article.url == "https://example.org/news/flood-relief")
        #expect(article.publisher == "Valley Courier")
        #expect(article.published == "2025-03-05")
        #expect(article.byline == "Tomas Reyes")
        #expect(article.text.hasPrefix("# Flood relief fund passes $50 million\n\nThe regional flood relief fund"))
        #expect(article.boilerplateCovers("# Flood relief fund passes $50 million"))
        #expect(article.boilerplateCovers("## Related Articles\n\n- River levels expected to fall this week"))
        #expect(!article.boilerplateTouches("About 3,400 households"))
        #expect(article.boilerplateIsWellFormed)
    }

    @Test func textFileWithFrontMatterKeepsTextFormat() throws {
        let (articles, _) = try readText("---\ntitle: Bridge reopens\nsource: City Desk\ndate: 2024-02-01\n---\nThe bridge reopened after 3 months.\n")
        #expect(articles[0].format == "text")
        #expect(articles[0].title == "Bridge reopens")
        #expect(articles[0].publisher == "City Desk")
        #expect(articles[0].published == "2024-02-01")
        #expect(articles[0].text == "The bridge reopened after 3 months.\n")
    }

    @Test func markdownWithoutFrontMatterTakesItsTitleFromTheHeading() throws {
        let (articles, _) = try readText("# Wildfire contained\n\nCrews contained the fire after it burned 1,200 hectares.\n", name: "fire.md")
        #expect(articles[0].title == "Wildfire contained")
        #expect(articles[0].name == "fire")
    }

    @Test func aLineWithoutAColonIsAnErrorNamingTheLine() {
        #expect(readError(Data("---\ntitle: A\nnot a pair\n---\nBody text.\n".utf8), name: "a.md")
            == "front matter line 3: expected 'key: value'")
    }

    @Test func anUnclosedBlockIsAnError() {
        #expect(readError(Data("---\ntitle: A\nBody text.\n".utf8), name: "a.md")
            == "front matter line 3: expected 'key: value'")
        #expect(readError(Data("---\ntitle: A\nurl: b\n".utf8), name: "a.md")
            == "front matter line 1: '---' is never closed")
    }

    @Test func frontMatterWithoutABodyHasNoArticleText() {
        #expect(readError(Data("---\ntitle: Only a title\n---\n\n".utf8), name: "a.md") == "no article text")
    }

    @Test func quotedValuesAreUnquoted() {
        #expect(FrontMatter.unquoted("\"say \\\"yes\\\"\"") == "say \"yes\"")
        #expect(FrontMatter.unquoted("'it''s'") == "it's")
        #expect(FrontMatter.unquoted("plain") == "plain")
    }
}
