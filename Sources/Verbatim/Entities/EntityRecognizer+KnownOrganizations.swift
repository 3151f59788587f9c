extension EntityRecognizer {
  /// Adds the well-known organizations of a sentence (news media, clubs,
  /// pollsters: `Resources/entities/media.txt`, `clubs.txt`, `pollsters.txt`)
  /// as organizations, longest first: `Le Journal du dimanche`, `L'Équipe`,
  /// `20 Minutes`, `France 2`, `Paris Saint-Germain`. Names of one token that are words are left to
  /// the single-name rule, which knows about sentence starts and headlines.
  ///
  /// - Parameters:
  ///   - ranges: the tokens' UTF-8 ranges; `bits` their lexicon bits.
  ///   - isFree: whether no span so far covers a range of token indices;
  ///     `add` records a span.
  func addKnownOrganizations(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, ranges: [Range<Int>], bits: [UInt32],
    isFree: (Range<Int>) -> Bool, add: ((Range<Int>, EntityLabel)) -> Void
  ) {
    let lexicons = EntityLexicons.shared
    ranges.withUnsafeBufferPointer { ranges in
      var index = 0
      while index + 1 < ranges.count {
        defer { index += 1 }
        guard bits[index] & bits[index + 1] & EntityLexicons.knownOrganizationBit != 0,
          let phrase = lexicons.listedPhrase(bytes, ranges, at: index),
          lexicons.isKnownOrganization(bytes, ranges[index].lowerBound..<ranges[phrase.end - 1].upperBound)
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
