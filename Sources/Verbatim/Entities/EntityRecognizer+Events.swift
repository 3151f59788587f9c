extension EntityRecognizer {
  /// Words that make the name they end (English) or open (French) an
  /// event's, a war's or an award's (`not-names.txt`, kinds `event-last`, `event-first`).
  static let eventLast = NormSet(
    EmbeddedResources.rows(EmbeddedResources.entities_notNames).filter { $0.count > 1 && $0[1] == "event-last" }
      .map { String($0[0]) })
  /// (Second list of the pair above: the French words that open the name.)
  static let eventFirst = NormSet(
    EmbeddedResources.rows(EmbeddedResources.entities_notNames).filter { $0.count > 1 && $0[1] == "event-first" }
      .map { String($0[0]) })

  /// Words that make the name after them a storm's (`not-names.txt`, kind `storm`).
  static let stormWords = NormSet(
    EmbeddedResources.rows(EmbeddedResources.entities_notNames).filter { $0.count > 1 && $0[1] == "storm" }
      .map { String($0[0]) })

  /// Removes the names of events, competitions, wars and awards, which are
  /// no person, organization or place (`the Summer Olympics`, `FIFA World
  /// Cup`, `la Coupe du monde`): a word of `eventLast` capitalized at a
  /// name's end (English) or of `eventFirst` at its start (French), unless a
  /// list names the whole, and storms' names (`Hurricane Katrina`, `l'ouragan
  /// Irma`: a word of `stormWords` opening the name or just before it),
  /// whose names go into `storms` (the recognizer drops their other
  /// mentions, `Rita could hit refineries`). A caller's span (the first `keeping`) stays.
  func removeEvents(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, english: Bool,
    from spans: inout [(Range<Int>, EntityLabel)], keeping callerSpans: Int, storms: inout Set<String>
  ) {
    // Storms' names: the capitalized word after a storm's noun, whether the
    // tagger marked it or not (`strengthening Hurricane Rita`). (The cheap
    // test first: most words are followed by no capitalized word.)
    for index in tokens.indices.dropLast() where tokens[index + 1].kind == .word
      && UTF8Scanning.isUppercase(bytes, at: tokens[index + 1].utf8Range.lowerBound)
      && Self.stormWords.contains(tokens[index].norm)
    {
      storms.insert(UTF8Scanning.string(bytes, tokens[index + 1].utf8Range))
    }
    var position = callerSpans
    while position < spans.count {
      let range = spans[position].0
      let edge = tokens[english ? range.upperBound - 1 : range.lowerBound]
      let isEvent = (english ? Self.eventLast : Self.eventFirst).contains(edge.norm)
        && UTF8Scanning.isUppercase(bytes, at: edge.utf8Range.lowerBound)
        && Self.nameLabels.contains(spans[position].1)
        && EntityLexicons.shared.label(
          bytes, tokens[range.lowerBound].utf8Range.lowerBound..<tokens[range.upperBound - 1].utf8Range.upperBound) == nil
      // (The storm's name itself went into `storms` in the scan above.)
      let isStorm = Self.nameLabels.contains(spans[position].1)
        && (Self.stormWords.contains(tokens[range.lowerBound].norm)
          && UTF8Scanning.isUppercase(bytes, at: tokens[range.lowerBound].utf8Range.lowerBound)
          || range.lowerBound > tokens.startIndex && Self.stormWords.contains(tokens[range.lowerBound - 1].norm))
      if isEvent || isStorm { spans.remove(at: position) } else { position += 1 }
    }
  }
}
