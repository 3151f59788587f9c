/// MONEY, PERCENT and DATE mentions found by rules over tokens, in French
/// and English: `4,4 milliards de dollars`, `$1.2 billion`, `12,5 %`,
/// `juillet 2018`, `fin mars`, `lundi 25 mai 2020`, `May 25, 2020`,
/// `2020-06`, `la semaine dernière`, `two weeks ago`, `Wednesday`.
///
/// The vocabulary comes from `Resources/entities` (currencies, scales,
/// calendar words, date words, number words); matching uses token norms.
struct NumericEntityRules: Sendable {
  private let currencies: PhraseSet
  private let currencySymbols: NormSet
  private let scales: NormSet
  private let months: NormSet
  private let days: NormSet
  private let relative: PhraseSet
  private let modifiers: NormSet
  private let periods: NormSet
  private let numberWords: NormSet

  static let shared = NumericEntityRules()

  init() {
    func rows(_ text: String) -> [[Substring]] {
      EmbeddedResources.lines(text).map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    }
    let norm = { (text: Substring) in PhraseSet.normalize(text) }
    var currencyPhrases: [String] = []
    var symbols: Set<String> = []
    var scales: Set<String> = []
    for row in rows(EmbeddedResources.entities_currencies) where row.count >= 2 {
      if row[1] == "currency" {
        let phrase = norm(row[0])
        if row[0].unicodeScalars.contains(where: { !$0.properties.isAlphabetic && $0 != " " }) || row[0].count <= 3 {
          symbols.insert(phrase)
        }
        currencyPhrases.append(phrase)
      } else if row[1].hasPrefix("scale"), row[0].count > 1 || row[0] == "k" {
        scales.insert(norm(row[0]))
      }
    }
    currencies = PhraseSet(currencyPhrases)
    currencySymbols = NormSet(symbols)
    self.scales = NormSet(scales.subtracting(["m", "b", "k", "t", "g"]))
    var months: Set<String> = []
    var days: Set<String> = []
    for row in rows(EmbeddedResources.entities_calendar) where row.count >= 2 {
      if row[1] == "month" { months.insert(norm(row[0])) } else if row[1] == "day" { days.insert(norm(row[0])) }
    }
    self.months = NormSet(months)
    self.days = NormSet(days)
    var relativePhrases: [String] = []
    var modifiers: Set<String> = []
    var periods: Set<String> = []
    for row in rows(EmbeddedResources.entities_dateWords) where row.count >= 2 {
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
    // Only modifiers that belong inside a date span (`fin mars`, `début de la semaine`).
    self.modifiers = NormSet(modifiers.intersection(["début", "fin", "mi-", "courant", "early", "late", "mid", "mid-", "end"]))
    self.periods = NormSet(periods.union(["week", "weeks", "month", "months", "year", "years", "day", "days", "semaines", "jours"]))
    numberWords = NormSet(EmbeddedResources.lines(EmbeddedResources.entities_numberWords).map { norm($0) })
  }

  /// The rule mentions in `tokens[range]`: (token range, label).
  func matches(_ tokens: ArraySlice<Token>, text: UnsafeBufferPointer<UInt8>) -> [(Range<Int>, EntityLabel)] {
    var found: [(Range<Int>, EntityLabel)] = []
    var index = tokens.startIndex
    while index < tokens.endIndex {
      if let end = money(tokens, index) {
        found.append((index..<end, .money))
        index = end
      } else if let end = percent(tokens, index) {
        found.append((index..<end, .percent))
        index = end
      } else if let end = date(tokens, index, text) {
        found.append((index..<end, .date))
        index = end
      } else {
        index += 1
      }
    }
    return found
  }

  // MARK: - MONEY and PERCENT

  private func money(_ tokens: ArraySlice<Token>, _ index: Int) -> Int? {
    let end = tokens.endIndex
    // `$ 1.2 billion`, `US$ 5`, `€20`
    if currencySymbols.contains(tokens[index].norm), index + 1 < end, tokens[index + 1].kind == .number {
      var stop = index + 2
      if stop < end && scales.contains(tokens[stop].norm) { stop += 1 }
      return stop
    }
    guard tokens[index].kind == .number else { return nil }
    var next = index + 1
    if next < end && scales.contains(tokens[next].norm) { next += 1 }
    // `3 M€`, `2 Md$`: a one-letter scale glued to a currency symbol.
    if next + 1 < end, Self.gluedScales.contains(tokens[next].norm),
      tokens[next + 1].start == tokens[next].end, currencySymbols.contains(tokens[next + 1].norm)
    {
      return next + 2
    }
    if next < end && Self.ofWords.contains(tokens[next].norm),
      let stop = currencies.match(tokens, next + 1)
    {
      return stop
    }
    return currencies.match(tokens, next)
  }

  private func percent(_ tokens: ArraySlice<Token>, _ index: Int) -> Int? {
    guard tokens[index].kind == .number, index + 1 < tokens.endIndex else { return nil }
    let next = tokens[index + 1].norm
    if next == "%" || next == "percent" || next == "pourcent" { return index + 2 }
    if index + 2 < tokens.endIndex && (next == "pour" || next == "per") && tokens[index + 2].norm == "cent" {
      return index + 3
    }
    return nil
  }

  // MARK: - DATE

  private func date(_ tokens: ArraySlice<Token>, _ index: Int, _ text: UnsafeBufferPointer<UInt8>) -> Int? {
    let end = tokens.endIndex
    let token = tokens[index]
    // Numeric forms: 2020-06, 2020-06-01, 01/24/2001, 25/01/06.
    if token.kind == .number, isNumericDate(token.norm) { return index + 1 }
    // Relative phrases: hier, aujourd'hui, la semaine dernière, last week.
    if let stop = relative.match(tokens, index) { return extendWithYear(tokens, stop) }
    // `two weeks ago`, `3 semaines`… ago.
    if (token.kind == .number || numberWords.contains(token.norm)), index + 2 < end,
      periods.contains(tokens[index + 1].norm), tokens[index + 2].norm == "ago"
    {
      return index + 3
    }
    // `last/next/this` + day, month or period.
    if Self.lastNextThis.contains(token.norm), index + 1 < end {
      let next = tokens[index + 1].norm
      if days.contains(next) || months.contains(next) || periods.contains(next) { return index + 2 }
    }
    // Modifier + calendar expression: `fin mars`, `début de la semaine`, `mi-2020`.
    var start = index
    if modifiers.contains(token.norm) {
      start = index + 1
      while start < end && Self.periodDeterminers.contains(tokens[start].norm) { start += 1 }
      if start < end && periods.contains(tokens[start].norm) {
        var stop = start + 1
        if stop < end && Self.periodQualifiers.contains(tokens[stop].norm) {
          stop += 1
        }
        return stop
      }
      guard let stop = calendar(tokens, start, text, afterModifier: true) else { return nil }
      return stop
    }
    return calendar(tokens, index, text, afterModifier: false)
  }

  /// `lundi 25 mai 2020`, `25 mai`, `mai 2020`, `May 25, 2020`, `Wednesday`,
  /// `vendredi dernier`, `2018`.
  private func calendar(_ tokens: ArraySlice<Token>, _ index: Int, _ text: UnsafeBufferPointer<UInt8>, afterModifier: Bool) -> Int? {
    let end = tokens.endIndex
    guard index < end else { return nil }
    var position = index
    var matched = false
    if days.contains(tokens[position].norm) && isDayName(tokens[position]) {
      position += 1
      matched = true
      if position < end && Self.dayQualifiers.contains(tokens[position].norm) {
        return position + 1
      }
    }
    if position < end, isDayNumber(tokens[position]), position + 1 < end, months.contains(tokens[position + 1].norm) {
      position += 2
      matched = true
    } else if position < end, months.contains(tokens[position].norm), isMonthName(tokens, position, afterModifier || matched) {
      position += 1
      matched = true
      // `May 25, 2020`
      if position < end, isDayNumber(tokens[position]) {
        position += 1
        if position < end && tokens[position].norm == "," && position + 1 < end && isYear(tokens[position + 1]) {
          return position + 2
        }
      }
    } else if !matched, position < end, isYear(tokens[position]), !followedByUnit(tokens, position),
      isYearContext(tokens, position)
    {
      return position + 1
    }
    guard matched else { return nil }
    return extendWithYear(tokens, position)
  }

  private func extendWithYear(_ tokens: ArraySlice<Token>, _ position: Int) -> Int {
    position < tokens.endIndex && isYear(tokens[position]) ? position + 1 : position
  }

  private func isDayName(_ token: Token) -> Bool { token.kind == .word && token.end - token.start >= 3 }

  /// A French month is lower case and ambiguous alone (`mars`, `mai`): it
  /// needs a number, a modifier or a preposition; an English one is capitalized.
  private func isMonthName(_ tokens: ArraySlice<Token>, _ index: Int, _ anchored: Bool) -> Bool {
    let token = tokens[index]
    if anchored { return true }
    if index + 1 < tokens.endIndex && (isYear(tokens[index + 1]) || isDayNumber(tokens[index + 1])) { return true }
    if index > tokens.startIndex && Self.monthPrepositions.contains(tokens[index - 1].norm) {
      return token.norm.count > 3
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
  private func isYearContext(_ tokens: ArraySlice<Token>, _ index: Int) -> Bool {
    if index > tokens.startIndex {
      let previous = tokens[index - 1].norm
      if Self.yearPrepositions.contains(previous) { return true }
    }
    guard index + 1 < tokens.endIndex else { return true }
    return tokens[index + 1].kind == .punctuation
  }

  private static let gluedScales: NormSet = ["m", "md", "mds", "mrd", "k", "bn"]
  private static let ofWords: NormSet = ["de", "d'", "of"]
  private static let lastNextThis: NormSet = ["last", "next", "this"]
  private static let periodDeterminers: NormSet = ["de", "du", "d'", "la", "l'", "of", "the"]
  private static let periodQualifiers: NormSet = ["dernier", "dernière", "prochain", "prochaine", "passé", "passée"]
  private static let dayQualifiers: NormSet = ["dernier", "prochain", "passé", "soir", "matin"]
  private static let monthPrepositions: NormSet = ["en", "in", "since", "depuis", "de", "d'", "until", "jusqu'en", "by"]
  private static let yearPrepositions: NormSet = [
    "en", "in", "depuis", "since", "de", "du", "d'", "of", "le", "la", "l'", "until", "jusqu'en", "avant",
    "après", "before", "after", "dès", "from", "to", "à", "au", "année", "year", "by", "(", ",",
  ]

  private func followedByUnit(_ tokens: ArraySlice<Token>, _ index: Int) -> Bool {
    guard index + 1 < tokens.endIndex else { return false }
    let next = tokens[index + 1]
    return next.norm == "%" || scales.contains(next.norm) || currencies.match(tokens, index + 1) != nil
      || next.kind == .number
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
    for character in text.lowercased() {
      let c: Character = character == "’" ? "'" : character
      out.append(c)
      if c == " " {
        word = ""
      } else if c == "'" {
        // Elided words are tokens of their own (`l'an` → `l'` `an`); `aujourd'hui` is one.
        if Self.elided.contains(word) { out.append(" ") }
        word = ""
      } else {
        word.append(c)
      }
    }
    return out.split(separator: " ").joined(separator: " ")
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
