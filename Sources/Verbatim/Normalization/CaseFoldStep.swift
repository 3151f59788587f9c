/// Full Unicode case folding (`STRASSE`, `Straße` → `strasse`; `ÉTÉ` → `été`),
/// one normalization segment at a time so the map stays fine-grained.
///
/// Folding can produce combining marks (`İ` → `i̇`) or undo a composition;
/// when the pipeline also strips accents or normalizes, the folded segment
/// gets the same treatment, so the result of the pipeline is stable.
struct CaseFoldStep: NormalizationStep {
  /// Whether the folded pieces must also lose their accents.
  var stripAccents = false
  /// The normalization form the folded pieces must be in, if any.
  var form: ICUNormalizationForm? = nil

  func apply(_ input: UnsafeBufferPointer<UInt8>) -> StepOutput? {
    var builder = EditBuilder(input)
    var cache: [[UInt8]: [UInt8]] = [:]
    forEachSegment(of: input, form: form ?? .nfc) { segment, scalarCount, first in
      if scalarCount == 1 && first.value < 0x80 {
        let byte = UInt8(first.value)
        if byte >= 0x41 && byte <= 0x5A { builder.replace(segment, withByte: byte | 0x20) }
        return
      }
      let slice = UnsafeBufferPointer(rebasing: input[segment])
      var changes = false
      var offset = 0
      while offset < slice.count {
        let (scalar, length) = UTF8Scanning.decode(slice, at: offset)
        if scalar.properties.changesWhenCaseFolded {
          changes = true
          break
        }
        offset += length
      }
      guard changes else { return }
      let key = Array(slice)
      if let folded = cache[key] {
        builder.replace(segment, with: folded)
        return
      }
      var folded = ICU.foldCase(slice)
      if stripAccents {
        folded = folded.withUnsafeBufferPointer { AccentStep().apply($0)?.bytes } ?? folded
      }
      if let form {
        folded = folded.withUnsafeBufferPointer { ICU.normalize($0, form: form) }
      }
      cache[key] = folded
      builder.replace(segment, with: folded)
    }
    return builder.finish()
  }
}
