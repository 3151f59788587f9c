/// The result of analyzing one document: its paragraphs, sentences and
/// tokens, with their languages. The caller's text is kept untouched; every
/// element refers to it by offsets (see ``TextSpan``).
public struct Analysis: Sendable {
  /// The analyzed text, exactly as given.
  public let text: String
  /// The document's language: the majority of its paragraphs' evidence, or
  /// the language the caller fixed.
  public var language: LanguageGuess
  /// The paragraphs, in order.
  public var paragraphs: [Paragraph]
  /// The sentences, in order; each lies inside one paragraph.
  public var sentences: [Sentence]
  /// The tokens, in order; each lies inside one sentence.
  public var tokens: [Token]
  /// The named-entity mentions, in order (empty when the analyzer was built
  /// without entity recognition).
  public var entities: [Entity] = []
  /// The quoted and reported statements, in order (empty when the analyzer
  /// was built without quote extraction).
  public var quotes: [Quote] = []

  /// Creates an analysis (the ``Analyzer`` does this).
  public init(
    text: String, language: LanguageGuess, paragraphs: [Paragraph], sentences: [Sentence],
    tokens: [Token]
  ) {
    self.text = text
    self.language = language
    self.paragraphs = paragraphs
    self.sentences = sentences
    self.tokens = tokens
  }

  /// The text a span covers.
  public func text(of span: some TextSpan) -> Substring { span.text(in: text) }
}
