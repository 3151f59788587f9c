/// Removes accents: `Israël` → `Israel`, `États-Unis` → `Etats-Unis`, and
/// folds the letters listed in `accents.txt` (`œ` → `oe`, `ß` → `ss`, `ł` → `l`).
///
/// Each character is decomposed (NFD), loses its nonspacing marks (Mn) when
/// its base is a letter, goes through the table and is recomposed (NFC, so
/// Hangul and other scripts built from decompositions without marks come
/// back intact). A nonspacing mark standing alone is removed when it follows
/// a letter. Marks on symbols stay (`≠` keeps its stroke), and so do variation
/// selectors, which choose emoji presentation.
struct AccentStep: NormalizationStep {
  func apply(_ input: UnsafeBufferPointer<UInt8>) -> StepOutput? {
    var builder = EditBuilder(input)
    var cache: [UInt32: [UInt8]?] = [:]
    var afterLetter = false
    var offset = 0
    let count = input.count
    while offset < count {
      let byte = input[offset]
      if byte < 0x80 {
        afterLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
        offset &+= 1
        continue
      }
      let (scalar, length) = UTF8Scanning.decode(input, at: offset)
      let range = offset..<offset + length
      offset += length
      if AccentFolding.isStrippableMark(scalar) {
        if afterLetter { builder.delete(range) }
        continue
      }
      afterLetter = AccentFolding.isLetter(scalar)
      let replacement: [UInt8]?
      if let known = AccentFolding.latin(scalar) {
        replacement = known
      } else if let cached = cache[scalar.value] {
        replacement = cached
      } else {
        replacement = AccentFolding.fold(scalar)
        cache[scalar.value] = .some(replacement)
      }
      if let replacement { builder.replace(range, with: replacement) }
    }
    return builder.finish()
  }
}

/// The per-character folding behind ``AccentStep``.
enum AccentFolding {
  /// The first code point of the precomputed Latin block.
  private static let latinStart: UInt32 = 0xC0
  /// The end of the precomputed Latin block (Latin-1, Extended-A and -B).
  private static let latinEnd: UInt32 = 0x250

  /// Foldings of U+00C0–U+024F, computed once: `nil` for unchanged letters.
  private static let latinTable: [[UInt8]?] = (latinStart..<latinEnd).map { value in
    Unicode.Scalar(value).flatMap(fold)
  }

  /// The folding of `scalar` when it is in the precomputed Latin block:
  /// `.some(nil)` when it does not change, `nil` when it is outside the block.
  @inline(__always)
  static func latin(_ scalar: Unicode.Scalar) -> [UInt8]?? {
    guard scalar.value >= latinStart && scalar.value < latinEnd else { return nil }
    return .some(latinTable[Int(scalar.value - latinStart)])
  }

  /// Whether `scalar` is a nonspacing mark the accents step drops
  /// (variation selectors and the grapheme joiner excepted).
  @inline(__always)
  static func isStrippableMark(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x300 { return false }
    if (0xFE00...0xFE0F).contains(value) || (0xE0100...0xE01EF).contains(value) { return false }
    return scalar.properties.generalCategory == .nonspacingMark
  }

  /// Whether `scalar` is a letter (general category L*).
  @inline(__always)
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
    default: false
    }
  }

  /// The accent-free form of `scalar` as UTF-8, or `nil` when it is unchanged.
  static func fold(_ scalar: Unicode.Scalar) -> [UInt8]? {
    let table = NormalizationTables.accents
    if let replacement = table[scalar.value] { return replacement }
    if scalar.value < latinStart { return nil }
    var original = String(scalar)
    let decomposed = original.withUTF8 { ICU.normalize($0, form: .nfd) }
    var kept: [UInt8] = []
    var base: Unicode.Scalar? = nil
    decomposed.withUnsafeBufferPointer { bytes in
      var offset = 0
      while offset < bytes.count {
        let (part, length) = UTF8Scanning.decode(bytes, at: offset)
        offset += length
        if base == nil { base = part }
        if let base, isLetter(base), isStrippableMark(part) { continue }
        if let replacement = table[part.value] {
          kept.append(contentsOf: replacement)
        } else {
          kept.append(contentsOf: String(part).utf8)
        }
      }
    }
    let result = kept.withUnsafeBufferPointer { ICU.normalize($0, form: .nfc) }
    return result.elementsEqual(original.utf8) ? nil : result
  }
}
