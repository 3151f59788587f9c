/// The type of a named entity (definitions in `Fixtures/gold/FORMAT.md`).
///
/// The seven labels of the format are a one-byte code, so that comparing
/// labels (which the entity rules do for every mention) compares a byte;
/// a caller's own label (from a gazetteer) keeps its name.
public struct EntityLabel: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
  /// 1 to 7: a label of the format (``names``); 0: a caller's own, named `custom`.
  private let code: UInt8
  private let custom: String?

  /// The JSON names of the format's labels, by code (the first one unused).
  private static let names = ["", "PERSON", "ORG", "LOC", "PRODUCT", "MONEY", "DATE", "PERCENT"]

  private init(code: UInt8, custom: String? = nil) {
    self.code = code
    self.custom = custom
  }

  /// The label as written in JSON (`PERSON`, `ORG`, …).
  public var rawValue: String { code == 0 ? custom ?? "" : Self.names[Int(code)] }

  /// Creates a label from its JSON name.
  public init(rawValue: String) {
    if let code = Self.names.firstIndex(of: rawValue), code > 0 {
      self.init(code: UInt8(code))
    } else {
      self.init(code: 0, custom: rawValue)
    }
  }

  public static func == (a: EntityLabel, b: EntityLabel) -> Bool {
    a.code == b.code && (a.code != 0 || a.custom == b.custom)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(code)
    if code == 0 { hasher.combine(custom) }
  }

  /// People, real or fictional (`Brad Smith`); titles are not part of the span.
  public static var person: EntityLabel { EntityLabel(code: 1) }
  /// Companies, institutions, agencies, parties, media, universities, courts.
  public static var organization: EntityLabel { EntityLabel(code: 2) }
  /// Countries, cities, regions, geographic places.
  public static var location: EntityLabel { EntityLabel(code: 3) }
  /// Named products, services, software, models (`Rekognition`, `Face API`).
  public static var product: EntityLabel { EntityLabel(code: 4) }
  /// Amounts with a currency (`4,4 milliards de dollars`).
  public static var money: EntityLabel { EntityLabel(code: 5) }
  /// Absolute or relative calendar expressions (`juillet 2018`, `fin mars`, `Wednesday`).
  public static var date: EntityLabel { EntityLabel(code: 6) }
  /// Percentages (`12,5 %`).
  public static var percent: EntityLabel { EntityLabel(code: 7) }

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
