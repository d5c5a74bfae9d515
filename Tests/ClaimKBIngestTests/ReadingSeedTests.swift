import ClaimKBModel
import Testing
@testable import ClaimKBIngest

/// The five seed articles, as copied from news pages: titles, header lines and page furniture.
@Suite struct ReadingSeedTests {
    static let seeds = [
        "000_ec78e54377f6148f.txt", "001_f0a0f4931d3789de.txt", "002_5b5ca3fd5f84e9b9.txt",
        "003_f7d78eb1bd6ee391.txt", "004_14f0491d8cf91e8c.txt",
    ]

    @Test(arguments: seeds)
    func seedReadsAsOneTextArticleNamedForItsFile(file: String) throws {
        let article = try ReadingFixture.article(file)
        #expect(article.name == String(file.dropLast(4)))
        #expect(article.format == "text")
        #expect(article.contentHash == ContentHash.sha256Hex(article.text))
        #expect(article.boilerplateIsWellFormed)
    }

    @Test func seed000TitleIsItsFirstLineAndImageAndRepeatedTitleAreFurniture() throws {
        let article = try ReadingFixture.article("000_ec78e54377f6148f.txt")
        #expect(article.title == "North Korean Troops Deployed to Assist Russia in Ukraine")
        #expect(article.boilerplateCovers("image\n\nNorth Korean Troops Deployed"))
        #expect(!article.boilerplateTouches("NATO Secretary General Mark Rutte confirmed on Monday"))
        #expect(!article.boilerplateTouches("Military analysts are assessing the potential impact"))
    }

    @Test func seed001SkipsSiteChromeForTheTitleAndCoversTagsAndRatings() throws {
        let article = try ReadingFixture.article("001_f0a0f4931d3789de.txt")
        #expect(article.title == "South Korean Intelligence: North Korea Dispatching Troops to Russia")
        #expect(article.boilerplateCovers("Top StoryWorld"))
        #expect(article.boilerplateCovers("North Korea troops Russia/ South Korea intelligence/"))
        for furniture in ["More on World News", "Previous Article", "Wall Street Nears Longest Winning Streak of 2024",
                          "Judge Denies Trump’s Request", "How useful was this article?", "Click on a star to rate it!",
                          "Average rating 0 / 5. Vote count: 0", "No votes so far!", "Latest News", "Menu"] {
            #expect(article.boilerplateCovers(furniture), "\(furniture)")
        }
        #expect(!article.boilerplateTouches("South Korean Intelligence Report: North Korea has sent 1,500"))
        #expect(!article.boilerplateTouches("South Korea’s National Intelligence Service (NIS) confirmed Friday"))
        #expect(!article.boilerplateTouches("preparing to send a total of 10,000 soldiers"))
        #expect(!article.boilerplateTouches("raises the stakes for global security"))
    }

    @Test func seed002WithoutAHeadlineGetsItsFirstSentenceAsTitleAndNoFurniture() throws {
        let article = try ReadingFixture.article("002_5b5ca3fd5f84e9b9.txt")
        #expect(article.title?.hasPrefix("On October 24, Ukraine’s defense intelligence agency revealed") == true)
        #expect(article.boilerplate.isEmpty)
    }

    @Test func seed003CoversRelatedArticlesCommentsAndCopyrightButNotTheArticle() throws {
        let article = try ReadingFixture.article("003_f7d78eb1bd6ee391.txt")
        #expect(article.title == "South Korea and Ukraine claim North Korea is sending troops to support Russia")
        #expect(article.publisher == "IRIA - International Relations Insights & Analysis")
        #expect(article.boilerplateCovers("Asia-Pacific, News No Comments on"))
        for furniture in ["Related Articles", "Leave a comment", "Copyright © 2024 IRIA", "Subscribe to IRIA News",
                          "Enter your email address:"] {
            #expect(article.boilerplateCovers(furniture), "\(furniture)")
        }
        #expect(!article.boilerplateTouches("as many as 1,500 North Korean troops have already arrived"))
        #expect(!article.boilerplateTouches("nearly 11,000 North Korean infantry troops"))
        #expect(!article.boilerplateTouches("as many as 13,000 containers"))
        #expect(!article.boilerplateTouches("emerging military axis between Moscow and Pyongyang."))
    }

    @Test func seed004ReadsPublisherSectionAndDatelineFromItsHeader() throws {
        let article = try ReadingFixture.article("004_14f0491d8cf91e8c.txt")
        #expect(article.title == "North Korean Troop Deployment in Russia's Kursk Region Confirmed by NATO Chief Amid Escalating Conflict")
        #expect(article.publisher == "ICARO Media Group")
        #expect(article.published == "2024-10-28")
        #expect(article.boilerplateCovers("ICARO Media Group\nPolitics\n28/10/2024 17h25"))
        #expect(article.boilerplateCovers("The views expressed in this article do not reflect the opinion of ICARO"))
        #expect(article.boilerplateCovers("\nRelated"))
        #expect(!article.boilerplateTouches("North Korean Troops Enter Russia's Kursk Region: NATO Chief Confirms"))
        #expect(!article.boilerplateTouches("approximately 3,000 North Korean personnel"))
        #expect(!article.boilerplateTouches("longer-range U.S.-provided missiles"))
    }

    @Test func seedWithoutADateTakesTheDefault() throws {
        let article = try ReadingFixture.article(
            "000_ec78e54377f6148f.txt", options: ReadOptions(defaultPublished: "2024-10-29"))
        #expect(article.published == "2024-10-29")
        let dated = try ReadingFixture.article(
            "004_14f0491d8cf91e8c.txt", options: ReadOptions(defaultPublished: "2024-10-29"))
        #expect(dated.published == "2024-10-28")
    }
}
