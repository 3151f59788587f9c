/// A sentence: a run of tokens inside one paragraph.
public struct Sentence: TextSpan, Hashable {
  /// The first code point of the sentence's first token.
  public var start: Int
  /// The code point after the sentence's last token.
  public var end: Int
  /// The sentence's UTF-8 byte range.
  public var utf8Range: Range<Int>
  /// The indices of its tokens in ``Analysis/tokens``.
  public var tokenIndices: Range<Int>

  /// Creates a sentence.
  public init(start: Int, end: Int, utf8Range: Range<Int>, tokenIndices: Range<Int>) {
    self.start = start
    self.end = end
    self.utf8Range = utf8Range
    self.tokenIndices = tokenIndices
  }
}

/// A paragraph: a block of text separated from its neighbours by a blank line
/// or by a line break between blocks (a headline, a byline, a new paragraph).
public struct Paragraph: TextSpan, Hashable {
  /// The paragraph's first non-space code point.
  public var start: Int
  /// The code point after its last non-space one.
  public var end: Int
  /// The paragraph's UTF-8 byte range.
  public var utf8Range: Range<Int>
  /// The paragraph's language (its own, or the document's when it is too short to tell).
  public var language: LanguageGuess
  /// The indices of its sentences in ``Analysis/sentences``.
  public var sentenceIndices: Range<Int>

  /// Creates a paragraph.
  public init(
    start: Int, end: Int, utf8Range: Range<Int>, language: LanguageGuess,
    sentenceIndices: Range<Int>
  ) {
    self.start = start
    self.end = end
    self.utf8Range = utf8Range
    self.language = language
    self.sentenceIndices = sentenceIndices
  }
}
