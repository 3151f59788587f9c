/// The summed weights of tokens' own features (``TaggerSentence/forEachOwnFeature(at:in:_:)``)
/// and of their features after an `O` tag (``TaggerSentence/previousTagFeatures(previous:_:)``),
/// remembered by ``TaggerSentence/ownFeatureKey(at:in:)`` while one tagger
/// reads one document: a word seen again costs one look-up in this small
/// table instead of fourteen in the model, whose table does not fit in the
/// processor's cache.
///
/// An open-addressing table of keys (0 marks an empty slot) and
/// ``rowWidth`` scores per slot (own, then after `O`); it doubles when half
/// full. The sums are wrapping, as the tagger's are, so a cached sum adds up
/// to exactly what the features would have given one by one. Use one cache
/// per tagger.
struct TokenScoreCache {
  private var keys: [UInt64]
  private var scores: [Int32]
  private var count = 0
  /// Scores per token: `TagSet.count` for its own features, as many after an `O`.
  static let rowWidth = 2 * TagSet.count

  /// An empty cache with room for `capacity` tokens (rounded up to a power of two).
  init(capacity: Int = 256) {
    var slots = 16
    while slots < capacity * 2 { slots <<= 1 }
    keys = [UInt64](repeating: 0, count: slots)
    scores = [Int32](repeating: 0, count: slots * Self.rowWidth)
  }

  @inline(__always)
  private static func home(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: key >> 40) & mask
  }

  /// Adds the cached own scores of `key` to `into` and copies its scores
  /// after `O` to `outside` (`TagSet.count` each) and returns true, or
  /// returns false when `key` is not cached.
  @inline(__always)
  func add(_ key: UInt64, into target: UnsafeMutablePointer<Int32>, outside: UnsafeMutablePointer<Int32>) -> Bool {
    let mask = keys.count - 1
    var slot = Self.home(key, mask)
    return keys.withUnsafeBufferPointer { keys in
      while true {
        let candidate = keys[slot]
        if candidate == key {
          scores.withUnsafeBufferPointer { scores in
            let row = scores.baseAddress! + slot * Self.rowWidth
            for tag in 0..<TagSet.count { target[tag] &+= row[tag] }
            outside.update(from: row + TagSet.count, count: TagSet.count)
          }
          return true
        }
        if candidate == 0 { return false }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Remembers `row` (``rowWidth`` scores) for `key` unless it is cached.
  mutating func insert(_ key: UInt64, _ row: UnsafePointer<Int32>) {
    guard key != 0 else { return }
    if (count + 1) * 2 > keys.count { grow() }
    let mask = keys.count - 1
    var slot = Self.home(key, mask)
    while keys[slot] != 0 {
      if keys[slot] == key { return }
      slot = (slot + 1) & mask
    }
    keys[slot] = key
    scores.withUnsafeMutableBufferPointer { scores in
      (scores.baseAddress! + slot * Self.rowWidth).update(from: row, count: Self.rowWidth)
    }
    count += 1
  }

  private mutating func grow() {
    var larger = TokenScoreCache(capacity: keys.count)
    scores.withUnsafeBufferPointer { scores in
      for (slot, key) in keys.enumerated() where key != 0 {
        larger.insert(key, scores.baseAddress! + slot * Self.rowWidth)
      }
    }
    self = larger
  }
}
