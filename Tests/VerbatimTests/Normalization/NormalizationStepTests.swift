import Testing
@testable import Verbatim

@Suite struct NormalizationStepsParsingTests {
  @Test func parsesCommandLineNames() throws {
    let steps = try NormalizationSteps(names: "nfc, typography,CaseFold")
    #expect(steps == [.nfc, .typography, .caseFold])
    #expect(steps.names == ["nfc", "typography", "casefold"])
    #expect(try NormalizationSteps(names: "all") == .all)
    #expect(try NormalizationSteps(names: "") == [])
    #expect(NormalizationSteps.all.names.count == 8)
  }

  @Test func rejectsUnknownNamesByName() {
    do {
      _ = try NormalizationSteps(names: "nfc,lowercase")
      Issue.record("expected an error")
    } catch {
      #expect(error.code == .invalidArgument)
      #expect(error.message.contains("'lowercase'"))
    }
  }
}

@Suite struct NormalizationStepTests {
  @Test(arguments: [
    ("Isra\u{65}\u{308}l", "Israël"),  // French: decomposed ë
    ("E\u{301}tats-Unis", "États-Unis"),
    ("cafe\u{301} latte", "café latte"),  // English with a French loan
    ("plain ASCII text", "plain ASCII text"),
    ("ﬁnance ²", "ﬁnance ²"),  // NFC keeps compatibility characters
  ])
  func nfc(input: String, expected: String) {
    let result = Normalizer(steps: .nfc).normalize(input)
    #expect(result.text.unicodeScalars.elementsEqual(expected.unicodeScalars))
    #expect(mapViolations(result).isEmpty)
  }

  @Test func nfcMapIsPerCharacter() {
    let result = Normalizer(steps: .nfc).normalize("Isra\u{65}\u{308}l et E\u{301}tats")
    #expect(result.text == "Israël et États")
    #expect(result.changes.map(\.originalScalarRange) == [4..<6, 11..<13])
    #expect(result.changes.map(\.normalizedScalarRange) == [4..<5, 10..<11])
  }

  @Test(arguments: [
    ("ﬁnance ² ½", "finance 2 1⁄2"),  // English
    ("l’ﬂeuve au Ｍans", "l’fleuve au Mans"),  // French, fullwidth M
    ("e\u{301}te\u{301}", "été"),
  ])
  func nfkc(input: String, expected: String) {
    let result = Normalizer(steps: .nfkc).normalize(input)
    #expect(result.text.unicodeScalars.elementsEqual(expected.unicodeScalars))
    #expect(mapViolations(result).isEmpty)
  }

  @Test func nfkcLeavesTypographyItsCharactersWhenBothAreSelected() {
    #expect(normalized("l´été ″x″", [.nfkc, .typography]) == "l'été \"x\"")
    #expect(normalized("l´été", .nfkc) == "l \u{301}été")
  }

  @Test(arguments: [
    ("STRASSE", "strasse"), ("Straße", "strasse"), ("ÉTÉ", "été"), ("L’ÉTÉ À PARIS", "l’été à paris"),
    ("The QUICK Fox", "the quick fox"), ("ΣΊΣΥΦΟΣ", "σίσυφοσ"), ("already lower", "already lower"),
  ])
  func caseFold(input: String, expected: String) {
    let result = Normalizer(steps: .caseFold).normalize(input)
    #expect(result.text == expected)
    #expect(mapViolations(result).isEmpty)
  }

  @Test func caseFoldMapsEachLetter() {
    let result = Normalizer(steps: .caseFold).normalize("aÉTÉb")
    #expect(result.changes.map(\.originalScalarRange) == [1..<2, 2..<3, 3..<4])
    #expect(result.originalScalarRange(forNormalized: 2..<3) == 2..<3)
  }

  @Test(arguments: [
    ("Israël", "Israel"), ("États-Unis", "Etats-Unis"), ("cœur, Œuvre", "coeur, OEuvre"),
    ("Lætitia", "Laetitia"), ("Straße", "Strasse"), ("Øresund, Łódź", "Oresund, Lodz"),
    ("Đorđević", "Dordevic"), ("naïve façade, Zoë’s café", "naive facade, Zoe’s cafe"),
    ("Isra\u{65}\u{308}l", "Israel"), ("한국어", "한국어"), ("≠ ❤️", "≠ ❤️"), ("Ω", "Ω"),
  ])
  func accents(input: String, expected: String) {
    let result = Normalizer(steps: .accents).normalize(input)
    #expect(result.text.unicodeScalars.elementsEqual(expected.unicodeScalars))
    #expect(mapViolations(result).isEmpty)
  }

  @Test(arguments: [
    ("« Bonjour », dit-il\u{A0}: l’été…", "\" Bonjour \", dit-il : l'été..."),
    ("“Hello,” she said — it’s ‘fine’ – ok", "\"Hello,\" she said - it's 'fine' - ok"),
    ("‹ cité › „so“ ‟x” ″ ′ ‛ ´ ʼ", "' cité ' \"so\" \"x\" \" ' ' ' '"),
    ("20\u{202F}000 − 3 ‐ ‑ ‒ ―", "20 000 - 3 - - - -"),
    ("trans\u{AD}port\u{200B}ation\u{FEFF}", "transportation"),
    ("👩\u{200D}💻 ok", "👩\u{200D}💻 ok"),
    ("thin\u{2009}space\u{3000}wide", "thin space wide"),
  ])
  func typography(input: String, expected: String) {
    let result = Normalizer(steps: .typography).normalize(input)
    #expect(result.text == expected)
    #expect(mapViolations(result).isEmpty)
  }

  @Test(arguments: [
    ("  Le   chat\t dort.  ", "Le chat dort."),
    ("Titre\n\nPremier paragraphe.\n  \n\n Second.", "Titre\n\nPremier paragraphe.\n\nSecond."),
    ("one\r\ntwo \n three", "one\ntwo\nthree"),
    ("a\u{A0}\u{202F}b", "a b"),
    ("zero\u{200B}width", "zerowidth"),
    ("line\u{2028}sep", "line\nsep"),
    ("unchanged text\nhere", "unchanged text\nhere"),
  ])
  func whitespace(input: String, expected: String) {
    let result = Normalizer(steps: .whitespace).normalize(input)
    #expect(result.text == expected)
    #expect(mapViolations(result).isEmpty)
  }

  @Test(arguments: [
    ("Après IBM [qui abandonne](#) toute activité", "Après IBM qui abandonne toute activité"),
    ("See ![a chart](https://x.com/c.png) and [the report](https://x.com/r_(2020)).",
     "See a chart and the report."),
    ("[pas un lien] (x) et [ligne\ncoupée](u)", "[pas un lien] (x) et [ligne\ncoupée](u)"),
    ("Texte<img data-src=\" />suite", "Textesuite"),
    ("Un<br>deux</p><p>trois", "Un\ndeux\n\ntrois"),
    ("<a href=\"https://x.fr/?a=1&b=2\" title=\"a > b\">lien</a> ici", "lien ici"),
    ("if a < b and c > d, x<y", "if a < b and c > d, x<y"),
    ("<!-- note --><script>var x = '<p>';</script>Texte", "Texte"),
    ("&laquo;&nbsp;L&rsquo;&eacute;t&eacute;&nbsp;&raquo; &hellip;", "«\u{A0}L’été\u{A0}» …"),
    ("AT&T, R&D, Q&A &amp; &copy 2020 &notanentity; &#233; &#xE9; &#146;", "AT&T, R&D, Q&A & © 2020 &notanentity; é é ’"),
    ("Tom &amp Jerry &lt;3", "Tom & Jerry <3"),
    ("&amp;eacute; &amp;amp;", "é &"),
    ("&lt;br&gt;fin", "\nfin"),
  ])
  func markup(input: String, expected: String) {
    let result = Normalizer(steps: .markup).normalize(input)
    #expect(result.text == expected)
    #expect(mapViolations(result).isEmpty)
  }

  @Test func markupKeepsLinkTextMappedToItself() {
    let result = Normalizer(steps: .markup).normalize("Voir [le rapport](http://x.fr) ici")
    #expect(result.text == "Voir le rapport ici")
    let found = result.text.utf8.count - " ici".utf8.count - "rapport".utf8.count
    let range = result.originalUTF8Range(forNormalized: found..<found + "rapport".utf8.count)
    #expect(Array(result.original.utf8)[range].elementsEqual("rapport".utf8))
  }

  @Test(arguments: [
    ("Ã©tÃ© Ã\u{A0} Paris", "été à Paris"),
    ("Il a dit Ã¨ Ã‰cole Ã\u{A0} cÃ´tÃ©", "Il a dit è École à côté"),
    ("Itâ€™s a â€œtestâ€\u{9D} â€” ok", "It’s a “test” — ok"),
    ("ÃƒÂ©tÃƒÂ©", "été"),  // twice
    ("Ã¢â‚¬â„¢", "’"),  // twice, three bytes
    ("cÅ“ur et Å’uvre", "cœur et Œuvre"),
    ("Price: 5 â‚¬ â„¢", "Price: 5 € ™"),
    ("emoji ðŸ˜€ here", "emoji 😀 here"),
    ("ï»¿BOM", "\u{FEFF}BOM"),
    ("ÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет"),
    ("Ã\u{A9}t\u{E9} latin-1 Ã\u{89}", "été latin-1 É"),
  ])
  func mojibake(input: String, expected: String) {
    let result = Normalizer(steps: .mojibake).normalize(input)
    #expect(result.text == expected)
    #expect(mapViolations(result).isEmpty)
  }

  @Test(arguments: [
    "« C’est fermé\u{A0}», a-t-il dit. « À L’ÉTÉ\u{A0}»",
    "CAFÉ\u{A0}» et NOËL’S, l’ÎLE\u{A0}… — Ça\u{A0}!",
    "Señor Muñoz, São Paulo, SÃO PAULO, Øre, Ærø, Åland’s, Ñ’",
    "He paid £5 — that’s 10 € × 2 ± 1° (½) ©2020 ®",
    "naïve résumé “quoted” ‘single’ …",
    "Dvořák, Łódź, Erdős, İstanbul, Ελλάδα, Москва",
  ])
  func mojibakeLeavesLegitimateTextAlone(input: String) {
    #expect(normalized(input, .mojibake) == input)
  }
}
