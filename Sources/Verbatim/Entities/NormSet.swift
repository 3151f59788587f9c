/// A set of token norms looked up by their bytes: an FNV-1a hash and one
/// probe instead of `Set<String>`'s normalizing hash. Norms are NFKC and the
/// members NFC, so byte equality is string equality.
struct NormSet: Sendable, ExpressibleByArrayLiteral {
  private var table: LexiconTable

  init(_ members: some Sequence<String>) {
    table = LexiconTable(capacity: 64)
    for member in members {
      var member = member
      member.withUTF8 { table.insert($0, mask: 1, folding: .exact) }
    }
  }

  init(arrayLiteral members: String...) { self.init(members) }

  /// Adds a member given as UTF-8 bytes.
  mutating func insert(_ member: UnsafeBufferPointer<UInt8>) {
    table.insert(member, mask: 1, folding: .exact)
  }

  /// Whether the text `bytes[range]` is a member, byte for byte.
  func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var hashes = LexiconTable.Hashes()
    hashes.add(bytes, range)
    return table.lookup(hashes, .exact) { entry in
      entry.count == range.count && (0..<entry.count).allSatisfy { entry[$0] == bytes[range.lowerBound + $0] }
    }.mask != 0
  }

  /// Whether `norm` is a member.
  func contains(_ norm: String) -> Bool {
    var hashes = LexiconTable.Hashes()
    hashes.add(norm)
    return table.lookup(hashes, .exact) { entry in
      var offset = 0
      for byte in norm.utf8 {
        guard offset < entry.count, entry[offset] == byte else { return false }
        offset += 1
      }
      return offset == entry.count
    }.mask != 0
  }
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
  private var table = LexiconTable(capacity: 256)

  init() {}

  /// Adds `members` to class `bit`.
  mutating func insert(_ members: some Sequence<String>, bit: Int) {
    for member in members {
      var member = member
      member.withUTF8 { table.insert($0, mask: 1 << UInt32(bit), folding: .exact) }
    }
  }

  /// Adds to class `bit` every phrase of `phrases` (normalized as in
  /// ``PhraseSet``: words joined by single spaces) and every run of its
  /// first words (`la`, `la semaine`, `la semaine dernière`).
  mutating func insertPhraseStarts(_ phrases: some Sequence<String>, bit: Int) {
    for phrase in phrases where !phrase.isEmpty {
      let words = phrase.split(separator: " ", omittingEmptySubsequences: false)
      insert((1...words.count).map { words[0..<$0].joined(separator: " ") }, bit: bit)
    }
  }

  /// The classes of `norm`.
  func classes(_ norm: String) -> UInt32 {
    var hashes = LexiconTable.Hashes()
    hashes.add(norm)
    return table.lookup(hashes, .exact) { entry in
      var offset = 0
      for byte in norm.utf8 {
        guard offset < entry.count, entry[offset] == byte else { return false }
        offset += 1
      }
      return offset == entry.count
    }.mask
  }
}
