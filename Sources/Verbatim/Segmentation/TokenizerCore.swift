/// The tokenizer's engine: ICU word break over UTF-8, then the language rules
/// of ``TokenizationRules`` applied to the resulting pieces.
///
/// It works on a byte buffer and integer offsets only; the public
/// ``Tokenizer`` and the ``Analyzer`` wrap it.
struct TokenizerCore: Sendable {
  let rules: TokenizationRules
  let language: Language
  private let pool: BreakIteratorPool

  init(language: Language) throws(VerbatimError) {
    self.language = language == .english ? .english : .french
    self.rules = TokenizationRules.forLanguage(self.language)
    // Word break rules are the same for every locale in ICU 72; the pool is
    // shared so each language does not open its own prototype.
    self.pool = try SharedBreakIterators.word()
  }

  /// Appends the tokens of `bytes[range]` to `tokens`.
  func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, into tokens: inout [RawToken]) {
    guard !range.isEmpty else { return }
    var pieces: [Piece] = []
    pieces.reserveCapacity(range.count / 4)
    collectPieces(bytes, range: range, into: &pieces)
    var refined: [Piece] = []
    refined.reserveCapacity(pieces.count + pieces.count / 8)
    splitPieces(bytes, pieces, into: &refined)
    mergePieces(bytes, refined, paragraphEnd: range.upperBound, into: &tokens)
  }

  // MARK: - ICU pieces

  /// ICU word segments without white space, with URLs and the like whole.
  /// With `latin` false, ICU cuts every segment (``WordSegments``; the
  /// tests compare the two).
  func collectPieces(
    _ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, latin: Bool = true, into pieces: inout [Piece]
  ) {
    let specials = SpecialSpanScanner.spans(in: bytes, range: range)
    var special = 0
    pool.withIterator { iterator in
      WordSegments.forEach(bytes, range, iterator: iterator, latin: latin) { start, end, status, plain in
        var start = start
        // Special spans replace the ICU segments they cover.
        while special < specials.count && start < end {
          let span = specials[special]
          if span.end <= start {
            special += 1
            continue
          }
          if span.start >= end { break }
          if start < span.start {
            addSegment(bytes, start, span.start, status, into: &pieces)
          }
          if pieces.last.map({ $0.start != span.start }) ?? true {
            let cls: Piece.Class =
              switch span.kind {
              case .url: .url
              case .email: .email
              case .hashtag: .hashtag
              default: .mention
              }
            pieces.append(Piece(span.start, span.end, cls, locked: true))
          }
          start = min(end, span.end)
          if span.end <= end { special += 1 }
        }
        if start < end {
          if plain {
            pieces.append(Piece(start, end, classify(bytes, start, end, status)))
          } else {
            addSegment(bytes, start, end, status, into: &pieces)
          }
        }
      }
    }
  }

  /// Adds one ICU segment, split at any white space inside it (U+202F is
  /// ICU `ExtendNumLet`, so `«\u{202F}Bonjour` arrives as one segment).
  private func addSegment(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ status: Int32,
    into pieces: inout [Piece]
  ) {
    var index = start
    var runStart = -1
    while index < end {
      let byte = bytes[index]
      let length: Int
      let space: Bool
      if byte < 0x80 {
        length = 1
        space = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
      } else {
        let (scalar, scalarLength) = UTF8Scanning.decode(bytes, at: index)
        length = scalarLength
        space = UTF8Scanning.isSpace(scalar)
      }
      if space {
        if runStart >= 0 {
          pieces.append(Piece(runStart, index, classify(bytes, runStart, index, status)))
          runStart = -1
        }
      } else if runStart < 0 {
        runStart = index
      }
      index += length
    }
    if runStart >= 0 {
      pieces.append(Piece(runStart, end, classify(bytes, runStart, end, status)))
    }
  }

  /// The class of a piece from ICU's rule status and its first scalar.
  private func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ status: Int32) -> Piece.Class {
    let first = bytes[start]
    if first >= 0x30 && first <= 0x39 { return .number }
    if status >= 200 { return .word }
    if status >= 100 { return .number }
    if first < 0x80 {
      if (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A { return .word }
      switch first {
      case 0x24, 0x25, 0x26, 0x2B, 0x3C...0x3E, 0x5E, 0x60, 0x7C, 0x7E: return .symbol
      default: return .punctuation
      }
    }
    let (scalar, length) = UTF8Scanning.decode(bytes, at: start)
    let properties = scalar.properties
    if scalar.isLetter { return .word }
    if scalar.value >= 0x1F1E6 && scalar.value <= 0x1F1FF { return .emoji }
    if properties.isEmojiPresentation { return .emoji }
    if properties.isEmoji && scalar.value >= 0x2000 { return .emoji }
    if properties.isEmoji && start + length < end && bytes[start + length] == 0xEF {
      return .emoji  // followed by VS16 (EF B8 8F)
    }
    // Units and signs that Unicode files under punctuation: ‰ ‱ § ° †.
    switch scalar.value {
    case 0x2030, 0x2031, 0xA7, 0xB0: return .symbol
    default: break
    }
    switch properties.generalCategory {
    case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return .symbol
    case .decimalNumber, .letterNumber, .otherNumber: return .number
    default: return .punctuation
    }
  }
}

/// Break-iterator prototypes shared by every tokenizer and segmenter.
enum SharedBreakIterators {
  private static let wordPool: Result<BreakIteratorPool, VerbatimError> = Result { () throws(VerbatimError) in
    try BreakIteratorPool(kind: .word, locale: "en@ss=standard")
  }
  private static let frenchSentencePool: Result<BreakIteratorPool, VerbatimError> = Result { () throws(VerbatimError) in
    try BreakIteratorPool(kind: .sentence, locale: "fr")
  }
  private static let englishSentencePool: Result<BreakIteratorPool, VerbatimError> = Result { () throws(VerbatimError) in
    try BreakIteratorPool(kind: .sentence, locale: "en@ss=standard")
  }

  static func word() throws(VerbatimError) -> BreakIteratorPool { try wordPool.get() }

  static func sentence(_ language: Language) throws(VerbatimError) -> BreakIteratorPool {
    try (language == .english ? englishSentencePool : frenchSentencePool).get()
  }
}
