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
///
/// A kind is a small number (comparing and copying kinds costs nothing);
/// its ``rawValue`` is its name in JSON output.
public struct TokenKind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
  /// The kind's position in ``names``.
  let code: UInt8

  private init(code: UInt8) { self.code = code }

  /// The JSON names of the kinds, in code order.
  private static let names = ["word", "number", "punctuation", "symbol", "url", "email", "hashtag", "mention", "emoji"]

  /// The name used in JSON output (`word`, `number`, …).
  public var rawValue: String { Self.names[Int(code)] }

  /// The kind named `rawValue` in JSON output, or nil for a name that is no kind.
  public init?(rawValue: String) {
    guard let index = Self.names.firstIndex(of: rawValue) else { return nil }
    code = UInt8(index)
  }

  /// Letters, possibly with apostrophes, hyphens or digits (`États-Unis`, `COVID-19`, `l'`, `n't`).
  public static var word: TokenKind { TokenKind(code: 0) }
  /// Numbers, including decimals, grouped thousands, ordinals, times and dates (`4,4`, `20 000`, `1er`, `14h30`, `01/24/2001`).
  public static var number: TokenKind { TokenKind(code: 1) }
  /// Punctuation (`.`, `«`, `...`, `—`).
  public static var punctuation: TokenKind { TokenKind(code: 2) }
  /// Symbols (`%`, `€`, `$`, `+`).
  public static var symbol: TokenKind { TokenKind(code: 3) }
  /// Web addresses (`https://…`, `www.…`).
  public static var url: TokenKind { TokenKind(code: 4) }
  /// E-mail addresses.
  public static var email: TokenKind { TokenKind(code: 5) }
  /// Hashtags (`#RGPD`).
  public static var hashtag: TokenKind { TokenKind(code: 6) }
  /// Mentions (`@AFP`).
  public static var mention: TokenKind { TokenKind(code: 7) }
  /// Emoji and emoji sequences (ZWJ sequences, flags, skin tones).
  public static var emoji: TokenKind { TokenKind(code: 8) }

  /// Whether two kinds are the same: their codes compared. Written out
  /// because `RawRepresentable` would otherwise supply a `==` (and a hash)
  /// that builds and compares both names.
  public static func == (lhs: TokenKind, rhs: TokenKind) -> Bool { lhs.code == rhs.code }

  /// Hashes the kind's code.
  public func hash(into hasher: inout Hasher) { hasher.combine(code) }

  /// The JSON name.
  public var description: String { rawValue }

  /// Encodes the kind as its JSON name.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  /// Decodes a kind from its JSON name; an unknown name is a data error.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let name = try container.decode(String.self)
    guard let kind = TokenKind(rawValue: name) else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown token kind '\(name)'")
    }
    self = kind
  }
}
