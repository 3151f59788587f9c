/// UTF-8 validation that says where the input goes wrong.
public enum UTF8Validation {
  /// The byte offset of the first invalid UTF-8 sequence (truncated, overlong,
  /// surrogate, out of range, stray continuation byte), or nil when valid.
  public static func firstInvalidOffset(_ bytes: some Collection<UInt8>) -> Int? {
    if let answer = bytes.withContiguousStorageIfAvailable({ firstInvalidOffset(buffer: $0) }) { return answer }
    return firstInvalidOffset(sequence: bytes)
  }

  /// ``firstInvalidOffset(_:)`` over contiguous bytes: runs of ASCII are
  /// skipped eight bytes at a time, the rest goes through the byte-wise check.
  static func firstInvalidOffset(buffer: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = UnsafeRawPointer(buffer.baseAddress) else { return nil }
    var offset = 0
    let count = buffer.count
    while true {
      while offset + 8 <= count && base.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
        offset += 8
      }
      while offset < count && buffer[offset] < 0x80 { offset += 1 }
      guard offset < count else { return nil }
      // A multi-byte sequence: check it and everything up to the next ASCII byte.
      var end = offset
      while end < count && buffer[end] >= 0x80 { end += 1 }
      if let invalid = firstInvalidOffset(sequence: UnsafeBufferPointer(rebasing: buffer[offset..<end])) {
        return offset + invalid
      }
      offset = end
    }
  }

  private static func firstInvalidOffset(sequence bytes: some Collection<UInt8>) -> Int? {
    var offset = 0
    var iterator = bytes.makeIterator()
    var sequenceStart = 0
    var needed = 0
    var lower: UInt8 = 0x80
    var upper: UInt8 = 0xBF
    while let byte = iterator.next() {
      if needed == 0 {
        sequenceStart = offset
        switch byte {
        case 0x00...0x7F: break
        case 0xC2...0xDF: needed = 1
        case 0xE0: needed = 2; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: needed = 2
        case 0xED: needed = 2; upper = 0x9F
        case 0xF0: needed = 3; lower = 0x90
        case 0xF1...0xF3: needed = 3
        case 0xF4: needed = 3; upper = 0x8F
        default: return offset
        }
      } else {
        guard byte >= lower && byte <= upper else { return sequenceStart }
        lower = 0x80
        upper = 0xBF
        needed -= 1
      }
      offset += 1
    }
    return needed > 0 ? sequenceStart : nil
  }

  /// The text with each invalid sequence replaced by U+FFFD, and how many
  /// replacements were made.
  public static func repairing(_ bytes: some Collection<UInt8>) -> (text: String, replacements: Int) {
    let text = String(decoding: bytes, as: UTF8.self)
    guard firstInvalidOffset(bytes) != nil else { return (text, 0) }
    // Replacement characters already in the input (EF BF BD) are not repairs.
    var existing = 0
    var window: (UInt8, UInt8) = (0, 0)
    for byte in bytes {
      if window == (0xEF, 0xBF) && byte == 0xBD { existing += 1 }
      window = (window.1, byte)
    }
    var total = 0
    for scalar in text.unicodeScalars where scalar == "\u{FFFD}" { total += 1 }
    return (text, total - existing)
  }
}
