/// Small helpers for hot loops over UTF-8 bytes with integer offsets.
enum UTF8Scanning {
  /// The scalar starting at `offset` and its length in bytes. The buffer must
  /// hold valid UTF-8 (Swift strings always do) and `offset` a scalar start.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
    let b0 = UInt32(bytes[offset])
    if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
    if b0 < 0xE0 {
      let value = (b0 & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
      return (Unicode.Scalar(value) ?? "\u{FFFD}", 2)
    }
    if b0 < 0xF0 {
      let value =
        (b0 & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
      return (Unicode.Scalar(value) ?? "\u{FFFD}", 3)
    }
    let value =
      (b0 & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
      | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F)
    return (Unicode.Scalar(value) ?? "\u{FFFD}", 4)
  }

  /// The text of `bytes[range]` (valid UTF-8: a document's bytes between token bounds).
  static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// Whether the scalar starting at `offset` is upper case (ASCII without
  /// a property look-up).
  @inline(__always)
  static func isUppercase(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    let byte = bytes[offset]
    if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
    return decode(bytes, at: offset).0.isUpper
  }

  /// The start of the scalar that ends just before `offset`.
  @inline(__always)
  static func previousScalarStart(_ bytes: UnsafeBufferPointer<UInt8>, before offset: Int) -> Int {
    var index = offset - 1
    while index > 0 && bytes[index] & 0xC0 == 0x80 { index -= 1 }
    return index
  }

  /// Whether `scalar` is Unicode white space (including no-break spaces,
  /// U+202F, U+2009, line and paragraph separators) or a format character
  /// that only ever stands between words (ZWSP, BOM, soft hyphen alone).
  @inline(__always)
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return true
    case 0..<0x80: return false
    case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
      return true
    default: return false
    }
  }

  /// Whether `scalar` ends a line (LF, CR, VT, FF, NEL, LS, PS).
  @inline(__always)
  static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }

  /// Converts sorted UTF-8 offsets to code-point offsets in one forward pass.
  struct ScalarOffsetCounter {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var byteOffset = 0
    private var scalarOffset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The code-point offset of UTF-8 offset `target`; targets must not
    /// decrease between calls (a smaller one restarts from the beginning).
    mutating func scalarOffset(at target: Int) -> Int {
      if target < byteOffset {
        byteOffset = 0
        scalarOffset = 0
      }
      var count = scalarOffset
      var index = byteOffset
      while index < target {
        count &+= bytes[index] & 0xC0 != 0x80 ? 1 : 0
        index &+= 1
      }
      byteOffset = target
      scalarOffset = count
      return count
    }
  }
}
