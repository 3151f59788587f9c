/// The 64-bit FNV-1a hash of each resource table's text, written beside the
/// text by `Scripts/generate-resources` (`Generated/Resources+<folder>.swift`).
///
/// A table built from resources at development time and compiled into the
/// library (the lexicon and language-model snapshots) records the hashes of
/// its sources; at start-up the library compares them with these constants
/// instead of hashing megabytes of text, which would read every page of it.
enum ResourceFingerprints {
  /// The FNV-1a hash of `text`'s UTF-8 bytes: what `Scripts/generate-resources`
  /// writes for a resource (for tests and tables built from other text).
  static func of(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return hash
  }

  /// One fingerprint for a table built from several sources, in order.
  static func combined(_ sources: [UInt64]) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for source in sources {
      hash = (hash ^ source) &* 0x0000_0100_0000_01B3
      hash ^= hash >> 29
    }
    return hash
  }
}
