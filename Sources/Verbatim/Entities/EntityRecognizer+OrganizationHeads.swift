extension EntityRecognizer {
  /// English organizations the tagger left whole or in part: two to five
  /// capitalized words ending in an organization's head or suffix
  /// (`org-suffixes.txt`, `org-heads.txt`: `the U.S. Commerce Department`, `the Senate
  /// Intelligence Committee`), in a sentence that is no headline. A
  /// sentence's first word counts only if it is no common word (`The`,
  /// `Commerce` opening the sentence says nothing; `the` is left out), and
  /// `of` with the capitalized words after the head comes with it (`the
  /// Federal Bureau of Prisons`). A place right before
  /// joins it afterwards, as any place glued to an organization does, even
  /// before a head alone (`El Paso Energy`).
  func applyOrganizationHeads(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, lexiconBits bits: [UInt32],
    to spans: inout [(Range<Int>, EntityLabel)], headline: inout Bool?
  ) {
    let suffixBit = Self.organizationHeadBits
    guard bits.contains(where: { $0 & suffixBit != 0 }) else { return }
    let positions = Self.spanPositions(spans, in: tokens)
    let lexicons = EntityLexicons.shared
    var end = tokens.endIndex - 1
    while end > tokens.startIndex {
      defer { end -= 1 }
      guard bits[end - tokens.startIndex] & suffixBit != 0, positions[end - tokens.startIndex] < 0,
        isCapitalizedWord(end, tokens, bytes)
      else { continue }
      var start = end
      while start - 1 >= tokens.startIndex, end - start < 4, positions[start - 1 - tokens.startIndex] < 0,
        isCapitalizedWord(start - 1, tokens, bytes)
      {
        start -= 1
      }
      if tokens[start].norm == "the" || !Self.hasWord(before: start, in: tokens) && lexicons.isCommonWord(bytes, tokens[start].utf8Range) {
        start += 1
      }
      // (`the Office for National Statistics`: a head, `of`/`for`, and a
      // name the tagger found after it are one organization.)
      if end + 2 < tokens.endIndex, tokens[end + 1].norm == "of" || tokens[end + 1].norm == "for",
        case let position = positions[end + 2 - tokens.startIndex], position >= 0,
        spans[position].0.lowerBound == end + 2, spans[position].1 == .organization || spans[position].1 == .location,
        // (A head, not a company's suffix: `Apple Inc. of Cupertino` is no name.)
        !tokens[end].norm.hasSuffix("."), tokens[end].norm != "inc", tokens[end].utf8Range.count > 3
      {
        if headline == nil { headline = isHeadline(tokens, bytes) }
        guard headline == false else { return }
        spans[position] = (start..<spans[position].0.upperBound, .organization)
        end = start
        continue
      }
      // (A head right after a place the tagger found is the organization
      // the place's name opens: `El Paso Energy`, `Georgia Power`.)
      let afterPlace = start == end && start - 1 >= tokens.startIndex
        && positions[start - 1 - tokens.startIndex] >= 0
        && spans[positions[start - 1 - tokens.startIndex]].1 == .location
        && tokens[start - 1].end + 1 == tokens[start].start
        && !tokens[end].norm.hasSuffix(".") && tokens[end].utf8Range.count > 3
      guard start < end || afterPlace else { continue }
      if headline == nil { headline = isHeadline(tokens, bytes) }
      guard headline == false else { return }
      // (`the Federal Bureau of Prisons`: `of` and the capitalized words after the head.)
      var last = end
      if end + 2 < tokens.endIndex, tokens[end + 1].norm == "of", positions[end + 2 - tokens.startIndex] < 0 {
        var probe = end + 2
        while probe < tokens.endIndex, probe <= end + 4, positions[probe - tokens.startIndex] < 0,
          isCapitalizedWord(probe, tokens, bytes)
        {
          last = probe
          probe += 1
        }
      }
      spans.append((start..<(last + 1), .organization))
      end = start
    }
  }
}

extension EntityRecognizer {
  /// `the Department of Housing and Urban Development`, `the U.S. Department
  /// of Health and Human Services`: an English organization ending on its
  /// head, `of` and a capitalized word, then `and` (or `&`) and one to three
  /// capitalized words, is one name over the `and`. The words after `and`
  /// must be in no other span, hold no role, title or first name (`the
  /// Department of Justice and Attorney General Merrick Garland`), and end
  /// the capitalized run. A caller's span (the first `keeping` of `spans`) is never changed.
  func extendOrganizationsOverAnd(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, lexiconBits bits: [UInt32],
    to spans: inout [(Range<Int>, EntityLabel)], keeping callerSpans: Int
  ) {
    guard spans.contains(where: { $0.1 == .organization }),
      tokens.contains(where: { $0.utf8Range.count <= 3 && ($0.norm == "and" || $0.norm == "&") })
    else { return }
    let lexicons = EntityLexicons.shared
    let excluded = 1 << EntityLexicons.Bit.role.rawValue | 1 << EntityLexicons.Bit.honorific.rawValue
      | EntityLexicons.firstNameBit
    var extended: [(old: Range<Int>, new: Range<Int>)] = []
    for position in spans.indices.dropFirst(callerSpans) where spans[position].1 == .organization {
      let range = spans[position].0
      guard range.count >= 3, tokens[range.upperBound - 2].norm == "of",
        range.dropLast(2).contains(where: { lexicons.isOrganizationHeadWord(bytes, tokens[$0].utf8Range) }),
        range.upperBound + 1 < tokens.endIndex, tokens[range.upperBound].norm == "and" || tokens[range.upperBound].norm == "&"
      else { continue }
      var last = range.upperBound
      while last + 1 < tokens.endIndex, last + 1 - range.upperBound <= 3, isCapitalizedWord(last + 1, tokens, bytes),
        bits[last + 1 - tokens.startIndex] & excluded == 0
      {
        last += 1
      }
      let tail = (range.upperBound + 1)..<(last + 1)
      // (Only a name the tagger found inside the words after `and` may be there: `Human Services`, `Urban Development`.)
      guard last > range.upperBound, last + 1 >= tokens.endIndex || !isCapitalizedWord(last + 1, tokens, bytes),
        spans.indices.allSatisfy({ index in
          !spans[index].0.overlaps(range.upperBound..<(last + 1))
            || index >= callerSpans && Self.nameLabels.contains(spans[index].1)
              && spans[index].0.lowerBound >= tail.lowerBound && spans[index].0.upperBound <= tail.upperBound
        })
      else { continue }
      extended.append((range, range.lowerBound..<(last + 1)))
    }
    for (old, new) in extended {
      spans.removeAll { $0.0.lowerBound >= old.upperBound && $0.0.upperBound <= new.upperBound }
      if let index = spans.firstIndex(where: { $0.0 == old }) { spans[index].0 = new }
    }
  }
}
