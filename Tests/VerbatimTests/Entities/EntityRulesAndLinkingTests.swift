import Testing
@testable import Verbatim

/// The analyzer with entities that the suites below share.
let entityAnalyzer = try! Analyzer(entities: true)

/// The entities found in `text`, as `LABEL:text`.
func labeled(_ text: String, _ language: Language) -> [String] {
  let analysis = entityAnalyzer.analyze(text, language: language)
  return analysis.entities.map { "\($0.label):\(analysis.text(of: $0))" }
}

@Suite struct GazetteerTests {
  @Test func parsesAndValidatesJSON() throws {
    let gazetteer = try Gazetteer(json: #"{"entries": [{"text": "AnyVision", "label": "ORG"}, {"text": "Big Blue", "label": "ORG", "canonical": "IBM", "caseSensitive": false}]}"#)
    #expect(gazetteer.entries.count == 2)
    #expect(gazetteer.entries[1].canonical == "IBM" && !gazetteer.entries[1].caseSensitive)
    #expect(throws: VerbatimError.self) { try Gazetteer(json: #"{"entries": [{"text": "X", "label": "THING"}]}"#) }
    #expect(throws: VerbatimError.self) { try Gazetteer(json: #"{"entries": [{"label": "ORG"}]}"#) }
    #expect(throws: VerbatimError.self) { try Gazetteer(json: #"[1, 2"#) }
    // An empty canonical name (found by fuzzing: the entity had no name).
    #expect(throws: VerbatimError.self) {
      try Gazetteer(json: #"{"entries": [{"text": "Brad Smith", "label": "PERSON", "canonical": ""}]}"#)
    }
  }

  /// An entry built through the Swift API with an empty canonical name
  /// gives its mentions their own text as canonical name.
  @Test func anEmptyCanonicalNameIsNone() throws {
    let analyzer = try Analyzer(language: .english, entities: true, gazetteer: Gazetteer(entries: [
      .init(text: "Brad Smith", label: .person, canonical: "")
    ]))
    let analysis = analyzer.analyze("Brad Smith spoke.")
    #expect(analysis.entities.first.map { $0.canonical == "Brad Smith" } == true)
  }

  @Test func entriesWinOverTheModel() throws {
    let gazetteer = Gazetteer(entries: [
      .init(text: "Sleeping Partner", label: .product),
      .init(text: "big blue", label: .organization, canonical: "IBM", caseSensitive: false),
    ])
    let analyzer = try Analyzer(language: .french, entities: true, gazetteer: gazetteer)
    let text = "Le Sleeping Partner de Big Blue plaît à IBM."
    let analysis = analyzer.analyze(text)
    let byText = Dictionary(analysis.entities.map { (String(analysis.text(of: $0)), $0) }, uniquingKeysWith: { a, _ in a })
    #expect(byText["Sleeping Partner"]?.label == .product)
    let blue = try #require(byText["Big Blue"])
    #expect(blue.label == .organization && blue.canonical == "IBM")
    if let ibm = byText["IBM"] { #expect(ibm.cluster == blue.cluster) }
  }
}

@Suite struct EntityPatternTests {

  @Test func titlesAnnounceAPersonAndStayOutside() {
    #expect(labeled("Selon M. Zorglub, rien ne change.", .french).contains("PERSON:Zorglub"))
    #expect(labeled("Mme Qwerty Dupontel est venue.", .french).contains("PERSON:Qwerty Dupontel"))
    #expect(labeled("Its CEO Arvind Krishna spoke.", .english).contains("PERSON:Arvind Krishna"))
  }

  @Test func organizationTriggersAndProductCues() {
    #expect(labeled("Il a quitté la société Zyxolab en mars.", .french).contains("ORG:Zyxolab"))
    #expect(labeled("Amazon vend sa solution Rekognition aux polices.", .french).contains("PRODUCT:Rekognition"))
    #expect(labeled("They use the Qubit API every day.", .english).contains("PRODUCT:Qubit API"))
  }
}

@Suite struct NameListRuleTests {
  @Test func listedCompaniesAndPlacesKeepTheirType() {
    func label(_ name: String) -> EntityLabel? {
      var name = name
      return name.withUTF8 { EntityLexicons.shared.label($0, 0..<$0.count) }
    }
    #expect(label("Chevron") == .organization)
    #expect(label("Microsoft") == .organization)
    #expect(label("France") == .location)
    #expect(label("Bruxelles") == .location && label("Brussels") == .location)
    #expect(label("Redmond") == .location)
    #expect(label("Zorglub") == nil)
  }

  /// A name and a regnal number is a person; a numbered part, a common
  /// word, a listed place or a numeral alone is not.
  @Test func regnalNumbers() {
    let french = labeled("Le roi Charles III a reçu Jean-Paul II et Dagobert I à Paris.", .french)
    #expect(french.contains("PERSON:Charles III") && french.contains("PERSON:Jean-Paul II")
      && french.contains("PERSON:Dagobert I"))
    let parts = labeled("Voir Annexe I et la Chaîne III, puis l'université de Toulouse II.", .french)
    #expect(parts.allSatisfy { !$0.hasPrefix("PERSON:") && !$0.hasSuffix(":II") && !$0.hasSuffix(":I") })
    // A Roman ordinal and a nationality alone are no names.
    #expect(labeled("Elle fut fondée au IIe siècle et agrandie au XVIIIe siècle.", .french).isEmpty)
    #expect(labeled("Les Écossais sont nus tandis que les Anglais portent des armures.", .french).isEmpty)
    // A first name that is also a common word keeps its place at the start of a sentence.
    #expect(labeled("Claude Gewerc a quant à lui prévenu les élus.", .french) == ["PERSON:Claude Gewerc"])
    // English `I` is the pronoun.
    #expect(!labeled("When I met Obama I said no.", .english).contains("PERSON:Obama I"))
  }

  /// A listed name of several words is one mention, whatever the tagger
  /// saw of it; a listed place in lower case is one in English web text.
  @Test func listedPhrasesAndLowerCasePlaces() {
    #expect(labeled("Il est qualifié selon les critères de l'Union européenne.", .french) == ["ORG:Union européenne"])
    #expect(labeled("Le pays change en Afrique du Sud.", .french) == ["LOC:Afrique du Sud"])
    #expect(labeled("En 1972 les Nations unies finissent par le reconnaître.", .french).contains("ORG:Nations unies"))
    // Not across two spaces or a line break: the lists hold single spaces.
    #expect(!labeled("Le pays change en Afrique\ndu Sud.", .french).contains("LOC:Afrique du Sud"))
    // A listed place after a common word opening the sentence; a listed region.
    #expect(labeled("Au Canada, il n'existe pas de reconnaissance fédérale.", .french) == ["LOC:Canada"])
    #expect(labeled("Il a vécu longtemps en Bretagne avec sa famille.", .french) == ["LOC:Bretagne"])
    #expect(labeled("i am a foreigner living in malaysia , german citizen .", .english).contains("LOC:malaysia"))
    #expect(labeled("any good hotels in kerala ?", .english) == ["LOC:kerala"])
    // Not a common word, not in French.
    #expect(labeled("i went to france last year .", .english).allSatisfy { !$0.hasSuffix(":france") })
    #expect(labeled("il habite en malaysia depuis longtemps .", .french).allSatisfy { !$0.hasSuffix(":malaysia") })
    // A dotted abbreviation in lower case.
    #expect(labeled("microsoft will deny u.s. law enforcement access to its software", .english).contains("LOC:u.s."))
  }

  /// A capitalized common word opening a clause reported inside the
  /// sentence (after `qu'`, a colon, an opening mark) is no part of a name.
  @Test func aClauseOpenerIsTrimmedFromANameLikeASentenceOpener() {
    let found = labeled(
      "Microsoft a travaillé pour l’Immigration and Customs Enforcement (ICE), indiquant en 2018 qu’Avec Azure "
        + "Government, les employés de l’ICE seront en mesure de traiter les données.", .french)
    #expect(found.contains { $0.hasSuffix(":Azure Government") })
    #expect(!found.contains { $0.contains("Avec") })
  }
}

@Suite struct TaggerSpanTrimmingTests {
  @Test func pronounsLettersAndCommonWordsAreNeverNames() {
    let analyzer = try! Analyzer(language: .english, entities: true)
    let text = "i think it 's fine , I 'm here . Yes , You can go if it is ok . Thanks You 've asked ."
    let analysis = analyzer.analyze(text)
    for entity in analysis.entities {
      let name = String(analysis.text(of: entity))
      #expect(name.count > 1, "\(name)")
      #expect(!["i", "I", "Yes", "You", "if", "it", "ok", "I 'm"].contains(name), "\(name)")
    }
  }

  @Test func anOrganizationSaidToBeOneInAnApposition() {
    // A possessive, then an organization trigger's noun; a code with a capital is a name.
    #expect(labeled("Microsoft a investi via M12, sa structure d'investissement.", .french).contains("ORG:M12"))
    #expect(labeled("Le groupe a racheté Zorblax, sa principale filiale.", .french).contains("ORG:Zorblax"))
    #expect(labeled("Il regardait la chaîne TF1 hier soir.", .french).contains("ORG:TF1"))
    // Not without the possessive and the trigger.
    #expect(!labeled("Microsoft a investi via M12, une somme modeste.", .french).contains("ORG:M12"))
  }

  /// The persons in apposition the pattern rules see in `text` (one sentence).
  private func appositionPersons(_ text: String, _ language: Language) -> [String] {
    patternRules(text, language) { $0.appositionPersons.map { ($0, EntityLabel.person) } }.map(\.name)
  }

  /// The pattern mentions of the rules in `text` (one sentence), as `LABEL:text`.
  private func patternMentions(_ text: String, _ language: Language) -> [String] {
    patternRules(text, language) { $0.mentions }.map { "\($0.label):\($0.name)" }
  }

  private func patternRules(
    _ text: String, _ language: Language, _ spans: (EntityPatternRules.Matches) -> [(Range<Int>, EntityLabel)]
  ) -> [(name: String, label: EntityLabel)] {
    let analysis = entityAnalyzer.analyze(text, language: language)
    var text = analysis.text
    return text.withUTF8 { bytes in
      spans(EntityPatternRules.shared.matches(analysis.tokens[...], bytes, french: language != .english)).map { range, label in
        let utf8 = analysis.tokens[range.lowerBound].utf8Range.lowerBound..<analysis.tokens[range.upperBound - 1].utf8Range.upperBound
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[utf8]), as: UTF8.self), label)
      }
    }
  }

  @Test func aPlaceNounInLowerCaseOpensAPlaceName() {
    #expect(patternMentions("Les navires croisent en mer Noire depuis lundi.", .french) == ["LOC:mer Noire"])
    #expect(patternMentions("Il longe le golfe de Guinée puis la rue de la Paix.", .french)
      == ["LOC:golfe de Guinée", "LOC:rue de la Paix"])
    #expect(patternMentions("Les habitants des îles Loyauté ont été évacués.", .french) == ["LOC:îles Loyauté"])
    #expect(patternMentions("Le ministère des Affaires étrangères et l'université de Toulouse.", .french)
      == ["ORG:ministère des Affaires étrangères", "ORG:université de Toulouse"])
    #expect(patternMentions("Naissances : Anna Rouxel, rue Notre-Dame François Sourget.", .french)
      .contains("LOC:rue Notre-Dame"))
    // Not without a capital after it, not `océan de` (a noun that takes the name at once), not in English.
    #expect(patternMentions("La mer était calme et la rue de Jean aussi.", .french) == ["LOC:rue de Jean"])
    #expect(patternMentions("Un océan de Bretons.", .french).isEmpty)
    #expect(patternMentions("The senator gave Obama a book.", .english).isEmpty)
  }

  @Test func aClubWordAndItsCityIsAClub() {
    #expect(patternMentions("Il joue au Stade de Reims puis à l'Athletic Bilbao.", .french)
      == ["ORG:Stade de Reims", "ORG:Athletic Bilbao"])
    #expect(patternMentions("He left Real Madrid for Athletic Bilbao.", .english) == ["ORG:Real Madrid", "ORG:Athletic Bilbao"])
    // Not before a country's name; in English, not with `de`.
    #expect(patternMentions("Le match au Stade de France.", .french).filter { $0.hasPrefix("ORG") }.isEmpty)
  }

  @Test func aCityAndAPluralNicknameIsATeamInEnglish() {
    #expect(patternMentions("He played for the San Diego Padres and the Texas Rangers.", .english)
      == ["ORG:San Diego Padres", "ORG:Texas Rangers"])
    // Places and events, titles and first names are no nicknames; not in French.
    #expect(patternMentions("They met in Palm Springs before the London Olympics.", .english).isEmpty)
    #expect(patternMentions("Then Vermont Sen. Bernie Sanders spoke.", .english).filter { $0.hasPrefix("ORG") }.isEmpty)
    #expect(patternMentions("Il joue à San Diego Padres.", .french).isEmpty)
  }

  /// A party's acronym between a role and the name is a mention of its own.
  @Test func anAcronymBetweenARoleAndTheNameIsTheOrganization() {
    let found = labeled("Le député LFI Manuel Bompard a dénoncé un scandale.", .french)
    #expect(found.contains("ORG:LFI") && found.contains("PERSON:Manuel Bompard"), "\(found)")
    #expect(labeled("Le président Emmanuel Macron a parlé.", .french).contains("PERSON:Emmanuel Macron"))
  }

  /// A dateline's place in capitals, before a news agency or a dash.
  @Test func datelinePlacesAreLocations() {
    let agency = labeled("WASHINGTON (AP) — The Federal Reserve left rates unchanged on Wednesday.", .english)
    #expect(agency.contains("LOC:WASHINGTON") && !agency.contains("PERSON:WASHINGTON"), "\(agency)")
    let twoWords = labeled("NEW YORK (Reuters) - Stocks rose on Monday.", .english)
    #expect(twoWords.contains("LOC:NEW YORK"), "\(twoWords)")
    let state = labeled("SAN FRANCISCO, Calif. (AP) — Apple unveiled a phone.", .english)
    #expect(state.contains("LOC:SAN FRANCISCO"), "\(state)")
    #expect(labeled("LONDON — The Prime Minister said taxes would rise.", .english).contains("LOC:LONDON"))
    // A state's abbreviation may end the first sentence: `REDMOND, Wash. —`.
    #expect(labeled("REDMOND, Wash. — Microsoft said on Monday it would invest.", .english).contains("LOC:REDMOND"))
    // Not a word that is no listed place before a dash alone, not a listed organization.
    #expect(!labeled("UPDATE — Apple shares fell.", .english).contains("LOC:UPDATE"))
    #expect(!labeled("IBM (NYSE) - shares fell sharply.", .english).contains("LOC:IBM"))
  }

  @Test func aCityIsItsClubInASentenceAboutTeamSports() {
    let draw = labeled("He scored twice in a 1 – 1 draw against Liverpool.", .english)
    #expect(draw.contains("ORG:Liverpool"), "\(draw)")
    let sold = labeled("After nine league appearances he was sold to Watford in January.", .english)
    #expect(sold.contains("ORG:Watford"), "\(sold)")
    // Not without a word of team sports, not after another word, not a country.
    #expect(!labeled("She moved to Liverpool in 1990.", .english).contains("ORG:Liverpool"))
    #expect(!labeled("He scored two goals in Liverpool last season.", .english).contains("ORG:Liverpool"))
    #expect(!labeled("He scored in a draw against France.", .english).contains("ORG:France"))
  }

  /// A person the English tagger found whose name is only a listed city's
  /// stays a person, unless a place's preposition comes before it.
  @Test func aPersonNamedLikeACityStaysAPersonInEnglish() {
    #expect(labeled("Bush said the war was over.", .english) == ["PERSON:Bush"])
    #expect(labeled("She was born in Hamilton and moved away.", .english) == ["LOC:Hamilton"])
  }

  @Test func anAbbreviationAloneIsNoName() {
    // The tagger reads `TV` and `BC` as organizations or places; the list drops them alone.
    #expect(!labeled("It was shown on TV in the first century BC.", .english).contains { $0.hasSuffix(":TV") || $0.hasSuffix(":BC") })
    // An attachment's file name is no name either (the tagger took `CrudeStocks.pdf` for an organization in an e-mail).
    #expect(EntityRecognizer.isFileName("crudestocks.pdf") && EntityRecognizer.isFileName("text.htm"))
    #expect(!EntityRecognizer.isFileName("yahoo.com") && !EntityRecognizer.isFileName(".pdf") && !EntityRecognizer.isFileName("u.s."))
  }

  @Test func anInstitutionNounWithItsAdjectivesIsAnOrganization() {
    #expect(patternMentions("Il a joué dans la Ligue nationale de hockey en 2006.", .french) == ["ORG:Ligue nationale de hockey"])
    #expect(patternMentions("Le Comité international olympique a suspendu la Russie.", .french)
      == ["ORG:Comité international olympique"])
    #expect(patternMentions("La Cour suprême des États-Unis et l'Agence internationale de l'énergie atomique.", .french)
      == ["ORG:Cour suprême des États-Unis", "ORG:Agence internationale de l'énergie atomique"])
    #expect(patternMentions("Il vit en République démocratique du Congo, aux confins de l'Empire romain.", .french)
      == ["LOC:République démocratique du Congo", "LOC:Empire romain"])
    #expect(patternMentions("Je demande une déclaration à la Commission et au Conseil.", .french)
      == ["ORG:Commission", "ORG:Conseil"])
    #expect(patternMentions("Conseil de lecture : la Commission Barroso, le Conseil de sécurité, l'Assemblée constituante, l'Union pour la Méditerranée.", .french).isEmpty)
    // No adjective, no name; an infinitive after `de` is no complement; no calendar word; not in English.
    #expect(patternMentions("Le Conseil estime que la Ligue a raison.", .french).isEmpty)
    #expect(patternMentions("Il a demandé à la Commission européenne de relever le seuil.", .french) == ["ORG:Commission européenne"])
    #expect(patternMentions("Le Conseil national de mardi.", .french) == ["ORG:Conseil national"])
    #expect(patternMentions("The Union nationale party.", .english).isEmpty)
  }

  @Test func aPluralNicknameWithItsCityIsATeam() {
    #expect(patternMentions("Il a été échangé aux Yankees de New York en mai.", .french) == ["ORG:Yankees de New York"])
    #expect(patternMentions("Il rejoint les Red Wings de Détroit.", .french) == ["ORG:Red Wings de Détroit"])
    #expect(patternMentions("Il affronte les Diamondbacks de l'Arizona.", .french) == ["ORG:Diamondbacks de l'Arizona"])
    #expect(patternMentions("Il affronte les Giants de San Francisco.", .french) == ["ORG:Giants de San Francisco"])
    #expect(patternMentions("Il court pendant les Jeux de Paris.", .french).isEmpty)
    // A region only after an article (`d'Europe` is a continent's), no demonym, no acronym, no country.
    #expect(patternMentions("Il court les Championnats d'Europe à Rome.", .french).isEmpty)
    #expect(patternMentions("Les Kurdes de Syrie et les CRS de Paris.", .french).isEmpty)
    #expect(patternMentions("Les Zorbos de France ont gagné.", .french).isEmpty)
  }

  @Test func aTitleBeforeAListedNameIsPartOfIt() {
    #expect(patternMentions("He lived in St. Louis, then met Dr. Zorbowski.", .english) == ["LOC:St. Louis", "PERSON:Zorbowski"])
  }

  @Test func aSurnameAloneAfterARoleIsAPerson() {
    #expect(patternMentions("Le juge Desmure se déclare incompétent pour le cas du président Chirac.", .french)
      == ["PERSON:Desmure", "PERSON:Chirac"])
    // Not a listed name, an acronym or a first name alone; not when role and word are a listed name.
    #expect(patternMentions("Le président Renault et le CEO IBM et le président Emmanuel.", .french).isEmpty)
    #expect(patternMentions("Shares of General Motors fell.", .english).isEmpty)
  }

  @Test func aListedNameGluedToAPersonsNameIsTwoMentions() {
    // The French tagger reads `DGSE René Imbot` as one organization.
    let found = labeled("Pierre Imbot, fils de l'ancien directeur de la DGSE René Imbot, est décédé en octobre 2000.", .french)
    #expect(found.contains("ORG:DGSE") && found.contains("PERSON:René Imbot"))
    // `Perry` is a frequent English word, no French one.
    let texas = labeled("Le très conservateur gouverneur du Texas Rick Perry, a réitéré ses charges.", .french)
    #expect(texas.contains("LOC:Texas") && texas.contains("PERSON:Rick Perry"))
  }

  @Test func aNameBetweenCommasAfterARoleIsAPerson() {
    // The English tagger reads this one as a place; the role rule wins.
    #expect(labeled("Its spokeswoman, Melezia Figueroa, said the candidate was headed to the venue.", .english)
      .contains("PERSON:Melezia Figueroa"))
    #expect(patternMentions("Le porte-parole de la mairie, Jean-Baptiste Orlanet, a confirmé.", .french) == ["PERSON:Jean-Baptiste Orlanet"])
    #expect(patternMentions("The president of the board, Zorbo Quantix.", .english) == ["PERSON:Zorbo Quantix"])
    // Not a listed place, not an acronym, not without the closing comma or stop.
    #expect(patternMentions("Our correspondent, New York, reports.", .english).isEmpty)
    #expect(patternMentions("He was a coal executive, ERP Compliant Fuels, and more.", .english).isEmpty)
    #expect(patternMentions("Its spokeswoman, Zorbo Quantix and others left.", .english).isEmpty)
  }

  @Test func aRoleInAppositionAnnouncesAPerson() {
    // The seed sentence whose name the English tagger misses.
    let seed = "During a speech in Brussels, Sundar Pichai, the boss of the group, had explained it."
    #expect(appositionPersons(seed, .english) == ["Sundar Pichai"])
    #expect(labeled(seed, .english).contains("PERSON:Sundar Pichai"))
    // A determiner or possessive, at most two words, then the role; particles inside the name.
    #expect(appositionPersons("Quand Kolya Vasilyev, l'ancien patron de Gazprom, a parlé.", .french) == ["Kolya Vasilyev"])
    #expect(appositionPersons("Zorbo Quantix, Google's chief executive, said so.", .english) == ["Zorbo Quantix"])
    #expect(appositionPersons("Selon Jean de Villarnaud, PDG du groupe, rien ne change.", .french) == ["Jean de Villarnaud"])
    // Not a common word opening the run unless a first name; no title or role
    // inside; not one word (`Paris, the mayor…`); not without a role.
    #expect(appositionPersons("However Zorbo Quantix, the boss, left.", .english) == ["Zorbo Quantix"])
    #expect(appositionPersons("He thanked The Zorbo Quantix, former governor Smith and others.", .english) == [])
    #expect(appositionPersons("Mr. President, Vice President Bush, thank you.", .english).isEmpty)
    #expect(appositionPersons("In Zorblax, the mayor of the city said no.", .english).isEmpty)
    #expect(appositionPersons("Zorbo Quantix, the city by the sea, is calm.", .english).isEmpty)
    #expect(appositionPersons("Zorbo Quantix, a big and very old boss, left.", .english).isEmpty)
  }

  @Test func aVerbClosingASpanIsNotPartOfTheName() {
    #expect(labeled("Google expliquait hier que le service reprendrait.", .french).contains("ORG:Google"))
    #expect(!labeled("Google expliquait hier que le service reprendrait.", .french).contains { $0.contains("expliquait") })
    // Near misses: an adjective of a French name, a brand with a capital inside.
    #expect(labeled("Le Parti socialiste a remporté les élections.", .french).contains { $0.hasSuffix(":Parti socialiste") })
    // A brand with a capital inside stays (the tagger no longer ends a span on one, so the test is direct).
    func dropped(_ word: String, english: Bool) -> Bool {
      let norm = word.lowercased()
      var word = word
      return word.withUTF8 { EntityRecognizer.isNoClosingNameWord($0[...], norm: norm, english: english) }
    }
    #expect(dropped("area", english: true))
    #expect(dropped("expliquait", english: false))
    #expect(!dropped("socialiste", english: false))
    #expect(!dropped("iPhone", english: true))
    #expect(!dropped("eBaymait", english: false))
  }

  @Test func markupIsNeverPartOfAName() {
    let text = "Vous mettez ça à disposition de la police gracieusement ? <img data-src=\" /> La police devrait engager Cédric O, il est super efficace."
    let analysis = try! Analyzer(language: .french, entities: true).analyze(text)
    #expect(analysis.entities.contains { analysis.text(of: $0).hasPrefix("Cédric") })
    for entity in analysis.entities {
      let name = String(analysis.text(of: entity))
      #expect(!name.contains("=") && !name.contains("<") && !name.contains(">") && !name.contains("\""), "\(name)")
    }
  }
}

@Suite struct DocumentLinkerTests {
  /// Mentions built by hand from their texts (first occurrence after the previous one).
  private func link(_ text: String, _ spans: [(String, EntityLabel)]) -> [Entity] {
    let analysis = try! Analyzer(language: .english).analyze(text)
    var mentions: [Entity] = []
    var searchFrom = text.startIndex
    for (name, label) in spans {
      let range = text.range(of: name, range: searchFrom..<text.endIndex)!
      searchFrom = range.upperBound
      let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
      let end = start + name.unicodeScalars.count
      let tokens = analysis.tokens.indices.filter { analysis.tokens[$0].start >= start && analysis.tokens[$0].end <= end }
      let utf8Start = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
      mentions.append(
        Entity(start: start, end: end, utf8Range: utf8Start..<(utf8Start + name.utf8.count),
          tokenIndices: tokens.first!..<(tokens.last! + 1), label: label, canonical: name, cluster: mentions.count))
    }
    return DocumentLinker.shared.link(mentions, analysis: analysis)
  }

  /// A name typed twice, once of each type, gets one type everywhere (the
  /// first in the order person, organization, place, product).
  @Test func aTieBetweenTypesGivesOneType() {
    let linked = link(
      "Demand for Blackwell is staggering. Nvidia expects Blackwell shipments to grow.",
      [("Blackwell", .organization), ("Blackwell", .person)])
    #expect(linked.map(\.label) == [.person, .person])
    let places = link("Sales grew in Qarvel. Qarvel said it would invest.", [("Qarvel", .location), ("Qarvel", .organization)])
    #expect(places.map(\.label) == [.organization, .organization])
  }

  /// `Patriot Coal` … `Patriot`: the lone first word of a two-word
  /// organization is the organization, not the person the tagger saw; not
  /// a word of a person's name (`Kessler Energy` … `Anna Kessler` … `Kessler`).
  @Test func aLoneFirstWordOfAnOrganizationIsTheOrganization() {
    let linked = link(
      "Patriot Coal filed for bankruptcy. Patriot said the miners would be paid.",
      [("Patriot Coal", .organization), ("Patriot", .person)])
    #expect(linked[1].label == .organization && linked[1].cluster == linked[0].cluster && linked[1].canonical == "Patriot Coal")
    let person = link(
      "Kessler Energy paid. Anna Kessler denied it. Kessler said it was legal.",
      [("Kessler Energy", .organization), ("Anna Kessler", .person), ("Kessler", .person)])
    #expect(person[2].label == .person && person[2].canonical == "Anna Kessler")
    // Without the person's full name, the same lone word is the company's.
    let company = link("Kessler Energy paid. Kessler said it was legal.", [("Kessler Energy", .organization), ("Kessler", .person)])
    #expect(company[1].label == .organization)
  }

  @Test func partialNamesLinkToTheFullName() {
    let linked = link("Brad Smith spoke. Later Smith left and Mr. Smith came back.",
                      [("Brad Smith", .person), ("Smith", .person), ("Smith", .person)])
    #expect(Set(linked.map(\.cluster)).count == 1)
    #expect(linked.allSatisfy { $0.canonical == "Brad Smith" })
  }

  @Test func aSurnameTypedOtherwiseAfterTheFullNameIsThePersons() {
    let linked = link("George Zorbowski spoke. Then Zorbowski left for Paris.",
                      [("George Zorbowski", .person), ("Zorbowski", .organization), ("Paris", .location)])
    #expect(linked.map(\.label) == [.person, .person, .location])
    #expect(linked[0].cluster == linked[1].cluster && linked[1].canonical == "George Zorbowski")
    // Not before the full name, not a listed name (`Jordan` may be the country).
    let before = link("Zorbowski left. George Zorbowski spoke.", [("Zorbowski", .organization), ("George Zorbowski", .person)])
    #expect(before[0].label == .organization)
    let listed = link("Michael Jordan played in Jordan.", [("Michael Jordan", .person), ("Jordan", .location)])
    #expect(listed[1].label == .location)
    // A city alone is no obstacle: `Hamilton` is the man here.
    let city = link("Alexander Hamilton wrote. Hamilton argued.", [("Alexander Hamilton", .person), ("Hamilton", .location)])
    #expect(city[1].label == .person)
  }

  @Test func acronymsLinkToTheirExpansion() {
    let linked = link("The American Civil Liberties Union (ACLU) sued. ACLU won.",
                      [("American Civil Liberties Union", .organization), ("ACLU", .organization), ("ACLU", .location)])
    #expect(Set(linked.map(\.cluster)).count == 1)
    #expect(linked.allSatisfy { $0.label == .organization && $0.canonical == "American Civil Liberties Union" })
  }

  @Test func aliasesAndConsistentLabels() {
    let linked = link("IBM quits. Big Blue said so. IBM again, and IBM.",
                      [("IBM", .organization), ("Big Blue", .person), ("IBM", .person), ("IBM", .organization)])
    #expect(linked.allSatisfy { $0.label == .organization })
    #expect(Set(linked.map(\.cluster)).count == 1)
    #expect(linked.allSatisfy { $0.canonical == "IBM" })
  }

  @Test func missedOccurrencesAreAdded() {
    let linked = link("Zorglub Corp grew. Then Zorglub Corp shrank.", [("Zorglub Corp", .organization)])
    #expect(linked.count == 2)
    #expect(linked[0].cluster == linked[1].cluster)
  }
}

@Suite struct AcronymDefinitionTests {
  /// The definitions `AcronymDefinitions.find` sees in `text`, as "expansion=ACRONYM".
  private func definitions(_ text: String, _ language: Language = .english) -> [String] {
    let analysis = entityAnalyzer.analyze(text, language: language)
    var text = analysis.text
    return text.withUTF8 { bytes in
      AcronymDefinitions.find(analysis.tokens[...], bytes).map { definition in
        let first = analysis.tokens[definition.expansion.lowerBound]
        let last = analysis.tokens[definition.expansion.upperBound - 1]
        let acronym = analysis.tokens[definition.acronym]
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        return "\(text(first.utf8Range.lowerBound..<last.utf8Range.upperBound))=\(text(acronym.utf8Range))"
      }
    }
  }

  @Test func expansionsAreFoundLetterByLetter() {
    #expect(definitions("It is the Immigration and Customs Enforcement (ICE) that buys it.")
      == ["Immigration and Customs Enforcement=ICE"])
    #expect(definitions("The powerful American Civil Liberties Union (ACLU) objects.")
      == ["American Civil Liberties Union=ACLU"])
    #expect(definitions("Selon l'Organisation mondiale de la santé (OMS), rien.", .french) == ["Organisation mondiale de la santé=OMS"])
    #expect(definitions("Il siège à l'Union européenne (UE) depuis 1995.", .french) == ["Union européenne=UE"])
    // No expansion: letters missing, punctuation in between, a lower-case start, not an acronym.
    #expect(definitions("Satya Nadella (CEO) spoke.").isEmpty)
    #expect(definitions("He said, finally (ICE) left.").isEmpty)
    #expect(definitions("the immigration and customs enforcement (ICE) office").isEmpty)
    #expect(definitions("Paris Saint-Germain (Paris) won.").isEmpty)
    #expect(definitions("Kept (A) apart.").isEmpty)
  }


  @Test func theExpansionAndTheAcronymAreOneEntity() throws {
    let text = "Redmond ne cite pas l'Immigration and Customs Enforcement (ICE). Les agents de l'ICE l'utilisent."
    let analysis = entityAnalyzer.analyze(text, language: .french)
    let found = analysis.entities.map { "\($0.label):\(analysis.text(of: $0))" }
    #expect(found.contains("ORG:Immigration and Customs Enforcement"))
    #expect(!found.contains("ORG:Customs Enforcement"))
    let acronyms = analysis.entities.filter { analysis.text(of: $0) == "ICE" }
    #expect(acronyms.count == 2)
    let full = try #require(analysis.entities.first { analysis.text(of: $0) == "Immigration and Customs Enforcement" })
    for acronym in acronyms {
      #expect(acronym.label == .organization && acronym.cluster == full.cluster)
      #expect(acronym.canonical == "Immigration and Customs Enforcement")
    }
  }
}

@Suite struct AliasNameTests {
  @Test func capitalizedAliasesAreFoundAsWholeTokens() {
    let aliases = AliasNames("Big Blue\tIBM\tORG\nla firme de Redmond\tMicrosoft\tORG\nWall Street\tWall Street\tLOC\n")
    func found(_ text: String) -> [String] {
      let analysis = try! Analyzer(language: .french).analyze(text)
      var text = analysis.text
      return text.withUTF8 { bytes in
        aliases.matches(analysis.tokens[...], bytes).map { match in
          let range = analysis.tokens[match.0.lowerBound].utf8Range.lowerBound..<analysis.tokens[match.0.upperBound - 1].utf8Range.upperBound
          return "\(match.1):\(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))"
        }
      }
    }
    #expect(found("Big Blue a cessé de vendre. Wall Street salue.") == ["ORG:Big Blue", "LOC:Wall Street"])
    // Case, glued words and lower-case aliases (left to the linker) do not match.
    #expect(found("big blue et BigBlue, Big blue.").isEmpty)
    #expect(found("la firme de Redmond").isEmpty)
  }

  @Test func bigBlueIsIBM() throws {
    let analyzer = try Analyzer(language: .french, entities: true)
    let analysis = analyzer.analyze("IBM se retire. Big Blue a cessé la commercialisation de ses logiciels.")
    let blue = try #require(analysis.entities.first { analysis.text(of: $0) == "Big Blue" })
    let ibm = try #require(analysis.entities.first { analysis.text(of: $0) == "IBM" })
    #expect(blue.label == .organization && blue.canonical == "IBM" && blue.cluster == ibm.cluster)
  }
}

@Suite struct NationalityTests {
  @Test func aNationalityIsNeitherPartOfTheNameNorABarToTheTrigger() {
    let analysis = entityAnalyzer.analyze("Il a pris une part de la start-up israélienne Zorvatek, spécialisée dans l'image.", language: .french)
    let found = analysis.entities.map { "\($0.label):\(analysis.text(of: $0))" }
    #expect(found.contains("ORG:Zorvatek"))
    #expect(!found.contains { $0.contains("israélienne") })
  }
}

@Suite struct ListedCommonWordTests {
  /// A listed organization that is also a common word is a name when it is
  /// capitalized alone inside a sentence.
  @Test func aCapitalInsideTheSentenceMakesTheName() {
    #expect(labeled("The ban is meant to give Congress time to act.", .english).contains("ORG:Congress"))
    #expect(labeled("Objet d'une enquête au Congrès américain, la firme recule.", .french).contains("ORG:Congrès"))
    #expect(!labeled("The party held its congress in May.", .english).contains { $0.hasSuffix(":congress") })
  }
}

@Suite struct TitleAndAcronymLabelTests {

  /// A capitalized common word after a title is a surname; a role is not.
  @Test func aCommonWordAfterATitleIsASurname() {
    #expect(labeled("Selon M. Ménard, la nomination de M. Parent sera bien vue.", .french).contains("PERSON:Parent"))
    #expect(!labeled("Thank you, Mr. President, for the time.", .english).contains("PERSON:President"))
  }

  /// Inside a sentence, a capital opening an expansion of a three-letter
  /// acronym makes it an ORG even in French sentence case; at the start of
  /// the sentence it does not.
  @Test func sentenceCaseExpansionsInsideTheSentence() {
    let inside = labeled("En 1993, il co-préside le Centre d'études scientifiques de défense (CESD) à Paris.", .french)
    #expect(inside.contains("ORG:Centre d'études scientifiques de défense") && inside.contains("ORG:CESD"))
    let opening = labeled("Produit intérieur brut (PIB) : la croissance ralentit nettement cette année.", .french)
    #expect(!opening.contains { $0.hasSuffix(":Produit intérieur brut") })
  }
}

@Suite struct ProductAppositionTests {
  /// A name followed by `, sa technologie …` / `, its platform …` is a product.
  @Test func aPossessiveAndAProductCueAfterTheName() {
    #expect(labeled("Le groupe défendait l'utilisation de Zorbex, sa technologie de reconnaissance faciale.", .french)
      .contains("PRODUCT:Zorbex"))
    #expect(labeled("They moved the data to Qworx, its cloud platform, last year.", .english).contains("PRODUCT:Qworx"))
    #expect(!labeled("Il a rejoint Zorbex, sa nouvelle maison, en mars.", .french).contains("PRODUCT:Zorbex"))
  }
}

@Suite struct PersonNameShapeTests {
  /// A listed first name and capitalized words, particles allowed, are a
  /// person where the tagger saw none or a part (`Marine` is also a common
  /// word, `Le` an article).
  @Test func aFirstNameAndASurnameTheTaggerMissed() {
    #expect(labeled("Marine Le Pen a dénoncé mercredi un réquisitoire politique.", .french).contains("PERSON:Marine Le Pen"))
    #expect(labeled("Marine Le Pen said on Tuesday that the plan would fail.", .english).contains("PERSON:Marine Le Pen"))
    #expect(labeled("Jean-Yves Le Drian said on Tuesday that the plan would fail.", .english)
      .contains("PERSON:Jean-Yves Le Drian"))
    #expect(labeled("Alexandria Ocasio-Cortez a dénoncé mercredi un réquisitoire.", .french)
      .contains("PERSON:Alexandria Ocasio-Cortez"))
  }

  /// English tokens keep a hyphen apart: a person's name goes on across it.
  @Test func aHyphenatedSurname() {
    let found = labeled("Sam Bankman-Fried, who was convicted of fraud, is serving a 25-year sentence.", .english)
    #expect(found.contains("PERSON:Sam Bankman-Fried"))
    #expect(!found.contains("PERSON:Sam Bankman"))
  }

  /// No person from a common word after the first name (`Dallas Street`,
  /// `Clinton Camp`: first names too), nor from a first name that is
  /// mostly a verb (`Said Ellis: “…”`).
  @Test func shapesThatAreNoPersonsName() {
    #expect(!labeled("There is a happy hour tonight at Scudeiros on Dallas Street (just west of the Met Garage).", .english)
      .contains("PERSON:Dallas Street"))
    #expect(!labeled("Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp.", .english)
      .contains("PERSON:Clinton Camp"))
    let said = labeled(
      "If anything, experts say her plans to raise a host of taxes on the rich would make the code more complicated. Said Ellis: “I don’t get the sense she’s the least bit interested in tax reform.”",
      .english)
    #expect(!said.contains("PERSON:Said Ellis"))
  }
}

@Suite struct SportsClubRoleTests {
  /// A one-word name before a role in a team and a person's name is the
  /// club, and so are its other one-word mentions; a country stays a place.
  @Test func aClubBeforeARoleInTheTeam() {
    let found = labeled(
      "Chelsea coach Enzo Maresca was happier. \"We deserved to win,\" Arsenal manager Mikel Arteta said after the draw at Chelsea.",
      .english)
    #expect(found.filter { $0.hasSuffix(":Chelsea") } == ["ORG:Chelsea", "ORG:Chelsea"])
    #expect(found.contains("ORG:Arsenal") && found.contains("PERSON:Mikel Arteta"))
    #expect(labeled("The goal came late, said England captain Harry Kane.", .english).contains("LOC:England"))
  }
}

@Suite struct KnownOrganizationTests {
  /// The outlets news text cites are organizations, whatever the tagger
  /// makes of them: whole titles with their article, elided or not, titles
  /// holding a digit or a calendar word, titles in lower case.
  @Test func listedMediaAreOrganizations() {
    #expect(labeled("Selon Les Échos, le groupe prépare une cession.", .french) == ["ORG:Les Échos"])
    #expect(labeled("L'Équipe révèle que le club a reçu une offre.", .french) == ["ORG:L'Équipe"])
    #expect(labeled("Il l'a confié à L’Équipe.", .french) == ["ORG:L’Équipe"])
    #expect(labeled("Interrogé par franceinfo, le ministre a démenti.", .french) == ["ORG:franceinfo"])
    #expect(labeled("Selon TF1 et France 2, l'accord est proche.", .french) == ["ORG:TF1", "ORG:France 2"])
    #expect(labeled("Interrogé par 20 Minutes, il a démenti.", .french) == ["ORG:20 Minutes"])
    // The title wins over the date rule; the day alone stays a date.
    #expect(labeled("Le Journal du dimanche a publié les chiffres dimanche.", .french)
      == ["ORG:Le Journal du dimanche", "DATE:dimanche"])
    #expect(labeled("Politico reported on Tuesday that the deal was close.", .english) == ["ORG:Politico", "DATE:Tuesday"])
    #expect(labeled("A reporter for USA Today asked her.", .english) == ["ORG:USA Today"])
    // Not the everyday words a title is made of.
    #expect(labeled("Il a marqué 20 minutes plus tard.", .french).isEmpty)
    #expect(labeled("L'équipe a gagné dimanche.", .french) == ["DATE:dimanche"])
  }

  /// Clubs and pollsters are known organizations too: a club's name of
  /// several words is not its city (`le Paris Saint-Germain`), a pollster
  /// is no common word; a glued `+` is part of a title (`Canal+`).
  @Test func clubsPollstersAndGluedPlus() {
    #expect(labeled("Le Paris Saint-Germain a battu le Bayern Munich mardi.", .french)
      == ["ORG:Paris Saint-Germain", "ORG:Bayern Munich", "DATE:mardi"])
    #expect(labeled("Le PSG a gagné.", .french) == ["ORG:PSG"])
    #expect(labeled("D'après un sondage Ifop publié par le Journal du dimanche, rien ne change.", .french)
      == ["ORG:Ifop", "ORG:Journal du dimanche"])
    #expect(labeled("Il l'a dit au micro de Canal+ hier.", .french).contains("ORG:Canal+"))
    #expect(labeled("La présidente du groupe RN a réagi dans un entretien aux Échos.", .french) == ["ORG:RN", "ORG:Échos"])
  }

  /// A title between an organization and a person's name is neither's
  /// (`FAA Administrator Mike Whitaker`); a title opens a person's name
  /// inside a sentence (`where Speaker Mike Johnson`), and a comma before a
  /// word in lower case ends a name.
  @Test func titlesBetweenNamesAndCommasInsideThem() {
    #expect(labeled("FAA Administrator Mike Whitaker has said the agency will keep inspectors.", .english)
      == ["ORG:FAA", "PERSON:Mike Whitaker"])
    let house = labeled("The bill goes to the House, where Speaker Mike Johnson has signaled he will not bring it to a vote.", .english)
    #expect(house.contains("PERSON:Mike Johnson") && house.allSatisfy { !$0.contains(",") })
  }

  /// A possessive `'s` is no part of a name (`Boeing's production`).
  @Test func aPossessiveIsNoPartOfAName() {
    #expect(labeled("The FAA capped Boeing's production of the 737 Max.", .english).contains("ORG:Boeing"))
    #expect(labeled("Pence’s goal was clear.", .english).allSatisfy { !$0.contains("’s") })
  }

  /// A role alone (`the company's CEO`) or a nationality noun (`the
  /// Spaniard`) is nobody's name.
  @Test func rolesAndNationalityNounsAloneAreNoNames() {
    #expect(labeled("Elon Musk, the company's CEO, has repeatedly said that it is safer.", .english) == ["PERSON:Elon Musk"])
    #expect(labeled("“It's a dream for me,” the 21-year-old Spaniard said.", .english).isEmpty)
  }

  /// A one-word "person" before a product noun, never named with a first
  /// name or a title, is a product (`Blackwell chips`); not a person's name
  /// before another noun (`the Trump campaign`).
  @Test func thingsNamedLikePersons() {
    #expect(labeled("He added that demand for the company's Blackwell chips was staggering.", .english).contains("PRODUCT:Blackwell"))
    #expect(!labeled("Trump said the Trump campaign would win.", .english).contains { $0.hasPrefix("PRODUCT") })
  }

  /// `Contacté par l'AFP, …`: the press formula opening the sentence is no name.
  @Test func pressFormulasAreNoNames() {
    #expect(labeled("Contacté par Le Monde, le groupe n'a pas répondu.", .french) == ["ORG:Le Monde"])
    #expect(labeled("Sollicité par Le Monde, Matignon n'a pas répondu.", .french).allSatisfy { !$0.contains("Sollicité") })
  }

  /// An entry with an elided article is listed as the tokenizer cuts it,
  /// with either apostrophe; other apostrophes are left alone.
  @Test func elidedEntriesAreListedAsTheTokensReadThem() {
    func forms(_ entry: String) -> [String] {
      Array(entry.utf8).withUnsafeBufferPointer { EntityLexicons.elisionForms($0).forms.map { String(decoding: $0, as: UTF8.self) } }
    }
    #expect(Set(forms("L'Équipe")) == ["L' Équipe", "L’Équipe", "L’ Équipe"])
    #expect(Set(forms("La Dépêche d’Alsace")) == ["La Dépêche d'Alsace", "La Dépêche d' Alsace", "La Dépêche d’ Alsace"])
    #expect(forms("O'Reilly Media").isEmpty)
    #expect(forms("Aujourd'hui en France").isEmpty)
    #expect(forms("Le Monde").isEmpty)
  }
}

/// English organizations named by capitalized words ending in an
/// organization's head (`Department`, `Committee`, `Bureau of …`), with a
/// country glued before them; `the` is left out, and a headline is left alone.
@Suite struct OrganizationHeadTests {
  @Test func capitalizedWordsEndingInAnOrganizationsHead() {
    #expect(labeled("A spokesperson for the U.S. Commerce Department declined to comment.", .english)
      .contains("ORG:U.S. Commerce Department"))
    #expect(labeled("He testified before the Senate Intelligence Committee on Tuesday.", .english)
      .contains("ORG:Senate Intelligence Committee"))
    #expect(labeled("Forty percent of inmates are black, according to the Federal Bureau of Prisons.", .english)
      .contains("ORG:Federal Bureau of Prisons"))
    #expect(!labeled("Senate Panel Weighs New Rules For Mining Office", .english).contains("ORG:New Rules For Mining Office"))
  }

  /// Heads of the rule-only list `org-heads.txt` (not tagger features).
  @Test func headsOfTheRuleOnlyList() {
    #expect(labeled("The Federal Aviation Administration declined to say when it might lift the cap.", .english)
      .contains("ORG:Federal Aviation Administration"))
    #expect(labeled("He is a fellow at the Brookings Institution in Washington.", .english).contains("ORG:Brookings Institution"))
    let bits = "Administration".utf8.withContiguousStorageIfAvailable { buffer in
      EntityLexicons.shared.bits(buffer, tokens: [0..<buffer.count])[0]
    }
    // Listed, and kept from the tagger's features.
    let head: UInt32 = 1 << EntityLexicons.Bit.organizationHead.rawValue
    #expect(bits.map { $0 & head } == head)
    #expect(bits.map { $0 & EntityLexicons.taggerBits & head } == 0)
  }

  /// A head, `of`/`for`, and the name the tagger found after it are one
  /// organization; a company's suffix is no head (`Google, Inc. of Mountain View`).
  @Test func aHeadBeforeANameTheTaggerFound() {
    #expect(labeled("The Office for National Statistics said prices rose.", .english).contains("ORG:Office for National Statistics"))
    #expect(!labeled("The foundation sold it to Google, Inc. of Mountain View, Calif.", .english).contains { $0.contains("Inc. of") })
  }

  /// A French name the tagger ran on past `d'` into an infinitive and its
  /// object ends before `d'` (`l'État d'aider les usagers`); `d'` and a
  /// noun stay (`l'École d'architecture de Paris`, `l'État d'Israël`).
  @Test func anInfinitiveAfterDeEndsAName() {
    #expect(labeled("Elle a demandé à l'État d'aider les usagers.", .french).allSatisfy { !$0.contains("aider") })
    #expect(labeled("Il parle de l'État d'Israël.", .french).contains("LOC:État d'Israël"))
  }

  /// An acronym's plural is a common noun (`IDs`, `super PACs`); UK parties by their short names.
  @Test func pluralAcronymsAndBritishParties() {
    #expect(labeled("Texas cannot force Americans to hand over their IDs just to read the news.", .english)
      .allSatisfy { !$0.hasSuffix(":IDs") })
    #expect(labeled("The opposition Conservatives accused the government of taking credit.", .english).contains("ORG:Conservatives"))
    #expect(labeled("Support for Reform UK rose while the Liberal Democrats held steady.", .english)
      .contains("ORG:Reform UK"))
  }
}

/// Korean given names written with a hyphen and a lower-case second part.
@Suite struct HyphenatedGivenNameTests {
  @Test func aPersonRunsOverAHyphenatedGivenName() {
    let found = labeled("Ban Ki-moon met Kim Jong-un and Moon Jae-in in Seoul on Friday.", .english)
    #expect(found.contains("PERSON:Ban Ki-moon"))
    #expect(found.contains("PERSON:Kim Jong-un"))
    #expect(found.contains("PERSON:Moon Jae-in"))
  }

  @Test func notOverACompoundsSecondPart() {
    let found = labeled("The Mike Pence-led panel met under the Donald Trump-era rules.", .english)
    #expect(found.contains("PERSON:Mike Pence"))
    #expect(found.contains("PERSON:Donald Trump"))
  }
}

/// A name the tagger typed as a place or an organization is a person's
/// when a role follows it in apposition with its determiner (`Kerr
/// Putney, the Charlotte-Mecklenburg police chief,`), a hyphenated
/// compound counting as one word before the role; not a name before a
/// subject with a role (`According to Yahoo News, Clinton spokesman …`).
@Suite struct RoleAppositionTests {
  @Test func aRoleInAppositionMakesAPerson() {
    let found = labeled("Kerr Putney, the Charlotte-Mecklenburg police chief, said the footage was unclear.", .english)
    #expect(found.contains("PERSON:Kerr Putney"))
    let other = labeled("Chandler Van Voorhis, the group's co-founder, said the land was cheap.", .english)
    #expect(other.contains("PERSON:Chandler Van Voorhis"))
  }

  @Test func notASubjectAfterAnOpeningPhrase() {
    let found = labeled("According to Yahoo News, Clinton spokesman Jesse Lehrich said Friday that the bill would pass.", .english)
    #expect(found.contains("ORG:Yahoo News"))
    #expect(found.contains("PERSON:Jesse Lehrich"))
  }
}

/// A one-word name typed as a place becomes a person's before a verb or a
/// possession only a person has (`person-cues.txt`), and not before a verb
/// a capital's government uses.
@Suite struct PersonCueTests {
  @Test func aVerbOrAPossessionOfAPersonMakesAPerson() {
    #expect(labeled("Kennedy married Jacqueline Bouvier in 1953.", .english).contains("PERSON:Kennedy"))
    #expect(labeled("Speculation that Hamilton's mother was of mixed race persists.", .english).contains("PERSON:Hamilton"))
    #expect(labeled("After the war, Toulon wrote to his brother every week.", .english).contains("PERSON:Toulon"))
    #expect(labeled("Few expected Hamilton's death so soon.", .english).contains("PERSON:Hamilton"))
    #expect(labeled("The scandal led to Durham's resignation.", .english).contains("PERSON:Durham"))
    #expect(labeled("Kennedy testified before the committee .", .english).contains("PERSON:Kennedy"))
  }

  @Test func aRelativesNounMakesAPerson() {
    let found = labeled("Le prix a été baptisé en l'honneur de Jean Michel et de son père Maurice.", .french)
    #expect(found.contains("PERSON:Maurice"))
    #expect(labeled("She thanked her brother Jordan for the gift.", .english).contains("PERSON:Jordan"))
    // (Without a relative's noun right before it, a listed place stays a place.)
    #expect(labeled("Il est parti vivre à Maurice avec sa famille.", .french).contains("LOC:Maurice"))
  }

  @Test func placesStayPlaces() {
    #expect(labeled("Beijing said on Monday that the talks would resume.", .english).contains("LOC:Beijing"))
    #expect(labeled("France married tradition and reform in its new law.", .english).contains("LOC:France"))
    #expect(labeled("He moved to Hamilton in 2004 and opened a shop there.", .english).contains("LOC:Hamilton"))
  }
}

/// Listed names are found with the accents of their capitals dropped, as
/// French often writes them (`Egypte`, `Les Echos`, `L'Equipe`).
@Suite struct AccentlessCapitalTests {
  @Test func listedNamesWithoutTheirCapitalsAccents() {
    #expect(labeled("Il l'a dit dans un entretien à L'Equipe dimanche.", .french).contains("ORG:L'Equipe"))
    var text = "Egypte Etats-Unis Ile-de-France"
    text.withUTF8 { bytes in
      #expect(EntityLexicons.shared.label(bytes, 0..<6) == .location)
      #expect(EntityLexicons.shared.label(bytes, 7..<17) == .location)
      #expect(EntityLexicons.shared.label(bytes, 18..<31) == .location)
    }
  }

  @Test func onlyAccentedCapitalsLoseTheirAccent() {
    func bare(_ text: String) -> String? {
      var text = text
      return text.withUTF8 { EntityLexicons.withoutCapitalAccents($0) }.map { String(decoding: $0, as: UTF8.self) }
    }
    #expect(bare("Équipe") == "Equipe")
    #expect(bare("Île-de-France") == "Ile-de-France")
    #expect(bare("ÀÇÉÑÖÙÝ") == "ACENOUY")
    #expect(bare("Ørsted Æther") == nil)
    #expect(bare("Orléans") == nil)
  }
}

/// A French word glued to an inversion's or an imperative's clitic is a
/// verb, not a name, even capitalized at the start of a sentence.
@Suite struct FrenchCliticVerbTests {
  @Test func aVerbBeforeItsCliticIsNoName() {
    #expect(labeled("Attardons-nous désormais sur la Une du quotidien.", .french).isEmpty)
    let found = labeled("Rappelez-vous ce que disait Jaurès.", .french)
    #expect(!found.contains { $0.hasSuffix(":Rappelez") } && found.contains("PERSON:Jaurès"))
    // (A hyphenated name is one token: nothing to cut.)
    #expect(labeled("Selon Marie-Louise Dupont, le club a gagné.", .french).contains("PERSON:Marie-Louise Dupont"))
  }
}

/// A tagger span that runs on past a rule's mention and a preposition keeps
/// the listed name at its end.
@Suite struct ListedNameAfterRuleMentionTests {
  @Test func thePlaceAfterAnOrganizationFoundByRule() {
    let found = labeled(
      "Il a organisé des négociations entre le Conseil national de transition à Benghazi et les autorités.", .french)
    #expect(found.contains("ORG:Conseil national de transition") && found.contains("LOC:Benghazi"))
  }
}

/// A noun in lower case that a tagger span opens with is no part of the
/// name; a one-word name left after it is kept only if listed.
@Suite struct NounBeforeNameTests {
  @Test func theNameWithoutTheNounBeforeIt() {
    let boeing = labeled("En 1995, il défendra 29.000 employées de Boeing réunis en procédure.", .french)
    #expect(boeing.contains("ORG:Boeing") && !boeing.contains { $0.contains("employées") })
    let diocese = labeled("Historiquement rattachée au diocèse de Saint-Omer, on trouve trace écrite.", .french)
    // (`Saint-Omer` is on no list: after the noun, the tagger's type for it is left unsaid.)
    #expect(!diocese.contains { $0.contains("diocèse") })
    let augustin = labeled("L'augustin Bernardus Désirant (1656-1725), professeur à l'Université de Louvain.", .french)
    #expect(augustin.contains("PERSON:Bernardus Désirant"))
  }

  @Test func particlesPlaceHeadsAndBrandsStay() {
    #expect(labeled("Les navires sont entrés en mer Noire lundi.", .french).contains("LOC:mer Noire"))
    #expect(EntityRecognizer.isNounBeforeName(token("diocèse"), bytes: "diocèse"))
    for kept in ["zu", "van", "iPhone", "mer", "îles"] {
      #expect(!EntityRecognizer.isNounBeforeName(token(kept), bytes: kept), "\(kept)")
    }
  }

  /// The tagger's type for a one-word name it ran on to from a noun is a
  /// guess; unlisted, the name is left out rather than typed a place.
  @Test func anUnlistedWordAfterTheNounIsLeftOut() {
    let found = labeled("Prenez du calcium avant la 1ère perfusion d'Aclasta.", .french)
    #expect(!found.contains { $0.contains("Aclasta") && !$0.hasPrefix("PRODUCT:") })
  }

  private func token(_ word: String) -> Token {
    var word = word
    let norm = word.withUTF8 { TokenNorm.norm($0, 0..<$0.count) }
    return Token(start: 0, end: word.unicodeScalars.count, utf8Range: 0..<word.utf8.count, kind: .word, norm: norm)
  }
}

extension EntityRecognizer {
  /// ``isNounBeforeName(_:_:)`` on a word standing alone.
  static func isNounBeforeName(_ token: Token, bytes word: String) -> Bool {
    var word = word
    return word.withUTF8 { isNounBeforeName(token, $0) }
  }
}

/// A listed first name alone inside a sentence is a person's name.
@Suite struct LoneFirstNameTests {
  @Test func aFirstNameAloneIsAPerson() {
    #expect(labeled("Selon Alan, la question reste en suspens.", .french).contains("PERSON:Alan"))
    #expect(labeled("Selon Alan « Dave m'a contacté il y a quelques semaines ».", .french).contains("PERSON:Alan"))
  }

  @Test func notAPlaceNorPartOfALongerName() {
    #expect(labeled("Il vit à Florence depuis trois ans.", .french) == ["LOC:Florence"])
    #expect(!labeled("La conquête de la Perse par Alexandre le Grand date de 330.", .french).contains("PERSON:Alexandre"))
    let nickname = labeled(#"The member since 2003 has been Harold "Junior" Theriault of the Liberal Party."#, .english)
    #expect(!nickname.contains("PERSON:Harold"))
  }
}

/// A person's name ends on no word in lower case; `États` alone is no name.
@Suite struct NameEndTests {
  @Test func aVerbAfterThePersonIsNoPartOfTheName() {
    let found = labeled("On raconte aussi que le roi Jean demanda un jour à ses soldats de partir.", .french)
    #expect(found.contains("PERSON:Jean") && !found.contains { $0.contains("demanda") })
  }

  @Test func statesAloneAreNoPlace() {
    let found = labeled("Le traité vise à restreindre le droit des Etats parties à l'utilisation pacifique.", .french)
    #expect(!found.contains { $0.contains("Etats") })
    #expect(labeled("Il vit aux États-Unis depuis 2010.", .french).contains("LOC:États-Unis"))
  }
}

/// An acronym defined by words all in lower case abbreviates a common noun.
@Suite struct LowerCaseAcronymTests {
  @Test func aCommonNounsAcronymIsNoName() {
    #expect(!labeled("Le quartier est classé en « zone d'éducation prioritaire » (ZEP).", .french).contains { $0.contains("ZEP") })
    #expect(!labeled("Les petites et moyennes entreprises (PME) souffrent.", .french).contains { $0.contains("PME") })
  }

  @Test func institutionsAndCapitalizedExpansionsStay() {
    let agency = labeled("Selon l'agence nationale de sécurité du médicament (ANSM), le produit est sûr.", .french)
    #expect(agency.contains("ORG:ANSM"))
    let who = labeled("L'« Organisation mondiale de la santé » (OMS) a publié un rapport.", .french)
    #expect(who.contains("ORG:OMS") && who.contains("ORG:Organisation mondiale de la santé"))
  }
}

/// An organization trigger after `de` or `à` (`du quotidien`, `au groupe`),
/// and the name in quotation marks after it.
@Suite struct ContractedTriggerTests {
  @Test func theNameAfterDuQuotidienInQuotationMarks() {
    let found = labeled("Nous désormais sur la Une du quotidien « L'Economiste » de 31 mai 2011.", .french)
    #expect(found.contains("ORG:L'Economiste"))
    #expect(EntityPatternRules.withContractedArticles("le quotidien") == ["le quotidien", "du quotidien", "au quotidien"])
    #expect(EntityPatternRules.withContractedArticles("les laboratoires") == ["les laboratoires", "des laboratoires", "aux laboratoires"])
    #expect(EntityPatternRules.withContractedArticles("la société") == ["la société"])
  }
}

/// Two words that say a city's name stands for its club need no other word
/// of team sports in the sentence.
@Suite struct SportsClubPairTests {
  @Test func signedForAndReleasedByNameAClub() {
    #expect(labeled("He was released by Gillingham in May 2008.", .english).contains("ORG:Gillingham"))
    #expect(labeled("He signed for Burnley in 2000 and left in 2003.", .english).contains("ORG:Burnley"))
    // (Moving to a city is no transfer without a word of sport.)
    #expect(labeled("He moved to Burnley in 2000 with his family.", .english).contains("LOC:Burnley"))
  }
}

/// A name before `(` or `,` and a word of birth is a person's.
@Suite struct BirthCueTests {
  @Test func aNameBeforeNeIsAPerson() {
    let found = labeled("Traian Popovici (né le 17 octobre 1892 dans le village de Rusca) était maire.", .french)
    #expect(found.contains("PERSON:Traian Popovici"))
    #expect(PersonCueWords.shared.birth.contains("née") && PersonCueWords.shared.birth.contains("born"))
  }
}

/// A name after a place's noun and `de` is a place's (the noun is no part of it).
@Suite struct PlaceNounBeforeTests {
  @Test func aNameAfterHameauDeIsAPlace() {
    let found = labeled("Il est mort le 4 juin 1946, dans le hameau de Colacu, commune de Fundu Moldovei, en Roumanie.", .french)
    #expect(found.contains("LOC:Colacu") && found.contains("LOC:Fundu Moldovei"))
    #expect(EntityPatternRules.shared.isPlaceNounBefore("commune") && !EntityPatternRules.shared.isPlaceHead("commune"))
    #expect(!EntityPatternRules.shared.isPlaceNounBefore("mer") && EntityPatternRules.shared.isPlaceHead("mer"))
  }

  @Test func factoriesAndTheirCoordinates() {
    #expect(labeled("Selon le syndicat, les usines de Mirafiori et de Cassino seront les plus touchées.", .french)
      == ["LOC:Mirafiori", "LOC:Cassino"])
  }
}

/// Events, competitions, wars and awards are no person, organization or place.
@Suite struct EventNameTests {
  @Test func eventsAreNoNames() {
    #expect(labeled("During the 1976 Summer Olympics in Montreal, the stadium hosted five matches.", .english) == ["LOC:Montreal"])
    #expect(!labeled("He played a FIFA World Cup game against Spain in 1994.", .english).contains { $0.contains("Cup") })
    // (A list's name ending so stays: the event words are checked on names no list holds.)
    #expect(labeled("Il a couvert le Festival de Cannes pour Le Monde.", .french).contains("ORG:Le Monde"))
  }
}

/// A name written twice in a row (an e-mail's signature, then the next
/// one's greeting) is two mentions.
@Suite struct RepeatedNameTests {
  @Test func aNameTwiceInARowIsTwoMentions() {
    let renee = labeled("Please let me know what time is convenient for you . Thanks , Renee Renee , Thank you for digging in to the file .", .english)
    #expect(renee.filter { $0 == "PERSON:Renee" }.count == 2)
    let debra = labeled("Best regards , Debra Perlingiere Debra Perlingiere Priscilla , I do not agree .", .english)
    #expect(debra.filter { $0 == "PERSON:Debra Perlingiere" }.count == 2)
  }
}
