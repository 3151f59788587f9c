/// The rules of ``EntityPatternRules`` that read a name from its shape: a
/// place noun or an institution's noun with its adjectives and complement,
/// and sports teams (a nickname with its city).
extension EntityPatternRules {
  // The word-class bits of the shape rules (see ``EntityPatternRules``' `classes`).
  static let placeHead: UInt32 = 1 << 5
  static let placeHeadOf: UInt32 = 1 << 6
  static let pluralArticle: UInt32 = 1 << 7
  static let institutionHead: UInt32 = 1 << 8
  static let institutionAdjective: UInt32 = 1 << 9
  static let placeNameHead: UInt32 = 1 << 10
  static let institutionAlone: UInt32 = 1 << 11
  static let organizationHead: UInt32 = 1 << 12
  static let clubWord: UInt32 = 1 << 13
  static let placeNounBefore: UInt32 = 1 << 14
  static let placeNounLast: UInt32 = 1 << 15
  static let groupNounLast: UInt32 = 1 << 16
  static let placeFirstWord: UInt32 = 1 << 17
  /// Plurals after a city that name a place or an event, not a team
  /// (`Palm Springs`, `the London Olympics`; `not-names.txt`, kind `not-team`), case-folded.
  static let notTeams = Set(
    EmbeddedResources.rows(EmbeddedResources.entities_notNames).filter { $0.count > 1 && $0[1] == "not-team" }
      .map { $0[0].lowercased() })
  /// Words that may follow an institution's noun alone (`la Commission a`,
  /// `au Conseil et`); no preposition, which may go on with the name (`l'Union pour la Méditerranée`).
  static let afterInstitutionAlone: Set<String> = [
    "a", "ont", "est", "sont", "et", "ou", "qui", "que", "qu'", "doit", "doivent", "peut", "pourrait", "devrait", "va",
    "avait", "était", "sera", "se", "s'", "ne", "n'", "y", "en", "à", "au", "aux", "le", "la", "les", "l'", "un", "une",
    "lui", "leur", "aussi", "elle-même", "lui-même",
  ]
  /// Words after `de` that start no institution's complement (`de ce texte`, `de plus en plus`).
  static let notComplements: Set<String> = [
    "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma",
    "mes", "plus", "moins", "nombreux", "nombreuses", "tout", "tous", "toute", "toutes", "manière", "façon", "fois",
    "même", "nouveau", "nouveaux", "nouvelle", "nouvelles", "part",
  ]
  /// The prepositions between a place noun or a team and its place (`de`, `du`, `des`, `d'`).
  static let ofWords: Set<String> = ["de", "du", "des", "d'"]
  /// The articles that may follow them (`le golfe de la Mer`, `les Diamondbacks de l'Arizona`).
  static let articles: Set<String> = ["le", "la", "les", "l'"]

  /// One sentence as the shape rules read it.
  struct Sentence {
    /// The sentence's tokens.
    let tokens: ArraySlice<Token>
    /// The document's UTF-8 bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The word classes of each token (``EntityPatternRules``' bits), indexed like `tokens`.
    let classes: UnsafePointer<UInt32>
    /// The index of the sentence's first word (`tokens.endIndex` when it has none).
    let firstWord: Int

    /// One sentence's tokens, the document's bytes and the tokens' word classes.
    init(tokens: ArraySlice<Token>, bytes: UnsafeBufferPointer<UInt8>, classes: UnsafePointer<UInt32>) {
      self.tokens = tokens
      self.bytes = bytes
      self.classes = classes
      firstWord = tokens.firstIndex { $0.kind == .word } ?? tokens.endIndex
    }

    /// Whether the token at `index` exists and is a word starting with a capital.
    func isCapitalized(_ index: Int) -> Bool {
      tokens.indices.contains(index) && tokens[index].kind == .word
        && UTF8Scanning.isUppercase(bytes, at: tokens[index].utf8Range.lowerBound)
    }

    /// The token after `de`/`du`/`des`/`d'` at `index` and maybe an
    /// article (`de la`, `de l'`), or nil when `index` holds no such word.
    func afterOf(_ index: Int) -> Int? {
      guard index < tokens.endIndex, EntityPatternRules.ofWords.contains(tokens[index].norm) else { return nil }
      let next = index + 1
      let isDe = tokens[index].norm == "de" || tokens[index].norm == "d'"
      return isDe && next < tokens.endIndex && EntityPatternRules.articles.contains(tokens[next].norm) ? next + 1 : next
    }

    /// The end of the longest name starting at token `start` and ending at
    /// one of `ends` (a token index past its last word) whose text passes
    /// `test` (`New York` in `New York Yankees`), or nil when none does.
    func longestName(from start: Int, endingIn ends: ClosedRange<Int>, where test: (Range<Int>) -> Bool) -> Int? {
      let first = tokens[start].utf8Range.lowerBound
      return ends.reversed().first { test(first..<tokens[$0 - 1].utf8Range.upperBound) }
    }

    /// Whether the token at `index` is an institution's adjective in lower
    /// case (`nationale`, `olympique`, `française`).
    func isInstitutionAdjective(_ index: Int) -> Bool {
      guard index < tokens.endIndex, tokens[index].kind == .word,
        !UTF8Scanning.isUppercase(bytes, at: tokens[index].utf8Range.lowerBound)
      else { return false }
      return classes[index] & EntityPatternRules.institutionAdjective != 0
        || EntityLexicons.shared.isDemonym(bytes, tokens[index].utf8Range)
    }
  }

  /// The name whose shape the rules read at token `index` (its tokens and
  /// label; it may start after `index`, past an article), or nil. French
  /// sentences: institutions, place nouns, teams; English ones: teams.
  func nameByShape(at index: Int, in sentence: Sentence, french: Bool) -> (Range<Int>, EntityLabel)? {
    guard french else { return club(at: index, in: sentence, french: false) ?? englishTeam(at: index, in: sentence) }
    return club(at: index, in: sentence, french: true) ?? institution(at: index, in: sentence)
      ?? institutionAlone(at: index, in: sentence) ?? placeNoun(at: index, in: sentence) ?? frenchTeam(at: index, in: sentence)
  }

  /// A sports club: a club's word, capitalized, and a listed city, right
  /// after it or, in French, after `de` (`l'Athletic Bilbao`, `le Real
  /// Madrid`, `le Stade de Reims`, `l'Olympique de Marseille`; not `le Stade
  /// de France`, a country's name).
  private func club(at index: Int, in sentence: Sentence, french: Bool) -> (Range<Int>, EntityLabel)? {
    let (tokens, bytes) = (sentence.tokens, sentence.bytes)
    guard sentence.classes[index] & Self.clubWord != 0, sentence.isCapitalized(index) else { return nil }
    var placeStart = index + 1
    if sentence.isCapitalized(placeStart) && tokens[placeStart].norm == "club" { placeStart += 1 }
    if french, let afterOf = sentence.afterOf(placeStart) { placeStart = afterOf }
    guard placeStart < tokens.endIndex, sentence.isCapitalized(placeStart),
      let run = nameRun(tokens, sentence.classes, placeStart, bytes, allowParticles: false)
    else { return nil }
    guard let end = sentence.longestName(from: placeStart, endingIn: (placeStart + 1)...run, where: {
      EntityLexicons.shared.isCityOrRegion(bytes, $0, cities: true, regions: false)
    })
    else { return nil }
    return (index..<end, .organization)
  }

  /// An institution: `la Ligue nationale de hockey`, `le Comité international
  /// olympique`, `la Fédération française de football`; or a place named the
  /// same way: `l'Empire romain`, `le Massif central`.
  private func institution(at index: Int, in sentence: Sentence) -> (Range<Int>, EntityLabel)? {
    let (tokens, bytes, classes) = (sentence.tokens, sentence.bytes, sentence.classes)
    guard classes[index] & Self.institutionHead != 0, UTF8Scanning.isUppercase(bytes, at: tokens[index].utf8Range.lowerBound),
      sentence.isInstitutionAdjective(index + 1)
    else { return nil }
    var end = index + 2
    while end < index + 4 && sentence.isInstitutionAdjective(end) { end += 1 }
    end = institutionComplement(after: end, in: sentence)
    return (index..<end, classes[index] & Self.placeNameHead != 0 ? .location : .organization)
  }

  /// The end of an institution's complement after its adjectives ending at
  /// `end`: `de` + a noun in lower case and its adjectives (`de hockey`, `de
  /// l'énergie atomique`; after a bare `de` no infinitive: `de relever`), or
  /// `de` + a listed place (`des États-Unis`); `end` when none.
  private func institutionComplement(after end: Int, in sentence: Sentence) -> Int {
    let (tokens, bytes) = (sentence.tokens, sentence.bytes)
    guard let start = sentence.afterOf(end), start < tokens.endIndex, tokens[start].kind == .word else { return end }
    let range = tokens[start].utf8Range
    if UTF8Scanning.isUppercase(bytes, at: range.lowerBound) {
      guard let run = nameRun(tokens, sentence.classes, start, bytes, allowParticles: false) else { return end }
      return sentence.longestName(from: start, endingIn: (start + 1)...run) {
        EntityLexicons.shared.label(bytes, $0) == .location
      } ?? end
    }
    let norm = tokens[start].norm
    let afterArticle = start - 1 > end
    guard range.count >= 3, !Self.notComplements.contains(norm), !EntityLexicons.shared.isCalendarWord(bytes, range),
      afterArticle || !(norm.hasSuffix("er") || norm.hasSuffix("ir") || norm.hasSuffix("re") || norm.hasSuffix("oir"))
    else { return end }
    var complementEnd = start + 1
    while sentence.isInstitutionAdjective(complementEnd) { complementEnd += 1 }
    return complementEnd
  }

  /// An institution named by its noun alone, capitalized inside the
  /// sentence, after no capitalized word, before a punctuation mark or a
  /// function word: `à la Commission et au Conseil` (not `le Conseil de
  /// sécurité`, `le Parlement européen`, `l'Assemblée constituante`).
  private func institutionAlone(at index: Int, in sentence: Sentence) -> (Range<Int>, EntityLabel)? {
    let tokens = sentence.tokens
    guard sentence.classes[index] & Self.institutionAlone != 0, index > tokens.startIndex, sentence.isCapitalized(index),
      !sentence.isCapitalized(index - 1),
      index + 1 == tokens.endIndex || tokens[index + 1].kind == .punctuation
        || Self.afterInstitutionAlone.contains(tokens[index + 1].norm),
      index > sentence.firstWord
    else { return nil }
    return (index..<(index + 1), .organization)
  }

  /// A place noun in lower case opens a place's name: `la mer Noire`,
  /// `l'océan Indien`, `le golfe de Guinée`, `la rue de la Paix`; an
  /// institution's an organization's (`le ministère des Affaires étrangères`).
  private func placeNoun(at index: Int, in sentence: Sentence) -> (Range<Int>, EntityLabel)? {
    let (tokens, bytes, classes) = (sentence.tokens, sentence.bytes, sentence.classes)
    guard classes[index] & Self.placeHead != 0, !UTF8Scanning.isUppercase(bytes, at: tokens[index].utf8Range.lowerBound),
      case let nameStart = classes[index] & Self.placeHeadOf != 0 ? sentence.afterOf(index + 1) ?? index + 1 : index + 1,
      nameStart < tokens.endIndex, tokens[nameStart].kind == .word,
      let run = nameRun(tokens, classes, nameStart, bytes, allowParticles: true, afterTitle: true)
    else { return nil }
    // A person's full name glued after it is not part of it (lists of
    // addresses: `rue Notre-Dame François Sourget`).
    var end =
      ((nameStart + 1)..<run).first { position in
        position + 1 < run && UTF8Scanning.isUppercase(bytes, at: tokens[position + 1].utf8Range.lowerBound)
          && EntityLexicons.shared.isFirstName(bytes, tokens[position].utf8Range)
      } ?? run
    let isOrganization = classes[index] & Self.organizationHead != 0
    // An institution's adjectives after the name (`le ministère des Affaires étrangères`).
    while isOrganization && sentence.isInstitutionAdjective(end) { end += 1 }
    return (index..<end, isOrganization ? .organization : .location)
  }

  /// A team in French: a plural article, a plural nickname, `de` and its
  /// city or region (`les Yankees de New York`, `aux Red Wings de Détroit`,
  /// `des Diamondbacks de l'Arizona`); a nickname of one word may be a common
  /// word of English, not of French (`les Giants de San Francisco`; not `les
  /// Mets`, `les Jeux de Paris`). The mention starts after the article.
  private func frenchTeam(at index: Int, in sentence: Sentence) -> (Range<Int>, EntityLabel)? {
    let tokens = sentence.tokens
    guard sentence.classes[index] & Self.pluralArticle != 0,
      let nicknameEnd = nameRun(tokens, sentence.classes, index + 1, sentence.bytes, allowParticles: false, afterTitle: true),
      nicknameEnd - index > 2 || !EntityLexicons.isFrenchCommonWord(tokens[index + 1].norm),
      isTeamNickname((index + 1)..<nicknameEnd, in: sentence),
      let placeStart = sentence.afterOf(nicknameEnd),
      let end = teamPlace(at: placeStart, in: sentence)
    else { return nil }
    return ((index + 1)..<end, .organization)
  }

  /// The end of a team's place starting at `start`, the longest of the
  /// capitalized words there that is a listed city (`de New York`), or a
  /// region after an article (`du Colorado`, `de l'Arizona`; not `d'Europe`).
  private func teamPlace(at start: Int, in sentence: Sentence) -> Int? {
    let (tokens, bytes) = (sentence.tokens, sentence.bytes)
    guard let run = nameRun(tokens, sentence.classes, start, bytes, allowParticles: false) else { return nil }
    let afterArticle = tokens[start - 1].norm != "de" && tokens[start - 1].norm != "d'"
    return sentence.longestName(from: start, endingIn: (start + 1)...run) {
      EntityLexicons.shared.isCityOrRegion(bytes, $0, cities: true, regions: afterArticle)
    }
  }

  /// A team in English: a listed city or region, then a plural nickname
  /// (`the San Diego Padres`, `the Texas Rangers`); no first name (`George
  /// Chriss`), title or role (`Vermont Sen. Bernie Sanders`) in it, no plural
  /// of a place or an event (`Palm Springs`, `the London Olympics`).
  private func englishTeam(at index: Int, in sentence: Sentence) -> (Range<Int>, EntityLabel)? {
    let (tokens, bytes, classes) = (sentence.tokens, sentence.bytes, sentence.classes)
    let lexicons = EntityLexicons.shared
    guard sentence.isCapitalized(index), sentence.isCapitalized(index + 1),
      let run = nameRun(tokens, classes, index, bytes, allowParticles: false), run - index >= 2,
      let placeEnd = sentence.longestName(from: index, endingIn: (index + 1)...(run - 1), where: {
        lexicons.isCityOrRegion(bytes, $0, cities: true, regions: true)
      }),
      isTeamNickname(placeEnd..<run, in: sentence), !Self.notTeams.contains(tokens[run - 1].norm),
      !lexicons.isFirstName(bytes, tokens[index].utf8Range),
      !(placeEnd..<run).contains(where: { position in
        classes[position] & Self.roleStart != 0 || honorifics.contains(bytes, tokens[position].utf8Range)
          || lexicons.isFirstName(bytes, tokens[position].utf8Range)
      })
    else { return nil }
    return (index..<run, .organization)
  }

  /// Whether the capitalized words `run` may be a team's plural nickname
  /// (`Yankees`, `Red Wings`): at most three words, the last ending in `s`
  /// or `x`, none a listed name, place noun, demonym or acronym (`les Kurdes
  /// de Syrie`, `les Îles de …`, `les CRS de Paris`).
  private func isTeamNickname(_ run: Range<Int>, in sentence: Sentence) -> Bool {
    let (tokens, bytes) = (sentence.tokens, sentence.bytes)
    guard run.count <= 3, let last = run.last, tokens[last].kind == .word,
      let final = bytes[tokens[last].utf8Range].last, final == UInt8(ascii: "s") || final == UInt8(ascii: "x")
    else { return false }
    let lexicons = EntityLexicons.shared
    return !run.contains { index in
      let range = tokens[index].utf8Range
      return lexicons.label(bytes, range) != nil || lexicons.isDemonym(bytes, range) || Self.isAcronym(range, bytes)
        || sentence.classes[index] & Self.placeHead != 0
        // (A pronoun or a question word ending in -s is no team: `Memphis This shop`.)
        || EntityRecognizer.edgeWords.contains(tokens[index].norm)
    }
  }
}
