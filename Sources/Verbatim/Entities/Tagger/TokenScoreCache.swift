import Synchronization

/// The summed weights of what a token gives the scores whatever its
/// neighbours' tags, remembered by ``TaggerSentence/ownFeatureKey(at:in:)``
/// while one tagger reads a document and, lent by its
/// ``TokenScoreCachePool``, the documents after: a word seen again costs one
/// look-up in this table instead of some twenty in the model, whose table
/// does not fit in the processor's cache.
///
/// A row holds ``rowWidth`` scores, `TagSet.count` for each ``Part``. An
/// open-addressing table of keys (0 marks an empty slot) and their rows; it
/// doubles when three quarters full, up to ``maxSlots`` slots, and then
/// starts again empty (which bounds its memory to about 3.6 MB). The sums
/// are wrapping, as the tagger's are, so a cached sum adds up to exactly
/// what the features would have given one by one. Use one cache per tagger.
struct TokenScoreCache {
  private var keys: [UInt64]
  private var scores: [Int32]
  private var count = 0

  /// The parts of a row, in order.
  enum Part: Int {
    /// The token's own features (``TaggerSentence/forEachOwnFeature(at:in:_:)``).
    case own
    /// Its features after an `O` tag (``TaggerSentence/previousTagFeatures(previous:_:)``).
    case afterOutside
    /// What it gives the token after it (``TaggerSentence/NeighbourRole/previous``).
    case asPrevious
    /// What it gives the token before it (``TaggerSentence/NeighbourRole/next``).
    case asNext
    /// What it gives the token two after it (``TaggerSentence/NeighbourRole/previous2``).
    case asPrevious2
    /// What it gives the token two before it (``TaggerSentence/NeighbourRole/next2``).
    case asNext2

    /// The offset of the part in a row.
    var offset: Int { rawValue * TagSet.count }

    /// The part holding what a token gives the neighbour it stands to in `role`.
    init(_ role: TaggerSentence.NeighbourRole) {
      switch role {
      case .previous: self = .asPrevious
      case .next: self = .asNext
      case .previous2: self = .asPrevious2
      case .next2: self = .asNext2
      }
    }
  }

  /// Scores per token: `TagSet.count` for each ``Part``.
  static let rowWidth = 6 * TagSet.count

  /// The most slots a cache grows to (three quarters of them filled).
  static let maxSlots = 1 << 14

  /// An empty cache with room for `capacity` tokens before it grows.
  init(capacity: Int = 256) {
    var slots = 16
    while slots * 3 < capacity * 4 && slots < Self.maxSlots { slots <<= 1 }
    keys = [UInt64](repeating: 0, count: slots)
    scores = [Int32](repeating: 0, count: slots * Self.rowWidth)
  }

  @inline(__always)
  private static func home(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: key >> 40) & mask
  }

  /// The slot holding the row of `key`, or nil when `key` is not cached.
  /// A slot stays valid until the next ``insert(_:_:)``.
  @inline(__always)
  func slot(of key: UInt64) -> Int? {
    let mask = keys.count - 1
    var slot = Self.home(key, mask)
    return keys.withUnsafeBufferPointer { keys in
      while true {
        let candidate = keys[slot]
        if candidate == key { return slot }
        if candidate == 0 { return nil }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Calls `body` with the first score of the rows (slot `s`'s row starts
  /// ``rowWidth`` × `s` after it), valid only inside `body`.
  @inline(__always)
  func withRows<R>(_ body: (UnsafePointer<Int32>) -> R) -> R {
    scores.withUnsafeBufferPointer { body($0.baseAddress!) }
  }

  /// Remembers `row` (``rowWidth`` scores) for `key` unless it is cached.
  mutating func insert(_ key: UInt64, _ row: UnsafePointer<Int32>) {
    guard key != 0 else { return }
    if (count + 1) * 4 > keys.count * 3 {
      if keys.count < Self.maxSlots {
        grow()
      } else {
        keys.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        count = 0
      }
    }
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
    var larger = TokenScoreCache(capacity: keys.count * 3 / 2 + 1)
    scores.withUnsafeBufferPointer { scores in
      for (slot, key) in keys.enumerated() where key != 0 {
        larger.insert(key, scores.baseAddress! + slot * Self.rowWidth)
      }
    }
    self = larger
  }
}

/// Score caches a tagger lends from document to document, so that a
/// word's scores computed in one document serve the next ones (most words
/// of a document have been seen in the documents before it). Thread-safe:
/// each caller takes a cache no other thread holds and gives it back after
/// the document; there are as many caches as threads that tagged at once.
final class TokenScoreCachePool: Sendable {
  private let free = Mutex<[TokenScoreCache]>([])

  /// A cache from the pool, or a new one with room for `capacity` tokens.
  func take(capacity: Int) -> TokenScoreCache {
    free.withLock { $0.popLast() } ?? TokenScoreCache(capacity: capacity)
  }

  /// Gives `cache` back for the next document.
  func giveBack(_ cache: TokenScoreCache) {
    free.withLock { $0.append(cache) }
  }
}
