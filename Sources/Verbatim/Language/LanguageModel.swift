internal import CVerbatimModels

/// The character n-gram costs of `Resources/language/ngrams.tsv`, built by
/// `Scripts/build-language-model`: for each n-gram (1 to 5 folded letters,
/// `_` marking a word boundary) the cost, -ln P × 10 rounded, under French,
/// English and "other Latin-script languages".
///
/// An n-gram is packed into a `UInt64` key, 10 bits a character (a letter's
/// folded code point, or 1 for the boundary mark), so keys are exact. They sit
/// in an open-addressing table that a lookup probes without allocating.
struct LanguageModel: Sendable {
  /// The number of languages scored: French, English, other.
  static let languageCount = 3
  /// The longest n-gram, in characters (boundary marks included).
  static let maxOrder = 5
  /// The key code of the word-boundary mark.
  static let boundary: UInt64 = 1

  /// One slot of the table (16 bytes): an n-gram key (0 marks an empty slot;
  /// no key is 0) and its three costs, so that a lookup touches one cache line.
  struct Slot {
    var key: UInt64 = 0
    var french: Int16 = 0
    var english: Int16 = 0
    var other: Int16 = 0
  }

  private let slots: [Slot]
  private let mask: Int
  /// The cost of an n-gram in no list, per order (index 1…5): the highest
  /// floor of the order, the same for every language.
  let unseen: [Int32]
  /// The number of n-grams in the table.
  let count: Int

  /// The shared model, parsed from the embedded table at first use.
  static let shared = LanguageModel(table: EmbeddedResources.language_ngrams)

  /// Parses a table in the format `Scripts/build-language-model` writes.
  init(table: String) {
    var entries: [(UInt64, Int32, Int32, Int32)] = []
    entries.reserveCapacity(16_384)
    var floors = [Int32](repeating: 0, count: Self.maxOrder + 1)
    var text = table
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        var end = offset
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        Self.parseLine(bytes, offset, end, into: &entries, floors: &floors)
        offset = end + 1
      }
    }
    // At most 3/4 full: short probe runs, and a table small enough to stay in cache.
    var capacity = 1
    while capacity * 3 < entries.count * 4 { capacity <<= 1 }
    var slots = [Slot](repeating: Slot(), count: capacity)
    let mask = capacity - 1
    for (key, fr, en, other) in entries {
      var slot = Self.slot(key, mask)
      while slots[slot].key != 0 && slots[slot].key != key { slot = (slot + 1) & mask }
      slots[slot] = Slot(
        key: key, french: Int16(clamping: fr), english: Int16(clamping: en), other: Int16(clamping: other))
    }
    self.slots = slots
    self.mask = mask
    self.unseen = floors
    self.count = entries.count
  }

  @inline(__always)
  private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }

  /// Asks the processor to load the first slot `key`'s look-up reads, so
  /// that the look-ups of a character's n-grams overlap.
  @inline(__always)
  func prefetch(_ key: UInt64) {
    slots.withUnsafeBufferPointer { slots in
      cverbatim_prefetch(slots.baseAddress! + Self.slot(key, mask))
    }
  }

  /// Calls `body` with the three costs of `key`, an n-gram of `order`
  /// characters.
  @inline(__always)
  func withCosts(of key: UInt64, order: Int, _ body: (Int32, Int32, Int32) -> Void) {
    slots.withUnsafeBufferPointer { slots in
      var slot = Self.slot(key, mask)
      while true {
        let found = slots[slot]
        if found.key == key {
          body(Int32(found.french), Int32(found.english), Int32(found.other))
          return
        }
        if found.key == 0 {
          let cost = unseen[order]
          body(cost, cost, cost)
          return
        }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Reads one line `bytes[start..<end]`: a comment, an `=floor` line or an
  /// n-gram line (`gram<TAB>fr<TAB>en<TAB>other`).
  private static func parseLine(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
    into entries: inout [(UInt64, Int32, Int32, Int32)], floors: inout [Int32]
  ) {
    var end = end
    if end > start && bytes[end - 1] == 0x0D { end -= 1 }
    guard end > start, bytes[start] != UInt8(ascii: "#") else { return }
    var offset = start
    var key: UInt64 = 0
    let isFloor = bytes[start] == UInt8(ascii: "=")
    if isFloor {
      while offset < end && bytes[offset] != 0x09 { offset += 1 }
    } else {
      while offset < end && bytes[offset] != 0x09 {
        let (scalar, length) = UTF8Scanning.decode(bytes, at: offset)
        let code = scalar == "_" ? boundary : UInt64(LatinLetters.fold(scalar.value))
        key = key << 10 | code
        offset += length
      }
    }
    var numbers: (Int32, Int32, Int32, Int32) = (0, 0, 0, 0)
    var index = 0
    while offset < end && index < 4 {
      offset += 1  // the tab
      var value: Int32 = 0
      while offset < end && bytes[offset] != 0x09 {
        value = value * 10 + Int32(bytes[offset] &- 0x30)
        offset += 1
      }
      switch index {
      case 0: numbers.0 = value
      case 1: numbers.1 = value
      case 2: numbers.2 = value
      default: numbers.3 = value
      }
      index += 1
    }
    if isFloor {
      // numbers: order, fr, en, other.
      let order = Int(numbers.0)
      if order > 0 && order <= maxOrder { floors[order] = max(numbers.1, numbers.2, numbers.3) }
    } else if key != 0 {
      entries.append((key, numbers.0, numbers.1, numbers.2))
    }
  }
}
