extension EntityRecognizer {
  /// Lower-case particles inside or before a hyphenated place's or
  /// organization's name (`al-Qaeda`, `Val-de-Marne`, `Shipston-on-Stour`).
  static let hyphenParticles: Set<String> = ["al", "el", "de", "du", "des", "la", "le", "les", "sur", "en", "et", "lès", "on", "upon"]

  /// An English organization's or place's span with the rest of the
  /// hyphenated name it is part of (`al-Qaeda`, `North Rhine-Westphalia`,
  /// `Lübeck-Herrenwyk`, `AFL-CIO`, `Val-de-Marne`): the English tokenizer
  /// cuts at hyphens, and the tagger often marks one piece. A piece joins
  /// when hyphens glue it on both sides and it is capitalized, of two
  /// letters or more and on no name list (`U.S.-China`, `Israel-Hamas`,
  /// `Sen. Mike Lee (R-Utah)` stay apart), or a particle the
  /// compound goes on after (`-de-`, `-on-`), or `al`/`el` opening it.
  func withHyphenatedParts(
    _ range: Range<Int>, _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Range<Int> {
    func isHyphen(_ index: Int) -> Bool {
      index > tokens.startIndex && index + 1 < tokens.endIndex && tokens[index].norm == "-"
        && tokens[index].start == tokens[index - 1].end && tokens[index + 1].start == tokens[index].end
    }
    // (Two letters at least: `R-Utah`, `D-N.Y.` are a party and a state.)
    func isUnlistedCapitalized(_ index: Int) -> Bool {
      tokens[index].kind == .word && tokens[index].utf8Range.count >= 2
        && UTF8Scanning.isUppercase(bytes, at: tokens[index].utf8Range.lowerBound)
        && EntityLexicons.shared.label(bytes, tokens[index].utf8Range) == nil
    }
    func isParticle(_ index: Int) -> Bool { tokens[index].kind == .word && Self.hyphenParticles.contains(tokens[index].norm) }
    var lower = range.lowerBound, upper = range.upperBound
    while isHyphen(upper) {
      if isUnlistedCapitalized(upper + 1) {
        upper += 2
      } else if isParticle(upper + 1), isHyphen(upper + 2), tokens[upper + 3].kind == .word,
        UTF8Scanning.isUppercase(bytes, at: tokens[upper + 3].utf8Range.lowerBound)
      {
        upper += 4
      } else {
        break
      }
    }
    // A piece before opens the word: nothing glued to its left.
    func opensWord(_ index: Int) -> Bool { index == tokens.startIndex || tokens[index - 1].end < tokens[index].start }
    while isHyphen(lower - 1) {
      if isUnlistedCapitalized(lower - 2) || isParticle(lower - 2) && opensWord(lower - 2)
        && (tokens[lower - 2].norm == "al" || tokens[lower - 2].norm == "el")
      {
        lower -= 2
      } else if isParticle(lower - 2), isHyphen(lower - 3), tokens[lower - 4].kind == .word,
        UTF8Scanning.isUppercase(bytes, at: tokens[lower - 4].utf8Range.lowerBound)
      {
        lower -= 4
      } else {
        break
      }
    }
    return lower..<upper
  }
}
