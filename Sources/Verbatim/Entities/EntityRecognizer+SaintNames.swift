extension EntityRecognizer {
  /// Abbreviations and words of `Saint` that open English places' names (norms).
  static let saintWords: Set<String> = ["st.", "st", "saint", "ste.", "sainte"]

  /// `St. Thomas`, `Saint Helena`, `St. Peter's Square`: a saint's name
  /// after `St.`/`Saint` (capitalized, with no name's word before it: not
  /// `Yves Saint Laurent`)
  /// that the tagger found alone is a place's name with it — a person's
  /// becomes a place — and `'s` with a place's or building's noun after it
  /// (`place-heads.txt`, kinds `last`, `group-last`) belongs to it too. A
  /// caller's span (the first `keeping` of `spans`) is never changed.
  func applySaintNames(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, to spans: inout [(Range<Int>, EntityLabel)],
    keeping callerSpans: Int
  ) {
    // (A byte test before the set: `s`/`S` opens every word of `saintWords`.)
    guard tokens.contains(where: { bytes[$0.utf8Range.lowerBound] | 0x20 == UInt8(ascii: "s") && Self.saintWords.contains($0.norm) })
    else { return }
    let holding = Self.spanPositions(spans, in: tokens)
    func isFree(_ index: Int) -> Bool { index < tokens.endIndex && holding[index - tokens.startIndex] < 0 }
    for position in spans.indices.dropFirst(callerSpans) where spans[position].1 == .person || spans[position].1 == .location {
      let name = spans[position].0
      let saint = name.lowerBound - 1
      guard saint >= tokens.startIndex, Self.saintWords.contains(tokens[saint].norm), isFree(saint),
        UTF8Scanning.isUppercase(bytes, at: tokens[saint].utf8Range.lowerBound),
        !(saint - 1 >= tokens.startIndex && isCapitalizedWord(saint - 1, tokens, bytes)
          && !EntityLexicons.shared.isCommonWord(bytes, tokens[saint - 1].utf8Range))
      else { continue }
      var end = name.upperBound
      if end + 1 < tokens.endIndex, tokens[end].norm == "'s", isFree(end), isFree(end + 1),
        isCapitalizedWord(end + 1, tokens, bytes), EntityPatternRules.shared.isGroupOrPlaceNounLast(tokens[end + 1].norm)
      {
        end += 2
      }
      spans[position] = (saint..<end, .location)
    }
  }
}
