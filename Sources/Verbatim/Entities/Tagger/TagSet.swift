/// The tagger's labels: `O` and BILOU tags for the four name types. MONEY,
/// DATE and PERCENT come from rules, not from the tagger.
enum TagSet {
  /// The name types the tagger predicts, in label order.
  static let types: [EntityLabel] = [.person, .organization, .location, .product]
  /// 1 + 4 × 4.
  static let count = 17
  static let outside: UInt8 = 0

  enum Position: UInt8 { case begin = 0, inside = 1, last = 2, unit = 3 }

  @inline(__always) static func tag(_ type: Int, _ position: Position) -> UInt8 {
    UInt8(1 + type * 4) + position.rawValue
  }
  @inline(__always) static func type(_ tag: UInt8) -> Int { (Int(tag) - 1) / 4 }
  @inline(__always) static func position(_ tag: UInt8) -> Position {
    Position(rawValue: (tag - 1) % 4)!
  }

  /// Whether `tag` may follow `previous` (BILOU constraints).
  @inline(__always) static func allowed(_ previous: UInt8, _ tag: UInt8) -> Bool {
    let previousOpen = previous != outside && (position(previous) == .begin || position(previous) == .inside)
    if tag == outside { return !previousOpen }
    switch position(tag) {
    case .begin, .unit: return !previousOpen
    case .inside, .last: return previousOpen && type(previous) == type(tag)
    }
  }

  /// Whether a sentence may end after `tag`.
  @inline(__always) static func canEnd(_ tag: UInt8) -> Bool {
    tag == outside || position(tag) == .last || position(tag) == .unit
  }

  /// The label of a corpus tag name (`PER`, `PERS`, `ORG`, `LOC`, `PROD`), or nil.
  static func type(named name: Substring) -> Int? {
    switch name {
    case "PER", "PERS", "PERSON": 0
    case "ORG": 1
    case "LOC", "GPE": 2
    case "PROD", "PRODUCT": 3
    default: nil
    }
  }
}
