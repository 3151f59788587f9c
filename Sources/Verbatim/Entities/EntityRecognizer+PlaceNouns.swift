extension EntityRecognizer {
  /// The prepositions between a place's noun and the name after it (norms fold `’` to `'`).
  private static let placeNounPrepositions: Set<String> = ["de", "d'", "of"]

  /// A name the tagger typed as a person or an organization, which no list
  /// calls an organization, is a place when a place's noun says so (`place-heads.txt`):
  /// - right before it in lower case with `de`/`d'`/`of` (kind `before`: `le
  ///   hameau de Colacu`, `la commune de Fundu Moldovei`, `the town of Keene`),
  ///   or before a place it announced and `et de` (`les usines de Mirafiori et de Cassino`);
  /// - ending it capitalized, in a name of two words or more (kind `last`:
  ///   `the Snake River`, `the Sagamore Bridge`, `the Roman Empire`, `Yankee Stadium`),
  ///   unless a person's name opens on a listed first name or holds an initial
  ///   (`Robert L. Park`, `Barbara Castle`).
  ///
  /// A caller's span (the first `keeping` of `spans`) is never changed.
  func applyPlaceNouns(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, to spans: inout [(Range<Int>, EntityLabel)],
    keeping callerSpans: Int
  ) {
    let rules = EntityPatternRules.shared
    // The ends of the places a noun announced, so far in text order: a name
    // joined to one by `et de`/`and of` is announced too (`les usines de
    // Mirafiori et de Cassino`).
    var announced = Set<Int>()
    let order = spans.indices.dropFirst(callerSpans).sorted { spans[$0].0.lowerBound < spans[$1].0.lowerBound }
    for position in order {
      let (range, label) = spans[position]
      let afterPreposition = range.lowerBound - 2 >= tokens.startIndex
        && Self.placeNounPrepositions.contains(tokens[range.lowerBound - 1].norm)
      let nounBefore = afterPreposition
        && (rules.isPlaceNounBefore(tokens[range.lowerBound - 2].norm)
          && UTF8Scanning.decode(bytes, at: tokens[range.lowerBound - 2].utf8Range.lowerBound).0.isLower
          || Self.coordinators.contains(tokens[range.lowerBound - 2].norm) && announced.contains(range.lowerBound - 2))
      if label == .location {
        if nounBefore { announced.insert(range.upperBound) }
        continue
      }
      guard label == .person || label == .organization else { continue }
      let last = tokens[range.upperBound - 1]
      let nounLast = range.count > 1 && rules.isPlaceNounLast(last.norm) && UTF8Scanning.isUppercase(bytes, at: last.utf8Range.lowerBound)
      guard nounBefore || nounLast else { continue }
      // (A person's name ending on such a noun stays one: `Robert L. Park`, `Barbara Castle`.)
      if !nounBefore, label == .person, looksLikeAPersonsName(range, tokens, bytes) { continue }
      let utf8 = tokens[range.lowerBound].utf8Range.lowerBound..<last.utf8Range.upperBound
      guard EntityLexicons.shared.label(bytes, utf8) != .organization else { continue }
      spans[position].1 = .location
      if nounBefore { announced.insert(range.upperBound) }
    }
  }

  /// Words joining two names (norms).
  private static let coordinators: Set<String> = ["et", "ou", "and", "or"]

  /// Whether the person's name `range` is two words opening on a listed first
  /// name that opens no place's name (`Barbara Castle`; not `Santa`, not
  /// `Cameron Indoor Stadium`), or holds an initial (`Robert L. Park`).
  func looksLikeAPersonsName(_ range: Range<Int>, _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let first = tokens[range.lowerBound]
    if range.count == 2, EntityLexicons.shared.isFirstName(bytes, first.utf8Range),
      !EntityPatternRules.shared.isPlaceFirstWord(first.norm)
    {
      return true
    }
    return range.dropLast().contains { Self.isInitial(tokens[$0].utf8Range, bytes) }
  }
}

extension EntityRecognizer {
  /// `the Snake River valley`, `the Ohio River`: in English, one to three
  /// capitalized words before a capitalized place's noun that ends names
  /// (`place-heads.txt`, kind `last`) are that place's name where the tagger
  /// found nothing on them, or found only a place on the words before the
  /// noun (which the noun then joins). Not `the`, not a sentence's opening
  /// common word, not a person's name (`Barbara Castle`), not a listed
  /// organization. A caller's span (the first `keeping` of `spans`) is never changed.
  func applyUntaggedPlaceNouns(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, to spans: inout [(Range<Int>, EntityLabel)],
    keeping callerSpans: Int
  ) {
    let rules = EntityPatternRules.shared
    // (A capitalized word before a capitalized one first: most tokens are neither.)
    for noun in tokens.indices.dropFirst() where isCapitalizedWord(noun - 1, tokens, bytes) && isCapitalizedWord(noun, tokens, bytes)
      && rules.isPlaceNounLast(tokens[noun].norm)
    {
      guard !spans.contains(where: { $0.0.contains(noun) }) else { continue }
      // A place the tagger found right before the noun: the noun joins it.
      if let place = spans.firstIndex(where: { $0.0.upperBound == noun }) {
        guard place >= callerSpans, spans[place].1 == .location, tokens[noun - 1].end + 1 == tokens[noun].start else { continue }
        spans[place].0 = spans[place].0.lowerBound..<(noun + 1)
        continue
      }
      var first = noun
      while first - 1 >= tokens.startIndex, noun - first < 3, isCapitalizedWord(first - 1, tokens, bytes),
        tokens[first - 1].end + 1 == tokens[first].start, !spans.contains(where: { $0.0.contains(first - 1) })
      {
        first -= 1
      }
      while first < noun, tokens[first].norm == "the"
        || !Self.hasWord(before: first, in: tokens) && EntityLexicons.shared.isCommonWord(bytes, tokens[first].utf8Range)
      {
        first += 1
      }
      let name = first..<(noun + 1)
      guard first < noun, !looksLikeAPersonsName(name, tokens, bytes),
        EntityLexicons.shared.label(bytes, tokens[first].utf8Range.lowerBound..<tokens[noun].utf8Range.upperBound) != .organization
      else { continue }
      spans.append((name, .location))
    }
  }
}

extension EntityRecognizer {
  /// English place nouns that open a name before `of` (`place-heads.txt`, kind `head-of`), as norms.
  static let placeHeadsBeforeOf: Set<String> = Set(
    EmbeddedResources.rows(EmbeddedResources.entities_placeHeads).filter { $0.count > 1 && $0[1] == "head-of" }
      .map { $0[0].lowercased() })

  /// `the Strait of Hormuz`, `the Bay of Bengal`, `the Sea of Japan`: a
  /// capitalized noun of ``placeHeadsBeforeOf``, `of` (and `the`), then a
  /// place the tagger found or one to three capitalized words, are one
  /// place (the tagger found `Hormuz` alone). The noun must be in no span but
  /// its own; a caller's span (the first `keeping` of `spans`) is never changed.
  func applyPlaceHeadsBeforeOf(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, to spans: inout [(Range<Int>, EntityLabel)],
    keeping callerSpans: Int
  ) {
    for head in tokens.indices.dropLast(2) where tokens[head + 1].utf8Range.count == 2
      && bytes[tokens[head + 1].utf8Range.lowerBound] == UInt8(ascii: "o") && bytes[tokens[head + 1].utf8Range.lowerBound + 1] == UInt8(ascii: "f")
      && isCapitalizedWord(head, tokens, bytes) && Self.placeHeadsBeforeOf.contains(tokens[head].norm)
    {
      // (The tagger's span on the noun alone, `Gulf`, gives way.)
      if let alone = spans.firstIndex(where: { $0.0.contains(head) }) {
        guard alone >= callerSpans, spans[alone].0 == head..<(head + 1) else { continue }
        spans.remove(at: alone)
      }
      let start = tokens[head + 2].norm == "the" && head + 3 < tokens.endIndex ? head + 3 : head + 2
      if let place = spans.firstIndex(where: { $0.0.lowerBound == start }) {
        guard place >= callerSpans, spans[place].1 == .location else { continue }
        spans[place] = (head..<spans[place].0.upperBound, .location)
        continue
      }
      var end = start
      while end < tokens.endIndex, end - start < 3, isCapitalizedWord(end, tokens, bytes),
        !spans.contains(where: { $0.0.contains(end) })
      {
        end += 1
      }
      guard end > start else { continue }
      spans.append((head..<end, .location))
    }
  }
}
