extension EntityRecognizer {
  /// The prepositions between a place's noun and the name after it (norms fold `’` to `'`).
  private static let placeNounPrepositions: Set<String> = ["de", "d'", "of"]

  /// A name the tagger typed as a person or an organization, which no list
  /// calls an organization, is a place when a place's noun says so (`place-heads.txt`):
  /// - right before it in lower case with `de`/`d'`/`of` (kind `before`: `le
  ///   hameau de Colacu`, `la commune de Fundu Moldovei`, `the town of Keene`);
  /// - ending it capitalized, in a name of two words or more (kind `last`:
  ///   `the Snake River`, `the Sagamore Bridge`, `the Roman Empire`, `Yankee Stadium`),
  ///   unless a person's name opens on a listed first name or holds an initial
  ///   (`Robert L. Park`, `Barbara Castle`).
  ///
  /// A caller's span (the first `keeping` of `spans`) is never changed.
  func applyPlaceNouns(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, to spans: inout [(Range<Int>, EntityLabel)],
    keeping callerSpans: Int
  ) {
    let rules = EntityPatternRules.shared
    for position in spans.indices.dropFirst(callerSpans) where spans[position].1 == .person || spans[position].1 == .organization {
      let range = spans[position].0
      let last = tokens[range.upperBound - 1]
      let nounBefore = range.lowerBound - 2 >= tokens.startIndex
        && Self.placeNounPrepositions.contains(tokens[range.lowerBound - 1].norm)
        && rules.isPlaceNounBefore(tokens[range.lowerBound - 2].norm)
        && UTF8Scanning.decode(bytes, at: tokens[range.lowerBound - 2].utf8Range.lowerBound).0.isLower
      let nounLast = range.count > 1 && rules.isPlaceNounLast(last.norm) && UTF8Scanning.isUppercase(bytes, at: last.utf8Range.lowerBound)
      guard nounBefore || nounLast else { continue }
      // (A person's name ending on such a noun stays one: `Robert L. Park`, `Barbara Castle`.)
      if !nounBefore, spans[position].1 == .person, looksLikeAPersonsName(range, tokens, bytes) { continue }
      let utf8 = tokens[range.lowerBound].utf8Range.lowerBound..<last.utf8Range.upperBound
      guard EntityLexicons.shared.label(bytes, utf8) != .organization else { continue }
      spans[position].1 = .location
    }
  }

  /// Whether the person's name `range` is two words opening on a listed first
  /// name that opens no place's name (`Barbara Castle`; not `Santa`, not
  /// `Cameron Indoor Stadium`), or holds an initial (`Robert L. Park`).
  private func looksLikeAPersonsName(_ range: Range<Int>, _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let first = tokens[range.lowerBound]
    if range.count == 2, EntityLexicons.shared.isFirstName(bytes, first.utf8Range),
      !EntityPatternRules.shared.isPlaceFirstWord(first.norm)
    {
      return true
    }
    return range.dropLast().contains { Self.isInitial(tokens[$0].utf8Range, bytes) }
  }
}
