/// A set of normalization steps, applied by a ``Normalizer`` in a fixed
/// order: mojibake → markup → nfc or nfkc → typography → accents → caseFold
/// → whitespace.
public struct NormalizationSteps: OptionSet, Sendable, Hashable {
  /// The bits of the set.
  public var rawValue: UInt16

  /// Creates a set from its bits.
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  /// Repairs UTF-8 text decoded as Windows-1252 or Latin-1 (`Ã©` → `é`, `â€™` → `’`).
  public static let mojibake = NormalizationSteps(rawValue: 1 << 0)
  /// Removes HTML tags and Markdown link syntax, decodes HTML character references.
  public static let markup = NormalizationSteps(rawValue: 1 << 1)
  /// Unicode canonical composition (NFC).
  public static let nfc = NormalizationSteps(rawValue: 1 << 2)
  /// Unicode compatibility composition (NFKC: `ﬁ` → `fi`, `²` → `2`); wins over ``nfc``.
  public static let nfkc = NormalizationSteps(rawValue: 1 << 3)
  /// Folds typographic quotes, dashes, ellipses and spaces to ASCII; removes invisible characters.
  public static let typography = NormalizationSteps(rawValue: 1 << 4)
  /// Removes accents and folds `œ`, `æ`, `ß`, `ø`, `ł`, `đ`… to ASCII letters.
  public static let accents = NormalizationSteps(rawValue: 1 << 5)
  /// Full Unicode case folding (`Straße` → `strasse`).
  public static let caseFold = NormalizationSteps(rawValue: 1 << 6)
  /// Collapses white space (keeping line and paragraph breaks) and trims the text.
  public static let whitespace = NormalizationSteps(rawValue: 1 << 7)

  /// Every step (with ``nfkc``, which makes ``nfc`` redundant).
  public static let all: NormalizationSteps = [
    .mojibake, .markup, .nfc, .nfkc, .typography, .accents, .caseFold, .whitespace,
  ]

  /// The steps with their command-line names, in application order.
  static let named: [(String, NormalizationSteps)] = [
    ("mojibake", .mojibake), ("markup", .markup), ("nfc", .nfc), ("nfkc", .nfkc),
    ("typography", .typography), ("accents", .accents), ("casefold", .caseFold),
    ("whitespace", .whitespace),
  ]

  /// Parses a comma-separated list of step names (`"nfc,typography"`):
  /// `mojibake`, `markup`, `nfc`, `nfkc`, `typography`, `accents`, `casefold`,
  /// `whitespace`, or `all`. Names are case-insensitive; spaces around them
  /// and empty items are ignored.
  ///
  /// - Throws: ``VerbatimError/Code/invalidArgument`` naming the first unknown step.
  public init(names: String) throws(VerbatimError) {
    self = []
    for item in names.split(separator: ",") {
      let name = item.trimmingSpaces().lowercased()
      if name.isEmpty { continue }
      if name == "all" {
        formUnion(.all)
        continue
      }
      guard let step = Self.named.first(where: { $0.0 == name })?.1 else {
        throw VerbatimError(
          .invalidArgument,
          "unknown normalization step '\(name)'; expected one of "
            + Self.named.map(\.0).joined(separator: ", ") + " or all")
      }
      formUnion(step)
    }
  }

  /// The command-line names of the steps in the set, in application order.
  public var names: [String] {
    Self.named.compactMap { contains($0.1) ? $0.0 : nil }
  }
}

extension Substring {
  /// The substring without leading and trailing spaces and tabs.
  fileprivate func trimmingSpaces() -> Substring {
    var result = self
    while let first = result.first, first == " " || first == "\t" { result = result.dropFirst() }
    while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
    return result
  }
}
