/// A set of token norms looked up by their bytes: an FNV-1a hash and one
/// probe instead of `Set<String>`'s normalizing hash. Norms are NFKC and the
/// members NFC, so byte equality is string equality.
struct NormSet: Sendable, ExpressibleByArrayLiteral {
  private var table: LexiconTable
  /// The first bytes and the byte lengths of the members (as stored: `’`
  /// read as `'`): a test before hashing, so that a word no member can
  /// equal costs a few comparisons (most look-ups in a small set).
  private var firstBytes = ByteBitmap()
  private var shortest = Int.max
  private var longest = 0

  init(_ members: some Sequence<String>) {
    table = LexiconTable(capacity: 64)
    for var member in members { member.withUTF8 { insert($0) } }
  }

  init(arrayLiteral members: String...) { self.init(members) }

  /// Adds a member given as UTF-8 bytes.
  mutating func insert(_ member: UnsafeBufferPointer<UInt8>) {
    table.insert(member, mask: 1, folding: .exact)
    var count = 0
    FoldedLexicon.forEachFolded(member, false) { byte in
      if count == 0 { firstBytes.insert(byte) }
      count += 1
    }
    shortest = min(shortest, count)
    longest = max(longest, count)
  }

  /// Whether the text `bytes[range]` is a member, byte for byte.
  func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard !range.isEmpty, range.count >= shortest, range.count <= longest, firstBytes.contains(bytes[range.lowerBound]) else { return false }
    return table.exactMask(bytes, range) != 0
  }

  /// Whether `norm` is a member.
  func contains(_ norm: String) -> Bool {
    let utf8 = norm.utf8
    guard utf8.count >= shortest, utf8.count <= longest, let first = utf8.first, firstBytes.contains(first) else { return false }
    return table.exactMask(norm) != 0
  }

  /// Whether the set has no member.
  var isEmpty: Bool { table.count == 0 }
}

/// Several sets of token norms in one table: a norm's classes as a bit mask
/// from one hash and one probe, for rules that ask many "is this norm in
/// that list" questions about the same token. Membership is
/// ``NormSet/contains(_:)-(String)``'s: byte equality with a member.
///
/// A class can also hold every beginning of a ``PhraseSet``'s phrases
/// (``insertPhraseStarts(_:bit:)``): a token whose norm is not such a
/// beginning cannot start one of its phrases, so the phrase search is skipped.
struct NormClasses: Sendable {
  private var table: LexiconTable

  /// An empty set of classes with room for about `capacity` members.
  init(capacity: Int = 256) { table = LexiconTable(capacity: capacity) }

  /// Adds the member spelled by `bytes` to class `bit`.
  mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, bit: Int) {
    table.insert(bytes, mask: 1 << UInt32(bit), folding: .exact)
  }

  /// Adds `members` to class `bit`.
  mutating func insert(_ members: some Sequence<String>, bit: Int) {
    table.insertExact(members, mask: 1 << UInt32(bit))
  }

  /// Adds to class `bit` every phrase of `phrases` (normalized as in
  /// ``PhraseSet``: words joined by single spaces) and every run of its
  /// first words (`la`, `la semaine`, `la semaine dernière`).
  mutating func insertPhraseStarts(_ phrases: some Sequence<String>, bit: Int) {
    for var phrase in phrases where !phrase.isEmpty {
      phrase.withUTF8 { bytes in
        // Each run of first words ends before a space; the last is the phrase.
        for end in bytes.indices where bytes[end] == 0x20 {
          insert(UnsafeBufferPointer(rebasing: bytes[..<end]), bit: bit)
        }
        insert(bytes, bit: bit)
      }
    }
  }

  /// The classes of `norm`.
  func classes(_ norm: String) -> UInt32 { table.exactMask(norm) }
}

extension LexiconTable {
  /// Adds each of `members` to the lists of `mask`, byte for byte.
  mutating func insertExact(_ members: some Sequence<String>, mask: UInt32) {
    for member in members {
      var member = member
      member.withUTF8 { insert($0, mask: mask, folding: .exact) }
    }
  }

  /// The lists holding an entry equal to `text`, byte for byte (entries
  /// inserted with the `.exact` folding).
  func exactMask(_ text: String) -> UInt32 {
    var text = text
    return text.withUTF8 { exactMask($0, 0..<$0.count) }
  }

  /// The lists holding an entry equal to `bytes[range]`, byte for byte.
  func exactMask(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32 {
    var hashes = Hashes()
    hashes.addExact(bytes, range)
    return lookup(hashes, .exact) { entry in
      entry.count == range.count && (0..<entry.count).allSatisfy { entry[$0] == bytes[range.lowerBound + $0] }
    }.mask
  }
}

/// A set of byte values, as four words of bits.
struct ByteBitmap: Sendable {
  private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

  mutating func insert(_ byte: UInt8) {
    let bit = UInt64(1) << UInt64(byte & 63)
    switch byte >> 6 {
    case 0: words.0 |= bit
    case 1: words.1 |= bit
    case 2: words.2 |= bit
    default: words.3 |= bit
    }
  }

  @inline(__always)
  func contains(_ byte: UInt8) -> Bool {
    let word: UInt64
    switch byte >> 6 {
    case 0: word = words.0
    case 1: word = words.1
    case 2: word = words.2
    default: word = words.3
    }
    return word >> UInt64(byte & 63) & 1 != 0
  }
}
