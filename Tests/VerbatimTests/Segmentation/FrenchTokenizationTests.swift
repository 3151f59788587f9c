import Testing
@testable import Verbatim

@Suite struct FrenchTokenizationTests {
  private func tokens(_ text: String) -> [String] { TestSupport.tokens(text, TestSupport.french) }

  @Test(arguments: ["l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'"])
  func splitsElisionsWithBothApostrophes(_ elided: String) {
    for apostrophe in ["'", "’"] {
      let word = elided.replacingOccurrences(of: "'", with: apostrophe)
      #expect(tokens("\(word)AFP arrive") == [word, "AFP", "arrive"])
      let capitalized = word.prefix(1).uppercased() + word.dropFirst()
      #expect(tokens("\(capitalized)été") == [capitalized, "été"])
    }
  }

  @Test(arguments: ["aujourd'hui", "aujourd’hui", "quelqu'un", "quelqu’un", "presqu'île", "c'est-à-dire", "Aujourd'hui"])
  func keepsLexicalizedApostrophesWhole(_ word: String) {
    #expect(tokens("\(word) encore") == [word, "encore"])
  }

  @Test(arguments: ["peut-être", "États-Unis", "start-up", "Jean-Pierre", "Île-de-France", "rendez-vous", "Sainte-Anne-d'Auray"])
  func keepsCompoundsWhole(_ word: String) {
    #expect(tokens("les \(word) ici") == ["les", word, "ici"])
  }

  @Test func splitsInversions() {
    #expect(tokens("a-t-il ajouté") == ["a", "-t-il", "ajouté"])
    #expect(tokens("dit-elle.") == ["dit", "-elle", "."])
    #expect(tokens("Est-ce vrai ?") == ["Est", "-ce", "vrai", "?"])
    #expect(tokens("Que pensez-vous") == ["Que", "pensez", "-vous"])
    #expect(tokens("ajoute-t-on") == ["ajoute", "-t-on"])
    #expect(tokens("Puis-je entrer") == ["Puis", "-je", "entrer"])
    // A shouted headline splits; a Title Case compound is a name and stays whole.
    #expect(tokens("DIT-ELLE") == ["DIT", "-ELLE"])
    #expect(tokens("Dit-Elle Jean-Il") == ["Dit-Elle", "Jean-Il"])
  }

  @Test func keepsNumbersWhole() {
    #expect(tokens("4,4 milliards de dollars") == ["4,4", "milliards", "de", "dollars"])
    #expect(tokens("20 000 emplois") == ["20 000", "emplois"])
    #expect(tokens("20\u{00A0}000 emplois") == ["20\u{00A0}000", "emplois"])
    #expect(tokens("20\u{202F}000 emplois") == ["20\u{202F}000", "emplois"])
    #expect(tokens("1 000 000,50 €") == ["1 000 000,50", "€"])
    #expect(tokens("en 2019 300 personnes") == ["en", "2019", "300", "personnes"])
  }

  @Test func percentagesOrdinalsTimes() {
    #expect(tokens("12,5 % des voix") == ["12,5", "%", "des", "voix"])
    #expect(tokens("12,5% des voix") == ["12,5", "%", "des", "voix"])
    #expect(tokens("le 1er mai, le XXIe siècle, la 2e fois") == ["le", "1er", "mai", ",", "le", "XXIe", "siècle", ",", "la", "2e", "fois"])
    // UD French splits hours and units; colon times stay whole.
    #expect(tokens("à 14h30") == ["à", "14", "h", "30"])
    #expect(tokens("à 14:30") == ["à", "14:30"])
    #expect(tokens("160km") == ["160", "km"])
    #expect(tokens("-0,8 point") == ["-0,8", "point"])
    #expect(tokens("son n°2 et le N° 5, à 25 °C") == ["son", "n°", "2", "et", "le", "N°", "5", ",", "à", "25", "°C"])
  }

  @Test func abbreviations() {
    #expect(tokens("M. Smith et Mme Dupont") == ["M.", "Smith", "et", "Mme", "Dupont"])
    #expect(tokens("Dr Martin, Mme. Dubois") == ["Dr", "Martin", ",", "Mme.", "Dubois"])
    #expect(tokens("des pommes, etc. La suite") == ["des", "pommes", ",", "etc.", "La", "suite"])
    #expect(tokens("né en 52 av. J.-C. à Rome") == ["né", "en", "52", "av.", "J.-C.", "à", "Rome"])
    #expect(tokens("la S.N.C.F. annonce") == ["la", "S.N.C.F.", "annonce"])
    #expect(tokens("J. K. Rowling") == ["J.", "K.", "Rowling"])
    #expect(tokens("le plan B.") == ["le", "plan", "B", "."])
  }

  @Test func ellipses() {
    #expect(tokens("Donc... rien…") == ["Donc", "...", "rien", "…"])
    #expect(tokens("Quoi ?! Non !!!") == ["Quoi", "?!", "Non", "!!!"])
  }

  @Test func guillemetsWithNarrowNoBreakSpaces() {
    let text = "«\u{202F}Nous ne vendons pas\u{202F}», a-t-il dit\u{202F}: oui\u{202F}!"
    #expect(tokens(text) == ["«", "Nous", "ne", "vendons", "pas", "»", ",", "a", "-t-il", "dit", ":", "oui", "!"])
  }
}
