extension EntityRecognizer {
  /// The place of a news dateline opening a paragraph, written in capitals
  /// and followed by a news agency in brackets or a dash: `WASHINGTON (AP)
  /// —`, `NEW YORK (Reuters) -`, `SAN FRANCISCO, Calif. (AP) —`, `PARIS, 12
  /// mars (AFP) -`, `LONDON —`, `REDMOND, Wash. —`. Without an agency, the place must be a
  /// listed one (`UPDATE —` is no place). The token range of the place, or
  /// nil. (The tagger, which has seen few datelines, reads `WASHINGTON` as
  /// the person and `NEW YORK` as an organization `YORK`.)
  func dateline(_ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    var end = tokens.startIndex
    while end < tokens.endIndex && end - tokens.startIndex < 4 && Self.isAllCapitals(tokens[end], bytes) { end += 1 }
    guard end > tokens.startIndex, end < tokens.endIndex else { return nil }
    let place = tokens.startIndex..<end
    // `, Calif.`, `, 12 mars`: at most four more tokens after a comma.
    var next = end
    if tokens[next].norm == "," {
      next += 1
      while next < tokens.endIndex && next - end <= 4 && tokens[next].norm != "(" && !Self.isDash(tokens[next]) { next += 1 }
    }
    // What the lists say of the capitals written as a name (`New York`);
    // a listed organization is none (`IBM (NYSE) -`).
    let listed = listedLabel(place, tokens, bytes)
    guard listed != .organization else { return nil }
    // `REDMOND, Wash. — …`: the sentence splitter may end the sentence at
    // the state's abbreviation; a listed place then stands alone.
    if next == tokens.endIndex, next > end, tokens[next - 1].norm.hasSuffix("."), listed == .location { return place }
    guard next < tokens.endIndex else { return nil }
    if tokens[next].norm == "(" {
      // `(AP)`, `(Reuters)`, `(AFP)`: one or two capitalized words, then `)`.
      var close = next + 1
      while close < tokens.endIndex && close - next <= 3 && tokens[close].kind == .word
        && UTF8Scanning.decode(bytes, at: tokens[close].utf8Range.lowerBound).0.isUpper
      {
        close += 1
      }
      guard close > next + 1, close < tokens.endIndex, tokens[close].norm == ")" else { return nil }
      return place
    }
    // A dash alone: the capitals must spell a listed place (`LONDON`, `NEW YORK`).
    guard Self.isDash(tokens[next]), next + 1 < tokens.endIndex, listed == .location else { return nil }
    return place
  }

  /// The label the name lists give the capitals of `place` written as a
  /// name: ASCII capitals after a word's first letter lowered (`NEW YORK` →
  /// `New York`).
  private func listedLabel(_ place: Range<Int>, _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> EntityLabel? {
    let utf8 = tokens[place.lowerBound].utf8Range.lowerBound..<tokens[place.upperBound - 1].utf8Range.upperBound
    guard utf8.count <= 64 else { return nil }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count) { word in
      for (offset, index) in utf8.enumerated() {
        let byte = bytes[index]
        let startsWord = offset == 0 || bytes[index - 1] == 0x20 || bytes[index - 1] == UInt8(ascii: "-")
        word[offset] = !startsWord && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      }
      let asName = EntityLexicons.shared.label(UnsafeBufferPointer(word), 0..<utf8.count)
      return asName ?? EntityLexicons.shared.label(bytes, utf8)
    }
  }

  /// Whether a token is a word of two letters or more, all capitals.
  private static func isAllCapitals(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard token.kind == .word, token.utf8Range.count >= 2 else { return false }
    var letters = 0
    var index = token.utf8Range.lowerBound
    while index < token.utf8Range.upperBound {
      let (scalar, length) = UTF8Scanning.decode(bytes, at: index)
      if scalar.isLower { return false }
      if scalar.isUpper { letters += 1 }
      index += length
    }
    return letters >= 2
  }

  /// `—`, `–`, `-`, `--` (their norm is `-` or `--`).
  private static func isDash(_ token: Token) -> Bool {
    token.norm == "-" || token.norm == "--"
  }
}
