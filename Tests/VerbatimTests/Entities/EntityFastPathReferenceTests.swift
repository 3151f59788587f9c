import Testing
@testable import Verbatim

/// The entity layer's fast paths against the slow, obviously right code they
/// replaced (kept here as reference models): the tagger's features must stay
/// bit-identical, or the committed models would read different features.
@Suite struct EntityFastPathReferenceTests {
  static let texts = [
    "« Nous ne vendons pas », a déclaré M. Smith, PDG d’IBM, à New York le 3 mai 2020.",
    "Brad Smith (Microsoft) said the American Civil Liberties Union (ACLU) met in Los Angeles.",
    "L'État et l’ÉTAT : Île-de-France, États-Unis, 4,4 milliards de dollars, 12,5 %, COVID-19.",
    "ÀÉÎÕÜ àéîõü ×÷ ‐‑ ’’ x’ ’x a.b.c. U.S. J.-C. Ωmega ǅemal 𝒜bc 👍🏽 ½ ٣ 中文 İstanbul",
    "the Republic of the Congo , Saint-Pierre-et-Miquelon and Bosnia and Herzegovina ; New York City",
    "a", "É", "’", "ab", "abc", "abcd", "abcde",
  ]

  /// The features as `TokenFeatures.init` computed them before it stopped allocating.
  static func referenceFeatures(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> TokenFeatures {
    var lower = FeatureHash.seed
    var raw = FeatureHash.seed
    var shape = FeatureHash.seed
    var shortShape = FeatureHash.seed
    var lastClass: UInt8 = 0
    var run = 0
    var shapeLength = 0
    var letters = 0
    var uppers = 0
    var flags: TokenFeatures.Flags = []
    var scalarStarts: (Int, Int, Int, Int) = (0, 0, 0, 0)
    var folded: [UInt8] = []
    var prefixHashes: [UInt64] = []
    var scalarCount = 0
    var index = range.lowerBound
    while index < range.upperBound {
      let (scalar, length) = UTF8Scanning.decode(bytes, at: index)
      for offset in index..<(index + length) { raw = FeatureHash.add(raw, bytes[offset]) }
      let foldStart = folded.count
      FoldedLexicon.forEachFolded(UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]), true) {
        folded.append($0)
      }
      for offset in foldStart..<folded.count { lower = FeatureHash.add(lower, folded[offset]) }
      scalarStarts = (scalarStarts.1, scalarStarts.2, scalarStarts.3, foldStart)
      scalarCount += 1
      if scalarCount <= 3 { prefixHashes.append(FeatureHash.bytes(folded.withUnsafeBufferPointer { $0 }, 0..<folded.count)) }
      let properties = scalar.properties
      let cls: UInt8
      if properties.isUppercase {
        cls = UInt8(ascii: "X")
        uppers += 1
        letters += 1
      } else if properties.isLowercase || properties.isAlphabetic {
        cls = UInt8(ascii: "x")
        letters += 1
      } else if properties.numericType != nil {
        cls = UInt8(ascii: "d")
        flags.insert(.hasDigit)
      } else {
        switch scalar {
        case "-", "‐", "‑": flags.insert(.hasHyphen)
        case "'", "’": flags.insert(.hasApostrophe)
        case ".": flags.insert(.hasPeriod)
        default: break
        }
        cls = scalar.value < 0x80 ? UInt8(scalar.value) : UInt8(ascii: "o")
      }
      if cls == lastClass { run += 1 } else { run = 1 }
      if shapeLength < 12 && run <= 3 {
        shape = FeatureHash.add(shape, cls)
        shapeLength += 1
      }
      if cls != lastClass { shortShape = FeatureHash.add(shortShape, cls) }
      lastClass = cls
      index += length
    }
    let first: Unicode.Scalar = range.isEmpty ? "\u{0}" : UTF8Scanning.decode(bytes, at: range.lowerBound).0
    if first.properties.isUppercase { flags.insert(.initialCapital) }
    if letters > 0 && uppers == letters && letters >= 2 { flags.insert(.allCapitals) }
    if letters > 0 && uppers == 0 { flags.insert(.lowercase) }
    if letters == 0 { flags.insert(.noLetter) }
    if letters == 1 && scalarCount == 1 { flags.insert(.singleLetter) }
    var features = TokenFeatures()
    features.lower = lower
    features.raw = raw
    features.shape = shape
    features.shortShape = shortShape
    while prefixHashes.count < 3 { prefixHashes.append(prefixHashes.last ?? FeatureHash.seed) }
    features.prefixes = (prefixHashes[0], prefixHashes[1], prefixHashes[2])
    let starts = [scalarStarts.3, scalarStarts.2, scalarStarts.1, scalarStarts.0]
    var suffixHashes: [UInt64] = []
    folded.withUnsafeBufferPointer { buffer in
      for k in 0..<4 {
        let start = k < scalarCount ? starts[k] : 0
        suffixHashes.append(FeatureHash.bytes(buffer, start..<buffer.count))
      }
    }
    features.suffixes = (suffixHashes[0], suffixHashes[1], suffixHashes[2], suffixHashes[3])
    features.flags = flags.rawValue
    return features
  }

  static func same(_ a: TokenFeatures, _ b: TokenFeatures) -> Bool {
    a.lower == b.lower && a.raw == b.raw && a.shape == b.shape && a.shortShape == b.shortShape
      && a.prefixes == b.prefixes && a.suffixes == b.suffixes && a.flags == b.flags && a.lexicon == b.lexicon
  }

  @Test(arguments: texts) func tokenFeaturesMatchTheReference(_ text: String) throws {
    let tokens = try Tokenizer(language: .french).tokens(in: text)
    var text = text
    text.withUTF8 { bytes in
      // Every token, and every scalar-aligned piece of the text up to 20 bytes.
      var ranges = tokens.map(\.utf8Range)
      var starts = [0]
      for offset in 1..<bytes.count where bytes[offset] & 0xC0 != 0x80 { starts.append(offset) }
      starts.append(bytes.count)
      for (i, start) in starts.enumerated() {
        for end in starts[i...] where end - start <= 20 { ranges.append(start..<end) }
      }
      for range in ranges {
        #expect(Self.same(TokenFeatures(bytes, range), Self.referenceFeatures(bytes, range)), "\(range)")
      }
    }
  }

  @Test(arguments: texts) func lexiconBitsMatchPerListSearch(_ text: String) throws {
    // The reference: each list alone, longest phrase first at every start.
    let lexicons = EntityLexicons.shared
    let tokens = try Tokenizer(language: .french).tokens(in: text).map(\.utf8Range)
    var text = text
    text.withUTF8 { bytes in
      let bits = lexicons.bits(bytes, tokens: tokens)
      var expected = [UInt32](repeating: 0, count: tokens.count)
      for start in tokens.indices {
        for end in (start + 1)...min(tokens.count, start + 8) {
          var phrase: [UInt8] = []
          for k in start..<end {
            if k > start { phrase.append(0x20) }
            phrase.append(contentsOf: bytes[tokens[k]])
          }
          let mask = phrase.withUnsafeBufferPointer { lexicons.listsForTesting($0, 0..<$0.count) }
          for k in start..<end { expected[k] |= mask }
        }
      }
      #expect(bits == expected)
    }
  }

  @Test func lexiconEntriesAreFound() {
    func lists(_ name: String) -> UInt32 {
      var name = name
      return name.withUTF8 { EntityLexicons.shared.listsForTesting($0, 0..<$0.count) }
    }
    func bit(_ bit: EntityLexicons.Bit) -> UInt32 { 1 << bit.rawValue }
    #expect(lists("New York") & bit(.city) != 0)
    #expect(lists("Microsoft") & bit(.company) != 0)
    #expect(lists("microsoft") & bit(.company) == 0)  // exact case
    #expect(lists("M.") & bit(.honorific) != 0)
    #expect(lists("Président") & bit(.role) != 0)  // case-insensitive
    #expect(lists("DE") & bit(.commonWord) != 0)
    #expect(lists("") == 0)
  }

  @Test func everyListedEntryIsInItsList() {
    // The entries as the String-based parser read them (first field, up to `#`, one trailing space dropped).
    func words(_ text: String) -> [Substring] {
      EmbeddedResources.lines(text).map { line in
        let field = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)[0]
        return field.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
      }.map { $0.hasSuffix(" ") ? $0.dropLast() : $0 }.filter { !$0.isEmpty }
    }
    func column(_ text: String, where kind: String) -> String {
      EmbeddedResources.lines(text).filter { $0.split(separator: "\t").dropFirst().first.map(String.init) == kind }
        .joined(separator: "\n")
    }
    let titles = EmbeddedResources.entities_personTitles
    let lists: [(EntityLexicons.Bit, String)] = [
      (.honorific, EmbeddedResources.tokenization_titles + "\n" + column(titles, where: "honorific")),
      (.role, column(titles, where: "role")), (.firstName, EmbeddedResources.entities_firstNames),
      (.country, EmbeddedResources.entities_countries), (.city, EmbeddedResources.entities_cities),
      (.region, EmbeddedResources.entities_regions), (.orgSuffix, EmbeddedResources.entities_orgSuffixes),
      (.orgTrigger, EmbeddedResources.entities_orgTriggers),
      (.commonWord, EmbeddedResources.entities_commonWordsFr + "\n" + EmbeddedResources.entities_commonWordsEn),
      (.calendar, EmbeddedResources.entities_calendar), (.productCue, EmbeddedResources.entities_productCues),
      (.demonym, EmbeddedResources.entities_demonyms),
      (.company, EmbeddedResources.entities_companies + "\n" + EmbeddedResources.entities_organizations),
    ]
    for (bit, text) in lists {
      var missing: [String] = []
      for entry in words(text) {
        var entry = String(entry)
        let found = entry.withUTF8 { EntityLexicons.shared.listsForTesting($0, 0..<$0.count) }
        if found & 1 << bit.rawValue == 0 { missing.append(entry) }
      }
      #expect(missing.isEmpty, "\(bit): \(missing.prefix(5))")
    }
  }

  // MARK: The tagger

  /// Greedy decoding as it was: every feature of
  /// `TaggerSentence.forEachFeature` (the trainer's definition) looked up
  /// per token, every tag checked against `TagSet.allowed` and `canEnd`.
  static func referenceTags(_ tagger: EntityTagger, _ sentence: TaggerSentence) -> [UInt8] {
    var tags = [UInt8](repeating: TagSet.outside, count: sentence.tokens.count)
    var scores = [Int32](repeating: 0, count: TagSet.count)
    var previous = TagSet.outside
    var previous2 = TagSet.outside
    for index in sentence.tokens.indices {
      for tag in 0..<TagSet.count { scores[tag] = 0 }
      scores.withUnsafeMutableBufferPointer { scores in
        sentence.forEachFeature(at: index, previous: previous, previous2: previous2) { feature in
          tagger.model.accumulate(feature, into: scores.baseAddress!)
        }
      }
      let isLast = index == sentence.tokens.count - 1
      var best = TagSet.outside
      var bestScore = Int32.min
      for tag in 0..<UInt8(TagSet.count) where TagSet.allowed(previous, tag) {
        if isLast && !TagSet.canEnd(tag) { continue }
        if scores[Int(tag)] > bestScore {
          bestScore = scores[Int(tag)]
          best = tag
        }
      }
      tags[index] = best
      previous2 = previous
      previous = best
    }
    return tags
  }

  /// The tagger's sentences of `text`: tokens of each sentence with their lexicon bits.
  static func taggerSentences(_ text: String, _ language: Language) throws -> [TaggerSentence] {
    let analysis = try Analyzer(entities: false, quotes: false).analyze(text, language: language)
    var text = text
    return text.withUTF8 { bytes in
      analysis.sentences.map { sentence in
        let ranges = analysis.tokens[sentence.tokenIndices].map(\.utf8Range)
        let bits = EntityLexicons.shared.bits(bytes, tokens: ranges)
        let features = ranges.indices.map { TokenFeatures(bytes, ranges[$0], lexicon: bits[$0]) }
        return TaggerSentence(tokens: features, language: language)
      }
    }
  }

  static let taggerTexts =
    texts + [
      "LE PRÉSIDENT DE LA RÉPUBLIQUE EMMANUEL MACRON REÇOIT LE CEO DE MICROSOFT À PARIS",
      "Amazon Web Services, Google Cloud et Microsoft Azure : la bataille du cloud (Le Monde, 3 mai).",
      "IBM said on Monday it would stop selling facial recognition software, Arvind Krishna wrote to Congress.",
      // Sentences of one and two tokens: every neighbour of some token is outside the sentence.
      "Non. Paris ! IBM aussi. Oui.",
    ]

  @Test(arguments: taggerTexts) func taggerMatchesTheReference(_ text: String) throws {
    for language in [Language.french, .english] {
      let tagger = try #require(language == .english ? EntityTagger.builtInEnglish : EntityTagger.builtInFrench)
      // One cache over every sentence, twice: the second pass reads every
      // token's own scores from the cache (the cache starts at 16 slots, so it grows too).
      var cache = TokenScoreCache(capacity: 4)
      for sentence in try Self.taggerSentences(text, language) + Self.taggerSentences(text, language) {
        #expect(tagger.tags(sentence, cache: &cache) == Self.referenceTags(tagger, sentence))
      }
      for sentence in try Self.taggerSentences(text, language) {
        #expect(tagger.tags(sentence) == Self.referenceTags(tagger, sentence))
        // The split features are the trainer's, in some order.
        for index in sentence.tokens.indices {
          for (previous, previous2) in [(TagSet.outside, TagSet.outside), (5, 1), (16, 16), (2, 0)] as [(UInt8, UInt8)] {
            var all: [UInt64] = []
            sentence.forEachFeature(at: index, previous: previous, previous2: previous2) { all.append($0) }
            var split: [UInt64] = []
            sentence.tokens.withUnsafeBufferPointer { tokens in
              sentence.forEachOwnFeature(at: index, in: tokens) { split.append($0) }
              sentence.forEachNeighbourFeature(at: index, in: tokens) { split.append($0) }
              let transitions = TaggerSentence.transitionFeatures(previous: previous, previous2: previous2)
              let withPrevious = TaggerSentence.previousTagFeatures(previous: previous, tokens.baseAddress! + index)
              split += [transitions.0, transitions.1, transitions.2, withPrevious.0, withPrevious.1]
            }
            #expect(all.sorted() == split.sorted())
          }
        }
      }
    }
  }

  /// The caches a tagger lends from document to document: one carried over
  /// every text (from the pool, back to it and out again) and one that has
  /// filled up and started again still give the reference tags; a full
  /// cache starts again rather than grow past ``TokenScoreCache/maxSlots``.
  @Test func cachesKeptAcrossDocumentsAndRestartedGiveTheReferenceTags() throws {
    let tagger = try #require(EntityTagger.builtInEnglish)
    let pool = TokenScoreCachePool()
    for _ in 0..<2 {
      var cache = pool.take(capacity: 4)
      for text in Self.taggerTexts {
        for sentence in try Self.taggerSentences(text, .english) {
          #expect(tagger.tags(sentence, cache: &cache) == Self.referenceTags(tagger, sentence))
        }
      }
      pool.giveBack(cache)
    }
    // Fill a cache with made-up rows until it must start again.
    var cache = TokenScoreCache(capacity: 4)
    var row = [Int32](repeating: 0, count: TokenScoreCache.rowWidth)
    let keys = (1...UInt64(TokenScoreCache.maxSlots * 3 / 4 + 1)).map { $0 &* 0x9E37_79B9_7F4A_7C15 }
    for key in keys {
      row[0] = Int32(truncatingIfNeeded: key)
      cache.insert(key, row)
    }
    #expect(cache.slot(of: keys[0]) == nil, "the first row is gone: the cache started again")
    let slot = try #require(cache.slot(of: keys[keys.count - 1]))
    let stored = cache.withRows { Array(UnsafeBufferPointer(start: $0 + slot * TokenScoreCache.rowWidth, count: TokenScoreCache.rowWidth)) }
    #expect(stored == row)
    for text in Self.taggerTexts {
      for sentence in try Self.taggerSentences(text, .english) {
        #expect(tagger.tags(sentence, cache: &cache) == Self.referenceTags(tagger, sentence))
      }
    }
  }

  /// Tokens whose own features or features as a neighbour differ never
  /// share a cache key, across
  /// sentences, positions (first or not), headline and plain sentences,
  /// languages and lexicon bits.
  @Test func ownFeatureKeysTellApartTokensWithDifferentOwnFeatures() throws {
    var seen: [UInt64: [UInt64]] = [:]
    var distinct = Set<[UInt64]>()
    var repeats = 0
    for text in Self.taggerTexts {
      for language in [Language.french, .english] {
        for sentence in try Self.taggerSentences(text, language) {
          sentence.tokens.withUnsafeBufferPointer { tokens in
            for index in tokens.indices {
              // What the cache keeps: own features, then what the token gives each neighbour.
              var own: [UInt64] = []
              sentence.forEachOwnFeature(at: index, in: tokens) { own.append($0) }
              for role in TaggerSentence.NeighbourRole.allCases {
                own.append(UInt64(role.rawValue))
                TaggerSentence.forEachFeature(of: tokens[index], as: role) { own.append($0) }
              }
              let key = sentence.ownFeatureKey(at: index, in: tokens)
              if let earlier = seen[key] {
                #expect(earlier == own)
                repeats += 1
              } else {
                seen[key] = own
              }
              distinct.insert(own)
            }
          }
        }
      }
    }
    // The texts do hold repeated tokens and tokens in several contexts.
    #expect(distinct.count > 100)
    #expect(repeats > 20)
  }

  // MARK: Norm classes

  @Test func normClassesMatchNormSets() {
    let lists: [[String]] = [
      ["de", "d'", "of"], ["dernier", "dernière", "prochain", "passé"], ["%"], ["1er", "1st"], ["m", "md", "mds", "k", "bn"],
      ["l'", "la", "le", "à", "année", "jusqu'en", "(", ","],
    ]
    var classes = NormClasses()
    for (bit, list) in lists.enumerated() { classes.insert(list, bit: bit) }
    let probes = lists.flatMap { $0 } + ["", "D'", "d’", "dernie", "derniers", "1e", "mm", "a", "l", "’", "année ", "annee"]
    for probe in probes {
      for (bit, list) in lists.enumerated() {
        #expect((classes.classes(probe) & 1 << UInt32(bit) != 0) == NormSet(list).contains(probe), "\(probe) \(bit)")
      }
    }
  }

  /// `isPlaceOnly` with the word's lexicon bits answers as the look-up
  /// does, for every lower-case word of a text that has places in lower
  /// case, common words that are also countries and phrases of common words.
  @Test func placeOnlyWithBitsMatchesTheLookUp() throws {
    let lexicons = EntityLexicons.shared
    #expect(lexicons.commonWordsAlone)
    let text = """
      a foreigner living in malaysia and then kerala, near the china sea; turkey for dinner in jordan or chad, \
      the u.s. and u.k. teams, georgia on my mind, in the meantime of course the united states and new york \
      said nothing about france, spain or italy while the nice people of nice stayed in guinea and niger
      """
    let tokens = try Tokenizer(language: .english).tokens(in: text)
    var copy = text
    try copy.withUTF8 { bytes in
      let bits = lexicons.bits(bytes, tokens: tokens.map(\.utf8Range))
      var placeOnly = 0
      for (index, token) in tokens.enumerated() where token.kind == .word {
        let expected = lexicons.isPlaceOnly(bytes, token.utf8Range)
        #expect(lexicons.isPlaceOnly(bytes, token.utf8Range, lexiconBits: bits[index]) == expected, "\(token.norm)")
        if expected { placeOnly += 1 }
      }
      try #require(placeOnly >= 3)
    }
  }

  /// `NormSet`'s first-byte and length filter loses no member: it answers
  /// as a `Set` of the members with `’` read as `'` does, for members,
  /// near misses and texts in a larger buffer.
  @Test func normSetsAnswerAsSetsOfTheirFoldedMembers() {
    let lists: [[String]] = [
      ["coach", "captain", "manager"], ["aujourd’hui", "d'", "l’", "«", "’s"], ["é", "été", "à"], ["a"], [],
    ]
    let probes = lists.flatMap { $0 } + [
      "", "coac", "coaches", "Coach", "aujourd'hui", "'s", "’s", "d’", "l'", "l", "ét", "étés", "b", "aa", "«", "»", "manager ",
    ]
    for list in lists {
      let set = NormSet(list)
      let reference = Set(list.map { String($0.map { $0 == "’" ? "'" : $0 }) })
      #expect(set.isEmpty == list.isEmpty)
      for probe in probes {
        let expected = reference.contains(probe)
        #expect(set.contains(probe) == expected, "\(list) \(probe)")
        var text = "x " + probe + " y"
        text.withUTF8 { bytes in
          #expect(set.contains(bytes, 2..<(2 + probe.utf8.count)) == expected, "\(list) \(probe) in a buffer")
        }
      }
    }
  }

  @Test func phraseStartsAreWhereAPhraseSearchCanSucceed() throws {
    let phrases = ["la semaine dernière", "l' an dernier", "hier", "dollars américains", "dollars", "mi- mars"]
    let set = PhraseSet(phrases)
    var classes = NormClasses()
    classes.insertPhraseStarts(phrases, bit: 0)
    let text = "la semaine dernière , l'an dernier hier et la veille : 4 dollars américains ; mi-mars , la semaine"
    let tokens = try Tokenizer(language: .french).tokens(in: text)
    for index in tokens.indices {
      let isStart = classes.classes(tokens[index].norm) & 1 != 0
      if set.match(tokens[...], index) != nil { #expect(isStart, "\(tokens[index].norm)") }
    }
    for phrase in phrases {
      let words = phrase.split(separator: " ")
      for count in 1...words.count { #expect(classes.classes(words[0..<count].joined(separator: " ")) & 1 != 0) }
    }
    #expect(classes.classes("semaine") & 1 == 0)
  }
}
