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
  /// previous tags. This is the definition the trainer uses (in this order);
  /// the tagger splits it into ``forEachTokenFeature(at:in:_:)``, the
  /// precomputed ``transitionFeatures(previous:previous2:)`` and
  /// ``previousTagFeatures(previous:_:)``, which must give the same hashes
  /// (`EntityFastPathReferenceTests`).
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
    if token.cluster != 0 { body(FeatureHash.feature(31, UInt64(token.cluster))) }
    if before.cluster != 0 { body(FeatureHash.feature(32, UInt64(before.cluster))) }
    if after.cluster != 0 { body(FeatureHash.feature(33, UInt64(after.cluster))) }
  }

  // MARK: The tagger's fast path

  /// The features of templates 1, 20 and 21: they depend only on the two
  /// previous tags, so the tagger sums their weights once, at load.
  static func transitionFeatures(previous: UInt8, previous2: UInt8) -> (UInt64, UInt64, UInt64) {
    (
      FeatureHash.feature(1, 0), FeatureHash.feature(20, UInt64(previous)),
      FeatureHash.feature(21, UInt64(previous), UInt64(previous2))
    )
  }

  /// The features of templates 22 and 23, which combine the previous tag with the token.
  @inline(__always)
  static func previousTagFeatures(previous: UInt8, _ token: UnsafePointer<TokenFeatures>) -> (UInt64, UInt64) {
    (
      FeatureHash.feature(22, UInt64(previous), token.pointee.shortShape),
      FeatureHash.feature(23, UInt64(previous), token.pointee.lower)
    )
  }

  /// Calls `body` with every feature hash of position `index` of `tokens`
  /// (this sentence's ``tokens``) that does not depend on the previous tags:
  /// all of ``forEachFeature(at:previous:previous2:_:)`` but templates 1 and 20–23.
  /// Reads the tokens in place rather than copying them.
  @inline(__always)
  func forEachTokenFeature(at index: Int, in tokens: UnsafeBufferPointer<TokenFeatures>, _ body: (UInt64) -> Void) {
    forEachOwnFeature(at: index, in: tokens, body)
    forEachNeighbourFeature(at: index, in: tokens, body)
  }

  /// The key of the token at `index` for ``forEachOwnFeature(at:in:_:)``
  /// and ``forEachFeature(of:as:_:)``: equal keys give the same own
  /// features and the same features as a neighbour (up to 64-bit hash
  /// collisions), since the form as written gives all the others.
  @inline(__always)
  func ownFeatureKey(at index: Int, in tokens: UnsafeBufferPointer<TokenFeatures>) -> UInt64 {
    let token = tokens.baseAddress! + index
    let context = UInt64(index == 0 ? 1 : 0) | UInt64(isHeadline ? 2 : 0) | UInt64(language) << 2
    return FeatureHash.feature(30, token.pointee.raw, UInt64(token.pointee.lexicon) << 8 | context)
  }

  /// The features of ``forEachTokenFeature(at:in:_:)`` that depend only on
  /// the token itself (its bytes, which give all its forms, and its lexicon
  /// bits), whether it opens the sentence, ``isHeadline`` and ``language``:
  /// templates 2, 7, 8, 11–19, 27 and 31. ``ownFeatureKey(at:in:)`` keys them.
  @inline(__always)
  func forEachOwnFeature(at index: Int, in tokens: UnsafeBufferPointer<TokenFeatures>, _ body: (UInt64) -> Void) {
    let token = tokens.baseAddress! + index
    let beginning: UInt64 = index == 0 ? 1 : 0
    let headline: UInt64 = isHeadline ? 1 : 0
    body(FeatureHash.feature(2, token.pointee.lower))
    if index > 0 && !isHeadline { body(FeatureHash.feature(7, token.pointee.raw)) }
    body(FeatureHash.feature(8, token.pointee.shape, headline))
    body(FeatureHash.feature(11, token.pointee.prefixes.0))
    body(FeatureHash.feature(12, token.pointee.prefixes.1))
    body(FeatureHash.feature(13, token.pointee.prefixes.2))
    body(FeatureHash.feature(14, token.pointee.suffixes.0))
    body(FeatureHash.feature(15, token.pointee.suffixes.1))
    body(FeatureHash.feature(16, token.pointee.suffixes.2))
    body(FeatureHash.feature(17, token.pointee.suffixes.3))
    body(FeatureHash.feature(18, UInt64(token.pointee.flags), beginning | headline << 1))
    body(FeatureHash.feature(19, token.pointee.shortShape, beginning | headline << 1 | UInt64(language) << 2))
    var bits = token.pointee.lexicon
    while bits != 0 {
      body(FeatureHash.feature(27, UInt64(bits.trailingZeroBitCount), headline))
      bits &= bits - 1
    }
    if token.pointee.cluster != 0 { body(FeatureHash.feature(31, UInt64(token.pointee.cluster))) }
  }

  /// The features of ``forEachTokenFeature(at:in:_:)`` that read the
  /// neighbouring tokens: templates 3–6, 9, 10, 24–26, 28, 29, 32 and 33 — what each
  /// neighbour gives in its role (``forEachFeature(of:as:_:)``), then the
  /// pairs (``pairFeatures(at:in:)``).
  @inline(__always)
  func forEachNeighbourFeature(at index: Int, in tokens: UnsafeBufferPointer<TokenFeatures>, _ body: (UInt64) -> Void) {
    // Neighbours outside the sentence read as `TokenFeatures()`: all zeros.
    let none = TokenFeatures()
    let count = tokens.count
    Self.forEachFeature(of: index > 0 ? tokens[index - 1] : none, as: .previous, body)
    Self.forEachFeature(of: index + 1 < count ? tokens[index + 1] : none, as: .next, body)
    Self.forEachFeature(of: index > 1 ? tokens[index - 2] : none, as: .previous2, body)
    Self.forEachFeature(of: index + 2 < count ? tokens[index + 2] : none, as: .next2, body)
    let pairs = pairFeatures(at: index, in: tokens)
    body(pairs.0)
    body(pairs.1)
    body(pairs.2)
  }

  /// Where a token stands to the token whose features it gives.
  enum NeighbourRole: Int, CaseIterable {
    /// The token just before (templates 3, 9, 28 and 32).
    case previous
    /// The token just after (templates 4, 10, 29 and 33).
    case next
    /// The token two before (template 5).
    case previous2
    /// The token two after (template 6).
    case next2
  }

  /// Calls `body` with the features `token` gives the token it stands
  /// next to in `role`: they depend on `token` alone (its folded form,
  /// short shape and lexicon bits), so the tagger can sum them once per
  /// distinct token and reuse the sums wherever the token stands.
  @inline(__always)
  static func forEachFeature(of token: TokenFeatures, as role: NeighbourRole, _ body: (UInt64) -> Void) {
    switch role {
    case .previous, .next:
      // Its folded form, short shape, each lexicon bit and its word cluster: templates 3, 9, 28, 32
      // before, 4, 10, 29, 33 after.
      let (form, shape, lexicon): (UInt8, UInt8, UInt8) = role == .previous ? (3, 9, 28) : (4, 10, 29)
      body(FeatureHash.feature(form, token.lower))
      body(FeatureHash.feature(shape, token.shortShape))
      var bits = token.lexicon
      while bits != 0 {
        body(FeatureHash.feature(lexicon, UInt64(bits.trailingZeroBitCount)))
        bits &= bits - 1
      }
      if token.cluster != 0 { body(FeatureHash.feature(role == .previous ? 32 : 33, UInt64(token.cluster))) }
    case .previous2:
      body(FeatureHash.feature(5, token.lower))
    case .next2:
      body(FeatureHash.feature(6, token.lower))
    }
  }

  /// The features of templates 24–26, which join the token at `index` with
  /// its neighbours: they are looked up for every token.
  @inline(__always)
  func pairFeatures(at index: Int, in tokens: UnsafeBufferPointer<TokenFeatures>) -> (UInt64, UInt64, UInt64) {
    let base = tokens.baseAddress!
    let count = tokens.count
    let beforeLower = index > 0 ? base[index - 1].lower : 0
    let beforeShortShape = index > 0 ? base[index - 1].shortShape : 0
    let afterLower = index + 1 < count ? base[index + 1].lower : 0
    let afterShortShape = index + 1 < count ? base[index + 1].shortShape : 0
    let lower = base[index].lower
    let shortShape = base[index].shortShape
    return (
      FeatureHash.feature(24, beforeLower, lower), FeatureHash.feature(25, lower, afterLower),
      FeatureHash.feature(26, beforeShortShape, shortShape &+ afterShortShape &* 31)
    )
  }
}
