import ClaimKBIngest
import ClaimKBModel
import Testing

/// Real sentences, each checked for evidence, figure, qualifier, modality and claimant.
@Suite struct ExtractorTests {
    let extractor = Fixtures.extractor

    func claims(_ text: String, published: String? = nil) -> [Claim] {
        extractor.extract(article(text, published: published)).claims.filter { $0.quantity != nil }
    }

    @Test func hedgedFigureWithCountedNounAndPlace() throws {
        let text = "The intelligence service said that there are approximately 12,000 North Korean soldiers in Russia."
        let c = try #require(claims(text).first)
        #expect(c.kind == "troops")
        #expect(c.quantity == Quantity(low: 12000, high: 12000, qualifier: .approximately, text: "approximately 12,000"))
        #expect(c.counted == "North Korean soldiers")
        #expect(c.place?.name == "Russia")
        #expect(c.evidence == text)
    }

    @Test func appositiveNamesSpeakAndCoordinatedModifiersCount() throws {
        let acr = try #require(claims("Kenya's national disaster management agency, NDMA, said 48 people had died.").first)
        #expect(acr.claimant?.entity == EntityKey(name: "NDMA", type: .organization))
        #expect(acr.kind == "casualties")
        let typed = try #require(claims("Alarm Phone, a volunteer network tracking boats in distress, said 130 migrants were on board.").first)
        #expect(typed.claimant?.entity == EntityKey(name: "Alarm Phone", type: .organization))
        let staff = try #require(claims("The minister said about 2,500 fire and rescue officers had been sent.").first)
        #expect(staff.kind == "troops")
        #expect(staff.counted == "fire and rescue officers")
        #expect(staff.quantity?.low == 2500)
        let toll = try #require(claims("The death toll from the floods that swept through three northern provinces last month has risen to 212.").first)
        #expect(toll.kind == "casualties")
        #expect(toll.quantity?.low == 212)
    }

    @Test func claimantThroughCitingChain() throws {
        let text = "South Korean media, citing the NIS, suggested that North Korea plans to dispatch a total of 12,000 troops to Russia."
        let c = try #require(claims(text).first)
        #expect(c.claimant?.entity == EntityKey(name: "South Korean media", type: .media))
        #expect(c.sources.contains { $0.role == .cited && $0.entity.name == "National Intelligence Service" })
        #expect(c.modality == .planned)
        #expect(c.quantity?.low == 12000)
    }

    @Test func unknownMediaNamesTakeTheirTypeFromTheirLastWord() throws {
        for name in ["Open Wire", "the Harbor Courier", "the Morning Ledger"] {
            let c = try #require(claims("\(name) reported that 300 troops had reached the border.").first, "\(name)")
            #expect(c.claimant?.entity.type == .media, "\(name)")
        }
    }

    @Test func vagueAmountsBecomeRanges() throws {
        let c = try #require(claims("The think tank reported that several thousand troops had arrived.").first)
        #expect(c.quantity?.low == 2000)
        #expect(c.quantity?.high == 9999)
        #expect(c.quantity?.qualifier == .vague)
        let thousands = try #require(claims("The U.S. and Ukraine have accused North Korea of sending thousands of soldiers to Russia.").first)
        #expect(thousands.quantity == Quantity(low: 1000, high: 9999, qualifier: .vague, text: "thousands"))
        #expect(thousands.counted == "soldiers")
    }

    @Test func dozensHalvesAndStrengths() throws {
        let found = claims("Two dozen soldiers were killed. A dozen tanks were destroyed. Half a million people fled."
            + " A 5,000-strong contingent arrived.")
        #expect(found.map { $0.quantity?.low } == [24, 12, 500_000, 5_000])
        #expect(found.last?.counted == "contingent")
        #expect(found.last?.kind == "troops")
        #expect(claims("Russia will send 2,000 additional troops.").first?.kind == "troops")
        #expect(claims("In mid-October, 500 more soldiers came.").first?.quantity?.low == 500)
    }

    @Test func numberWordsScalesCurrencyAndRanges() throws {
        let words = try #require(claims("Officials said eight million shells were shipped.").first)
        #expect(words.quantity?.low == 8_000_000)
        #expect(words.kind == "munitions")
        let money = try #require(claims("The agency estimated that it earned around $540 million last year.").first)
        #expect(money.quantity?.unit == "USD")
        #expect(money.quantity?.low == 540_000_000)
        #expect(money.kind == "money")
        let range = try #require(claims("Between 10,000 and 12,000 troops are in the region, officials said.").first)
        #expect(range.quantity?.low == 10_000)
        #expect(range.quantity?.high == 12_000)
        let decimal = try #require(claims("The army has 1.2 million personnel.").first)
        #expect(decimal.quantity?.low == 1_200_000)
    }

    @Test func datesYearsCalibresAndIdentifiersAreNotClaims() {
        let text = """
            On October 24, 2024, the ministry said the KN-23 missiles and 122-mm shells used since 1990 were old. \
            The 32-year-old soldier was the first to arrive. Nearly 32 months later, nothing changed in 2024.
            """
        #expect(claims(text).isEmpty)
    }

    @Test func relativeDatesResolveAgainstPublication() throws {
        let c = try #require(claims("NATO chief Mark Rutte said on Monday that 3,000 troops were deployed.", published: "2024-10-30").first)
        #expect(c.dateText == "on Monday")
        #expect(c.claimDate == "2024-10-28")
        let last = try #require(claims("Budanov said last Thursday that 11,000 troops were training.", published: "2024-10-31").first)
        #expect(last.claimDate == "2024-10-24")
        // A day and month without a year: the coming one when it is near (a plan), else the last one.
        let plan = try #require(claims("The ministry will send 2,000 troops on November 15, officials said.", published: "2024-10-01").first)
        #expect(plan.claimDate == "2024-11-15")
        let newYear = try #require(claims("Officials said 400 troops would arrive on January 10.", published: "2024-12-20").first)
        #expect(newYear.claimDate == "2025-01-10")
        let past = try #require(claims("Officials said 300 troops arrived on March 3.", published: "2024-10-28").first)
        #expect(past.claimDate == "2024-03-03")
        let lastYear = try #require(claims("Officials said 300 troops arrived on May 3.", published: "2025-01-28").first)
        #expect(lastYear.claimDate == "2024-05-03")
        let sameDay = try #require(claims("Officials said on October 28 that 200 troops arrived.", published: "2024-10-28").first)
        #expect(sameDay.claimDate == "2024-10-28")
        let undated = try #require(claims("Officials said on October 24 that 500 troops arrived.").first)
        #expect(undated.dateText == "on October 24")
        #expect(undated.claimDate == nil)
    }

    @Test func attributionCarriesToTheNextSentenceOfAParagraph() throws {
        let text = "Ukraine's military intelligence chief, Kyrylo Budanov, said the units were ready. The first batch of 2,600 soldiers is set to arrive in the Kursk region."
        let c = try #require(claims(text).first)
        #expect(c.claimant?.entity.name == "Kyrylo Budanov")
        #expect(c.modality == .planned)
        #expect(c.place?.name == "Kursk region")
        #expect(c.evidence == "The first batch of 2,600 soldiers is set to arrive in the Kursk region.")
    }

    @Test func aCarriedSourceTakesTheNextSentencesOwnPolarity() throws {
        let text = "Interior Minister Marko Delic denied the reports. About 18 people were detained, he added later."
            + " Delic rejected the claims. The number of protesters arrested stood at 40."
        let found = claims(text)
        #expect(found.map(\.quantity?.low) == [18, 40])
        #expect(found.allSatisfy { $0.claimant?.entity.name == "Marko Delic" && $0.polarity == .asserted })
    }

    @Test func aCompanyNamedInAnAppositionIsWhomTheCompanyRefersTo() throws {
        let text = "The minister denied signing a deal with Rio Tinto, the Anglo-Australian mining group."
            + " The company has said the project would cost about $2.4 billion."
        let c = try #require(claims(text).first)
        #expect(c.claimant?.entity == EntityKey(name: "Rio Tinto", type: .organization))
        #expect(c.polarity == .asserted)
        #expect(c.kind == "money")
    }

    @Test func whatSomeoneUrgesOthersToDoIsNotTheirStatement() throws {
        let x = extractor.extract(article("India had urged the board to reject the payment, the Press Trust of India reported."))
        let statement = try #require(x.claims.first)
        #expect(statement.claimant?.entity.name == "Press Trust of India")
        #expect(statement.polarity == .asserted)
    }

    @Test func crowdsAndRescueWorkersAreCountedAsPeople() throws {
        let crowd = try #require(claims("The interior ministry estimated the crowd at 24,000.").first)
        #expect(crowd.kind == "people")
        #expect(crowd.counted == "crowd")
        let rescuers = try #require(claims("Vice President Fuat Oktay said about 13,000 search and rescue personnel had been deployed.").first)
        #expect(rescuers.kind == "people")
        #expect(rescuers.counted == "search and rescue personnel")
        let arrivals = try #require(claims("Italian authorities have registered around 12,500 sea arrivals since January.").first)
        #expect(arrivals.kind == "refugees")
        #expect(claims("The WHO has recorded 1,250 attacks on health care facilities.").first?.counted == "attacks")
    }

    @Test func aSpeakerTheRulesCannotNameIsNotAnEarlierName() throws {
        let local = try #require(claims(
            "At least 56 civilians were killed when the Rapid Support Forces shelled a market in El Fasher, local officials said.").first)
        #expect(local.claimant?.entity == EntityKey(name: "officials", type: .organization))
        #expect(local.kind == "casualties")
        let officials = try #require(claims("At least 85 people were killed in the strike, Ukrainian officials said.").first)
        #expect(officials.claimant?.entity.name == "Ukraine")
        // Not carried from the sentence before either: the official speaks, unnamed but for whose he is.
        let anonymous = claims("Finance Minister Muhammad Aurangzeb said reserves had risen to $10.2 billion."
            + " A central bank official, who asked not to be named, said the figure was closer to $9.8 billion.")
        #expect(anonymous.map { $0.claimant?.entity.name } == ["Muhammad Aurangzeb", "central bank officials"])
    }

    @Test func policeAndOrganisersSpeakForThemselvesWhenNothingNamesThem() throws {
        let found = claims("Police estimated the crowd at 24,000, while the organisers, a coalition of environmental groups,"
            + " said more than 100,000 people had taken part.")
        #expect(found.map { $0.claimant?.entity } == [
            EntityKey(name: "police", type: .organization), EntityKey(name: "organisers", type: .organization),
        ])
        let activists = try #require(claims("At least 56 civilians were killed in El Fasher, according to local activists.").first)
        #expect(activists.claimant?.entity.name == "activists")
        // after a country, the country's group; and a group that only acts does not speak
        #expect(claims("Kenyan police said 12 people were killed.").first?.claimant?.entity.name == "Kenyan police")
        #expect(claims("Police arrested 457 people.").first?.claimant == nil)
    }

    @Test func aCountrysNameThatOpensALongerNameIsPartOfIt() throws {
        for (text, name) in [
            ("The Sudan Doctors Network said 18 of the dead were children.", "Sudan Doctors Network"),
            ("The Serbian Progressive Party said 3,000 members had joined.", "Serbian Progressive Party"),
            ("Czech Television reported that 40 people were hurt.", "Czech Television"),
            ("Between 300 and 400 fighters were killed, the Syrian Observatory for Human Rights reported.",
             "Syrian Observatory for Human Rights"),
            // a group after the country still speaks for it, and a title is no longer name
            ("The Russian Defence Ministry said 300 soldiers were killed.", "Russian Defence Ministry"),
            ("Russian President Vladimir Putin said 1,000 troops were there.", "Vladimir Putin"),
        ] {
            #expect(claims(text).first?.claimant?.entity.name == name, "\(text)")
        }
    }

    @Test func theCompanySpeaksEvenUnresolvedAndAPlacesOfficialsAreAGroup() throws {
        let strike = claims("The GDL union said about 20,000 of its members had stopped work, while Deutsche Bahn put the"
            + " number of striking staff at around 11,000. The company said the strike would cost it 100 million euros a day.")
        #expect(strike.map { $0.claimant?.entity.name } == ["GDL", "Deutsche Bahn", nil])  // not carried from GDL
        #expect(strike[1].counted == "staff")
        let quake = try #require(claims("Ishikawa prefecture officials said about 30,000 people were in shelters.").first)
        #expect(quake.claimant?.entity == EntityKey(name: "Ishikawa prefecture officials", type: .organization))
    }

    @Test func speakersAfterTheVerbAndListenersAreToldApart() throws {
        #expect(claims("About 1,000 troops were there, said the Defence Ministry.").first?.claimant?.entity.name == "Defence Ministry")
        #expect(claims("About 1,000 troops were there, said Dmitry Peskov.").first?.claimant?.entity
                == EntityKey(name: "Dmitry Peskov", type: .person))
        #expect(claims("About 1,000 troops were there, said Human Rights Watch.").first?.claimant?.entity
                == EntityKey(name: "Human Rights Watch", type: .organization))
        // an unnamed official speaks, not the country named earlier; AFP is whom he told
        let told = try #require(claims("Up to 3,000 North Korean troops may be in Russia, a Western official told AFP.").first)
        #expect(told.claimant?.entity.name == "western officials")
        // one official of a country speaks for it, as its officials do
        #expect(claims("A senior US official said 10,000 North Korean troops were in Kursk.").first?.claimant?.entity.name
                == "United States")
        #expect(claims("A third of the 3,000 soldiers were wounded, a Ukrainian commander said.").first?.claimant?.entity.name
                == "Ukraine")
        #expect(claims("Inflation rose to 8.5 percent in March.").first?.counted == "Inflation")
        // the passive names its speaker after "by"
        #expect(claims("The deployment of 12,000 troops was reported by South Korean media.").first?.claimant?.entity.name
                == "South Korean media")
        let confirmed = try #require(claims("About 3,000 troops have arrived, as confirmed by the Pentagon.").first)
        #expect(confirmed.claimant?.entity.name == "Pentagon")
        #expect(confirmed.polarity == .confirmed)
        let doubled = try #require(claims("The number of displaced people has doubled to 2.4 million, the UN said.").first)
        #expect(doubled.kind == "refugees")
        #expect(doubled.quantity?.low == 2_400_000)
    }

    @Test func aSpeakerWithoutANameStillDeniesAndAPlacesGroupSpeaks() throws {
        // the speaker has no name the rules know, but its verb still denies the figure
        let denied = try #require(claims("The ministry denied reports that 500 soldiers had been killed.").first)
        #expect(denied.claimant == nil)
        #expect(denied.polarity == .denied)
        #expect(denied.rule.hasSuffix("/unnamed"))
        // a group in a place speaks as the place's group; the place stays the claim's place
        let local = try #require(claims("Officials in Kharkiv said 12 people were killed overnight.").first)
        #expect(local.claimant?.entity == EntityKey(name: "Kharkiv officials", type: .organization))
        #expect(local.place == EntityKey(name: "Kharkiv", type: .place))  // a local group's figure is about its place
        #expect(claims("Police in Lyon said about 4,000 people marched.").first?.claimant?.entity.name == "Lyon police")
        // in a country's capital, its officials are the country; an embassy there is its own country's
        #expect(claims("Officials in Kyiv said 40 drones were shot down.").first?.claimant?.entity.name == "Ukraine")
        #expect(claims("The Russian embassy in Seoul said 40 drones were shot down.").first?.claimant?.entity.name == "Russia")
        // a hyphenated given name
        #expect(claims("Kim Yong-hyun, the defence minister, said about 100 ballistic missiles were supplied.").first?
                .claimant?.entity == EntityKey(name: "Kim Yong-hyun", type: .person))
        // but troops in a place are counted there, not speaking
        #expect(claims("About 12,000 troops in Kursk have been deployed.").first?.claimant == nil)
    }

    @Test func theHeadOfALongSubjectAndMoreOfThoseCounted() throws {
        let found = claims("The number of people forced from their homes by the war has risen to 10.7 million, the UN said."
            + " A total of 2.1 million people have crossed into neighbouring countries, including more than 600,000"
            + " into Chad. An additional 25,000 had arrived in South Sudan.")
        #expect(found.map(\.kind) == ["refugees", "people", "people", "people"])
        #expect(found.first?.counted == "people")
        #expect(claims("Aid groups estimate that 755,000 people face famine.").first?.claimant?.entity.name == "aid groups")
        // a part of a place's whole: "1.9 million of Gaza's 2.3 million people"
        let part = try #require(claims("UN agencies say about 1.9 million of Gaza's 2.3 million people have been displaced.").first)
        #expect(part.quantity?.low == 1_900_000)
        #expect(part.kind == "refugees")
    }

    @Test func emissionsAreCounted() throws {
        let rose = try #require(claims("Emissions rose by 1.3% in 2023, the UN Environment Programme said.").first)
        #expect(rose.quantity?.unit == "percent")
        #expect(rose.claimant?.entity.name == "UN Environment Programme")
    }

    @Test func aGeneralStaffSpeaksAndAClaimToHaveDoneIsAClaim() throws {
        let found = claims("Ukraine's General Staff said Russia had lost 1,200 troops in the past day. Russia claimed to have"
            + " destroyed 35 Ukrainian drones.")
        #expect(found.map { $0.claimant?.entity.name } == ["Ukraine's General Staff", "Russia"])
    }

    @Test func aBareFigureThatSomethingHappenedToIsCounted() throws {
        let found = claims("At least 20 were killed and 40 wounded, police said. Two soldiers died and three were hurt.")
        #expect(found.map { $0.quantity?.low } == [20, 40, 2, 3])
        #expect(found.allSatisfy { $0.kind == "casualties" })
        #expect(claims("He paid 300 dollars and 40 were fine.").count == 1)
        // a time is no count: "injured over three nights of protests"
        #expect(claims("Police detained 224 people and 113 officers were injured over three nights of protests.")
                .map { $0.quantity?.low } == [224, 113])
    }

    @Test func sharesOfTheEconomyAreMoney() throws {
        let found = claims("Defence will account for 6.3% of gross domestic product, up from 6.7% this year. Security will"
            + " make up about 40% of all federal expenditure.")
        #expect(found.map(\.kind) == ["money", "money", "money"])
        #expect(found.map { $0.quantity?.unit } == ["percent", "percent", "percent"])
    }

    @Test func aNameAfterInIsAPlaceEvenBeforeATitle() throws {
        let found = try #require(claims("More than 600 people remain unaccounted for in North Carolina, Governor Roy Cooper said.").first)
        #expect(found.place == EntityKey(name: "North Carolina", type: .place))
        #expect(found.claimant?.entity == EntityKey(name: "Roy Cooper", type: .person))
    }

    @Test func aTitleWithOfBelongsToTheNameAfterIt() throws {
        #expect(claims("Iran has sent more than 200 missiles to Russia, US Secretary of State Antony Blinken said.").first?
                .claimant?.entity == EntityKey(name: "Antony Blinken", type: .person))
        #expect(claims("The Minister of Defence Rustem Umerov said 50 tanks arrived.").first?
                .claimant?.entity == EntityKey(name: "Rustem Umerov", type: .person))
    }

    @Test func aSpokespersonsBodySpeaksAndAnAppositionNamesTheSpeaker() throws {
        #expect(claims("Calm returned. A spokeswoman for the Interior Ministry said 45 people were arrested.").first?
                .claimant?.entity.name == "Interior Ministry")
        #expect(claims("Shelling went on. The head of the regional administration, Oleh Synehubov, said 12 people were injured.")
                .first?.claimant?.entity == EntityKey(name: "Oleh Synehubov", type: .person))
    }

    @Test func aPersonDescribedByTheBodyTheyServeSpeaksNotTheBody() throws {
        let budanov = try #require(claims("Fighting went on. Kyrylo Budanov, Ukraine's military intelligence chief, said about"
            + " 11,000 North Korean troops were in the Kursk region.").first)
        #expect(budanov.claimant?.entity == EntityKey(name: "Kyrylo Budanov", type: .person))
        let kirby = try #require(claims("Talks stalled. John Kirby, the White House national security spokesman, told"
            + " reporters that 3,000 troops had arrived.").first)
        #expect(kirby.claimant?.entity == EntityKey(name: "John Kirby", type: .person))
        let unrwa = try #require(claims("Aid went on. UNRWA, the UN agency for Palestinian refugees, says at least 500"
            + " trucks a day are needed.").first)
        #expect(unrwa.claimant?.entity == EntityKey(name: "UNRWA", type: .organization))
    }

    @Test func aBareCountRightAfterCountedPeopleCountsThemAgain() throws {
        let found = claims("More than 8 million refugees have fled. Germany has taken in about 1 million, officials said.")
        #expect(found.map(\.kind) == ["refugees", "refugees"])
        #expect(found.last?.counted == "refugees")
        // a change is no head count, the dead are not counted on, and the count does not reach past the
        // next sentence but in its paragraph
        #expect(claims("Shelling killed 300 people. The index rose 150 on Monday.").count == 1)
        #expect(claims("Shelling killed 300 people. Troops fired 400 overnight.").count == 1)
        #expect(claims("More than 8 million refugees have fled.\n\nThe city was quiet.\n\nHungary received 30,000.").count == 1)
        #expect(claims("More than 8 million refugees have fled. The city was quiet. Hungary received 30,000.").count == 2)
        // what a speaker reports counting is not more of them
        #expect(claims("More than 4,000 people were rescued. Police reported 300 incidents.").count == 1)
        #expect(claims("More than 4,000 people were rescued. Kathmandu recorded 240 mm of rain.").last?.quantity?.unit == "mm")
        let more = claims("Pyongyang has sent about 10,000 soldiers. Some 3,000 more are expected to follow, Yonhap reported.")
        #expect(more.map(\.kind) == ["troops", "troops"] && more.last?.modality == .planned)
    }

    @Test func aNamedActorOpeningASentenceIsNotTheLastSpeakerGoingOn() throws {
        let found = claims("Sherry Rehman, the climate minister, said 1,200 people had died. The United Nations appealed"
            + " for $160 million in emergency aid.")
        #expect(found.map(\.claimant?.entity.name) == ["Sherry Rehman", "United Nations"])
        // with no name of its own, the sentence goes on reporting what its speaker said
        let carried = claims("Sherry Rehman said 1,200 people had died. Another 300 were missing.")
        #expect(carried.last?.claimant?.entity.name == "Sherry Rehman")
    }

    @Test func whoRejectsAClaimAfterItIsNotWhoMadeIt() throws {
        let c = try #require(claims("Talks stalled. The IDF said it had killed 17,000 militants, a claim Hamas rejected.").first)
        #expect(c.claimant?.entity.name == "Israel Defense Forces")
        let army = try #require(claims("Talks stalled. The army said it had killed 17,000 militants, a claim Hamas rejected.").first)
        #expect(army.claimant == nil && army.polarity == .asserted)
        let disputed = try #require(claims("Talks stalled. About 300 soldiers died, a figure disputed by Kyiv.").first)
        #expect(disputed.claimant == nil)
    }

    @Test func aSpeakerDescribedWithoutANameStopsTheLastSpeakerGoingOn() throws {
        let found = claims("Police said they arrested 120 protesters. Turnout was 67.4%, the electoral commission said.")
        #expect(found.map { $0.claimant?.entity.name } == ["police", nil])
        #expect(found.last?.rule == "digits/unnamed")
    }

    @Test func aBareFigureBeforeAnUnknownPluralCountsThoseThingsNotPeople() throws {
        #expect(claims("Fires spread. Authorities evacuated 19 villages and a hospital.").isEmpty)
        #expect(claims("Fires spread. Troops killed 12 overnight and injured 30 others.").map(\.kind) == ["casualties", "casualties"])
    }

    @Test func aLongUnknownNameAfterAccordingToIsTheSource() throws {
        let c = try #require(claims("Fires spread. More than 150,000 hectares burned, according to the European Forest Fire"
            + " Information System.").first)
        #expect(c.claimant?.entity == EntityKey(name: "European Forest Fire Information System", type: .organization))
    }

    @Test func aCountrysOfficialWithoutANameSpeaksForTheCountry() throws {
        let c = try #require(claims("Talks stalled. Ukraine's intelligence chief said North Korea may send up to 100,000 troops.").first)
        #expect(c.claimant?.entity == EntityKey(name: "Ukraine", type: .country))
        #expect(c.modality == .planned && c.quantity?.qualifier == .up_to)
    }

    @Test func aTitledSpeakerAfterTheVerbSpeaks() throws {
        let found = claims("Cholera spread. \"We have recorded 1,340 cases and 37 deaths,\" said Dr. Amina Yusuf, the head"
            + " of the state health agency.")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.claimant?.entity == EntityKey(name: "Amina Yusuf", type: .person) })
    }

    @Test func anIncludingAsideDoesNotCutTheSubjectFromItsVerb() throws {
        let found = claims("Strikes went on. The ministry said at least 492 people, including 35 children, were killed on Monday.")
        #expect(found.map(\.kind) == ["casualties", "casualties"])
    }

    @Test func aTotalBroughtToAFigureCountsWhatWasCounted() throws {
        let found = claims("About 1,500 migrants crossed the Channel on Saturday, the Home Office said. That brings the"
            + " total for 2024 to 26,612. Five people died at sea, the French coastguard said.")
        #expect(found.map(\.quantity?.low) == [1_500, 26_612, 5])
        #expect(found[1].kind == "refugees" && found[1].counted == "migrants")
        #expect(found[2].claimant != nil)
    }

    @Test func anAndClauseWithItsOwnSpeakerLeavesTheAccordingToPhraseBehind() throws {
        let found = claims("War goes on. At least 24,000 people have been killed, according to ACLED, a monitoring group,"
            + " and more than 11 million have been displaced, the International Organization for Migration says.")
        #expect(found.map { $0.claimant?.entity.name } == ["ACLED", "International Organization for Migration"])
        let both = claims("War goes on. According to the UN, 300 died and 400 were hurt.")
        #expect(both.map { $0.claimant?.entity.name } == ["United Nations", "United Nations"])
    }

    @Test func lossesAreCasualtiesAndACountrysIntelligenceSpeaks() throws {
        let found = claims("War goes on. Moscow has lost more than 600,000 soldiers, British defence intelligence estimated."
            + " Ukraine's General Staff put Russian losses at 1,520 on Thursday alone.")
        #expect(found.map(\.kind) == ["casualties", "casualties"])
        #expect(found.map { $0.claimant?.entity.name } == ["British defence intelligence", "Ukraine's General Staff"])
    }

    @Test func poundsOfSomethingAreAWeightNotMoney() throws {
        #expect(claims("Raids went on. Officials seized 21,000 pounds of fentanyl.").allSatisfy { $0.quantity?.unit != "GBP" })
        #expect(claims("Aid went on. Britain pledged 2 million pounds in aid.").first?.quantity?.unit == "GBP")
    }

    @Test func whoPutsTheNumberAtAFigureClaimsIt() throws {
        let found = claims("Aid went on. Israel said that it had allowed 1,100 aid trucks into Gaza, but the United Nations"
            + " put the number at about 700.")
        #expect(found.map { $0.claimant?.entity.name } == ["Israel", "United Nations"])
        #expect(found.last?.kind == "equipment" && found.last?.sources.count == 1)
    }

    @Test func aPlaceSetBeforeTheSentenceIsWhereItHappened() throws {
        let c = try #require(claims("Storms hit. In North Carolina alone, 104 deaths have been confirmed, Governor Roy Cooper said.").first)
        #expect(c.place?.name == "North Carolina")
        #expect(claims("Storms hit. In a statement, the ministry said 40 people died.").first?.place == nil)
    }

    @Test func aPlanInACoordinatedPredicateDoesNotPlanTheFigure() throws {
        let c = try #require(claims("Votes were counted. Maria Santos said her party had received at least 2 million votes"
            + " and would challenge the results in court.").first)
        #expect(c.modality == .reported)
        #expect(claims("Rains went on. Officials said 5,000 people could be evacuated.").first?.modality == .planned)
    }

    @Test func aCountOfTheSourcesIsNoClaim() throws {
        let found = claims("Kyiv has received 120 missiles, according to two people familiar with the matter. Two people"
            + " with knowledge of the plans said 400 troops would be sent. About 3,000 people were close to the front line.")
        #expect(found.map { $0.quantity?.low } == [120, 400, 3_000])
    }

    @Test func whereItWasSaidIsNotWhereItHappenedAndAnAcronymIsNoPlace() throws {
        let told = try #require(claims("The convoy carried food for 120,000 people, a spokesperson told reporters in Geneva.").first)
        #expect(told.place == nil)
        let reported = try #require(claims("About 517 deaths have been reported in the Democratic Republic of Congo.").first)
        #expect(reported.place?.name == "Democratic Republic of Congo")
        let shelling = try #require(claims("The army said more than 300 civilians had been killed in RSF shelling.").first)
        #expect(shelling.place == nil)
        // disease cases are counted
        #expect(claims("The ministry reported roughly 2,400 suspected cholera cases.").first?.counted == "suspected cholera cases")
    }

    @Test func aConversionInBracketsIsHedgedAsItsFigureAndAClauseEndsAtAndThat() throws {
        let found = claims("Governor Eduardo Leite said nearly 122,000 residents had been forced from their homes and"
            + " that the reconstruction could cost as much as 19 billion reais ($3.7 billion).")
        #expect(found.map(\.modality) == [.reported, .planned, .planned])
        #expect(found.map { $0.quantity?.unit } == [nil, "BRL", "USD"])
        #expect(found.map { $0.quantity?.qualifier } == [.nearly, .up_to, .up_to])
        // a type word before an unknown name: "the state water utility Corsan"
        #expect(claims("More than 800,000 people were without running water, according to the state water utility Corsan.")
                .first?.claimant?.entity == EntityKey(name: "Corsan", type: .organization))
    }

    @Test func aHedgedRangeAnEarlierEstimateAndWhatMayBeSent() throws {
        let now = claims("The Pentagon believes some 11,000 to 12,000 North Korean soldiers are in Russia, up from its"
            + " previous estimate of 10,000.")
        #expect(now.map { [$0.quantity?.low, $0.quantity?.high] } == [[11_000, 12_000], [10_000, 10_000]])
        #expect(now.map { $0.quantity?.qualifier } == [.approximately, .exact])
        #expect(now.map(\.kind) == ["troops", "troops"])
        // a change and a total are not a range
        let grew = claims("The force grew by about 3,000 to 12,000 soldiers.").map { $0.quantity?.high }
        #expect(grew.contains(3_000))
        #expect(claims("North Korea may send as many as 100,000 troops.").first?.modality == .planned)
        #expect(claims("About 200 people could have been inside the store.").first?.modality == .reported)
        #expect(claims("Up to 50,000 people may have to leave, the governor warned.").first?.modality == .planned)
        // an unnamed speaker after the figure is still a speaker
        #expect(claims("\"We have lost about 300 men this week,\" the commander said.").first?.rule.hasSuffix("/unnamed") == true)
    }

    @Test func aNationalBodyUnnamedSpeaksAndAccordingToKeepsToItsClause() throws {
        let march = claims("Around 1.09 million people took part in demonstrations across France on Thursday, according to"
            + " the interior ministry, while the CGT union put the turnout at 3.5 million.")
        #expect(march.map { $0.claimant?.entity.name } == ["interior ministry", "CGT"])
        #expect(claims("The central bank said inflation reached 4 percent.").first?.claimant?.entity.name == "central bank")
        #expect(claims("Ukraine exported 4.2 million tonnes of grain in September, the agriculture ministry said.").first?
                .claimant?.entity.name == "agriculture ministry")
    }

    @Test func theFigureAndTheNumberReferBackEvenHedged() throws {
        let found = claims("The Pentagon said North Korea had delivered 10,000 containers of shells. Analysts at RUSI put"
            + " the figure closer to 7,000. Others put the number at around 6,000.")
        #expect(found.map(\.kind) == ["munitions", "munitions", "munitions"])
        #expect(found.map { $0.quantity?.qualifier } == [.exact, .approximately, .approximately])
        // "others" speak for themselves: RUSI's source is not carried to them
        #expect(found.map { $0.claimant?.entity.name } == ["Pentagon", "RUSI", nil])
        // people named by their country are counted; what happened to them gives the kind
        let died = try #require(claims("A commander said that at least 200 North Koreans had died in the past week.").first)
        #expect(died.kind == "casualties")
        #expect(died.counted == "North Koreans")
        // a share is no count
        #expect(claims("Save the Children said one in five arrivals was a child.").isEmpty)
        // a hedge after a counted noun opens another figure, not one referring back
        #expect(claims("The scheme will cost about 290 million pounds over five years.").count == 1)
    }

    @Test func aPossessiveAliasIsReadWithTheOwnersOtherNames() throws {
        for text in ["Seoul's spy agency said about 3,000 troops had arrived.",
                     "The South Korean spy agency said about 3,000 troops had arrived.",
                     "South Korea's spy agency said about 3,000 troops had arrived."] {
            #expect(claims(text).first?.claimant?.entity.name == "National Intelligence Service", "\(text)")
        }
    }

    @Test func rejectingAProposalIsNotDenyingAClaim() throws {
        func polarity(_ text: String) -> Polarity? { extractor.extract(article(text)).claims.first?.polarity }
        #expect(polarity("Union leader Claus Weselsky rejected the company's latest offer.") == .asserted)
        #expect(polarity("Russia rejected the claims as baseless.") == .denied)
        #expect(polarity("The Kremlin denied reports of a deal with Pyongyang.") == .denied)
        #expect(polarity("Russia said the plan was fake news.") == .denied)
    }

    @Test func whatHappenedNearestAFigureGivesItsKind() throws {
        let found = claims("The floods forced 1.3 million from their homes and killed 600 people.")
        #expect(found.map(\.kind) == ["refugees", "casualties"])
        #expect(found.first?.counted == nil)
        let reversed = claims("The floods killed 600 people and forced 1.3 million from their homes.")
        #expect(reversed.map(\.kind) == ["casualties", "refugees"])
        #expect(claims("Some 110,000 hectares of farmland were under water.").first?.counted == "hectares")
    }

    @Test func aPartOfThoseCountedIsCountedAlike() throws {
        let found = claims("The United Nations says more than 10 million people have fled their homes."
            + " Some 2 million of them have fled abroad, according to the International Organization for Migration.")
        #expect(found.map(\.kind) == ["refugees", "refugees"])
        #expect(found.last?.quantity?.low == 2_000_000)
        #expect(found.last?.claimant?.entity.name == "International Organization for Migration")
    }

    @Test func noAttributionMeansTheArticle() throws {
        let c = try #require(claims("While North Korea boasts one of the world's largest armies, with 1.2 million personnel, it lacks experience.").first)
        #expect(c.claimant == nil)
    }

    @Test func denialsAndUnconfirmedStatementsHavePolarity() throws {
        let x = extractor.extract(article("""
            Russia denies the use of North Korean troops, dismissing claims as "fake news." However, the NIS has not yet confirmed these specific numbers.
            """))
        let statements = x.claims.filter { $0.kind == "statement" }
        #expect(statements.first { $0.claimant?.entity.name == "Russia" }?.polarity == .denied)
        #expect(statements.first { $0.claimant?.entity.name == "National Intelligence Service" }?.polarity == .unconfirmed)
        let neither = extractor.extract(article("Talks went on. Russia has neither confirmed nor denied the deployment."))
        #expect(neither.claims.map(\.polarity) == [.unconfirmed])
        let unable = extractor.extract(article("Talks went on. A NATO spokeswoman, Farah Dakhlallah, said the alliance"
            + " could not confirm the figures. The Pentagon said it was unable to verify reports that 500 troops had died."))
        #expect(unable.claims.map(\.polarity) == [.unconfirmed, .unconfirmed])
        let hoax = extractor.extract(article("Talks went on. Russia said the reports were a hoax."))
        #expect(hoax.claims.map(\.polarity) == [.denied])
        // a speaker the rules cannot type still speaks: its sentence is not the one before going on
        let untyped = extractor.extract(article("Talks went on. Olga Sarrado said 40 people died. The Zarvian customs"
            + " service denied reports that 1,000 soldiers had arrived."))
        #expect(untyped.claims.last.map { [$0.polarity] } == [.denied])
        #expect(untyped.claims.last?.claimant == nil)
    }

    @Test func casualtiesAndRefugeesComeFromWhatHappenedToPeople() throws {
        let dead = try #require(claims("At least 85 people were killed in the strike, the health ministry said.").first)
        #expect(dead.kind == "casualties")
        #expect(dead.quantity?.qualifier == .at_least)
        let fled = try #require(claims("Some 12,000 residents fled the city, the UN said.").first)
        #expect(fled.kind == "refugees")
        #expect(fled.quantity?.qualifier == .approximately)
        #expect(fled.claimant?.entity.name == "United Nations")
    }

    @Test func everySpanIndexesTheStoredTextInScalars() throws {
        for a in try Fixtures.seeds() + Fixtures.stories() {
            let x = extractor.extract(a)
            for c in x.claims {
                #expect(a.text.scalarSlice(c.span) == c.evidence)
            }
            for m in x.mentions {
                #expect(a.text.scalarSlice(m.span) == m.text)
            }
        }
    }

    @Test func everyClaimSourceAndPlaceIsAnExtractedEntity() throws {
        // The store links claims to entities by key: each key a claim uses must be among the entities.
        for a in try Fixtures.seeds() + Fixtures.stories() {
            let x = extractor.extract(a)
            let keys = Set(x.entities.map(\.key))
            for c in x.claims {
                for s in c.sources { #expect(keys.contains(s.entity), "\(a.name): \(s.entity.name)") }
                if let p = c.place { #expect(keys.contains(p), "\(a.name): \(p.name)") }
                #expect(c.rule.isEmpty == false)
            }
            #expect(x.extractorVersion == Extractor.version)
        }
    }

    @Test func theHeadNounOfABodyNamedBeforeRefersBackToIt() throws {
        let text = "The Zimbabwe Miners Federation represents small-scale miners. About 500,000 people depend on"
            + " gold mining, according to the federation. The Civil Protection Unit deployed rescuers. A further 40"
            + " rescuers are expected on Saturday, the unit said."
        let found = claims(text)
        #expect(found.map { $0.claimant?.entity.name } == ["Zimbabwe Miners Federation", "Civil Protection Unit"])
        // a possessor is no speaker: "dismissed the federation's estimate" is not the federation estimating
        let dismissed = extractor.extract(article("The Zimbabwe Miners Federation spoke. The government dismissed the federation's estimate."))
        #expect(!dismissed.claims.contains { $0.claimant?.entity.name == "Zimbabwe Miners Federation" && $0.evidence.hasPrefix("The government") })
    }

    @Test func countedWordsStopAtTheNextFigureAndAtWhoSpeaks() throws {
        let found = claims("\"We have brought out 23 survivors and recovered nine bodies,\" the minister told reporters.")
        #expect(found.map(\.counted) == ["survivors", "bodies"])
        #expect(found.map(\.kind) == ["people", "casualties"])
        // the figure counts the speakers, not what they report
        #expect(claims("Four survivors, rescued by a merchant ship, told UNHCR staff that 45 people were on board.")
                .map { $0.quantity?.low } == [45])
    }

    @Test func aVerbsParticleIsNoHedgeAndMoreCurrenciesAreMoney() throws {
        let bases = try #require(claims("MONUSCO said it would hand over 14 of its bases to the army.").first)
        #expect(bases.quantity?.qualifier == .exact)
        #expect(bases.quantity?.text == "14")
        #expect(claims("Officials said over 14 bases were hit.").first?.quantity?.qualifier == .at_least)
        let zloty = claims("Zalewski said nearly 90 billion zlotys would be spent and 3 million pesos were paid.")
        #expect(zloty.map { $0.quantity?.unit } == ["PLN", "peso"])
        #expect(zloty.first?.quantity?.qualifier == .nearly)
    }

    @Test func aQuotationSpeaksForItsSpeakerInEverySentence() throws {
        // named after the quotation closes, two sentences later
        let closed = claims("\"We pulled 17 people alive from the water. That means 28 people are still missing,\" said"
            + " Claire Juchat, a spokeswoman for SOS Mediterranee.")
        #expect(closed.map { $0.claimant?.entity.name } == ["Claire Juchat", "Claire Juchat"])
        #expect(closed.map(\.kind) == ["people", "casualties"])
        // named in the sentence before, as the quotation's first part closes
        let before = claims("\"This is a drop in the ocean,\" said Leni Kinzli, a WFP spokeswoman. \"Nearly 26 million"
            + " people in Sudan are facing acute hunger.\"")
        #expect(before.first?.claimant?.entity.name == "Leni Kinzli")
        // a quotation in another paragraph is not hers
        let apart = claims("\"We counted 40 boats.\n\nThe ministry counted 30 boats,\" said Claire Juchat.")
        #expect(apart.first?.claimant == nil)
    }

    @Test func aNameWithATitleAfterItIsAPersonAfterAccordingTo() throws {
        let c = try #require(claims("About 40,000 people have left, according to Vadym Filashkin, head of the regional"
            + " administration. Filashkin said about 7,000 people were still living in the city.").last)
        #expect(c.claimant?.entity == EntityKey(name: "Vadym Filashkin", type: .person))
    }

    @Test func unnamedOfficialsAreASourceOfTheirOwn() throws {
        let found = claims("Floodwaters have killed at least 37 people, officials said. Two diplomats in the region said"
            + " 2,000 soldiers were sent. The United States will provide 31 tanks, a senior administration official told"
            + " reporters. Ukrainian officials said 30 drones were shot down.")
        #expect(found.map { $0.claimant?.entity.name } == ["officials", "diplomats", "senior administration officials", "Ukraine"])
        // an adjective is no speaker, nor is an official named before
        #expect(claims("The party won 412 of the 650 seats, according to official results.").first?.claimant == nil)
        let back = extractor.extract(article("A former Kremlin official suggested the deployment was retaliation."
            + " The official added that it was cheap."))
        #expect(!back.entities.contains { $0.key.name == "officials" })
    }

    @Test func anUnnamedGroupsPlainAssertionIsNoStatementButItsDenialIs() throws {
        let e = extractor.extract(article("Officials said more details would be released at a briefing. Officials denied"
            + " that the plant had been hit."))
        #expect(e.claims.map(\.polarity) == [.denied])
    }

    @Test func aPlacesOfficialsDoNotAnswerToTheBareNoun() throws {
        // else the store would merge every place's officials with the unnamed "officials" through the alias
        let e = extractor.extract(article("Officials in Kharkiv said 12 people were killed. Officials said 30 drones were launched."))
        let local = try #require(e.entities.first { $0.name == "Kharkiv officials" })
        #expect(local.aliases.isEmpty)
        #expect(e.entities.contains { $0.name == "officials" })
    }

    @Test func aNamedActorClaimsWhatItPlansOrDemandsButNotWhatItDoes() throws {
        let found = claims("The Ministry of Health said the campaign went well. The Ministry plans to receive an additional"
            + " 1.5 million doses. Burundi plans to send three more battalions. Russia fired 40 missiles overnight.")
        #expect(found.map { $0.claimant?.entity.name } == ["Ministry of Health", "Burundi", nil])
        #expect(found.prefix(2).allSatisfy { $0.modality == .planned })
        // "plans to" after a noun, "is seeking", an unknown body that "wants": still their own intent
        let intent = claims("Taiwan's cabinet plans to spend T$647 billion on defence. The United Nations is seeking $852"
            + " million. Kuppet also wants the commission to confirm 46,000 intern teachers.")
        #expect(intent.map { $0.claimant?.entity.name } == ["Taiwan", "United Nations", "Kuppet"])
        #expect(claims("The WFP plans to reach 150,000 of the hardest-hit people.").first?.kind == "people")
        // a reporting verb still comes first: the plan is reported by Ukraine
        let reported = try #require(claims("Russia plans to send 5,000 more troops, Ukrainian officials said.").first)
        #expect(reported.claimant?.entity.name == "Ukraine")
    }

    @Test func whatEachFigureCountsInCrowdedSentences() throws {
        // an event verb with a figure of its own says what happened to that one
        let outbreak = claims("A cholera outbreak has infected more than 4,200 people and killed at least 61.")
        #expect(outbreak.map(\.kind) == ["people", "casualties"])
        #expect(claims("300 people were killed and 500 injured.").map(\.kind) == ["casualties", "casualties"])
        // an aside between the subject and its predicate
        #expect(claims("At least 1,200 people, most of them children under five, have died of hunger.").first?.kind == "casualties")
        let withdrawn = try #require(claims("Some 4,500 troops, roughly a third of the force, will be withdrawn by June.").first)
        #expect(withdrawn.modality == .planned)
        // ("States" in a name is not the verb "state")
        #expect(claims("Some 101,000 doses, donated by the United States, are expected this weekend.").first?.modality == .planned)
        // a possessor is not what is counted
        let workers = try #require(claims("The union represents about 44,000 of the company's production workers.").first)
        #expect(workers.kind == "people")
        // people named by a demonym's plural
        #expect(claims("The exchange freed 15 Saudis and three Sudanese.").map(\.kind) == ["people", "people"])
    }

    @Test func sharesAndFlowsAreOtherClaims() throws {
        let turnout = try #require(claims("Turnout stood at 58.9%, the commission said.").first)
        #expect(turnout.kind == "other")
        #expect(turnout.quantity?.unit == "percent")
        let flow = claims("Vortexa put exports at about 1.5 million bpd, while TankerTrackers said shipments reached nearly 1.7 million bpd.")
        #expect(flow.map(\.kind) == ["other", "other"])
        #expect(flow.map { $0.quantity?.unit } == ["bpd", "bpd"])
        // a share of votes stays votes
        #expect(claims("The party won 40% of the vote.").first?.kind == "votes")
    }

    @Test func aListAfterAPlannedFigureIsPlannedButNotWhatIsNowOrWasBefore() throws {
        let list = claims("Burundi plans to send three more battalions, roughly 2,000 soldiers, before March. The TNI will"
            + " deploy 1,200 troops by Tuesday, along with four transport aircraft.")
        #expect(list.map(\.modality) == [.planned, .planned, .planned, .planned])
        let now = claims("The army planned to grow to 300,000 soldiers by 2035 from roughly 200,000 today.")
        #expect(now.map(\.modality) == [.planned, .reported])
        // a figure with its own predicate, or set beside the plan, is not part of it
        #expect(claims("The Navy plans to buy 52 jets, down from 68 in 2023.").map(\.modality) == [.planned, .reported])
        #expect(claims("Russia plans to send 500 troops, and 300 soldiers were already there.").map(\.modality) == [.planned, .reported])
        // "that figure" is no clause of its own: the expectation reaches it
        #expect(claims("The EIA expects that figure to fall to about $45 billion next year.").first?.modality == .planned)
    }

    @Test func anUnknownPlacesGroupSpeaksAndACoordinateClauseKeepsItsSpeaker() throws {
        let found = claims("The Sindh government said it would set up 150 heat relief camps. In Kherson, Kherson officials"
            + " said 12 people were killed. Local authorities said turnout was about 60 percent.")
        #expect(found.map { $0.claimant?.entity.name } == ["Sindh government", "Kherson officials", "authorities"])
        // ", and Tiangco said …" speaks for what follows, not for the vessels before it
        let navy = claims("The navy deployed three vessels to the area, and Ramon Tiangco said the search would widen.")
        #expect(navy.first?.claimant == nil)
        // but ", and wounded 500, police said" goes on with the same clause
        #expect(claims("Gunmen killed 300 people, and wounded 500, police said.").map { $0.claimant?.entity.name } == ["police", "police"])
    }

    @Test func bodiesNamedByABracketedAcronymOrAHeadNounAndAntecedentsOfWho() throws {
        let unrwa = claims("The UN agency for Palestinian refugees (UNRWA), which Israel accuses of bias, said 165 of its"
            + " staff had been killed. It said 159 aid trucks crossed into Gaza.")
        #expect(unrwa.map { $0.claimant?.entity.name } == ["UNRWA", "UNRWA"])
        // the words before the bracket say what it is, and "the agency" is it later
        let agency = claims("The UN agency for Palestinian refugees (Unrwa) said 165 staff had been killed. Israel denied it."
            + " The agency said 159 trucks crossed.")
        #expect(agency.map { $0.claimant?.entity.name } == ["Unrwa", "Unrwa"])
        // (named again later in the article: still the body named before)
        let bulletin = claims("The Health Ministry said the outbreak grew. In Nampula, 43 deaths have been confirmed,"
            + " according to a ministry bulletin seen by Reuters. The ministry dismissed other estimates.")
        #expect(bulletin.first?.claimant?.entity.name == "Health Ministry")
        let data = claims("The Ministry of Health announced the campaign. The country has recorded 19 deaths, according"
            + " to Ministry surveillance data.")
        #expect(data.first?.claimant?.entity.name == "Ministry of Health")
        let who = claims("A boat carrying about 150 people capsized, according to Indonesian rescuers, who found 69 survivors.")
        #expect(who.map { $0.claimant?.entity.name } == ["Indonesian rescuers", "Indonesian rescuers"])
        let cdc = try #require(claims("The Africa Centres for Disease Control and Prevention has counted 24,851 cases.").first)
        #expect(cdc.claimant?.entity == EntityKey(name: "Africa Centres for Disease Control and Prevention", type: .organization))
        #expect(claims("Hamas would free 40 hostages, according to two sources briefed on the talks.").first?.claimant?.entity.name
                == "sources briefed on the talks")
        #expect(claims("The lender is owed about €95 million, said people familiar with the matter.").first?.claimant?.entity.name
                == "people familiar with the matter")
        // whoever leads the speaker does not speak: "led by the Pakistan Peoples Party"
        let led = claims("The Sindh cabinet, led by the Pakistan Peoples Party, had estimated the population at 62 million.")
        #expect(led.first?.claimant?.entity.name != "Pakistan Peoples Party")
        // an unnamed speaker's "where" clause is not the earlier clause's report
        let panel = claims("The RSF has denied targeting civilians in El Geneina, where a panel of experts said 10,000 people were killed.")
        #expect(panel.first?.claimant == nil)
    }

    @Test func theNounAFigureMeasuresAndPredicatesOfTheirOwn() throws {
        let found = claims("Washington said North Korean casualties numbered several hundred. Budanov said the contingent"
            + " of about 12,000 was in Kursk. The town had a pre-war population of about 60,000.")
        #expect(found.map(\.kind) == ["casualties", "troops", "people"])
        // "and are expected to join", "and warned that … would": a plan or report of its own
        let now = claims("About 8,000 North Korean troops are now in Kursk and are expected to join the fight, the Pentagon"
            + " said. Blinken said about 8,000 soldiers were in Kursk and warned that Washington would respond.")
        #expect(now.map(\.modality) == [.reported, .reported])
        // ", and they are likely to be deployed, the NIS said": the speaker at the end speaks for all of it
        let nis = try #require(claims("North Korea has sent about 1,500 troops to Russia, and they are likely to be deployed,"
            + " South Korea's National Intelligence Service said.").first)
        #expect(nis.claimant?.entity.name == "National Intelligence Service")
        // "We assess …": inside a quotation, "we" is whoever closes it
        let singh = claims("\"We assess that there are between 11,000 and 12,000 soldiers in Russia. We expect combat soon,\""
            + " Pentagon deputy press secretary Sabrina Singh told reporters.")
        #expect(singh.first?.claimant?.entity.name == "Sabrina Singh")
    }

    @Test func whatHappenedToWhomInCoordinatedClauses() throws {
        // an earlier subject's passive, another subject's verb, another figure's verb are not this figure's
        #expect(claims("The agency said 112 people had been injured and more than 650,000 had fled.").map(\.kind)
                == ["casualties", "refugees"])
        #expect(claims("Tens of thousands of children are malnourished and some are already dying.").first?.kind == "people")
        #expect(claims("Gunmen stormed the town, killing some 1,200 people and taking 253 hostages.").map(\.kind)
                == ["casualties", "people"])
        // the hospitalised are casualties; a people's name the lexicon lacks still counts people
        #expect(claims("Police said 63 people had been taken to hospital.").first?.kind == "casualties")
        #expect(claims("About 30 survivors were being treated in hospitals for injuries.").first?.kind == "casualties")
        #expect(claims("An estimated 740,000 Rohingya fled to Bangladesh.").first?.kind == "refugees")
        // "reported fatalities": a participle inside the counted words; "Chinese military aircraft" are aircraft
        #expect(claims("ACLED counted more than 24,800 reported fatalities.").first?.counted == "reported fatalities")
        #expect(claims("Taiwan said it detected 53 Chinese military aircraft.").first?.kind == "equipment")
    }

    @Test func speakersInLongerSentencesAndNamesBuiltOnAnAcronym() throws {
        let found = claims("Tom Perriello has said up to 150,000 people were killed, while experts estimated 61,000 deaths.")
        #expect(found.map { $0.claimant?.entity.name } == ["Tom Perriello", nil])
        #expect(found.last?.quantity?.qualifier == .exact)
        let ocha = try #require(claims("Of the total, $4.2bn is for Sudan, according to the UN Office for the Coordination of"
            + " Humanitarian Affairs (Ocha).").first)
        #expect(ocha.claimant?.entity.name == "UN Office for the Coordination of Humanitarian Affairs")
        #expect(claims("Yemen's Houthi rebels say they have targeted two more vessels.").first?.claimant?.entity.name == "Houthi rebels")
        let utopia = claims("The IOM said 78 people died. Utopia 56, a French aid group, said as many as 25 people had died.")
        #expect(utopia.last?.claimant?.entity == EntityKey(name: "Utopia 56", type: .organization))
        // an age is no count; the head of "X of Y" is what a figure measures
        #expect(claims("The ministry recorded 19 deaths, mostly among children under the age of five.").map { $0.quantity?.low } == [19])
        #expect(claims("UNHCR puts the registered population of the camps at 978,003.").first?.kind == "people")
        let hotels = try #require(claims("The NAO said the number of hotels in use had fallen to 210.").first)
        #expect(hotels.kind == "facilities")
        #expect(claims("\"We have buried 79 people,\" a farmer said.").first?.kind == "casualties")
    }

    @Test func countedWordsAfterAQuotationOrAPossessiveAndDecisionsAsPlans() throws {
        let quoted = try #require(claims("Zelensky said North Korea would send \"up to 12,000\" soldiers.").first)
        #expect(quoted.counted == "soldiers")
        #expect(quoted.quantity?.qualifier == .up_to)
        #expect(claims("Russia has massed tens of thousands of its own soldiers in Kursk.").first?.kind == "troops")
        #expect(claims("Pyongyang has decided to send a total of 12,000 troops.").first?.modality == .planned)
        #expect(claims("The ministry said losses had exceeded 32,000.").first?.quantity?.qualifier == .at_least)
        #expect(claims("The NIS said Pyongyang had shipped 13,000 containers of weapons.").first?.kind == "munitions")
        #expect(claims("The bill passed with 397 deputies voting in favour.").first?.kind == "votes")
    }

    @Test func itSpeaksForTheBodyItsSentenceOrTheOneBeforeNamesFirst() throws {
        let found = claims("Rwanda's government, which Kinshasa accuses of arming M23, went further. In a statement on"
            + " Sunday, it said at least 12,000 Burundian soldiers had crossed into Congo.")
        #expect(found.first?.claimant?.entity == EntityKey(name: "Rwanda", type: .country))
    }

    @Test func aVerbInARelativeClauseClosedBeforeTheFigureIsNotItsReport() throws {
        let c = try #require(claims("China, which says it does not recognise U.S. sanctions, took about 90% of the"
            + " shipments, Kpler said.").first)
        #expect(c.claimant?.entity.name == "Kpler")
        // a figure in the speaker's own relative clause is the speaker's
        let monitors = try #require(claims("The Election Monitoring Network, which deployed more than 500 observers, said"
            + " the vote was marred by fraud.").first)
        #expect(monitors.claimant?.entity.name == "Election Monitoring Network")
    }

    @Test func bodiesNamedInShortOrByAnAcronymAfterOr() throws {
        let found = claims("The National Emergency Management Agency, or NEMA, said it had opened 30 camps. Flooding has"
            + " displaced about 600,000, according to NEMA. Revenue reached $4.35 billion, according to LSEG data.")
        #expect(found.map { $0.claimant?.entity.name }
                == ["National Emergency Management Agency", "National Emergency Management Agency", "LSEG"])
        let staff = claims("Ukraine's General Staff said 1,200 soldiers were killed. According to the General Staff,"
            + " Russian forces also lost 12 tanks.")
        #expect(staff.map { $0.claimant?.entity.name } == ["Ukraine's General Staff", "Ukraine's General Staff"])
        let experts = try #require(claims("The U.N. Group of Experts said the contingent had nine battalions.").first)
        #expect(experts.claimant?.entity == EntityKey(name: "U.N. Group of Experts", type: .organization))
    }

    @Test func extractionIsDeterministic() throws {
        for a in try Fixtures.seeds() {
            #expect(extractor.extract(a) == extractor.extract(a))
        }
    }

    @Test func degenerateInputDoesNotCrash() {
        let inputs = [
            "", " ", "\n\n\n", "...", "999999999999999999999 troops", "1,2,3,4 soldiers", "$", "“”", "’s",
            String(repeating: "North Korea sent 1,500 troops and ", count: 2000),
            String(repeating: "a", count: 100_000), "12,000", "Gen.", "U.S.", "between 5 and", "about $",
            "😀 1,500 😀 troops 😀", "e\u{301}\u{301} 3 soldiers",
        ]
        for text in inputs {
            let x = extractor.extract(article(text))
            let count = text.unicodeScalars.count
            for c in x.claims { #expect(c.span.start >= 0 && c.span.end <= count) }
            for m in x.mentions { #expect(m.span.start >= 0 && m.span.end <= count) }
        }
        #expect(claims("999999999999999999999 troops").isEmpty)
        #expect(claims("1,2,3,4 soldiers").isEmpty)
    }

    @Test func boilerplateIsSkipped() throws {
        let text = "Officials said 500 troops arrived.\nRelated: 900 soldiers were seen."
        let start = text.unicodeScalars.count - "Related: 900 soldiers were seen.".unicodeScalars.count
        var a = article(text)
        a.boilerplate = [Span(start: start, end: text.unicodeScalars.count)]
        let x = extractor.extract(a)
        #expect(x.claims.map { $0.quantity?.low } == [500])
        a.boilerplate = [Span(start: 0, end: text.unicodeScalars.count)]
        #expect(extractor.extract(a).claims.isEmpty)
    }
}
