/// Computes a token's normalized form (``Token/norm``): NFKC with case
/// folding, typographic marks folded as the normalizer's typography step
/// folds them; accents kept.
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

  /// Folds the typographic marks that NFKC keeps, with the normalizer's own
  /// table (`Resources/normalization/typography.txt`): `’` → `'`, `«` → `"`,
  /// dashes → `-`, so token norms agree with `normalize --steps typography`.
  static func foldTypography(_ bytes: inout [UInt8]) {
    guard bytes.contains(where: { $0 >= 0x80 }) else { return }
    let table = NormalizationTables.typography
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    bytes.withUnsafeBufferPointer { buffer in
      var offset = 0
      while offset < buffer.count {
        if buffer[offset] < 0x80 {
          output.append(buffer[offset])
          offset += 1
          continue
        }
        let (scalar, length) = UTF8Scanning.decode(buffer, at: offset)
        if let replacement = table[scalar.value] {
          output.append(contentsOf: replacement)
        } else {
          output.append(contentsOf: buffer[offset..<(offset + length)])
        }
        offset += length
      }
    }
    bytes = output
  }
}
