internal import CVerbatimModels

/// Many word lists in one open-addressing hash table, looked up straight from
/// a text buffer without allocating: one probe per folding answers "which
/// lists hold exactly this text" as a bit mask.
///
/// Each list is matched in one of two foldings (the same as
/// ``FoldedLexicon``'s): `exact` reads `’` as `'`; `caseless` also lowers
/// ASCII and Latin-1 capitals. Both foldings keep the byte length, so one pass
/// over the text hashes both. Multi-word entries are matched on tokens joined
/// by single spaces; the table also knows every word-boundary prefix of such
/// an entry (`New`, `New York` for `New York City`), so a phrase search stops
/// as soon as no entry can start with the phrase.
struct LexiconTable: @unchecked Sendable {
  enum Folding: UInt8 {
    case exact = 0
    case caseless = 1
  }

  /// One key of the table (internal for ``LexiconTable/snapshot(extra:source:)``).
  struct Slot {
    /// FNV-1a of the folded bytes, mixed with the folding; 0 = empty.
    var key: UInt64 = 0
    /// The lists holding the entry (0 for a prefix only).
    var mask: UInt32 = 0
    /// The folded entry in `storage`.
    var offset: UInt32 = 0
    var length: UInt16 = 0
    var folding: UInt8 = 0
    /// Some entry of this folding starts with these bytes and a space.
    var isPrefix = false
  }

  // Internal, not private: the snapshot extension (another file) reads and sets them.
  var slots: [Slot]
  var storage: [UInt8] = []
  var count = 0
  /// Slots and storage read in place from a snapshot in static memory (the
  /// library's compiled-in tables), used instead of `slots` and `storage`
  /// until the table is changed. Static and never written: safe to share,
  /// hence `@unchecked Sendable`.
  var frozen: (slots: UnsafeBufferPointer<Slot>, storage: UnsafeBufferPointer<UInt8>)?

  /// Calls `body` with the slots and the storage, wherever they are.
  @inline(__always)
  func withBuffers<R>(_ body: (UnsafeBufferPointer<Slot>, UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let frozen { return body(frozen.slots, frozen.storage) }
    return slots.withUnsafeBufferPointer { slots in storage.withUnsafeBufferPointer { body(slots, $0) } }
  }

  /// An empty table with room for about `capacity` keys (entries and prefixes).
  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Slot](repeating: Slot(), count: size)
  }

  // MARK: Hashing

  /// The running FNV-1a hashes of a text in both foldings.
  struct Hashes {
    var exact: UInt64 = FeatureHash.seed
    var caseless: UInt64 = FeatureHash.seed

    /// Adds one byte that both foldings keep (the space between tokens).
    @inline(__always)
    mutating func add(_ byte: UInt8) {
      exact = FeatureHash.add(exact, byte)
      caseless = FeatureHash.add(caseless, byte)
    }

    /// Adds `bytes[range]`, folded.
    @inline(__always)
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
      var index = range.lowerBound
      let end = range.upperBound
      while index < end {
        let byte = bytes[index]
        if byte < 0x80 {
          exact = FeatureHash.add(exact, byte)
          caseless = FeatureHash.add(caseless, byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
          index += 1
        } else if byte == 0xE2 && index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 {
          add(UInt8(ascii: "'"))
          index += 3
        } else if byte == 0xC3 && index + 1 < end {
          let next = bytes[index + 1]
          add(byte)
          exact = FeatureHash.add(exact, next)
          caseless = FeatureHash.add(caseless, next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next)
          index += 2
        } else {
          add(byte)
          index += 1
        }
      }
    }

    /// Adds `bytes[range]` to the ``exact`` hash only (the caseless one is
    /// left as it is): what a look-up in the `.exact` folding needs.
    @inline(__always)
    mutating func addExact(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
      var index = range.lowerBound
      let end = range.upperBound
      while index < end {
        let byte = bytes[index]
        if byte == 0xE2 && index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 {
          exact = FeatureHash.add(exact, UInt8(ascii: "'"))
          index += 3
        } else {
          exact = FeatureHash.add(exact, byte)
          index += 1
        }
      }
    }

    /// Adds the UTF-8 bytes of `string`, folded.
    @inline(__always)
    mutating func add(_ string: String) {
      let done: Void? = string.utf8.withContiguousStorageIfAvailable { add($0, 0..<$0.count) }
      if done == nil {
        var copy = string
        copy.withUTF8 { add($0, 0..<$0.count) }
      }
    }

    @inline(__always)
    func value(_ folding: Folding) -> UInt64 { folding == .exact ? exact : caseless }
  }

  @inline(__always)
  private static func key(_ hash: UInt64, _ folding: Folding) -> UInt64 {
    let key = folding == .exact ? hash : hash ^ 0x9E37_79B9_7F4A_7C15
    return key == 0 ? 1 : key
  }

  // MARK: Building

  /// Adds `entry` (UTF-8, unfolded) to the lists in `mask`, in `folding`.
  mutating func insert(_ entry: UnsafeBufferPointer<UInt8>, mask: UInt32, folding: Folding) {
    if let frozen {
      // A snapshot read in place: copy it before changing it.
      slots = Array(frozen.slots)
      storage = Array(frozen.storage)
      self.frozen = nil
    }
    // Folding never lengthens a text (`’` → `'`, `É` → `é`): the folded
    // entry fits in a buffer of the entry's size, on the stack for short ones.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(entry.count, 1)) { buffer in
      var count = 0
      FoldedLexicon.forEachFolded(entry, folding == .caseless) { byte in
        if count < buffer.count { buffer[count] = byte }
        count += 1
      }
      precondition(count <= buffer.count, "folding lengthened an entry")
      let folded = UnsafeBufferPointer(rebasing: buffer[..<count])
      var hash = FeatureHash.seed
      for (index, byte) in folded.enumerated() {
        if byte == 0x20 && index > 0 { mark(folded, hash, index, folding, mask: 0, isPrefix: true) }
        hash = FeatureHash.add(hash, byte)
      }
      mark(folded, hash, folded.count, folding, mask: mask, isPrefix: false)
    }
  }

  private mutating func mark(
    _ folded: UnsafeBufferPointer<UInt8>, _ hash: UInt64, _ length: Int, _ folding: Folding, mask: UInt32, isPrefix: Bool
  ) {
    if (count + 1) * 2 > slots.count { grow() }
    let key = Self.key(hash, folding)
    var slot = Self.home(key, slots.count - 1)
    while slots[slot].key != 0 {
      if slots[slot].key == key && slots[slot].folding == folding.rawValue
        && storage.withUnsafeBufferPointer({ Self.equal($0, slots[slot], folded, length) })
      {
        slots[slot].mask |= mask
        slots[slot].isPrefix = slots[slot].isPrefix || isPrefix
        return
      }
      slot = (slot + 1) & (slots.count - 1)
    }
    slots[slot] = Slot(
      key: key, mask: mask, offset: UInt32(storage.count), length: UInt16(length), folding: folding.rawValue,
      isPrefix: isPrefix)
    storage.append(contentsOf: folded[0..<length])
    count += 1
  }

  private static func equal(_ storage: UnsafeBufferPointer<UInt8>, _ slot: Slot, _ folded: UnsafeBufferPointer<UInt8>, _ length: Int) -> Bool {
    guard Int(slot.length) == length else { return false }
    let start = Int(slot.offset)
    for index in 0..<length where storage[start + index] != folded[index] { return false }
    return true
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(), count: old.count * 2)
    for slot in old where slot.key != 0 {
      var index = Self.home(slot.key, slots.count - 1)
      while slots[index].key != 0 { index = (index + 1) & (slots.count - 1) }
      slots[index] = slot
    }
  }

  // MARK: Lookup

  /// What the table knows about a text: the lists holding it, and whether a
  /// longer entry starts with it and a space.
  struct Match {
    var mask: UInt32 = 0
    var isPrefix = false
  }

  /// The first slot a look-up of `key` probes, in a table of `mask + 1` slots.
  @inline(__always)
  static func home(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: key >> 20) & mask }

  /// Asks the processor to load the slots where the look-ups of `hashes`
  /// in both foldings start, so that their cache misses overlap with work.
  @inline(__always)
  func prefetch(_ hashes: Hashes) {
    withBuffers { slots, _ in
      let mask = slots.count - 1
      cverbatim_prefetch(slots.baseAddress! + Self.home(Self.key(hashes.exact, .exact), mask))
      cverbatim_prefetch(slots.baseAddress! + Self.home(Self.key(hashes.caseless, .caseless), mask))
    }
  }

  /// Looks up the text whose folded hash is `hashes.value(folding)`;
  /// `matches` tells whether the folded text equals a stored entry (called
  /// only when the hash is found with a non-empty mask).
  @inline(__always)
  func lookup(
    _ hashes: Hashes, _ folding: Folding, _ matches: (UnsafeBufferPointer<UInt8>) -> Bool
  ) -> Match {
    let key = Self.key(hashes.value(folding), folding)
    return withBuffers { slots, storage in
      let mask = slots.count - 1
      var slot = Self.home(key, mask)
      while true {
        let candidate = slots[slot]
        if candidate.key == 0 { return Match() }
        if candidate.key == key && candidate.folding == folding.rawValue {
          var found = Match(mask: 0, isPrefix: candidate.isPrefix)
          if candidate.mask != 0 {
            let isEqual = matches(
              UnsafeBufferPointer(rebasing: storage[Int(candidate.offset)..<(Int(candidate.offset) + Int(candidate.length))]))
            if isEqual { found.mask = candidate.mask }
          }
          return found
        }
        slot = (slot + 1) & mask
      }
    }
  }

  /// The lists holding exactly `string` (folded).
  func mask(_ string: String) -> UInt32 {
    var string = string
    return string.withUTF8 { mask($0, 0..<$0.count) }
  }

  /// The lists holding exactly `bytes[range]` (folded).
  func mask(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32 {
    guard !range.isEmpty else { return 0 }
    var hashes = Hashes()
    hashes.add(bytes, range)
    let exact = lookup(hashes, .exact) { Self.equal($0, bytes, CollectionOfOne(range), .exact) }
    let caseless = lookup(hashes, .caseless) { Self.equal($0, bytes, CollectionOfOne(range), .caseless) }
    return exact.mask | caseless.mask
  }

  /// Whether `entry` equals the tokens `bytes[ranges]`, folded and joined by single spaces.
  static func equal(
    _ entry: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, _ ranges: some Collection<Range<Int>>,
    _ folding: Folding
  ) -> Bool {
    var index = 0
    var equal = true
    for (position, range) in ranges.enumerated() {
      if position > 0 {
        guard index < entry.count, entry[index] == 0x20 else { return false }
        index += 1
      }
      FoldedLexicon.forEachFolded(UnsafeBufferPointer(rebasing: bytes[range]), folding == .caseless) { byte in
        if equal && (index >= entry.count || entry[index] != byte) { equal = false }
        index += 1
      }
      guard equal else { return false }
    }
    return index == entry.count
  }
}
