/// A trained tagger model: an open-addressing table from feature hash to
/// a short list of (tag, weight) pairs, read in place from a byte blob (the
/// model compiled into the library, or a file the trainer wrote).
///
/// Layout (little-endian): magic `VNER`, version u32 (2), tag count u32,
/// slot count u32 (a power of two), pair count u32, scale f32; then
/// fingerprints u32[slots] (0 = empty; the low 32 bits of the feature hash,
/// or 1), entries u32[slots] (pair offset << 5 | pair count), pairs
/// u32[pairs] (tag << 16 | weight as Int16). The slot is taken from the high
/// 32 bits of the hash, so fingerprint and slot are independent.
struct EntityModel: @unchecked Sendable {
  static let magic: UInt32 = 0x5245_4E56  // "VNER"
  static let version: UInt32 = 2

  private let fingerprints: UnsafePointer<UInt32>
  private let entries: UnsafePointer<UInt32>
  private let pairs: UnsafePointer<UInt32>
  private let mask: Int
  let tagCount: Int
  /// Multiply a summed quantized score by this to get the trained scale.
  let scale: Float
  /// Keeps a heap copy alive when the model was not in static memory.
  private let storage: [UInt8]?

  /// Reads a model in place from `bytes`, which must outlive the model
  /// (static data), or copies it when `copy` is true.
  init?(bytes: UnsafeRawBufferPointer, copy: Bool = false) {
    guard bytes.count >= 24 else { return nil }
    let storage: [UInt8]? = copy ? Array(bytes) : nil
    let base: UnsafeRawPointer =
      storage.map { array in array.withUnsafeBytes { UnsafeRawPointer($0.baseAddress!) } } ?? bytes.baseAddress!
    func u32(_ offset: Int) -> UInt32 { base.loadUnaligned(fromByteOffset: offset, as: UInt32.self) }
    guard u32(0) == Self.magic, u32(4) == Self.version else { return nil }
    let tags = Int(u32(8))
    let slots = Int(u32(12))
    let pairCount = Int(u32(16))
    let scale = base.loadUnaligned(fromByteOffset: 20, as: Float.self)
    let entriesOffset = 24 + slots * 4
    let pairsOffset = entriesOffset + slots * 4
    guard slots > 0, slots & (slots - 1) == 0, tags < 256, bytes.count >= pairsOffset + pairCount * 4,
      Int(bitPattern: base) % 4 == 0
    else { return nil }
    self.fingerprints = (base + 24).assumingMemoryBound(to: UInt32.self)
    self.entries = (base + entriesOffset).assumingMemoryBound(to: UInt32.self)
    self.pairs = (base + pairsOffset).assumingMemoryBound(to: UInt32.self)
    self.mask = slots - 1
    self.tagCount = tags
    self.scale = scale
    self.storage = storage
  }

  @inline(__always)
  static func fingerprint(_ feature: UInt64) -> UInt32 {
    let low = UInt32(truncatingIfNeeded: feature)
    return low == 0 ? 1 : low
  }

  /// Adds the weights of `feature` to `scores` (one per tag).
  @inline(__always)
  func accumulate(_ feature: UInt64, into scores: UnsafeMutablePointer<Int32>) {
    let fingerprint = Self.fingerprint(feature)
    var slot = Int(truncatingIfNeeded: feature >> 32) & mask
    while true {
      let key = fingerprints[slot]
      if key == fingerprint {
        let entry = entries[slot]
        let start = Int(entry >> 5)
        for index in start..<(start + Int(entry & 31)) {
          let pair = pairs[index]
          scores[Int(pair >> 16)] &+= Int32(Int16(truncatingIfNeeded: pair))
        }
        return
      }
      if key == 0 { return }
      slot = (slot + 1) & mask
    }
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
    var slots = 1
    while slots < rows.count * 4 / 3 + 1 { slots <<= 1 }
    var fingerprints = [UInt32](repeating: 0, count: slots)
    var entries = [UInt32](repeating: 0, count: slots)
    var pairs: [UInt32] = []
    for (key, row) in rows {
      var slot = Int(truncatingIfNeeded: key >> 32) & (slots - 1)
      while fingerprints[slot] != 0 { slot = (slot + 1) & (slots - 1) }
      fingerprints[slot] = fingerprint(key)
      entries[slot] = UInt32(pairs.count) << 5 | UInt32(row.count)
      pairs.append(contentsOf: row)
    }
    var out: [UInt8] = []
    func append<T>(_ value: T) { withUnsafeBytes(of: value) { out.append(contentsOf: $0) } }
    append(magic)
    append(version)
    append(UInt32(tagCount))
    append(UInt32(slots))
    append(UInt32(pairs.count))
    append(scale)
    fingerprints.withUnsafeBytes { out.append(contentsOf: $0) }
    entries.withUnsafeBytes { out.append(contentsOf: $0) }
    pairs.withUnsafeBytes { out.append(contentsOf: $0) }
    return out
  }
}
