/// Computes a token's normalized form (``Token/norm``): NFKC with case
/// folding, typographic apostrophes and quotes folded to ASCII; accents kept.
enum TokenNorm {
  /// The norm of `bytes[range]`.
  static func norm(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    var ascii = true
    var upper = false
    for offset in range {
      let byte = bytes[offset]
      if byte >= 0x80 {
        ascii = false
        break
      }
      if byte >= 0x41 && byte <= 0x5A { upper = true }
    }
    if ascii {
      // The common case: no ICU call, one small string (inline up to 15 bytes).
      let slice = UnsafeBufferPointer(rebasing: bytes[range])
      if !upper { return String(decoding: slice, as: UTF8.self) }
      return String(unsafeUninitializedCapacity: range.count) { buffer in
        for (index, byte) in slice.enumerated() {
          buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
        return range.count
      }
    }
    var folded = ICU.normalize(UnsafeBufferPointer(rebasing: bytes[range]), form: .nfkcCaseFold)
    foldTypography(&folded)
    return String(decoding: folded, as: UTF8.self)
  }

  /// Folds the typographic marks that NFKC keeps: `’ ‘ ‛ ʼ` → `'`,
  /// `« » “ ” „ ‹ ›` → `"`, `‐ ‑ ‒ – — ―` → `-`.
  static func foldTypography(_ bytes: inout [UInt8]) {
    guard bytes.contains(where: { $0 >= 0x80 }) else { return }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 {
        switch bytes[index + 2] {
        case 0x98, 0x99, 0x9B:
          output.append(UInt8(ascii: "'"))
          index += 3
          continue
        case 0x9C, 0x9D, 0x9E, 0x9F, 0xB9, 0xBA:
          output.append(UInt8(ascii: "\""))
          index += 3
          continue
        case 0x90, 0x91, 0x92, 0x93, 0x94, 0x95:
          output.append(UInt8(ascii: "-"))
          index += 3
          continue
        default: break
        }
      } else if byte == 0xC2 && index + 1 < bytes.count && (bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB) {
        output.append(UInt8(ascii: "\""))
        index += 2
        continue
      } else if byte == 0xCA && index + 1 < bytes.count && bytes[index + 1] == 0xBC {
        output.append(UInt8(ascii: "'"))
        index += 2
        continue
      }
      output.append(byte)
      index += 1
    }
    bytes = output
  }
}
