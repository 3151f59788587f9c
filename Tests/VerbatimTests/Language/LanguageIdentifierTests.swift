import Testing

@testable import Verbatim

private let identifier = LanguageIdentifier()

private func evidence(_ text: String) -> LanguageEvidence {
  var text = text
  return text.withUTF8 { identifier.evidence($0) }
}

@Suite struct LanguageIdentifierTests {
  @Test(arguments: [
    "Le gouvernement a annoncé mercredi de nouvelles mesures contre la hausse des prix de l'énergie.",
    "Selon le ministre, la réforme des retraites sera présentée au Parlement avant l'été.",
    "« Nous ne vendrons pas cette technologie à la police », a déclaré le président de Microsoft.",
    "LES DÉPUTÉS ADOPTENT LE BUDGET APRÈS UN LONG DÉBAT",
    "Emmanuel Macron Reçoit Angela Merkel À Versailles Pour Parler De L'Europe",
    "Microsoft refuse la reconnaissance faciale à la police",
  ])
  func clearFrench(_ text: String) {
    let guess = identifier.identify(text)
    #expect(guess.language == .french, "\(text)")
    #expect(guess.confidence > 0.8)
  }

  @Test(arguments: [
    "The government announced new measures on Wednesday against rising energy prices.",
    "According to the minister, the pension reform will be presented to Parliament before the summer.",
    "“We don’t sell our facial recognition technology to police,” said Brad Smith.",
    "LAWMAKERS PASS THE BUDGET AFTER A LONG DEBATE",
    "Emmanuel Macron Welcomes Angela Merkel To Versailles To Talk About Europe",
    "Microsoft refuses to face recognition to the police",
  ])
  func clearEnglish(_ text: String) {
    let guess = identifier.identify(text)
    #expect(guess.language == .english, "\(text)")
    #expect(guess.confidence > 0.8)
  }

  @Test(arguments: [
    "",
    "Bonjour",
    "Hi there",
    "12 345 678 90 1234 5678 +33 1 23 45 67 89 2020-06-12 14:03:48 99.5% 3,14",
    "=====================================",
    "Die Bundesregierung hat am Mittwoch neue Maßnahmen gegen die steigenden Energiepreise beschlossen.",
    "Der Bürgermeister sagte, dass die Stadt im nächsten Jahr mehr Geld für Schulen ausgeben werde.",
    "El gobierno anunció ayer un nuevo plan para reducir el desempleo entre los jóvenes.",
    "Microsoft se niega a vender su tecnología de reconocimiento facial a la policía.",
    "Il governo italiano ha approvato una nuova legge sulla protezione dei dati personali.",
    "Правительство объявило о новых мерах против роста цен на энергию.",
    "政府宣布了应对能源价格上涨的新措施。",
  ])
  func undetermined(_ text: String) {
    let guess = identifier.identify(text)
    #expect(guess.language == .undetermined, "\(text) -> \(guess.language)")
    #expect(guess.confidence == 0)
  }

  /// The customer's seed article 003: an English title, its French original,
  /// then English paragraphs.
  @Test func seedArticleTitles() {
    let english = identifier.identify("Microsoft refuses to face recognition to the police")
    let french = identifier.identify("Microsoft refuse la reconnaissance faciale à la police")
    #expect(english.language == .english)
    #expect(french.language == .french)
  }

  @Test func evidenceAddsUp() {
    let french = evidence("Le gouvernement a annoncé mercredi de nouvelles mesures contre la hausse des prix.")
    let english = evidence(
      "The government announced new measures on Wednesday against rising prices, and the opposition said they came far too late to help families this winter."
    )
    let both = french + english
    #expect(both.features == french.features + english.features)
    #expect(both.latinLetters == french.latinLetters + english.latinLetters)
    #expect(both.frenchCost == french.frenchCost + english.frenchCost)
    #expect(both.weight == french.weight + english.weight)
    // The longer English paragraph carries the document.
    #expect(both.guess.language == .english)
    #expect(both.guess.confidence < english.guess.confidence)
    // Two French paragraphs and one English: French.
    let majority = french + evidence("Les syndicats ont appelé à une nouvelle journée de grève jeudi prochain.") + english
    #expect(majority.guess.language == .french)
    // Evidence of a text split at a space is the evidence of the whole.
    let whole = evidence("Le gouvernement a annoncé des mesures. The opposition disagreed.")
    let parts = evidence("Le gouvernement a annoncé des mesures.") + evidence(" The opposition disagreed.")
    #expect(whole == parts)
    #expect(LanguageEvidence() + whole == whole)
  }

  @Test func confidenceRanges() {
    let texts = [
      "Le chat dort sur le canapé.", "La police", "The cat sleeps.", "the police",
      "Microsoft refuses to face recognition to the police",
      String(repeating: "Le gouvernement a annoncé de nouvelles mesures. ", count: 50),
    ]
    for text in texts {
      let guess = identifier.identify(text)
      #expect(guess.confidence >= 0 && guess.confidence <= 1)
      if guess.language != .undetermined { #expect(guess.confidence >= 0.5) }
    }
    // More evidence, more confidence.
    let short = identifier.identify("Le chat dort sur le canapé.")
    let long = identifier.identify(
      "Le chat dort sur le canapé pendant que les enfants jouent dans le jardin avec leurs amis.")
    #expect(short.language == .french && long.language == .french)
    #expect(long.confidence > short.confidence)
    #expect(identifier.identify(texts[5]).confidence > 0.99)
  }

  @Test func foldMatchesStandardLowercasingOnLatin() {
    // The fixed table agrees with Unicode lower-casing on Latin-1 and
    // Latin Extended-A letters (the letters French and English use).
    for value: UInt32 in 0x41...0x17F {
      guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
      let lower = scalar.properties.lowercaseMapping.unicodeScalars
      guard lower.count == 1, let expected = lower.first, value != 0x130 else { continue }
      if value == 0xAA || value == 0xBA || value == 0xB5 { continue }  // ª º µ: not in the model's range
      #expect(LatinLetters.fold(value) == expected.value, "U+\(String(value, radix: 16))")
    }
    #expect(LatinLetters.fold(0xD7) == 0)
    #expect(LatinLetters.fold(0x30) == 0)
    #expect(LatinLetters.fold(0x0416) == 0)  // Ж
  }

  /// The identifier stops looking up a word's longer n-grams once the table
  /// says none ends with the current one; the sums must be those of looking
  /// every n-gram up (every order 1–5 at every character, as the model was built).
  @Test(arguments: [
    "Le gouvernement a annoncé mercredi de nouvelles mesures contre la hausse des prix de l'énergie.",
    "The quick brown fox jumps over the lazy dog; xylophones, qwertz, zzyzx and Łódź.",
    "Hund Katze Straße Æsir Ørsted Ångström naïve façade cœur schadenfreude",
  ])
  func earlyStopGivesTheSumsOfEveryLookUp(_ text: String) {
    let model = identifier.model
    var french = 0
    var english = 0
    var other = 0
    var features = 0
    var window: [UInt64] = []
    func score() {
      for order in 1...min(window.count, LanguageModel.maxOrder) {
        let key = window.suffix(order).reduce(UInt64(0)) { $0 << 10 | $1 }
        if key == LanguageModel.boundary { continue }
        _ = model.withCosts(of: key, order: order) { fr, en, xx in
          french += Int(fr)
          english += Int(en)
          other += Int(xx)
        }
        features += 1
      }
    }
    func append(_ code: UInt64) {
      window.append(code)
      score()
    }
    func push(_ code: UInt64) {
      if window.isEmpty { append(LanguageModel.boundary) }
      append(code)
    }
    func end() {
      guard !window.isEmpty else { return }
      append(LanguageModel.boundary)
      window = []
    }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      let code: UInt32 = value < 0x80 ? ((value | 0x20) &- 0x61 < 26 ? value | 0x20 : 0) : LatinLetters.fold(value)
      if code != 0 { push(UInt64(code)) } else { end() }
    }
    end()
    let fast = evidence(text)
    #expect(fast.frenchCost == french && fast.englishCost == english && fast.otherCost == other)
    #expect(fast.features == features && features > 100)
  }

  /// The table holds the suffixes of its n-grams, and the flag says which
  /// n-grams end a longer one: what the early stop relies on.
  @Test func tableIsClosedUnderSuffixesAndFlagsExtensions() {
    let model = LanguageModel(table: EmbeddedResources.language_ngrams)
    let keys = model.keysForTesting()
    let keySet = Set(keys.map(\.key))
    var extended = Set<UInt64>()
    for (key, _) in keys where LanguageModel.order(key) > 1 {
      #expect(keySet.contains(LanguageModel.suffix(key)), "\(key)")
      extended.insert(LanguageModel.suffix(key))
    }
    for (key, flags) in keys { #expect((flags & LanguageModel.extendedFlag != 0) == extended.contains(key)) }
    #expect(keys.count > model.count && extended.count > 1_000)
  }

  @Test func compiledInModelIsCurrent() throws {
    // Fails when ngrams.tsv changed and Scripts/build-lexicon-snapshots was
    // not run (the library then parses the table at start-up: right, slower).
    let compiled = try #require(LanguageModel.compiledIn(), "stale: run Scripts/build-lexicon-snapshots")
    let parsed = LanguageModel(table: EmbeddedResources.language_ngrams)
    #expect(compiled.count == parsed.count && compiled.count > 10_000)
    #expect(compiled.unseen == parsed.unseen && parsed.unseen[1] > 0 && parsed.unseen[5] > 0)
    let same = compiled.snapshot(source: 1) == parsed.snapshot(source: 1)
    #expect(same, "stale: run Scripts/build-lexicon-snapshots")
    // A snapshot of another source, or cut short, is refused.
    let bytes = parsed.snapshot(source: 7)
    let aligned = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 64)
    defer { aligned.deallocate() }
    aligned.copyBytes(from: bytes)
    let raw = UnsafeRawBufferPointer(aligned)
    #expect(LanguageModel(snapshot: raw, source: 7)?.count == parsed.count)
    #expect(LanguageModel(snapshot: raw, source: 8) == nil)
    #expect(LanguageModel(snapshot: UnsafeRawBufferPointer(rebasing: raw.dropLast(16)), source: 7) == nil)
  }

  @Test func scoringThroughput() {
    var text = String(
      repeating: "Microsoft refuse la reconnaissance faciale à la police. The government announced new measures. ",
      count: 5_000)
    let clock = ContinuousClock()
    var result = LanguageEvidence()
    let elapsed = clock.measure {
      result = text.withUTF8 { identifier.evidence($0) }
    }
    #expect(result.latinLetters > 300_000)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    print("language scoring: \(text.utf8.count) bytes in \(elapsed), \(Double(text.utf8.count) / seconds / 1e6) MB/s")
  }
}
