/// Persons read from a name's shape where the tagger missed them or cut
/// them short (not in a title-case headline):
/// - a listed first name and one to three capitalized words, particles
///   allowed (`Marine Le Pen a dénoncé`, `Hope Hicks said`, `Jean-Yves Le
///   Drian`), where nothing else found a mention or the tagger found only a
///   part of it as a person (or took the first name alone for a place:
///   `Alexandria Ocasio-Cortez`);
/// - a person's name goes on across a hyphen written without spaces
///   (`Sam Bankman-Fried`, `Alexandria Ocasio-Cortez`: English tokens keep
///   the hyphen apart).
struct PersonNameShapes: Sendable {
  /// Particles inside a person's name in lower case (`Dominique de Villepin`).
  let lowerParticles: Set<String>
  /// Particles that may also be written with a capital (`Marine Le Pen`, `Ludwig Van Beethoven`).
  let capitalParticles: Set<String>
  /// Listed first names that open no name in this rule, being mostly verbs (`Said Ellis.`, `Will Smith`).
  let notFirst: Set<String>

  static let shared = PersonNameShapes(table: EmbeddedResources.entities_nameParticles)

  /// Reads the lists from the text of `name-particles.txt`.
  init(table: String) {
    var lower: Set<String> = []
    var capital: Set<String> = []
    var notFirst: Set<String> = []
    for fields in EmbeddedResources.rows(table) where fields.count >= 2 {
      switch fields[1] {
      case "lower": lower.insert(String(fields[0]))
      case "capital": capital.insert(String(fields[0]))
      case "both":
        lower.insert(String(fields[0]))
        capital.insert(String(fields[0]))
      case "not-first": notFirst.insert(String(fields[0]))
      default: break
      }
    }
    lowerParticles = lower
    capitalParticles = capital
    self.notFirst = notFirst
  }
}

extension EntityRecognizer {
  /// Applies ``PersonNameShapes`` to the spans of one sentence; a caller's
  /// span (the first `keeping`) is never changed.
  /// `lexiconBits` are the tokens' lexicon bits (``EntityLexicons/bits(_:tokens:)``),
  /// indexed from the sentence's first token.
  func applyPersonNames(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, lexiconBits: [UInt32],
    to spans: inout [(Range<Int>, EntityLabel)], keeping callerSpans: Int
  ) {
    let bits = { (index: Int) in lexiconBits[index - tokens.startIndex] }
    // A name opening on a minister's portfolio, whatever found it, is the
    // person's after it (`Minister of Defense Hazem Shaalan` was one organization).
    let hasRole = lexiconBits.contains { $0 & EntityLexicons.roleBit != 0 }
    for position in spans.indices.dropFirst(callerSpans) where hasRole {
      let range = spans[position].0
      guard range.count >= 3, Self.nameLabels.contains(spans[position].1) else { continue }
      for cut in 1...2 where range.count - cut >= 2
        && isPortfolio(range.lowerBound..<(range.lowerBound + cut), tokens, bytes, bits)
        && ((range.lowerBound + cut)..<range.upperBound).allSatisfy({ isNameWord(tokens[$0].utf8Range, bytes) })
        // (What is left looks like a person's name: no common word first, no
        // organization's head last, `the Secretary of the Royal College Union`.)
        && (bits(range.lowerBound + cut) & EntityLexicons.commonWordBit == 0
          || bits(range.lowerBound + cut) & EntityLexicons.firstNameBit != 0)
        && bits(range.upperBound - 1) & Self.organizationHeadBits == 0
      {
        spans[position] = ((range.lowerBound + cut)..<range.upperBound, .person)
        break
      }
    }
    // (Most sentences have no listed first name, and no person before a hyphen.)
    let hasFirstName = lexiconBits.contains { $0 & EntityLexicons.firstNameBit != 0 }
    guard hasFirstName || spans.contains(where: { $0.1 == .person }) else { return }
    guard !isHeadline(tokens, bytes) else { return }
    // A token index's span, if any (position in `spans`).
    let owner = Self.spanPositions(spans, in: tokens)
    func ownerOf(_ index: Int) -> Int { owner[index - tokens.startIndex] }
    var removed = Set<Int>()
    var added: [(Range<Int>, EntityLabel)] = []
    var index = tokens.startIndex
    while hasFirstName && index < tokens.endIndex {
      guard bits(index) & EntityLexicons.firstNameBit != 0,
        let run = firstNameRun(at: index, tokens, bytes, bits)
          ?? (ownerOf(index) < 0 ? loneFirstName(at: index, tokens, bytes, bits) : nil)
      else {
        index += 1
        continue
      }
      // What the run may replace: the tagger's person spans inside it, a
      // one-token place on the first name alone, a product of the same words
      // (`Sam Bankman-Fried`, whose hyphen looks like a product's name).
      var replaced = Set<Int>()
      var allowed = true
      for position in run {
        let span = ownerOf(position)
        guard span >= 0 else { continue }
        let (range, label) = spans[span]
        if span >= callerSpans, range.lowerBound < run.lowerBound, range.upperBound == run.upperBound,
          isPortfolio(range.lowerBound..<run.lowerBound, tokens, bytes, bits)
        {
          // (`le ministre de l'Économie Bruno Le Maire`: the portfolio is no name.)
          replaced.insert(span)
          continue
        }
        if span < callerSpans || range.lowerBound < run.lowerBound || range.upperBound > run.upperBound
          || !(label == .person || label == .location && range == run.lowerBound..<(run.lowerBound + 1)
            || label == .product && range == run)
        {
          allowed = false
          break
        }
        replaced.insert(span)
      }
      if allowed && !(replaced.count == 1 && spans[replaced.first!].0 == run) {
        removed.formUnion(replaced)
        added.append((run, .person))
      }
      index = run.upperBound
    }
    // Hyphenated surnames: `Bankman` `-` `Fried`.
    for position in spans.indices.dropFirst(callerSpans) where spans[position].1 == .person && !removed.contains(position) {
      var end = spans[position].0.upperBound
      while let next = hyphenatedWord(after: end, tokens, bytes), ownerOf(end) < 0, ownerOf(next - 1) < 0 {
        end = next
      }
      spans[position].0 = spans[position].0.lowerBound..<end
    }
    if !removed.isEmpty {
      spans = spans.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
    }
    spans.append(contentsOf: added)
  }

  /// The prepositions and articles between a role and its portfolio (norms fold `’` to `'`).
  private static let portfolioLinks: Set<String> = ["de", "d'", "du", "des", "l'", "la", "au", "aux", "of", "the"]

  /// Whether `range` (one or two capitalized common words on no name list)
  /// is a minister's or president's portfolio before a person's name: a
  /// role, then prepositions and articles, then `range` (`le ministre de
  /// l'Économie`, `la ministre de la Culture`, `le président de la République`).
  private func isPortfolio(
    _ range: Range<Int>, _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, _ bits: (Int) -> UInt32
  ) -> Bool {
    guard (1...2).contains(range.count), range.allSatisfy({ index in
      tokens[index].kind == .word && isNameWord(tokens[index].utf8Range, bytes)
        && bits(index) & EntityLexicons.commonWordBit != 0 && bits(index) & EntityLexicons.nameLists == 0
        && bits(index) & Self.organizationHeadBits == 0
    })
    else { return false }
    var index = range.lowerBound - 1
    var links = 0
    while index >= tokens.startIndex, links < 3, Self.portfolioLinks.contains(tokens[index].norm) {
      index -= 1
      links += 1
    }
    // (The role in lower case, or capitalized before `of`: `Secretary of Defense Lloyd Austin`.)
    return links > 0 && index >= tokens.startIndex && bits(index) & EntityLexicons.roleBit != 0
      && (!isNameWord(tokens[index].utf8Range, bytes) || tokens[index + 1].norm == "of")
  }

  /// The end of `-` + a capitalized word glued to the token before `index`
  /// and to each other, or nil.
  private func hyphenatedWord(after index: Int, _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard index + 1 < tokens.endIndex, index - 1 >= tokens.startIndex else { return nil }
    let hyphen = tokens[index].utf8Range
    let word = tokens[index + 1]
    guard hyphen.count == 1, bytes[hyphen.lowerBound] == UInt8(ascii: "-"),
      tokens[index - 1].utf8Range.upperBound == hyphen.lowerBound, word.utf8Range.lowerBound == hyphen.upperBound,
      word.kind == .word, isNameWord(word.utf8Range, bytes)
    else { return nil }
    return index + 2
  }

  /// Whether a token is an initial or a few (`M.`, `J.R.`): one to three
  /// capital letters of A-Z, each followed by a dot.
  static func isInitial(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard range.count % 2 == 0, (2...6).contains(range.count) else { return false }
    return stride(from: range.lowerBound, to: range.upperBound, by: 2).allSatisfy {
      (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[$0]) && bytes[$0 + 1] == UInt8(ascii: ".")
    }
  }

  /// Whether a word is a particle of a person's name as written (`de`, `Le`; not `le`).
  private func isParticle(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let shapes = PersonNameShapes.shared
    return isNameWord(token.utf8Range, bytes)
      ? shapes.capitalParticles.contains(token.norm) : shapes.lowerParticles.contains(token.norm)
  }

  /// The lists a person-shaped name's first word is on none of: common words and places.
  private static let notPersonShapeFirst: UInt32 = EntityLexicons.commonWordBit | 1 << EntityLexicons.Bit.city.rawValue
    | 1 << EntityLexicons.Bit.region.rawValue | 1 << EntityLexicons.Bit.country.rawValue

  /// Whether a tagger span typed as a place (or, in French, an organization)
  /// is a person's name by its shape: two or three name words (or a lower-case
  /// particle between, `Willem de Kooning`) opening on a listed first name
  /// (or one of the more first names, `Tomislav`) that is no common word,
  /// place or place-opening word (`Santa`, `Sierra`:
  /// `place-heads.txt`, kind `place-first`), and ending on no place's,
  /// building's or group's noun (kinds `last`, `group-last`) or organization's
  /// suffix or head: `Whitney Houston`, `Clarence Darrow`, not `Alton Towers`,
  /// `Charles River`, `Ivy League`. `bit` gives a token's lexicon bits.
  func isShapedLikeAPersonsName(
    _ range: Range<Int>, _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, bits bit: (Int) -> UInt32
  ) -> Bool {
    guard (2...3).contains(range.count) else { return false }
    let first = range.lowerBound, last = range.upperBound - 1
    let rules = EntityPatternRules.shared
    guard bit(first) & EntityLexicons.firstNameBit != 0 || EntityLexicons.isMoreFirstName(tokens[first].norm),
      bit(first) & Self.notPersonShapeFirst == 0,
      !rules.isPlaceFirstWord(tokens[first].norm), !rules.isGroupOrPlaceNounLast(tokens[last].norm),
      bit(last) & Self.organizationHeadBits == 0, isNameWord(tokens[last].utf8Range, bytes)
    else { return false }
    return range.dropFirst().dropLast().allSatisfy {
      tokens[$0].kind == .word && (isNameWord(tokens[$0].utf8Range, bytes) || PersonNameShapes.shared.lowerParticles.contains(tokens[$0].norm))
    }
  }

  /// Whether a word is written like a name: a capital, then a lower-case
  /// letter (not `ALL CAPS`, where every word looks like a name).
  func isNameWord(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard UTF8Scanning.isUppercase(bytes, at: range.lowerBound) else { return false }
    let second = range.lowerBound + UTF8Scanning.decode(bytes, at: range.lowerBound).1
    guard second < range.upperBound else { return false }
    let scalar = UTF8Scanning.decode(bytes, at: second).0
    return scalar.isLower
  }

  /// Articles between a first name and an epithet (`Alexandre le Grand`);
  /// norms fold `’` to `'`.
  private static let articlesBeforeEpithet: Set<String> = ["le", "la", "l'"]

  /// A listed first name alone inside a sentence, where nothing else found
  /// a mention (`Selon Alan, …`, `Mike et Peter`, `Maria se suicide-t-elle`):
  /// written like a name, on no other list (`Florence`, `Victoria`) and no
  /// common word (`Pierre`, `Rose`, `Will`), between words that are not
  /// capitalized (so it is no part of a longer name, and no sentence opens
  /// with it; a common word opening the sentence may come before it).
  private func loneFirstName(
    at index: Int, _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, _ bits: (Int) -> UInt32
  ) -> Range<Int>? {
    let token = tokens[index]
    guard token.kind == .word, isNameWord(token.utf8Range, bytes), Self.hasWord(before: index, in: tokens),
      bits(index) & (EntityLexicons.commonWordBit | EntityLexicons.surnameExclusions) == 0,
      !PersonNameShapes.shared.notFirst.contains(token.norm),
      EntityLexicons.shared.label(bytes, token.utf8Range) == nil,
      // (The word before may be the sentence's first if common: `Selon Alan, …`.)
      !isCapitalizedWord(index - 1, tokens, bytes)
        || !Self.hasWord(before: index - 1, in: tokens) && bits(index - 1) & EntityLexicons.commonWordBit != 0,
      hyphenatedWord(after: index - 1, tokens, bytes) == nil,
      hyphenatedWord(after: index + 1, tokens, bytes) == nil
    else { return nil }
    if index + 1 < tokens.endIndex, tokens[index + 1].kind == .word || tokens[index + 1].kind == .number,
      UTF8Scanning.isUppercase(bytes, at: tokens[index + 1].utf8Range.lowerBound)
    {
      return nil
    }
    // (Nor after a quotation mark, a title's — `"Corinne"` —, nor before a
    // nickname in quotation marks, `Harold "Junior" Theriault`, nor before a particle and a name,
    // `Alexandre le Grand`, `Adan le Menestrel`.)
    func isQuotationMark(_ index: Int) -> Bool { tokens.indices.contains(index) && tokens[index].isQuotationMark }
    if isQuotationMark(index - 1)
      || isQuotationMark(index + 1) && isCapitalizedWord(index + 2, tokens, bytes) && isQuotationMark(index + 3)
    {
      return nil
    }
    if index + 2 < tokens.endIndex, tokens[index + 1].kind == .word,
      Self.articlesBeforeEpithet.contains(tokens[index + 1].norm)
        || PersonNameShapes.shared.lowerParticles.contains(tokens[index + 1].norm),
      isCapitalizedWord(index + 2, tokens, bytes)
    {
      return nil
    }
    return index..<(index + 1)
  }

  /// The tokens of a person's name opening at `index`: a listed first name
  /// written like a name, after no capitalized word (but a common word
  /// opening the sentence), then one to three
  /// capitalized words and particles (hyphenated words count as one), then
  /// no capitalized word. No word after the first may be on a list of names,
  /// roles, titles, organization words, calendar words or nationalities, nor
  /// a common word unless a particle comes before it (`Marine Le Pen`, not
  /// `Rose Garden`, `Houston Consultant`); nor the whole run a listed name; a
  /// first name after a surname starts another name, so none is read.
  private func firstNameRun(
    at index: Int, _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, _ bits: (Int) -> UInt32
  ) -> Range<Int>? {
    let lexicons = EntityLexicons.shared
    let first = tokens[index]
    func isFirstName(_ index: Int) -> Bool { bits(index) & EntityLexicons.firstNameBit != 0 }
    guard first.kind == .word, isNameWord(first.utf8Range, bytes), isFirstName(index),
      !PersonNameShapes.shared.notFirst.contains(first.norm)
    else {
      return nil
    }
    // A leading initial is part of the name (`J. Edgar Hoover`), unless a
    // capitalized word comes before it; not French `M.` (Monsieur), a title.
    let leadingInitial = index - 1 >= tokens.startIndex && Self.isInitial(tokens[index - 1].utf8Range, bytes)
      && tokens[index - 1].norm != "m." && bits(index - 1) & EntityLexicons.nameLists == 0
      && !(index - 2 >= tokens.startIndex && isCapitalizedWord(index - 2, tokens, bytes))
    if index - 1 >= tokens.startIndex, !leadingInitial {
      // (Not after a capitalized word, but the sentence's first when it is
      // a common word, `Pour Isabelle Mateos y Lago, …`, an acronym,
      // `l'ancien président de l'OL Jean-Michel Aulas`, or a title inside
      // the sentence, a role or a common word, `where Speaker Mike Johnson`.)
      if isCapitalizedWord(index - 1, tokens, bytes),
        !(!Self.hasWord(before: index - 1, in: tokens) && bits(index - 1) & EntityLexicons.commonWordBit != 0),
        !(Self.hasWord(before: index - 1, in: tokens)
          && bits(index - 1) & (EntityLexicons.roleBit | EntityLexicons.commonWordBit) != 0
          && bits(index - 1) & EntityLexicons.nameLists == 0),
        !EntityPatternRules.isAcronym(tokens[index - 1].utf8Range, bytes)
      {
        return nil
      }
      if hyphenatedWord(after: index - 1, tokens, bytes) != nil { return nil }
    }
    let shapes = PersonNameShapes.shared
    var end = index + 1
    while let next = hyphenatedWord(after: end, tokens, bytes) { end = next }
    var words = 1
    var lastWord = index
    while end < tokens.endIndex && words < 4 {
      let token = tokens[end]
      guard token.kind == .word else { break }
      if isParticle(token, bytes) {
        // (Two particles in a row: `Ursula von der Leyen`, `Rogier van der Weyden`.)
        var name = end + 1
        if name + 1 < tokens.endIndex, tokens[name].kind == .word, !isNameWord(tokens[name].utf8Range, bytes),
          isParticle(tokens[name], bytes)
        {
          name += 1
        }
        if name < tokens.endIndex, tokens[name].kind == .word, isNameWord(tokens[name].utf8Range, bytes),
          !shapes.capitalParticles.contains(tokens[name].norm)
        {
          end = name
          continue
        }
      }
      // A middle initial before the next name word (`Jennifer M. Anderson`).
      if words == 1 || end - 1 == lastWord, Self.isInitial(token.utf8Range, bytes), end + 1 < tokens.endIndex,
        tokens[end + 1].kind == .word, isNameWord(tokens[end + 1].utf8Range, bytes)
      {
        end += 1
        continue
      }
      guard isNameWord(token.utf8Range, bytes) else { break }
      // A first name after a surname starts another name (`Lisa Gilette Kristen Quinn`, a list).
      if words >= 2, isFirstName(end), !isFirstName(lastWord) {
        return nil
      }
      // (After a particle, a common word or a role is a surname: `Bruno Le Maire`.)
      let afterParticle = end - 1 > index && isParticle(tokens[end - 1], bytes)
      guard bits(end) & EntityLexicons.surnameExclusions & (afterParticle ? ~EntityLexicons.roleBit : ~0) == 0,
        bits(end) & EntityLexicons.commonWordBit == 0 || afterParticle
      else { return nil }
      lastWord = end
      end += 1
      while let next = hyphenatedWord(after: end, tokens, bytes) { end = next }
      words += 1
    }
    guard words >= 2 else { return nil }
    if end < tokens.endIndex, tokens[end].kind == .word || tokens[end].kind == .number,
      UTF8Scanning.isUppercase(bytes, at: tokens[end].utf8Range.lowerBound)
    {
      return nil
    }
    let utf8 = first.utf8Range.lowerBound..<tokens[end - 1].utf8Range.upperBound
    // (Nor a name written twice in a row: `Thanks, Renee Renee, …` signs one e-mail and greets the next.)
    guard lexicons.label(bytes, utf8) == nil, Self.repeatedHalf(index..<end, tokens) == nil else { return nil }
    return (leadingInitial ? index - 1 : index)..<end
  }
}

extension EntityRecognizer {
  /// Particles that open an English mention of a surname alone (`bin Laden`, `van Gogh`, `de Gaulle`).
  static let surnameParticles: Set<String> = [
    "bin", "ibn", "bint", "van", "von", "de", "da", "di", "del", "della", "du", "der", "al", "el",
  ]

  /// `look to bin Laden`, `a painting by van Gogh`: a person's name in an
  /// English sentence takes the particle in lower case right before it
  /// (``surnameParticles``) when no capitalized word comes before the
  /// particle (the given name would have opened the name) and no span holds
  /// it. A caller's span (the first `keeping` of `spans`) is never changed.
  func applySurnameParticles(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, to spans: inout [(Range<Int>, EntityLabel)],
    keeping callerSpans: Int
  ) {
    for position in spans.indices.dropFirst(callerSpans) where Self.nameLabels.contains(spans[position].1) {
      // (A single word after the particle is a surname whatever the tagger typed it, `van Gogh`; not after `al`/`el`, `al Jazeera`.)
      guard spans[position].1 == .person
        || spans[position].0.count == 1 && spans[position].0.lowerBound - 1 >= tokens.startIndex
          && !["al", "el"].contains(tokens[spans[position].0.lowerBound - 1].norm)
      else { continue }
      let particle = spans[position].0.lowerBound - 1
      guard particle >= tokens.startIndex, Self.surnameParticles.contains(tokens[particle].norm),
        tokens[particle].isLowerCaseWord(in: bytes), tokens[particle].end + 1 == tokens[spans[position].0.lowerBound].start,
        particle - 1 < tokens.startIndex || !isCapitalizedWord(particle - 1, tokens, bytes),
        !spans.contains(where: { $0.0.contains(particle) })
      else { continue }
      spans[position] = (particle..<spans[position].0.upperBound, .person)
    }
  }
}
