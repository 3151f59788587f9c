internal import CVerbatimModels

/// A trained tagger model: an open-addressing table from feature hash to
/// a short list of (tag, weight) pairs, read in place from a byte blob (the
/// model compiled into the library, or a file the trainer wrote).
///
/// Layout (little-endian): a 32-byte header — magic `VNER`, version u32 (3),
/// tag count u32, slot count u32 (a power of two), overflow pair count u32,
/// scale f32, two reserved u32 — then the slots, 32 bytes each, then the
/// overflow pairs u32[]. A slot is fingerprint u32 (0 = empty; the low 32
/// bits of the feature hash, or 1), meta u32 (overflow offset << 5 | pair
/// count) and its first ``inlinePairs`` pairs u32 (tag << 16 | weight as
/// Int16); a feature with more pairs keeps the rest in the overflow array.
/// Most features have at most six pairs, so a look-up touches one cache line.
/// The slot is taken from the high 32 bits of the hash, so fingerprint and
/// slot are independent.
struct EntityModel: @unchecked Sendable {
  static let magic: UInt32 = 0x5245_4E56  // "VNER"
  static let version: UInt32 = 3
  static let headerSize = 32
  /// u32 words per slot.
  static let slotWords = 8
  /// Pairs stored in the slot itself.
  static let inlinePairs = 6

  private let slots: UnsafePointer<UInt32>
  private let overflow: UnsafePointer<UInt32>
  private let mask: Int
  let tagCount: Int
  /// Multiply a summed quantized score by this to get the trained scale.
  let scale: Float
  /// Keeps a heap copy alive when the model was not in static memory.
  private let storage: Storage?

  /// An aligned heap copy of a model's bytes, freed with the last model
  /// value that reads it.
  private final class Storage: @unchecked Sendable {
    let bytes: UnsafeMutableRawBufferPointer
    init(copying source: UnsafeRawBufferPointer) {
      bytes = .allocate(byteCount: max(source.count, 1), alignment: 16)
      if let base = source.baseAddress { bytes.baseAddress!.copyMemory(from: base, byteCount: source.count) }
    }
    deinit { bytes.deallocate() }
  }

  /// Reads a model in place from `bytes`, which must outlive the model
  /// (static data), or copies and fully checks it when `copy` is true (a
  /// file from elsewhere: every slot's pairs must name a tag below
  /// `TagSet.count` and stay inside the overflow array, and the table must
  /// keep an empty slot so that a look-up ends).
  init?(bytes: UnsafeRawBufferPointer, copy: Bool = false) {
    guard bytes.count >= Self.headerSize else { return nil }
    let storage = copy ? Storage(copying: bytes) : nil
    let base = storage.map { UnsafeRawPointer($0.bytes.baseAddress!) } ?? bytes.baseAddress!
    func u32(_ offset: Int) -> UInt32 { base.loadUnaligned(fromByteOffset: offset, as: UInt32.self) }
    guard u32(0) == Self.magic, u32(4) == Self.version else { return nil }
    let tags = Int(u32(8))
    let slots = Int(u32(12))
    let overflowCount = Int(u32(16))
    let scale = base.loadUnaligned(fromByteOffset: 20, as: Float.self)
    guard slots > 0, slots & (slots - 1) == 0, slots <= bytes.count / (Self.slotWords * 4), tags < 256 else {
      return nil
    }
    let overflowOffset = Self.headerSize + slots * Self.slotWords * 4
    guard overflowCount <= bytes.count / 4, bytes.count >= overflowOffset + overflowCount * 4,
      Int(bitPattern: base) % 4 == 0, scale.isFinite
    else { return nil }
    self.slots = (base + Self.headerSize).assumingMemoryBound(to: UInt32.self)
    self.overflow = (base + overflowOffset).assumingMemoryBound(to: UInt32.self)
    self.mask = slots - 1
    self.tagCount = tags
    self.scale = scale
    self.storage = storage
    if copy && !isWellFormed(overflowCount: overflowCount) { return nil }
  }

  /// Whether every look-up stays inside the model and names a known tag.
  private func isWellFormed(overflowCount: Int) -> Bool {
    guard tagCount == TagSet.count else { return false }
    var empty = false
    for slot in 0...mask {
      let words = slots + slot * Self.slotWords
      if words[0] == 0 {
        empty = true
        continue
      }
      let count = Int(words[1] & 31)
      let start = Int(words[1] >> 5)
      for index in 0..<min(count, Self.inlinePairs) where Int(words[2 + index] >> 16) >= tagCount { return false }
      guard count > Self.inlinePairs else { continue }
      guard start + count - Self.inlinePairs <= overflowCount else { return false }
      for index in start..<(start + count - Self.inlinePairs) where Int(overflow[index] >> 16) >= tagCount {
        return false
      }
    }
    return empty
  }

  @inline(__always)
  static func fingerprint(_ feature: UInt64) -> UInt32 {
    let low = UInt32(truncatingIfNeeded: feature)
    return low == 0 ? 1 : low
  }

  /// The first slot a feature's probe looks at.
  @inline(__always)
  private func home(_ feature: UInt64) -> Int {
    Int(truncatingIfNeeded: feature >> 32) & mask
  }

  /// Adds the weights of `feature` to `scores` (one per tag).
  @inline(__always)
  func accumulate(_ feature: UInt64, into scores: UnsafeMutablePointer<Int32>) {
    let fingerprint = Self.fingerprint(feature)
    var slot = home(feature)
    while true {
      let words = slots + slot &* Self.slotWords
      let key = words[0]
      if key == fingerprint {
        let meta = words[1]
        let count = Int(meta & 31)
        for index in 0..<min(count, Self.inlinePairs) {
          let pair = words[2 + index]
          scores[Int(pair >> 16)] &+= Int32(Int16(truncatingIfNeeded: pair))
        }
        if count > Self.inlinePairs {
          let start = Int(meta >> 5)
          for index in start..<(start + count - Self.inlinePairs) {
            let pair = overflow[index]
            scores[Int(pair >> 16)] &+= Int32(Int16(truncatingIfNeeded: pair))
          }
        }
        return
      }
      if key == 0 { return }
      slot = (slot + 1) & mask
    }
  }

  /// Asks the processor to load the slot where the look-up of `feature`
  /// starts: prefetching a token's features before adding them makes their
  /// cache misses overlap instead of following one another.
  @inline(__always)
  func prefetch(_ feature: UInt64) {
    cverbatim_prefetch(slots + home(feature) &* Self.slotWords)
  }

  /// Serializes averaged weights (`weights[feature]` has one value per tag).
  static func serialize(_ weights: [UInt64: [Float]], tagCount: Int) -> [UInt8] {
    let maxWeight = weights.values.lazy.flatMap { $0 }.map(abs).max() ?? 1
    let scale = max(maxWeight, 1e-6) / 32_000
    var rows: [(UInt64, [UInt32])] = []
    for (key, row) in weights.sorted(by: { $0.key < $1.key }) {
      var pairs: [UInt32] = []
      for (tag, value) in row.enumerated() {
        let quantized = Int16(clamping: Int((value / scale).rounded()))
        if quantized != 0 { pairs.append(UInt32(tag) << 16 | UInt32(UInt16(bitPattern: quantized))) }
      }
      if !pairs.isEmpty { rows.append((key, pairs)) }
    }
    // At most half full: most look-ups are of features the model does not
    // hold (a rare word's, a pair's), and an unsuccessful linear probe reads
    // on to an empty slot — 1.5 slots on average at half load, 8.5 at three
    // quarters (each slot is half a cache line).
    var slots = 1
    while slots < rows.count * 2 { slots <<= 1 }
    var table = [UInt32](repeating: 0, count: slots * slotWords)
    var overflow: [UInt32] = []
    for (key, row) in rows {
      var slot = Int(truncatingIfNeeded: key >> 32) & (slots - 1)
      while table[slot * slotWords] != 0 { slot = (slot + 1) & (slots - 1) }
      let base = slot * slotWords
      table[base] = fingerprint(key)
      table[base + 1] = UInt32(overflow.count) << 5 | UInt32(row.count)
      for (index, pair) in row.prefix(inlinePairs).enumerated() { table[base + 2 + index] = pair }
      overflow.append(contentsOf: row.dropFirst(inlinePairs))
    }
    var out: [UInt8] = []
    func append<T>(_ value: T) { withUnsafeBytes(of: value) { out.append(contentsOf: $0) } }
    append(magic)
    append(version)
    append(UInt32(tagCount))
    append(UInt32(slots))
    append(UInt32(overflow.count))
    append(scale)
    append(UInt32(0))
    append(UInt32(0))
    table.withUnsafeBytes { out.append(contentsOf: $0) }
    overflow.withUnsafeBytes { out.append(contentsOf: $0) }
    return out
  }
}
