extension EntityRecognizer {
  /// Companies' legal suffixes (`org-suffixes.txt`, kind `suffix`: `Inc.`,
  /// `Corp.`, `Co.`, `GmbH`, `SA`), exact case.
  static let companySuffixes: Set<String> = Set(
    EmbeddedResources.rows(EmbeddedResources.entities_orgSuffixes).filter { $0.count > 1 && $0[1] == "suffix" }.map { String($0[0]) })

  /// The suffixes also written after a comma (`CCNG, Inc.`, `Acme, Ltd.`).
  static let suffixesAfterComma: Set<String> = [
    "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "L.L.C.", "LLP", "LP", "Corp.", "Co.", "PLC", "plc", "Ltée",
  ]

  /// A name followed by a company's suffix is that company, suffix included
  /// (and so is a name ending on one):
  /// `Acme Corp.` (the tagger's place `Acme`), `Enron Corp.` (the listed
  /// `Enron`), `Ford Motor Co.`, `CCNG, Inc.`. The suffix must follow the name
  /// after one space (or a comma and a space, for the suffixes of
  /// ``suffixesAfterComma``; a space before the comma too, `CCNG , Inc.`) and
  /// be in no other span, or in a span of its own, which it leaves; a caller's span (the
  /// first `keeping` of `spans`) and MONEY/DATE/PERCENT mentions are left alone.
  /// `lexiconBits` are the tokens' lexicon bits (``EntityLexicons/bits(_:tokens:)``),
  /// indexed from the sentence's first token: only a token with the suffix
  /// bit is read as text.
  func attachCompanySuffixes(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, lexiconBits: [UInt32],
    to spans: inout [(Range<Int>, EntityLabel)], keeping callerSpans: Int
  ) {
    let suffixBit: UInt32 = 1 << EntityLexicons.Bit.orgSuffix.rawValue
    guard lexiconBits.contains(where: { $0 & suffixBit != 0 }) else { return }
    func text(_ index: Int) -> String {
      guard lexiconBits[index - tokens.startIndex] & suffixBit != 0 else { return "" }
      return UTF8Scanning.string(bytes, tokens[index].utf8Range)
    }
    func isFree(_ index: Int) -> Bool { !spans.contains { $0.0.contains(index) } }
    for position in spans.indices.dropFirst(callerSpans) where Self.nameLabels.contains(spans[position].1) {
      // (A name the tagger ended on a suffix is the company whatever it typed it: `Globex Ltd.` was a product.)
      if spans[position].0.count >= 2, Self.companySuffixes.contains(text(spans[position].0.upperBound - 1)) {
        spans[position].1 = .organization
        continue
      }
      let next = spans[position].0.upperBound
      guard next < tokens.endIndex else { continue }
      var suffix: Int? = nil
      if tokens[next].start == tokens[next - 1].end + 1, Self.companySuffixes.contains(text(next)) {
        suffix = next
      } else if next + 1 < tokens.endIndex, tokens[next].norm == ",", tokens[next].start <= tokens[next - 1].end + 1,
        tokens[next + 1].start == tokens[next].end + 1, Self.suffixesAfterComma.contains(text(next + 1))
      {
        suffix = next + 1
      }
      guard let suffix else { continue }
      // (The tagger's span on the suffix alone gives way: `Inc.` was a place.)
      if let alone = spans.firstIndex(where: { $0.0 == suffix..<(suffix + 1) }), alone >= callerSpans, alone != position {
        spans[alone].0 = suffix..<suffix
      }
      guard isFree(suffix) else { continue }
      spans[position] = (spans[position].0.lowerBound..<(suffix + 1), .organization)
    }
    spans.removeAll { $0.0.isEmpty }
  }
}
