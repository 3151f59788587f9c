internal import CVerbatimModels

/// Lexicon membership of tokens, as feature bits for the tagger (and rules).
///
/// Each bit is one list; a multi-token entry (`New York`) marks all its
/// tokens. Lists come from `Resources/tokenization` and `Resources/entities`.
struct EntityLexicons: Sendable {
  /// Bit positions (stable: the trained model refers to them).
  enum Bit: UInt32 {
    case honorific = 0
    case firstName = 1
    case country = 2
    case city = 3
    case region = 4
    case orgSuffix = 5
    case orgTrigger = 6
    case commonWord = 7
    case calendar = 8
    case productCue = 9
    case demonym = 10
    case role = 11
    case company = 12
    /// Well-known organizations by rule: news media, sports clubs,
    /// pollsters and parties (`Resources/entities/media.txt`, `clubs.txt`,
    /// `pollsters.txt`, `parties.txt`); a rule, not a tagger feature (see ``taggerBits``).
    case knownOrganization = 13
    /// English nouns ending an organization's name besides the suffixes
    /// (`Resources/entities/org-heads.txt`: `Administration`, `Institution`);
    /// a rule, not a tagger feature (see ``taggerBits``).
    case organizationHead = 14
    /// Named products alone (`Resources/entities/products.txt`, kind `alone`:
    /// `ChatGPT`, `Rekognition`); a rule, not a tagger feature (see ``taggerBits``).
    case product = 16
    /// Product series named only with a model code (`products.txt`, kind
    /// `series`: `Galaxy`, `Windows`); a rule, not a tagger feature.
    case productSeries = 17
  }

  /// The bit of ``Bit/knownOrganization``.
  static let knownOrganizationBit: UInt32 = 1 << Bit.knownOrganization.rawValue

  /// The bits the tagger reads: all but ``Bit/knownOrganization``,
  /// ``Bit/organizationHead``, ``Bit/product`` and ``Bit/productSeries``
  /// (the trained models do not depend on their lists; they work as rules).
  static let taggerBits: UInt32 =
    ~(1 << Bit.knownOrganization.rawValue | 1 << Bit.organizationHead.rawValue | 1 << Bit.product.rawValue
      | 1 << Bit.productSeries.rawValue)

  /// All lists in one table: bit `b` of a mask is the list of ``Bit`` `b`.
  /// (No default value: a snapshot's table must not pay for an empty one.)
  private var table: LexiconTable
  /// The lists whose longest entry has at least `n` words, at index `n`
  /// (a list matches phrases of at most that many tokens).
  private var listsUpTo: [UInt32]
  /// No common word has more than one word (the lists are matched on single
  /// tokens only): see ``isPlaceOnly(_:_:lexiconBits:)``.
  private(set) var commonWordsAlone = true

  /// Whether no common word has two words or more, given ``listsUpTo``.
  private static func commonWordsAlone(_ listsUpTo: [UInt32]) -> Bool {
    listsUpTo.dropFirst(2).allSatisfy { $0 & commonWordBit == 0 }
  }

  /// The lists compiled into the library as a snapshot
  /// (`Scripts/build-lexicon-snapshots`), else built from the text tables.
  static let shared = compiledIn() ?? EntityLexicons()

  /// The fingerprint of the text tables the lists are built from (it marks
  /// a snapshot as current).
  static var source: UInt64 {
    typealias F = ResourceFingerprints
    return F.combined([
      F.tokenization_titles, F.entities_personTitles, F.entities_firstNames, F.entities_countries, F.entities_cities,
      F.entities_regions, F.entities_orgSuffixes, F.entities_orgTriggers, F.entities_commonWordsFr,
      F.entities_commonWordsEn, F.entities_calendar, F.entities_productCues, F.entities_demonyms,
      F.entities_companies, F.entities_organizations, F.entities_media, F.entities_clubs, F.entities_pollsters, F.entities_parties,
      F.entities_orgHeads, F.entities_products,
    ])
  }

  /// The lists of the snapshot compiled into the library, if it is current.
  static func compiledIn() -> EntityLexicons? {
    var size = 0
    let bytes = UnsafeRawBufferPointer(start: cverbatim_entity_lexicons(&size), count: size)
    guard let table = LexiconTable(snapshot: bytes, source: source) else { return nil }
    return EntityLexicons(table: table, listsUpTo: LexiconTable.snapshotExtra(bytes))
  }

  private init(table: LexiconTable, listsUpTo: [UInt32]) {
    self.table = table
    self.listsUpTo = listsUpTo
    commonWordsAlone = Self.commonWordsAlone(listsUpTo)
  }

  /// These lists as a snapshot for `Sources/CVerbatimModels/entity-lexicons.bin`.
  func snapshot() -> [UInt8] {
    table.snapshot(extra: listsUpTo, source: Self.source)
  }

  /// Builds the lists from the text tables.
  init() {
    table = LexiconTable(capacity: 65_536)
    listsUpTo = [0]
    add(.honorific, EmbeddedResources.tokenization_titles, caseInsensitive: false)
    add(.honorific, EmbeddedResources.entities_personTitles, column: "honorific", caseInsensitive: false)
    add(.role, EmbeddedResources.entities_personTitles, column: "role")
    add(.firstName, EmbeddedResources.entities_firstNames, caseInsensitive: false)
    add(.country, EmbeddedResources.entities_countries, caseInsensitive: false)
    add(.city, EmbeddedResources.entities_cities, caseInsensitive: false)
    add(.region, EmbeddedResources.entities_regions, caseInsensitive: false)
    add(.orgSuffix, EmbeddedResources.entities_orgSuffixes, caseInsensitive: false)
    add(.orgTrigger, EmbeddedResources.entities_orgTriggers)
    add(.commonWord, EmbeddedResources.entities_commonWordsFr)
    add(.commonWord, EmbeddedResources.entities_commonWordsEn)
    add(.calendar, EmbeddedResources.entities_calendar)
    add(.productCue, EmbeddedResources.entities_productCues)
    add(.demonym, EmbeddedResources.entities_demonyms)
    add(.company, EmbeddedResources.entities_companies, caseInsensitive: false)
    add(.company, EmbeddedResources.entities_organizations, caseInsensitive: false)
    add(.knownOrganization, EmbeddedResources.entities_media, caseInsensitive: false, elisions: true)
    add(.knownOrganization, EmbeddedResources.entities_clubs, caseInsensitive: false, elisions: true)
    add(.knownOrganization, EmbeddedResources.entities_pollsters, caseInsensitive: false, elisions: true)
    add(.knownOrganization, EmbeddedResources.entities_parties, caseInsensitive: false, elisions: true)
    add(.organizationHead, EmbeddedResources.entities_orgHeads, caseInsensitive: false)
    add(.product, EmbeddedResources.entities_products, column: "alone", caseInsensitive: false)
    add(.productSeries, EmbeddedResources.entities_products, column: "series", caseInsensitive: false)
    commonWordsAlone = Self.commonWordsAlone(listsUpTo)
  }

  /// Adds the entries of a resource table to list `bit`: of each line that
  /// is not blank or a comment (optionally only those whose second field is
  /// `column`), the first tab-separated field up to a `#`, without one
  /// trailing space. With `elisions`, an entry with an elided article
  /// (`L'Équipe`) is also listed in its ``elisionForms(_:)``, and one ending
  /// with a glued `+` (`Canal+`) as the tokens read it (`Canal +`).
  private mutating func add(
    _ bit: Bit, _ text: String, column: String? = nil, caseInsensitive: Bool = true, elisions: Bool = false
  ) {
    var text = text
    let kind = Array((column ?? "").utf8)
    text.withUTF8 { bytes in
      var lineStart = 0
      while lineStart < bytes.count {
        var lineEnd = lineStart
        while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
        defer { lineStart = lineEnd + 1 }
        // Blank and comment lines (`#` after leading blanks).
        var first = lineStart
        while first < lineEnd && (bytes[first] == 0x20 || bytes[first] == 0x09) { first += 1 }
        guard first < lineEnd, bytes[first] != UInt8(ascii: "#") else { continue }
        if column != nil {
          // The second non-empty tab-separated field must be `column`.
          var fields = 0
          var index = lineStart
          var matched = false
          while index < lineEnd {
            while index < lineEnd && bytes[index] == 0x09 { index += 1 }
            guard index < lineEnd else { break }
            var fieldEnd = index
            while fieldEnd < lineEnd && bytes[fieldEnd] != 0x09 { fieldEnd += 1 }
            fields += 1
            if fields == 2 {
              matched = fieldEnd - index == kind.count && (0..<kind.count).allSatisfy { bytes[index + $0] == kind[$0] }
              break
            }
            index = fieldEnd
          }
          guard matched else { continue }
        }
        var end = lineStart
        while end < lineEnd && bytes[end] != 0x09 && bytes[end] != UInt8(ascii: "#") { end += 1 }
        if end > lineStart && bytes[end - 1] == 0x20 { end -= 1 }
        guard end > lineStart else { continue }
        let entry = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
        let folding: LexiconTable.Folding = caseInsensitive ? .caseless : .exact
        table.insert(entry, mask: 1 << bit.rawValue, folding: folding)
        // (French often drops the accent of a capital: `Egypte`, `Les Echos`, `L'Equipe`.)
        if !caseInsensitive, let bare = Self.withoutCapitalAccents(entry) {
          bare.withUnsafeBufferPointer { table.insert($0, mask: 1 << bit.rawValue, folding: folding) }
        }
        // Words: runs of non-space bytes.
        var words = 0
        for index in lineStart..<end where bytes[index] != 0x20 && (index == lineStart || bytes[index - 1] == 0x20) {
          words += 1
        }
        // An elided article (`L'Équipe`) is a token of its own: the entry is
        // also listed as the tokens read it (`L' Équipe`, with either apostrophe),
        // and as written with the other apostrophe (for a span's own bytes).
        let elided = elisions ? Self.elisionForms(entry) : (forms: [], cuts: 0)
        for form in elided.forms {
          form.withUnsafeBufferPointer { table.insert($0, mask: 1 << bit.rawValue, folding: folding) }
          if !caseInsensitive, let bare = form.withUnsafeBufferPointer(Self.withoutCapitalAccents) {
            bare.withUnsafeBufferPointer { table.insert($0, mask: 1 << bit.rawValue, folding: folding) }
          }
        }
        words += elided.cuts
        // A name glued to a final `+` (`Canal+`): the tokenizer cuts the `+` off.
        if elisions, entry.count >= 2, entry[entry.count - 1] == UInt8(ascii: "+"), entry[entry.count - 2] != 0x20 {
          let form = Array(entry.dropLast()) + [0x20, UInt8(ascii: "+")]
          form.withUnsafeBufferPointer { table.insert($0, mask: 1 << bit.rawValue, folding: folding) }
          words += 1
        }
        while listsUpTo.count <= words { listsUpTo.append(0) }
        for length in 1..<(words + 1) { listsUpTo[length] |= 1 << bit.rawValue }
      }
    }
  }

  /// The plain capital of C3 80…C3 9E (0: none).
  private static let plainCapitals = Array("AAAAAA\0CEEEEIIII\0NOOOOO\0\0UUUUY\0".utf8)

  /// `entry` with its accented Latin-1 capitals written without the accent
  /// (`Égypte` → `Egypte`, `Ångström` → `Angström`), or nil when it has none.
  /// Capitals with no plain letter (`Æ`, `Ð`, `Ø`, `Þ`) stay.
  static func withoutCapitalAccents(_ entry: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    var result: [UInt8] = []
    var changed = false
    var index = 0
    while index < entry.count {
      let byte = entry[index]
      if byte == 0xC3, index + 1 < entry.count, entry[index + 1] >= 0x80, entry[index + 1] <= 0x9E,
        case let letter = plainCapitals[Int(entry[index + 1] - 0x80)], letter != 0
      {
        result.append(letter)
        changed = true
        index += 2
      } else {
        result.append(byte)
        index += 1
      }
    }
    return changed ? result : nil
  }

  /// The other forms of an entry with elided articles (`L'Équipe`): with
  /// each apostrophe (`'`, `’`), written as is and cut where the tokenizer
  /// cuts (`L' Équipe`); and how many cuts there are (none: no forms).
  static func elisionForms(_ entry: UnsafeBufferPointer<UInt8>) -> (forms: [[UInt8]], cuts: Int) {
    let curly: [UInt8] = [0xE2, 0x80, 0x99]
    // The apostrophes followed by a letter, as (start, length).
    var apostrophes: [(Int, Int)] = []
    var index = 0
    while index < entry.count {
      let length = entry[index] == 0x27 ? 1 : (index + 2 < entry.count && Array(entry[index..<(index + 3)]) == curly ? 3 : 0)
      // An elided article or preposition: one of `l d j m n s t c` (either case) or `qu`, at a word's start.
      let word = index >= 2 && (entry[index - 2] | 0x20) == UInt8(ascii: "q") && (entry[index - 1] | 0x20) == UInt8(ascii: "u")
        ? index - 2 : index - 1
      let elides = word >= 0 && (word == 0 || entry[word - 1] == 0x20)
        && (word == index - 2 || "ldjmnstc".utf8.contains(entry[word] | 0x20))
      if length > 0, elides, index + length < entry.count, entry[index + length] != 0x20 {
        apostrophes.append((index, length))
      }
      index += max(length, 1)
    }
    guard !apostrophes.isEmpty else { return ([], 0) }
    var forms: [[UInt8]] = []
    for mark in [[UInt8(0x27)], curly] {
      for spaced in [false, true] {
        var form: [UInt8] = []
        var position = 0
        for (start, length) in apostrophes {
          form += entry[position..<start]
          form += mark
          if spaced { form.append(0x20) }
          position = start + length
        }
        form += entry[position...]
        if !form.elementsEqual(entry) { forms.append(form) }
      }
    }
    return (forms, apostrophes.count)
  }

  /// Whether the token `bytes[range]` ends with an apostrophe (an elided
  /// article or preposition: `L'`, `d’`).
  static func endsWithApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard !range.isEmpty else { return false }
    if bytes[range.upperBound - 1] == 0x27 { return true }
    return range.count >= 3 && bytes[range.upperBound - 3] == 0xE2 && bytes[range.upperBound - 2] == 0x80
      && bytes[range.upperBound - 1] == 0x99
  }

  /// The lists holding exactly `bytes[range]`.
  private func lists(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32 {
    table.mask(bytes, range)
  }

  /// Whether exactly `bytes[range]` is a well-known organization by rule: a
  /// news medium, a club, a pollster, a party (`franceinfo`, `Politico`, `PSG`, `Ifop`, `RN`).
  func isKnownOrganization(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    Self.has(lists(bytes, range), .knownOrganization)
  }

  /// The lists holding exactly `bytes[range]` (for tests).
  func listsForTesting(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32 { lists(bytes, range) }

  @inline(__always)
  private static func has(_ mask: UInt32, _ bit: Bit) -> Bool { mask & 1 << bit.rawValue != 0 }

  /// The label a name list gives to exactly `bytes[range]`: a listed
  /// company, organization or news medium is an ORG; a country, region or city (not also a company) is a
  /// LOC; nil otherwise.
  func label(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> EntityLabel? {
    let mask = lists(bytes, range)
    if Self.has(mask, .company) || Self.has(mask, .knownOrganization) { return .organization }
    if Self.has(mask, .country) || Self.has(mask, .region) || Self.has(mask, .city) { return .location }
    return nil
  }

  /// The lists of names that ``label(_:_:)`` reads: companies and
  /// organizations, countries, regions, cities, and the well-known organizations by rule.
  static let nameLists: UInt32 =
    1 << Bit.company.rawValue | 1 << Bit.country.rawValue | 1 << Bit.region.rawValue | 1 << Bit.city.rawValue
    | 1 << Bit.knownOrganization.rawValue

  /// The longest listed name of two tokens or more that starts at token
  /// `start` of `tokens` (byte ranges in `bytes`), with its ``label(_:_:)``:
  /// `Union européenne`, `Nations unies`, `Afrique du Sud`, `L'Équipe`. The tokens
  /// must be separated by one space, as in the lists, or follow an elided
  /// article, or be a glued `+` (`Canal+`), and the first must be capitalized.
  func listedPhrase(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Range<Int>>, at start: Int
  ) -> (end: Int, label: EntityLabel)? {
    let names = Self.nameLists
    var longest = start + 1
    while longest < tokens.count && longest - start + 1 < listsUpTo.count
      && listsUpTo[longest - start + 1] & names != 0
      && (tokens[longest].lowerBound == tokens[longest - 1].upperBound + 1 && bytes[tokens[longest - 1].upperBound] == 0x20
        || tokens[longest].lowerBound == tokens[longest - 1].upperBound
          && (Self.endsWithApostrophe(bytes, tokens[longest - 1])
            || tokens[longest].count == 1 && bytes[tokens[longest].lowerBound] == UInt8(ascii: "+")))
    {
      longest += 1
    }
    var end = longest
    while end >= start + 2 {
      if let label = label(bytes, tokens[start].lowerBound..<tokens[end - 1].upperBound) { return (end, label) }
      end -= 1
    }
    return nil
  }

  /// The end of the longest name on the list of `bit` that starts at token
  /// `start` of `tokens` (byte ranges in `bytes`), one token or more
  /// separated by single spaces as in the list; nil when none does.
  func longestPhrase(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Range<Int>>, at start: Int, bit: UInt32
  ) -> Int? {
    var end = start + 1
    var longest: Int? = lists(bytes, tokens[start]) & bit != 0 ? end : nil
    while end < tokens.count && end - start + 1 < listsUpTo.count && listsUpTo[end - start + 1] & bit != 0
      && tokens[end].lowerBound == tokens[end - 1].upperBound + 1 && bytes[tokens[end - 1].upperBound] == 0x20
    {
      end += 1
      if lists(bytes, tokens[start].lowerBound..<tokens[end - 1].upperBound) & bit != 0 { longest = end }
    }
    return longest
  }

  /// Whether a token is a listed name safe to tag without the model: listed
  /// (company, organization, country) and not a common word.
  func isUnambiguousName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> EntityLabel? {
    guard let listed = listedName(bytes, range), !listed.isCommonWord else { return nil }
    return listed.label
  }

  /// The label of a listed company, organization or news medium (ORG) or country or region (LOC),
  /// and whether it is also a common word (`Congress`, `Sénat`, `China`);
  /// nil for a text on neither list. One look-up.
  func listedName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (label: EntityLabel, isCommonWord: Bool)? {
    let mask = lists(bytes, range)
    let isCommon = Self.has(mask, .commonWord)
    if Self.has(mask, .company) || Self.has(mask, .knownOrganization) { return (.organization, isCommon) }
    if Self.has(mask, .country) || Self.has(mask, .region) { return (.location, isCommon) }
    return nil
  }

  /// Whether `bytes[range]` names a listed country or region and is on no
  /// other list (no common word, first name, demonym, company, title or
  /// calendar word): a place even written in lower case, as web text often
  /// has it (`living in malaysia`, `hotels in kerala`).
  /// The place lists keep their capitals, so a word in lower case is
  /// looked up with its first (ASCII) letter capitalized, and a dotted
  /// abbreviation with all its letters (`u.s.` → `U.S.`).
  ///
  /// `lexiconBits`, the word's bits from ``bits(_:tokens:)``, spare the
  /// look-up for most words: a common word is no place-only name, and the
  /// common-word lists are matched caseless on single tokens only, so the
  /// word's bits hold them exactly when the capitalized look-up would.
  ///
  /// With `cities`, a listed city on no other list counts too (`living in
  /// auckland`): callers ask so only after a place's preposition, as city
  /// names are often surnames or words.
  func isPlaceOnly(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lexiconBits: UInt32, cities: Bool = false) -> Bool {
    if commonWordsAlone && lexiconBits & Self.commonWordBit != 0 { return false }
    return isPlaceOnly(bytes, range, cities: cities)
  }

  /// ``isPlaceOnly(_:_:lexiconBits:cities:)`` without the bits: always looks up.
  func isPlaceOnly(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, cities: Bool = false) -> Bool {
    guard !range.isEmpty, range.count <= 64 else { return false }
    let mask = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count) { word in
      _ = word.initialize(from: bytes[range])
      func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
      let dotted = word.contains(UInt8(ascii: ".")) && word.allSatisfy { $0 == UInt8(ascii: ".") || isLower($0) }
      for index in word.indices where (index == 0 || dotted) && isLower(word[index]) { word[index] -= 0x20 }
      return lists(UnsafeBufferPointer(word), 0..<range.count)
    }
    let places: UInt32 = 1 << Bit.country.rawValue | 1 << Bit.region.rawValue | 1 << Bit.city.rawValue
    return mask & (cities ? places : 1 << Bit.country.rawValue | 1 << Bit.region.rawValue) != 0 && mask & ~places == 0
  }

  /// Whether `bytes[range]` names a listed city (`cities`) or region
  /// (`regions`) and no country or company: `Montréal`, `New York`,
  /// `Colorado`; not `France`, not `Danone`.
  func isCityOrRegion(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, cities: Bool, regions: Bool) -> Bool {
    let mask = lists(bytes, range)
    return (cities && Self.has(mask, .city) || regions && Self.has(mask, .region))
      && !Self.has(mask, .country) && !Self.has(mask, .company)
  }

  /// Whether `bytes[range]` is on no name list but the cities' (`Hamilton`,
  /// `Kennedy`; not `Jordan`, a country, `Washington`, also a state, `Ford`, a company).
  func isCityOnly(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    lists(bytes, range) & Self.nameLists == 1 << Bit.city.rawValue
  }

  /// The French common words alone (`common-words-fr.txt`; the lists above
  /// join both languages'): a capitalized `Mets` is French (no team's
  /// nickname), `Giants` or `Perry` only English.
  private static let frenchCommonWords = NormSet(
    EmbeddedResources.lines(EmbeddedResources.entities_commonWordsFr).map(String.init))

  /// Whether `norm` (a token's ``Token/norm``) is one of the most frequent French words.
  static func isFrenchCommonWord(_ norm: String) -> Bool { frenchCommonWords.contains(norm) }

  /// Whether `bytes[range]` is a listed phrase announcing an organization
  /// (`la société`, `l'association`, `the company`; `org-triggers.txt`).
  func isOrganizationTrigger(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    Self.has(lists(bytes, range), .orgTrigger)
  }

  /// Whether `phrase` (folded) is a listed organization trigger (`the company`).
  func isOrganizationTrigger(_ phrase: String) -> Bool {
    Self.has(table.mask(phrase), .orgTrigger)
  }

  /// Whether `bytes[range]` is a listed calendar word (`mardi`, `mars`, `Wednesday`).
  func isCalendarWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    Self.has(lists(bytes, range), .calendar)
  }

  /// Whether `bytes[range]` is a listed role (`ministre`, `CEO`; any case).
  func isRole(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    Self.has(lists(bytes, range), .role)
  }

  /// Whether `bytes[range]` is a listed country or region (`Russia`, `la Bretagne`).
  func isCountryOrRegion(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    lists(bytes, range) & (1 << Bit.country.rawValue | 1 << Bit.region.rawValue) != 0
  }

  /// Whether `bytes[range]` is a listed honorific (`M.`, `Me`, `Dr.`; exact case).
  func isHonorific(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    Self.has(lists(bytes, range), .honorific)
  }

  /// More first names, of people from everywhere (`Resources/entities/first-names-more.txt`:
  /// `Adolf`, `Tomislav`, `Aamir`), by norm: a rule's list, kept out of the
  /// lexicon table every token is looked up in (and built on first use).
  private static let moreFirstNames = NormSet(
    EmbeddedResources.lines(EmbeddedResources.entities_firstNamesMore).map { String($0).lowercased() })

  /// Whether `norm` (a token's ``Token/norm``) is one of the more first names (`tomislav`).
  static func isMoreFirstName(_ norm: String) -> Bool { moreFirstNames.contains(norm) }

  /// Whether `bytes[range]` is a listed first name.
  func isFirstName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    Self.has(lists(bytes, range), .firstName)
  }

  /// Whether `bytes[range]` is an organization's suffix or head (`Inc.`, `Foundation`, `Administration`).
  func isOrganizationHeadWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    lists(bytes, range) & (1 << Bit.orgSuffix.rawValue | 1 << Bit.organizationHead.rawValue) != 0
  }

  /// Whether `bytes[range]` is a listed product or product series (`ChatGPT`, `Galaxy`).
  func isProductWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    lists(bytes, range) & (Self.productBit | Self.productSeriesBit) != 0
  }

  /// Whether `bytes[range]` is a listed demonym or nationality adjective
  /// (`israélienne`, `American`).
  func isDemonym(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    Self.has(lists(bytes, range), .demonym)
  }

  /// The lists no word of a person's surname is on (in a token's bits from
  /// ``bits(_:tokens:)``): places, companies, titles, roles, organization
  /// suffixes and triggers, product cues, calendar words, nationalities.
  static let surnameExclusions: UInt32 = [
    Bit.honorific, .country, .city, .region, .orgSuffix, .orgTrigger, .calendar, .productCue, .demonym, .role, .company,
  ].reduce(0) { $0 | 1 << $1.rawValue }
  /// The first-name list's bit.
  static let firstNameBit: UInt32 = 1 << Bit.firstName.rawValue
  /// The bit of ``Bit/product``.
  static let productBit: UInt32 = 1 << Bit.product.rawValue
  /// The bit of ``Bit/productSeries``.
  static let productSeriesBit: UInt32 = 1 << Bit.productSeries.rawValue
  /// The bit of ``Bit/company`` (listed companies and organizations).
  static let companyBit: UInt32 = 1 << Bit.company.rawValue
  /// The common-word list's bit.
  static let commonWordBit: UInt32 = 1 << Bit.commonWord.rawValue
  /// The bit of ``Bit/role``.
  static let roleBit: UInt32 = 1 << Bit.role.rawValue

  /// Whether `bytes[range]` is one of the most frequent French or English words.
  func isCommonWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    Self.has(lists(bytes, range), .commonWord)
  }

  /// The lexicon bits of each token. `tokens` are byte ranges in `bytes`;
  /// a multi-token entry matches when the tokens are separated by single
  /// spaces in the entry (any white space in the text). Every token of
  /// every matching phrase gets the phrase's lists.
  func bits(_ bytes: UnsafeBufferPointer<UInt8>, tokens: [Range<Int>]) -> [UInt32] {
    var result = [UInt32](repeating: 0, count: tokens.count)
    result.withUnsafeMutableBufferPointer { result in
      tokens.withUnsafeBufferPointer { tokens in bits(bytes, tokens: tokens, into: result) }
    }
    return result
  }

  /// ``bits(_:tokens:)`` into a buffer of `tokens.count` zeros.
  func bits(
    _ bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Range<Int>>, into result: UnsafeMutableBufferPointer<UInt32>
  ) {
    guard listsUpTo.count > 1, !tokens.isEmpty else { return }
    // Each token's own hashes are computed one token ahead and its slots
    // prefetched, so that the look-ups' cache misses overlap.
    func single(_ index: Int) -> LexiconTable.Hashes {
      var hashes = LexiconTable.Hashes()
      hashes.add(bytes, tokens[index])
      table.prefetch(hashes)
      return hashes
    }
    var next = single(0)
    for start in tokens.indices {
      var hashes = next
      if start + 1 < tokens.count { next = single(start + 1) }
      // Phrases of 1, 2, … tokens from `start`, while some entry starts with the phrase.
      var end = start + 1
      while true {
        let phrase = tokens[start..<end]
        let exact = table.lookup(hashes, .exact) { LexiconTable.equal($0, bytes, phrase, .exact) }
        let caseless = table.lookup(hashes, .caseless) { LexiconTable.equal($0, bytes, phrase, .caseless) }
        let mask = (exact.mask | caseless.mask) & listsUpTo[end - start]
        if mask != 0 { for k in start..<end { result[k] |= mask } }
        guard exact.isPrefix || caseless.isPrefix, end < tokens.count, end - start + 1 < listsUpTo.count else { break }
        hashes.add(0x20)
        hashes.add(bytes, tokens[end])
        end += 1
      }
    }
  }
}
