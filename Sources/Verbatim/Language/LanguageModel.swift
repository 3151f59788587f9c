internal import CVerbatimModels

/// The character n-gram costs of `Resources/language/ngrams.tsv`, built by
/// `Scripts/build-language-model`: for each n-gram (1 to 5 folded letters,
/// `_` marking a word boundary) the cost, -ln P × 10 rounded, under French,
/// English and "other Latin-script languages".
///
/// An n-gram is packed into a `UInt64` key, 10 bits a character (a letter's
/// folded code point, or 1 for the boundary mark), so keys are exact. They sit
/// in an open-addressing table that a lookup probes without allocating.
///
/// Unchecked `Sendable`: the slots are never written once the model is
/// built, and their memory is static or owned by the model.
struct LanguageModel: @unchecked Sendable {
  /// The number of languages scored: French, English, other.
  static let languageCount = 3
  /// The longest n-gram, in characters (boundary marks included).
  static let maxOrder = 5
  /// The key code of the word-boundary mark.
  static let boundary: UInt64 = 1

  /// One slot of the table (16 bytes): an n-gram key (0 marks an empty slot;
  /// no key is 0), its three costs and ``flags``, so that a lookup touches
  /// one cache line.
  struct Slot {
    var key: UInt64 = 0
    var french: Int16 = 0
    var english: Int16 = 0
    var other: Int16 = 0
    /// ``extendedFlag`` when a longer n-gram of the table ends with this one.
    var flags: UInt16 = 0
  }

  /// In ``Slot/flags``: some n-gram one character longer ends with this one.
  /// The table is closed under suffixes (an n-gram missing from the lists
  /// but ending a listed one is kept with the unseen costs, which a miss
  /// gives anyway), so an n-gram without this flag, or not in the table,
  /// ends no n-gram of the table: every longer one is unseen.
  static let extendedFlag: UInt16 = 1

  /// The slots, in static memory (the compiled-in snapshot) or in `owner`.
  private let slots: UnsafeBufferPointer<Slot>
  /// The memory of slots built from text; nil for the compiled-in snapshot.
  private let owner: SlotStorage?
  private let mask: Int
  /// The cost of an n-gram in no list, per order (index 1…5): the highest
  /// floor of the order, the same for every language.
  let unseen: [Int32]
  /// The number of n-grams in the table.
  let count: Int

  /// The shared model: the snapshot compiled into the library
  /// (`Scripts/build-lexicon-snapshots`) when it is current, else parsed
  /// from the embedded table.
  static let shared = compiledIn() ?? LanguageModel(table: EmbeddedResources.language_ngrams)

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
    let listed = entries.count
    Self.closeUnderSuffixes(&entries, unseen: floors)
    // At most 3/4 full: short probe runs, and a table small enough to stay in cache.
    var capacity = 1
    while capacity * 3 < entries.count * 4 { capacity <<= 1 }
    let owner = SlotStorage(count: capacity)
    let slots = owner.buffer
    let mask = capacity - 1
    let extended = Set(entries.lazy.filter { Self.order($0.0) > 1 }.map { Self.suffix($0.0) })
    for (key, fr, en, other) in entries {
      var slot = Self.slot(key, mask)
      while slots[slot].key != 0 && slots[slot].key != key { slot = (slot + 1) & mask }
      slots[slot] = Slot(
        key: key, french: Int16(clamping: fr), english: Int16(clamping: en), other: Int16(clamping: other),
        flags: extended.contains(key) ? Self.extendedFlag : 0)
    }
    self.slots = UnsafeBufferPointer(slots)
    self.owner = owner
    self.mask = mask
    self.unseen = floors
    self.count = listed
  }

  /// The keys in the table (listed n-grams and the suffixes kept for them) and their flags.
  func keysForTesting() -> [(key: UInt64, flags: UInt16)] {
    slots.filter { $0.key != 0 }.map { ($0.key, $0.flags) }
  }

  /// The number of characters of `key`.
  static func order(_ key: UInt64) -> Int { (64 - key.leadingZeroBitCount + 9) / 10 }

  /// `key` without its first character.
  static func suffix(_ key: UInt64) -> UInt64 { key & ((1 << (10 * UInt64(order(key) - 1))) - 1) }

  /// Adds the suffixes of listed n-grams that are not listed themselves,
  /// with the cost of an unseen n-gram of their order in every language.
  private static func closeUnderSuffixes(_ entries: inout [(UInt64, Int32, Int32, Int32)], unseen: [Int32]) {
    var known = Set(entries.lazy.map(\.0))
    var added: [(UInt64, Int32, Int32, Int32)] = []
    for (key, _, _, _) in entries {
      var suffix = key
      while order(suffix) > 1 {
        suffix = Self.suffix(suffix)
        guard known.insert(suffix).inserted else { break }
        let cost = unseen[order(suffix)]
        added.append((suffix, cost, cost, cost))
      }
    }
    // In key order, so that the table does not depend on the order of a set.
    entries += added.sorted { $0.0 < $1.0 }
  }

  private init(slots: UnsafeBufferPointer<Slot>, unseen: [Int32], count: Int) {
    self.slots = slots
    self.owner = nil
    self.mask = slots.count - 1
    self.unseen = unseen
    self.count = count
  }

  @inline(__always)
  private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }

  /// Asks the processor to load the first slot `key`'s look-up reads, so
  /// that the look-ups of a character's n-grams overlap.
  @inline(__always)
  func prefetch(_ key: UInt64) {
    cverbatim_prefetch(slots.baseAddress! + Self.slot(key, mask))
  }

  /// Calls `body` with the three costs of `key`, an n-gram of `order`
  /// characters, and returns whether longer n-grams may end with it (false:
  /// every longer n-gram ending with `key` is unseen; ``extendedFlag``).
  @inline(__always)
  func withCosts(of key: UInt64, order: Int, _ body: (Int32, Int32, Int32) -> Void) -> Bool {
    var slot = Self.slot(key, mask)
    while true {
      let found = slots[slot]
      if found.key == key {
        body(Int32(found.french), Int32(found.english), Int32(found.other))
        return found.flags & Self.extendedFlag != 0
      }
      if found.key == 0 {
        let cost = unseen[order]
        body(cost, cost, cost)
        return false
      }
      slot = (slot + 1) & mask
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

/// The slots of a model parsed from text (immutable once built).
private final class SlotStorage: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<LanguageModel.Slot>

  init(count: Int) {
    buffer = .allocate(capacity: count)
    buffer.initialize(repeating: LanguageModel.Slot())
  }

  deinit { buffer.deallocate() }
}

/// The model as bytes, so that the table built from
/// `Resources/language/ngrams.tsv` at development time is compiled into the
/// library (`Sources/CVerbatimModels/language-model.bin`, written by
/// `Scripts/build-lexicon-snapshots`) and read in place at start-up.
///
/// Layout (little-endian): a 64-byte header — magic `VLNG`, version u32 (2),
/// slot stride u32, slot count u32, n-gram count u32, four bytes of padding,
/// source fingerprint u64 (``ResourceFingerprints/language_ngrams``), the
/// unseen costs of orders 0…5 as six i32, eight bytes of padding — then the
/// slots: key u64, French, English and other costs i16, flags u16.
extension LanguageModel {
  static let snapshotMagic: UInt32 = 0x474E_4C56  // "VLNG"
  static let snapshotVersion: UInt32 = 2
  private static let headerSize = 64

  /// The model as snapshot bytes, marked as built from the n-gram table
  /// whose fingerprint is `source`.
  func snapshot(source: UInt64) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(Self.headerSize + slots.count * MemoryLayout<Slot>.stride)
    func append<T>(_ value: T) { withUnsafeBytes(of: value) { out.append(contentsOf: $0) } }
    append(Self.snapshotMagic)
    append(Self.snapshotVersion)
    append(UInt32(MemoryLayout<Slot>.stride))
    append(UInt32(slots.count))
    append(UInt32(count))
    append(UInt32(0))
    append(source)
    for order in 0...Self.maxOrder { append(order < unseen.count ? unseen[order] : 0) }
    append(UInt64(0))
    // Field by field, so that equal models give equal bytes.
    for slot in slots {
      append(slot.key)
      append(slot.french)
      append(slot.english)
      append(slot.other)
      append(slot.flags)
    }
    return out
  }

  /// Reads a snapshot made by ``snapshot(source:)`` in place; nil when it
  /// is not one (wrong magic, version, layout, size or source). `bytes`
  /// must be static memory aligned for ``Slot``.
  init?(snapshot bytes: UnsafeRawBufferPointer, source: UInt64) {
    guard bytes.count >= Self.headerSize, let base = bytes.baseAddress else { return nil }
    func u32(_ offset: Int) -> Int { Int(base.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
    let slotCount = u32(12)
    let slotStart = base + Self.headerSize
    guard u32(0) == Int(Self.snapshotMagic), u32(4) == Int(Self.snapshotVersion),
      u32(8) == MemoryLayout<Slot>.stride, MemoryLayout<Slot>.stride == 16,
      base.loadUnaligned(fromByteOffset: 24, as: UInt64.self) == source,
      slotCount > 0, slotCount & (slotCount - 1) == 0,
      bytes.count == Self.headerSize + slotCount * MemoryLayout<Slot>.stride,
      Int(bitPattern: slotStart) % MemoryLayout<Slot>.alignment == 0
    else { return nil }
    let unseen = (0...Self.maxOrder).map { base.loadUnaligned(fromByteOffset: 32 + 4 * $0, as: Int32.self) }
    self.init(
      slots: UnsafeBufferPointer(start: slotStart.assumingMemoryBound(to: Slot.self), count: slotCount),
      unseen: unseen, count: u32(16))
  }

  /// The snapshot compiled into the library, if it is current.
  static func compiledIn() -> LanguageModel? {
    var size = 0
    let bytes = UnsafeRawBufferPointer(start: cverbatim_language_model(&size), count: size)
    return LanguageModel(snapshot: bytes, source: ResourceFingerprints.language_ngrams)
  }
}
