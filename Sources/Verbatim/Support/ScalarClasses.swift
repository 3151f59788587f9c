/// Letter-case and letter tests with an ASCII and Latin-1 fast path: the
/// standard library's `Unicode.Scalar.Properties` look every scalar up in its
/// tables, which costs more than the rest of a token's work on ASCII text and
/// French accented letters. Beyond U+00FF these are the Unicode properties;
/// below, the same answers from the ranges (checked scalar by scalar in
/// `ScalarClassesTests`).
extension Unicode.Scalar {
  /// `properties.isUppercase`.
  @inline(__always)
  var isUpper: Bool {
    if value < 0x80 { return value &- 0x41 < 26 }
    // (`À`…`Þ` but `×`.)
    if value < 0x100 { return value &- 0xC0 < 0x1F && value != 0xD7 }
    return properties.isUppercase
  }

  /// `properties.isLowercase`.
  @inline(__always)
  var isLower: Bool {
    if value < 0x80 { return value &- 0x61 < 26 }
    // (`ß`…`ÿ` but `÷`, and `ª`, `µ`, `º`.)
    if value < 0x100 { return value >= 0xDF && value != 0xF7 || value == 0xAA || value == 0xB5 || value == 0xBA }
    return properties.isLowercase
  }

  /// `properties.isAlphabetic`.
  @inline(__always)
  var isLetter: Bool {
    if value < 0x80 { return (value | 0x20) &- 0x61 < 26 }
    // (`À`…`ÿ` but `×` and `÷`, and `ª`, `µ`, `º`.)
    if value < 0x100 {
      return value >= 0xC0 && value != 0xD7 && value != 0xF7 || value == 0xAA || value == 0xB5 || value == 0xBA
    }
    return properties.isAlphabetic
  }
}
