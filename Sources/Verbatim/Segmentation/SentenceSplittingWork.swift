/// Sentence splitting alone, for the benchmark target (`@_spi(Benchmarks)`,
/// not part of the public API): a text's paragraphs and tokens are made
/// once, then ``run()`` does only what the sentence splitter does in
/// `analyze` — ICU sentence break and the repairs — over every paragraph.
@_spi(Benchmarks)
public struct SentenceSplittingWork: Sendable {
  private let splitter: SentenceSplitter
  private let utf8: [UInt8]
  private let blocks: [ParagraphSplitter.Block]
  private let tokens: [RawToken]
  private let tokenRanges: [Range<Int>]

  /// Splits `text` into paragraphs and tokens with the rules of `language`.
  /// - Throws: ``VerbatimError`` with code `.icu` if ICU cannot open an iterator.
  public init(text: String, language: Language) throws(VerbatimError) {
    splitter = try SentenceSplitter(language: language)
    let tokenizer = try TokenizerCore(language: language)
    utf8 = Array(text.utf8)
    var blocks: [ParagraphSplitter.Block] = []
    var tokens: [RawToken] = []
    var tokenRanges: [Range<Int>] = []
    utf8.withUnsafeBufferPointer { bytes in
      blocks = ParagraphSplitter.paragraphs(in: bytes)
      for block in blocks {
        let first = tokens.count
        tokenizer.tokenize(bytes, range: block.range, into: &tokens)
        tokenRanges.append(first..<tokens.count)
      }
    }
    self.blocks = blocks
    self.tokens = tokens
    self.tokenRanges = tokenRanges
  }

  /// The number of tokens the text holds (for a tokens-per-second figure).
  public var tokenCount: Int { tokens.count }

  /// Splits every paragraph into sentences and returns how many there are.
  public func run() -> Int {
    var sentences: [Range<Int>] = []
    sentences.reserveCapacity(tokens.count / 8)
    utf8.withUnsafeBufferPointer { bytes in
      for (block, range) in zip(blocks, tokenRanges) {
        splitter.sentences(bytes, paragraph: block, tokens: tokens, tokenRange: range, into: &sentences)
      }
    }
    return sentences.count
  }
}
