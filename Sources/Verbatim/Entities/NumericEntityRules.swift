/// MONEY, PERCENT and DATE mentions found by rules over tokens, in French
/// and English: `4,4 milliards de dollars`, `$1.2 billion`, `12,5 %`,
/// `juillet 2018`, `fin mars`, `lundi 25 mai 2020`, `May 25, 2020`,
/// `2020-06`, `la semaine dernière`, `two weeks ago`, `Wednesday`.
///
/// The vocabulary comes from `Resources/entities` (currencies, scales,
/// calendar words, date words, number words); matching uses token norms.
struct NumericEntityRules: Sendable {
  private let currencies: PhraseSet
  private let relative: PhraseSet
  /// Every word list the rules ask about, in one table (``Class``).
  private let classes: NormClasses

  /// What the rules know about a token: the lists its norm is in, its kind
  /// and its value as a number. Computed once per token (``classify(_:)``).
  struct Class: OptionSet {
    var rawValue: UInt32
    static let currencySymbol = Class(rawValue: 1 << 0)
    static let scale = Class(rawValue: 1 << 1)
    static let month = Class(rawValue: 1 << 2)
    static let day = Class(rawValue: 1 << 3)
    static let modifier = Class(rawValue: 1 << 4)
    static let period = Class(rawValue: 1 << 5)
    static let numberWord = Class(rawValue: 1 << 6)
    static let gluedScale = Class(rawValue: 1 << 7)
    static let ofWord = Class(rawValue: 1 << 8)
    static let lastNextThis = Class(rawValue: 1 << 9)
    static let periodDeterminer = Class(rawValue: 1 << 10)
    static let periodQualifier = Class(rawValue: 1 << 11)
    static let dayQualifier = Class(rawValue: 1 << 12)
    static let monthPreposition = Class(rawValue: 1 << 13)
    static let yearPreposition = Class(rawValue: 1 << 14)
    /// The norm begins some currency phrase (`dollars`, `dollars américains`).
    static let currencyStart = Class(rawValue: 1 << 15)
    /// The norm begins some relative date phrase (`la`, `hier`).
    static let relativeStart = Class(rawValue: 1 << 16)
    static let percentSign = Class(rawValue: 1 << 17)  // %
    static let percentWord = Class(rawValue: 1 << 18)  // percent, pourcent
    static let per = Class(rawValue: 1 << 19)  // pour, per
    static let cent = Class(rawValue: 1 << 20)
    static let ago = Class(rawValue: 1 << 21)
    static let comma = Class(rawValue: 1 << 22)
    static let firstOfMonth = Class(rawValue: 1 << 23)  // 1er, 1st
    // Not from the norm lists:
    static let number = Class(rawValue: 1 << 24)
    static let punctuation = Class(rawValue: 1 << 25)
    /// A word of three code points or more (a day name, not `lu`).
    static let dayName = Class(rawValue: 1 << 26)
    /// A day of the month: `1er`, `1st`, or a number of one or two characters from 1 to 31.
    static let dayNumber = Class(rawValue: 1 << 27)
    /// A number of four characters from 1800 to 2100.
    static let year = Class(rawValue: 1 << 28)
    /// `2020-06`, `2020-06-01`, `01/24/2001`, `25/01/06`.
    static let numericDate = Class(rawValue: 1 << 29)
    /// A norm of more than three characters.
    static let long = Class(rawValue: 1 << 30)
  }

  static let shared = NumericEntityRules()

  init() {
    let norm = { (text: Substring) in PhraseSet.normalize(text) }
    var currencyPhrases: [String] = []
    var symbols: Set<String> = []
    var scales: Set<String> = []
    for row in EmbeddedResources.rows(EmbeddedResources.entities_currencies) where row.count >= 2 {
      if row[1] == "currency" {
        let phrase = norm(row[0])
        if row[0].unicodeScalars.contains(where: { !$0.isLetter && $0 != " " }) || row[0].count <= 3 {
          symbols.insert(phrase)
        }
        currencyPhrases.append(phrase)
        // (`US$`, `$US`, `HK$` are two tokens: `US` `$`.)
        let split = Self.splitAtSymbols(phrase)
        if split != phrase { currencyPhrases.append(split) }
      } else if row[1].hasPrefix("scale"), row[0].count > 1 || row[0] == "k" {
        scales.insert(norm(row[0]))
      }
    }
    currencies = PhraseSet(currencyPhrases)
    var classes = NormClasses(capacity: 1_024)
    classes.insertPhraseStarts(currencyPhrases, bit: 15)
    classes.insert(symbols, bit: 0)
    classes.insert(scales.subtracting(["m", "b", "k", "t", "g"]), bit: 1)
    var months: Set<String> = []
    var days: Set<String> = []
    for row in EmbeddedResources.rows(EmbeddedResources.entities_calendar) where row.count >= 2 {
      if row[1] == "month" { months.insert(norm(row[0])) } else if row[1] == "day" { days.insert(norm(row[0])) }
    }
    classes.insert(months, bit: 2)
    classes.insert(days, bit: 3)
    var relativePhrases: [String] = []
    var modifiers: Set<String> = []
    var periods: Set<String> = []
    for row in EmbeddedResources.rows(EmbeddedResources.entities_dateWords) where row.count >= 2 {
      switch row[1] {
      // Seasons alone are ambiguous (`a été`): they count with a determiner,
      // which the relative list spells out (`cet été`, `l'hiver dernier`).
      case "relative", "holiday": relativePhrases.append(norm(row[0]))
      case "modifier": modifiers.insert(norm(row[0]))
      case "period": periods.insert(norm(row[0]))
      default: break
      }
    }
    relative = PhraseSet(relativePhrases)
    classes.insertPhraseStarts(relativePhrases, bit: 16)
    // Only modifiers that belong inside a date span (`fin mars`, `début de la semaine`).
    classes.insert(modifiers.intersection(["début", "fin", "mi-", "courant", "early", "late", "mid", "mid-", "end"]), bit: 4)
    classes.insert(periods.union(["week", "weeks", "month", "months", "year", "years", "day", "days", "semaines", "jours"]), bit: 5)
    classes.insert(EmbeddedResources.lines(EmbeddedResources.entities_numberWords).map { norm($0) }, bit: 6)
    classes.insert(["m", "md", "mds", "mrd", "k", "bn"], bit: 7)
    classes.insert(["de", "d'", "of"], bit: 8)
    classes.insert(["last", "next", "this"], bit: 9)
    classes.insert(["de", "du", "d'", "la", "l'", "of", "the"], bit: 10)
    classes.insert(["dernier", "dernière", "prochain", "prochaine", "passé", "passée"], bit: 11)
    classes.insert(["dernier", "prochain", "passé", "soir", "matin"], bit: 12)
    classes.insert(["en", "in", "since", "depuis", "de", "d'", "until", "jusqu'en", "by"], bit: 13)
    classes.insert(
      [
        "en", "in", "depuis", "since", "de", "du", "d'", "of", "le", "la", "l'", "until", "jusqu'en", "avant",
        "après", "before", "after", "dès", "from", "to", "à", "au", "année", "year", "by", "(", ",",
      ], bit: 14)
    classes.insert(["%"], bit: 17)
    classes.insert(["percent", "pourcent"], bit: 18)
    classes.insert(["pour", "per"], bit: 19)
    classes.insert(["cent"], bit: 20)
    classes.insert(["ago"], bit: 21)
    classes.insert([","], bit: 22)
    classes.insert(["1er", "1st"], bit: 23)
    self.classes = classes
  }

  /// The ``Class`` of `token`.
  func classify(_ token: Token) -> Class {
    var found = Class(rawValue: classes.classes(token.norm))
    if token.kind == .number {
      found.insert(.number)
      if isDayNumber(token) { found.insert(.dayNumber) }
      if isYear(token) { found.insert(.year) }
      if isNumericDate(token.norm) { found.insert(.numericDate) }
    } else if token.kind == .word {
      if isDayName(token) { found.insert(.dayName) }
    } else if token.kind == .punctuation {
      found.insert(.punctuation)
    }
    if found.contains(.firstOfMonth) { found.insert(.dayNumber) }
    if found.contains(.month) && token.norm.count > 3 { found.insert(.long) }
    return found
  }

  /// The rule mentions in `tokens[range]`: (token range, label).
  func matches(_ tokens: ArraySlice<Token>, text: UnsafeBufferPointer<UInt8>) -> [(Range<Int>, EntityLabel)] {
    var found: [(Range<Int>, EntityLabel)] = []
    withUnsafeTemporaryAllocation(of: Class.self, capacity: tokens.count) { buffer in
      for (offset, token) in zip(0..., tokens) { (buffer.baseAddress! + offset).initialize(to: classify(token)) }
      let sentence = Sentence(tokens: tokens, classes: UnsafeBufferPointer(buffer))
      var index = tokens.startIndex
      while index < tokens.endIndex {
        if let end = money(sentence, index) {
          found.append((index..<end, .money))
          index = end
        } else if let end = percent(sentence, index) {
          found.append((index..<end, .percent))
          index = end
        } else if let end = date(sentence, index) {
          found.append((index..<end, .date))
          index = end
        } else {
          index += 1
        }
      }
    }
    return found
  }

  /// One sentence's tokens and their classes, indexed like `tokens`.
  private struct Sentence {
    let tokens: ArraySlice<Token>
    let classes: UnsafeBufferPointer<Class>
    var end: Int { tokens.endIndex }
    /// Whether the token at `index` (in the sentence) is of `kind`.
    @inline(__always)
    func has(_ index: Int, _ kind: Class) -> Bool { !classes[index - tokens.startIndex].isDisjoint(with: kind) }
  }

  /// `phrases.match(tokens, index)`, skipped when the token at `index` starts none of them.
  @inline(__always)
  private func match(_ phrases: PhraseSet, _ start: Class, _ sentence: Sentence, _ index: Int) -> Int? {
    guard index < sentence.end, sentence.has(index, start) else { return nil }
    return phrases.match(sentence.tokens, index)
  }

  // MARK: - MONEY and PERCENT

  private func money(_ sentence: Sentence, _ index: Int) -> Int? {
    let end = sentence.end
    // `$ 1.2 billion`, `€20`
    if sentence.has(index, .currencySymbol), index + 1 < end, sentence.has(index + 1, .number) {
      var stop = index + 2
      if stop < end && sentence.has(stop, .scale) { stop += 1 }
      return stop
    }
    // `US$ 5`, `$US 5`: a symbol glued to letters, two tokens, then the number.
    if let symbolEnd = match(currencies, .currencyStart, sentence, index), symbolEnd - index == 2,
      sentence.has(index, .currencySymbol) || sentence.has(index + 1, .currencySymbol),
      sentence.tokens[index + 1].start == sentence.tokens[index].end,
      symbolEnd < end, sentence.has(symbolEnd, .number)
    {
      var stop = symbolEnd + 1
      if stop < end && sentence.has(stop, .scale) { stop += 1 }
      return stop
    }
    guard sentence.has(index, .number) else { return nil }
    var next = index + 1
    if next < end && sentence.has(next, .scale) { next += 1 }
    // `3 M€`, `2 Md$`: a one-letter scale glued to a currency symbol.
    if next + 1 < end, sentence.has(next, .gluedScale),
      sentence.tokens[next + 1].start == sentence.tokens[next].end, sentence.has(next + 1, .currencySymbol)
    {
      return next + 2
    }
    if next < end && sentence.has(next, .ofWord),
      let stop = match(currencies, .currencyStart, sentence, next + 1)
    {
      return stop
    }
    return match(currencies, .currencyStart, sentence, next)
  }

  /// `phrase` with a space between a currency symbol and letters glued to
  /// it (`us$` → `us $`, `$us` → `$ us`), as the tokenizer cuts them.
  static func splitAtSymbols(_ phrase: String) -> String {
    var out = String.UnicodeScalarView()
    var previous: Unicode.Scalar? = nil
    for scalar in phrase.unicodeScalars {
      if let before = previous, before != " ",
        before.properties.generalCategory == .currencySymbol && scalar.properties.isAlphabetic
          || before.properties.isAlphabetic && scalar.properties.generalCategory == .currencySymbol
      {
        out.append(" ")
      }
      out.append(scalar)
      previous = scalar
    }
    return String(out)
  }

  private func percent(_ sentence: Sentence, _ index: Int) -> Int? {
    guard sentence.has(index, .number), index + 1 < sentence.end else { return nil }
    if sentence.has(index + 1, [.percentSign, .percentWord]) { return index + 2 }
    if index + 2 < sentence.end && sentence.has(index + 1, .per) && sentence.has(index + 2, .cent) {
      return index + 3
    }
    return nil
  }

  // MARK: - DATE

  private func date(_ sentence: Sentence, _ index: Int) -> Int? {
    let end = sentence.end
    // Numeric forms: 2020-06, 2020-06-01, 01/24/2001, 25/01/06.
    if sentence.has(index, .numericDate) { return index + 1 }
    // Relative phrases: hier, aujourd'hui, la semaine dernière, last week.
    if let stop = match(relative, .relativeStart, sentence, index) { return extendWithYear(sentence, stop) }
    // `two weeks ago`, `3 semaines`… ago.
    if sentence.has(index, [.number, .numberWord]), index + 2 < end,
      sentence.has(index + 1, .period), sentence.has(index + 2, .ago)
    {
      return index + 3
    }
    // `last/next/this` + day, month or period.
    if sentence.has(index, .lastNextThis), index + 1 < end {
      if sentence.has(index + 1, [.day, .month, .period]) { return index + 2 }
    }
    // Modifier + calendar expression: `fin mars`, `début de la semaine`, `mi-2020`.
    var start = index
    if sentence.has(index, .modifier) {
      start = index + 1
      while start < end && sentence.has(start, .periodDeterminer) { start += 1 }
      if start < end && sentence.has(start, .period) {
        var stop = start + 1
        if stop < end && sentence.has(stop, .periodQualifier) {
          stop += 1
        }
        return stop
      }
      guard let stop = calendar(sentence, start, afterModifier: true) else { return nil }
      return stop
    }
    return calendar(sentence, index, afterModifier: false)
  }

  /// `lundi 25 mai 2020`, `25 mai`, `mai 2020`, `May 25, 2020`, `Wednesday`,
  /// `vendredi dernier`, `2018`.
  private func calendar(_ sentence: Sentence, _ index: Int, afterModifier: Bool) -> Int? {
    let end = sentence.end
    guard index < end else { return nil }
    var position = index
    var matched = false
    if sentence.has(position, .day) && sentence.has(position, .dayName) {
      position += 1
      matched = true
      if position < end && sentence.has(position, .dayQualifier) {
        return position + 1
      }
    }
    if position < end, sentence.has(position, .dayNumber), position + 1 < end, sentence.has(position + 1, .month) {
      position += 2
      matched = true
    } else if position < end, sentence.has(position, .month), isMonthName(sentence, position, afterModifier || matched) {
      position += 1
      matched = true
      // `May 25, 2020`
      if position < end, sentence.has(position, .dayNumber) {
        position += 1
        if position < end && sentence.has(position, .comma) && position + 1 < end && sentence.has(position + 1, .year) {
          return position + 2
        }
      }
    } else if !matched, position < end, sentence.has(position, .year), !followedByUnit(sentence, position),
      isYearContext(sentence, position)
    {
      return position + 1
    }
    guard matched else { return nil }
    return extendWithYear(sentence, position)
  }

  private func extendWithYear(_ sentence: Sentence, _ position: Int) -> Int {
    position < sentence.end && sentence.has(position, .year) ? position + 1 : position
  }

  private func isDayName(_ token: Token) -> Bool { token.kind == .word && token.end - token.start >= 3 }

  /// A French month is lower case and ambiguous alone (`mars`, `mai`): it
  /// needs a number, a modifier or a preposition; an English one is capitalized.
  private func isMonthName(_ sentence: Sentence, _ index: Int, _ anchored: Bool) -> Bool {
    if anchored { return true }
    if index + 1 < sentence.end && sentence.has(index + 1, [.year, .dayNumber]) { return true }
    if index > sentence.tokens.startIndex && sentence.has(index - 1, .monthPreposition) {
      return sentence.has(index, .long)
    }
    return false
  }

  private func isDayNumber(_ token: Token) -> Bool {
    if token.norm == "1er" || token.norm == "1st" { return true }
    guard token.kind == .number, let value = Int(token.norm), token.norm.count <= 2 else { return false }
    return value >= 1 && value <= 31
  }

  private func isYear(_ token: Token) -> Bool {
    guard token.kind == .number, token.norm.count == 4, let value = Int(token.norm) else { return false }
    return value >= 1800 && value <= 2100
  }

  /// A lone year needs a preposition before it (`en 2018`, `in 2018`) or
  /// punctuation or the end after it; `2019 raisons` is a count.
  private func isYearContext(_ sentence: Sentence, _ index: Int) -> Bool {
    if index > sentence.tokens.startIndex && sentence.has(index - 1, .yearPreposition) { return true }
    guard index + 1 < sentence.end else { return true }
    return sentence.has(index + 1, .punctuation)
  }

  private func followedByUnit(_ sentence: Sentence, _ index: Int) -> Bool {
    guard index + 1 < sentence.end else { return false }
    return sentence.has(index + 1, [.percentSign, .scale, .number])
      || match(currencies, .currencyStart, sentence, index + 1) != nil
  }

  private func isNumericDate(_ norm: String) -> Bool {
    let parts = norm.split(whereSeparator: { $0 == "-" || $0 == "/" })
    guard parts.count >= 2, parts.count <= 3, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return false }
    let lengths = parts.map(\.count)
    if norm.contains("-") { return lengths[0] == 4 && lengths.dropFirst().allSatisfy { $0 == 2 } }
    return parts.count == 3 && lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 2 || lengths[2] == 4)
  }
}

/// Multi-token phrases matched on token norms (`dollars américains`,
/// `la semaine dernière`), hashed from the norms' bytes without building
/// strings. Norms and phrases are NFC (norms are NFKC), so byte equality is
/// string equality.
struct PhraseSet: Sendable {
  private var table = LexiconTable(capacity: 64)
  private var maxTokens = 1

  init(_ phrases: [String]) {
    for phrase in phrases where !phrase.isEmpty {
      var phrase = phrase
      phrase.withUTF8 { table.insert($0, mask: 1, folding: .exact) }
      maxTokens = max(maxTokens, phrase.split(separator: " ").count)
    }
  }

  /// Lower-case, `’` → `'`, single spaces; with a space after an elided
  /// word so that it matches token norms (`l'an dernier` → `l' an dernier`).
  static func normalize(_ text: Substring) -> String {
    var out = ""
    var word = ""
    var space = false  // a space is due before the next character
    for scalar in text.lowercased().unicodeScalars {
      if scalar == " " {
        space = !out.isEmpty
        word = ""
        continue
      }
      if space {
        out.unicodeScalars.append(" ")
        space = false
      }
      let c: Unicode.Scalar = scalar == "’" ? "'" : scalar
      out.unicodeScalars.append(c)
      if c == "'" {
        // Elided words are tokens of their own (`l'an` → `l'` `an`); `aujourd'hui` is one.
        space = Self.elided.contains(word)
        word = ""
      } else {
        word.unicodeScalars.append(c)
      }
    }
    return out
  }

  private static let elided: Set<String> = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"]

  /// The end of the longest phrase starting at `index`, or nil.
  func match(_ tokens: ArraySlice<Token>, _ index: Int) -> Int? {
    guard index < tokens.endIndex else { return nil }
    var hashes = LexiconTable.Hashes()
    var best: Int? = nil
    for position in index..<min(tokens.endIndex, index + maxTokens) {
      if position > index { hashes.add(0x20) }
      hashes.add(tokens[position].norm)
      let found = table.lookup(hashes, .exact) { entry in Self.equal(entry, tokens[index...position]) }
      if found.mask != 0 { best = position + 1 }
      guard found.isPrefix else { break }
    }
    return best
  }

  /// Whether `entry` is the norms of `tokens` joined by single spaces.
  private static func equal(_ entry: UnsafeBufferPointer<UInt8>, _ tokens: ArraySlice<Token>) -> Bool {
    var offset = 0
    for (position, token) in tokens.enumerated() {
      if position > 0 {
        guard offset < entry.count, entry[offset] == 0x20 else { return false }
        offset += 1
      }
      for byte in token.norm.utf8 {
        guard offset < entry.count, entry[offset] == byte else { return false }
        offset += 1
      }
    }
    return offset == entry.count
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
