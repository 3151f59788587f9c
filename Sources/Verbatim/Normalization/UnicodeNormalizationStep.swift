/// Unicode normalization (NFC or NFKC) through ICU, applied piece by piece
/// between normalization boundaries so each changed piece (a base character
/// with its combining marks) is its own edit in the offset map.
struct UnicodeNormalizationStep: NormalizationStep {
  /// The form: `.nfc` or `.nfkc`.
  var form: ICUNormalizationForm
  /// Characters to leave alone because a later step folds them better
  /// (NFKC would turn `´` into a space and a combining accent, `″` into `′′`).
  var protected: [UInt32: [UInt8]] = [:]

  func apply(_ input: UnsafeBufferPointer<UInt8>) -> StepOutput? {
    var ascii = true
    for byte in input where byte >= 0x80 {
      ascii = false
      break
    }
    if ascii || ICU.isNormalized(input, form: form) { return nil }
    var builder = EditBuilder(input)
    forEachSegment(of: input, form: form) { segment, scalarCount, firstScalar in
      if scalarCount == 1 {
        if firstScalar.value < 0x80 { return }
        if form == .nfc && firstScalar.value < 0x300 { return }
        if protected[firstScalar.value] != nil { return }
      }
      let normalized = ICU.normalize(UnsafeBufferPointer(rebasing: input[segment]), form: form)
      builder.replace(segment, with: normalized)
    }
    return builder.finish()
  }
}

/// Calls `body` with each normalization segment of `input`: a character that
/// has a normalization boundary before it in `form`, with the characters
/// that follow it up to the next boundary. Also passes the segment's number
/// of code points and its first code point.
@inline(__always)
func forEachSegment(
  of input: UnsafeBufferPointer<UInt8>, form: ICUNormalizationForm,
  _ body: (Range<Int>, Int, Unicode.Scalar) -> Void
) {
  let count = input.count
  guard count > 0 else { return }
  var start = 0
  var scalars = 0
  var first: Unicode.Scalar = "\0"
  var offset = 0
  while offset < count {
    let byte = input[offset]
    let scalar: Unicode.Scalar
    let length: Int
    let boundary: Bool
    if byte < 0x80 {
      scalar = Unicode.Scalar(byte)
      length = 1
      boundary = true
    } else {
      (scalar, length) = UTF8Scanning.decode(input, at: offset)
      boundary = ICU.hasBoundaryBefore(scalar, form: form)
    }
    if boundary && offset > start {
      body(start..<offset, scalars, first)
      start = offset
      scalars = 0
    }
    if scalars == 0 { first = scalar }
    scalars += 1
    offset += length
  }
  body(start..<count, scalars, first)
}
