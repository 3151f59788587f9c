import Testing
@testable import Verbatim

/// Hostile inputs for the quote layer: no crash, nothing swallowed, spans
/// inside the text. (Linear time is measured in the benchmark target; these
/// inputs would take minutes with a quadratic pass.)
@Suite struct QuoteAdversarialTests {
  /// Tokens and sentences only (the entity layer is not what these inputs
  /// test), then the quote layer.
  private static let segmenter = try! Analyzer(entities: false, quotes: false)
  private static let extractor = QuoteExtractor()

  private func analyze(_ text: String) -> Analysis {
    var analysis = Self.segmenter.analyze(text, language: .french)
    analysis.quotes = Self.extractor.quotes(in: analysis)
    return analysis
  }

  private func checkSpans(_ analysis: Analysis) {
    let length = analysis.text.unicodeScalars.count
    for quote in analysis.quotes {
      #expect(0 <= quote.start && quote.start < quote.end && quote.end <= length)
      if let speaker = quote.speaker { #expect(0 <= speaker.start && speaker.end <= length) }
    }
  }

  @Test func hundredThousandUnbalancedMarks() {
    for mark in ["«", "»", "\"", "“", "”", "‘"] {
      let text = String(repeating: "\(mark) mot ", count: 100_000)
      let analysis = analyze(text)
      checkSpans(analysis)
      #expect(analysis.quotes.count <= 100_000)
    }
  }

  @Test func aQuoteMarkInEveryWord() {
    let text = (0..<50_000).map { $0 % 3 == 0 ? "«mot" : $0 % 3 == 1 ? "mot»" : "\"mot" }.joined(separator: " ")
    let analysis = analyze(text)
    checkSpans(analysis)
  }

  @Test func aOneMegabyteQuote() {
    let body = String(repeating: "nous ne vendrons pas cette technologie aux services de police ", count: 16_500)
    let text = "Brad Smith a déclaré : « \(body)»."
    #expect(text.utf8.count > 1_000_000)
    let analysis = analyze(text)
    checkSpans(analysis)
    let quote = try! #require(analysis.quotes.first { $0.kind == .direct })
    #expect(quote.length > 1_000_000 - 100)
    #expect(try! #require(quote.speaker).start == 0)
  }

  @Test func textEndingWithACommaAfterAnEnglishClause() {
    // Regression: the closing-clause check after a trailing attribution read
    // the token after a comma that ended the document (a crash on `x, a b c d,`).
    for text in ["x, a b c d,", "The plan failed, he said,", "It is over, officials said Friday, as", ","] {
      var analysis = Self.segmenter.analyze(text, language: .english)
      analysis.quotes = Self.extractor.quotes(in: analysis)
      checkSpans(analysis)
    }
  }

  @Test func nestedMixedMarks() {
    let text = "« Il a dit “elle a crié ‘non’ puis « jamais » et ‹ encore › ” avant de partir », raconte Marie Dupont."
    let analysis = analyze(text)
    checkSpans(analysis)
    #expect(analysis.quotes.count == 1)
    #expect(analysis.quotes.first.map { analysis.text(of: $0).hasSuffix("avant de partir") } == true)
  }

  @Test func unclosedMarkDoesNotSwallowLaterParagraphs() {
    var paragraphs = ["« Une citation jamais fermée qui continue encore un peu."]
    paragraphs += (0..<200).map { "Paragraphe \($0) sans rien de cité." }
    paragraphs.append("« Une vraie citation », a dit Marie Dupont.")
    let analysis = analyze(paragraphs.joined(separator: "\n\n"))
    checkSpans(analysis)
    #expect(analysis.quotes.contains { analysis.text(of: $0) == "Une vraie citation" && $0.isClosed })
    #expect(analysis.quotes.allSatisfy { !analysis.text(of: $0).contains("Paragraphe 3 ") })
  }
}

/// Random soups of the words and marks the quote patterns read: whatever
/// their order, no trap, every span inside the text and its UTF-8 range the
/// same characters as its code-point offsets (the fuzzer found a speaker
/// starting with `-t-il` whose two disagreed).
@Suite struct QuotePatternSoupTests {
  private static let vocabulary = [
    "«", "»", "\"", "“", "”", "‘", "’", "''", ",", ".", ":", "–", "(", ")", "[", "](#)", "\n\n", "selon", "Selon",
    "according", "to", "a", "déclaré", "a-t-il", "dit-elle", "-t-il", "ajouté", "said", "says", "told", "he", "she",
    "il", "elle", "que", "qu'", "that", "Brad", "Smith", "Microsoft", "le", "président", "de", "the", "spokesman",
    "n'a", "pas", "not", "did", "en", "faisant", "remarquer", "Redmond", "à", "réguler", "mot", "called", "Mr.",
    "répond-elle", "estime-t-il", "Jean", "Dupont", "experts", "sources", "d'après", "les", "démissionnaires", "one",
    "Friday", "who", "qui", "été", "œuvre",
  ]

  @Test(arguments: 0..<8) func randomSoups(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let analyzer = QuoteTestSupport.analyzer
    for _ in 0..<120 {
      let count = Int.random(in: 1...160, using: &generator)
      let words = (0..<count).map { _ in Self.vocabulary.randomElement(using: &generator)! }
      let text = words.joined(separator: Bool.random(using: &generator) ? " " : "")
      let analysis = analyzer.analyze(text, language: Bool.random(using: &generator) ? .french : .english)
      // The UTF-8 offset of each code-point offset, and of the end.
      var utf8: [Int] = [0]
      for scalar in text.unicodeScalars { utf8.append(utf8.last! + UTF8.width(scalar)) }
      func check(_ span: some TextSpan, empty: Bool = false) {
        #expect(0 <= span.start && (empty ? span.start <= span.end : span.start < span.end) && span.end < utf8.count)
        if 0 <= span.start && span.start <= span.end && span.end < utf8.count {
          #expect(span.utf8Range == utf8[span.start]..<utf8[span.end], "\(span.start)..<\(span.end) in \(text)")
        }
      }
      for quote in analysis.quotes {
        check(quote, empty: true)
        if let speaker = quote.speaker { check(speaker) }
        if let cue = quote.cue { check(cue) }
      }
    }
  }
}
