/// A set of short byte strings looked up straight from a text buffer without
/// allocating: the key is hashed while it is folded on the fly (ASCII and
/// Latin-1 capitals lower-cased when `caseInsensitive`, `’` read as `'`).
struct FoldedLexicon: Sendable {
  /// One entry: its hash and where its folded bytes sit in `storage`
  /// (`length` 0 marks an empty slot; no entry is empty).
  private struct Slot {
    var hash: UInt64 = 0
    var start: UInt32 = 0
    var length: UInt32 = 0
  }

  /// An open-addressing table (power-of-two size, at most half full): a
  /// look-up is one hash of the folded text and, most often, one probe.
  private var slots = [Slot](repeating: Slot(), count: 16)
  /// The folded entries, end to end.
  private var storage: [UInt8] = []
  private let caseInsensitive: Bool
  /// The longest entry in bytes (of the unfolded text it can match: `’` is 3 bytes).
  private(set) var maxLength = 0
  /// The number of entries.
  private(set) var count = 0
  /// A bit per (first, last) folded byte pair of the entries
  /// (``pairBit(_:_:)``): a text whose pair's bit is clear is no entry, which
  /// the look-up tells before hashing it.
  private var pairs = [UInt64](repeating: 0, count: 64)

  init(_ entries: some Sequence<Substring>, caseInsensitive: Bool) {
    self.caseInsensitive = caseInsensitive
    for entry in entries {
      insert(Array(entry.utf8))
    }
  }

  init(folded entries: some Sequence<[UInt8]>, caseInsensitive: Bool) {
    self.caseInsensitive = caseInsensitive
    for entry in entries { insert(entry) }
  }

  private mutating func insert(_ raw: [UInt8]) {
    var folded: [UInt8] = []
    Self.forEachFolded(raw[...], caseInsensitive) { folded.append($0) }
    guard !folded.isEmpty else { return }
    let hash = Self.hash(folded[...])
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot].length != 0 {
      let found = slots[slot]
      if found.hash == hash && storage[Int(found.start)..<Int(found.start + found.length)].elementsEqual(folded) {
        return
      }
      slot = (slot + 1) & mask
    }
    let bit = Self.pairBit(folded[0], folded[folded.count - 1])
    pairs[bit >> 6] |= 1 << UInt64(bit & 63)
    slots[slot] = Slot(hash: hash, start: UInt32(storage.count), length: UInt32(folded.count))
    storage.append(contentsOf: folded)
    count += 1
    if count * 2 > slots.count { grow() }
    // A folded `'` may stand for a 3-byte `’` in the text.
    maxLength = max(maxLength, folded.count + 2 * folded.count { $0 == UInt8(ascii: "'") })
  }

  /// Doubles the table, re-placing every entry.
  private mutating func grow() {
    var larger = [Slot](repeating: Slot(), count: slots.count * 2)
    let mask = larger.count - 1
    for entry in slots where entry.length != 0 {
      var slot = Int(truncatingIfNeeded: entry.hash) & mask
      while larger[slot].length != 0 { slot = (slot + 1) & mask }
      larger[slot] = entry
    }
    slots = larger
  }

  var isEmpty: Bool { count == 0 }

  /// The filter bit (0..<4096) of a text whose folded form starts with
  /// `first` and ends with `last`.
  @inline(__always)
  private static func pairBit(_ first: UInt8, _ last: UInt8) -> Int {
    (Int(first) &* 64 &+ Int(last)) & 4095
  }

  /// The first and last bytes of `bytes[range]` (valid UTF-8, not empty)
  /// once folded as ``forEachFolded(_:_:_:)`` folds them.
  @inline(__always)
  private func foldedEnds(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (UInt8, UInt8) {
    let start = range.lowerBound
    let end = range.upperBound
    var first = bytes[start]
    if first == 0xE2 && start + 2 < end && bytes[start + 1] == 0x80 && bytes[start + 2] == 0x99 {
      first = UInt8(ascii: "'")
    } else if caseInsensitive && first >= 0x41 && first <= 0x5A {
      first |= 0x20
    }
    var last = bytes[end - 1]
    if last == 0x99 && end - 3 >= start && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 {
      last = UInt8(ascii: "'")
    } else if caseInsensitive && last >= 0x41 && last <= 0x5A {
      last |= 0x20
    } else if caseInsensitive && end - 2 >= start && bytes[end - 2] == 0xC3 {
      // The second byte of a Latin-1 capital folds as in forEachFolded.
      if last >= 0x80 && last <= 0x9E && last != 0x97 { last += 0x20 }
    }
    return (first, last)
  }

  /// Whether `bytes[range]`, folded, is an entry. The range holds whole
  /// scalars of valid UTF-8 (as every token and piece does).
  ///
  /// The length and (first, last) byte filters are inlined at the call; most
  /// texts stop there, and only the others pay for the call that hashes them.
  @inline(__always)
  func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard range.count <= maxLength, !range.isEmpty else { return false }
    let (first, last) = foldedEnds(bytes, range)
    let bit = Self.pairBit(first, last)
    guard pairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
    return hashedContains(bytes, range)
  }

  /// The hash-table half of ``contains(_:_:)``.
  @inline(never)
  private func hashedContains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    let slice = UnsafeBufferPointer(rebasing: bytes[range])
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var length = 0
    Self.forEachFolded(slice, caseInsensitive) { byte in
      hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01b3
      length += 1
    }
    return slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: hash) & mask
      while true {
        let found = slots[slot]
        if found.length == 0 { return false }
        if found.hash == hash && Int(found.length) == length {
          return storage.withUnsafeBufferPointer { storage in
            var index = Int(found.start)
            var equal = true
            Self.forEachFolded(slice, caseInsensitive) { byte in
              if equal && storage[index] != byte { equal = false }
              index += 1
            }
            return equal
          }
        }
        slot = (slot + 1) & mask
      }
    }
  }

  private static func hash(_ folded: ArraySlice<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in folded { hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01b3 }
    return hash
  }

  /// Calls `body` with each folded byte of `bytes`.
  @inline(__always)
  static func forEachFolded<C: Collection<UInt8>>(
    _ bytes: C, _ caseInsensitive: Bool, _ body: (UInt8) -> Void
  ) where C.Index == Int {
    var index = bytes.startIndex
    let end = bytes.endIndex
    while index < end {
      let byte = bytes[index]
      if byte == 0xE2 && index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 {
        body(UInt8(ascii: "'"))
        index += 3
      } else if caseInsensitive && byte >= 0x41 && byte <= 0x5A {
        body(byte | 0x20)
        index += 1
      } else if caseInsensitive && byte == 0xC3 && index + 1 < end {
        // Latin-1 capitals À..Þ (C3 80..C3 9E, except × C3 97) → à..þ.
        let next = bytes[index + 1]
        body(byte)
        body(next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next)
        index += 2
      } else {
        body(byte)
        index += 1
      }
    }
  }
}
