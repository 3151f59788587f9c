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
