/// The type of a named entity (definitions in `Fixtures/gold/FORMAT.md`).
public struct EntityLabel: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
  /// The label as written in JSON (`PERSON`, `ORG`, …).
  public var rawValue: String
  /// Creates a label from its JSON name.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// People, real or fictional (`Brad Smith`); titles are not part of the span.
  public static let person = EntityLabel(rawValue: "PERSON")
  /// Companies, institutions, agencies, parties, media, universities, courts.
  public static let organization = EntityLabel(rawValue: "ORG")
  /// Countries, cities, regions, geographic places.
  public static let location = EntityLabel(rawValue: "LOC")
  /// Named products, services, software, models (`Rekognition`, `Face API`).
  public static let product = EntityLabel(rawValue: "PRODUCT")
  /// Amounts with a currency (`4,4 milliards de dollars`).
  public static let money = EntityLabel(rawValue: "MONEY")
  /// Absolute or relative calendar expressions (`juillet 2018`, `fin mars`, `Wednesday`).
  public static let date = EntityLabel(rawValue: "DATE")
  /// Percentages (`12,5 %`).
  public static let percent = EntityLabel(rawValue: "PERCENT")

  /// The JSON name.
  public var description: String { rawValue }
}

/// One mention of a named entity.
public struct Entity: TextSpan, Hashable {
  /// The first code point of the mention.
  public var start: Int
  /// The code point after it.
  public var end: Int
  /// The mention's UTF-8 byte range.
  public var utf8Range: Range<Int>
  /// The indices of its tokens in ``Analysis/tokens``.
  public var tokenIndices: Range<Int>
  /// What the mention names.
  public var label: EntityLabel
  /// The fullest name of the same entity in the document (`Brad Smith` for `Smith`).
  public var canonical: String
  /// Mentions of the same entity in a document share this number.
  public var cluster: Int

  /// Creates a mention.
  public init(
    start: Int, end: Int, utf8Range: Range<Int>, tokenIndices: Range<Int>, label: EntityLabel,
    canonical: String, cluster: Int
  ) {
    self.start = start
    self.end = end
    self.utf8Range = utf8Range
    self.tokenIndices = tokenIndices
    self.label = label
    self.canonical = canonical
    self.cluster = cluster
  }
}
