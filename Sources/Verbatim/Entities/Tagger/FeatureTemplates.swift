/// The tagger's feature templates. Training (the `VerbatimTrainer` target)
/// and tagging call the same function, so they cannot disagree.
package struct TaggerSentence {
  var tokens: [TokenFeatures]
  /// Most words capitalized: case carries little information.
  var isHeadline: Bool
  /// 0 French, 1 English.
  var language: UInt8

  init(tokens: [TokenFeatures], language: Language) {
    self.tokens = tokens
    self.language = language == .english ? 1 : 0
    var words = 0
    var capitalized = 0
    for token in tokens where !TokenFeatures.Flags(rawValue: token.flags).contains(.noLetter) {
      words += 1
      if token.isCapitalized { capitalized += 1 }
    }
    isHeadline = words >= 4 && capitalized * 10 >= words * 8
  }

  /// Calls `body` with every feature hash of position `index` given the two
  /// previous tags.
  @inline(__always)
  func forEachFeature(at index: Int, previous: UInt8, previous2: UInt8, _ body: (UInt64) -> Void) {
    let token = tokens[index]
    let none = TokenFeatures()
    let before = index > 0 ? tokens[index - 1] : none
    let before2 = index > 1 ? tokens[index - 2] : none
    let after = index + 1 < tokens.count ? tokens[index + 1] : none
    let after2 = index + 2 < tokens.count ? tokens[index + 2] : none
    let beginning: UInt64 = index == 0 ? 1 : 0
    let headline: UInt64 = isHeadline ? 1 : 0
    body(FeatureHash.feature(1, 0))
    body(FeatureHash.feature(2, token.lower))
    body(FeatureHash.feature(3, before.lower))
    body(FeatureHash.feature(4, after.lower))
    body(FeatureHash.feature(5, before2.lower))
    body(FeatureHash.feature(6, after2.lower))
    if index > 0 && !isHeadline { body(FeatureHash.feature(7, token.raw)) }
    body(FeatureHash.feature(8, token.shape, headline))
    body(FeatureHash.feature(9, before.shortShape))
    body(FeatureHash.feature(10, after.shortShape))
    body(FeatureHash.feature(11, token.prefixes.0))
    body(FeatureHash.feature(12, token.prefixes.1))
    body(FeatureHash.feature(13, token.prefixes.2))
    body(FeatureHash.feature(14, token.suffixes.0))
    body(FeatureHash.feature(15, token.suffixes.1))
    body(FeatureHash.feature(16, token.suffixes.2))
    body(FeatureHash.feature(17, token.suffixes.3))
    body(FeatureHash.feature(18, UInt64(token.flags), beginning | headline << 1))
    body(FeatureHash.feature(19, token.shortShape, beginning | headline << 1 | UInt64(language) << 2))
    body(FeatureHash.feature(20, UInt64(previous)))
    body(FeatureHash.feature(21, UInt64(previous), UInt64(previous2)))
    body(FeatureHash.feature(22, UInt64(previous), token.shortShape))
    body(FeatureHash.feature(23, UInt64(previous), token.lower))
    body(FeatureHash.feature(24, before.lower, token.lower))
    body(FeatureHash.feature(25, token.lower, after.lower))
    body(FeatureHash.feature(26, before.shortShape, token.shortShape &+ after.shortShape &* 31))
    var bits = token.lexicon
    while bits != 0 {
      let bit = UInt64(bits.trailingZeroBitCount)
      body(FeatureHash.feature(27, bit, headline))
      bits &= bits - 1
    }
    bits = before.lexicon
    while bits != 0 {
      body(FeatureHash.feature(28, UInt64(bits.trailingZeroBitCount)))
      bits &= bits - 1
    }
    bits = after.lexicon
    while bits != 0 {
      body(FeatureHash.feature(29, UInt64(bits.trailingZeroBitCount)))
      bits &= bits - 1
    }
  }
}
