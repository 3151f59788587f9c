/// Splits a paragraph's tokens into sentences: ICU sentence break with CLDR
/// abbreviation suppression (`fr@ss=standard`, `en@ss=standard`), snapped to
/// token boundaries, then repaired:
/// - no break after a title (`M.`, `Mme.`, `Dr.`, `Mr.`), after an initial
///   before a capitalized word (`J. K. Rowling`), or after an abbreviation or
///   dotted acronym (`etc.`, `U.S.`) before a lower-case word or a number;
/// - a closing `»`, `”` or `"` belongs to the sentence it closes, and the
///   break disappears when a comma or a lower-case word follows it;
/// - each line of a paragraph without final punctuation (a headline, a
///   byline) is its own sentence (ICU breaks at line ends; wrapped lines are
///   read as spaces, see ``ParagraphSplitter``).
struct SentenceSplitter: Sendable {
  let rules: TokenizationRules
  private let pool: BreakIteratorPool
  /// The learned scorer for unpunctuated boundaries (French only).
  private let boundaryModel: SentenceBoundaryModel?

  init(language: Language) throws(VerbatimError) {
    self.rules = TokenizationRules.forLanguage(language)
    self.pool = try SharedBreakIterators.sentence(language)
    self.boundaryModel = language == .english ? nil : SentenceBoundaryModel.french
  }

  /// Token index ranges of the sentences of one paragraph whose tokens are
  /// `tokens[tokenRange]`.
  func sentences(
    _ bytes: UnsafeBufferPointer<UInt8>, paragraph: ParagraphSplitter.Block,
    tokens: [RawToken], tokenRange: Range<Int>, into sentences: inout [Range<Int>]
  ) {
    guard !tokenRange.isEmpty else { return }
    var starts = icuStarts(bytes, paragraph, tokens, tokenRange)
    repair(bytes, tokens, tokenRange, &starts)
    addMissedBreaks(bytes, tokens, tokenRange, &starts)
    var previous = tokenRange.lowerBound
    for start in starts {
      sentences.append(previous..<start)
      previous = start
    }
    sentences.append(previous..<tokenRange.upperBound)
  }

  /// Token indices where ICU starts a new sentence (never the first token).
  private func icuStarts(
    _ bytes: UnsafeBufferPointer<UInt8>, _ paragraph: ParagraphSplitter.Block,
    _ tokens: [RawToken], _ tokenRange: Range<Int>
  ) -> [Int] {
    var starts: [Int] = []
    var next = tokenRange.lowerBound
    let base = paragraph.range.lowerBound
    let run = { (slice: UnsafeBufferPointer<UInt8>) in
      self.pool.withIterator { iterator in
        iterator.forEachBoundary(in: slice) { relative, _ in
          let boundary = base + relative
          while next < tokenRange.upperBound && tokens[next].start < boundary { next += 1 }
          if next > tokenRange.lowerBound && next < tokenRange.upperBound && starts.last != next {
            starts.append(next)
          }
        }
      }
    }
    let slice = UnsafeBufferPointer(rebasing: bytes[paragraph.range])
    if paragraph.softBreaks.isEmpty {
      run(slice)
    } else {
      // Wrapped lines: let ICU read those line breaks as spaces.
      var copy = Array(slice)
      for offset in paragraph.softBreaks { copy[offset - base] = 0x20 }
      copy.withUnsafeBufferPointer { run($0) }
    }
    return starts
  }

  private func repair(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [RawToken], _ tokenRange: Range<Int>,
    _ starts: inout [Int]
  ) {
    var repaired: [Int] = []
    repaired.reserveCapacity(starts.count)
    var straightQuotes = 0
    var counted = tokenRange.lowerBound
    for var start in starts {
      if let last = repaired.last, start <= last { continue }
      // Straight double quotes seen before the break: an odd count means one is open.
      while counted < start {
        if isByte(bytes, tokens[counted], UInt8(ascii: "\"")) { straightQuotes += 1 }
        counted += 1
      }
      let previous = tokens[start - 1]
      let next = tokens[start]
      if keepsTogether(bytes, previous, next) { continue }
      // Closing quotes go back to the sentence they close.
      var moved = false
      var open = straightQuotes % 2 == 1
      while start < tokenRange.upperBound && isClosingQuote(bytes, tokens[start], straightOpen: open) {
        if isByte(bytes, tokens[start], UInt8(ascii: "\"")) {
          open = false
          straightQuotes += 1
          counted = start + 1
        }
        start += 1
        moved = true
      }
      // Footnote marks (`[6]`, `[…]`) stay with the sentence they annotate.
      while start + 2 < tokenRange.upperBound, isByte(bytes, tokens[start], UInt8(ascii: "[")),
        isByte(bytes, tokens[start + 2], UInt8(ascii: "]")),
        tokens[start + 1].kind == .number || isEllipsis(bytes, tokens[start + 1])
      {
        start += 3
      }
      if start >= tokenRange.upperBound { continue }
      if moved && continuesAfterQuote(bytes, tokens[start]) { continue }
      repaired.append(start)
    }
    starts = repaired
  }

  /// Breaks ICU does not make but the tokens show:
  /// - after a period that is a token of its own (abbreviations keep theirs)
  ///   before a lower-case word: `… en sécurité. à ce jour, …`;
  /// - after `;` before a capitalized word (French lists of sentences);
  /// - before a French sentence starter (`Il`, `Cette`) glued to a heading
  ///   with no punctuation, or after a colon for some (`: Il`);
  /// - before a list dash that follows a sentence end: `… traités). - Un bolus`;
  /// - in French, where ``SentenceBoundaryModel`` scores an unpunctuated
  ///   junction above its threshold (a heading glued to the next sentence).
  private func addMissedBreaks(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [RawToken], _ tokenRange: Range<Int>,
    _ starts: inout [Int]
  ) {
    guard tokenRange.count > 2 else { return }
    var added: [Int] = []
    for index in (tokenRange.lowerBound + 1)..<tokenRange.upperBound {
      let previous = tokens[index - 1]
      let token = tokens[index]
      guard token.kind == .word || token.kind == .punctuation || token.kind == .url else { continue }
      let first = firstScalar(bytes, token)
      if previous.kind == .url && token.kind == .url {
        // A list of addresses, one per line in the original.
        added.append(index)
      } else if isByte(bytes, previous, UInt8(ascii: ",")) && token.kind == .word && first.isUpper
        && index >= tokenRange.lowerBound + 2
        && rules.signOffs.contains(bytes, tokens[index - 2].start..<tokens[index - 2].end)
        && (index == tokenRange.lowerBound + 2 || tokens[index - 3].kind != .word
          || isSignOffStart(bytes, tokens, index - 3))
      {
        // `Best regards, ‖ Debra`: a sign-off ends before the signature.
        added.append(index)
      } else if isByte(bytes, previous, UInt8(ascii: ".")) && token.kind == .word && first.isLower {
        added.append(index)
      } else if rules.splitsInversions && isByte(bytes, previous, UInt8(ascii: ";")) && token.kind == .word
        && first.isUpper
      {
        added.append(index)
      } else if token.kind == .word && first.isUpper
        && rules.sentenceStarters.contains(bytes, token.start..<token.end)
        && ((previous.kind == .word && !rules.titles.contains(bytes, previous.start..<previous.end)
          && !isApostropheEnded(bytes, previous))
          || previous.kind == .number
          || (isByte(bytes, previous, UInt8(ascii: ":"))
            && rules.sentenceStartersAfterColon.contains(bytes, token.start..<token.end)))
      {
        added.append(index)
      } else if index >= tokenRange.lowerBound + 2 && previous.kind == .word
        && isAllCaps(bytes, previous) && isTitleCase(bytes, token) && isAllCaps(bytes, tokens[index - 2])
      {
        // An ALL-CAPS heading glued to the next sentence: `… SI NECESSAIRE L'utilisation`.
        added.append(index)
      } else if token.kind == .punctuation && index + 1 < tokenRange.upperBound && isListDash(bytes, token)
        && endsSentence(bytes, previous)
      {
        added.append(index)
      }
    }
    if let model = boundaryModel {
      let existing = Set(starts).union(added)
      for index in (tokenRange.lowerBound + 1)..<tokenRange.upperBound where !existing.contains(index) {
        let previous = tokens[index - 1]
        let token = tokens[index]
        guard token.start > previous.end else { continue }
        // Cheap checks on bytes first; strings only for the few candidates.
        let next = firstScalar(bytes, token)
        guard next.isUpper || (token.kind == .punctuation && isListDash(bytes, token)) else { continue }
        guard SentenceBoundaryModel.isCandidate(bytes, previous: previous.start..<previous.end, next: token.start..<token.end)
        else { continue }
        let before = index - 2 >= tokenRange.lowerBound ? tokens[index - 2] : nil
        let after = index + 1 < tokenRange.upperBound ? tokens[index + 1] : nil
        let score =
          model.asciiScore(
            bytes, before: before.map { $0.start..<$0.end }, previous: previous.start..<previous.end,
            next: token.start..<token.end, after: after.map { $0.start..<$0.end })
          ?? model.score(
            before: before.map { text(bytes, $0) }, previous: text(bytes, previous), next: text(bytes, token),
            after: after.map { text(bytes, $0) })
        if score > model.threshold { added.append(index) }
      }
    }
    guard !added.isEmpty else { return }
    starts = Array(Set(starts).union(added)).sorted()
  }

  /// Whether the sign-off word after `tokens[index]` starts its sentence
  /// or follows `Best`/`Kind`/`Warm`/`Many`/`Bien` (so `thanks, John` inside
  /// a sentence is left alone).
  private func isSignOffStart(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [RawToken], _ index: Int) -> Bool {
    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[index].start..<tokens[index].end]), as: UTF8.self)
    return ["best", "kind", "warm", "many", "bien"].contains(word.lowercased())
  }

  /// A word of two or more letters, all capitals (`NECESSAIRE`, `ACTIVE(S)`).
  private func isAllCaps(_ bytes: UnsafeBufferPointer<UInt8>, _ token: RawToken) -> Bool {
    guard token.kind == .word, token.end - token.start >= 2, !isApostropheEnded(bytes, token) else { return false }
    var letters = 0
    var offset = token.start
    while offset < token.end {
      let byte = bytes[offset]
      if byte < 0x80 {
        if byte >= 0x61 && byte <= 0x7A { return false }
        if byte >= 0x41 && byte <= 0x5A { letters += 1 }
        offset += 1
      } else {
        let (scalar, length) = UTF8Scanning.decode(bytes, at: offset)
        if scalar.isLower { return false }
        if scalar.isUpper { letters += 1 }
        offset += length
      }
    }
    return letters >= 2
  }

  /// A capitalized word with lower-case letters after its first (`Flacon`).
  private func isTitleCase(_ bytes: UnsafeBufferPointer<UInt8>, _ token: RawToken) -> Bool {
    guard token.kind == .word, token.end - token.start >= 2, !isApostropheEnded(bytes, token) else { return false }
    let (first, firstLength) = UTF8Scanning.decode(bytes, at: token.start)
    guard first.isUpper else { return false }
    var hasLower = false
    var offset = token.start + firstLength
    while offset < token.end {
      let byte = bytes[offset]
      if byte < 0x80 {
        if byte >= 0x41 && byte <= 0x5A { return false }
        if byte >= 0x61 && byte <= 0x7A { hasLower = true }
        offset += 1
      } else {
        let (scalar, length) = UTF8Scanning.decode(bytes, at: offset)
        if scalar.isUpper { return false }
        if scalar.isLower { hasLower = true }
        offset += length
      }
    }
    return hasLower
  }

  /// `l'`, `qu’`: an elided word, which never ends a sentence.
  private func isApostropheEnded(_ bytes: UnsafeBufferPointer<UInt8>, _ token: RawToken) -> Bool {
    bytes[token.end - 1] == UInt8(ascii: "'") || bytes[token.end - 1] == 0x99
  }

  private func isEllipsis(_ bytes: UnsafeBufferPointer<UInt8>, _ token: RawToken) -> Bool {
    let length = token.end - token.start
    if length == 3 && bytes[token.start] == 0xE2 && bytes[token.start + 1] == 0x80 && bytes[token.start + 2] == 0xA6 {
      return true
    }
    return length >= 2 && (token.start..<token.end).allSatisfy { bytes[$0] == UInt8(ascii: ".") }
  }

  private func isListDash(_ bytes: UnsafeBufferPointer<UInt8>, _ token: RawToken) -> Bool {
    if isByte(bytes, token, UInt8(ascii: "-")) { return true }
    // – (E2 80 93), — (E2 80 94)
    return token.end - token.start == 3 && bytes[token.start] == 0xE2 && bytes[token.start + 1] == 0x80
      && (bytes[token.start + 2] == 0x93 || bytes[token.start + 2] == 0x94)
  }

  private func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ token: RawToken) -> Bool {
    let last = bytes[token.end - 1]
    return token.kind == .punctuation
      && (last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
        || last == UInt8(ascii: ";"))
  }

  /// Whether ICU's break between `previous` and `next` must go.
  private func keepsTogether(_ bytes: UnsafeBufferPointer<UInt8>, _ previous: RawToken, _ next: RawToken) -> Bool {
    guard previous.end - previous.start >= 2, bytes[previous.end - 1] == UInt8(ascii: ".") else {
      return false
    }
    if rules.titles.contains(bytes, previous.start..<previous.end) { return true }
    let first = firstScalar(bytes, next)
    let nextIsLower = first.isLower || first.properties.numericType != nil
    let nextIsUpper = first.isUpper
    let length = previous.end - previous.start
    // An initial: `J.` before `K. Rowling`.
    if length == 2 && bytes[previous.start] >= 0x41 && bytes[previous.start] <= 0x5A {
      return nextIsUpper
    }
    if rules.abbreviations.contains(bytes, previous.start..<previous.end) { return nextIsLower }
    // A dotted acronym or initials (`U.S.`, `J.M.`): a lower-case word goes
    // on; so does a capitalized one unless it usually opens a sentence.
    if length >= 4 && bytes[previous.end - 3] == UInt8(ascii: ".") {
      if nextIsLower { return true }
      return nextIsUpper && next.kind == .word
        && !rules.englishSentenceStarters.contains(bytes, next.start..<next.end)
        && !rules.sentenceStarters.contains(bytes, next.start..<next.end)
    }
    return false
  }

  private func isClosingQuote(_ bytes: UnsafeBufferPointer<UInt8>, _ token: RawToken, straightOpen: Bool) -> Bool {
    let length = token.end - token.start
    if length == 1 { return straightOpen && bytes[token.start] == UInt8(ascii: "\"") }
    if length == 2 { return bytes[token.start] == 0xC2 && bytes[token.start + 1] == 0xBB }  // »
    if length == 3 {
      // ” ’ › (a lone ’ token is a closing single quote, never an apostrophe in a word)
      return bytes[token.start] == 0xE2 && bytes[token.start + 1] == 0x80
        && (bytes[token.start + 2] == 0x9D || bytes[token.start + 2] == 0x99 || bytes[token.start + 2] == 0xBA)
    }
    return false
  }

  /// After a closing quote, a comma-like mark or a lower-case word means the
  /// sentence goes on (`« … », dit-il.`).
  private func continuesAfterQuote(_ bytes: UnsafeBufferPointer<UInt8>, _ token: RawToken) -> Bool {
    let first = firstScalar(bytes, token)
    switch first {
    case ",", ";", ":", ")", "]", "-", "–", "—": return true
    default: return first.isLower
    }
  }

  private func firstScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ token: RawToken) -> Unicode.Scalar {
    UTF8Scanning.decode(bytes, at: token.start).0
  }

  private func text(_ bytes: UnsafeBufferPointer<UInt8>, _ token: RawToken) -> Substring {
    Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self))
  }

  private func isByte(_ bytes: UnsafeBufferPointer<UInt8>, _ token: RawToken, _ byte: UInt8) -> Bool {
    token.end - token.start == 1 && bytes[token.start] == byte
  }
}
