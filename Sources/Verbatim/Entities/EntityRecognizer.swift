/// Finds named entities in an analyzed document: rules for MONEY, PERCENT
/// and DATE (``NumericEntityRules``), and the statistical tagger for PERSON,
/// ORG, LOC and PRODUCT over each sentence; a rule mention wins over an
/// overlapping tagger span.
///
/// A recognizer is an immutable `Sendable` value: build it once, share it.
public struct EntityRecognizer: Sendable {
  private let frenchTagger: EntityTagger?
  private let englishTagger: EntityTagger?
  /// The caller's names; they win over the model and the rules.
  public var gazetteer: Gazetteer

  /// Creates a recognizer with the model compiled into the library.
  /// - Parameter gazetteer: Names to recognize whatever the model says.
  public init(gazetteer: Gazetteer = Gazetteer()) {
    frenchTagger = EntityTagger.builtInFrench
    englishTagger = EntityTagger.builtInEnglish
    self.gazetteer = gazetteer
  }

  /// Creates a recognizer whose tagger uses models of your own (files
  /// written by `Scripts/train-entities`, for instance trained with your
  /// annotated text added) in place of the built-in ones.
  /// - Parameters:
  ///   - gazetteer: Names to recognize whatever the model says.
  ///   - frenchModel: The bytes of a French tagger model; nil keeps the built-in one.
  ///   - englishModel: The bytes of an English tagger model; nil keeps the built-in one.
  /// - Throws: ``VerbatimError`` with code `.invalidArgument` when a model is
  ///   not a tagger model of this version of Verbatim (the bytes are checked
  ///   in full, so a damaged file is refused rather than misread).
  public init(gazetteer: Gazetteer = Gazetteer(), frenchModel: [UInt8]?, englishModel: [UInt8]?) throws(VerbatimError) {
    func load(_ bytes: [UInt8]?, _ language: String, builtIn: EntityTagger?) throws(VerbatimError) -> EntityTagger? {
      guard let bytes else { return builtIn }
      guard let model = bytes.withUnsafeBytes({ EntityModel(bytes: $0, copy: true) }) else {
        throw VerbatimError(
          .invalidArgument,
          "the \(language) entity model (\(bytes.count) bytes) is not a tagger model of this version of Verbatim "
            + "(expected the `VNER` format version \(EntityModel.version) written by Scripts/train-entities)")
      }
      return EntityTagger(model: model)
    }
    frenchTagger = try load(frenchModel, "French", builtIn: EntityTagger.builtInFrench)
    englishTagger = try load(englishModel, "English", builtIn: EntityTagger.builtInEnglish)
    self.gazetteer = gazetteer
  }

  /// Whether a trained tagger model is available in this build.
  public var hasModel: Bool { frenchTagger != nil && englishTagger != nil }

  /// The entity mentions of `analysis`, in text order.
  public func entities(in analysis: Analysis) -> [Entity] {
    var text = analysis.text
    return text.withUTF8 { bytes in entities(analysis, bytes) }
  }

  func entities(_ analysis: Analysis, _ bytes: UnsafeBufferPointer<UInt8>) -> [Entity] {
    var found: [Entity] = []
    var canonicalNames: [Range<Int>: String] = [:]
    var paragraph = 0
    // Sports clubs named before a role in a team (`Chelsea coach Enzo Maresca`).
    var clubs = Set<String>()
    // Storms' names (`Hurricane Rita`): their other mentions are the storm too.
    var storms = Set<String>()
    // Token scores each tagger has already computed, in this document and
    // the ones before: borrowed from the tagger's pool on first use (a new
    // cache has room for the distinct tokens a document of this length
    // usually holds, and grows up to `TokenScoreCache.maxSlots`), given back at the end.
    var frenchCache: TokenScoreCache? = nil
    var englishCache: TokenScoreCache? = nil
    let cacheCapacity = min(max(analysis.tokens.count / 3, 64), 1 << 14)
    defer {
      if let frenchCache { frenchTagger?.caches.giveBack(frenchCache) }
      if let englishCache { englishTagger?.caches.giveBack(englishCache) }
    }
    // The token ranges of title-case or all-capitals headlines (``supportHeadlineMentions``).
    var headlines: [Range<Int>] = []
    for sentence in analysis.sentences {
      while paragraph + 1 < analysis.paragraphs.count && analysis.paragraphs[paragraph].end <= sentence.start {
        paragraph += 1
      }
      let language =
        paragraph < analysis.paragraphs.count ? analysis.paragraphs[paragraph].language.language : analysis.language.language
      let tokens = analysis.tokens[sentence.tokenIndices]
      let opening = SentenceOpening(sentence.tokenIndices, analysis)
      // (A headline is a paragraph of its own, of one sentence with no full
      // stop, no list — two commas — and no address: not an e-mail's list of names.)
      if paragraph < analysis.paragraphs.count, analysis.paragraphs[paragraph].sentenceIndices.count == 1,
        tokens.last.map({ $0.kind != .punctuation || $0.norm != "." }) ?? false,
        tokens.lazy.filter({ $0.norm == "," }).count < 2, !tokens.contains(where: { $0.norm == "@" || $0.norm == "<" }),
        isHeadline(tokens, bytes)
      {
        headlines.append(sentence.tokenIndices)
      }
      var spans: [(Range<Int>, EntityLabel)] = []
      // Which tokens of the sentence the spans so far cover (index - tokens.startIndex):
      // a span overlaps an earlier one when it covers a covered token.
      var covered = [Bool](repeating: false, count: tokens.count)
      func isFree(_ range: Range<Int>) -> Bool {
        !range.contains { covered[$0 - tokens.startIndex] }
      }
      func add(_ span: (Range<Int>, EntityLabel)) {
        spans.append(span)
        for index in span.0 { covered[index - tokens.startIndex] = true }
      }
      for (range, entryIndex) in gazetteer.matches(tokens, bytes) {
        let entry = gazetteer.entries[entryIndex]
        add((range, entry.label))
        // (An empty canonical name, which the Swift API lets through, is none.)
        if let canonical = entry.canonical, !canonical.isEmpty { canonicalNames[range] = canonical }
      }
      let callerSpans = spans.count
      // A dateline's place (`WASHINGTON (AP) —`) opening a paragraph.
      if paragraph < analysis.paragraphs.count, analysis.paragraphs[paragraph].start == sentence.start,
        let place = dateline(tokens, bytes), isFree(place)
      {
        add((place, .location))
      }
      // Nicknames written as names (`Big Blue`): the linker then says whose.
      for alias in AliasNames.shared.matches(tokens, bytes) where isFree(alias.0) {
        add(alias)
      }
      let ranges = tokens.map(\.utf8Range)
      let bits = EntityLexicons.shared.bits(bytes, tokens: ranges)
      // Known organizations (news media, clubs, pollsters) before the date
      // rules: a title may hold a calendar word (`Le Journal du dimanche`) or
      // open with a number (`20 Minutes`).
      addKnownOrganizations(tokens, bytes, ranges: ranges, bits: bits, isFree: isFree, add: add)
      // Named products (`ChatGPT`, `iPhone 16 Pro`, `Boeing 737`) before the tagger, which has no type for them.
      for product in productNames(tokens, bytes, ranges: ranges, bits: bits) where isFree(product.0) {
        add(product)
      }
      for company in aiCompanyNames(tokens, bytes, ranges: ranges, bits: bits) where isFree(company.0) {
        add(company)
      }
      for rule in NumericEntityRules.shared.matches(tokens, text: bytes) where isFree(rule.0) {
        add(rule)
      }
      let patterns = EntityPatternRules.shared.matches(tokens, bytes, french: language != .english)
      for pattern in patterns.mentions where isFree(pattern.0) {
        add(pattern)
      }
      // Listed names of several words (`l'Union européenne`, `Afrique du Sud`)
      // win over the tagger, which may see only part of them.
      // (The lexicon bits say where one can start: the first two tokens are on its list.)
      ranges.withUnsafeBufferPointer { ranges in
        var index = 0
        while index < ranges.count {
          let token = tokens.startIndex + index
          if index + 1 < ranges.count, bits[index] & bits[index + 1] & EntityLexicons.nameLists != 0,
            !covered[index], analysis.tokens[token].kind == .word,
            UTF8Scanning.decode(bytes, at: ranges[index].lowerBound).0.isUpper,
            let phrase = EntityLexicons.shared.listedPhrase(bytes, ranges, at: index),
            isFree(token..<(tokens.startIndex + phrase.end))
          {
            add((token..<(tokens.startIndex + phrase.end), phrase.label))
            index = phrase.end
          } else {
            index += 1
          }
        }
      }
      let useEnglish = language == .english ? englishTagger != nil : frenchTagger == nil
      if let tagger = useEnglish ? englishTagger : frenchTagger {
        let features = ranges.indices.map { TokenFeatures(bytes, ranges[$0], lexicon: bits[$0] & EntityLexicons.taggerBits) }
        let prepared = TaggerSentence(tokens: features, language: language)
        let tags: [UInt8]
        if useEnglish {
          if englishCache == nil { englishCache = tagger.caches.take(capacity: cacheCapacity) }
          tags = tagger.tags(prepared, cache: &englishCache!)
        } else {
          if frenchCache == nil { frenchCache = tagger.caches.take(capacity: cacheCapacity) }
          tags = tagger.tags(prepared, cache: &frenchCache!)
        }
        // (A name holds no colon, semicolon, bar or dash standing between
        // spaces: `Attendees: Pam Butler`, `Bryan Hull - Analyst`, `Algérie -
        // Serbie` are the tagger running over a separator, and each side is
        // tried; not in an English span the check below drops whole for its
        // words in lower case.)
        let taggedSpans = EntityTagger.spans(tags).flatMap { span in
          let tagged = (tokens.startIndex + span.range.lowerBound)..<(tokens.startIndex + span.range.upperBound)
          if useEnglish, hasLowerCaseWordInside(tagged, analysis, bytes) { return [(range: tagged, type: span.type)] }
          // (A side ending on a number is a label's, `Milepost 16.4: Forest Mills`.)
          let parts = Self.separatedParts(tagged, analysis.tokens)
          return parts.filter { parts.count == 1 || analysis.tokens[$0.upperBound - 1].kind != .number }
            .map { (range: $0, type: span.type) }
        }
        for span in taggedSpans {
          let tagged = span.range
          guard let range = trimmed(tagged, sentence: opening, english: useEnglish, analysis, bytes) else { continue }
          // (A one-word name the tagger ran on to from a noun before it, `la
          // perfusion d'Aclasta`, is kept only if listed: the tagger's type
          // for such a span is a guess — a place, there — that document
          // consistency would copy to every mention.)
          if range.count == 1, range.lowerBound > tagged.lowerBound,
            Self.isNounBeforeName(analysis.tokens[tagged.lowerBound], bytes),
            EntityLexicons.shared.label(bytes, analysis.tokens[range.lowerBound].utf8Range) == nil
          {
            continue
          }
          // (An English name holds no lower-case word but a few function
          // words: `Army arrested Ghulam Mohiuddin Lone`, `Greek electronic
          // composer Vangelis` are the tagger running on; the rules after may
          // still find the names inside.)
          if useEnglish, hasLowerCaseWordInside(range, analysis, bytes) {
            continue
          }
          guard isFree(range) else {
            // (A listed name the tagger ran on to past a preposition after a
            // rule's mention keeps its own: `le Conseil national de
            // transition à Benghazi` — the organization by rule, the place.)
            if let place = listedNameAfter(range, covered: { covered[$0 - tokens.startIndex] }, opening, useEnglish, analysis, bytes),
              isFree(place.0)
            {
              add(place)
            }
            continue
          }
          // A listed name glued to a person's name (`le gouverneur du Texas Rick Perry`,
          // `la DGSE René Imbot`): two mentions.
          if let split = personAfterName(range, tokens, bytes, french: !useEnglish), isFree(split.person) {
            add((split.name, split.label))
            add((split.person, .person))
            continue
          }
          // Name lists as rules: a listed company is an ORG, a listed place a LOC.
          let utf8 = analysis.tokens[range.lowerBound].utf8Range.lowerBound..<analysis.tokens[range.upperBound - 1].utf8Range.upperBound
          var label = EntityLexicons.shared.label(bytes, utf8) ?? TagSet.types[span.type]
          // (In English, a person the tagger found whose name is only a
          // city's stays a person unless a place's preposition comes before
          // it: `Kennedy served at the height of the Cold War`, `Hamilton's
          // mother`, but `born in Hamilton`.)
          if useEnglish, label == .location, TagSet.types[span.type] == .person, range.count == 1,
            EntityLexicons.shared.isCityOnly(bytes, utf8),
            !(range.lowerBound - 1 >= tokens.startIndex && Self.placePrepositions.contains(analysis.tokens[range.lowerBound - 1].norm))
          {
            label = .person
          }
          label = label == .product && TagSet.types[span.type] != .product ? TagSet.types[span.type] : label
          // (An English place the tagger ran over an organization's head
          // that ends it or comes before `of` is that organization: `Birmingham
          // City Council`, `the Housing Authority of New Orleans`; not a
          // building's noun, `Lincoln Center`, `Oval Office`.)
          // (A person of three words or more ending on such a head too: `Malcolm Smith Motorsports`.)
          if useEnglish, label == .person, range.count >= 3, EntityLexicons.shared.label(bytes, utf8) == nil,
            bits[range.upperBound - 1 - tokens.startIndex] & Self.organizationHeadBits != 0,
            isCapitalizedWord(range.upperBound - 1, tokens, bytes),
            !EntityPatternRules.shared.isGroupOrPlaceNounLast(analysis.tokens[range.upperBound - 1].norm)
          {
            label = .organization
          }
          if useEnglish, label == .location, range.count >= 2, EntityLexicons.shared.label(bytes, utf8) == nil,
            range.contains(where: { index in
              bits[index - tokens.startIndex] & Self.organizationHeadBits != 0 && isCapitalizedWord(index, tokens, bytes)
                && !EntityPatternRules.shared.isGroupOrPlaceNounLast(analysis.tokens[index].norm)
                && (index == range.upperBound - 1 || analysis.tokens[index + 1].norm == "of")
            })
          {
            label = .organization
          }
          // (A place of two or three name words opening on a first name is a
          // person's, and so is a French organization: `Whitney Houston`, `Clarence Darrow`;
          // an English one too when the first name is a foreign one, which
          // English companies are rarely named after: `Erling Haaland`, `Mikel Arteta`.)
          if label == .location || label == .organization
            && (!useEnglish || EntityLexicons.isMoreFirstName(analysis.tokens[range.lowerBound].norm)),
            EntityLexicons.shared.label(bytes, utf8) == nil,
            isShapedLikeAPersonsName(range, tokens, bytes, bits: { bits[$0 - tokens.startIndex] })
          {
            label = .person
          }
          // (A name before a role in apposition is a person's whatever the
          // tagger typed it: `Kerr Putney, the Charlotte-Mecklenburg police
          // chief,` was a place.)
          // (With its determiner: not `According to Yahoo News, Clinton spokesman …`.)
          if label == .location || label == .organization, EntityLexicons.shared.label(bytes, utf8) == nil,
            patterns.appositionPersons.contains(range), range.upperBound + 1 < tokens.endIndex,
            EntityPatternRules.appositionArticles.contains(analysis.tokens[range.upperBound + 1].norm)
          {
            label = .person
          }
          // (A person's name ends on no word in lower case: `le roi Jean
          // demanda` — a verb the tagger ran on to; `Ban Ki-moon` is one
          // token in French and joined again below in English.)
          var name = range
          while label == .person, name.count > 1, Self.isNounBeforeName(analysis.tokens[name.upperBound - 1], bytes) {
            name = name.lowerBound..<(name.upperBound - 1)
          }
          // (Nor, in English, on a role after two words: `Daniel Kang Analyst`,
          // an e-mail's list; the role alone would then be a name elsewhere.)
          if useEnglish, label == .person, name.count >= 3,
            bits[name.upperBound - 1 - tokens.startIndex] & EntityLexicons.roleBit != 0,
            !EntityLexicons.shared.isHonorific(bytes, analysis.tokens[name.upperBound - 1].utf8Range)
          {
            name = name.lowerBound..<(name.upperBound - 1)
          }
          // (A name written twice in a row is two mentions: an e-mail's
          // signature and the next one's greeting, `Thanks, Renee Renee, …`.)
          if label == .person, let half = Self.repeatedHalf(name, tokens) {
            add((name.lowerBound..<half, .person))
            if isFree(half..<name.upperBound) { add((half..<name.upperBound, .person)) }
            continue
          }
          // (Names in a row, a list without commas: `Larry Lewis Tom Martin`.)
          if label == .person, case let names = Self.namesInARow(name, tokens, bits: { bits[$0 - tokens.startIndex] }),
            names.count > 1
          {
            for part in names where isFree(part) { add((part, .person)) }
            continue
          }
          // (An English place's or organization's name with its hyphenated
          // pieces, `al-Qaeda`, typed as a list types the whole.)
          let whole = useEnglish && label != .person ? withHyphenatedParts(name, tokens, bytes) : name
          if whole != name, isFree(whole) {
            let wholeUTF8 = analysis.tokens[whole.lowerBound].utf8Range.lowerBound..<analysis.tokens[whole.upperBound - 1].utf8Range.upperBound
            add((whole, EntityLexicons.shared.label(bytes, wholeUTF8) ?? label))
          } else {
            add((name, label))
          }
        }
      }
      // A name before a role in apposition (`Sundar Pichai, the boss of the
      // group`) is a person's where the tagger and the rules found nothing.
      for range in patterns.appositionPersons where isFree(range) {
        add((range, .person))
      }
      // Listed names the tagger missed (`IBM`, `Google`, `France`): one token,
      // capitalized, not a common word; or a common word capitalized alone
      // inside a sentence that is no headline (`to give Congress time`,
      // `au Congrès américain`), where the capital says it is the name.
      // In English, a country or region on no other list is a place even in
      // lower case (`a foreigner living in malaysia`).
      var headline: Bool? = nil  // computed for the first listed common word only
      for index in tokens.indices where !covered[index - tokens.startIndex] {
        let token = analysis.tokens[index]
        guard token.kind == .word else {
          // (A known organization whose name holds a digit is a number token: `TF1`, `M6`.)
          if token.kind == .number, bits[index - tokens.startIndex] & EntityLexicons.knownOrganizationBit != 0,
            EntityLexicons.shared.isKnownOrganization(bytes, token.utf8Range)
          {
            spans.append((index..<(index + 1), .organization))
          }
          continue
        }
        let firstByte = bytes[token.utf8Range.lowerBound]
        if firstByte >= UInt8(ascii: "a") && firstByte <= UInt8(ascii: "z") {
          // (Not a place's noun that some listed name is made of alone:
          // `islands`. A city too after a place's preposition, `buy some weed
          // in auckland`, but no verb's form, `partners in shaping our
          // future`; the preposition is looked at only for a word on no
          // common list, as such a city is.)
          if language == .english, token.utf8Range.count >= 4,
            EntityLexicons.shared.isPlaceOnly(
              bytes, token.utf8Range, lexiconBits: bits[index - tokens.startIndex],
              cities: bits[index - tokens.startIndex] & EntityLexicons.commonWordBit == 0 && index > tokens.startIndex
                && Self.lowerCasePlacePrepositions.contains(analysis.tokens[index - 1].norm) && !token.norm.hasSuffix("ing")),
            !EntityPatternRules.shared.isGroupOrPlaceNounLast(token.norm)
          {
            spans.append((index..<(index + 1), .location))
          } else if bits[index - tokens.startIndex] & EntityLexicons.knownOrganizationBit != 0,
            EntityLexicons.shared.isKnownOrganization(bytes, token.utf8Range)
          {
            // (A known organization written in lower case: `franceinfo`.)
            spans.append((index..<(index + 1), .organization))
          }
          continue
        }
        guard UTF8Scanning.decode(bytes, at: token.utf8Range.lowerBound).0.isUpper,
          let listed = EntityLexicons.shared.listedName(bytes, token.utf8Range)
        else { continue }
        // (An era after a year or a century is no name: `380 CE`, `1st century BCE`, not the
        // French acronyms `la BCE`, `la CE`.)
        if Self.eraMarkers.contains(token.norm), index > tokens.startIndex,
          analysis.tokens[index - 1].kind == .number || Self.eraNouns.contains(analysis.tokens[index - 1].norm)
        {
          continue
        }
        if listed.isCommonWord {
          // (A capitalized word before it is a name's only when it is no
          // common word opening the sentence: `Au Canada, …`, `En Europe, …`.)
          let afterOpener = index - 1 >= tokens.startIndex
            && opensClause(index - 1, opening, analysis)
            && EntityLexicons.shared.isCommonWord(bytes, analysis.tokens[index - 1].utf8Range)
          guard !opensClause(index, opening, analysis),
            afterOpener || !isCapitalizedWord(index - 1, tokens, bytes), !isCapitalizedWord(index + 1, tokens, bytes)
          else { continue }
          if headline == nil { headline = isHeadline(tokens, bytes) }
          if headline == true { continue }
        }
        spans.append((index..<(index + 1), listed.label))
      }
      if language == .english {
        applyOrganizationHeads(tokens, bytes, lexiconBits: bits, to: &spans, headline: &headline)
        extendOrganizationsOverAnd(tokens, bytes, lexiconBits: bits, to: &spans, keeping: callerSpans)
      }
      applyPersonNames(tokens, bytes, lexiconBits: bits, to: &spans, keeping: callerSpans)
      applyPersonCues(tokens, bytes, english: language == .english, to: &spans, keeping: callerSpans)
      applyPlaceNouns(tokens, bytes, to: &spans, keeping: callerSpans)
      if language == .english {
        applyUntaggedPlaceNouns(tokens, bytes, to: &spans, keeping: callerSpans)
        applyPlaceHeadsBeforeOf(tokens, bytes, to: &spans, keeping: callerSpans)
        applyCityStatePairs(tokens, bytes, to: &spans, keeping: callerSpans)
        applyPartyStates(tokens, bytes, to: &spans, keeping: callerSpans)
        applySurnameParticles(tokens, bytes, to: &spans, keeping: callerSpans)
      }
      if language == .english { applySportsClubs(tokens, bytes, to: &spans, keeping: callerSpans, clubs: &clubs) }
      applyRegnalNumbers(tokens, bytes, english: language == .english, to: &spans, keeping: callerSpans)
      applyAcronymDefinitions(tokens, bytes, to: &spans, keeping: callerSpans)
      removeEvents(tokens, bytes, english: language == .english, from: &spans, keeping: callerSpans, storms: &storms)
      if language == .english { applySaintNames(tokens, bytes, to: &spans, keeping: callerSpans) }
      attachCompanySuffixes(tokens, bytes, lexiconBits: bits, to: &spans, keeping: callerSpans)
      applyMailDisplayNames(tokens, bytes, to: &spans, keeping: callerSpans)
      if language != .english { splitCoordinatedComplements(tokens, bytes, to: &spans, keeping: callerSpans) }
      // A person's name runs over a hyphenated given name, whichever rule found it (`Moon Jae-in`).
      for position in spans.indices.dropFirst(callerSpans) where spans[position].1 == .person {
        let name = spans[position].0, whole = withHyphenatedGivenName(name, tokens, bytes)
        if whole != name, !spans.contains(where: { $0.0.overlaps(name.upperBound..<whole.upperBound) }) {
          spans[position].0 = whole
        }
      }
      spans.sort { $0.0.lowerBound < $1.0.lowerBound }
      // `American` + `Civil Liberties Union`: a place word glued to an organization is part of it.
      var merged: [(Range<Int>, EntityLabel)] = []
      for span in spans {
        if let last = merged.last, last.1 == .location, span.1 == .organization, last.0.upperBound == span.0.lowerBound,
          analysis.tokens[span.0.lowerBound].start == analysis.tokens[last.0.upperBound - 1].end + 1
        {
          merged[merged.count - 1] = (last.0.lowerBound..<span.0.upperBound, .organization)
        } else {
          merged.append(span)
        }
      }
      for (range, label) in merged {
        let first = analysis.tokens[range.lowerBound]
        let last = analysis.tokens[range.upperBound - 1]
        let utf8 = first.utf8Range.lowerBound..<last.utf8Range.upperBound
        let name = UTF8Scanning.string(bytes, utf8)
        found.append(
          Entity(
            start: first.start, end: last.end, utf8Range: utf8, tokenIndices: range, label: label,
            canonical: canonicalNames[range] ?? name, cluster: found.count))
      }
    }
    // A club's other one-word mentions are the club too (`a 1-1 draw at Chelsea`).
    if !clubs.isEmpty {
      for index in found.indices where found[index].tokenIndices.count == 1
        && (found[index].label == .person || found[index].label == .location) && canonicalNames[found[index].tokenIndices] == nil
        && clubs.contains(found[index].canonical)
      {
        found[index].label = .organization
      }
    }
    if !storms.isEmpty {
      found.removeAll { Self.nameLabels.contains($0.label) && canonicalNames[$0.tokenIndices] == nil && storms.contains($0.canonical) }
    }
    splitSignatureGreetings(&found, fixed: Set(canonicalNames.keys), analysis, bytes)
    supportHeadlineMentions(&found, headlines: headlines, fixed: Set(canonicalNames.keys), analysis, bytes)
    var linked = DocumentLinker.shared.link(found, analysis: analysis, fixed: Set(canonicalNames.values))
    relabelThingsNamedLikePersons(&linked, analysis, bytes)
    return linked
  }

  /// `Immigration and Customs Enforcement (ICE)` (``AcronymDefinitions``):
  /// the whole expansion becomes one mention, replacing the spans inside or
  /// across it (`Customs Enforcement`), and the acronym another, both with
  /// the label of the longest span found on the expansion (`Civil Liberties
  /// Union` rather than `American`). When none is, the expansion must look
  /// like a name — every word but short function words capitalized
  /// (`American Civil Liberties Union`), or a capital opening it inside the
  /// sentence and an acronym of three letters or more (`le Centre d'études
  /// scientifiques de défense (CESD)`) — and takes the acronym's label, else
  /// ORG. Nothing changes where a caller's span (the first `keeping` of `spans`) or a MONEY/DATE/PERCENT
  /// mention overlaps.
  private func applyAcronymDefinitions(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, to spans: inout [(Range<Int>, EntityLabel)],
    keeping callerSpans: Int
  ) {
    // The sentence's first word: a capital there says nothing.
    let firstWord = tokens.firstIndex { $0.kind == .word } ?? tokens.startIndex
    for definition in AcronymDefinitions.find(tokens, bytes) {
      let expansion = definition.expansion
      let acronym = definition.acronym..<(definition.acronym + 1)
      func overlaps(_ span: (Range<Int>, EntityLabel)) -> Bool {
        span.0.overlaps(expansion) || span.0.overlaps(acronym)
      }
      let touching = spans.indices.filter { overlaps(spans[$0]) }
      guard !touching.contains(where: { $0 < callerSpans || !Self.nameLabels.contains(spans[$0].1) }) else { continue }
      let onExpansion = touching.filter { spans[$0].0.overlaps(expansion) }
      let looksLikeAName =
        isTitleCase(tokens[expansion], bytes) || (definition.letterCount >= 3 && expansion.lowerBound > firstWord)
      var label: EntityLabel
      if let longest = onExpansion.max(by: { spans[$0].0.count < spans[$1].0.count }) {
        label = spans[longest].1
        // (A place inside an expansion holding an organization's head names
        // the organization: `Housing Authority of New Orleans (HANO)`.)
        if label == .location, spans[longest].0.count < expansion.count,
          case let heads = EntityLexicons.shared.bits(bytes, tokens: tokens[expansion].map(\.utf8Range)),
          zip(expansion, heads).contains(where: { index, bits in
            bits & Self.organizationHeadBits != 0 && !spans[longest].0.contains(index) && isCapitalizedWord(index, tokens, bytes)
          })
        {
          label = .organization
        }
      } else if looksLikeAName {
        label = touching.first.map { spans[$0].1 } ?? .organization
      } else {
        continue
      }
      spans.removeAll(where: overlaps)
      spans.append((expansion, label))
      spans.append((acronym, label))
    }
    // An acronym of words all in lower case is a common noun's abbreviation
    // (`zone d'éducation prioritaire (ZEP)`, `administrateur national du
    // diamant (CND)`), no name — unless listed, or an institution's noun or
    // an organization's word is among them (`agence`, `commission`, `group`).
    for definition in AcronymDefinitions.find(tokens, bytes, lowerCase: true) {
      let acronym = definition.acronym..<(definition.acronym + 1)
      guard EntityLexicons.shared.label(bytes, tokens[definition.acronym].utf8Range) == nil,
        !tokens[definition.expansion].contains(where: {
          EntityPatternRules.shared.isInstitutionHead($0.norm) || EntityLexicons.shared.isOrganizationTrigger(bytes, $0.utf8Range)
        })
      else { continue }
      guard !spans[..<callerSpans].contains(where: { $0.0.overlaps(acronym) }) else { continue }
      spans.removeAll { $0.0 == acronym && Self.nameLabels.contains($0.1) }
    }
  }

  static let nameLabels: Set<EntityLabel> = [.person, .organization, .location, .product]
  /// File name extensions: `TEXT.htm`, `CrudeStocks.pdf` are attachments, not names.
  private static let fileExtensions: Set<Substring> = [
    "pdf", "htm", "html", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "jpg", "jpeg", "png", "gif", "zip", "csv",
  ]

  /// Whether a token's norm is a file name: a name, a dot and a listed extension.
  static func isFileName(_ norm: String) -> Bool {
    guard let dot = norm.lastIndex(of: "."), dot > norm.startIndex else { return false }
    return fileExtensions.contains(norm[norm.index(after: dot)...])
  }

  /// The listed name ending a tagger span that overlaps earlier mentions,
  /// after a preposition past the last covered token: the tokens after the
  /// preposition, trimmed, when a name list types them. Nil otherwise.
  private func listedNameAfter(
    _ range: Range<Int>, covered: (Int) -> Bool, _ opening: SentenceOpening, _ english: Bool, _ analysis: Analysis,
    _ bytes: UnsafeBufferPointer<UInt8>
  ) -> (Range<Int>, EntityLabel)? {
    guard let last = range.last(where: covered), last + 2 < range.upperBound else { return nil }
    let preposition = analysis.tokens[last + 1]
    guard preposition.kind == .word, UTF8Scanning.decode(bytes, at: preposition.utf8Range.lowerBound).0.isLower,
      EntityLexicons.shared.isCommonWord(bytes, preposition.utf8Range),
      let name = trimmed((last + 2)..<range.upperBound, sentence: opening, english: english, analysis, bytes)
    else { return nil }
    let utf8 = analysis.tokens[name.lowerBound].utf8Range.lowerBound..<analysis.tokens[name.upperBound - 1].utf8Range.upperBound
    return EntityLexicons.shared.label(bytes, utf8).map { (name, $0) }
  }

  /// Whether token `index` is glued to a French clitic split off after a
  /// verb (`-nous`, `-t-il`: ``TokenizationRules``' inversion suffixes).
  private func isBeforeClitic(_ index: Int, _ analysis: Analysis, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard index + 1 < analysis.tokens.count else { return false }
    let clitic = analysis.tokens[index + 1].utf8Range
    guard clitic.count >= 2, clitic.lowerBound == analysis.tokens[index].utf8Range.upperBound,
      bytes[clitic.lowerBound] == UInt8(ascii: "-")
    else { return false }
    return Self.frenchClitics.contains(bytes, (clitic.lowerBound + 1)..<clitic.upperBound)
  }

  private static let frenchClitics = TokenizationRules.forLanguage(.french).inversionSuffixes

  /// Abbreviations and codes that are no name on their own (`not-names.txt`, kind `alone`).
  private static let notNamesAlone = Set(
    EmbeddedResources.rows(EmbeddedResources.entities_notNames).filter { $0.count > 1 && $0[1] == "alone" }.map { String($0[0]) })

  /// Whether every word of `tokens` longer than three letters starts with a
  /// capital, and there are two such words.
  private func isTitleCase(_ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var capitalized = 0
    for token in tokens where token.end - token.start > 3 {
      guard UTF8Scanning.decode(bytes, at: token.utf8Range.lowerBound).0.isUpper else { return false }
      capitalized += 1
    }
    return capitalized >= 2
  }

  /// A tagger span without the words that cannot be part of a name at its
  /// edges — lower-case common words and nationality adjectives, the
  /// pronoun `I`, lone letters or marks — or nil when no capitalized word is left (`i`, `'s`, `I 'm`,
  /// `Yes`). Acronyms and listed names are kept.
  private func trimmed(
    _ range: Range<Int>, sentence: SentenceOpening, english: Bool, _ analysis: Analysis, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Range<Int>? {
    func scalar(_ index: Int) -> Unicode.Scalar { UTF8Scanning.decode(bytes, at: analysis.tokens[index].utf8Range.lowerBound).0 }
    func isElided(_ index: Int) -> Bool {
      let last = bytes[analysis.tokens[index].utf8Range.upperBound - 1]
      return last == UInt8(ascii: "'") || last == 0x99  // ' or ’
    }
    func isFiller(_ index: Int, edgeOfOne: Bool, leading: Bool) -> Bool {
      let token = analysis.tokens[index]
      // (`'s`: a possessive is no part of the name.)
      if token.end - token.start == 1 || token.kind != .word || isElided(index) || token.norm.hasPrefix("'") { return true }
      // (A clock's `AM`/`PM` opens no name: `08:28 AM Enron Investment Partners`, an e-mail's header.)
      if leading, token.norm == "am" || token.norm == "pm", index > 0, analysis.tokens[index - 1].kind == .number { return true }
      let isCommon = EntityLexicons.shared.isCommonWord(bytes, token.utf8Range)
      // Lower case: a common word, a nationality adjective (`la start-up
      // israélienne AnyVision`) or a clitic; not a particle (`de Gaulle`) or a brand (`iPhone`).
      if scalar(index).isLower {
        if isCommon || token.norm.hasPrefix("'") || EntityLexicons.shared.isDemonym(bytes, token.utf8Range) { return true }
        if leading && !edgeOfOne && Self.isNounBeforeName(token, bytes) { return true }
        return !leading && Self.isNoClosingNameWord(bytes[token.utf8Range], norm: token.norm, english: english)
      }
      // A greeting, a pronoun or a question word (`Memphis This`, `Vince Dear`),
      // unless written in capitals (`WHO`).
      if Self.edgeWords.contains(token.norm), !(token.utf8Range.count >= 2 && bytes[token.utf8Range].allSatisfy({
        $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")
      })) {
        return true
      }
      let listed = EntityLexicons.shared.label(bytes, token.utf8Range) != nil
      // A capitalized common word opening the sentence or a reported clause (`Pour Microsoft`, `Si …`),
      // unless it is a first name followed by more of the name (`Claude Gewerc a prévenu`).
      if leading && isCommon && !listed && opensClause(index, sentence, analysis)
        && (edgeOfOne || !EntityLexicons.shared.isFirstName(bytes, token.utf8Range))
      {
        return true
      }
      // A capitalized common word alone (`Yes`, `You`) is no name unless listed or an acronym.
      if edgeOfOne && isCommon && !listed {
        let text = UTF8Scanning.string(bytes, token.utf8Range)
        return !(text.count >= 2 && text.allSatisfy { $0.isUppercase })
      }
      return false
    }
    var lower = range.lowerBound
    var upper = range.upperBound
    // (French: a word glued to an inversion's or an imperative's clitic is
    // a verb, `Attardons-nous`, `Rappelez-vous`, `Faut-il`.)
    if !english, upper > lower, isBeforeClitic(upper - 1, analysis, bytes) { upper -= 1 }
    while lower < upper && isFiller(lower, edgeOfOne: upper - lower == 1, leading: true) { lower += 1 }
    while upper > lower && isFiller(upper - 1, edgeOfOne: upper - lower == 1, leading: false) { upper -= 1 }
    // A comma before a word in lower case ends the name (`the House, where
    // Speaker Mike Johnson …`; not `Washington, D.C.`).
    if let comma = (lower..<upper).first(where: {
      $0 + 1 < upper && analysis.tokens[$0].norm == "," && analysis.tokens[$0 + 1].kind == .word && scalar($0 + 1).isLower
    }) {
      upper = comma
      while upper > lower && isFiller(upper - 1, edgeOfOne: upper - lower == 1, leading: false) { upper -= 1 }
    }
    // `de`/`d'` before an infinitive and its object ends the name (`l'État
    // d'indemniser les usagers`: the tagger ran on after `État d'`, as in
    // `État d'Israël`; not `l'École d'architecture de Paris`).
    if !english, let de = (lower..<upper).first(where: { index in
      index + 1 < upper && (analysis.tokens[index].norm == "de" || analysis.tokens[index].norm == "d'" || analysis.tokens[index].norm == "d’")
        && scalar(index + 1).isLower && Self.looksLikeInfinitive(analysis.tokens[index + 1].norm)
        && (index + 2 == upper || Self.frenchArticles.contains(analysis.tokens[index + 2].norm))
    }) {
      upper = de
      while upper > lower && isFiller(upper - 1, edgeOfOne: upper - lower == 1, leading: false) { upper -= 1 }
    }
    guard lower < upper else { return nil }
    // Markup the page left in the text is never part of a name (`<img data-src=" /> La`).
    for index in lower..<upper where analysis.tokens[index].kind == .punctuation {
      if bytes[analysis.tokens[index].utf8Range].contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
        || $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: "\"") })
      {
        return nil
      }
    }
    func isEra(_ index: Int) -> Bool {
      Self.eraMarkers.contains(analysis.tokens[index].norm) && index > 0
        && (analysis.tokens[index - 1].kind == .number || Self.eraNouns.contains(analysis.tokens[index - 1].norm))
    }
    // A nationality alone (`les Écossais`, `aux Sahraouis`), a Roman
    // ordinal (`au XVIIIe siècle`), a listed abbreviation (`322 BC`, `on TV`) or an era
    // after a year (`380 CE`) is no name.
    if upper - lower == 1 {
      let token = analysis.tokens[lower]
      // (A role alone, `the company's CEO`, is nobody's name either.)
      if EntityLexicons.shared.isDemonym(bytes, token.utf8Range) || Self.isRomanOrdinal(token, bytes)
        || EntityLexicons.shared.isRole(bytes, token.utf8Range) && EntityLexicons.shared.label(bytes, token.utf8Range) == nil
        || Self.notNamesAlone.contains(token.norm) || Self.isFileName(token.norm) || isEra(lower)
        || Self.isPluralAcronym(bytes[token.utf8Range]) && EntityLexicons.shared.label(bytes, token.utf8Range) == nil
        // (A company's suffix alone, `Inc.`, names nothing.)
        || Self.companySuffixes.contains(UTF8Scanning.string(bytes, token.utf8Range))
      {
        return nil
      }
    }
    // A name has a capital or a digit somewhere (`expliquait`, `-t-il` are not names).
    guard (lower..<upper).contains(where: { scalar($0).isUpper || scalar($0).properties.numericType != nil })
    else { return nil }
    return lower..<upper
  }

  /// Whether an English span of three tokens or more holds a word in lower
  /// case between its ends that is no name's function word (`Army arrested
  /// Ghulam Mohiuddin Lone`; not `Bank of America`).
  private func hasLowerCaseWordInside(_ range: Range<Int>, _ analysis: Analysis, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    range.count >= 3
      && range.dropFirst().dropLast().contains(where: {
        analysis.tokens[$0].isLowerCaseWord(in: bytes) && !Self.englishNameFunctionWords.contains(analysis.tokens[$0].norm)
      })
  }

  /// `range` cut at the separators inside it — a colon, a semicolon, a bar,
  /// or a dash with a space on each side (`Attendees: Pam Butler`, `Bryan
  /// Hull - Analyst`) —, without them; `range` alone when it holds none.
  /// A hyphen between letters (`Mattek-Sands`) is no separator.
  static func separatedParts(_ range: Range<Int>, _ tokens: [Token]) -> [Range<Int>] {
    func isSeparator(_ index: Int) -> Bool {
      let token = tokens[index]
      guard token.kind != .word, index > range.lowerBound, index + 1 < range.upperBound else { return false }
      switch token.norm {
      case ":", ";", "|": return true
      case "-", "--", "\u{2013}", "\u{2014}":
        return tokens[index - 1].end < token.start && token.end < tokens[index + 1].start
      default: return false
      }
    }
    guard range.count >= 3, range.contains(where: isSeparator) else { return [range] }
    var parts: [Range<Int>] = []
    var start = range.lowerBound
    for index in range where isSeparator(index) {
      if start < index { parts.append(start..<index) }
      start = index + 1
    }
    if start < range.upperBound { parts.append(start..<range.upperBound) }
    return parts
  }

  /// Where the second half of `range` starts when its tokens are the same
  /// name twice (`Renee Renee`, `Debra Perlingiere Debra Perlingiere`), else nil.
  static func repeatedHalf(_ range: Range<Int>, _ tokens: ArraySlice<Token>) -> Int? {
    guard range.count >= 2, range.count % 2 == 0 else { return nil }
    let half = range.lowerBound + range.count / 2
    for offset in 0..<(range.count / 2) where tokens[range.lowerBound + offset].norm != tokens[half + offset].norm {
      return nil
    }
    return half
  }

  /// A person's span of four words or more cut before each listed first
  /// name (no common word) that follows a word that is none: names written
  /// in a row without commas (`Larry Lewis Tom Martin`, `Doug Sewell Jeffrey
  /// Synder` — an e-mail's list of attendees) are one person each; `Mary Jane
  /// Smith`, where a first name follows a first name, stays one. `bit` gives
  /// a token's lexicon bits.
  static func namesInARow(_ range: Range<Int>, _ tokens: ArraySlice<Token>, bits bit: (Int) -> UInt32) -> [Range<Int>] {
    guard range.count >= 4 else { return [range] }
    var parts: [Range<Int>] = []
    var start = range.lowerBound
    for index in (range.lowerBound + 2)..<range.upperBound
    where bit(index) & EntityLexicons.firstNameBit != 0 && bit(index) & EntityLexicons.commonWordBit == 0
      && bit(index - 1) & EntityLexicons.firstNameBit == 0 && tokens[index - 1].kind == .word
      && !tokens[index - 1].norm.hasSuffix(".") && !PersonNameShapes.shared.lowerParticles.contains(tokens[index - 1].norm)
      && index - start >= 2
    {
      parts.append(start..<index)
      start = index
    }
    parts.append(start..<range.upperBound)
    return parts
  }

  /// Eras written after a year (`322 BC`, `380 CE`), and the nouns they also follow (`1st century BCE`).
  static let eraMarkers: Set<String> = ["bc", "bce", "ad", "ce"]
  static let eraNouns: Set<String> = ["century", "centuries", "millennium"]

  /// Words that are never a name's first or last (`not-names.txt`, kind `edge`).
  static let edgeWords = NormSet(
    EmbeddedResources.rows(EmbeddedResources.entities_notNames).filter { $0.count > 1 && $0[1] == "edge" }.map { String($0[0]) })

  /// The lexicon bits of organizations' suffixes and heads (`Inc.`, `Council`, `Authority`).
  static let organizationHeadBits: UInt32 =
    1 << EntityLexicons.Bit.orgSuffix.rawValue | 1 << EntityLexicons.Bit.organizationHead.rawValue

  /// Lower-case words an English name may hold (`Bank of America`, `Alfred
  /// the Great`, `Willem de Kooning`, `Stratford-upon-Avon`).
  static let englishNameFunctionWords: Set<String> = [
    "of", "and", "the", "for", "on", "in", "at", "y", "da", "del", "van", "von", "der", "den", "di", "al", "bin", "ibn",
    "upon", "under", "de", "du", "des", "la", "le", "les", "&", "'s", "s",
  ]

  /// Whether a word opening a tagger span is a noun in lower case before the
  /// name (`employées de Boeing`, `le diocèse de Saint-Omer`, `l'augustin
  /// Bernardus Désirant`), which ``trimmed(_:sentence:english:_:_:)`` leaves
  /// out: no capital anywhere (`iPhone`), not a particle (`zu Guttenberg`) or
  /// a place's head (`mer Noire`, which the place rules handle). Such a word
  /// does not end a person's name either (`le roi Jean demanda`).
  static func isNounBeforeName(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    token.isLowerCaseWord(in: bytes)
      && !PersonNameShapes.shared.lowerParticles.contains(token.norm)
      && !EntityPatternRules.shared.isPlaceHead(token.norm)
  }

  /// A person's name that ends on a capitalized word glued by a hyphen to a
  /// short lower-case word runs over it (`Ban Ki-moon`, `Kim Jong-un`, `Moon
  /// Jae-in`: Korean given names, which the tagger and the trimming of common
  /// words had cut at the hyphen).
  private func withHyphenatedGivenName(
    _ range: Range<Int>, _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Range<Int> {
    let last = range.upperBound - 1
    guard range.upperBound + 1 < tokens.endIndex, range.count >= 2 else { return range }
    let name = tokens[last], hyphen = tokens[last + 1], given = tokens[last + 2]
    guard hyphen.norm == "-", hyphen.start == name.end, given.start == hyphen.end, given.kind == .word,
      (1...4).contains(given.end - given.start),
      given.norm.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isLowercase }),
      UTF8Scanning.decode(bytes, at: name.utf8Range.lowerBound).0.isUpper,
      !(last + 3 < tokens.endIndex && tokens[last + 3].start == given.end && tokens[last + 3].norm == "-"),
      !Self.compoundSecondParts.contains(given.norm)
    else { return range }
    return range.lowerBound..<(range.upperBound + 2)
  }

  /// Short second parts of compounds after a name (`Pence-led`, `Trump-era`,
  /// `Obama-like`) and number words (`Seventy-four`), which no given name
  /// ends with.
  static let compoundSecondParts: Set<String> = [
    "led", "run", "era", "age", "aged", "like", "free", "wide", "long", "made", "born", "held", "type", "day",
    "year", "old", "less", "ish", "ist", "ism", "ite", "size", "won", "bred", "fed", "left",
    "one", "two", "four", "five", "six", "nine", "ten",
  ]

  /// French articles that open an infinitive's object (`d'indemniser les usagers`).
  static let frenchArticles: Set<String> = ["le", "la", "les", "l'", "un", "une", "des", "du", "ses", "son", "sa", "leur", "leurs"]

  /// A French infinitive's ending (`-er`, `-ir`, `-re`) on a word of five letters or more.
  static func looksLikeInfinitive(_ norm: String) -> Bool {
    norm.utf8.count >= 5 && (norm.hasSuffix("er") || norm.hasSuffix("ir") || norm.hasSuffix("re"))
  }

  /// An acronym's plural (`IDs`, `CEOs`, `NGOs`): capital letters, then
  /// one `s`; a common noun, not a name.
  static func isPluralAcronym(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    guard bytes.count >= 3, bytes.last == UInt8(ascii: "s") else { return false }
    return bytes.dropLast().allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
  }

  /// A listed name (or an acronym) and a person's name in one tagger span:
  /// a first name inside the span after a listed company, organization or
  /// place (or an acronym), followed by one to two capitalized words that are
  /// no common words (of French in a `french` sentence), maybe past the span
  /// (`Texas Rick` + `Perry`, `DGSE René Imbot`; not `Spain Marshall Plan`). Nil otherwise.
  private func personAfterName(
    _ range: Range<Int>, _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, french: Bool
  ) -> (name: Range<Int>, label: EntityLabel, person: Range<Int>)? {
    let lexicons = EntityLexicons.shared
    // (A span opening with a first name is a person's already: `Elizabeth Warren`.)
    guard range.count >= 2, !lexicons.isFirstName(bytes, tokens[range.lowerBound].utf8Range) else { return nil }
    for first in (range.lowerBound + 1)..<range.upperBound {
      let token = tokens[first]
      guard token.kind == .word, lexicons.isFirstName(bytes, token.utf8Range) else { continue }
      // (A title between them is neither's: `FAA Administrator Mike
      // Whitaker`, `Boeing CEO Dave Calhoun`.)
      var nameEnd = first
      if nameEnd - 1 > range.lowerBound, isCapitalizedWord(nameEnd - 1, tokens, bytes),
        lexicons.isRole(bytes, tokens[nameEnd - 1].utf8Range)
          || lexicons.label(bytes, tokens[nameEnd - 1].utf8Range) == nil
            && (lexicons.isCommonWord(bytes, tokens[nameEnd - 1].utf8Range)
              || nameEnd - 2 == range.lowerBound && EntityPatternRules.isAcronym(tokens[range.lowerBound].utf8Range, bytes))
      {
        nameEnd -= 1
      }
      let name = tokens[range.lowerBound].utf8Range.lowerBound..<tokens[nameEnd - 1].utf8Range.upperBound
      let isAcronym = nameEnd - range.lowerBound == 1 && EntityPatternRules.isAcronym(name, bytes)
      guard let label = lexicons.label(bytes, name) ?? (isAcronym ? .organization : nil) else { continue }
      var end = first + 1
      // (In French, the French common words only: `Perry`, `Rick` are frequent English words.)
      func isCommon(_ index: Int) -> Bool {
        french ? EntityLexicons.isFrenchCommonWord(tokens[index].norm) : lexicons.isCommonWord(bytes, tokens[index].utf8Range)
      }
      while end < tokens.endIndex && end - first <= 2 && isCapitalizedWord(end, tokens, bytes) && !isCommon(end)
        && tokens[end].norm.allSatisfy({ $0 != "@" })
      {
        end += 1
      }
      guard end > first + 1 else { continue }
      return (range.lowerBound..<nameEnd, label, first..<end)
    }
    return nil
  }

  /// The position in `spans` of the span holding each token of `tokens`
  /// (-1: none), indexed from the sentence's first token.
  static func spanPositions(_ spans: [(Range<Int>, EntityLabel)], in tokens: ArraySlice<Token>) -> [Int] {
    var positions = [Int](repeating: -1, count: tokens.count)
    for (position, span) in spans.enumerated() {
      for index in span.0 { positions[index - tokens.startIndex] = position }
    }
    return positions
  }

  /// Whether a word comes before token `index` in its sentence's `tokens`
  /// (`index` is not the sentence's first word).
  static func hasWord(before index: Int, in tokens: ArraySlice<Token>) -> Bool {
    tokens[tokens.startIndex..<index].contains { $0.kind == .word }
  }

  /// Whether `tokens[index]` exists and is a word starting with a capital.
  func isCapitalizedWord(_ index: Int, _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    tokens.indices.contains(index) && tokens[index].kind == .word
      && UTF8Scanning.decode(bytes, at: tokens[index].utf8Range.lowerBound).0.isUpper
  }

  /// Whether most words of the sentence (four or more) are capitalized, as
  /// in a title-case headline (the tagger's own test, ``TaggerSentence``).
  func isHeadline(_ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var words = 0
    var capitalized = 0
    for index in tokens.indices where tokens[index].kind == .word {
      words += 1
      if isCapitalizedWord(index, tokens, bytes) { capitalized += 1 }
    }
    return words >= 4 && capitalized * 10 >= words * 8
  }

  /// `Charles III`, `Jean-Paul II`, `Chilpéric II`: a capitalized name
  /// followed by a Roman numeral is a person (the numeral included), unless
  /// the name is a common word (`la Chaîne III`) or a listed place or
  /// company (`Toulouse II`), or a caller's span holds it. A numeral the
  /// tagger took alone is no name in any case. `I` counts in French only
  /// (`when Obama I said` is English's pronoun).
  private func applyRegnalNumbers(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, english: Bool,
    to spans: inout [(Range<Int>, EntityLabel)], keeping callerSpans: Int
  ) {
    for index in tokens.indices.dropFirst()
    where Self.isRomanNumeral(tokens[index].utf8Range, bytes, english: english) && tokens[index].kind == .word {
      let name = index - 1
      let isRegnal = isCapitalizedWord(name, tokens, bytes) && tokens[index].start == tokens[name].end + 1
        && !EntityLexicons.shared.isCommonWord(bytes, tokens[name].utf8Range)
        && EntityLexicons.shared.label(bytes, tokens[name].utf8Range) == nil
        && !Self.numberedParts.contains(tokens[name].norm)
      if let alone = spans.firstIndex(where: { $0.0 == index..<(index + 1) }), alone >= callerSpans {
        let nameIsFree = !spans.contains { $0.0.contains(name) }
        if isRegnal && nameIsFree { spans[alone] = (name..<(index + 1), .person) } else { spans.remove(at: alone) }
        continue
      }
      guard isRegnal, !spans.contains(where: { $0.0.contains(index) }) else { continue }
      if let position = spans.firstIndex(where: { $0.0.upperBound == index }) {
        guard position >= callerSpans, [.person, .organization, .location, .product].contains(spans[position].1) else {
          continue
        }
        spans[position] = (spans[position].0.lowerBound..<(index + 1), .person)
      } else {
        spans.append((name..<(index + 1), .person))
      }
    }
  }

  /// Whether a token is a French ordinal in Roman numerals (`IIe`, `XVIIIe`, `Ier`).
  private static func isRomanOrdinal(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let range = token.utf8Range
    var end = range.upperBound
    if bytes[end - 1] == UInt8(ascii: "e") { end -= 1 } else if range.count > 2 && bytes[end - 2] == UInt8(ascii: "e")
      && bytes[end - 1] == UInt8(ascii: "r") { end -= 2 } else { return false }
    return end > range.lowerBound && end - range.lowerBound <= 7 && isRomanLetters(bytes[range.lowerBound..<end])
  }

  /// Whether every byte is `I`, `V` or `X`.
  private static func isRomanLetters(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    bytes.allSatisfy { $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") }
  }

  /// English prepositions before a place's name (`born in Hamilton`).
  static let placePrepositions: Set<String> = [
    "in", "at", "from", "to", "near", "of", "outside", "into", "toward", "towards", "across", "around", "via",
    "through", "between", "and", "or",
  ]

  /// English prepositions before which a city's name in lower case is
  /// the city (`going to baguio`, `pizza from chicago`): not `of` or `and`.
  static let lowerCasePlacePrepositions: Set<String> = [
    "in", "at", "from", "to", "near", "outside", "into", "toward", "towards", "around", "via",
  ]

  /// Nouns numbered with Roman numerals that name a part of something, not
  /// a ruler (`Annexe I`, `Article IV`, `Chapter II`, `Phase III`).
  private static let numberedParts: Set<String> = [
    "annexe", "annex", "article", "chapitre", "chapter", "titre", "title", "tome", "volume", "partie", "part",
    "section", "livre", "book", "acte", "act", "phase", "stade", "stage", "type", "niveau", "level", "classe",
    "class", "catégorie", "category", "groupe", "group", "tableau", "table", "figure", "annexes", "appendix",
  ]

  /// Whether a token is a Roman numeral from I to XXX written in capitals.
  private static func isRomanNumeral(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, english: Bool) -> Bool {
    guard range.count <= 5, isRomanLetters(bytes[range]) else { return false }
    if range.count == 1 && bytes[range.lowerBound] == UInt8(ascii: "I") && english { return false }
    // Up to two tens, then a numeral from I to X (XIV, XXIII, up to XXX).
    var units = range.lowerBound
    while units < range.upperBound - 1 && bytes[units] == UInt8(ascii: "X") { units += 1 }
    return units - range.lowerBound <= 2 && Self.unitNumerals.contains { $0.elementsEqual(bytes[units..<range.upperBound]) }
  }

  /// The Roman numerals from I to X.
  private static let unitNumerals: [[UInt8]] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"].map {
    Array($0.utf8)
  }

  /// Where a sentence starts: its first token, and its first token that is
  /// no punctuation mark (found once, so that asking whether a token opens
  /// the sentence costs nothing however many marks open it).
  private struct SentenceOpening {
    /// The sentence's first token.
    let start: Int
    /// The sentence's first token that is no punctuation mark (its end when none is).
    let firstNonPunctuation: Int

    init(_ sentence: Range<Int>, _ analysis: Analysis) {
      start = sentence.lowerBound
      firstNonPunctuation = analysis.tokens[sentence].firstIndex { $0.kind != .punctuation } ?? sentence.upperBound
    }
  }

  /// Whether the token opens its sentence (only punctuation, an opening
  /// quote or bracket, before it) or a clause reported inside it.
  private func opensClause(_ index: Int, _ sentence: SentenceOpening, _ analysis: Analysis) -> Bool {
    // A clause reported inside the sentence opens with a capital too:
    // after `qu'` (`indiquant qu’Avec Azure Government, …`), a colon or an
    // opening quote mark (`a dit : « Pour …`).
    if index > sentence.start {
      let previous = analysis.tokens[index - 1].norm
      if previous == "qu'" || previous == ":" || previous == "«" || previous == "“" { return true }
    }
    return index <= sentence.firstNonPunctuation
  }

  /// Whether a lower-case word (its bytes and ``Token/norm``) closing a
  /// tagger span is no part of the name: in English never (`Boston area`),
  /// in French when it is a verb in the imperfect (`Google expliquait`),
  /// unlike an adjective (`Parti socialiste`); never a brand with a capital
  /// inside (`Apple iPhone`).
  static func isNoClosingNameWord(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, norm: String, english: Bool) -> Bool {
    guard !bytes.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return false }
    return english || norm.hasSuffix("ait") || norm.hasSuffix("aient")
  }
}
