/// One token: a word, a number, a punctuation mark, a URL, …
public struct Token: TextSpan, Hashable {
  /// The first code point of the token.
  public var start: Int
  /// The code point after the token.
  public var end: Int
  /// The token's UTF-8 byte range in the document.
  public var utf8Range: Range<Int>
  /// What the token is.
  public var kind: TokenKind
  /// The normalized form: NFKC, case-folded, typographic marks folded
  /// (`’` → `'`, `«` → `"`, no-break spaces → space); accents are kept.
  public var norm: String

  /// Creates a token.
  public init(start: Int, end: Int, utf8Range: Range<Int>, kind: TokenKind, norm: String) {
    self.start = start
    self.end = end
    self.utf8Range = utf8Range
    self.kind = kind
    self.norm = norm
  }
}

/// The kinds of token.
public struct TokenKind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
  /// The name used in JSON output (`word`, `number`, …).
  public var rawValue: String
  /// Creates a kind from its JSON name.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Letters, possibly with apostrophes, hyphens or digits (`États-Unis`, `COVID-19`, `l'`, `n't`).
  public static let word = TokenKind(rawValue: "word")
  /// Numbers, including decimals, grouped thousands, ordinals, times and dates (`4,4`, `20 000`, `1er`, `14h30`, `01/24/2001`).
  public static let number = TokenKind(rawValue: "number")
  /// Punctuation (`.`, `«`, `...`, `—`).
  public static let punctuation = TokenKind(rawValue: "punctuation")
  /// Symbols (`%`, `€`, `$`, `+`).
  public static let symbol = TokenKind(rawValue: "symbol")
  /// Web addresses (`https://…`, `www.…`).
  public static let url = TokenKind(rawValue: "url")
  /// E-mail addresses.
  public static let email = TokenKind(rawValue: "email")
  /// Hashtags (`#RGPD`).
  public static let hashtag = TokenKind(rawValue: "hashtag")
  /// Mentions (`@AFP`).
  public static let mention = TokenKind(rawValue: "mention")
  /// Emoji and emoji sequences (ZWJ sequences, flags, skin tones).
  public static let emoji = TokenKind(rawValue: "emoji")

  /// The JSON name.
  public var description: String { rawValue }
}
