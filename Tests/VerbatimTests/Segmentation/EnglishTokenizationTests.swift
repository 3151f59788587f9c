import Testing
@testable import Verbatim

@Suite struct EnglishTokenizationTests {
  private func tokens(_ text: String) -> [String] { TestSupport.tokens(text, TestSupport.english) }

  @Test func splitsClitics() {
    #expect(tokens("I don't know") == ["I", "do", "n't", "know"])
    #expect(tokens("I don’t know") == ["I", "do", "n’t", "know"])
    #expect(tokens("Microsoft's CEO") == ["Microsoft", "'s", "CEO"])
    #expect(tokens("I'm here, we'll see, they've left, you're right, he'd go") == [
      "I", "'m", "here", ",", "we", "'ll", "see", ",", "they", "'ve", "left", ",", "you", "'re", "right",
      ",", "he", "'d", "go",
    ])
    #expect(tokens("can't won't") == ["ca", "n't", "wo", "n't"])
    #expect(tokens("I cannot, gonna") == ["I", "can", "not", ",", "gon", "na"])
    #expect(tokens("the schools' rules") == ["the", "schools", "'", "rules"])
  }

  @Test func abbreviationsAndAcronyms() {
    #expect(tokens("the U.S. government") == ["the", "U.S.", "government"])
    #expect(tokens("Mr. Smith and Dr. Jones") == ["Mr.", "Smith", "and", "Dr.", "Jones"])
    #expect(tokens("at 5 p.m. today") == ["at", "5", "p.m.", "today"])
    #expect(tokens("No. 5 and no.") == ["No.", "5", "and", "no", "."])
  }

  @Test func hyphensFollowUDEnglish() {
    #expect(tokens("send an e-mail") == ["send", "an", "e-mail"])
    #expect(tokens("COVID-19 cases") == ["COVID-19", "cases"])
    #expect(tokens("a 15-year plan") == ["a", "15", "-", "year", "plan"])
    #expect(tokens("non-human re-wording") == ["non-human", "re-wording"])
    #expect(tokens("call 212-848-8400") == ["call", "212-848-8400"])
  }

  @Test func datesAndTimes() {
    #expect(tokens("on 01/24/2001 at 12:42:55") == ["on", "01/24/2001", "at", "12:42:55"])
    #expect(tokens("and/or b/c") == ["and/or", "b/c"])
  }

  @Test func emoticons() {
    #expect(tokens("great :) really :-(") == ["great", ":)", "really", ":-("])
  }
}

@Suite struct SharedTokenizationTests {
  @Test func specialSpans() {
    let text = "See https://www.lemonde.fr/a-b.html?x=1, mail jean.dupont@lemonde.fr, @AFP_fr #RGPD2024."
    let tokens = TestSupport.english.tokens(in: text)
    let pairs = tokens.map { (String($0.text(in: text)), $0.kind) }
    #expect(pairs.contains { $0 == ("https://www.lemonde.fr/a-b.html?x=1", .url) })
    #expect(pairs.contains { $0 == ("jean.dupont@lemonde.fr", .email) })
    #expect(pairs.contains { $0 == ("@AFP_fr", .mention) })
    #expect(pairs.contains { $0 == ("#RGPD2024", .hashtag) })
    #expect(pairs.last! == (".", .punctuation))
    #expect(TestSupport.tokens("(voir www.ina.fr)", TestSupport.french) == ["(", "voir", "www.ina.fr", ")"])
  }

  @Test func emojiSequencesStayWhole() {
    let text = "Bravo 👍🏽 la famille 👨‍👩‍👧 en 🇫🇷!"
    let tokens = TestSupport.french.tokens(in: text)
    let emoji = tokens.filter { $0.kind == .emoji }.map { String($0.text(in: text)) }
    #expect(emoji == ["👍🏽", "👨‍👩‍👧", "🇫🇷"])
  }

  @Test func noBreakSpacesAreNeverInsideWordTokens() {
    for space in ["\u{00A0}", "\u{202F}", "\u{2009}"] {
      let text = "«\(space)Bonjour\(space)» Quoi\(space)? 12,5\(space)%"
      let tokens = TestSupport.tokens(text, TestSupport.french)
      #expect(tokens == ["«", "Bonjour", "»", "Quoi", "?", "12,5", "%"])
    }
  }

  @Test func kindsAndNorms() {
    let text = "L’ÉTÉ 2020 : 4,4 % — « Oui »"
    let tokens = TestSupport.french.tokens(in: text)
    #expect(tokens.map(\.kind) == [.word, .word, .number, .punctuation, .number, .symbol, .punctuation, .punctuation, .word, .punctuation])
    #expect(tokens.map(\.norm) == ["l'", "été", "2020", ":", "4,4", "%", "-", "\"", "oui", "\""])
    // Norms fold marks exactly as `normalize --steps typography` does.
    let marks = "‹ ‘ › — ‐"
    let folded = Normalizer(steps: .typography).normalize(marks).text.split(separator: " ").map(String.init)
    #expect(TestSupport.french.tokens(in: marks).map(\.norm) == folded)
  }

  @Test func offsetsAreCodePoints() {
    let text = "🇫🇷 Élysée"
    let tokens = TestSupport.french.tokens(in: text)
    #expect(tokens.map { [$0.start, $0.end] } == [[0, 2], [3, 9]])
    #expect(text[tokens[1].range(in: text)] == "Élysée")
  }
}
