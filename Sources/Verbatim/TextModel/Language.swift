/// A language tag: `fr`, `en`, or `und` when the language is undetermined.
public struct Language: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
  /// The BCP 47 tag, e.g. `fr`.
  public var rawValue: String

  /// Creates a language from its BCP 47 tag.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// French.
  public static let french = Language(rawValue: "fr")
  /// English.
  public static let english = Language(rawValue: "en")
  /// Undetermined (`und`): too little text, or neither French nor English.
  public static let undetermined = Language(rawValue: "und")

  /// The tag itself.
  public var description: String { rawValue }
}

/// A language decision with the identifier's confidence in it (0…1).
public struct LanguageGuess: Hashable, Sendable {
  /// The language chosen.
  public var language: Language
  /// How sure the identifier is, from 0 to 1.
  public var confidence: Double

  /// Creates a guess.
  public init(_ language: Language, confidence: Double) {
    self.language = language
    self.confidence = confidence
  }
}
