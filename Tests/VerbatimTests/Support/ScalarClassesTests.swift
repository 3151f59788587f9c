import Testing
@testable import Verbatim

/// The fast paths of `isUpper`, `isLower` and `isLetter` give the Unicode
/// properties' answers for every scalar they cover (ASCII, Latin-1) and
/// beyond.
@Suite struct ScalarClassesTests {
  /// Every scalar below U+0800 (ASCII, Latin-1, Latin Extended, Greek,
  /// Cyrillic…), then samples up to the last plane.
  static let scalars: [Unicode.Scalar] =
    (0..<0x800).compactMap(Unicode.Scalar.init) + stride(from: 0x800, to: 0x110000, by: 97).compactMap(Unicode.Scalar.init)

  @Test func caseAndLetterTestsAreTheUnicodeProperties() {
    var disagreements: [String] = []
    for scalar in Self.scalars {
      let properties = scalar.properties
      if scalar.isUpper != properties.isUppercase { disagreements.append("isUpper U+\(String(scalar.value, radix: 16))") }
      if scalar.isLower != properties.isLowercase { disagreements.append("isLower U+\(String(scalar.value, radix: 16))") }
      if scalar.isLetter != properties.isAlphabetic { disagreements.append("isLetter U+\(String(scalar.value, radix: 16))") }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
    // (The Latin-1 rows the fast path spells out.)
    #expect("É".unicodeScalars.first!.isUpper && !"×".unicodeScalars.first!.isUpper)
    #expect("ª".unicodeScalars.first!.isLower && !"÷".unicodeScalars.first!.isLetter)
  }
}
