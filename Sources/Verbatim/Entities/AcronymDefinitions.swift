/// Acronyms defined in parentheses after their expansion:
/// `Immigration and Customs Enforcement (ICE)`,
/// `American Civil Liberties Union (ACLU)`, `Organisation mondiale de la santé (OMS)`.
///
/// The expansion is found as Schwartz and Hearst's abbreviation finder finds
/// it ("A simple algorithm for identifying abbreviation definitions in
/// biomedical text", 2003): the acronym's letters matched right to left in
/// the words before the parenthesis, the first letter at the start of a
/// word, within `min(letters + 5, 2 × letters)` words. Here the expansion
/// must also start with a capital and stay inside the sentence without
/// crossing punctuation, and the acronym must be two to eight capitals
/// (`ICE`, `CNIL`, `AT&T`; digits allowed after the first letter).
enum AcronymDefinitions {
  /// One definition: the expansion's tokens, the acronym's token and the
  /// number of its letters and digits.
  struct Definition: Equatable {
    var expansion: Range<Int>
    var acronym: Int
    var letterCount: Int
  }

  /// The definitions among `tokens` (indices are those of `tokens`). With
  /// `lowerCase`, those whose expansion is written all in lower case
  /// instead (`zone d'éducation prioritaire (ZEP)`: a common noun's
  /// abbreviation, no name).
  static func find(_ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, lowerCase: Bool = false) -> [Definition] {
    var found: [Definition] = []
    var index = tokens.startIndex
    while index + 2 < tokens.endIndex {
      defer { index += 1 }
      guard isByte(tokens[index], bytes, UInt8(ascii: "(")), isByte(tokens[index + 2], bytes, UInt8(ascii: ")")),
        index > tokens.startIndex
      else { continue }
      let acronym = tokens[index + 1]
      guard let letters = acronymLetters(bytes, acronym.utf8Range) else { continue }
      // The words before the parenthesis (and a closing quotation mark:
      // `« zone d'éducation prioritaire » (ZEP)`), back to punctuation or the limit.
      let limit = min(letters.count + 5, 2 * letters.count)
      var end = index
      if end - 1 > tokens.startIndex, tokens[end - 1].isQuotationMark { end -= 1 }
      var first = end
      while first > tokens.startIndex, end - first < limit {
        let token = tokens[first - 1]
        guard token.kind == .word || token.kind == .number else { break }
        first -= 1
      }
      guard first < end, let start = expansionStart(letters, tokens[first..<end], bytes) else { continue }
      if lowerCase {
        guard tokens[start..<end].allSatisfy({ $0.isLowerCaseWord(in: bytes) })
        else { continue }
      } else {
        guard UTF8Scanning.decode(bytes, at: tokens[start].utf8Range.lowerBound).0.isUpper else { continue }
      }
      found.append(Definition(expansion: start..<end, acronym: index + 1, letterCount: letters.count))
    }
    return found
  }

  private static func isByte(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>, _ byte: UInt8) -> Bool {
    token.isByte(byte, in: bytes)
  }

  /// The letters and digits of an acronym token (two to eight, the first
  /// a capital, every letter a capital, `&` and `.` allowed between them),
  /// lower-cased; nil for any other token.
  static func acronymLetters(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Unicode.Scalar]? {
    var letters: [Unicode.Scalar] = []
    var offset = range.lowerBound
    while offset < range.upperBound {
      let (scalar, length) = UTF8Scanning.decode(bytes, at: offset)
      offset += length
      if scalar == "&" || scalar == "." { continue }
      let properties = scalar.properties
      if properties.isUppercase {
        letters.append(properties.lowercaseMapping.unicodeScalars.first ?? scalar)
      } else if properties.numericType != nil && !letters.isEmpty {
        letters.append(scalar)
      } else {
        return nil
      }
    }
    return (2...8).contains(letters.count) ? letters : nil
  }

  /// Where the expansion of `letters` starts among `words` (a token index),
  /// or nil: each letter, right to left, matched to the nearest same letter
  /// to the left of the previous match; the first one at a token's start.
  static func expansionStart(
    _ letters: [Unicode.Scalar], _ words: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Int? {
    // The words' scalars, lower-cased, with the token each belongs to and
    // whether it starts that token.
    var scalars: [(scalar: Unicode.Scalar, token: Int, startsToken: Bool)] = []
    for index in words.indices {
      var offset = words[index].utf8Range.lowerBound
      while offset < words[index].utf8Range.upperBound {
        let (scalar, length) = UTF8Scanning.decode(bytes, at: offset)
        let lower = scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
        scalars.append((lower, index, offset == words[index].utf8Range.lowerBound))
        offset += length
      }
    }
    var position = scalars.count - 1
    for (letterIndex, letter) in letters.enumerated().reversed() {
      let first = letterIndex == 0
      while position >= 0 && (scalars[position].scalar != letter || (first && !scalars[position].startsToken)) {
        position -= 1
      }
      guard position >= 0 else { return nil }
      if first { return scalars[position].token }
      position -= 1
    }
    return nil
  }
}
