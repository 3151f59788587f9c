/// A candidate token between ICU word break and the language rules: a byte
/// range and a coarse class. Offsets are UTF-8 offsets in the document.
struct Piece: Sendable {
  enum Class: UInt8, Sendable {
    case word, number, punctuation, symbol, emoji, url, email, hashtag, mention
  }

  var start: Int
  var end: Int
  var cls: Class
  /// Set when a rule decided this piece's extent: later merges leave it alone.
  var locked = false

  init(_ start: Int, _ end: Int, _ cls: Class, locked: Bool = false) {
    self.start = start
    self.end = end
    self.cls = cls
    self.locked = locked
  }

  var count: Int { end - start }

  var isWordLike: Bool { cls == .word || cls == .number }

  var tokenKind: TokenKind {
    switch cls {
    case .word: .word
    case .number: .number
    case .punctuation: .punctuation
    case .symbol: .symbol
    case .emoji: .emoji
    case .url: .url
    case .email: .email
    case .hashtag: .hashtag
    case .mention: .mention
    }
  }
}

/// A token produced by the tokenizer, before code-point offsets are known.
struct RawToken: Sendable {
  var start: Int
  var end: Int
  var kind: TokenKind
}
