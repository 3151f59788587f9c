import Testing
@testable import Verbatim

/// What the quote layer finds in small constructed texts: `speaker|kind|quote`.
private func quotes(_ text: String, _ language: Language? = nil) -> [String] {
  let analysis = QuoteTestSupport.analyzer.analyze(text, language: language)
  return analysis.quotes.map { quote in
    let speaker = quote.speaker.map { String(analysis.text(of: $0)) } ?? "-"
    return "\(speaker)|\(quote.kind)|\(analysis.text(of: quote))"
  }
}

/// The speakers of the quotes found in `text`: as written, resolved, and their cluster.
private func speakers(_ text: String, _ language: Language) -> [(written: String, resolved: String?, cluster: Int?)] {
  let analysis = QuoteTestSupport.analyzer.analyze(text, language: language)
  return analysis.quotes.compactMap { quote in
    quote.speaker.map { (String(analysis.text(of: $0)), $0.resolved, $0.cluster) }
  }
}

enum QuoteTestSupport {
  static let analyzer = try! Analyzer()
}

@Suite struct QuoteMarkPairingTests {
  @Test func guillemetsWithAndWithoutNoBreakSpaces() {
    #expect(quotes("« Nous ne vendons pas cette technologie », a déclaré Brad Smith.", .french)
      == ["Brad Smith|direct|Nous ne vendons pas cette technologie"])
    #expect(quotes("«\u{202F}Nous ne vendons pas cette technologie\u{202F}», a déclaré Brad Smith.", .french)
      == ["Brad Smith|direct|Nous ne vendons pas cette technologie"])
    #expect(quotes("«Nous ne vendons pas cette technologie», a déclaré Brad Smith.", .french)
      == ["Brad Smith|direct|Nous ne vendons pas cette technologie"])
  }

  @Test func curlyStraightMixedAndLowNinePairs() {
    #expect(quotes("“We do not sell it to the police,” said Brad Smith.", .english)
      == ["Brad Smith|direct|We do not sell it to the police,"])
    #expect(quotes("\"We do not sell it to the police,” said Brad Smith.", .english)
      == ["Brad Smith|direct|We do not sell it to the police,"])
    #expect(quotes("„Wir verkaufen es nicht an die Polizei“, said Brad Smith.", .english).first?.hasSuffix("|direct|Wir verkaufen es nicht an die Polizei") == true)
    #expect(quotes("‹ Nous ne vendons pas cette technologie ›, a déclaré Brad Smith.", .french)
      == ["Brad Smith|direct|Nous ne vendons pas cette technologie"])
  }

  @Test func apostrophesAreNotClosingMarks() {
    // `’` inside and after words, and `‘…’` as an inner quote.
    let found = quotes("“Sanders’ plan isn’t what they call ‘serious’ at all,” said Mr. Smith.", .english)
    #expect(found == ["Smith|direct|Sanders’ plan isn’t what they call ‘serious’ at all,"])
  }

  @Test func nestedQuotesWithADifferentMark() {
    let found = quotes("« Il m'a dit “jamais de la vie” et il est parti », raconte Marie Curie.", .french)
    #expect(found == ["Marie Curie|direct|Il m'a dit “jamais de la vie” et il est parti"])
  }

  @Test func unclosedMarksEndWithTheirParagraph() {
    let text = "« Nous ne vendrons jamais cette technologie à la police, a dit Smith.\n\nLe marché progresse de 10 %. Les ventes suivent."
    let analysis = QuoteTestSupport.analyzer.analyze(text, language: .french)
    let quote = try! #require(analysis.quotes.first)
    #expect(!quote.isClosed)
    #expect(quote.end <= analysis.paragraphs[0].end)
    #expect(!analysis.text(of: quote).contains("marché"))
  }

  @Test func closingMarkWithoutOpening() {
    #expect(quotes("Chauchard, tu es une bête ! \"", .french) == ["-|direct|Chauchard, tu es une bête !"])
  }

  @Test func rightDoubleMarkOpeningAQuote() {
    // Swedish and Finnish ” … ”, and a scraped page's ” opening an English quote.
    #expect(quotes("Pence won.\n\n” … he delivered a mix of orthodoxy and rejoinders,” Barabak wrote.", .english)
      == ["Barabak|direct|… he delivered a mix of orthodoxy and rejoinders,"])
  }

  @Test func markupAttributesAreNotQuotes() {
    let found = quotes("“He left <a href=\"https://x.org/a\">today</a> for good,” she said.", .english)
    #expect(found == ["she|direct|He left <a href=\"https://x.org/a\">today</a> for good,"])
  }

  @Test func strayClosingMarkAfterAnAttributedQuote() {
    // The writer's words after `“…,” she said` are not a quote because a
    // straight mark closes a quoted excerpt further on.
    let text = "“It never crossed my mind,” she said several months after her release, and the reason was the campaign.\""
    #expect(quotes(text, .english) == ["she|direct|It never crossed my mind,"])
  }

  @Test func englishQuoteReopeningAtEachParagraph() {
    let text = "The senator said:\n\n“We will not stop here.\n\n“We will go on until the law passes.”\n\nThe vote is next week."
    let found = quotes(text, .english)
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("The senator|direct|We will not stop here.") == true)
    #expect(found.first?.hasSuffix("until the law passes.") == true)
  }

  @Test func frenchQuoteOverParagraphsClosedAtTheEnd() {
    let text = "« Nous avons beaucoup travaillé cette année.\n\nNous continuerons l'an prochain », a conclu Marie Dupont.\n\nLa séance est levée."
    let found = quotes(text, .french)
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("Marie Dupont|direct|Nous avons beaucoup travaillé") == true)
    #expect(found.first?.hasSuffix("l'an prochain") == true)
  }
}

@Suite struct QuoteConstructionTests {
  @Test func frenchInversionsAndIncises() {
    #expect(quotes("« Nous ne lâcherons rien », a-t-il ajouté.", .french) == ["il|direct|Nous ne lâcherons rien"])
    #expect(quotes("« Nous ne lâcherons rien », dit-elle.", .french) == ["elle|direct|Nous ne lâcherons rien"])
    let split = quotes("« La première partie du discours, dit-elle, et la seconde partie du discours. »", .french)
    #expect(split == ["elle|direct|La première partie du discours", "elle|direct|et la seconde partie du discours."])
  }

  /// Pronominal verbs of saying: the reflexive `s'`/`se` before the verb
  /// or its auxiliary, in an inversion or before the subject.
  @Test func frenchPronominalVerbsInIncises() {
    #expect(quotes("« On nous demande de payer », s'indigne-t-il.", .french) == ["il|direct|On nous demande de payer"])
    #expect(quotes("« On nous demande de payer », s’agace-t-elle.", .french) == ["elle|direct|On nous demande de payer"])
    #expect(quotes("« On nous demande de payer », s'est-il insurgé.", .french) == ["il|direct|On nous demande de payer"])
    #expect(quotes("« On nous demande de payer », se désole le maire.", .french) == ["le maire|direct|On nous demande de payer"])
    #expect(quotes("« C'est une nouvelle page », s'est félicité Luca de Meo, le directeur général.", .french)
      == ["Luca de Meo|direct|C'est une nouvelle page"])
  }

  /// The reflexive pronoun belongs to the verb group, not to its subject;
  /// after an impersonal `-t-on`, where it is said speaks.
  @Test func reflexiveSubjectsAndImpersonalOn() {
    #expect(quotes("Du côté du patronat, le Medef s'est dit « favorable à une réforme ambitieuse ».", .french)
      == ["le Medef|partial|favorable à une réforme ambitieuse"])
    #expect(quotes("Le Premier ministre hésite. « Rien n'est arbitré », assure-t-on à Matignon.", .french)
      == ["Matignon|direct|Rien n'est arbitré"])
  }

  /// `reported a net profit`: a company's results, not reported speech.
  @Test func reportedResultsAreNoSpeech() {
    #expect(quotes("The company reported a net profit of $97 billion last year.", .english).isEmpty)
    #expect(quotes("The agency reported a man was killed in the blast.", .english) == ["The agency|indirect|a man was killed in the blast"])
  }

  /// `on condition of anonymity`, `on the record`: how something was said, not what.
  @Test func howSomethingWasSaidIsNotWhat() {
    #expect(quotes("An official, speaking on condition of anonymity to discuss private deliberations, said the tariffs could start next week.", .english)
      == ["An official|indirect|the tariffs could start next week"])
    #expect(quotes("An official spoke on condition of anonymity because he was not authorized to comment.", .english).isEmpty)
    #expect(quotes("He spoke about the deal.", .english) == ["He|indirect|the deal"])
  }

  /// A participle after an inverted attribution speaks for its speaker.
  @Test func participlesAfterAnInvertedAttribution() {
    #expect(quotes("« C'est une nouvelle page », a insisté Luca de Meo devant la presse, ajoutant que « la confiance est revenue ».", .french)
      == ["Luca de Meo|direct|C'est une nouvelle page", "Luca de Meo|partial|la confiance est revenue"])
    #expect(quotes(#""This is a new page," said Luca de Meo at a press conference, adding that "trust is back at last.""#, .english)
      == ["Luca de Meo|direct|This is a new page,", "Luca de Meo|partial|trust is back at last."])
  }

  @Test func colonDashAndSourceConstructions() {
    #expect(quotes("Brad Smith a déclaré : « Nous ne vendons pas cette technologie. »", .french)
      == ["Brad Smith|direct|Nous ne vendons pas cette technologie."])
    #expect(quotes("« Le vrai courage est de durer sans cesse » – Albert Camus", .french)
      == ["Albert Camus|direct|Le vrai courage est de durer sans cesse"])
    #expect(quotes("Pour elle, « s'attaquer à la misère, c'est aussi s'attaquer à l'exclusion ».", .french)
      == ["elle|direct|s'attaquer à la misère, c'est aussi s'attaquer à l'exclusion"])
  }

  @Test func englishSpeakerBeforeOrAfterTheVerb() {
    #expect(quotes("“The rules are clear,” Mr. Burman said.", .english) == ["Burman|direct|The rules are clear,"])
    #expect(quotes("“The rules are clear,” said Leonard Burman.", .english) == ["Leonard Burman|direct|The rules are clear,"])
    #expect(quotes("He said: “We have a situation in our cities.”", .english) == ["He|direct|We have a situation in our cities."])
  }

  @Test func floatingQuoteKeepsTheLastSpeaker() {
    let text = "“Coal isn't the villain,” Mr. Obama said. “The villain is excess carbon in the air.”"
    let found = quotes(text, .english)
    #expect(found == ["Obama|direct|Coal isn't the villain,", "Obama|direct|The villain is excess carbon in the air."])
  }

  @Test func aShortSentenceAfterAQuoteGoesOnWithIt() {
    // Short, every word capitalized or short: no title when it follows a
    // quote of the same paragraph as a sentence of its own.
    #expect(
      quotes("“Who here has read the party's platform on rivers?” Ms. Okafor asked. “Neither do I.”", .english)
        == ["Okafor|direct|Who here has read the party's platform on rivers?", "Okafor|direct|Neither do I."])
    // A title in the writer's sentence stays none.
    #expect(
      quotes("“We will rebuild the pier,” Ms. Okafor said. She then quoted “Moby Dick” at length.", .english)
        == ["Okafor|direct|We will rebuild the pier,"])
  }

  @Test func anEnglishNounAfterAPrepositionIntroducesNobody() {
    // `in detail:` is no verb of saying: the quote's own `she said` speaks.
    let text = "The devotion of the fans to Ruiz is recorded in detail:\n\n“Here she comes,” she said, waving."
    #expect(quotes(text, .english) == ["she|direct|Here she comes,"])
  }

  @Test func partialQuotesTakeTheReportersSpeaker() {
    let text = "Le Président de Microsoft a rappelé que son groupe demande depuis deux ans « une régulation gouvernementale forte »."
    let found = quotes(text, .french)
    #expect(found.contains("Le Président de Microsoft|partial|une régulation gouvernementale forte"))
    #expect(found.contains("Le Président de Microsoft|indirect|son groupe demande depuis deux ans « une régulation gouvernementale forte »"))
  }

  @Test func transcriptTurnsAreQuotesOfTheirLabel() {
    let text = "Partial transcript as follows:\n\n\"WALLACE: Will she be there tomorrow night?\n\n\"PENCE: Well, look, she will not be attending the debate.\n\n\"It is serious business.\n\n\"WALLACE: Governor, I do not want to interrupt.\""
    #expect(quotes(text, .english) == [
      "WALLACE|direct|Will she be there tomorrow night?",
      "PENCE|direct|Well, look, she will not be attending the debate.\n\n\"It is serious business.",
      "WALLACE|direct|Governor, I do not want to interrupt.",
    ])
  }

  @Test func aQuoteTheWritersSentenceGoesOnAfterIsPartial() {
    // The writer's words after the closing mark: a fragment of that sentence,
    // attributed by the sentence's closing `she said` / `Warren said`.
    #expect(quotes("“You squeezed employees to the breaking point” to drive up the stock price, she said.", .english)
      == ["she|partial|You squeezed employees to the breaking point"])
    #expect(quotes("“The only way Wall Street will change is jail time” for criminal behavior, Warren said.", .english)
      == ["Warren|partial|The only way Wall Street will change is jail time"])
    // An attribution right after the mark keeps it direct.
    #expect(quotes("“We will win this fight” he said.", .english) == ["he|direct|We will win this fight"])
  }

  @Test func anEnglishQuoteInLowerCaseInsideTheWritersSentenceIsPartial() {
    // After a dash or the writer's own words, a quote in lower case is a fragment.
    #expect(
      quotes("The mayor asked the crowd to welcome the new coach - “the best hire this town ever made.”", .english)
        .map { $0.components(separatedBy: "|")[1] }.filter { $0 != "indirect" } == ["partial"])
    #expect(
      quotes("Ms. Reyes said on the other hand, “the old bridge works fine if you drive a small car and never in winter.”", .english)
        .map { $0.components(separatedBy: "|")[1] }.filter { $0 != "indirect" } == ["partial"])
    // A quote cut by an incise goes on in lower case: still direct.
    #expect(
      quotes("“The budget is tight,” Ms. Reyes told reporters on Monday, “but the bridge will open in May.”", .english)
        == ["Reyes|direct|The budget is tight,", "Reyes|direct|but the bridge will open in May."])
    #expect(
      quotes("When the council voted, Ms. Reyes said, “we were delighted.”", .english)
        .map { $0.components(separatedBy: "|")[1] } == ["direct"])
  }

  @Test func scareQuotesTitlesAndTermsAreNotQuotes() {
    #expect(quotes("Le groupe refuse d'être un « sleeping partner » dans cette affaire.", .french).isEmpty)
    #expect(quotes("Elle présentait l'émission « Absolutt underholdning » sur TV 2.", .french).isEmpty)
    #expect(quotes("Burton thinks that cats are “cuties”.", .english).filter { $0.contains("|partial|") || $0.contains("|direct|") }.isEmpty)
    #expect(quotes("The so-called “Big Five” met on Monday.", .english).isEmpty)
  }

  @Test func indirectSpeech() {
    #expect(quotes("Selon certaines sources, c'est Rigaud qui a rédigé ces ouvrages.", .french)
      == ["certaines sources|indirect|c'est Rigaud qui a rédigé ces ouvrages"])
    #expect(quotes("Le gouvernement est prêt à négocier, selon le ministre.", .french)
      == ["le ministre|indirect|Le gouvernement est prêt à négocier"])
    #expect(quotes("Berkeley affirmait que la matière n'existait pas.", .french)
      == ["Berkeley|indirect|la matière n'existait pas"])
    #expect(quotes("Trump says he would pay for it by eliminating fraud.", .english)
      == ["Trump|indirect|he would pay for it by eliminating fraud"])
    #expect(quotes("The top 1 percent paid a quarter of all taxes, according to the Congressional Budget Office.", .english)
      == ["the Congressional Budget Office|indirect|The top 1 percent paid a quarter of all taxes"])
  }

  @Test func attributionBetweenCommasAndSourcesThatAreNotSources() {
    // Both sides of the incise, like a direct quote cut by one.
    #expect(quotes("Climate change, Mr. Obama often says, is the greatest long-term threat facing the world.", .english)
      == ["Obama|indirect|Climate change", "Obama|indirect|is the greatest long-term threat facing the world"])
    // A quote after the incise is a direct quote alone, whatever its marks;
    // the words before it report speech only when they make a clause.
    for (open, close) in [("“", "”"), ("''", "''"), ("\"", "\"")] {
      #expect(quotes("It was, the president said, \(open)a stone where men and women were sold.\(close)", .english)
        == ["the president|direct|a stone where men and women were sold."])
    }
    #expect(quotes("The new museum downtown, the president said, “will make visitors face hard truths.”", .english)
      == ["the president|indirect|The new museum downtown", "the president|direct|will make visitors face hard truths."])
    #expect(quotes("Selon les époques et les civilisations, les artistes ont sculpté ces figurines.", .french).isEmpty)
    let split = quotes("Le réseau propose des ateliers « pour permettre aux citoyens, selon les termes de l'association, d'avoir un regard critique sur le commerce ».", .french)
    #expect(split == ["les termes de l'association|partial|pour permettre aux citoyens", "les termes de l'association|partial|d'avoir un regard critique sur le commerce"])
    #expect(quotes("L'accord engendrera une perte considérable pour l'Union, a souligné la même source.", .french)
      == ["la même source|indirect|L'accord engendrera une perte considérable pour l'Union"])
  }

  @Test func frenchSourcesAndSubjects() {
    // `d'après` (split by the tokenizer's elision rule) is a source like `selon`.
    #expect(quotes("Les groupes préparent une réponse commune, d’après un communiqué publié mercredi.", .french)
      .first?.hasSuffix("|indirect|Les groupes préparent une réponse commune") == true)
    // A plural noun of people after `selon`, not `selon les époques`.
    #expect(quotes("Selon les démissionnaires, il ne reste plus que trois clairons.", .french)
      == ["les démissionnaires|indirect|il ne reste plus que trois clairons"])
    #expect(quotes("Selon les époques, les artistes ont sculpté ces figurines.", .french).isEmpty)
    // A long aside in brackets inside the source.
    #expect(quotes("Selon les initiateurs de ce comité (pensé à la manière du Comité de vigilance des intellectuels antifascistes de l'entre deux guerres), les historiens ont un rôle à jouer.", .french)
      == ["les initiateurs de ce comité|indirect|les historiens ont un rôle à jouer"])
    // The noun phrase opening the sentence when no name is there.
    #expect(quotes("La droite crie au scandale et affirme que c’est Chirac que l’on vise.", .french)
      == ["La droite|indirect|c’est Chirac que l’on vise"])
  }

  @Test func englishTrailingAttributionsAndAsides() {
    // `a` is a French auxiliary only: `a source said` is a speaker.
    #expect(quotes("The campaign decided to change course, a source said.", .english)
      == ["a source|indirect|The campaign decided to change course"])
    // Time words after the verb.
    #expect(quotes("The campaign decided to change course, the spokesman said on Tuesday.", .english)
      == ["the spokesman|indirect|The campaign decided to change course"])
    // An aside right after `that`.
    #expect(quotes("He said that, if elected, he would leave such decisions to the generals.", .english)
      == ["He|indirect|if elected, he would leave such decisions to the generals"])
    // A title before the name; a source between commas mid-sentence; a participle.
    #expect(quotes("An acre of trees can convert 156 tons of carbon over the years, Mr. Van Voorhis said.", .english)
      == ["Van Voorhis|indirect|An acre of trees can convert 156 tons of carbon over the years"])
    #expect(quotes("The top 1 percent would see their incomes rise by 19.9 percent, according to the Tax Foundation, more than any other group.", .english)
      .first?.hasSuffix("|indirect|The top 1 percent would see their incomes rise by 19.9 percent") == true)
    #expect(quotes("Le chômage a baissé de 2 %, selon l’Insee, ce qui reste modeste.", .french)
      == ["Insee|indirect|Le chômage a baissé de 2 %"])
    // A clause joined after the source says more of it; the subject's own act does not.
    #expect(quotes("The top 1 percent paid a quarter of all taxes, according to the Congressional Budget Office, and the top 10 percent paid 69 percent.", .english)
      == ["Congressional Budget Office|indirect|The top 1 percent paid a quarter of all taxes",
          "Congressional Budget Office|indirect|the top 10 percent paid 69 percent"])
    #expect(quotes("His relatives watched the videos on Thursday, according to their attorneys, and said they came away with questions.", .english)
      .filter { $0.contains("according") || $0.hasPrefix("their attorneys|") }
      == ["their attorneys|indirect|His relatives watched the videos on Thursday"])
    // A source without a determiner; sources of information.
    #expect(quotes("About 9.9 million single mothers live in the United States, according to federal statistics.", .english)
      == ["federal statistics|indirect|About 9.9 million single mothers live in the United States"])
    // (`defended his tweets` reports a noun object of its own.)
    #expect(quotes("Donald Trump defended his tweets, saying it shows he would be awake for a call.", .english)
      == ["Donald Trump|indirect|his tweets", "Donald Trump|indirect|it shows he would be awake for a call"])
    // Speakers followed by a place or a complement; a lone informant noun.
    #expect(quotes("The meeting deteriorated from there, said one GOP source in the room.", .english)
      == ["one GOP source in the room|indirect|The meeting deteriorated from there"])
    #expect(quotes("Le projet a été abandonné, a indiqué une source proche du dossier.", .french)
      == ["une source proche du dossier|indirect|Le projet a été abandonné"])
    #expect(quotes("While the plan would raise taxes, experts say the sting of those changes would be small.", .english)
      == ["experts|indirect|the sting of those changes would be small"])
    // A relative clause after an incise is not what was said.
    #expect(quotes("The plan failed, said Smith, who resigned.", .english) == ["Smith|indirect|The plan failed"])
    // French `a` is still an auxiliary.
    #expect(quotes("La réforme passera au printemps, a déclaré le ministre.", .french)
      == ["le ministre|indirect|La réforme passera au printemps"])
  }

  @Test func englishLongSubjectsToldObjectsAndClosingClauses() {
    // An informant noun with its complements as the subject.
    #expect(quotes("Experts on North Korea and nuclear nonproliferation said the latest test could change that.", .english)
      == ["Experts on North Korea and nuclear nonproliferation|indirect|the latest test could change that"])
    // A compound split at its hyphen; a spaced dash before `according to`.
    #expect(quotes("The proposal is vague about who would be eligible, labor-policy experts say.", .english)
      == ["labor-policy experts|indirect|The proposal is vague about who would be eligible"])
    #expect(quotes("Half of his advice is unsubstantiated — or flat out wrong — according to the journal.", .english)
      == ["the journal|indirect|Half of his advice is unsubstantiated — or flat out wrong"])
    // A place with commas between the verb and `that`.
    #expect(quotes("Clinton says at a campaign stop in Toledo, Ohio, that it means Trump never paid.", .english)
      == ["Clinton|indirect|it means Trump never paid"])
    // Who was told, and when; a closing adverbial clause after the attribution.
    #expect(quotes("The deal is a good business decision, Sen. Lindsey Graham told The Huffington Post on Thursday.", .english)
      .first?.hasSuffix("|indirect|The deal is a good business decision") == true)
    #expect(quotes("The difference now, he told me on Friday, is that he is the anchor.", .english)
      == ["he|indirect|The difference now", "he|indirect|is that he is the anchor"])
    #expect(quotes("The remarks are an insult, top black lawmakers said Friday afternoon, as they bristled at them.", .english)
      == ["top black lawmakers|indirect|The remarks are an insult"])
    // A clause joined by `and` after an incise goes on with what was said.
    #expect(quotes("The middle fifth paid 8.9 percent, the agency said in a June report, and the bottom fifth paid 0.8 percent.", .english)
      == ["the agency|indirect|The middle fifth paid 8.9 percent", "the agency|indirect|the bottom fifth paid 0.8 percent"])
  }

  @Test func englishTimesBeforeTheVerbNumbersAndPronounClauses() {
    // A time between the subject and its verb, the weekday out of the cue.
    #expect(quotes("Sanders on Tuesday said he wants to attack four provisions in the tax code.", .english)
      == ["Sanders|indirect|he wants to attack four provisions in the tax code"])
    #expect(quotes("The head of the agency last week said the plan would cost more.", .english)
      == ["The head of the agency|indirect|the plan would cost more"])
    // A floating quantifier between the subject and its verb.
    #expect(quotes("The two senators both argued that the deal was unfair.", .english)
      == ["The two senators|indirect|the deal was unfair"])
    // A clause opening with a number, or with an approximation before one.
    #expect(quotes("McAuliffe said 20 people have indicated an interest in the seat.", .english)
      == ["McAuliffe|indirect|20 people have indicated an interest in the seat"])
    #expect(quotes("McAuliffe has said about 20 people have indicated an interest in the seat.", .english)
      == ["McAuliffe|indirect|about 20 people have indicated an interest in the seat"])
    // `said he wants to …` reports the clause, not the infinitive; a
    // directive keeps its infinitive (`urged Congress to act`).
    #expect(quotes("Sanders said he wants to attack four provisions in the tax code.", .english)
      == ["Sanders|indirect|he wants to attack four provisions in the tax code"])
    #expect(quotes("Obama urged Congress to act on climate change.", .english)
      == ["Obama|indirect|act on climate change"])
    #expect(quotes("She said in the Oval Office, emphasizing it was time to end the sanctions.", .english)
      .contains { $0.hasSuffix("|indirect|it was time to end the sanctions") })
  }

  /// Speakers that are no name: a plural noun opening the sentence before
  /// `and said`, a share of a poll, a noun phrase inside an incise; a
  /// trailing attribution with where it was said; words that report speech
  /// only before `that`.
  @Test func englishPluralSubjectsPollSharesIncisesAndThatVerbs() {
    #expect(quotes("Authorities announced the arrest of a man and said a curfew would continue.", .english)
      .contains("Authorities|indirect|a curfew would continue"))
    // What follows `X added:` without a quote mark.
    #expect(quotes("Limbaugh added: This reeks of the greatest fear that I have ever seen.", .english)
      == ["Limbaugh|indirect|This reeks of the greatest fear that I have ever seen"])
    #expect(quotes("Another 19 percent said they would not pick either candidate.", .english)
      == ["19 percent|indirect|they would not pick either candidate"])
    #expect(quotes("But in recent days, advisers to Mr. Obama say, the president has grown exasperated.", .english)
      .contains("advisers to Mr. Obama|indirect|the president has grown exasperated"))
    // A name after the first words of an incise is its subject's complement, not a noun-phrase speaker.
    #expect(quotes("Coup sur coup, Amazon, IBM et Microsoft ont annoncé, à des degrés divers, la suspension.", .french)
      .allSatisfy { !$0.hasPrefix("IBM et Microsoft|") })
    #expect(quotes("Monsoons could affect a billion people, Mr. Obama said in his interview.", .english)
      == ["Obama|indirect|Monsoons could affect a billion people"])
    // Not an infinitive after the verb, not a verb without a plausible subject.
    #expect(quotes("Le marché, aujourd'hui évalué à 4 milliards, est appelé à tripler d'ici 2025.", .french).isEmpty)
    #expect(quotes("Mr. McKinley notes that we are at a rare economic moment.", .english)
      == ["McKinley|indirect|we are at a rare economic moment"])
    #expect(quotes("The report states that the economy grew.", .english) == ["The report|indirect|the economy grew"])
    // An adverbial before an incise is not what was said; a purpose clause is.
    #expect(quotes("During his years in office, Mr. Obama said, a majority of Americans have come to believe it.", .english)
      == ["Obama|indirect|a majority of Americans have come to believe it"])
    #expect(quotes("To understand the real Dred Scott, Chief Justice Roberts said, one should visit this museum.", .english)
      .contains("Chief Justice Roberts|indirect|To understand the real Dred Scott"))
    #expect(quotes("The charges that he faces are serious.", .english).isEmpty)
    #expect(quotes("His notes that he left were lost.", .english).isEmpty)
  }

  /// What follows the verb of an attribution closing a quote is where, when
  /// or to whom it was said; an adverbial clause or an apposition of the
  /// speaker is not what was said; `that` still opens reported speech.
  @Test func englishAttributionTailsAreNotReportedSpeech() {
    #expect(quotes("“It will be unfair,” Trump said this month on CNBC.", .english)
      == ["Trump|direct|It will be unfair,"])
    #expect(quotes("“We will win,” Clarke told the miners.", .english) == ["Clarke|direct|We will win,"])
    #expect(quotes("Not paying taxes ''makes me smart,'' Donald J. Trump said last week.", .english)
      .allSatisfy { !$0.contains("|indirect|") })
    #expect(quotes("\"Subpoenas are not optional,\" Rep. Jason Chaffetz said after Pagliano failed to show up.", .english)
      .allSatisfy { !$0.contains("|indirect|") })
    #expect(quotes("That was what Liz Wahl said when she resigned from the network.", .english).isEmpty)
    #expect(quotes("The stations were closed in 2005, said Jeffrey N. Trimble, a senior official with the board that oversees them.", .english)
      == ["Jeffrey N. Trimble|indirect|The stations were closed in 2005"])
    // Near misses: a new sentence after a closed quote, `that` after an attribution, a clause after `said`.
    #expect(quotes("“We won.” Trump said the vote was rigged.", .english)
      .contains("Trump|indirect|the vote was rigged"))
    #expect(quotes("“We won,” Trump said Friday, and added that the vote was rigged.", .english)
      .contains { $0.hasSuffix("|indirect|the vote was rigged") })
    #expect(quotes("Liz Wahl said the network had misled its viewers for years.", .english)
      == ["Liz Wahl|indirect|the network had misled its viewers for years"])
    // A time phrase then a subject pronoun: the clause is what was said.
    #expect(quotes("Trump said after the convention he would not accept the endorsement.", .english)
      == ["Trump|indirect|he would not accept the endorsement"])
    // Who was told and when is no content; `called` naming something is no speech act.
    #expect(quotes("Goldberg told CNBC in August.", .english).isEmpty)
    #expect(quotes("The program, called EB-5, allows foreign investors to gain citizenship.", .english).isEmpty)
    #expect(quotes("He joined a small group called Citizens United.", .english).isEmpty)
  }

  /// A speech act in the passive reports its complement; the agent after
  /// `by` is the speaker, and there is none without it.
  @Test func englishPassiveSpeechActs() {
    #expect(quotes("Mr. Quiros was accused of using $50 million for personal expenses.", .english)
      == ["-|indirect|using $50 million for personal expenses"])
    #expect(quotes("They have often been criticized by the press for being slow to move.", .english)
      == ["the press|indirect|being slow to move"])
    // Not without the form of `be`, not with another preposition, not negated.
    #expect(quotes("The tenants blamed for the fire left.", .english).isEmpty)
    #expect(quotes("He was accused in court.", .english).isEmpty)
    #expect(quotes("She has not been accused of any crime.", .english).isEmpty)
  }

  /// Speech acts whose content is a noun phrase, as news attribution
  /// corpora count them; no content at a preposition or a time.
  @Test func englishNounObjectSpeechActs() {
    #expect(quotes("Republicans criticized Tim Kaine for his past work defending inmates.", .english)
      == ["Republicans|indirect|Tim Kaine for his past work defending inmates"])
    #expect(quotes("Clinton denied it.", .english) == ["Clinton|indirect|it"])
    #expect(quotes("The mayor called for a recount of the ballots.", .english)
      == ["The mayor|indirect|a recount of the ballots"])
    #expect(quotes("Trump touted his plan to cut taxes.", .english) == ["Trump|indirect|his plan to cut taxes"])
    #expect(quotes("The senator announced on Monday.", .english).isEmpty)
    #expect(quotes("The mayor called the meeting to order.", .english).isEmpty)
    #expect(quotes("The Trump campaign called the charges unsubstantiated.", .english)
      == ["The Trump campaign|indirect|the charges unsubstantiated"])
    #expect(quotes("The nominee complained about his microphone after the debate.", .english)
      == ["The nominee|indirect|his microphone after the debate"])
    // A commitment (`agreed to …`) is no statement; nor is the `and said`
    // clause part of a noun object.
    #expect(quotes("The company agreed to clean up the shuttered mines.", .english).isEmpty)
    #expect(quotes("The senators criticized the showdown, and said the panel might be damaged.", .english)
      == ["The senators|indirect|the showdown", "The senators|indirect|the panel might be damaged"])
    // The questions of a noun are no speech act.
    #expect(quotes("The questions about the plan remain open.", .english).isEmpty)
  }

  /// A support verb and a speech noun make a speech act (`expressed
  /// concern about`); a prepositional speech act may have an adverb, a date
  /// or who was asked before its preposition; an attribution inside an
  /// adverbial clause reports up to the clause's comma.
  @Test func englishSpeechNounsAndPrepositionalObjects() {
    #expect(quotes("Voting rights advocates have expressed deep concern about the policy.", .english)
      == ["Voting rights advocates|indirect|the policy"])
    #expect(quotes("President Obama sounded a call for the country to accept more refugees.", .english)
      == ["President Obama|indirect|the country to accept more refugees"])
    // The noun must be a speech noun, and its preposition one it takes.
    #expect(quotes("The company made a strong profit on the deal.", .english).isEmpty)
    #expect(quotes("The senator raised questions in the hearing.", .english).isEmpty)
    #expect(quotes("Clinton spoke out Tuesday about the death of Terence Crutcher.", .english)
      == ["Clinton|indirect|the death of Terence Crutcher"])
    #expect(quotes("Holt asks him about his tax returns.", .english) == ["Holt|indirect|his tax returns"])
    #expect(quotes("Trump has also commented on the shooting.", .english) == ["Trump|indirect|the shooting"])
    #expect(quotes("Holt asks the crowd about his tax returns.", .english).isEmpty)
    #expect(quotes("As Clinton talked about bringing communities together, Trump waved.", .english)
      == ["Clinton|indirect|bringing communities together"])
    // A noun-object speech act takes `that` only right after it (or a date).
    #expect(quotes("Mr. Trump has attacked loopholes that benefit others.", .english)
      == ["Trump|indirect|loopholes that benefit others"])
    #expect(quotes("The agency announced Tuesday that it would cut its forecast.", .english)
      == ["The agency|indirect|it would cut its forecast"])
    #expect(quotes("Trump called for female contestants to wear shorter dresses that showed more cleavage.", .english)
      == ["Trump|indirect|wear shorter dresses that showed more cleavage"])
  }

  /// A participle after the last comma opens what was said, not an
  /// inverted attribution (`…, arguing that the epidemic …`).
  @Test func aParticipleIsNoInvertedAttribution() {
    #expect(quotes("Clinton spoke about the death of Crutcher in Tulsa, arguing that the epidemic should be recognized.", .english)
      == ["Clinton|indirect|the death of Crutcher in Tulsa", "Clinton|indirect|the epidemic should be recognized"])
  }

  /// A verb of asking reports an indirect question; a progressive keeps
  /// its subject; a participle after a quote's attribution reports what
  /// follows it.
  @Test func englishQuestionsProgressivesAndParticiplesAfterAQuote() {
    #expect(quotes("Lawmakers also asked whether the deals required the recipients to cooperate.", .english)
      == ["Lawmakers|indirect|whether the deals required the recipients to cooperate"])
    #expect(quotes("Lawmakers also asked the witnesses about the deals.", .english).isEmpty)
    #expect(quotes("Republicans are urging Trump to make the second debate a game-changer.", .english)
      == ["Republicans|indirect|make the second debate a game-changer"])
    let afterQuote = quotes("\"It became personal,\" he said, adding he would never vote for Clinton.", .english)
    #expect(afterQuote.contains("he|indirect|he would never vote for Clinton"), "\(afterQuote)")
    // What follows a quote's attribution is not what was said: who was told,
    // also when the speaker's title opens the attribution.
    #expect(quotes("\"I cannot be part of it,\" Ms. Wahl told the audience.", .english)
      == ["Wahl|direct|I cannot be part of it,"])
    // Also after a nested quote closing with the outer one.
    #expect(quotes("\"I hate the term 'outreach,' \" he told the group.", .english)
      == ["he|direct|I hate the term 'outreach,'"])
  }

  /// English inverts a bare verb and a name (`…, said Warren`), not an
  /// auxiliary, a pronoun or `that`; a sentence opened by a name and a comma
  /// is that name's.
  @Test func englishInvertedAttributionsAreBareVerbsAndNames() {
    #expect(quotes("Ivanka Trump, the nominee's eldest daughter, noted the rule in the interview last week.", .english)
      == ["Ivanka Trump|indirect|the rule in the interview last week"])
    #expect(quotes("Proponents, including the mayors of large cities, have urged Congress to leave the program intact.", .english)
      .allSatisfy { !$0.hasPrefix("Congress|") })
    #expect(quotes("The cuts will help families, said Senator Warren.", .english)
      == ["Senator Warren|indirect|The cuts will help families"])
  }

  /// Subjects past an apposition between dashes, an adverb before the
  /// verb, the antecedent of `which`; a clause after `said` keeps its own
  /// infinitive; naming in the passive is nobody's speech.
  @Test func englishSubjectsAcrossDashesAdverbsAndRelatives() {
    #expect(quotes("Kall -- co-editor of a book on the debates -- said the candidate tended to make announcements.", .english)
      == ["Kall|indirect|the candidate tended to make announcements"])
    #expect(quotes("Cruz has long said that he qualifies as a natural-born citizen.", .english)
      == ["Cruz|indirect|he qualifies as a natural-born citizen"])
    let relative = quotes("The effort included the Saudi government, which has strongly denied any involvement.", .english)
    #expect(relative.count == 1 && relative[0].contains("Saudi government|indirect|any involvement"), "\(relative)")
    #expect(quotes("Mehmet Oz has been called a charlatan by fellow physicians.", .english).isEmpty)
    #expect(quotes("Six women work there, though Lynch notes they were appointed before she came.", .english)
      == ["Lynch|indirect|they were appointed before she came"])
    #expect(quotes("His notes they kept were lost.", .english).isEmpty)
  }

  /// `call for` in every tense and past a date; a manner adverb before a
  /// prepositional speech act's preposition; an indefinite pronoun speaks.
  @Test func englishCallsForMannerAdverbsAndSomeone() {
    #expect(quotes("Former DNC chairman calls for Clinton contingency plan.", .english)
      == ["Former DNC chairman|indirect|Clinton contingency plan"])
    #expect(quotes("Attorney General Roy Cooper called Friday for releasing the police videos.", .english)
      .contains { $0.hasSuffix("|indirect|releasing the police videos") })
    #expect(quotes("Fowler is calling for a new process.", .english) == ["Fowler|indirect|a new process"])
    // A call form last in the text (an index past the end crashed here).
    #expect(quotes("The chairman calls", .english).isEmpty && quotes("Trump called", .english).isEmpty)
    #expect(quotes("Lynch notes", .english).isEmpty && quotes("They expressed concern", .english).isEmpty)
  }

  /// A whole sentence between marks after `X told Y,`, `X says of Y,`,
  /// `X asking,` or `…, adding later,` is a direct quote of X.
  @Test func englishDirectQuotesAfterAVerbWithItsObject() {
    #expect(quotes("Mook told CBS, “We’re really focused on this opportunity.”", .english)
      == ["Mook|direct|We’re really focused on this opportunity."])
    #expect(quotes("The businessman says of Clinton, “If she gets the chance, she will sell the office.”", .english)
      == ["The businessman|direct|If she gets the chance, she will sell the office."])
    #expect(quotes("The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead?”", .english)
      == ["Hillary Clinton|direct|Why aren’t I 50 points ahead?"])
    #expect(quotes("“It is over,” Trump said, adding later, “NATO is costing us a fortune.”", .english)
      == ["Trump|direct|It is over,", "Trump|direct|NATO is costing us a fortune."])
    let declared = quotes("In an interview Donald Trump declared “I think NATO may be obsolete.”", .english)
    #expect(declared.count == 1 && declared[0].hasSuffix("Donald Trump|direct|I think NATO may be obsolete."), "\(declared)")
    #expect(quotes("During a speech earlier in the day, Trump attacked Clinton for her votes, saying, “She's trigger-happy.”", .english)
      .contains("Trump|direct|She's trigger-happy."))
    #expect(quotes("Protesters marching through the streets chanted “What curfew?”", .english)
      == ["Protesters marching through the streets|direct|What curfew?"])
    #expect(quotes("The guests included Stevie Wonder, who joked of the museum, “I haven't seen it yet, but I'm going to.”", .english)
      == ["Stevie Wonder|direct|I haven't seen it yet, but I'm going to."])
    // Not past `that`: the marked words are then the writer's clause's.
    #expect(quotes("He said that the plan, “a real disaster for the country,” was dead.", .english)
      .allSatisfy { !$0.contains("|direct|") })
  }

  /// Idioms that report nothing, an infinitive after a preposition that is
  /// a noun's, a clause that cannot open with `and`.
  @Test func englishIdiomsAndNounInfinitivesReportNothing() {
    #expect(quotes("It is worth noting that the bill was signed.", .english).isEmpty)
    #expect(quotes("It goes without saying that the bill was signed.", .english).isEmpty)
    #expect(quotes("Let's say you think a degree will cost $160,000.", .english).isEmpty)
    #expect(quotes("Republicans were wondering about his ability to continue his campaign.", .english).isEmpty)
    #expect(quotes("Would you vote for a man who said and did the same things?", .english).isEmpty)
    // A directive after `called on` still reports.
    #expect(quotes("The mayor called on Congress to act.", .english) == ["The mayor|indirect|act"])
    #expect(quotes("Mr. Obama spoke emotionally of his many flights on Marine One.", .english)
      == ["Obama|indirect|his many flights on Marine One"])
    #expect(quotes("Someone asked how Clinton could inspire young people.", .english)
      == ["Someone|indirect|how Clinton could inspire young people"])
  }

  @Test func negatedCuesReportNothing() {
    #expect(quotes("Microsoft n'a pas dit que la technologie était prête.", .french).isEmpty)
    #expect(quotes("The company did not say that the product was ready.", .english).isEmpty)
  }

  @Test func pronounSpeakersAreResolvedToTheLastPerson() throws {
    let text = "Brad Smith dirige Microsoft depuis 2015. « Nous ne vendons pas cette technologie », a-t-il ajouté."
    let speaker = try #require(speakers(text, .french).first)
    #expect(speaker.written == "il")
    #expect(speaker.resolved == "Brad Smith")
    let analysis = QuoteTestSupport.analyzer.analyze(text, language: .french)
    let entity = analysis.entities.first { analysis.text(of: $0) == "Brad Smith" }
    #expect(entity != nil && speaker.cluster == entity?.cluster)
  }

  /// An adverbial phrase between the auxiliary and the verb (`a pour sa
  /// part dénoncé`) is no subject; a role and the name in apposition after
  /// an inverted verb give the name.
  @Test func adverbialPhrasesAndRolesInApposition() {
    #expect(quotes("Le député Manuel Bompard a pour sa part dénoncé « un scandale d'État qui dure ».", .french)
      == ["Manuel Bompard|partial|un scandale d'État qui dure"])
    #expect(quotes("Une ONG conteste. « C'est du greenwashing pur et simple », juge sa directrice, Lucie Pinson, qui rappelle les faits.", .french)
      .first == "Lucie Pinson|direct|C'est du greenwashing pur et simple")
  }

  /// What was said does not start with the article's dateline.
  @Test func reportedSpeechLeavesTheDatelineOut() {
    #expect(quotes("LONDON (AP) — Britain's largest union has threatened a national strike over pay, its leader said.", .english)
      == ["its leader|indirect|Britain's largest union has threatened a national strike over pay"])
  }

  /// `au contraire`, `en revanche` inside the verb group; a role with a long
  /// complement before the name; `Et d'ajouter :` speaks for the last person named.
  @Test func moreFrenchAttributions() {
    #expect(quotes("La présidente du RN, Marine Le Pen, a au contraire dénoncé un « coup de force des juges ».", .french)
      == ["Marine Le Pen|partial|coup de force des juges"])
    #expect(quotes("« C'est une victoire pour l'État de droit », s'est réjoui le président du groupe socialiste à l'Assemblée, Boris Vallaud.", .french)
      == ["Boris Vallaud|direct|C'est une victoire pour l'État de droit"])
    let added = quotes("Le constitutionnaliste Dominique Rousseau juge que « le Conseil a fait son travail ». Et d'ajouter : « Il n'y a là rien d'exceptionnel. »", .french)
    #expect(added.last == "Dominique Rousseau|direct|Il n'y a là rien d'exceptionnel.")
  }

  /// `selon lui`, `d'après eux`: the stressed pronoun is resolved like `il`.
  @Test func stressedPronounSourcesAreResolved() throws {
    let text = "Le président de l'association, Jean-François Rapin, était présent. Selon lui, il manque un milliard d'euros."
    let speaker = try #require(speakers(text, .french).first)
    #expect(speaker.written == "lui")
    #expect(speaker.resolved == "Jean-François Rapin")
  }

  /// `the bank said`, `a indiqué l'association`: the organization named
  /// last, in this sentence or the three before; none further back.
  @Test func organizationNounsResolveToTheLastOrganization() {
    func resolved(_ text: String, _ language: Language) -> [String?] { speakers(text, language).map(\.resolved) }
    #expect(resolved("Wells Fargo paid a fine in March. The bank said it had fired 5,300 employees over five years.", .english)
      == ["Wells Fargo"])
    #expect(resolved("Amnesty International publie son rapport annuel. Selon l'association, les arrestations ont augmenté de 15 %.", .french)
      == ["Amnesty International"])
    // A trailing attribution with two prepositional phrases after its verb.
    #expect(resolved("Goldman Sachs now expects five cuts this year, the bank said in a note to clients on Thursday.", .english)
      == ["Goldman Sachs"])
    // A passive verb of saying: its subject is what was talked about.
    #expect(quotes("Despite failed tests, North Korea's nuclear ambitions have barely been mentioned in this year's U.S. presidential race.", .english).isEmpty)
    let far = "Wells Fargo paid a fine in March. It was the third. Regulators were angry. Customers were too. Many left. "
      + "The bank said it had fired 5,300 employees over five years."
    #expect(resolved(far, .english) == [nil])
  }

  @Test func rolesAndPlacesResolveToWhoSpeaks() {
    let text = "Brad Smith, président de Microsoft, était à Paris. Microsoft est basée à Redmond. « Nous ne vendrons pas », a déclaré le président de Microsoft. Redmond annonce qu'il ne vendra plus ses solutions."
    let analysis = QuoteTestSupport.analyzer.analyze(text, language: .french)
    let speakers = analysis.quotes.compactMap { quote in quote.speaker.map { (String(analysis.text(of: $0)), $0.resolved) } }
    #expect(speakers.count == 2)
    #expect(speakers.first?.0 == "le président de Microsoft" && speakers.first?.1 == "Brad Smith")
    #expect(speakers.last?.0 == "Redmond" && speakers.last?.1 == "Microsoft")
  }
}

/// Constructions read off news articles written for the purpose (business,
/// sports, courts, live pages) in the fifteenth session.
@Suite struct WrittenArticleQuoteTests {
  /// A person described by a noun for a person and a nationality or a
  /// city's adjective is the last person named (`le technicien belge`,
  /// `L'entraîneur parisien`); an organization so described is not anyone
  /// (`le club parisien`), nor a people (`the Chinese`); `au micro de` says
  /// where it was said.
  @Test func aPersonDescribedByANationality() {
    let belgian = speakers(
      "Côté allemand, Vincent Kompany s'est montré plus amer. « Nous méritions de gagner ce match », a estimé le technicien belge au micro de Canal+.",
      .french)
    #expect(belgian.last?.written == "le technicien belge" && belgian.last?.resolved == "Vincent Kompany")
    let coach = speakers(
      "« On n'a pas lâché », a réagi Luis Enrique. L'entraîneur parisien a reconnu que son équipe avait souffert.", .french)
    #expect(coach.last?.written == "L'entraîneur parisien" && coach.last?.resolved == "Luis Enrique")
    let club = speakers(
      "Luis Enrique est arrivé en 2023. Le club parisien a indiqué que le contrat serait prolongé.", .french)
    #expect(club.last?.written == "Le club parisien" && club.last?.resolved != "Luis Enrique")
    let people = speakers(
      "Xi Jinping met Obama. The Chinese said they would cap their emissions.", .english)
    #expect(people.last?.written == "The Chinese" && people.last?.resolved != "Xi Jinping")
  }

  /// A role of an organization named by a noun: `un porte-parole du groupe`
  /// speaks for the organization named last (not the one spoken to, `à
  /// l'AFP`); `la présidente de l'institution` is the person named last.
  @Test func aRoleOfAnOrganizationNoun() {
    let spokesman = speakers(
      "Le groupe Carrefour a annoncé un plan de départs. « Ce plan est nécessaire », a expliqué à l'AFP un porte-parole du groupe.",
      .french)
    #expect(spokesman.last?.written == "un porte-parole du groupe" && spokesman.last?.resolved == "Carrefour")
    let president = speakers(
      "« Il est prématuré de parler de baisse des taux », a déclaré Christine Lagarde à Francfort. "
        + "La présidente de l'institution a ajouté que l'inflation devrait reculer lentement.", .french)
    #expect(president.last?.written == "La présidente de l'institution" && president.last?.resolved == "Christine Lagarde")
  }

  /// `Pour X, délégué syndical CFDT, « … »`: the role in apposition and the
  /// quote after it are no reported speech of their own.
  @Test func aRoleInAppositionBeforeAQuote() {
    #expect(quotes("Pour Sylvain Macé, délégué syndical CFDT, « la direction sacrifie l'emploi ».", .french)
      == ["Sylvain Macé|direct|la direction sacrifie l'emploi"])
  }

  /// A pronoun's gender: `she` is not the last man named, `il` not the
  /// last woman (first names and titles say which); and a possessive
  /// (`Crutcher's death`) is no antecedent when the sentence named someone before it.
  @Test func pronounsAgreeInGenderAndSkipPossessives() {
    let she = speakers(
      "Hillary Clinton debated Donald Trump on Monday. “We have to be ready,” she said.", .english)
    #expect(she.last?.written == "she" && she.last?.resolved == "Hillary Clinton")
    let economist = speakers(
      "Conservative economist Aparna Mathur said Ivanka Trump's statement did not clarify the matter. “I don't see details,” she said.",
      .english)
    #expect(economist.last?.written == "she" && economist.last?.resolved == "Aparna Mathur")
    let il = speakers(
      "Emmanuel Macron a reçu Ursula von der Leyen. « Nous avancerons ensemble », a-t-il déclaré.", .french)
    #expect(il.last?.resolved == "Emmanuel Macron")
    let possessive = speakers(
      "Donald Trump has also commented on Terence Crutcher's death. On Wednesday, he told a crowd in Cleveland that he was troubled.",
      .english)
    #expect(possessive.last?.written == "he" && possessive.last?.resolved == "Donald Trump")
  }

  /// An inverted speaker's noun phrase ends before the medium it spoke on
  /// (`sur TF1`), and one cut at its length limit after a preposition does
  /// not end on it (`… à l'`).
  @Test func anInvertedSpeakerEndsBeforeAMedium() {
    let onTV = speakers("« Ce n'est pas une décision de justice », a réagi la présidente du groupe sur TF1.", .french)
    #expect(onTV.last?.written == "la présidente du groupe")
    let long = speakers("« Ce n'est pas une décision de justice », a réagi la présidente du groupe RN à l'Assemblée.", .french)
    #expect(long.last.map { !$0.written.hasSuffix("l'") } == true)
  }

  /// `the 21-year-old Spaniard` is the first person named in the sentence
  /// before (its subject), `the Serb` too (a noun of one person, unlike `the
  /// Chinese`); `un habitant de Saint-Guilhem` is someone unnamed, not the place.
  @Test func nationalityNounsAndUnnamedResidents() {
    let found = speakers(
      "Carlos Alcaraz beat Novak Djokovic on Sunday. “It's a dream for me,” the 21-year-old Spaniard said. "
        + "Djokovic, who had knee surgery in June, said he was not at his best. “He played better,” the Serb told reporters.",
      .english)
    #expect(found.first?.written == "the 21-year-old Spaniard" && found.first?.resolved == "Carlos Alcaraz")
    #expect(found.last?.written == "the Serb" && found.last?.resolved == "Djokovic")
    let resident = speakers(
      "« Nous n'avons jamais vu ça en juin », confie un habitant de Saint-Guilhem-le-Désert, évacué samedi soir.", .french)
    #expect(resident.last?.written == "un habitant de Saint-Guilhem-le-Désert" && resident.last?.resolved == nil)
    let country = speakers("Le Maroc a indiqué qu'il refusait ce plan.", .french)
    #expect(country.last?.resolved == "Maroc")
  }

  /// Between commas, a verb of saying right after the closing mark makes a
  /// statement of its own (`« A », a dit Marc, « B », a dit Paul`: `B` was
  /// dropped as a title); a fragment in lower case stays partial, even of one
  /// word (`"rongé", avait-il dit`).
  @Test func aSecondQuoteBetweenCommas() {
    #expect(quotes("« Ce plan est nécessaire », a dit Marc, « Il sera appliqué vite », a dit Paul.", .french)
      == ["Marc|direct|Ce plan est nécessaire", "Paul|direct|Il sera appliqué vite"])
    #expect(quotes("Il meurt quatre ans plus tard, « rongé », avait-il dit, « par les visages de ceux que je n'ai pas pu sauver ».", .french)
      .contains("il|partial|rongé"))
  }

  /// `told reporters after the two-day meeting that …`: who was told and
  /// when, then the clause (not a relative `that`); a contrast after a comma
  /// (`, while …`) is the writer's; a name in apposition after `D'après son
  /// président,` is the speaker and no part of what was said.
  @Test func toldWhomWhenThatAndAppositions() {
    #expect(quotes("Fed Chair Jerome Powell told reporters after the two-day meeting that inflation had eased.", .english)
      == ["Fed Chair Jerome Powell|indirect|inflation had eased"])
    #expect(!quotes(
      "“We are in a critical situation,” German Chancellor Angela Merkel told reporters after the day-long meeting that was held in part on a boat.",
      .english).contains { $0.contains("|indirect|was held") })
    #expect(quotes("Republicans in Congress have criticized the Fed for moving too slowly, while some Democrats disagree.", .english)
      .contains { $0.hasSuffix("|indirect|the Fed for moving too slowly") })
    let apposition = speakers(
      "D'après son président, le docteur Marc Noizet, au moins 120 services ont connu des fermetures.", .french)
    #expect(apposition.first?.written == "Marc Noizet")
    #expect(quotes("D'après son président, le docteur Marc Noizet, au moins 120 services ont connu des fermetures.", .french)
      == ["Marc Noizet|indirect|au moins 120 services ont connu des fermetures"])
  }

  /// `the Swedish company`: an organization noun with a nationality is the
  /// organization named last.
  @Test func anOrganizationNounWithANationality() {
    let found = speakers(
      "Spotify welcomed the ruling. “This decision sends a powerful message,” the Swedish company said.", .english)
    #expect(found.last?.written == "the Swedish company" && found.last?.resolved == "Spotify")
    let french = speakers(
      "Renault a publié ses résultats. « Nous tenons nos objectifs », a assuré le constructeur français.", .french)
    #expect(french.last?.written == "le constructeur français" && french.last?.resolved == "Renault")
  }

  /// `said the company must continue to respond …`: an auxiliary after the
  /// subject opens a clause; the infinitive after it is the clause's.
  @Test func anAuxiliaryOpensTheClauseBeforeAnInfinitive() {
    #expect(quotes("He said the company must continue to respond with humility.", .english)
      == ["He|indirect|the company must continue to respond with humility"])
  }

  /// `…, beating Wall Street estimates.`: a participial phrase with an
  /// object, not a trailing attribution (`estimates` is no verb of saying here).
  @Test func aParticipialPhraseIsNoAttribution() {
    #expect(quotes("Nvidia reported revenue of $35.1 billion, up 94% from a year earlier, beating Wall Street estimates.", .english).isEmpty)
    #expect(quotes("Revenue rose 5% in the quarter, topping what analysts expected.", .english).isEmpty)
  }

  /// `to him` after the clause is who it mattered to, not an infinitive.
  @Test func anObjectPronounAfterToIsNoInfinitive() {
    #expect(quotes("Neto said the goal meant a lot to him.", .english) == ["Neto|indirect|the goal meant a lot to him"])
  }

  /// `reported` and an amount before any verb: a company's results, not speech.
  @Test func reportedResultsAreNoSpeech() {
    #expect(quotes("Nvidia on Wednesday reported quarterly revenue of $35.1 billion, up 94% from a year earlier.", .english).isEmpty)
    #expect(quotes("The agency reported several patients had died since May.", .english)
      == ["The agency|indirect|several patients had died since May"])
  }

  /// `have all said`: an auxiliary and a floating quantifier between the subject and the verb.
  @Test func anAuxiliaryBeforeAFloatingQuantifier() {
    let found = quotes("Microsoft and Meta have all said they will keep spending.", .english)
    #expect(found.count == 1 && found.first?.hasSuffix("|indirect|they will keep spending") == true)
  }

  /// A quantifier opens a clause when an auxiliary follows it, not a noun object.
  @Test func aQuantifierOpeningAClause() {
    #expect(quotes("Network Rail says several lines in Scotland will remain closed until Monday.", .english)
      == ["Network Rail|indirect|several lines in Scotland will remain closed until Monday"])
    #expect(quotes("He said many things about the club.", .english).isEmpty)
  }

  /// A person named in apposition after an inverted speaker is who spoke;
  /// `dans un communiqué` is how, and a phrase after the incise opened by a
  /// preposition is no second quote.
  @Test func whatFollowsAnInvertedSpeaker() {
    #expect(quotes("Le jugement sera rendu le 31 mars 2025, a annoncé la présidente du tribunal, Bénédicte de Perthuis.", .french)
      == ["Bénédicte de Perthuis|indirect|Le jugement sera rendu le 31 mars 2025"])
    #expect(quotes("Carlos Tavares a démissionné dimanche, a annoncé le constructeur automobile dans un communiqué, sur fond de désaccords avec le conseil.", .french)
      == ["le constructeur automobile|indirect|Carlos Tavares a démissionné dimanche"])
  }

  /// The person named in apposition after an inverted speaker may be
  /// followed by where or when, or by a relative clause about them: not
  /// what was said.
  @Test func whatFollowsTheNameOfAnInvertedSpeaker() {
    #expect(quotes("L'Union européenne et Pékin ont engagé des discussions, a indiqué le commissaire européen au Commerce, Maroš Šefčovič, lors d'un déplacement à Bruxelles.", .french)
      == ["Maroš Šefčovič|indirect|L'Union européenne et Pékin ont engagé des discussions"])
    #expect(quotes("Le projet sera présenté en mars, a indiqué le ministre, Jean Dupont, qui a promis une concertation.", .french)
      == ["Jean Dupont|indirect|Le projet sera présenté en mars"])
  }

  /// A French inverted subject opened by `des`/`du` names a source, a role
  /// or people, or the verb after the comma is no attribution.
  @Test func aPartitiveObjectIsNoInvertedSpeaker() {
    #expect(quotes("L'entreprise, fondée en avril 2023 par d'anciens chercheurs de Google, développe des modèles de langage concurrents de ceux d'OpenAI.", .french).isEmpty)
    #expect(quotes("Le texte sera voté, estiment des responsables syndicaux.", .french)
      == ["des responsables syndicaux|indirect|Le texte sera voté"])
  }

  /// `Selon X, du Service …, …`: what the source is part of, in apposition, is not what was said.
  @Test func theSourcesOrganizationInApposition() {
    #expect(quotes("Selon le commandant Éric Martin, du Service départemental d'incendie et de secours (SDMIS), une centaine de sapeurs-pompiers ont été mobilisés.", .french)
      == ["Éric Martin|indirect|une centaine de sapeurs-pompiers ont été mobilisés"])
    #expect(quotes("Selon le directeur de l'hôpital, de nombreux patients ont été évacués.", .french)
      == ["le directeur de l'hôpital|indirect|de nombreux patients ont été évacués"])
  }

  /// `Pour` and a role opening the sentence: whose opinion follows (the name in apposition speaks).
  @Test func pourAndARole() {
    let found = quotes("Pour la présidente de l'Assemblée nationale, Yaël Braun-Pivet, le texte devra être amendé en profondeur.", .french)
    #expect(found == ["Yaël Braun-Pivet|indirect|le texte devra être amendé en profondeur"])
    #expect(quotes("Pour la première fois, le texte est voté.", .french).isEmpty)
  }

  /// A French verb's form after a determiner is a noun: `un conseiller` speaks, not `un`.
  @Test func aVerbFormAfterADeterminerIsANoun() {
    let found = quotes("Un conseiller de Matignon reconnaît que « la marge est étroite ».", .french)
    #expect(found.count == 1 && found[0].hasPrefix("Un conseiller de Matignon|"))
  }

  /// After a quote, a role before the speaker's name does not make what
  /// follows the verb a second quote (`…,” City manager Pep Guardiola told
  /// Sky Sports after the match.`).
  @Test func aRoleBeforeTheNameAfterAQuote() {
    #expect(quotes("\"It was a massive win for us,\" City manager Pep Guardiola told Sky Sports after the match.", .english)
      == ["Pep Guardiola|direct|It was a massive win for us,"])
  }

  /// A determiner alone is no speaker: `…, prévu le 7 juillet` is no attribution.
  @Test func aDeterminerAloneIsNoSpeaker() {
    let found = quotes("Le Premier ministre, Gabriel Attal, a appelé à faire barrage à l'extrême droite au second tour, prévu le 7 juillet.", .french)
    #expect(found.allSatisfy { !$0.hasPrefix("le|") } && found.contains { $0.hasPrefix("Gabriel Attal|") })
  }

  /// `Les syndicats, eux, réclament …`: a stressed pronoun doubling the subject, no inversion.
  @Test func aStressedPronounBetweenCommas() {
    #expect(quotes("Les syndicats, eux, réclament des garanties.", .french).isEmpty)
    // Nor a name and its role in apposition before the verb.
    #expect(quotes("Mme Sophie Binet, secrétaire générale de la CGT, a réclamé une réunion d'urgence avec la direction.", .french).isEmpty)
  }

  /// `According to X, a role, …`: the role in apposition is not what was said.
  @Test func aRoleInAppositionAfterTheSource() {
    #expect(quotes("According to Daniel Morgan, a portfolio manager at Synovus, the forecast was too low.", .english)
      == ["Daniel Morgan|indirect|the forecast was too low"])
    #expect(quotes("Selon Bertrand Rakoto, analyste chez D3 Intelligence, ce départ était inévitable.", .french)
      == ["Bertrand Rakoto|indirect|ce départ était inévitable"])
  }

  /// `Pour X, …` gives a person's opinion; `Pour Microsoft` says who is concerned.
  @Test func pourAndAPersonsName() {
    #expect(quotes("Pour Emmanuel Macron, la route est encore longue.", .french)
      == ["Emmanuel Macron|indirect|la route est encore longue"])
    #expect(quotes("Pour Microsoft, c'est un revers.", .french).isEmpty)
  }

  /// A definite description resolves to the person named next to all its
  /// words (not a vice president for `the president`), a nationality to the
  /// last person named; a role after a place is no place.
  @Test func descriptionsResolveToPersons() {
    let mayor = speakers(
      "Mayor Bill de Blasio visited the site. Vice President Joe Biden called. “We do not see a link,” the mayor said. “We are safe,” the president said.",
      .english)
    #expect(mayor.first?.resolved == "Bill de Blasio")
    #expect(mayor.last?.resolved != "Joe Biden")
    let spaniard = speakers(
      "Asked about the title, Mikel Arteta insisted it was not lost. “There are a lot of games left,” the Spaniard said.", .english)
    #expect(spaniard.last?.written == "the Spaniard" && spaniard.last?.resolved == "Mikel Arteta")
    let senator = speakers("“Not among the vast majority,” the Vermont senator said.", .english)
    #expect(senator.first?.written == "the Vermont senator" && senator.first?.resolved == nil)
  }

  /// Who was told is no content (`told a news conference`); a role before
  /// the name of a trailing attribution (`…, White House press secretary
  /// Karine Jean-Pierre said.`); a title in apposition before the name after
  /// a quote (`,” Apple's head of legal, Kate Adams, wrote`).
  @Test func rolesAndAudiencesAroundTheSpeaker() {
    #expect(quotes("“This is illegal,” EU antitrust chief Margrethe Vestager told a news conference.", .english)
      == ["Margrethe Vestager|direct|This is illegal,"])
    #expect(quotes("Biden is expected to sign the measure Saturday, White House press secretary Karine Jean-Pierre said.", .english)
      == ["Karine Jean-Pierre|indirect|Biden is expected to sign the measure Saturday"])
    #expect(quotes("“We will continue to defend our position,” Apple's head of legal, Kate Adams, wrote in an email to staff.", .english)
      == ["Kate Adams|direct|We will continue to defend our position,"])
  }

  /// `faire savoir`, `faire valoir`: `faire` and the infinitive report speech together.
  @Test func faireSavoirAndFaireValoir() {
    #expect(quotes("« Nous déposerons une motion de censure dès lundi », a fait savoir Mathilde Panot, présidente du groupe LFI.", .french)
      == ["Mathilde Panot|direct|Nous déposerons une motion de censure dès lundi"])
    #expect(quotes("Le ministre a fait valoir que la réforme était nécessaire.", .french)
      == ["Le ministre|indirect|la réforme était nécessaire"])
  }

  /// A quote after a colon is its own: the side of an incise that ends with
  /// it is no reported speech, and after `Pour X, …` the quote is X's.
  @Test func aQuoteAfterAColon() {
    #expect(quotes("Ce que dément le parti : « Rien n'est décidé », a indiqué son porte-parole, Julien Odoul.", .french)
      == ["Julien Odoul|direct|Rien n'est décidé"])
    #expect(quotes("Pour Isabelle Mateos y Lago, économiste chez BNP Paribas, d'autres baisses sont à prévoir en 2025 : « Nous anticipons trois nouvelles réductions d'ici l'été. »", .french)
      == ["Isabelle Mateos y Lago|indirect|d'autres baisses sont à prévoir en 2025",
        "Isabelle Mateos y Lago|direct|Nous anticipons trois nouvelles réductions d'ici l'été."])
  }

  /// An amount opening a reported clause (`said 59% of members voted`); an
  /// unnamed spokeswoman of an organization resolves to the organization.
  @Test func anAmountOpensAClauseAndAnUnnamedSpokeswoman() {
    #expect(quotes("The union said 59% of members voted in favor of the deal.", .english)
      == ["The union|indirect|59% of members voted in favor of the deal"])
    let spokeswoman = speakers(
      "Boeing CEO Kelly Ortberg was pleased. Asked about production, a Boeing spokeswoman said it could take several weeks.", .english)
    #expect(spokeswoman.last?.written == "a Boeing spokeswoman" && spokeswoman.last?.resolved == "Boeing")
  }

  /// French: who was told before the inverted speaker (`a raconté à l'AFP
  /// un officier`), a prefecture as a source, a verb of asserting and its
  /// infinitive (not `avouera avoir`, a narrative).
  @Test func frenchNewsSourcesAndInfinitives() {
    #expect(quotes("« Quand nous sommes arrivés, les flammes sortaient déjà », a raconté à l'AFP un officier des marins-pompiers.", .french)
      == ["un officier des marins-pompiers|direct|Quand nous sommes arrivés, les flammes sortaient déjà"])
    #expect(quotes("L'immeuble faisait l'objet d'un arrêté de péril depuis 2022, selon la préfecture.", .french)
      == ["la préfecture|indirect|L'immeuble faisait l'objet d'un arrêté de péril depuis 2022"])
    #expect(quotes("Plusieurs habitants affirment avoir signalé des problèmes électriques.", .french)
      == ["Plusieurs habitants|indirect|avoir signalé des problèmes électriques"])
    #expect(quotes("Stan avouera avoir été influencé par cette façon de dire.", .french).isEmpty)
  }

  /// `citing …` after a trailing attribution names its sources; `disputed
  /// that figure but …` has a determiner `that`; `selon les prévisions de …`
  /// names a source; `affirme de son côté avoir fait …` reports past the
  /// adverbial phrase.
  @Test func sourcesDeterminersAndAdverbialPhrases() {
    #expect(quotes("OpenAI is in talks to raise money, Bloomberg News reported on Wednesday, citing people familiar with the matter.", .english)
      == ["Bloomberg News|indirect|OpenAI is in talks to raise money"])
    #expect(quotes("A spokesperson for the startup disputed that figure but did not provide an alternative.", .english).isEmpty)
    #expect(quotes("Seul un TGV sur deux circulera en moyenne, selon les prévisions de l'entreprise publique.", .french)
      == ["les prévisions de l'entreprise publique|indirect|Seul un TGV sur deux circulera en moyenne"])
    #expect(quotes("La direction affirme de son côté avoir fait des propositions concrètes sur les salaires.", .french)
      == ["La direction|indirect|avoir fait des propositions concrètes sur les salaires"])
  }

  /// A French passive after a comma is no trailing attribution (`à Lyon, la
  /// bataille est lancée`); a person named after an acronym speaks later
  /// (`l'ancien président de l'OL Jean-Michel Aulas … lâche-t-il`).
  @Test func aFrenchPassiveAndANameAfterAnAcronym() {
    #expect(quotes("Municipales : à Lyon, la bataille est lancée", .french).isEmpty)
    let aulas = speakers(
      "Selon nos informations, l'ancien président de l'OL Jean-Michel Aulas pourrait se lancer. « Je réfléchis », lâche-t-il simplement.",
      .french)
    #expect(aulas.last?.written == "il" && aulas.last?.resolved == "Jean-Michel Aulas")
  }

  /// A noun phrase goes on over a hyphen glued to a number (`The 19-year-old Czech`).
  @Test func anAgeInTheSpeakersNounPhrase() {
    #expect(quotes("The 19-year-old Czech added that he had learned a lot from the defeat.", .english)
      == ["The 19-year-old Czech|indirect|he had learned a lot from the defeat"])
  }

  /// `à l'issue de`, `au cours de` end an inverted speaker's noun phrase; the
  /// description then resolves to the minister named before.
  @Test func whenAnInvertedSpeakerSpoke() {
    let found = speakers(
      "Les discussions ont repris sous l'égide du ministre des Outre-mer, Manuel Valls. « Il faut que chacun fasse un pas », a plaidé le ministre à l'issue d'une première journée.",
      .french)
    #expect(found.last?.written == "le ministre" && found.last?.resolved == "Manuel Valls")
    #expect(quotes("« Il faut que chacun fasse un pas », a dit le ministre au cours de la réunion.", .french)
      == ["le ministre|direct|Il faut que chacun fasse un pas"])
  }
}

/// Court, parliament and markets reporting read off articles written for
/// the purpose (2026-12-04): an honorific before the name in apposition, an
/// adviser as a source, where a speaker spoke, a stressed `elles`, and a
/// company's results.
@Suite struct CourtAndParliamentQuoteTests {
  @Test func anHonorificBeforeTheNameInApposition() {
    #expect(speakers("« L'accusée savait ce qu'elle faisait », a lancé l'avocate générale, Me Claire Dumont, dans son réquisitoire.", .french)
      .map(\.written) == ["Claire Dumont"])
  }

  @Test func anAdviserAsASource() {
    #expect(quotes("D'après un conseiller de l'exécutif, la motion « n'a aucune chance d'être adoptée ».", .french)
      .contains("un conseiller de l'exécutif|indirect|la motion « n'a aucune chance d'être adoptée »"))
    #expect(quotes("Selon un conseiller, la motion n'a aucune chance.", .french) == ["un conseiller|indirect|la motion n'a aucune chance"])
    #expect(quotes("According to an adviser to the mayor, the plan has no chance.", .english)
      == ["an adviser to the mayor|indirect|the plan has no chance"])
  }

  @Test func whereTheSpeakerSpokeAndAStressedPronoun() {
    #expect(quotes("« Nous ne pouvions pas laisser le pays sans budget », a justifié le chef du gouvernement devant les députés.", .french)
      == ["le chef du gouvernement|direct|Nous ne pouvions pas laisser le pays sans budget"])
    #expect(quotes("Les familles des victimes, elles, ont salué la sévérité des réquisitions.", .french).isEmpty)
  }

  /// A country speaks for itself (`Russia insisted …` was resolved to an
  /// agency named in the next sentence); a city may stand for a company.
  @Test func aCountrySpeaksForItself() {
    let found = speakers(
      "Japan called the test a provocation. Russia insisted that the talks resume. The International Atomic Energy Agency said it was monitoring the site.",
      .english)
    #expect(found.first { $0.written == "Russia" }?.resolved == "Russia")
  }

  /// A role in lower case before the name of an inverted speaker (`said
  /// shadow chancellor Mel Stride`: the quote was lost); `his office`,
  /// `son entourage` speak for whom the possessive names.
  @Test func aLowerCaseRoleAndAPossessivesOffice() {
    #expect(quotes("“Labour inherited falling inflation,” said shadow chancellor Mel Stride.", .english)
      == ["Mel Stride|direct|Labour inherited falling inflation,"])
    let office = speakers("Ken Paxton said he would appeal. In a statement, his office called the ruling “deeply disappointing.”", .english)
    #expect(office.last?.written == "his office" && office.last?.resolved == "Ken Paxton")
    let entourage = speakers("Marine Tondelier a quitté la réunion. Son entourage assure qu'elle reviendra.", .french)
    #expect(entourage.last?.resolved == "Marine Tondelier")
  }

  /// `Selon la direction` speaks for the organization named last; `Le
  /// syndicaliste`, a noun for a person that is no office, names the last person named.
  @Test func theManagementAndTheUnionist() {
    let management = speakers("Les contrôleurs de la SNCF sont en grève. Selon la direction, un TGV sur deux circulera.", .french)
    #expect(management.last?.written == "la direction" && management.last?.resolved == "SNCF")
    let unionist = speakers(
      "« Nous irons jusqu'au bout », a affirmé Fabien Villedieu, délégué SUD-Rail. Le syndicaliste a dénoncé des salaires « gelés depuis trois ans ».",
      .french)
    #expect(unionist.last?.written == "Le syndicaliste" && unionist.last?.resolved == "Fabien Villedieu")
  }

  /// `Boeing CEO` is the person the document names in that office, also
  /// when it names the office otherwise (`Boeing Chief Executive Kelly Ortberg`).
  @Test func anOfficeNamedTwoWays() {
    let found = speakers(
      "Boeing CEO says production will resume. Boeing Chief Executive Kelly Ortberg told employees on Tuesday that the company would restart production.",
      .english)
    #expect(found.first?.written == "Boeing CEO" && found.first?.resolved == "Kelly Ortberg")
  }

  /// A writer's clause after a closing quote (`,” when Clinton blasted
  /// him`) attributes nothing; the quote is the introduced speaker's.
  @Test func aWritersClauseAfterAnIntroducedQuote() {
    let found = speakers(
      "Hillary Clinton released an ad against Donald Trump. The spot concludes with footage of Trump saying during the debate last week, “That makes me smart,” when Clinton blasted him for not paying income tax.",
      .english)
    #expect(found.first?.written == "Trump" && found.first?.resolved == "Donald Trump")
  }

  @Test func aCompanysResultsAreNoReportedSpeech() {
    #expect(quotes("Nvidia reported record quarterly revenue on Wednesday, but its shares fell 3% in late trading.", .english).isEmpty)
    #expect(quotes("The Times reported on Sunday that the deal was off.", .english) == ["The Times|indirect|the deal was off"])
  }
}

/// English reported speech whose span or speaker a sentence's other parts
/// had taken: scene-setting before an incise, inverted incises that are
/// clauses or objects, objects and idioms read as trailing attributions,
/// and a participle opening the sentence.
@Suite struct EnglishReportedSpeechSpanTests {
  /// `laid out` and `invoked` take what was said as their noun object.
  /// A noun object after a date, a compound opening it, base forms in
  /// headlines, and a semicolon ending it.
  @Test func nounObjectsAfterADateInCompoundsAndHeadlines() {
    #expect(
      quotes("Police announced on Friday the arrest of a man in the fire.", .english)
        == ["Police|indirect|the arrest of a man in the fire"])
    #expect(
      quotes("Ms. Okafor criticized long-standing tax breaks.", .english) == ["Okafor|indirect|long-standing tax breaks"])
    #expect(
      quotes("Farmers denounce the water tax; the minister calls for calm", .english).first
        == "Farmers|indirect|the water tax")
  }

  /// Naming and telling that report nothing of their own.
  @Test func namingAndTellingWithoutContent() {
    #expect(quotes("Readers rushed to see what he called the “secret tape.”", .english).allSatisfy { !$0.contains("|indirect|") })
    #expect(
      quotes("The two towns argue over whether a leader of a Texas-based group called Rivers First belongs on the list.", .english)
        .isEmpty)
    #expect(quotes("Pretty much the same, right? According to the mayor, basically.", .english).isEmpty)
    #expect(
      quotes("The mayor told her radio audience on Monday, “We will rebuild the pier.”", .english)
        == ["The mayor|direct|We will rebuild the pier."])
  }

  /// Two nouns joined by `and` opening the clause are one speaker.
  @Test func aSpeakerOfTwoNounsJoinedByAnd() {
    #expect(
      quotes("Farmers and retailers complain that the new tax is too high.", .english)
        == ["Farmers and retailers|indirect|the new tax is too high"])
    // Not across `and` in the middle of the writer's sentence.
    #expect(
      quotes("She met the mayor and other local leaders and came away convinced that the plan would work.", .english)
        .allSatisfy { !$0.hasPrefix("mayor and") && !$0.contains("and came away|") })
  }

  /// `not` before `to` negates the infinitive, not the verb of saying.
  @Test func aNegatedInfinitiveAfterAVerbOfSaying() {
    #expect(quotes("The union pledged not to strike before May.", .english) == ["The union|indirect|not to strike before May"])
    // The verb itself negated reports nothing.
    #expect(quotes("The union did not pledge to strike before May.", .english).isEmpty)
  }

  /// A `that` after a noun further on opens a relative clause, not what was said.
  @Test func aRelativeThatAfterTheVerbsComplements() {
    #expect(quotes("The mayor spoke in a hall on a hill that overlooks the harbor.", .english).isEmpty)
    #expect(quotes("The firm agreed to clean up the river and restore the land that had been flooded.", .english).isEmpty)
    // A clause after a place still reports.
    #expect(
      quotes("The mayor said in an interview on Friday that the harbor would reopen.", .english)
        == ["The mayor|indirect|the harbor would reopen"])
  }

  /// A time between the subject and the support verb of a speech act.
  @Test func aSpeechNounActAfterATime() {
    #expect(
      quotes("The city council on Friday made a strong condemnation of the river dumping.", .english)
        == ["The city council|indirect|the river dumping"])
  }

  /// A quoted fragment of the writer's sentence is no quote that the verb
  /// after it attributes, and `, though …` is the writer's or a new report.
  @Test func aFragmentBeforeTheVerbAndAThoughClause() {
    #expect(
      quotes("Decrying the “rigged courts,” Ms. Okafor accused the judge of being a partisan.", .english)
        .contains("Okafor|indirect|the judge of being a partisan"))
    #expect(
      quotes("Ms. Okafor said the bridge would reopen in May, though she acknowledged the budget was tight.", .english)
        == ["Okafor|indirect|the bridge would reopen in May", "she|indirect|the budget was tight"])
  }

  /// `X added:` alone in its paragraph introduces the next one when the page
  /// dropped its quotation marks.
  @Test func aBlockQuoteAfterAColonParagraph() {
    let text = "The mayor spoke first.\n\nThe governor added:\n\nIt is typical of the council. They know nothing about the river.\n\nThe vote is on Monday."
    #expect(quotes(text, .english) == ["The governor|indirect|It is typical of the council. They know nothing about the river"])
    // A paragraph opening with a mark is a direct quote, read as such.
    let marked = "The governor added:\n\n“It is typical of the council.”"
    #expect(quotes(marked, .english) == ["The governor|direct|It is typical of the council."])
  }

  /// `some`, `many`, `several` open a speaker's noun phrase in the middle of a sentence.
  @Test func aQuantifiedSpeakerAfterAnAdverbialClause() {
    #expect(
      quotes("While the data are thin, many farmers acknowledge that the tax cut helped.", .english)
        == ["many farmers|indirect|the tax cut helped"])
    #expect(
      quotes("While results are hard to find, some groups acknowledge that the work had an impact.", .english)
        == ["some groups|indirect|the work had an impact"])
  }

  /// A speech act after `to` that is the purpose of the sentence's subject.
  @Test func aSpeechActAsThePurposeOfTheSubject() {
    #expect(
      quotes("European ministers gathered Friday to discuss the drought facing the south.", .english)
        == ["European ministers|indirect|the drought facing the south"])
    #expect(
      quotes("The senator spoke at a gathering of farmers to discuss the price of grain.", .english)
        == ["The senator|indirect|the price of grain"])
    #expect(quotes("Ms. Okafor went on to discuss the budget.", .english) == ["Okafor|indirect|the budget"])
    // Not a refusal or a plan.
    #expect(quotes("Ms. Okafor declined to discuss the budget.", .english).isEmpty)
  }

  /// A noun object ends before a relative clause that reports on its own.
  @Test func aNounObjectEndsBeforeARelativeClauseOfSaying() {
    let found = quotes("The teachers' union endorses Ms. Okafor, who says she is grateful.", .english)
    #expect(found.contains { $0.hasSuffix("|indirect|Ms. Okafor") })
    #expect(found.contains { $0.hasSuffix("|indirect|she is grateful") })
  }

  @Test func layingOutAndInvokingReportANounObject() {
    #expect(
      quotes("In a speech in Dayton on Friday, Ms. Okafor laid out her plan to repair the river bridges.", .english)
        == ["Okafor|indirect|her plan to repair the river bridges"])
    #expect(
      quotes("At the rally, the governor invoked the flooded farms of the valley.", .english)
        == ["the governor|indirect|the flooded farms of the valley"])
  }

  /// An adverbial side before an incise followed by its own quote sets the scene.
  @Test func anAdverbialBeforeAnInciseAndAQuote() {
    #expect(quotes("As the siren wailed, the narrator said, “It is midnight and the city is asleep.”", .english)
      == ["the narrator|direct|It is midnight and the city is asleep."])
    #expect(quotes("As for the network's editorial line, she said, \"Which outlet is not taking sides these days?\"", .english)
      == ["she|direct|Which outlet is not taking sides these days?"])
    // A clause of the speaker's own before the incise still is what was said.
    #expect(quotes("The plan was, the minister said, “a bridge too far.”", .english).contains("the minister|indirect|The plan was"))
  }

  /// `, said it would …,` and `, said that in 2019,` are a verb and its
  /// clause, not an inverted speaker; `, called an emergency session to …,`
  /// is a verb and its object.
  @Test func aVerbAndItsClauseBetweenCommas() {
    #expect(quotes("Governor Hale, opening the new bridge on Monday, said it would change the region, one of the poorest in the state.", .english)
      == ["Hale|indirect|it would change the region, one of the poorest in the state"])
    #expect(quotes("Dr. Ana Ruiz, who ran the clinic for a decade, said that in 2019, the board hid the losses from its donors.", .english)
      == ["Ana Ruiz|indirect|in 2019, the board hid the losses from its donors"])
    #expect(quotes("The council, which in May voted new fines, called an emergency session to discuss the spill, which officials say is the worst in years.", .english)
      .allSatisfy { !$0.hasSuffix("|The council, which in May voted new fines") })
    // An inverted incise still names its speaker.
    #expect(quotes("The water, said the mayor, is safe to drink.", .english).contains { $0.hasPrefix("the mayor|indirect|") })
  }

  /// A determiner or a number after the verb opens its object unless a time
  /// follows (`endorsed one in June`, not `said this week`); `as predicted`
  /// reports nothing; `will insist on being …` is no place or time.
  @Test func objectsAndIdiomsAfterATrailingVerb() {
    #expect(!quotes("And despite his dislike of lobbyists, Hale quietly endorsed one in June.", .english)
      .contains { $0.hasSuffix("|And despite his dislike of lobbyists") })
    #expect(quotes("Rates will rise, the bank said this week.", .english) == ["the bank|indirect|Rates will rise"])
    #expect(quotes("But in March 2015, the mine closed as predicted.", .english).isEmpty)
    #expect(quotes("Voters saw again during the debate that no matter the question, Hale will insist on being Hale.", .english)
      .allSatisfy { !$0.hasPrefix("Hale|") })
  }

  /// `, they attacked the Grand Hotel,` is a verb and its object, no
  /// incise; the object ends before the writer's participle (`killing …`),
  /// not before a preposition that looks like one (`including …`).
  @Test func anObjectAfterTheVerbOfAnIncise() {
    #expect(quotes("In 1998, they attacked the Grand Hotel, killing 12 guests.", .english) == ["they|indirect|the Grand Hotel"])
    #expect(quotes("Hale condemned the invasion of the island, including the seizure of its port.", .english)
      == ["Hale|indirect|the invasion of the island, including the seizure of its port"])
    #expect(quotes("The deal is dead, she told the Times, and talks are over.", .english).contains("she|indirect|The deal is dead"))
  }

  /// Speech acts of praise and blame take a noun object (`lauded X`,
  /// `railed against X`), which ends before `, but`; such a verb between
  /// commas is no inverted incise; a plural demonym names no one person.
  @Test func praiseAndBlameWithNounObjects() {
    #expect(quotes("In June, Governor Hale lauded the nurses for their courage.", .english)
      == ["Governor Hale|indirect|the nurses for their courage"])
    #expect(quotes("Ms. Ortiz has railed against the tax breaks that favor landlords.", .english)
      == ["Ortiz|indirect|the tax breaks that favor landlords"])
    let found = QuoteTestSupport.analyzer.analyze(
      "Mr. Hale met Ms. Ortiz in Rome. The Europeans, who had been left out of the talks, derided the deal as toothless, but Mr. Hale learned from it.",
      language: .english)
    #expect(found.quotes.map { String(found.text(of: $0)) } == ["the deal as toothless"])
    #expect(found.quotes.first?.speaker.map { String(found.text(of: $0)) } == "The Europeans")
    #expect(found.quotes.first?.speaker?.resolved == nil)
  }

  /// `, called the Harbor Trust Fund,` names the noun before it; `continued
  /// to` reports only with a verb of saying after it.
  @Test func namingWithAnArticleAndContinuedTo() {
    #expect(quotes("Her charity, called the Harbor Trust Fund, will keep the land until the loan is repaid.", .english).isEmpty)
    #expect(quotes("Their rivals continued to plot against the mayor.", .english).isEmpty)
    #expect(quotes("Protesters continued to call for the release of the video.", .english)
      == ["Protesters|indirect|call for the release of the video"])
  }

  /// What was said goes on after the attribution: the speaker's reason
  /// (`…, Hale said, since …`; not a writer's `as …`) and a `so … that`
  /// clause cut by an incise.
  @Test func reasonsAndSoThatClausesAfterTheAttribution() {
    #expect(quotes("The drought has hurt farmers badly, Hale said, since most of them depend on the river for water.", .english)
      == ["Hale|indirect|The drought has hurt farmers badly", "Hale|indirect|since most of them depend on the river for water"])
    #expect(quotes("The drought has hurt farmers badly, Hale said, as she toured the valley on Monday.", .english)
      == ["Hale|indirect|The drought has hurt farmers badly"])
    #expect(quotes("The smog had become so bad, Mr. Hale noted, that the most-visited page in the city was the air monitor.", .english)
      == ["Hale|indirect|The smog had become so bad", "Hale|indirect|the most-visited page in the city was the air monitor"])
  }

  /// A relative pronoun's antecedent speaks: the noun phrase after the
  /// verb before it (`This angered the families, who say …`), also through
  /// a quantifier (`…, many of whom say …`).
  @Test func relativeClauseSpeakers() {
    #expect(quotes("This angered the families, who say the mayor's claims are false.", .english)
      == ["the families|indirect|the mayor's claims are false"])
    #expect(quotes("This angered the families, many of whom say the mayor's claims are false.", .english)
      == ["the families|indirect|the mayor's claims are false"])
  }

  /// A participle opening the sentence is the main clause subject's, and
  /// what it says ends at the comma.
  @Test func aParticipleOpeningTheSentence() {
    #expect(quotes("Citing a debunked rumor, Hale repeatedly accused Mr. Ortiz of hiding money abroad.", .english)
      == ["Hale|indirect|a debunked rumor", "Hale|indirect|Mr. Ortiz of hiding money abroad"])
  }

  /// A clause with a subject and a verb of saying of its own after a comma
  /// ends what was said before it and reports on its own: `, and X warned
  /// that …`, `, but she said …`, `, which he said were …` (the relative
  /// pronoun is the subject of what was said), `, even suggesting …`.
  @Test func aSecondReportAfterTheComma() {
    #expect(quotes("Lindqvist stressed that the reforms were unfinished, and human rights groups warned that the junta still held power.", .english)
      == ["Lindqvist|indirect|the reforms were unfinished", "human rights groups|indirect|the junta still held power"])
    #expect(quotes("Ms. Okafor told the board that the audit was late, but she said the accounts were sound.", .english)
      == ["Okafor|indirect|the audit was late", "she|indirect|the accounts were sound"])
    #expect(quotes("The mayor criticized the developers for their donations, which he said were tied to favors.", .english)
      == ["The mayor|indirect|the developers for their donations", "he|indirect|were tied to favors"])
    #expect(quotes("The envoys met to discuss the launch, which state media claimed now allows the navy to strike farther.", .english)
      == ["The envoys|indirect|the launch", "state media|indirect|now allows the navy to strike farther"])
    #expect(quotes("The coach complained about the referee after the match, even suggesting he had been paid.", .english)
      == ["The coach|indirect|the referee after the match", "The coach|indirect|he had been paid"])
  }

  /// A verb of saying after `and` shares the subject of the verb of saying
  /// before it, not a pronoun of the clause between (`said it was … and
  /// warned`), also after an auxiliary (`, and has called for …`); a
  /// participle after a short place keeps the speaker of the verb before
  /// it (`she said in the Oval Office, emphasizing …`), but a participle
  /// right after a name is the name's (`footage of Reyes saying …`).
  @Test func coordinatedVerbsAndParticiplesAfterAPlace() {
    #expect(quotes("Norway said it was opposed to the plan and warned the company to withdraw its offer.", .english)
      == ["Norway|indirect|it was opposed to the plan", "Norway|indirect|withdraw its offer"])
    #expect(quotes("Governor Reyes has attacked loopholes that favor insiders, and has called for closing the trust exemption.", .english)
      == ["Governor Reyes|indirect|loopholes that favor insiders", "Governor Reyes|indirect|closing the trust exemption"])
    #expect(quotes("\"People are tired,\" she said in the Oval Office, emphasizing it was time to end the sanctions.", .english)
      == ["she|direct|People are tired,", "she|indirect|it was time to end the sanctions"])
    #expect(quotes("\"We will get there,\" she said at a news conference announcing that her department was suing the state.", .english)
      == ["she|direct|We will get there,", "she|indirect|her department was suing the state"])
    #expect(quotes("The spot ends with footage of Reyes saying during the debate, \"That makes me smart.\"", .english)
      == ["Reyes|direct|That makes me smart."])
  }

  /// A participle between commas after the subject says what ends at the
  /// second comma when the main verb follows (`cut`, an irregular past, as
  /// well as `-ed` and `-s` forms), and inverts no speaker (`the losses`
  /// did not say `The report`).
  @Test func aParticipleBetweenCommasAfterTheSubject() {
    #expect(quotes("The company, noting weak demand, cut its forecast.", .english)
      == ["The company|indirect|weak demand"])
    #expect(quotes("The agency, citing two officials, reported a delay.", .english)
      == ["The agency|indirect|two officials"])
    #expect(quotes("The report, noting the losses, was late.", .english)
      == ["The report|indirect|the losses"])
    #expect(quotes("The senator from Alaska, in explaining her vote against the witnesses, tried to deflect the blame.", .english)
      == ["The senator|indirect|her vote against the witnesses"])
  }

  /// `painted`, `portrayed`, `characterized`, `depicts` report what their
  /// object is said to be only with `as` after it (`as-object`).
  @Test func speechActsWithAnObjectAndAs() {
    #expect(quotes("The governor painted his rival as an out-of-touch rich man.", .english)
      == ["The governor|indirect|his rival as an out-of-touch rich man"])
    #expect(quotes("Reyes has portrayed himself as a shrewd reader of the tax code.", .english)
      == ["Reyes|indirect|himself as a shrewd reader of the tax code"])
    #expect(quotes("She painted the fence before noon.", .english).isEmpty)
    #expect(quotes("It causes cretinism, a condition characterised by severe brain damage.", .english).isEmpty)
  }

  /// Subjects found past what hid them: a focus adverb before a name and
  /// its apposition (`Even Norway, the fund's only owner, said …`), a
  /// quoted fragment before a verb after `and`, a verb and its negation
  /// before a relative's antecedent (`did not please the families, many
  /// of whom say …`).
  @Test func subjectsPastFocusAdverbsQuotedFragmentsAndNegations() {
    #expect(quotes("Even Norway, the fund's only owner, said it was \"firmly opposed\" to the sale and warned the board to wait.", .english)
      == ["Norway|indirect|it was \"firmly opposed\" to the sale", "Norway|indirect|wait"])
    #expect(quotes("This did not please the families, many of whom say the claims are unfounded.", .english)
      == ["the families|indirect|the claims are unfounded"])
  }

  /// A report of its own ends the one before it without a comma too when
  /// its subject is a name or a pronoun (`… and Democrats accused the GOP
  /// of …`), at a semicolon before a new subject, and at a spaced dash
  /// before it (left out of the first report).
  @Test func reportsEndingAtAConjunctionASemicolonOrADash() {
    #expect(quotes("Republicans said the agency mishandled the inquiry and Democrats accused the GOP of stoking the issue.", .english)
      == ["Republicans|indirect|the agency mishandled the inquiry", "Democrats|indirect|the GOP of stoking the issue"])
    #expect(quotes("Republicans said the timing was not intentional; they shared the deals with the AP, which first reported the story.", .english)
      == ["Republicans|indirect|the timing was not intentional", "AP|indirect|the story"])
    #expect(quotes("Fowler said the race would be more intense — and he noted that any change would come later.", .english)
      == ["Fowler|indirect|the race would be more intense", "he|indirect|any change would come later"])
  }

  /// A `to` infinitive after an object is what was said only after a verb
  /// of directing (`urged Congress to act`); elsewhere it is the object's
  /// (`maintains a program to train …`) or part of a clause said (`says
  /// there needs to be a law`). A participle after who was told keeps the
  /// speaker (`he told the group, adding that …`).
  @Test func directivesAfterAnObjectAndParticiplesAfterWhoWasTold() {
    #expect(quotes("The senator urged Congress to leave the program intact.", .english)
      == ["The senator|indirect|leave the program intact"])
    #expect(quotes("The foundation maintains a program to train young leaders.", .english).isEmpty)
    #expect(quotes("Ms. Okafor says there needs to be a law on disclosure.", .english)
      == ["Okafor|indirect|there needs to be a law on disclosure"])
    #expect(quotes("\"I'm insulted,\" he told the group, adding that the phrase was unfortunate.", .english)
      == ["he|direct|I'm insulted,", "he|indirect|the phrase was unfortunate"])
  }

  /// Verbs of explaining take an indirect question (`explained why …`,
  /// `described how …`); a verb of saying after `went on to` is the
  /// subject's with a clause too; no speaker ends with a conjunction (`a
  /// referendum or proposed …`).
  @Test func explainingAndGoingOnToSay() {
    #expect(quotes("She explained why she had left the board.", .english)
      == ["She|indirect|why she had left the board"])
    #expect(quotes("The general went on to explain how the cuts left his hands tied.", .english)
      == ["The general|indirect|how the cuts left his hands tied"])
    #expect(quotes("The governor seemed to say that the plan was dead.", .english)
      == ["The governor|indirect|the plan was dead"])
    #expect(quotes("Under the rules, a referendum or proposed law might be placed on the ballot for citizens to vote on.", .english).isEmpty)
  }

  /// Others' speech about the subject, no speaker named: a speech noun
  /// after a verb of receiving (`has faced sharp criticism for …`, `drew
  /// protests over …`), and a passive speech act past a manner adverb
  /// (`has been harshly criticized for …`).
  @Test func criticismReceivedWithoutASpeaker() {
    #expect(quotes("The minister has faced sharp criticism for failing to address the floods.", .english)
      == ["-|indirect|failing to address the floods"])
    #expect(quotes("The plan drew protests over its cost.", .english) == ["-|indirect|its cost"])
    #expect(quotes("He has been harshly criticized for policies that objectors see as abuses of power.", .english)
      == ["-|indirect|policies that objectors see as abuses of power"])
    #expect(quotes("She received a letter from the bank.", .english).isEmpty)
    #expect(quotes("In 2009, the agency came under withering criticism for its silence.", .english)
      == ["-|indirect|its silence"])
    #expect(quotes("The team came under the bridge at noon.", .english).isEmpty)
    #expect(quotes("Reyes also retweeted an unflattering photo of his rival.", .english)
      == ["Reyes|indirect|an unflattering photo of his rival"])
  }

  /// A directive's infinitive past an apposition of its object (`asked
  /// Lester Holt, the moderator of the debate, to fact check …`), and a
  /// prepositional speech act past how often and where (`speaks more
  /// frequently in public about …`).
  @Test func directivesPastAnAppositionAndSpeechPastHowOften() {
    #expect(quotes("The campaign has asked Lester Holt, the moderator of the first debate, to check the facts.", .english)
      == ["The campaign|indirect|check the facts"])
    #expect(quotes("Lynch speaks more frequently in public about racial issues than gender ones.", .english)
      == ["Lynch|indirect|racial issues than gender ones"])
  }
}
