/// Computes a token's normalized form (``Token/norm``): NFKC with case
/// folding, typographic marks folded as the normalizer's typography step
/// folds them; accents kept.
enum TokenNorm {
  /// The norm of `bytes[range]`.
  static func norm(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    // One ASCII byte (punctuation, `a`, `I`): a ready-made string.
    if range.count == 1 && bytes[range.lowerBound] < 0x80 { return asciiNorms[Int(bytes[range.lowerBound])] }
    // The common cases need no ICU call: ASCII, Latin-1 letters (C3 80…C3 BF
    // but × ÷ ß, whose NFKC case folds are the letter itself or its
    // lower case, C3 80…9E → +0x20) and the `’` apostrophe (→ `'`).
    var lowers = false
    var offset = range.lowerBound
    while offset < range.upperBound {
      let byte = bytes[offset]
      if byte < 0x80 {
        if byte >= 0x41 && byte <= 0x5A { lowers = true }
        offset += 1
      } else if byte == 0xC3 && offset + 1 < range.upperBound && isFoldedLatin1(bytes[offset + 1]) {
        if bytes[offset + 1] <= 0x9E { lowers = true }
        offset += 2
      } else if byte == 0xE2 && offset + 2 < range.upperBound && bytes[offset + 1] == 0x80
        && bytes[offset + 2] == 0x99
      {
        lowers = true
        offset += 3
      } else {
        return singleScalarNorm(bytes, range) ?? icuNorm(bytes, range)
      }
    }
    let slice = UnsafeBufferPointer(rebasing: bytes[range])
    if !lowers { return String(decoding: slice, as: UTF8.self) }
    return String(unsafeUninitializedCapacity: range.count) { buffer in
      var written = 0
      var index = 0
      while index < slice.count {
        let byte = slice[index]
        if byte == 0xE2 {
          buffer[written] = UInt8(ascii: "'")
          index += 3
        } else if byte == 0xC3 {
          let next = slice[index + 1]
          buffer[written] = byte
          written += 1
          buffer[written] = next <= 0x9E ? next + 0x20 : next
          index += 2
        } else {
          buffer[written] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
          index += 1
        }
        written += 1
      }
      return written
    }
  }

  /// The norm of a token that is one scalar of the typography table (`“`,
  /// `»`, `—`, `…`, `€`: quotation marks, dashes and the like, which are
  /// tokens of their own), from a table of ``icuNorm(_:_:)``'s own results,
  /// so that these common tokens cost no ICU call and no allocation; nil
  /// for any other text.
  private static func singleScalarNorm(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
    let (scalar, length) = UTF8Scanning.decode(bytes, at: range.lowerBound)
    guard length == range.count else { return nil }
    return singleScalarNorms[scalar.value]
  }

  /// ``icuNorm(_:_:)`` of each scalar of the typography table and of the
  /// common currency and unit signs, by scalar.
  private static let singleScalarNorms: [UInt32: String] = {
    var norms: [UInt32: String] = [:]
    let scalars = Array(NormalizationTables.typography.keys) + [0x20AC, 0xA3, 0xA5, 0xA7, 0xB0, 0x2030]
    for value in scalars {
      guard let scalar = Unicode.Scalar(value) else { continue }
      var text = String(scalar)
      norms[value] = text.withUTF8 { icuNorm($0, 0..<$0.count) }
    }
    return norms
  }()

  /// The norms of the one-byte ASCII tokens, by byte.
  private static let asciiNorms: [String] = (0..<128).map { (byte: UInt8) in
    String(Unicode.Scalar(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte))
  }

  /// Whether C3 `next` is a Latin-1 letter the fast path folds: À…ÿ but
  /// × (97), ß (9F, folds to `ss`) and ÷ (B7).
  @inline(__always)
  private static func isFoldedLatin1(_ next: UInt8) -> Bool {
    next >= 0x80 && next <= 0xBF && next != 0x97 && next != 0x9F && next != 0xB7
  }

  /// The norm through ICU's NFKC case fold and the typography table: any
  /// text (the fast path of ``norm(_:_:)`` must agree with it).
  static func icuNorm(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
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
