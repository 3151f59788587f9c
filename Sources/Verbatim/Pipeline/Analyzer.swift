/// The analysis pipeline: paragraphs, languages, tokens, sentences, named
/// entities and quotes with their speakers.
///
/// Build an analyzer once and call it from as many threads as you like: it is
/// an immutable `Sendable` value, and the ICU iterators it uses come from
/// thread-safe pools.
///
/// ```swift
/// let analyzer = try Analyzer()
/// let analysis = analyzer.analyze("« Nous ne vendons pas », a déclaré M. Smith.")
/// for token in analysis.tokens { print(analysis.text(of: token), token.kind) }
/// ```
public struct Analyzer: Sendable {
  /// The language every document is analyzed in, or nil to identify it per
  /// paragraph.
  public var language: Language?

  private let french: Engine
  private let english: Engine
  private let identifier: LanguageIdentifier
  private let recognizer: EntityRecognizer?
  private let extractor: QuoteExtractor?

  /// One language's tokenizer and sentence splitter: a class, so that
  /// choosing one per paragraph copies a reference, not their rule tables.
  private final class Engine: Sendable {
    let tokenizer: TokenizerCore
    let splitter: SentenceSplitter
    init(_ language: Language) throws(VerbatimError) {
      tokenizer = try TokenizerCore(language: language)
      splitter = try SentenceSplitter(language: language)
    }
  }

  /// Creates an analyzer.
  /// - Parameters:
  ///   - language: `fr` or `en` to fix the language of every document, nil
  ///     (the default) to identify it paragraph by paragraph.
  ///   - entities: Whether to find named entities (``Analysis/entities``).
  ///   - quotes: Whether to find quotes and their speakers
  ///     (``Analysis/quotes``); speakers are resolved against the entities,
  ///     so this finds entities too.
  ///   - gazetteer: The caller's names, which win over the entity model.
  /// - Throws: ``VerbatimError`` with code `.icu` when ICU cannot open its
  ///   break iterators, `.invalidArgument` for a language other than fr/en.
  public init(
    language: Language? = nil, entities: Bool = true, quotes: Bool = true, gazetteer: Gazetteer = Gazetteer()
  ) throws(VerbatimError) {
    try self.init(
      language: language, entities: entities, quotes: quotes, recognizer: EntityRecognizer(gazetteer: gazetteer))
  }

  /// Creates an analyzer that finds entities with a recognizer of your own
  /// (your gazetteer, your tagger models: ``EntityRecognizer/init(gazetteer:frenchModel:englishModel:)``).
  /// - Parameters:
  ///   - language: `fr` or `en` to fix the language of every document, nil
  ///     (the default) to identify it paragraph by paragraph.
  ///   - entities: Whether to find named entities (``Analysis/entities``).
  ///   - quotes: Whether to find quotes and their speakers (``Analysis/quotes``).
  ///   - recognizer: The entity recognizer, used when `entities` or `quotes` is true.
  /// - Throws: ``VerbatimError`` with code `.icu` when ICU cannot open its
  ///   break iterators, `.invalidArgument` for a language other than fr/en.
  public init(
    language: Language? = nil, entities: Bool = true, quotes: Bool = true, recognizer: EntityRecognizer
  ) throws(VerbatimError) {
    if let language, language != .french && language != .english {
      throw VerbatimError(.invalidArgument, "unsupported language '\(language)': use fr or en")
    }
    self.language = language
    french = try Engine(.french)
    english = try Engine(.english)
    identifier = LanguageIdentifier()
    self.recognizer = entities || quotes ? recognizer : nil
    extractor = quotes ? QuoteExtractor() : nil
  }

  /// Analyzes one document.
  /// - Parameters:
  ///   - text: The document. It is kept as is; offsets refer to it.
  ///   - language: Overrides the analyzer's language for this document.
  public func analyze(_ text: String, language: Language? = nil) -> Analysis {
    var copy = text
    return copy.withUTF8 { bytes in
      analyze(bytes: bytes, text: text, language: language ?? self.language)
    }
  }

  private func analyze(bytes: UnsafeBufferPointer<UInt8>, text: String, language fixed: Language?) -> Analysis {
    let blocks = ParagraphSplitter.paragraphs(in: bytes)
    // Languages: each paragraph's own evidence (from its first 1,000 letters);
    // undetermined ones (too short, no letters) take the document's.
    var guesses: [LanguageGuess] = []
    var documentLanguage: LanguageGuess
    if let fixed {
      documentLanguage = LanguageGuess(fixed, confidence: 1)
      guesses = Array(repeating: documentLanguage, count: blocks.count)
    } else {
      var evidence: [LanguageEvidence] = []
      var total = LanguageEvidence()
      for block in blocks {
        let own = identifier.evidence(
          UnsafeBufferPointer(rebasing: bytes[block.range]), letterLimit: LanguageIdentifier.paragraphLetterLimit)
        evidence.append(own)
        total = total + own
      }
      documentLanguage = total.guess
      for own in evidence {
        let guess = own.guess
        guesses.append(guess.language == .undetermined ? documentLanguage : guess)
      }
    }
    var rawTokens: [RawToken] = []
    rawTokens.reserveCapacity(bytes.count / 5)
    var sentenceRanges: [Range<Int>] = []
    var paragraphSentences: [Range<Int>] = []
    for (block, guess) in zip(blocks, guesses) {
      let engine =
        guess.language == .english
          || (guess.language == .undetermined && documentLanguage.language != .french)
        ? english : french
      let firstToken = rawTokens.count
      engine.tokenizer.tokenize(bytes, range: block.range, into: &rawTokens)
      let firstSentence = sentenceRanges.count
      engine.splitter.sentences(
        bytes, paragraph: block, tokens: rawTokens, tokenRange: firstToken..<rawTokens.count,
        into: &sentenceRanges)
      paragraphSentences.append(firstSentence..<sentenceRanges.count)
    }
    let tokens = Token.make(from: rawTokens, bytes: bytes)
    var sentences: [Sentence] = []
    sentences.reserveCapacity(sentenceRanges.count)
    for range in sentenceRanges {
      let first = tokens[range.lowerBound]
      let last = tokens[range.upperBound - 1]
      sentences.append(
        Sentence(
          start: first.start, end: last.end,
          utf8Range: first.utf8Range.lowerBound..<last.utf8Range.upperBound, tokenIndices: range))
    }
    var counter = UTF8Scanning.ScalarOffsetCounter(bytes)
    var paragraphs: [Paragraph] = []
    paragraphs.reserveCapacity(blocks.count)
    for index in blocks.indices {
      let range = blocks[index].range
      let start = counter.scalarOffset(at: range.lowerBound)
      let end = counter.scalarOffset(at: range.upperBound)
      paragraphs.append(
        Paragraph(
          start: start, end: end, utf8Range: range, language: guesses[index],
          sentenceIndices: paragraphSentences[index]))
    }
    var analysis = Analysis(
      text: text, language: documentLanguage, paragraphs: paragraphs, sentences: sentences,
      tokens: tokens)
    if let recognizer { analysis.entities = recognizer.entities(analysis, bytes) }
    if let extractor { analysis.quotes = extractor.quotes(analysis, bytes) }
    return analysis
  }
}
