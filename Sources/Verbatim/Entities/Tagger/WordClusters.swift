internal import CVerbatimModels

/// Word clusters from distributional similarity (`Scripts/build-word-clusters`):
/// for a word's folded form, its cluster (1–512), or none. French towns,
/// foreign capitals, first names, surnames or software names each share a
/// cluster, so what the tagger learned from the names it was trained on
/// carries over to names it never saw.
///
/// The table is compiled into the library and read in place: slots of a
/// fingerprint (u32) and two clusters (u16 each: the one the tagger reads,
/// then a coarser grouping that no feature reads now), probed from the high
/// half of the folded form's FNV-1a hash (``TokenFeatures/lower``).
struct WordClusters: @unchecked Sendable {
  static let magic: UInt32 = 0x4C43_5756  // "VWCL"
  static let version: UInt32 = 1
  private static let headerSize = 16

  private let slots: UnsafePointer<UInt32>
  private let mask: Int

  /// The clusters compiled into the library, or nil if they are missing or damaged.
  static let builtIn: WordClusters? = {
    var size = 0
    let pointer = cverbatim_word_clusters(&size)
    return WordClusters(bytes: UnsafeRawBufferPointer(start: pointer, count: size))
  }()

  /// Reads a table in place from static `bytes`; nil unless its header and size agree.
  init?(bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress, bytes.count >= Self.headerSize, Int(bitPattern: base) % 4 == 0 else { return nil }
    func u32(_ offset: Int) -> UInt32 { base.loadUnaligned(fromByteOffset: offset, as: UInt32.self) }
    let count = Int(u32(8))
    guard u32(0) == Self.magic, u32(4) == Self.version, count > 0, count & (count - 1) == 0,
      Int(u32(12)) < count, bytes.count >= Self.headerSize + count * 8
    else { return nil }
    slots = (base + Self.headerSize).assumingMemoryBound(to: UInt32.self)
    mask = count - 1
  }

  /// The cluster of the word whose folded form hashes to `lower`, or 0 for
  /// a word the table does not hold.
  @inline(__always)
  func cluster(_ lower: UInt64) -> UInt16 {
    let low = UInt32(truncatingIfNeeded: lower)
    let fingerprint = low == 0 ? 1 : low
    var slot = Int(truncatingIfNeeded: lower >> 32) & mask
    while true {
      let key = slots[slot &* 2]
      if key == fingerprint { return UInt16(truncatingIfNeeded: slots[slot &* 2 + 1]) }
      if key == 0 { return 0 }
      slot = (slot + 1) & mask
    }
  }
}
