/// Splits text into tokens with the rules of one language (see
/// ``TokenizationRules`` for what they are): ICU word break, then French
/// elisions and inversions or English contractions, compounds,
/// abbreviations, numbers, URLs, e-mails, handles, hashtags and emoji.
///
/// A tokenizer is an immutable value: build it once and use it from any
/// number of threads.
public struct Tokenizer: Sendable {
  let core: TokenizerCore

  /// The language whose rules apply (`fr` or `en`; anything else uses `en`).
  public var language: Language { core.language }

  /// Creates a tokenizer for `language`.
  /// - Throws: ``VerbatimError`` with code `.icu` if ICU cannot open a word-break iterator.
  public init(language: Language) throws(VerbatimError) {
    core = try TokenizerCore(language: language)
  }

  /// The tokens of `text`, which is treated as a single paragraph.
  public func tokens(in text: String) -> [Token] {
    var text = text
    return text.withUTF8 { bytes in
      var raw: [RawToken] = []
      raw.reserveCapacity(bytes.count / 4 + 4)
      core.tokenize(bytes, range: 0..<bytes.count, into: &raw)
      return Token.make(from: raw, bytes: bytes)
    }
  }
}

extension Token {
  /// Public tokens from raw ones: code-point offsets and norms.
  static func make(from raw: [RawToken], bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
    var counter = UTF8Scanning.ScalarOffsetCounter(bytes)
    var tokens: [Token] = []
    tokens.reserveCapacity(raw.count)
    for token in raw {
      let start = counter.scalarOffset(at: token.start)
      let end = counter.scalarOffset(at: token.end)
      tokens.append(
        Token(
          start: start, end: end, utf8Range: token.start..<token.end, kind: token.kind,
          norm: TokenNorm.norm(bytes, token.start..<token.end)))
    }
    return tokens
  }
}
