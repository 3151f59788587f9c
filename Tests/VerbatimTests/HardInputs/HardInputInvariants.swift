import Testing
@testable import Verbatim

/// The invariants every analysis keeps, whatever the input: tokens and the
/// gaps between them rebuild the text exactly, the gaps are white space,
/// every offset is inside the text and agrees with its UTF-8 range,
/// sentences and paragraphs are ordered, inside the text, and each sentence
/// lies in one paragraph.
enum HardInputInvariants {
  static func check(_ text: String, _ analysis: Analysis, sourceLocation: SourceLocation = #_sourceLocation) {
    let scalars = Array(text.unicodeScalars)
    let utf8Count = text.utf8.count
    // UTF-8 offset of each scalar offset, to check the two coordinate systems agree.
    var utf8Offsets: [Int] = []
    utf8Offsets.reserveCapacity(scalars.count + 1)
    var offset = 0
    for scalar in scalars {
      utf8Offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    utf8Offsets.append(offset)

    var rebuilt = String.UnicodeScalarView()
    var previousEnd = 0
    var problems = 0
    func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
      guard !condition else { return }
      problems += 1
      if problems <= 5 { Issue.record(Comment(rawValue: message()), sourceLocation: sourceLocation) }
    }
    for (index, token) in analysis.tokens.enumerated() {
      expect(
        token.start >= previousEnd && token.start < token.end && token.end <= scalars.count,
        "token \(index) \(token.start)..<\(token.end) after \(previousEnd) in \(scalars.count)")
      guard token.start >= previousEnd && token.start < token.end && token.end <= scalars.count else { return }
      expect(
        token.utf8Range == utf8Offsets[token.start]..<utf8Offsets[token.end],
        "token \(index): UTF-8 range \(token.utf8Range) for scalars \(token.start)..<\(token.end)")
      let gap = scalars[previousEnd..<token.start]
      expect(
        gap.allSatisfy { UTF8Scanning.isSpace($0) },
        "gap before token \(index): \(gap.prefix(8).map { String($0.value, radix: 16) })")
      rebuilt.append(contentsOf: gap)
      rebuilt.append(contentsOf: scalars[token.start..<token.end])
      previousEnd = token.end
    }
    let tail = scalars[previousEnd...]
    expect(tail.allSatisfy { UTF8Scanning.isSpace($0) }, "text after the last token is not white space")
    rebuilt.append(contentsOf: tail)
    expect(String(rebuilt) == text, "tokens and gaps do not rebuild the text")
    expect(offset == utf8Count, "UTF-8 count")

    var sentenceEnd = 0
    for (index, sentence) in analysis.sentences.enumerated() {
      expect(
        sentence.start >= sentenceEnd && sentence.start < sentence.end && sentence.end <= scalars.count,
        "sentence \(index) \(sentence.start)..<\(sentence.end) after \(sentenceEnd)")
      expect(
        !sentence.tokenIndices.isEmpty && sentence.tokenIndices.upperBound <= analysis.tokens.count,
        "sentence \(index) tokens \(sentence.tokenIndices)")
      guard !sentence.tokenIndices.isEmpty, sentence.tokenIndices.upperBound <= analysis.tokens.count else { continue }
      expect(analysis.tokens[sentence.tokenIndices.lowerBound].start == sentence.start, "sentence \(index) start")
      expect(analysis.tokens[sentence.tokenIndices.upperBound - 1].end == sentence.end, "sentence \(index) end")
      sentenceEnd = sentence.end
    }
    var paragraphEnd = 0
    var sentencesSeen = 0
    for (index, paragraph) in analysis.paragraphs.enumerated() {
      expect(
        paragraph.start >= paragraphEnd && paragraph.start < paragraph.end && paragraph.end <= scalars.count,
        "paragraph \(index) \(paragraph.start)..<\(paragraph.end) after \(paragraphEnd)")
      expect(paragraph.sentenceIndices.lowerBound == sentencesSeen, "paragraph \(index) sentences \(paragraph.sentenceIndices)")
      for sentence in analysis.sentences[paragraph.sentenceIndices] {
        expect(sentence.start >= paragraph.start && sentence.end <= paragraph.end, "sentence outside paragraph \(index)")
      }
      sentencesSeen = paragraph.sentenceIndices.upperBound
      paragraphEnd = paragraph.end
    }
    expect(sentencesSeen == analysis.sentences.count, "sentences outside every paragraph")
  }

  /// Checks the invariants with the language identified and fixed to each language.
  static func checkAllLanguages(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    for language: Language? in [nil, .french, .english] {
      check(text, TestSupport.analyzer.analyze(text, language: language), sourceLocation: sourceLocation)
    }
  }
}
