import Testing
@testable import Verbatim

/// Invariants that must hold on any input.
@Suite struct SegmentationPropertyTests {
  /// Tokens are ordered, inside the text, never white space, and the gaps
  /// between them are white space only; offsets agree with the UTF-8 ranges.
  static func checkInvariants(_ text: String, _ analysis: Analysis) {
    let scalars = Array(text.unicodeScalars)
    let utf8 = Array(text.utf8)
    var previousEnd = 0
    var previousUTF8End = 0
    for token in analysis.tokens {
      #expect(token.start >= previousEnd && token.start < token.end && token.end <= scalars.count)
      #expect(token.utf8Range.lowerBound >= previousUTF8End && token.utf8Range.upperBound <= utf8.count)
      let gap = scalars[previousEnd..<token.start]
      #expect(gap.allSatisfy { UTF8Scanning.isSpace($0) }, "gap \(gap.map { String($0.value, radix: 16) })")
      let covered = String(String.UnicodeScalarView(scalars[token.start..<token.end]))
      #expect(covered == String(analysis.text(of: token)))
      #expect(!covered.unicodeScalars.allSatisfy { UTF8Scanning.isSpace($0) })
      #expect(!covered.unicodeScalars.contains { $0 == "\n" })
      previousEnd = token.end
      previousUTF8End = token.utf8Range.upperBound
    }
    #expect(scalars[previousEnd...].allSatisfy { UTF8Scanning.isSpace($0) })
    // Sentences cover whole tokens, in order, inside paragraphs.
    var sentenceEnd = 0
    for sentence in analysis.sentences {
      #expect(sentence.start >= sentenceEnd && sentence.start < sentence.end)
      #expect(analysis.tokens[sentence.tokenIndices.lowerBound].start == sentence.start)
      #expect(analysis.tokens[sentence.tokenIndices.upperBound - 1].end == sentence.end)
      sentenceEnd = sentence.end
    }
    for paragraph in analysis.paragraphs {
      #expect(paragraph.start < paragraph.end && paragraph.end <= scalars.count)
    }
  }

  @Test(arguments: 0..<40)
  func randomTextKeepsInvariants(seed: Int) {
    var random = SeededGenerator(seed: UInt64(seed) &* 7919 &+ 17)
    let text = TestSupport.randomText(&random, pieces: 20 + seed * 5)
    for language: Language? in [nil, .french, .english] {
      Self.checkInvariants(text, TestSupport.analyzer.analyze(text, language: language))
    }
  }

  @Test func seedsKeepInvariants() throws {
    for (_, text) in try TestSupport.seeds() {
      Self.checkInvariants(text, TestSupport.analyzer.analyze(text))
    }
  }

  @Test func hostileInputsTerminateAndKeepInvariants() {
    let inputs = [
      String(repeating: "«", count: 10_000) + String(repeating: "\"", count: 10_001),
      String(repeating: "a-", count: 5_000),
      String(repeating: "l'", count: 5_000),
      String(repeating: ".", count: 20_000),
      String(repeating: "M. ", count: 3_000),
      String(repeating: "1 000 ", count: 3_000),
      String(repeating: "\u{0301}", count: 2_000),
      String(repeating: "👨‍👩‍👧", count: 1_000),
      "\r\n\r\nTitre\r\rTexte.\u{2028}Suite\u{2029}Fin",
      "\u{0000}\u{0001}\u{001F}\u{007F} x \u{200E}\u{202E}abc\u{202C}",
    ]
    for text in inputs {
      Self.checkInvariants(text, TestSupport.analyzer.analyze(text))
    }
  }
}
