/// Rules where rules are right, applied to the tagger's output:
/// - a title (`M.`, `Mme`, `Mr.`, `Dr`) or a role (`président`, `CEO`)
///   followed by capitalized words announces a PERSON, title excluded;
/// - an organization trigger (`la société`, `le groupe`, `the company`)
///   followed by capitalized words announces an ORG;
/// - a product cue before (`sa solution`, `le logiciel`) or after (`API`,
///   `Services`) capitalized words marks a PRODUCT (the cue after is part
///   of the name: `Face API`);
/// - a lower-case place noun before capitalized words opens a place's name
///   (`la mer Noire`, `le golfe de Guinée`, `rue Cadet`): LOC, noun included;
/// - a plural nickname between a plural article and `de` + a city or region
///   names a team (`les Canadiens de Montréal` is not, `les Yankees de New
///   York`, `aux Red Wings de Détroit` are): ORG, the place included;
/// - in English, a listed city or region and a plural nickname name a team
///   (`the San Diego Padres`, `the New York Knicks`, `the Texas Rangers`): ORG;
/// - a capitalized institution noun, adjectives and maybe a complement
///   names an institution (`la Ligue nationale de hockey`, `le Comité
///   international olympique`, `la Cour suprême des États-Unis`): ORG;
///   a place's noun the same way names a place (`l'Empire romain`): LOC;
///   some alone name the institution news means (`à la Commission et au
///   Conseil`, inside a French sentence): ORG.
/// A pattern mention replaces the tagger's mentions it overlaps.
struct EntityPatternRules: Sendable {
  let honorifics: FoldedLexicon
  private let roles: PhraseSet
  private let triggers: PhraseSet
  private let cuesBefore: PhraseSet
  private let cuesAfter: NormSet
  /// The nouns of the organization triggers (`filiale`, `fonds`, `subsidiary`):
  /// after a possessive, they say the name before them is an organization.
  private let triggerNouns: NormSet
  /// Bit 0: the norm begins a role (``roles``), 1: a trigger, 2: a product
  /// cue before a name; 4: a particle inside a person's
  /// name (`de`, `van`); 5: a place noun (`mer`), 6: one that may take
  /// `de` before the name (`golfe`); 7: a plural article (`les`, `aux`);
  /// 8: an institution's or place's head noun (`ligue`, `empire`), 9: their
  /// adjective (`nationale`, `romain`), 10: a place's head noun (`empire`),
  /// 11: an institution's noun alone (`commission`), 12: a place noun's
  /// rule naming an institution (`ministère`), 13: a sports club's word (`stade`),
  /// 14: a place's noun before `de` and a name it is no part of (`commune`).
  private let classes: NormClasses

  static let shared = EntityPatternRules()

  init() {
    let titles = EmbeddedResources.rows(EmbeddedResources.entities_personTitles)
    honorifics = FoldedLexicon(
      EmbeddedResources.lines(EmbeddedResources.tokenization_titles)
        + titles.filter { $0.count > 1 && $0[1] == "honorific" }.map { $0[0] },
      caseInsensitive: false)
    let rolePhrases = titles.filter { $0.count > 1 && $0[1] == "role" }.map { PhraseSet.normalize($0[0]) }
    roles = PhraseSet(rolePhrases)
    let triggerRows = EmbeddedResources.rows(EmbeddedResources.entities_orgTriggers).map { String($0[0]) }
    let triggerPhrases = triggerRows.map { PhraseSet.normalize(Substring($0)) }.flatMap(Self.withContractedArticles)
    triggers = PhraseSet(triggerPhrases)
    // The noun of an article and a noun (`la filiale`, `l'agence`, `the subsidiary`).
    triggerNouns = NormSet(
      triggerRows.compactMap { phrase in
        let words = phrase.split(separator: " ")
        return words.count <= 2 ? words.last?.split(separator: "'").last.map(String.init) : nil
      })
    let cues = EmbeddedResources.rows(EmbeddedResources.entities_productCues)
    let cueBeforePhrases = cues.filter { $0.count > 1 && $0[1] == "before" }.map { PhraseSet.normalize($0[0]) }
    cuesBefore = PhraseSet(cueBeforePhrases)
    cuesAfter = NormSet(cues.filter { $0.count > 1 && $0[1] == "after" }.map { String($0[0]) })
    var classes = NormClasses(capacity: 2_048)
    classes.insertPhraseStarts(rolePhrases, bit: 0)
    classes.insertPhraseStarts(triggerPhrases, bit: 1)
    classes.insertPhraseStarts(cueBeforePhrases, bit: 2)
    classes.insert(Self.particles, bit: 4)
    let placeHeads = EmbeddedResources.rows(EmbeddedResources.entities_placeHeads)
    classes.insert(placeHeads.filter { $0.count < 2 || ["name", "of", "org"].contains($0[1]) }.map { String($0[0]) }, bit: 5)
    classes.insert(placeHeads.filter { $0.count > 1 && $0[1] == "before" }.map { String($0[0]) }, bit: 14)
    classes.insert(placeHeads.filter { $0.count > 1 && $0[1] == "last" }.map { String($0[0]) }, bit: 15)
    classes.insert(placeHeads.filter { $0.count > 1 && $0[1] == "group-last" }.map { String($0[0]) }, bit: 16)
    classes.insert(placeHeads.filter { $0.count > 1 && $0[1] == "place-first" }.map { String($0[0]) }, bit: 17)
    classes.insert(placeHeads.filter { $0.count > 1 && ($0[1] == "of" || $0[1] == "org") }.map { String($0[0]) }, bit: 6)
    classes.insert(placeHeads.filter { $0.count > 1 && $0[1] == "org" }.map { String($0[0]) }, bit: 12)
    classes.insert(["les", "aux", "des"], bit: 7)
    let institutionWords = EmbeddedResources.rows(EmbeddedResources.entities_institutionWords)
    classes.insert(
      institutionWords.filter { $0.count > 1 && ($0[1] == "head" || $0[1] == "place") }.map { $0[0].lowercased() }, bit: 8)
    classes.insert(institutionWords.filter { $0.count > 1 && $0[1] == "place" }.map { $0[0].lowercased() }, bit: 10)
    classes.insert(institutionWords.filter { $0.count > 1 && $0[1] == "alone" }.map { $0[0].lowercased() }, bit: 11)
    classes.insert(institutionWords.filter { $0.count > 1 && $0[1] == "club" }.map { $0[0].lowercased() }, bit: 13)
    classes.insert(institutionWords.filter { $0.count > 1 && $0[1] == "adjective" }.map { String($0[0]) }, bit: 9)
    self.classes = classes
  }

  /// A French trigger phrase and its forms after `de` and `à`: `le
  /// quotidien` → `du quotidien`, `au quotidien`; `les` → `des`, `aux`.
  static func withContractedArticles(_ phrase: String) -> [String] {
    if phrase.hasPrefix("le ") { return [phrase, "du " + phrase.dropFirst(3), "au " + phrase.dropFirst(3)] }
    if phrase.hasPrefix("les ") { return [phrase, "des " + phrase.dropFirst(4), "aux " + phrase.dropFirst(4)] }
    return [phrase]
  }

  /// Whether `norm` opens a place's name in lower case (`mer`, `îles`,
  /// `rue`: `place-heads.txt`).
  func isPlaceHead(_ norm: String) -> Bool { classes.classes(norm) & Self.placeHead != 0 }

  /// Whether `norm` is a place's noun that says the name after `de` is a
  /// place's without being part of it (`commune`, `hameau`, `town`:
  /// `place-heads.txt`, kind `before`).
  func isPlaceNounBefore(_ norm: String) -> Bool { classes.classes(norm) & Self.placeNounBefore != 0 }

  /// Whether `norm` is an English place's noun that ends its name (`river`,
  /// `bridge`, `empire`: `place-heads.txt`, kind `last`).
  func isPlaceNounLast(_ norm: String) -> Bool { classes.classes(norm) & Self.placeNounLast != 0 }

  /// Whether `norm` opens places' names and is also a first name (`santa`,
  /// `sierra`: `place-heads.txt`, kind `place-first`).
  func isPlaceFirstWord(_ norm: String) -> Bool { classes.classes(norm) & Self.placeFirstWord != 0 }

  /// Whether `norm` may end a place's, a building's or a group's name
  /// (`place-heads.txt`, kinds `last` and `group-last`: `river`, `park`, `hall`, `band`).
  func isGroupOrPlaceNounLast(_ norm: String) -> Bool {
    classes.classes(norm) & (Self.placeNounLast | Self.groupNounLast) != 0
  }

  /// Whether `norm` (lower case) is an institution's noun (`comité`,
  /// `commission`, `agence`: `institution-words.txt`, kind `head` or `place`).
  func isInstitutionHead(_ norm: String) -> Bool { classes.classes(norm) & Self.institutionHead != 0 }

  /// Possessive determiners before a product cue in an apposition.
  private static let possessives: Set<String> = ["sa", "son", "ses", "leur", "leurs", "its", "their"]
  /// Singular articles opening an apposition naming a role (`Kerr Putney, the
  /// police chief,`); the recognizer retypes a tagged name only after one of them.
  static let appositionArticles: Set<String> = ["the", "a", "an", "le", "la", "l'", "un", "une"]
  /// Determiners and possessives that may open an apposition naming a role.
  private static let appositionDeterminers: Set<String> = appositionArticles.union([
    "its", "his", "her", "their", "les", "son", "sa", "ses", "leur",
  ])
  private static let particles = ["de", "du", "des", "d'", "van", "von", "der", "da", "di", "bin", "ben"]
  static let roleStart: UInt32 = 1 << 0
  private static let triggerStart: UInt32 = 1 << 1
  private static let cueBeforeStart: UInt32 = 1 << 2
  private static let particle: UInt32 = 1 << 4

  /// What the rules find in one sentence.
  struct Matches {
    /// Pattern mentions (token range, label): they win over the tagger.
    var mentions: [(Range<Int>, EntityLabel)] = []
    /// Persons named before a role in apposition (`Sundar Pichai, the boss
    /// of the group`): a weaker cue than a title before the name, for the
    /// recognizer to use only where nothing else found a mention.
    var appositionPersons: [Range<Int>] = []
  }

  /// Pattern mentions in one sentence's tokens, and persons in apposition.
  /// The place-noun and team rules read French only (`french`): `gave`
  /// is an English verb, `canal` and `massif` English words.
  func matches(_ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, french: Bool) -> Matches {
    var found = Matches()
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: tokens.count) { buffer in
      for (offset, token) in zip(0..., tokens) { (buffer.baseAddress! + offset).initialize(to: classes.classes(token.norm)) }
      // The classes of the token at `index` (indexed like `tokens`).
      let classes = buffer.baseAddress! - tokens.startIndex
      // `phrases.match(tokens, index)`, skipped when no phrase starts with the token's norm.
      func match(_ phrases: PhraseSet, _ start: UInt32, _ index: Int) -> Int? {
        guard index < tokens.endIndex, classes[index] & start != 0 else { return nil }
        return phrases.match(tokens, index)
      }
      func isQuoteMark(_ index: Int) -> Bool { index < tokens.endIndex && tokens[index].isQuotationMark }
      func isComma(_ index: Int) -> Bool {
        tokens[index].utf8Range.count == 1 && bytes[tokens[index].utf8Range.lowerBound] == UInt8(ascii: ",")
      }
      func isFullStop(_ index: Int) -> Bool {
        tokens[index].utf8Range.count == 1 && bytes[tokens[index].utf8Range.lowerBound] == UInt8(ascii: ".")
      }
      // What an apposition after the name ending at `end` says it is (`,
      // sa technologie de …` → PRODUCT, `, sa structure d'…` → ORG): a
      // comma, a possessive, then a product cue or an organization
      // trigger's noun, maybe after one word.
      func appositionLabel(after end: Int) -> EntityLabel? {
        guard end + 2 < tokens.endIndex, isComma(end), Self.possessives.contains(tokens[end + 1].norm) else { return nil }
        let afterWord = tokens[end + 2].kind == .word
        if match(cuesBefore, Self.cueBeforeStart, end + 2) != nil
          || afterWord && match(cuesBefore, Self.cueBeforeStart, end + 3) != nil
        {
          return .product
        }
        if triggerNouns.contains(bytes, tokens[end + 2].utf8Range)
          || afterWord && end + 3 < tokens.endIndex && triggerNouns.contains(bytes, tokens[end + 3].utf8Range)
        {
          return .organization
        }
        return nil
      }
      // Whether the name ending at `end` is followed by a role in
      // apposition: a comma, maybe a determiner or possessive, at most two
      // words (`ancien`, `Apple 's`, `chief`), then a role (`patron`, `boss`, `CEO`).
      func roleInApposition(after end: Int) -> Bool {
        guard end + 1 < tokens.endIndex, isComma(end) else { return false }
        var start = end + 1
        if Self.appositionDeterminers.contains(tokens[start].norm) { start += 1 }
        // (At most two words before the role; a hyphenated compound is one:
        // `the Charlotte-Mecklenburg police chief`.)
        var position = start
        for _ in 0...2 {
          guard position < tokens.endIndex else { return false }
          if match(roles, Self.roleStart, position) != nil { return true }
          guard tokens[position].kind == .word else { return false }
          position += 1
          while position + 1 < tokens.endIndex, tokens[position].norm == "-", tokens[position].start == tokens[position - 1].end,
            tokens[position + 1].start == tokens[position].end, tokens[position + 1].kind == .word
          {
            position += 2
          }
        }
        return false
      }
      let sentence = Sentence(tokens: tokens, bytes: bytes, classes: classes)
      var index = tokens.startIndex
      while index < tokens.endIndex {
        // Names read from their shape (`la mer Noire`, `la Ligue nationale de
        // hockey`, `les Yankees de New York`): EntityPatternRules+Names.swift.
        if let (range, label) = nameByShape(at: index, in: sentence, french: french) {
          found.mentions.append((range, label))
          index = range.upperBound
          continue
        }
        // Titles: `M. Smith`, `Mme Dupont`, `Dr. Jones` — unless the title
        // and the words after it are a listed name (`St. Louis`, a city), or
        // the title is a clock's `PM` (`12:05 PM I just wanted`).
        if honorifics.contains(bytes, tokens[index].utf8Range),
          !(index > tokens.startIndex && tokens[index - 1].kind == .number && tokens[index].norm == "pm"),
          let end = nameRun(tokens, classes, index + 1, bytes, allowParticles: true, afterTitle: true)
        {
          var listed: EntityLabel? = nil
          if let listedEnd = sentence.longestName(from: index, endingIn: (index + 2)...end, where: {
            listed = EntityLexicons.shared.label(bytes, $0)
            return listed != nil
          }), let listed {
            found.mentions.append((index..<listedEnd, listed))
            index = listedEnd
            continue
          }
          found.mentions.append(((index + 1)..<end, .person))
          index = end
          continue
        }
        // Roles with a name right after: `CEO Arvind Krishna`, `le président Emmanuel Macron`,
        // or a surname alone that is no listed name, acronym or nationality (`le président
        // Chirac`, `le juge Desmure`; not `le président Renault`, `CEO IBM`, nor
        // when role and word make a listed name: `General Motors`).
        // (A title between role and name is neither: `lawyer Mr. Villega`.)
        if let matchEnd = match(roles, Self.roleStart, index),
          case let roleEnd = matchEnd < tokens.endIndex && honorifics.contains(bytes, tokens[matchEnd].utf8Range) ? matchEnd + 1 : matchEnd,
          let end = nameRun(tokens, classes, roleEnd, bytes, allowParticles: true),
          // (A name of two words or more opens on no common word but a first name: not `Analyst Team Participants`.)
          end - roleEnd >= 2
            && (!EntityLexicons.shared.isCommonWord(bytes, tokens[roleEnd].utf8Range)
              || EntityLexicons.shared.isFirstName(bytes, tokens[roleEnd].utf8Range))
            || isSurnameAlone(tokens, roleEnd, bytes)
              && EntityLexicons.shared.label(bytes, tokens[index].utf8Range.lowerBound..<tokens[roleEnd].utf8Range.upperBound) == nil
        {
          // A party's or a body's acronym between the role and the name
          // (`le député LFI Manuel Bompard`, `la sénatrice LR Sophie Primas`): two mentions.
          if end - roleEnd >= 3, Self.isAcronym(tokens[roleEnd].utf8Range, bytes) {
            found.mentions.append((roleEnd..<(roleEnd + 1), .organization))
            found.mentions.append(((roleEnd + 1)..<end, .person))
          } else {
            found.mentions.append((roleEnd..<end, .person))
          }
          index = end
          continue
        }
        // A role, maybe with its complement, then the name between commas:
        // `Its spokeswoman, Melezia Figueroa, said`, `Le porte-parole de la
        // mairie, Jean Orlanet, a confirmé`, `The president of Microsoft, Brad Smith,`.
        if let roleEnd = match(roles, Self.roleStart, index),
          let comma = (roleEnd..<min(roleEnd + 8, tokens.endIndex)).first(where: { isComma($0) }),
          (roleEnd..<comma).allSatisfy({ tokens[$0].kind == .word }),
          let end = nameRun(tokens, classes, comma + 1, bytes, allowParticles: true),
          end < tokens.endIndex, isComma(end) || isFullStop(end),
          mayBeNamedByRole(tokens, classes, (comma + 1)..<end, bytes)
        {
          found.mentions.append(((comma + 1)..<end, .person))
          index = end
          continue
        }
        // Organization triggers: `la société AnyVision`, `the company Clearview AI`,
        // with a nationality between them and the name (`le groupe chinois Huawei`).
        // (Or the name in quotation marks: `du quotidien « L'Economiste »`.)
        if let triggerEnd = match(triggers, Self.triggerStart, index),
          case let afterDemonym = skipsDemonym(tokens, triggerEnd, bytes) ? triggerEnd + 1 : triggerEnd,
          case let quoted = isQuoteMark(afterDemonym), case let nameStart = quoted ? afterDemonym + 1 : afterDemonym,
          let end = nameRun(tokens, classes, nameStart, bytes, allowParticles: false), !quoted || isQuoteMark(end)
        {
          found.mentions.append((nameStart..<end, .organization))
          index = end
          continue
        }
        // Product cues before: `sa solution Rekognition`, `le logiciel Face ID`.
        if let cueEnd = match(cuesBefore, Self.cueBeforeStart, index),
          let end = nameRun(tokens, classes, cueEnd, bytes, allowParticles: false)
        {
          found.mentions.append((cueEnd..<end, .product))
          index = end
          continue
        }
        if let end = nameRun(tokens, classes, index, bytes, allowParticles: false) {
          // Product cues after, inside a capitalized run: `Face API`, `Azure Cognitive Services`.
          // (A cue that also heads organizations' names, `Services`, makes a
          // product only with a listed product in the run: `the Internal
          // Revenue Service`, `Amazon Web Services` are organizations. A
          // sentence's `The` is no part of either.)
          if let cue = ((index + 1)..<end).first(where: { cuesAfter.contains(bytes, tokens[$0].utf8Range) }) {
            let lexicons = EntityLexicons.shared
            let start = tokens[index].norm == "the" ? index + 1 : index
            let product = !lexicons.isOrganizationHeadWord(bytes, tokens[cue].utf8Range)
              || (start..<cue).contains { lexicons.isProductWord(bytes, tokens[$0].utf8Range) }
            // (Two words opening on a common one, `Great Service`, `Secret
            // Service`, are left to the tagger: a review's title or a name.)
            if start < cue, product || cue - start >= 2 || !lexicons.isCommonWord(bytes, tokens[start].utf8Range) {
              found.mentions.append((start..<(cue + 1), product ? .product : .organization))
            }
            index = cue + 1
            continue
          }
          // A name, then said to be a product or an organization in an
          // apposition: `Rekognition, sa technologie de reconnaissance
          // faciale`, `Azure, its cloud platform`, `M12, sa structure
          // d'investissement` (a possessive, then a cue, maybe after one word).
          if let label = appositionLabel(after: end) {
            found.mentions.append((index..<end, label))
            index = end
            continue
          }
        }
        // A person before a role in apposition: `Sundar Pichai, the boss of the group`.
        if let end = nameRun(tokens, classes, index, bytes, allowParticles: true), end - index >= 2,
          roleInApposition(after: end), mayBeNamedByRole(tokens, classes, index..<end, bytes)
        {
          found.appositionPersons.append(index..<end)
          index = end
          continue
        }
        index += 1
      }
    }
    return found
  }

  /// Whether the run of capitalized words `run` may be the name of a
  /// person a role in apposition describes (`Sundar Pichai, the boss of the
  /// group`; `its spokeswoman, Melezia Figueroa,`): two words or more; the first no
  /// common word but a first name, and after no capitalized word but the
  /// sentence's first (`Selon Jean Dupont, PDG de…` names `Jean Dupont`;
  /// `The Congressional Black Caucus` none); no title or role inside
  /// (`Mr. President, Vice President Bush`), no acronym (`ERP Compliant
  /// Fuels`); not a listed organization or place.
  private func mayBeNamedByRole(
    _ tokens: ArraySlice<Token>, _ classes: UnsafePointer<UInt32>, _ run: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let lexicons = EntityLexicons.shared
    let first = tokens[run.lowerBound].utf8Range
    guard run.count >= 2, !lexicons.isCommonWord(bytes, first) || lexicons.isFirstName(bytes, first) else { return false }
    if let before = tokens[..<run.lowerBound].last(where: { $0.kind == .word }),
      before.end == tokens[run.lowerBound].start - 1, UTF8Scanning.isUppercase(bytes, at: before.utf8Range.lowerBound),
      tokens[..<run.lowerBound].first(where: { $0.kind == .word })?.start != before.start
    {
      return false
    }
    for index in run where classes[index] & Self.roleStart != 0 || honorifics.contains(bytes, tokens[index].utf8Range)
      || Self.isAcronym(tokens[index].utf8Range, bytes)
    {
      return false
    }
    let utf8 = first.lowerBound..<tokens[run.upperBound - 1].utf8Range.upperBound
    return lexicons.label(bytes, utf8) == nil
  }

  /// Whether the word at `index` may be a surname alone after a role: no
  /// listed name, acronym, nationality or first name (`Chirac`, not
  /// `Renault`, `IBM`, `Américain`, `Emmanuel`).
  private func isSurnameAlone(_ tokens: ArraySlice<Token>, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let range = tokens[index].utf8Range
    let lexicons = EntityLexicons.shared
    return tokens[index].kind == .word && !Self.isAcronym(range, bytes) && lexicons.label(bytes, range) == nil
      && !lexicons.isDemonym(bytes, range) && !lexicons.isFirstName(bytes, range)
  }

  /// Whether `bytes[range]` is two capital letters or more and nothing else (`ERP`, `IBM`).
  static func isAcronym(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    range.count >= 2 && range.allSatisfy { bytes[$0] >= UInt8(ascii: "A") && bytes[$0] <= UInt8(ascii: "Z") }
  }

  /// Whether the token at `index` is a lower-case nationality adjective
  /// (`chinois`, `israélienne`).
  private func skipsDemonym(_ tokens: ArraySlice<Token>, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    index < tokens.endIndex && tokens[index].kind == .word
      && !UTF8Scanning.isUppercase(bytes, at: tokens[index].utf8Range.lowerBound)
      && EntityLexicons.shared.isDemonym(bytes, tokens[index].utf8Range)
  }

  /// The end of a run of capitalized words starting at `index` (at most 4
  /// words; with `allowParticles`, `de`, `van`, `Le`… inside a person's name),
  /// or nil when `index` does not start one. A capitalized common word
  /// (`Le`, `However`) alone is not a name, except `afterTitle` when it
  /// does not begin a role (`M. Parent`, not `Mr. President`). `classes[i]` is the token `i`'s.
  func nameRun(
    _ tokens: ArraySlice<Token>, _ classes: UnsafePointer<UInt32>, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>,
    allowParticles: Bool, afterTitle: Bool = false
  ) -> Int? {
    var end = index
    var words = 0
    while end < tokens.endIndex && words < 4 {
      let token = tokens[end]
      // A code that starts with a capital is a name too (`M12`, `TF1`).
      guard token.kind == .word || token.kind == .number else { break }
      if UTF8Scanning.isUppercase(bytes, at: token.utf8Range.lowerBound) {
        end += 1
        words += 1
        continue
      }
      if allowParticles && words > 0 && classes[end] & Self.particle != 0,
        end + 1 < tokens.endIndex,
        UTF8Scanning.isUppercase(bytes, at: tokens[end + 1].utf8Range.lowerBound)
      {
        end += 1
        continue
      }
      break
    }
    guard words > 0 else { return nil }
    // The common-word list of the tagger's lexicons (caseless: `Le` is `le`).
    // After a title a capitalized common word is a surname (`M. Parent`), not a role (`Mr. President`).
    if words == 1 && EntityLexicons.shared.isCommonWord(bytes, tokens[index].utf8Range)
      && (!afterTitle || classes[index] & Self.roleStart != 0)
    {
      return nil
    }
    return end
  }
}
