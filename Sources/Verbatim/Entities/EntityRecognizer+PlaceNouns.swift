extension EntityRecognizer {
  /// The prepositions between a place's noun and the name after it (norms fold `’` to `'`).
  private static let placeNounPrepositions: Set<String> = ["de", "d'", "of"]

  /// A name the tagger typed as a person or an organization, which no list
  /// calls an organization, is a place when a place's noun says so (`place-heads.txt`):
  /// - right before it in lower case with `de`/`d'`/`of` (kind `before`: `le
  ///   hameau de Colacu`, `la commune de Fundu Moldovei`, `the town of Keene`),
  ///   or before a place it announced and `et de` (`les usines de Mirafiori et de Cassino`);
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
    // The ends of the places a noun announced, so far in text order: a name
    // joined to one by `et de`/`and of` is announced too (`les usines de
    // Mirafiori et de Cassino`).
    var announced = Set<Int>()
    let order = spans.indices.dropFirst(callerSpans).sorted { spans[$0].0.lowerBound < spans[$1].0.lowerBound }
    for position in order {
      let (range, label) = spans[position]
      let afterPreposition = range.lowerBound - 2 >= tokens.startIndex
        && Self.placeNounPrepositions.contains(tokens[range.lowerBound - 1].norm)
      let nounBefore = afterPreposition
        && (rules.isPlaceNounBefore(tokens[range.lowerBound - 2].norm)
          && UTF8Scanning.decode(bytes, at: tokens[range.lowerBound - 2].utf8Range.lowerBound).0.isLower
          || Self.coordinators.contains(tokens[range.lowerBound - 2].norm) && announced.contains(range.lowerBound - 2))
      if label == .location {
        if nounBefore { announced.insert(range.upperBound) }
        continue
      }
      guard label == .person || label == .organization else { continue }
      let last = tokens[range.upperBound - 1]
      let nounLast = range.count > 1 && rules.isPlaceNounLast(last.norm) && UTF8Scanning.isUppercase(bytes, at: last.utf8Range.lowerBound)
      guard nounBefore || nounLast else { continue }
      // (A person's name ending on such a noun stays one: `Robert L. Park`, `Barbara Castle`.)
      if !nounBefore, label == .person, looksLikeAPersonsName(range, tokens, bytes) { continue }
      let utf8 = tokens[range.lowerBound].utf8Range.lowerBound..<last.utf8Range.upperBound
      guard EntityLexicons.shared.label(bytes, utf8) != .organization else { continue }
      spans[position].1 = .location
      if nounBefore { announced.insert(range.upperBound) }
    }
  }

  /// Words joining two names (norms).
  private static let coordinators: Set<String> = ["et", "ou", "and", "or"]

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
