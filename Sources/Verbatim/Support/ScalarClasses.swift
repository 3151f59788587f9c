/// Letter-case and letter tests with an ASCII fast path: the standard
/// library's `Unicode.Scalar.Properties` look every scalar up in its tables,
/// which costs more than the rest of a token's work on ASCII text. Outside
/// ASCII these are exactly the Unicode properties.
extension Unicode.Scalar {
  /// `properties.isUppercase`.
  @inline(__always)
  var isUpper: Bool {
    value < 0x80 ? value &- 0x41 < 26 : properties.isUppercase
  }

  /// `properties.isLowercase`.
  @inline(__always)
  var isLower: Bool {
    value < 0x80 ? value &- 0x61 < 26 : properties.isLowercase
  }

  /// `properties.isAlphabetic`.
  @inline(__always)
  var isLetter: Bool {
    value < 0x80 ? (value | 0x20) &- 0x61 < 26 : properties.isAlphabetic
  }
}
