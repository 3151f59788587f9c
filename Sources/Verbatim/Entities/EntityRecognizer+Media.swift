extension EntityRecognizer {
  /// Adds the listed news media of a sentence (`Resources/entities/media.txt`)
  /// as organizations, longest first: `Le Journal du dimanche`, `L'Équipe`,
  /// `20 Minutes`, `France 2`. Names of one token that are words are left to
  /// the single-name rule, which knows about sentence starts and headlines.
  ///
  /// - Parameters:
  ///   - ranges: the tokens' UTF-8 ranges; `bits` their lexicon bits.
  ///   - isFree: whether no span so far covers a range of token indices;
  ///     `add` records a span.
  func addMedia(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, ranges: [Range<Int>], bits: [UInt32],
    isFree: (Range<Int>) -> Bool, add: ((Range<Int>, EntityLabel)) -> Void
  ) {
    let lexicons = EntityLexicons.shared
    ranges.withUnsafeBufferPointer { ranges in
      var index = 0
      while index + 1 < ranges.count {
        defer { index += 1 }
        guard bits[index] & bits[index + 1] & EntityLexicons.mediaBit != 0,
          let phrase = lexicons.listedPhrase(bytes, ranges, at: index),
          lexicons.isMedium(bytes, ranges[index].lowerBound..<ranges[phrase.end - 1].upperBound)
        else { continue }
        let token = tokens.startIndex + index
        let range = token..<(tokens.startIndex + phrase.end)
        guard isFree(range) else { continue }
        add((range, .organization))
        index = phrase.end - 1
      }
    }
  }
}
