/// 64-bit hashing for tagger features: FNV-1a over bytes, and a mixer that
/// combines a template id with precomputed value hashes, so a token's
/// features cost a few multiplications rather than string building.
enum FeatureHash {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

  @inline(__always)
  static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* 0x0100_0000_01b3
  }

  /// FNV-1a of a byte range.
  @inline(__always)
  static func bytes(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var hash = seed
    for index in range { hash = add(hash, buffer[index]) }
    return hash
  }

  /// A well-mixed combination of a template id and up to two value hashes.
  @inline(__always)
  static func feature(_ template: UInt8, _ a: UInt64, _ b: UInt64 = 0) -> UInt64 {
    var x = a &+ UInt64(template) &* 0x9E37_79B9_7F4A_7C15
    x ^= b &* 0xC2B2_AE3D_27D4_EB4F
    x ^= x >> 31
    x &*= 0xBF58_476D_1CE4_E5B9
    x ^= x >> 29
    // 0 marks an empty slot in the model table.
    return x == 0 ? 1 : x
  }
}
