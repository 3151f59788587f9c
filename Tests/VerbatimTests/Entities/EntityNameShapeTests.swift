import Testing
@testable import Verbatim

/// English names whose last word is a place's noun are places, whatever
/// type the tagger guessed (`place-heads.txt`, kind `last`), and former
/// states are places like countries.
@Suite struct PlaceNounLastTests {
  @Test func aNameEndingOnAPlaceNounIsAPlace() {
    let rivers = labeled("The reserve is bordered on the east by the Raft River valley and to the north by the Snake River valley .", .english)
    #expect(rivers.contains("LOC:Raft River") && rivers.contains("LOC:Snake River"))
    #expect(labeled("It is the second tied-arch bridge across the Ohio River .", .english).contains("LOC:Ohio River"))
    #expect(labeled("It crosses Europe , the Mediterranean Sea , Asia and the Pacific Ocean .", .english).contains("LOC:Mediterranean Sea"))
  }

  @Test func buildingsAndGroundsArePlaces() {
    #expect(labeled("Footage of Yellowstone National Park 's 1988 fires was used in the film .", .english)
      .contains("LOC:Yellowstone National Park"))
    #expect(labeled("The team sold out every home game at Cameron Indoor Stadium in 2009 .", .english)
      .contains("LOC:Cameron Indoor Stadium"))
    #expect(labeled("Most of the mountain is part of Pinecone Burke Provincial Park .", .english)
      .contains("LOC:Pinecone Burke Provincial Park"))
    #expect(labeled("La démolition du Yankee Stadium débute en 2009 , à New York .", .french).contains("LOC:Yankee Stadium"))
    // A person's name ending on such a noun stays a person's.
    #expect(labeled("He lost the seat to Barbara Castle , the Labour candidate .", .english).contains("PERSON:Barbara Castle"))
    #expect(labeled("The physicist Robert L. Park wrote a book about voodoo science .", .english).contains("PERSON:Robert L. Park"))
  }

  @Test func theRuleReadsTheList() {
    let rules = EntityPatternRules.shared
    #expect(rules.isPlaceNounLast("river") && rules.isPlaceNounLast("bridge") && rules.isPlaceNounLast("empire"))
    // Surnames and organizations' last words are left out.
    #expect(!rules.isPlaceNounLast("lake") && !rules.isPlaceNounLast("forest") && !rules.isPlaceNounLast("union"))
    // Buildings and grounds are places.
    #expect(rules.isPlaceNounLast("stadium") && rules.isPlaceNounLast("park") && rules.isPlaceNounLast("castle"))
    // The kind is no French place head opening a name (`la mer Noire`).
    #expect(!rules.isPlaceHead("river") && rules.isPlaceHead("mer"))
  }

  @Test func aListedOrganizationKeepsItsLabel() {
    // `Charles River Laboratories` ends on no place noun; `Union Pacific` is listed.
    let text = labeled("Union Pacific and Charles River Laboratories reported earnings on Tuesday .", .english)
    #expect(!text.contains { $0.hasPrefix("LOC:") })
  }

  @Test func formerStatesArePlaces() {
    #expect(labeled("Hollywood films are popular in the former Soviet Union ( Russia , Eastern Europe ) .", .english).contains("LOC:Soviet Union"))
    let french = labeled("Il a grandi en Union soviétique , puis les relations entre l'URSS et la Chine se sont tendues .", .french)
    #expect(french.contains("LOC:Union soviétique") && french.contains("LOC:URSS"))
  }
}

/// The English tokenizer cuts at hyphens; an organization's or place's
/// name keeps its hyphenated pieces.
@Suite struct HyphenatedNameTests {
  @Test func aHyphenatedNameIsOneMention() {
    #expect(labeled("Suspicion quickly fell onto al-Qaeda after the attack .", .english).contains("ORG:al-Qaeda"))
    #expect(labeled("He held private meetings with industrialists in North Rhine-Westphalia .", .english).contains("LOC:North Rhine-Westphalia"))
    #expect(labeled("The union officially disaffiliated from the AFL-CIO in 2005 .", .english).contains("ORG:AFL-CIO"))
    // (The whole takes a list's type over the tagger's guess for a piece.)
    #expect(labeled("My opinion piece on the implications of Arafat 's passing for al-Qaeda has appeared at Newsday .", .english)
      .contains("ORG:al-Qaeda"))
  }

  @Test func listedNamesOnEitherSideStayApart() {
    let talks = labeled("The U.S.-China talks resumed in Geneva , and Israel-Egypt trade grew .", .english)
    #expect(!talks.contains { $0.contains("U.S.-China") || $0.contains("Israel-Egypt") })
    let senators = labeled("Sen. Mike Lee ( R-Utah ) and Sen. Chuck Schumer ( D-N.Y. ) voted .", .english)
    #expect(!senators.contains { $0.contains("R-Utah") || $0.contains("D-N.Y.") })
  }
}

/// A storm's name is no person (`Hurricane Katrina`, `l'ouragan Irma`).
@Suite struct StormNameTests {
  @Test func stormsAreNoEntities() {
    let english = labeled("Hurricane Katrina hit New Orleans , then Hurricane Rita hit Texas .", .english)
    #expect(english == ["LOC:New Orleans", "LOC:Texas"])
    let french = labeled("L'ouragan Irma a frappé Saint-Martin avant la tempête Xynthia .", .french)
    #expect(french == ["LOC:Saint-Martin"])
  }

  @Test func aStormsOtherMentionsAreTheStorm() {
    let found = labeled(
      "Oil rose Wednesday as strengthening Hurricane Rita , now a Category 5 storm , headed for Texas . Rita could hit refineries . Rita's path worried traders .",
      .english)
    #expect(found == ["DATE:Wednesday", "LOC:Texas"])
  }

  @Test func aSignatureLabelIsNoName() {
    let signature = labeled("Vangie McGilloway Phone 410-468-3798 Fax 410-468-3499", .english)
    #expect(!signature.contains { $0.hasSuffix(":Fax") })
  }
}

/// Initials inside and before a person's name are part of it; French `M.`
/// (Monsieur) is a title, not an initial.
@Suite struct NameInitialTests {
  @Test func initialsArePartOfTheName() {
    let found = labeled("Bush nominated Jennifer M. Anderson for the court , and J. Edgar Hoover met John F. Kennedy .", .english)
    #expect(found.contains("PERSON:Jennifer M. Anderson"))
    #expect(found.contains("PERSON:J. Edgar Hoover"))
    #expect(found.contains("PERSON:John F. Kennedy"))
  }

  @Test func monsieurIsNoInitial() {
    let found = labeled("Hier soir , M. Jean Dupont a rencontré le maire .", .french)
    #expect(found.contains("PERSON:Jean Dupont"))
    #expect(!found.contains { $0.contains("M. Jean") })
  }

  @Test func theShapeOfAnInitial() {
    func isInitial(_ text: String) -> Bool {
      let bytes = Array(text.utf8)
      return bytes.withUnsafeBufferPointer { EntityRecognizer.isInitial(0..<bytes.count, $0) }
    }
    #expect(isInitial("M.") && isInitial("J.R.") && isInitial("W.H.S."))
    #expect(!isInitial("Mr.") && !isInitial("m.") && !isInitial("M") && !isInitial("ABCD.") && !isInitial("A.B.C.D."))
  }
}

/// `PM` before a name is the prime minister's title; `AM`/`PM` after a time are no name.
@Suite struct PrimeMinisterAndClockTests {
  @Test func pmIsATitle() {
    #expect(labeled("In Iraqi society , PM Allawi is responsible for protecting civilians .", .english).contains("PERSON:Allawi"))
    #expect(labeled("PM Modi met PM Sunak in London .", .english).contains("PERSON:Sunak"))
    #expect(labeled("The meeting with PM Netanyahu ended .", .english) == ["PERSON:Netanyahu"])
  }

  @Test func aClocksAmIsNoName() {
    let found = labeled("Sean Boyle 08/17/2000 11:21 AM I spoke to Bruce Garcey at NiMo .", .english)
    #expect(!found.contains { $0.hasSuffix(":AM") })
    #expect(found.contains("PERSON:Bruce Garcey"))
    // A clock's PM is no title: the word after it is no person for it.
    #expect(labeled("Robert Bryngelson 08/16/2000 12:05 PM I just wanted to send you a quick note .", .english) == ["PERSON:Robert Bryngelson", "DATE:08/16/2000"])
  }
}

/// Industry words end a company's name (`org-heads.txt`), also right after a
/// place that opens it.
@Suite struct IndustryHeadTests {
  @Test func aPlaceBeforeAHeadOpensTheCompany() {
    #expect(labeled("He took a new position in the LNG development group at El Paso Energy .", .english).contains("ORG:El Paso Energy"))
    let airlines = labeled("He flew with Delta Airlines and American Airlines .", .english)
    #expect(airlines.contains("ORG:Delta Airlines") && airlines.contains("ORG:American Airlines"))
  }

  @Test func financialFirmsAreOrganizations() {
    #expect(labeled("\"The upgrade cycle will be slower than Apple hopes , \" said Dan Ives , an analyst at Wedbush Securities .", .english)
      .contains("ORG:Wedbush Securities"))
  }

  @Test func aStockExchangeIsAnOrganization() {
    #expect(labeled("Shares fell 2 % in early trading on the New York Stock Exchange .", .english)
      .contains("ORG:New York Stock Exchange"))
  }

  @Test func groupsAndTeamsNamedAfterPeople() {
    #expect(labeled("Calls are now forwarded to Malcolm Smith Motorsports down the road .", .english) == ["ORG:Malcolm Smith Motorsports"])
  }

  @Test func anAirportStaysAPlace() {
    #expect(!labeled("Passengers were stuck at Heathrow Airport for hours .", .english).contains("ORG:Heathrow Airport"))
  }
}

/// A tagger's place of two or three name words opening on a first name is a
/// person's, unless a place's, building's or group's noun ends it or a
/// place-opening word (`Santa`) starts it.
@Suite struct PersonShapedPlaceTests {
  @Test func aPlaceOpeningOnAFirstNameIsAPerson() {
    #expect(labeled("He researched a projected biography of Clarence Darrow .", .english) == ["PERSON:Clarence Darrow"])
    #expect(labeled("The song features vocals from Monica Queen .", .english) == ["PERSON:Monica Queen"])
  }

  @Test func foreignFirstNamesCountToo() {
    #expect(labeled("However , he spent the tournament as backup to Tomislav Ivković .", .english)
      == ["PERSON:Tomislav Ivković"])
    #expect(labeled("He is the older brother of Valtteri Filppula .", .english) == ["PERSON:Valtteri Filppula"])
    #expect(labeled("Elle obtient une autre médaille d' or sur le relais en compagnie d' Uschi Disl .", .french)
      .contains("PERSON:Uschi Disl"))
    // An English organization too, when the first name is a foreign one.
    let found = labeled("Manchester City beat Arsenal 2-1 at the Etihad Stadium on Sunday , with Erling Haaland scoring twice .", .english)
    #expect(found.contains("PERSON:Erling Haaland"))
    // The list is the rules' alone: the tagger's features (the lexicon table's bits) do not read it.
    let lexicons = EntityLexicons.shared
    let bits = Array("Tomislav".utf8).withUnsafeBufferPointer { lexicons.listsForTesting($0, 0..<$0.count) }
    #expect(EntityLexicons.isMoreFirstName("tomislav") && bits == 0 && !EntityLexicons.isMoreFirstName("paris"))
  }

  @Test func placesKeepTheirLabel() {
    let found = labeled("They drove from Santa Clara to the Charles River and on to Alton Towers .", .english)
    #expect(found.contains("LOC:Santa Clara") && found.contains("LOC:Charles River"))
    #expect(!found.contains { $0.hasPrefix("PERSON:") })
  }

  @Test func theWordListsItReads() {
    let rules = EntityPatternRules.shared
    #expect(rules.isPlaceFirstWord("santa") && rules.isGroupOrPlaceNounLast("park") && rules.isGroupOrPlaceNounLast("river"))
    #expect(!rules.isPlaceFirstWord("clarence") && !rules.isGroupOrPlaceNounLast("darrow"))
  }
}

/// Names in a row without commas (an e-mail's list of attendees) are cut
/// before each first name that follows a surname.
@Suite struct NamesInARowTests {
  /// The pieces ``EntityRecognizer/namesInARow(_:_:bits:)`` cuts the whole of `text` into.
  private func pieces(_ text: String) -> [String] {
    let analysis = try! Analyzer().analyze(text, language: .english)
    var text = text
    return text.withUTF8 { bytes in
      let bits = EntityLexicons.shared.bits(bytes, tokens: analysis.tokens.map(\.utf8Range))
      let tokens = analysis.tokens[...]
      return EntityRecognizer.namesInARow(tokens.indices, tokens, bits: { bits[$0] }).map { range in
        range.map { analysis.tokens[$0].norm }.joined(separator: " ")
      }
    }
  }

  @Test func aListIsCutAtEachFirstName() {
    #expect(pieces("Pam Butler Renee Ratcliff Doug Sewell") == ["pam butler", "renee ratcliff", "doug sewell"])
    #expect(pieces("Debra Perlingiere Jackie Taylor") == ["debra perlingiere", "jackie taylor"])
    // (A surname that is also a listed first name says nothing: no cut after it.)
    #expect(pieces("Larry Lewis Tom Martin") == ["larry lewis tom martin"])
  }

  @Test func oneNameStaysWhole() {
    #expect(pieces("Mary Jane Smith Johnson") == ["mary jane smith johnson"])
    #expect(pieces("Willem de Kooning") == ["willem de kooning"])
    #expect(pieces("Luis van der Berg") == ["luis van der berg"])
  }
}

/// A title between a role and a name is neither (`lawyer Mr. Villega`).
@Suite struct TitleAfterRoleTests {
  @Test func theTitleIsLeftOut() {
    let found = labeled("You need criminal defense lawyer Mr. Villega , an exceptional California attorney .", .english)
    #expect(found.contains("PERSON:Villega") && !found.contains("PERSON:Mr. Villega"))
  }
}

/// `St. Thomas`, `St. Peter's Square`: a saint's name after `St.` is a place's.
@Suite struct SaintPlaceTests {
  @Test func aSaintsNameIsAPlace() {
    #expect(labeled("The HOPE VI redevelopment of St. Thomas is now known as River Garden .", .english).contains("LOC:St. Thomas"))
    #expect(labeled("Thousands gathered in St. Peter's Square .", .english) == ["LOC:St. Peter's Square"])
  }

  @Test func aPersonsNameWithSaintInsideStays() {
    #expect(labeled("Yves Saint Laurent died in Paris .", .english).contains("PERSON:Yves Saint Laurent"))
  }
}

/// English tagger spans: no lower-case word inside but function words, and a
/// place ending on an organization's head is the organization.
@Suite struct EnglishSpanShapeTests {
  @Test func aSpanWithAVerbInsideIsDropped() {
    #expect(!labeled("He cut back on public appearances at the Hindenburg estate of Neudeck .", .english).contains { $0.contains("estate") })
    #expect(!labeled("Mansfield Dam after Lake Travis was built , the river flooded less .", .english).contains { $0.contains("after") })
  }

  @Test func aPlaceEndingOnAnOrganizationsHeadIsTheOrganization() {
    let found = labeled("The building was acquired by Birmingham City Council in 1979 .", .english)
    #expect(found.contains("ORG:Birmingham City Council"))
    #expect(!labeled("A painting hangs on the wall in the Oval Office .", .english).contains("ORG:Oval Office"))
  }
}

/// An acronym's expansion holding an organization's head is an organization,
/// even when the only span the tagger found on it is a place.
@Suite struct AcronymOfAnOrganizationTests {
  @Test func thePlaceInsideSaysNothing() {
    let found = labeled(
      "A local group filed a housing discrimination complaint against the Housing Authority of New Orleans ( HANO ) last week . The complaint accuses HANO of violating a 2003 agreement .",
      .english)
    #expect(found.contains("ORG:Housing Authority of New Orleans"))
    #expect(found.filter { $0 == "ORG:HANO" }.count == 2)
  }
}

/// Greetings, pronouns and question words are never a name's edge
/// (`not-names.txt`, kind `edge`), nor a team's nickname.
@Suite struct NameEdgeWordTests {
  @Test func edgeWordsAreLeftOut() {
    #expect(labeled("Talk to you later GT How is it going ? Did you survive the holidays ?", .english).first == "ORG:GT")
    #expect(labeled("Thanks . John Attached is a new link for employees .", .english).contains("PERSON:John"))
    #expect(labeled("Best in Memphis This shop is by far the best I have been to .", .english) == ["LOC:Memphis"])
    // A team's nickname and an acronym in capitals stay.
    #expect(labeled("The Memphis Grizzlies beat the Boston Celtics .", .english) == ["ORG:Memphis Grizzlies", "ORG:Boston Celtics"])
  }
}

/// An era after a year is no name (`380 CE`, `1st century BCE`), and a
/// place's noun that a listed name is made of alone (`islands`) no place.
@Suite struct EraAndPlaceNounTests {
  @Test func erasAreNoOrganizations() {
    let found = labeled("He is said to have ruled from Ujjain around 1st century BCE . 380 CE – 415 CE ) and Yasodharman .", .english)
    #expect(!found.contains { $0.hasSuffix(":CE") || $0.hasSuffix(":BCE") })
    #expect(labeled("La BCE a relevé ses taux .", .french) == ["ORG:BCE"])
  }

  @Test func aPlacesNounInLowerCaseIsNoPlace() {
    let found = labeled("These include the large nearby islands of Nantucket and Martha 's Vineyard .", .english)
    #expect(!found.contains("LOC:islands") && found.contains("LOC:Nantucket"))
    #expect(labeled("I am a foreigner living in malaysia .", .english) == ["LOC:malaysia"])
  }
}

/// A mail header's display name before an address in angle brackets is a person's.
@Suite struct MailDisplayNameTests {
  @Test func theNameBeforeAnAddressIsAPerson() {
    let found = labeled(#"Email : " Andre " < webmas...@globelingerie.com > Heh . " McGilloway , Vangie " < Vangie.McGilloway@powersrc.com > wrote ."#, .english)
    #expect(found.contains("PERSON:Andre") && found.contains("PERSON:McGilloway , Vangie"))
  }

  @Test func aGroupsNameStaysNoPerson() {
    #expect(!labeled(#"From : " The Cat Album " < thecatal...@hotmail.com >"#, .english).contains { $0.hasPrefix("PERSON:") })
  }
}

/// A minister's portfolio before the name is no part of it, and names run
/// over two particles in a row.
@Suite struct PortfolioAndParticleTests {
  @Test func thePortfolioIsNoName() {
    #expect(labeled("Le ministre de l'Économie Bruno Le Maire a jugé la situation préoccupante .", .french)
      == ["PERSON:Bruno Le Maire"])
    #expect(labeled("Le président de la République Emmanuel Macron a parlé .", .french) == ["PERSON:Emmanuel Macron"])
    #expect(labeled("La ministre de la Culture Rachida Dati était présente .", .french) == ["PERSON:Rachida Dati"])
    // An organization's name is no portfolio.
    let found = labeled("Le président de Microsoft Brad Smith a écrit au Congrès .", .french)
    #expect(found.contains("ORG:Microsoft") && found.contains("PERSON:Brad Smith"))
  }

  @Test func twoParticlesInARow() {
    #expect(labeled("Ursula von der Leyen a parlé à Bruxelles .", .french).contains("PERSON:Ursula von der Leyen"))
    #expect(labeled("Ursula von der Leyen said on Monday that the bloc would act .", .english)
      .contains("PERSON:Ursula von der Leyen"))
  }
}

/// A French span over two complements joined by `et de` is two names.
@Suite struct CoordinatedComplementTests {
  @Test func twoComplementsAreTwoNames() {
    #expect(labeled("Les départements de l'Ain et du Jura sont touchés .", .french) == ["LOC:Ain", "LOC:Jura"])
    let found = labeled("La région de l'Arctique canadien et du Groenland .", .french)
    #expect(found.contains("LOC:Groenland") && !found.contains { $0.contains(" et ") })
  }
}
