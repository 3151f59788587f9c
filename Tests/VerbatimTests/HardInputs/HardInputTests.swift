import Testing
@testable import Verbatim

/// Inputs that news pipelines meet and tokenizers choke on. Each one must
/// terminate and keep ``HardInputInvariants``.
@Suite struct HardInputTests {
  /// Invalid UTF-8: where validation points, and the repaired text analyzed.
  @Test(arguments: [
    ([0x61, 0xE2, 0x82], 1),  // truncated 3-byte sequence at the end
    ([0x61, 0xF0, 0x9F, 0x98, 0x20, 0x62], 1),  // truncated 4-byte sequence before a space
    ([0xC0, 0xAF], 0),  // overlong '/'
    ([0x61, 0xE0, 0x80, 0xAF], 1),  // overlong, 3 bytes
    ([0x61, 0x62, 0xF0, 0x80, 0x80, 0xAF], 2),  // overlong, 4 bytes
    ([0x61, 0xED, 0xA0, 0x80], 1),  // UTF-16 high surrogate encoded in UTF-8
    ([0x61, 0xED, 0xBF, 0xBF, 0x62], 1),  // low surrogate
    ([0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80], 0),  // CESU-8 surrogate pair
    ([0x61, 0xF4, 0x90, 0x80, 0x80], 1),  // above U+10FFFF
    ([0x80, 0x61], 0),  // stray continuation byte
    ([0x61, 0xFE, 0xFF], 1),  // bytes never in UTF-8
    ([0xC3], 0),  // a lone lead byte
  ] as [([UInt8], Int)])
  func invalidUTF8(bytes: [UInt8], firstInvalid: Int) {
    #expect(UTF8Validation.firstInvalidOffset(bytes) == firstInvalid)
    #expect(String(validating: bytes, as: UTF8.self) == nil)
    let (text, replacements) = UTF8Validation.repairing(bytes)
    #expect(replacements >= 1)
    #expect(text.unicodeScalars.contains("\u{FFFD}"))
    HardInputInvariants.checkAllLanguages(text)
    HardInputInvariants.checkAllLanguages("Le texte « \(text) » continue.\n\n\(text)\(text)")
  }

  /// The contiguous fast path (ASCII eight bytes at a time) points where
  /// the byte-by-byte check does, and where Swift's own validation fails:
  /// invalid sequences at every position of ASCII runs of every length.
  @Test func contiguousValidationAgreesWithTheByteWiseCheck() {
    var random = SeededGenerator(seed: 0x7F8)
    let pieces: [[UInt8]] = [
      [0xC3, 0xA9], [0xE2, 0x80, 0x99], [0xF0, 0x9F, 0x98, 0x80], [0xC3], [0xE2, 0x80], [0x80], [0xED, 0xA0, 0x80],
      [0xC0, 0xAF], [0xFF], [0xF4, 0x90, 0x80, 0x80],
    ]
    for _ in 0..<2_000 {
      var bytes: [UInt8] = []
      for _ in 0..<(random.next() % 6) {
        bytes += (0..<(random.next() % 20)).map { _ in UInt8(0x20 + random.next() % 0x5F) }
        bytes += pieces[Int(random.next() % UInt64(pieces.count))]
      }
      // A lazy map has no contiguous storage: it takes the byte-wise path.
      let byteWise = UTF8Validation.firstInvalidOffset(bytes.lazy.map { $0 })
      #expect(UTF8Validation.firstInvalidOffset(bytes) == byteWise, "\(bytes)")
      #expect((byteWise == nil) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
    }
  }

  @Test func nulBytesAndBinaryData() {
    HardInputInvariants.checkAllLanguages("a\u{0}b\u{0}\u{0} c.\u{0}\n\u{0}\n\nd")
    HardInputInvariants.checkAllLanguages(String(repeating: "\u{0}", count: 3_000))
    // Random bytes, as a binary file read with --lossy would give.
    var random = SeededGenerator(seed: 0xB1A4)
    for size in [1, 7, 1000, 30_000] {
      let bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: random.next()) }
      let (text, _) = UTF8Validation.repairing(bytes)
      if size < 10_000 {
        HardInputInvariants.checkAllLanguages(text)
      } else {
        HardInputInvariants.check(text, TestSupport.analyzer.analyze(text))
      }
    }
  }

  @Test(arguments: ["", " ", "\n", "\n\n\n", "\r\n\r\n", "\t \u{A0}\u{3000}", "\u{FEFF}", "\u{2028}\u{2029}"])
  func emptyAndBlankTexts(text: String) {
    let analysis = TestSupport.analyzer.analyze(text)
    #expect(analysis.tokens.isEmpty)
    #expect(analysis.sentences.isEmpty)
    #expect(analysis.language.language == .undetermined)
    HardInputInvariants.checkAllLanguages(text)
  }

  @Test func emptyLinesBetweenText() {
    HardInputInvariants.checkAllLanguages("\n\n\nPremier.\n\n\n\n\nDeuxième.\n \n\t\n\nTroisième\n\n")
    let analysis = TestSupport.analyzer.analyze("A.\n\n\n\nB.\n\n\n")
    #expect(analysis.paragraphs.count == 2)
  }

  @Test func hundredThousandUnbalancedQuotes() {
    let count = 100_000
    for mark in ["«", "\""] {
      let text = String(repeating: mark, count: count)
      HardInputInvariants.check(text, TestSupport.analyzer.analyze(text))
    }
    for mark in ["“", "»", "'", "’", "„"] {
      let text = String(repeating: mark, count: count / 10)
      HardInputInvariants.check(text, TestSupport.analyzer.analyze(text))
    }
    var random = SeededGenerator(seed: 0x9007E)
    let marks = ["«", "»", "\"", "“", "”", "‘", "’", "'", " ", "mot", "\u{202F}", "\n"]
    let mixed = (0..<count).map { _ in marks[Int(random.next() % UInt64(marks.count))] }.joined()
    HardInputInvariants.check(mixed, TestSupport.analyzer.analyze(mixed))
    HardInputInvariants.checkAllLanguages("« " + String(repeating: "Il dit « non. ", count: 2_000))
  }

  @Test func deeplyRepeatedPunctuation() {
    for run in [".", "!", "?", "?!", "…", "-", "—", "(", ")", "[", "*", "/", ",", ";", ":", "'", "#", "@", "&", "%", "·"] {
      let text = String(repeating: run, count: 10_000)
      HardInputInvariants.check(text, TestSupport.analyzer.analyze(text))
    }
    HardInputInvariants.checkAllLanguages(String(repeating: "Oui", count: 1) + String(repeating: "!?", count: 10_000) + " Non.")
    HardInputInvariants.checkAllLanguages(String(repeating: "M.", count: 5_000))
    HardInputInvariants.checkAllLanguages(String(repeating: "a.", count: 5_000))
    HardInputInvariants.checkAllLanguages(String(repeating: "1.", count: 5_000))
    HardInputInvariants.checkAllLanguages(String(repeating: "http://", count: 2_000))
    HardInputInvariants.checkAllLanguages(String(repeating: "-t-", count: 3_000))
    HardInputInvariants.checkAllLanguages(String(repeating: "(((", count: 3_000) + String(repeating: ")", count: 100))
  }

  /// A sentence that opens with a long run of punctuation marks and goes on
  /// with names: whether a name opens the sentence is read once per sentence
  /// (it was read again for each name, scanning the marks: minutes here), and
  /// the names are still found.
  @Test func namesAfterALongRunOfPunctuationMarks() {
    let text = String(repeating: ", ", count: 50_000) + String(repeating: " la Commission et M. Zorbowski", count: 5_000) + "."
    let analysis = TestSupport.analyzer.analyze(text, language: .french)
    HardInputInvariants.check(text, analysis)
    #expect(analysis.entities.filter { analysis.text(of: $0) == "Commission" && $0.label == .organization }.count == 5_000)
    #expect(analysis.entities.filter { analysis.text(of: $0) == "Zorbowski" && $0.label == .person }.count == 5_000)
  }

  /// A run the tagger reads as one name thousands of tokens long: looking
  /// for the document's names again tried every length up to the longest
  /// name at every position (quadratic: 17 s for 1.5 MB); names are still
  /// linked after it.
  @Test func aNameThousandsOfTokensLong() {
    let text = String(repeating: "Kall -- co-editor -- said ", count: 20_000) + "the end. Brad Smith spoke. Later Smith left."
    let analysis = TestSupport.analyzer.analyze(text, language: .english)
    HardInputInvariants.check(text, analysis)
    let smith = analysis.entities.filter { analysis.text(of: $0) == "Smith" }
    #expect(smith.count == 1 && smith.first?.label == .person && smith.first?.canonical == "Brad Smith")
  }

  /// Thousands of quotes whose speakers are places and roles: the resolver
  /// searched all the document's entities again for every one (quadratic);
  /// each still resolves to who speaks.
  @Test func thousandsOfPlaceAndRoleSpeakers() {
    let opening = "Brad Smith, président de Microsoft, était à Paris. Microsoft est basée à Redmond. "
    let text = opening + String(repeating: "Redmond annonce qu'il ne vendra plus ses solutions. Le président de Microsoft a déclaré que le produit était prêt. ", count: 2_000)
    let analysis = TestSupport.analyzer.analyze(text, language: .french)
    HardInputInvariants.check(text, analysis)
    let resolved = analysis.quotes.compactMap { $0.speaker?.resolved }
    #expect(resolved.count == 4_000)
    #expect(resolved.filter { $0 == "Microsoft" }.count == 2_000 && resolved.filter { $0 == "Brad Smith" }.count == 2_000)
  }

  /// One sentence of thousands of clubs before a role and a name, then the
  /// same role descriptions resolved thousands of times: the club rule
  /// searched the sentence's spans for every role word (quadratic); every
  /// club is an ORG, every description resolves.
  @Test func thousandsOfClubRolesAndDescriptions() {
    let clubs = String(repeating: "Chelsea coach Enzo Maresca, ", count: 5_000) + "and others met."
    let analysis = TestSupport.analyzer.analyze(clubs, language: .english)
    HardInputInvariants.check(clubs, analysis)
    let chelsea = analysis.entities.filter { analysis.text(of: $0) == "Chelsea" }
    #expect(chelsea.count == 5_000 && chelsea.allSatisfy { $0.label == .organization })
    let descriptions = "Mayor Bill de Blasio visited. " + String(repeating: "“We are safe,” the mayor said. ", count: 2_000)
    let resolved = TestSupport.analyzer.analyze(descriptions, language: .english).quotes.compactMap { $0.speaker?.resolved }
    #expect(resolved.count == 2_000 && resolved.allSatisfy { $0 == "Bill de Blasio" })
  }

  /// A text ending on a verb of saying, a preposition and an article, with
  /// no object after them (found by fuzzing on 207cd69: an index past the
  /// last token).
  @Test func aSpeechVerbsObjectMissingAtTheEnd() {
    for text in ["Like other giants of the internet worried about the", "Microsoft worried about the", "They spoke on the"] {
      let analysis = TestSupport.analyzer.analyze(text, language: .english)
      HardInputInvariants.check(text, analysis)
    }
  }

  /// Thousands of spokespeople after an organization spoken to, in one
  /// sentence, and of nationality descriptions after a sentence of names:
  /// the walks back are bounded, every quote keeps its speaker.
  @Test func thousandsOfSpokespeopleAndDescriptions() {
    let told = "Le groupe Carrefour a annoncé un plan. "
      + String(repeating: "« Ce plan est nécessaire », a expliqué à l'AFP un porte-parole du groupe, ", count: 2_000) + "voilà."
    let analysis = TestSupport.analyzer.analyze(told, language: .french)
    HardInputInvariants.check(told, analysis)
    #expect(analysis.quotes.filter { $0.kind == .direct }.count == 2_000)
    let names = String(repeating: "Carlos Alcaraz beat Novak Djokovic and Daniil Medvedev, ", count: 1_000) + "all of them. "
      + String(repeating: "“It's a dream,” the 21-year-old Spaniard said. ", count: 1_000)
    let described = TestSupport.analyzer.analyze(names, language: .english)
    HardInputInvariants.check(names, described)
    #expect(described.quotes.count == 1_000 && described.quotes.first?.speaker?.resolved != nil)
  }

  /// The seventeenth session's rules on long runs of their constructions:
  /// organizations by their head in one sentence, participles opening
  /// sentences, relative antecedents and reasons after attributions.
  @Test func thousandsOfOrganizationHeadsAndParticiples() {
    let heads = "He met " + String(repeating: "the U.S. Commerce Department and the Office for National Statistics and ", count: 1_000)
      + "the Senate Intelligence Committee."
    let organizations = TestSupport.analyzer.analyze(heads, language: .english)
    HardInputInvariants.check(heads, organizations)
    #expect(organizations.entities.filter { $0.label == .organization }.count >= 2_000)
    let clauses = String(
      repeating: "Citing a rumor, Hale accused Mr. Ortiz of hiding money. This angered the families, many of whom say the claims are false, Hale said, since most of them continued to plot. ",
      count: 1_000)
    let reported = TestSupport.analyzer.analyze(clauses, language: .english)
    HardInputInvariants.check(clauses, reported)
    #expect(reported.quotes.filter { $0.kind == .indirect }.count >= 3_000)
  }

  /// The eighteenth session's constructions, a thousand times each: block
  /// quotes after `X added:` paragraphs, purpose clauses, `and` speakers,
  /// quoted fragments before a verb, relative `that`, Korean given names.
  @Test func thousandsOfBlockQuotesPurposesAndHyphenatedNames() {
    let blocks = String(
      repeating: "The governor added:\n\nIt is typical of the council. They know nothing.\n\n", count: 1_000)
    let quoted = TestSupport.analyzer.analyze(blocks, language: .english)
    HardInputInvariants.check(blocks, quoted)
    #expect(quoted.quotes.filter { $0.kind == .indirect }.count >= 999)
    let clauses = String(
      repeating: "Farmers and retailers gathered Friday to discuss the drought. Decrying the “rigged courts,” Ban Ki-moon accused the judge of bias, though he acknowledged that the land that had been flooded was dry. ",
      count: 1_000)
    let reported = TestSupport.analyzer.analyze(clauses, language: .english)
    HardInputInvariants.check(clauses, reported)
    #expect(reported.quotes.filter { $0.kind == .indirect }.count >= 3_000)
    #expect(reported.entities.filter { $0.label == .person && reported.text(of: $0) == "Ban Ki-moon" }.count >= 1_000)
  }

  /// The nineteenth session's constructions, a thousand times over, in one
  /// run-on sentence (second reports after commas and conjunctions, relative
  /// `which he said`, participles, semicolons) and as sentences (participles
  /// between commas, criticism received, `portrayed … as`, directives past an
  /// apposition): invariants hold; the run-on sentence stays linear (the
  /// subject's comma-separated chunks are read at most 60 tokens back).
  @Test func thousandsOfSecondReportsInOneRunOnSentence() {
    let runOn = "He spoke, " + String(
      repeating: "Norway said it was opposed to the plan and warned the board to wait and Sweden said it agreed, and human rights groups warned that the junta held power, which he said were tied to favors, even suggesting he had been paid; they shared it with the AP, which first reported the story and ",
      count: 1_000) + "."
    let reported = TestSupport.analyzer.analyze(runOn, language: .english)
    HardInputInvariants.check(runOn, reported)
    #expect(reported.quotes.filter { $0.kind == .indirect }.count >= 6_000)
    let sentences = String(
      repeating: "The company, noting weak demand, cut its forecast. The senator from Alaska, in explaining her vote, tried to deflect. He has faced sharp criticism for the cuts. Reyes has portrayed himself as a shrewd reader of the code. The campaign has asked Lester Holt, the moderator of the debate, to check the facts. ",
      count: 1_000)
    let found = TestSupport.analyzer.analyze(sentences, language: .english)
    HardInputInvariants.check(sentences, found)
    #expect(found.quotes.filter { $0.kind == .indirect }.count >= 5_000)
  }

  /// A text may stop anywhere in a report: every prefix of sentences full
  /// of the quote rules' constructions, cut after each token and with a
  /// comma or a semicolon added there, in both languages (`The committee
  /// criticized the plan,` read a token past the end of the document).
  @Test func reportsCutAfterEveryToken() throws {
    let sentences = [
      "The committee criticized the plan, but the mayor, who says she was misled, insisted it would pass; others disagreed.",
      "Democrats accused the GOP of stalling and said the vote, which he said was rigged, would be held on Monday, adding that it was final.",
      "Voting rights advocates have expressed deep concern about the policy and came under fire for it, according to officials.",
      "He has faced sharp criticism for the cuts, even suggesting he was paid, and urged Congress to act — and he noted the delay.",
      "Reyes portrayed himself as a reformer, called for a recount and told reporters, who asked whether he would stay, that he would.",
      "Selon le ministre, qui a déclaré que la réforme était prête, « nous irons au bout », a-t-il ajouté, et les syndicats ont dénoncé le projet.",
      "Pour Marie Dupont, déléguée CFDT, le plan « ne tient pas » ; elle a fait savoir qu'elle s'opposerait, selon lui.",
    ]
    for sentence in sentences {
      let tokens = try Tokenizer(language: .english).tokens(in: sentence)
      let scalars = Array(sentence.unicodeScalars)
      for token in tokens {
        let prefix = String(String.UnicodeScalarView(scalars[..<token.end]))
        for text in [prefix, prefix + ",", prefix + " ;", prefix + " but"] {
          for language in [Language.english, .french] {
            HardInputInvariants.check(text, TestSupport.analyzer.analyze(text, language: language))
          }
        }
      }
    }
  }

  /// A line ending on a verb of saying, without a mark, and a quote opening
  /// the next line or paragraph (the verb, in the sentence before the
  /// quote's, was grouped from a floor past it: found by fuzzing).
  @Test func aQuoteOpeningTheLineAfterAVerbOfSaying() {
    for separator in ["\n", "\r", "\n\n", "\r\n", "\u{2029}"] {
      for text in [
        "He said\(separator)“Never mind.”", "Trump declared\(separator)“I think NATO may be obsolete.” He left.",
        "Il a déclaré\(separator)« Nous irons au bout. »", "She told reporters\(separator)\"We will appeal.\"",
      ] {
        for language in [Language.english, .french] {
          HardInputInvariants.check(text, TestSupport.analyzer.analyze(text, language: language))
        }
      }
    }
  }

  /// An incise whose speaker, a name the tagger ran on past the incise's
  /// closing comma, ended after it (an empty range; found by fuzzing).
  @Test func anInciseSpeakerRunningPastItsComma() {
    let text = "Mi\u{FFFD}der,\u{FFFD}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}crosoft refus oob\u{FFFD}det refus oob\u{FFFD}der,\u{202E} said Brad\u{AB12}\u{FFFD}4]h, aer,\u{202E} said Brad\u{FFFD}er, Mihe us"
    for language in [Language.english, .french] {
      HardInputInvariants.check(text, TestSupport.analyzer.analyze(text, language: language))
    }
  }

  /// Every white-space, separator and format character of Unicode (ZWJ,
  /// BOM, soft hyphen, bidi controls, tags, …), alone, between letters, and
  /// all in a row.
  @Test func everyUnicodeSpaceAndFormatCharacter() {
    let categories: Set<Unicode.GeneralCategory> = [.spaceSeparator, .lineSeparator, .paragraphSeparator, .format, .control]
    let scalars = (0...0x10FFFF).compactMap(Unicode.Scalar.init(_:)).filter {
      categories.contains($0.properties.generalCategory)
    }
    #expect(scalars.contains("\u{200D}") && scalars.contains("\u{FEFF}") && scalars.contains("\u{00AD}"))
    #expect(scalars.contains("\u{202E}") && scalars.contains("\u{2066}") && scalars.contains("\u{E0041}"))
    var between = ""
    for scalar in scalars {
      let character = String(Character(scalar))
      between += "mot\(character)mot \(character) l'\(character)AFP a-\(character)t-il 4\(character)4 \(character)."
      HardInputInvariants.check(character, TestSupport.analyzer.analyze(character))
      HardInputInvariants.check("x\(character)y", TestSupport.analyzer.analyze("x\(character)y"))
    }
    HardInputInvariants.checkAllLanguages(between)
    HardInputInvariants.checkAllLanguages(String(String.UnicodeScalarView(scalars)))
    HardInputInvariants.checkAllLanguages("Le\u{00AD}gis\u{00AD}la\u{00AD}tion \u{200E}« مرحبا »\u{200F} \u{202B}עברית\u{202C} fin.")
  }

  @Test func combiningMarksAndEmojiSequences() {
    let inputs = [
      "\u{0301}début",  // a combining mark with no base
      String(repeating: "\u{0301}", count: 5_000),
      "e" + String(repeating: "\u{0301}\u{0327}\u{0308}", count: 2_000) + " fin",
      "Z\u{0351}\u{0344}\u{0300}a\u{036B}\u{0353}l\u{0346}g\u{0357}o t\u{0361}ext",
      "Cafe\u{0301} de\u{0301}ja\u{0300} n\u{0303}",
      "👨‍👩‍👧‍👦 👩🏽‍💻 🏳️‍🌈 🇫🇷🇬🇧 🏴󠁧󠁢󠁥󠁮󠁧󠁿 1️⃣ #️⃣ ❤️ ☺︎",
      String(repeating: "🇫", count: 1_001),  // unpaired regional indicators
      String(repeating: "\u{200D}", count: 1_000) + "👍" + String(repeating: "\u{200D}", count: 1_000),
      String(repeating: "👍🏽\u{200D}", count: 3_000),
      String(repeating: "\u{FE0F}", count: 2_000) + "a",
      String(repeating: "🏴󠁧󠁢󠁳󠁣󠁴󠁿", count: 1_000),
      "Le président 🇫🇷 a dit « 👍 ».\n\nThe CEO 👨‍💼 said: “ok”.",
    ]
    for text in inputs { HardInputInvariants.checkAllLanguages(text) }
  }

  @Test func crlfAndCRLineEnds() {
    let lf = "Titre\n\nPremier paragraphe. Il continue.\nDeuxième ligne.\n\nFin.\n"
    let crlf = lf.replacingOccurrences("\n", with: "\r\n")
    let cr = lf.replacingOccurrences("\n", with: "\r")
    for text in [lf, crlf, cr, "a\r\r\r\rb", "\r", "\r\n", String(repeating: "\r\n", count: 10_000), "x\r\ny\n\rz\u{85}w\u{0B}v\u{0C}u"] {
      HardInputInvariants.checkAllLanguages(text)
    }
    let paragraphs = [lf, crlf, cr].map { TestSupport.analyzer.analyze($0, language: .french).paragraphs.count }
    #expect(paragraphs[0] == paragraphs[1])
    #expect(paragraphs[0] == paragraphs[2])
    let sentences = [lf, crlf, cr].map { TestSupport.analyzer.analyze($0, language: .french).sentences.count }
    #expect(sentences[0] == sentences[1] && sentences[0] == sentences[2])
  }

  @Test func mixedScripts() {
    let inputs = [
      "Paris Париж Παρίσι باريس פריז 巴黎 パリ 파리 ปารีส पेरिस",
      "L'ONU a dit : « Москва » et 北京 ont signé l'accord de 2024 (٢٠٢٤).",
      "abcабвαβγ漢字かなカナ한글",  // scripts glued without spaces
      "Le prix est de ١٢٣٫٤٥ € ou ১২৩ ৳ ou ૧૨૩.",
      "\u{202E}droite à gauche\u{202C} puis مرحبا بالعالم 123 et עברית.",
      "ﬁn ﬂeur Ⅻ ㎞ ½ ² ℌ 𝔄𝔅 𝟘𝟙",
    ]
    for text in inputs { HardInputInvariants.checkAllLanguages(text) }
  }
}

extension String {
  /// `self` with every `target` replaced (no Foundation in the test target's
  /// library half).
  fileprivate func replacingOccurrences(_ target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
