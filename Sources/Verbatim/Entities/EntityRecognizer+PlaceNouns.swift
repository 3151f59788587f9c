extension EntityRecognizer {
  /// `le hameau de Colacu`, `la commune de Fundu Moldovei`, `the town of
  /// Keene`: a name the tagger typed as a person or an organization right
  /// after a place's noun and `de`/`d'`/`of` (`place-heads.txt`, kind
  /// `before`), which no list calls an organization, is a place. A caller's
  /// span (the first `keeping` of `spans`) is never changed.
  /// The prepositions between the place's noun and the name (norms fold `’` to `'`).
  private static let placeNounPrepositions: Set<String> = ["de", "d'", "of"]

  func applyPlaceNouns(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, to spans: inout [(Range<Int>, EntityLabel)],
    keeping callerSpans: Int
  ) {
    let rules = EntityPatternRules.shared
    for position in spans.indices.dropFirst(callerSpans) where spans[position].1 == .person || spans[position].1 == .organization {
      let range = spans[position].0
      guard range.lowerBound - 2 >= tokens.startIndex,
        Self.placeNounPrepositions.contains(tokens[range.lowerBound - 1].norm),
        rules.isPlaceNounBefore(tokens[range.lowerBound - 2].norm),
        UTF8Scanning.decode(bytes, at: tokens[range.lowerBound - 2].utf8Range.lowerBound).0.isLower
      else { continue }
      let utf8 = tokens[range.lowerBound].utf8Range.lowerBound..<tokens[range.upperBound - 1].utf8Range.upperBound
      guard EntityLexicons.shared.label(bytes, utf8) != .organization else { continue }
      spans[position].1 = .location
    }
  }

  /// `the Snake River`, `the Sagamore Bridge`, `the Roman Empire`: a name of
  /// two words or more that the tagger typed as a person or an organization,
  /// ending on a capitalized place's noun (`place-heads.txt`, kind `last`),
  /// which no list calls an organization, is a place. A caller's span (the
  /// first `keeping` of `spans`) is never changed.
  func applyPlaceNounsLast(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, to spans: inout [(Range<Int>, EntityLabel)],
    keeping callerSpans: Int
  ) {
    let rules = EntityPatternRules.shared
    for position in spans.indices.dropFirst(callerSpans) where spans[position].1 == .person || spans[position].1 == .organization {
      let range = spans[position].0
      let last = tokens[range.upperBound - 1]
      guard range.count > 1, rules.isPlaceNounLast(last.norm), UTF8Scanning.isUppercase(bytes, at: last.utf8Range.lowerBound)
      else { continue }
      let utf8 = tokens[range.lowerBound].utf8Range.lowerBound..<last.utf8Range.upperBound
      guard EntityLexicons.shared.label(bytes, utf8) != .organization else { continue }
      spans[position].1 = .location
    }
  }
}
