extension EntityRecognizer {
  /// `" Andre " <webmaster@…>`, `"McGilloway, Vangie" <vangie@…>`: the name
  /// in quotation marks right before an e-mail address in angle brackets is
  /// its owner's, a person's (a mail header's display name): one to four
  /// capitalized words, a comma allowed between them (`Last, First`), the
  /// first no common word unless a first name and the whole no listed
  /// organization (`"The Cat Album" <…>` stays as it was). It replaces the
  /// spans on it; a caller's span (the first `keeping` of `spans`) is never changed.
  func applyMailDisplayNames(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, to spans: inout [(Range<Int>, EntityLabel)],
    keeping callerSpans: Int
  ) {
    guard tokens.contains(where: { $0.kind == .email }) else { return }
    let lexicons = EntityLexicons.shared
    for address in tokens.indices where tokens[address].kind == .email {
      let closing = address - 2
      guard closing - 2 >= tokens.startIndex, tokens[address - 1].norm == "<", tokens[closing].isQuotationMark,
        let opening = (max(tokens.startIndex, closing - 8)..<closing).last(where: { tokens[$0].isQuotationMark })
      else { continue }
      let name = (opening + 1)..<closing
      let words = name.filter { tokens[$0].kind == .word }
      guard (1...4).contains(words.count), name.allSatisfy({ tokens[$0].kind == .word || tokens[$0].norm == "," }),
        tokens[name.lowerBound].kind == .word, tokens[name.upperBound - 1].kind == .word,
        words.allSatisfy({ isCapitalizedWord($0, tokens, bytes) }),
        !lexicons.isCommonWord(bytes, tokens[name.lowerBound].utf8Range) || lexicons.isFirstName(bytes, tokens[name.lowerBound].utf8Range),
        lexicons.label(bytes, tokens[name.lowerBound].utf8Range.lowerBound..<tokens[name.upperBound - 1].utf8Range.upperBound)
          != .organization,
        !spans[..<callerSpans].contains(where: { $0.0.overlaps(name) })
      else { continue }
      spans.removeAll { $0.0.overlaps(name) }
      spans.append((name, .person))
    }
  }
}

extension EntityRecognizer {
  /// `Regards, Debra Perlingiere Tammi, Attached is …`: an e-mail's
  /// signature run on to the next one's greeting. A person's mention of
  /// three words or more whose last is a listed first name (no common word)
  /// before a comma or a colon, and whose other words are another person's
  /// whole mention in the document, is two mentions: that person and the
  /// greeted one. `fixed` holds the token ranges of a caller's names, never changed.
  func splitSignatureGreetings(
    _ found: inout [Entity], fixed: Set<Range<Int>>, _ analysis: Analysis, _ bytes: UnsafeBufferPointer<UInt8>
  ) {
    let lexicons = EntityLexicons.shared
    func isGreeting(_ entity: Entity) -> Bool {
      let last = entity.tokenIndices.upperBound - 1
      guard entity.label == .person, entity.tokenIndices.count >= 3, last + 1 < analysis.tokens.count, !fixed.contains(entity.tokenIndices),
        analysis.tokens[last + 1].norm == "," || analysis.tokens[last + 1].norm == ":",
        lexicons.isFirstName(bytes, analysis.tokens[last].utf8Range), !lexicons.isCommonWord(bytes, analysis.tokens[last].utf8Range)
      else { return false }
      return true
    }
    guard found.contains(where: isGreeting) else { return }
    let persons = Set(found.lazy.filter { $0.label == .person }.map(\.canonical))
    var index = 0
    while index < found.count {
      let entity = found[index]
      index += 1
      guard isGreeting(entity) else { continue }
      let name = entity.tokenIndices.lowerBound..<(entity.tokenIndices.upperBound - 1)
      let first = analysis.tokens[name.lowerBound], last = analysis.tokens[name.upperBound - 1]
      let utf8 = first.utf8Range.lowerBound..<last.utf8Range.upperBound
      let text = UTF8Scanning.string(bytes, utf8)
      guard persons.contains(text) else { continue }
      let greeted = analysis.tokens[entity.tokenIndices.upperBound - 1]
      found[index - 1] = Entity(
        start: first.start, end: last.end, utf8Range: utf8, tokenIndices: name, label: .person, canonical: text, cluster: entity.cluster)
      let greetedText = UTF8Scanning.string(bytes, greeted.utf8Range)
      found.insert(
        Entity(
          start: greeted.start, end: greeted.end, utf8Range: greeted.utf8Range,
          tokenIndices: name.upperBound..<(name.upperBound + 1), label: .person, canonical: greetedText, cluster: found.count),
        at: index)
      index += 1
    }
  }
}
