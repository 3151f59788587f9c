extension EntityRecognizer {
  /// Words after a product's model code (or name) that are part of it
  /// (`iPhone 16 Pro`, `Galaxy S24 Ultra`, `Claude 3.5 Sonnet`, `Boeing 737 MAX`); norms.
  static let modelSuffixes: Set<String> = [
    "pro", "max", "ultra", "mini", "plus", "air", "lite", "neo", "turbo", "sonnet", "opus", "haiku", "fold", "flip", "xl",
  ]

  /// Named products in one sentence (`products.txt`), as spans of
  /// `tokens` (byte ranges `ranges` and lexicon bits `bits`, both indexed
  /// from the sentence's first token):
  /// - a listed product (kind `alone`: `ChatGPT`, `Rekognition`, `Apple
  ///   Watch`), with a model code and its suffixes after it (`iPhone 16
  ///   Pro`, `GPT-4o`), or else the capitalized words of its edition (`Azure
  ///   Government`, `Azure Cognitive Services`; not in a title-case headline);
  /// - a listed series, or a listed company written as a word (not an
  ///   acronym), before a model code (`Galaxy S24 Ultra`, `Windows 11`,
  ///   `Boeing 737 MAX`, `Airbus A320`);
  /// and in both cases the listed company written right before it
  /// (`Amazon Rekognition`, `Samsung Galaxy S24`).
  func productNames(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, ranges: [Range<Int>], bits: [UInt32]
  ) -> [(Range<Int>, EntityLabel)] {
    let productBits = EntityLexicons.productBit | EntityLexicons.productSeriesBit
    guard bits.contains(where: { $0 & (productBits | EntityLexicons.companyBit) != 0 }) else { return [] }
    let lexicons = EntityLexicons.shared
    var found: [(Range<Int>, EntityLabel)] = []
    var headline: Bool?  // computed for the first listed product only
    ranges.withUnsafeBufferPointer { ranges in
      // Whether token `index` (from the sentence's first) follows the one before it after one space.
      func spaced(_ index: Int) -> Bool {
        ranges[index].lowerBound == ranges[index - 1].upperBound + 1 && bytes[ranges[index - 1].upperBound] == 0x20
      }
      // The end of a model code right after token `index`, one space or a hyphen away
      // (`16`, `S24`, `3.5`, `A320neo`, `-4o`), and of the suffixes after it.
      func modelCode(after index: Int) -> Int? {
        var code = index + 1
        if code + 1 < ranges.count, ranges[code].count == 1, bytes[ranges[code].lowerBound] == UInt8(ascii: "-"),
          ranges[code].lowerBound == ranges[index].upperBound, ranges[code + 1].lowerBound == ranges[code].upperBound
        {
          code += 1
        } else if !(code < ranges.count && spaced(code)) {
          return nil
        }
        guard code < ranges.count, Self.isModelCode(ranges[code], bytes) else { return nil }
        var end = code + 1
        while end < ranges.count, spaced(end), Self.modelSuffixes.contains(tokens[tokens.startIndex + end].norm) { end += 1 }
        return end
      }
      var index = 0
      while index < ranges.count {
        let token = tokens[tokens.startIndex + index]
        guard bits[index] & (productBits | EntityLexicons.companyBit) != 0, token.kind == .word else {
          index += 1
          continue
        }
        var end: Int?
        var edition = false
        if bits[index] & EntityLexicons.productBit != 0,
          let phrase = lexicons.longestPhrase(bytes, ranges, at: index, bit: EntityLexicons.productBit)
        {
          end = modelCode(after: phrase - 1) ?? phrase
          // (Not after a model code, nor in a title-case headline: `iPhone 16 With New AI Features`.)
          if end == phrase {
            if headline == nil { headline = isHeadline(tokens, bytes) }
            edition = headline == false
          }
        } else if bits[index] & EntityLexicons.productSeriesBit != 0 && UTF8Scanning.isUppercase(bytes, at: ranges[index].lowerBound)
          // (A company's name written as a word, not an acronym: `Boeing 737`, not `BP 40`, a post box.)
          || bits[index] & EntityLexicons.companyBit != 0 && isNameWord(ranges[index], bytes)
        {
          end = modelCode(after: index)
        }
        guard var end else {
          index += 1
          continue
        }
        // The edition after a listed product: capitalized words on no list
        // (`Azure Government`, `Azure Cognitive Services`), at most three.
        if edition {
          var edition = end
          while edition < ranges.count, edition < end + 3, spaced(edition), tokens[tokens.startIndex + edition].kind == .word,
            isNameWord(ranges[edition], bytes) && bits[edition] & Self.notEditionWords == 0
              && !EntityLexicons.isMoreFirstName(tokens[tokens.startIndex + edition].norm)
              // (A capital letter after a word of the edition: `Xbox Series X`.)
              || edition > end && ranges[edition].count == 1 && UTF8Scanning.isUppercase(bytes, at: ranges[edition].lowerBound)
          {
            edition += 1
          }
          end = edition
        }
        // The company that makes it, right before it: `Amazon Rekognition`.
        var start = index
        if start > 0, spaced(start), bits[start - 1] & EntityLexicons.companyBit != 0,
          tokens[tokens.startIndex + start - 1].kind == .word,
          UTF8Scanning.isUppercase(bytes, at: ranges[start - 1].lowerBound)
        {
          start -= 1
        }
        found.append(((tokens.startIndex + start)..<(tokens.startIndex + end), .product))
        index = end
      }
    }
    return found
  }

  /// `Mistral AI`, `Clearview AI`, `Stability AI`, `xAI`-like names: a
  /// capitalized word on no list (but the common words' inside the
  /// sentence), then `AI` after one space, is a company. An adjective's
  /// ending, or a common word opening the sentence, says it is no name
  /// (`Generative AI`, `Conversational AI`, `Responsible AI`). Spans of
  /// `tokens` as in ``productNames(_:_:ranges:bits:)``.
  func aiCompanyNames(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, ranges: [Range<Int>], bits: [UInt32]
  ) -> [(Range<Int>, EntityLabel)] {
    var found: [(Range<Int>, EntityLabel)] = []
    let firstWord = tokens.firstIndex { $0.kind == .word }.map { $0 - tokens.startIndex } ?? 0
    for index in ranges.indices.dropFirst() {
      let ai = ranges[index], name = index - 1
      guard ai.count == 2, bytes[ai.lowerBound] == UInt8(ascii: "A"), bytes[ai.lowerBound + 1] == UInt8(ascii: "I"),
        ranges[name].upperBound + 1 == ai.lowerBound, bytes[ranges[name].upperBound] == 0x20,
        tokens[tokens.startIndex + name].kind == .word, isNameWord(ranges[name], bytes),
        bits[name] & EntityLexicons.taggerBits & ~EntityLexicons.commonWordBit == 0
      else { continue }
      let norm = tokens[tokens.startIndex + name].norm
      guard !Self.adjectiveEndings.contains(where: { norm.hasSuffix($0) }),
        name != firstWord || bits[name] & EntityLexicons.commonWordBit == 0
      else { continue }
      found.append(((tokens.startIndex + name)..<(tokens.startIndex + index + 1), .organization))
    }
    return found
  }

  /// English adjectives' endings (`generative`, `responsible`, `conversational`, `agentic`).
  private static let adjectiveEndings = ["ive", "ble", "ful", "ous", "ical", "ional", "ial", "tic", "ed", "ing"]

  /// The lists no word of a product's edition is on (`Azure Government`,
  /// `Azure Cognitive Services`; not `ChatGPT Monday`, `Copilot Satya Nadella`):
  /// names, first names (and ``EntityLexicons/isMoreFirstName(_:)``), calendar words, titles.
  private static let notEditionWords: UInt32 = EntityLexicons.nameLists | EntityLexicons.firstNameBit
    | 1 << EntityLexicons.Bit.calendar.rawValue | 1 << EntityLexicons.Bit.honorific.rawValue

  /// Whether a token is a product's model code: at most eight letters,
  /// digits and dots, with a digit, no year (`16`, `S24`, `H100`, `3.5`,
  /// `4o`, `A320neo`; not `2024`, not `20,5`).
  static func isModelCode(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard (1...8).contains(range.count) else { return false }
    var digits = 0
    for index in range {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): break
      case UInt8(ascii: "."): if index == range.lowerBound || index == range.upperBound - 1 { return false }
      default: return false
      }
    }
    guard digits > 0 else { return false }
    // (A year is a date: `Windows 2000` is rare, `Apple 2024` is not a product.)
    if digits == 4 && range.count == 4 {
      let first = bytes[range.lowerBound], second = bytes[range.lowerBound + 1]
      if first == UInt8(ascii: "1") && second >= UInt8(ascii: "8") || first == UInt8(ascii: "2") && second == UInt8(ascii: "0") {
        return false
      }
    }
    return true
  }
}
