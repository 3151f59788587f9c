/// Document-level consistency and linking of entity mentions:
/// - a name typed once is typed the same everywhere in the document (the
///   majority label of its mentions), and its unlabeled occurrences are added;
/// - a PERSON mention that is the last word(s) of a fuller PERSON name
///   (`Smith`, after `Brad Smith`) joins that person's cluster;
/// - an acronym defined in parentheses after its expansion
///   (`American Civil Liberties Union (ACLU)`) joins the expansion's cluster,
///   as does an acronym made of the initials of an earlier ORG;
/// - aliases from `Resources/entities/aliases.txt` (`Big Blue` → `IBM`).
/// Each mention gets `canonical`, the longest name in its cluster, and the
/// cluster number.
struct DocumentLinker: Sendable {
  private let aliases: [String: (canonical: String, label: EntityLabel)]

  static let shared = DocumentLinker()

  init() {
    var aliases: [String: (String, EntityLabel)] = [:]
    for fields in EmbeddedResources.rows(EmbeddedResources.entities_aliases) {
      guard fields.count == 3 else { continue }
      aliases[String(fields[0])] = (String(fields[1]), EntityLabel(rawValue: String(fields[2])))
    }
    self.aliases = aliases
  }

  private static let nameLabels: Set<EntityLabel> = [.person, .organization, .location, .product]

  /// The position of a name label in the vote counts (0–3), or nil for the
  /// other labels (the same as `nameLabels.contains`).
  @inline(__always)
  private static func nameIndex(_ label: EntityLabel) -> Int? {
    if label == .person { return 0 }
    if label == .organization { return 1 }
    if label == .location { return 2 }
    if label == .product { return 3 }
    return nil
  }
  private static let labelsByIndex: [EntityLabel] = [.person, .organization, .location, .product]

  /// Names as numbers: equal strings (`String` equality) get the same
  /// number, so the linker's tables are arrays and integer dictionaries
  /// rather than dictionaries hashing strings again and again.
  private struct Names {
    private var numbers: [String: Int] = [:]
    private(set) var count = 0

    /// The number of `name`, new if it was never seen.
    mutating func number(_ name: String) -> Int {
      if let number = numbers[name] { return number }
      numbers[name] = count
      count += 1
      return count - 1
    }

    /// The number of `name` if it was seen.
    func existing(_ name: String) -> Int? { numbers[name] }
  }

  /// Links `mentions`; a mention whose canonical name is in `fixed` (given
  /// by the caller's gazetteer) keeps its label and canonical name.
  func link(_ mentions: [Entity], analysis: Analysis, fixed: Set<String> = []) -> [Entity] {
    var mentions = mentions
    var names = Names()
    // 1. Majority label per surface string.
    var texts = mentions.map { text($0, analysis) }
    var numbers = texts.map { names.number($0) }
    var votes = [Int](repeating: 0, count: names.count * 4)
    // The label of each name's first mention (-1: none yet).
    var firstLabel = [Int](repeating: -1, count: names.count)
    for index in mentions.indices {
      if let label = Self.nameIndex(mentions[index].label) {
        votes[numbers[index] * 4 + label] += 1
        if firstLabel[numbers[index]] < 0 { firstLabel[numbers[index]] = label }
      }
    }
    for index in mentions.indices {
      guard let own = Self.nameIndex(mentions[index].label) else { continue }
      let counts = votes[(numbers[index] * 4)..<(numbers[index] * 4 + 4)]
      let top = counts.max() ?? 0
      let leaders = counts.indices.filter { counts[$0] == top }.map { $0 - numbers[index] * 4 }
      if leaders.count == 1, top > counts[numbers[index] * 4 + own] {
        mentions[index].label = Self.labelsByIndex[leaders[0]]
      } else if leaders.count > 1, leaders.contains(0), startsWithFirstName(mentions[index], analysis) {
        // A tie between types: a name opening with a known first name is a person's.
        mentions[index].label = .person
      } else if leaders.count > 1 {
        // Any other tie: one type for all, in the order person, organization, place, product.
        mentions[index].label = Self.labelsByIndex[leaders.min()!]
      }
    }
    // 2. Occurrences of a known name that the tagger missed.
    mentions = addMissedOccurrences(mentions, analysis)
    texts = mentions.map { text($0, analysis) }
    numbers = texts.map { names.number($0) }
    let lengths = texts.map(Self.characterCount)
    // 3. Clusters.
    var parent = Array(mentions.indices)
    func find(_ index: Int) -> Int {
      var index = index
      while parent[index] != index {
        parent[index] = parent[parent[index]]
        index = parent[index]
      }
      return index
    }
    func union(_ a: Int, _ b: Int) {
      let (ra, rb) = (find(a), find(b))
      if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
    // The first name mention of each name (by name number).
    var firstByText: [Int: Int] = [:]
    for index in mentions.indices where Self.nameIndex(mentions[index].label) != nil {
      let key = numbers[index]
      if let first = firstByText[key], mentions[first].label == mentions[index].label {
        union(first, index)
      } else if firstByText[key] == nil {
        firstByText[key] = index
      }
    }
    // Partial person names (`Smith` → `Brad Smith`) and acronyms (`ACLU` →
    // `American Civil Liberties Union`), through indexes rather than pairs.
    var fullNamesByPart: [Int: Int] = [:]
    var namesByInitials: [String: Int] = [:]
    // The first person named in full with each surname (by the surname's number).
    var firstFullNameBySurname: [Int: Int] = [:]
    // Two-word organizations by their first word's number (``isDistinctiveFirstWord(_:_:)``).
    var organizationsByFirstWord: [Int: Int] = [:]
    for index in mentions.indices {
      let name = texts[index]
      if mentions[index].label == .person {
        let words = name.split(separator: " ")
        if words.count >= 2 {
          let surname = names.number(String(words.last!))
          if firstFullNameBySurname[surname] == nil { firstFullNameBySurname[surname] = index }
          for part in [String(words.last!), String(words.first!), words.dropFirst().joined(separator: " ")] {
            let key = names.number(part)
            if fullNamesByPart[key] == nil || lengths[fullNamesByPart[key]!] < lengths[index] { fullNamesByPart[key] = index }
          }
        }
      } else if Self.nameIndex(mentions[index].label) != nil {
        let key = initials(name)
        if key.count >= 2, key != name, namesByInitials[key] == nil { namesByInitials[key] = index }
        // `Mistral AI` … `Mistral`: an organization of two words named by its first.
        if mentions[index].label == .organization, mentions[index].tokenIndices.count == 2,
          isDistinctiveFirstWord(mentions[index], analysis)
        {
          let first = names.number(String(analysis.text(of: analysis.tokens[mentions[index].tokenIndices.lowerBound])))
          if organizationsByFirstWord[first] == nil { organizationsByFirstWord[first] = index }
        }
      }
    }
    for index in mentions.indices {
      let name = texts[index]
      // A surname alone after the person's full name is the person's, whatever
      // the tagger typed it (`George Berkeley … Berkeley affirmait`), unless it
      // is a listed name (`Michael Jordan … Jordan` may be the country) or the
      // caller's. In English a city's name is no obstacle (`Alexander Hamilton
      // … Hamilton` is the man); in French it is (lists of people and places
      // in old papers: `M. Lamarque, de Brest`).
      if mentions[index].label == .organization || mentions[index].label == .location,
        mentions[index].tokenIndices.count == 1, let full = firstFullNameBySurname[numbers[index]],
        mentions[full].start < mentions[index].start, !fixed.contains(mentions[index].canonical),
        !isListedName(mentions[index], analysis, exceptCities: analysis.language.language == .english)
      {
        mentions[index].label = .person
      }
      if mentions[index].label == .person, let full = fullNamesByPart[numbers[index]], full != index,
        lengths[full] > lengths[index]
      {
        union(full, index)
      }
      // `Mistral AI` … `au potentiel de Mistral`: the organization's, whatever the tagger typed it.
      // (Not a word of a person's name: `Trump` of `Trump Foundation` and
      // `Donald Trump`; only over a person, which a lone word of a company's
      // name often looks like: a place may be the organization's place.)
      if mentions[index].label == .person, mentions[index].tokenIndices.count == 1, let full = organizationsByFirstWord[numbers[index]], full != index,
        mentions[full].start < mentions[index].start, !fixed.contains(mentions[index].canonical),
        fullNamesByPart[numbers[index]] == nil
      {
        mentions[index].label = .organization
        union(full, index)
      }
      if isAcronym(name), let full = namesByInitials[name], full != index {
        mentions[index].label = mentions[full].label
        union(full, index)
      }
    }
    // 4. Aliases (`Big Blue` → `IBM`, and the caller's canonical names):
    //    join the canonical name's cluster.
    func first(named name: String) -> Int? { names.existing(name).flatMap { firstByText[$0] } }
    for index in mentions.indices where fixed.contains(mentions[index].canonical) {
      if let target = first(named: mentions[index].canonical) { union(target, index) }
    }
    // The alias entry of each name number, looked up once.
    var aliasByNumber: [(canonical: String, label: EntityLabel)?] = Array(repeating: nil, count: names.count)
    var aliasLooked = [Bool](repeating: false, count: names.count)
    func alias(_ index: Int) -> (canonical: String, label: EntityLabel)? {
      let number = numbers[index]
      if !aliasLooked[number] {
        aliasLooked[number] = true
        aliasByNumber[number] = aliases[texts[index]]
      }
      return aliasByNumber[number]
    }
    for index in mentions.indices {
      guard let alias = alias(index) else { continue }
      mentions[index].label = alias.label
      if let target = first(named: alias.canonical) {
        union(target, index)
      } else {
        mentions[index].canonical = alias.canonical
      }
    }
    // 5. Canonical names and cluster numbers (in order of first mention).
    var longest = [String?](repeating: nil, count: mentions.count)
    var longestLength = [Int](repeating: 0, count: mentions.count)
    for index in mentions.indices {
      let root = find(index)
      let name: String
      let length: Int
      if let alias = alias(index) {
        name = alias.canonical
        length = Self.characterCount(name)
      } else if fixed.contains(mentions[index].canonical) {
        name = mentions[index].canonical
        length = Self.characterCount(name)
      } else {
        name = texts[index]
        length = lengths[index]
      }
      if length > longestLength[root] {
        longest[root] = name
        longestLength[root] = length
      }
    }
    var clusterNumber = [Int](repeating: -1, count: mentions.count)
    var clusters = 0
    for index in mentions.indices {
      let root = find(index)
      if clusterNumber[root] < 0 {
        clusterNumber[root] = clusters
        clusters += 1
      }
      mentions[index].cluster = clusterNumber[root]
      if let name = longest[root], !name.isEmpty { mentions[index].canonical = name }
    }
    return mentions
  }

  /// Adds mentions for exact re-occurrences of a tagged name (two or more
  /// letters, capitalized) that no mention covers: the same bytes, starting
  /// and ending at token boundaries inside one sentence.
  /// The most tokens of a name searched for again in the document.
  static let maxNameTokens = 12

  private func addMissedOccurrences(_ mentions: [Entity], _ analysis: Analysis) -> [Entity] {
    var text = analysis.text
    return text.withUTF8 { bytes in addMissedOccurrences(mentions, analysis, bytes) }
  }

  /// ``addMissedOccurrences(_:_:)`` over the document's UTF-8 `bytes`. Names
  /// are keyed by the FNV-1a hash of their bytes and compared byte for byte;
  /// a bitmap of their first two bytes skips the positions where none starts.
  private func addMissedOccurrences(
    _ mentions: [Entity], _ analysis: Analysis, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> [Entity] {
    var known = KnownNames()
    var maxTokens = 1
    // (Names of at most `maxNameTokens` tokens: the search below tries every
    // length up to the longest at each position, and a run of thousands of
    // tokens the tagger took for one name made it quadratic.)
    for mention in mentions where Self.nameLabels.contains(mention.label) && mention.tokenIndices.count <= Self.maxNameTokens {
      let name = analysis.text(of: mention)
      guard name.count >= 2, name.first?.isUppercase == true else { continue }
      known.insert(mention.utf8Range, mention.label, bytes)
      maxTokens = max(maxTokens, mention.tokenIndices.count)
      // `Smith` alone after `Brad Smith`: a person's last name names the person.
      if mention.label == .person, mention.tokenIndices.count >= 2 {
        let last = analysis.tokens[mention.tokenIndices.upperBound - 1]
        let surname = analysis.text(of: last)
        if surname.count >= 3, surname.first?.isUppercase == true { known.insert(last.utf8Range, .person, bytes) }
      }
    }
    guard !known.isEmpty else { return mentions }
    var covered = [Bool](repeating: false, count: analysis.tokens.count)
    for mention in mentions { for index in mention.tokenIndices { covered[index] = true } }
    var added = mentions
    for sentence in analysis.sentences {
      var index = sentence.tokenIndices.lowerBound
      while index < sentence.tokenIndices.upperBound {
        var matched = false
        var lengths =
          known.mayStart(bytes, at: analysis.tokens[index].utf8Range.lowerBound)
          ? min(maxTokens, sentence.tokenIndices.upperBound - index) : 0
        // Only over tokens no mention covers.
        if let firstCovered = (index..<(index + lengths)).first(where: { covered[$0] }) { lengths = firstCovered - index }
        for length in stride(from: lengths, through: 1, by: -1) {
          let range = index..<(index + length)
          let first = analysis.tokens[range.lowerBound]
          let last = analysis.tokens[range.upperBound - 1]
          let utf8 = first.utf8Range.lowerBound..<last.utf8Range.upperBound
          if let label = known.label(of: utf8, bytes) {
            added.append(
              Entity(
                start: first.start, end: last.end, utf8Range: utf8, tokenIndices: range, label: label,
                canonical: UTF8Scanning.string(bytes, utf8), cluster: 0))
            index += length
            matched = true
            break
          }
        }
        if !matched { index += 1 }
      }
    }
    return added.sorted { $0.start < $1.start }
  }

  /// Names of a document by their bytes: the label of the first mention of
  /// each, looked up by FNV-1a hash and checked byte for byte.
  private struct KnownNames {
    /// The byte range of a name's first occurrence and its label, by hash.
    private var names: [UInt64: (range: Range<Int>, label: EntityLabel)] = [:]
    /// Bit `b0 << 8 | b1` is set when a name starts with the bytes b0 b1.
    private var starts = [UInt64](repeating: 0, count: 1024)

    var isEmpty: Bool { names.isEmpty }

    /// Adds the name at `bytes[range]` (two bytes or more) unless it is known.
    mutating func insert(_ range: Range<Int>, _ label: EntityLabel, _ bytes: UnsafeBufferPointer<UInt8>) {
      guard range.count >= 2 else { return }
      let hash = FeatureHash.bytes(bytes, range)
      guard names[hash] == nil else { return }
      names[hash] = (range, label)
      let key = Int(bytes[range.lowerBound]) << 8 | Int(bytes[range.lowerBound + 1])
      starts[key >> 6] |= 1 << UInt64(key & 63)
    }

    /// Whether a name may start at `offset`: its first two bytes start one.
    func mayStart(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
      guard offset + 1 < bytes.count else { return false }
      let key = Int(bytes[offset]) << 8 | Int(bytes[offset + 1])
      return starts[key >> 6] & (1 << UInt64(key & 63)) != 0
    }

    /// The label of the name spelled `bytes[range]`, if it is known.
    func label(of range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> EntityLabel? {
      guard range.count >= 2, let entry = names[FeatureHash.bytes(bytes, range)],
        UnsafeBufferPointer(rebasing: bytes[entry.range]).elementsEqual(UnsafeBufferPointer(rebasing: bytes[range]))
      else { return nil }
      return entry.label
    }
  }

  private func text(_ mention: Entity, _ analysis: Analysis) -> String { String(analysis.text(of: mention)) }

  /// Whether the mention's text is on a name list (a company, an
  /// organization, a country, region or city; with `exceptCities`, not the
  /// cities' alone).
  private func isListedName(_ mention: Entity, _ analysis: Analysis, exceptCities: Bool) -> Bool {
    var text = analysis.text
    return text.withUTF8 {
      EntityLexicons.shared.label($0, mention.utf8Range) != nil
        && !(exceptCities && EntityLexicons.shared.isCityOnly($0, mention.utf8Range))
    }
  }

  /// Whether the first word of a two-word organization's name says the
  /// name alone: a capitalized word on no list (no common word, first
  /// name, place, demonym or calendar word) before a word in capitals or a
  /// capitalized common word or designator: `Mistral` of `Mistral AI`,
  /// `Patriot` of `Patriot Coal`, `Peabody` of `Peabody Energy`; not `Air`
  /// of `Air France`, nor a surname before another name.
  private func isDistinctiveFirstWord(_ mention: Entity, _ analysis: Analysis) -> Bool {
    var text = analysis.text
    let first = analysis.tokens[mention.tokenIndices.lowerBound].utf8Range
    let second = analysis.tokens[mention.tokenIndices.lowerBound + 1].utf8Range
    return text.withUTF8 { bytes in
      let lexicons = EntityLexicons.shared
      guard first.count >= 3, UTF8Scanning.decode(bytes, at: first.lowerBound).0.isUpper,
        lexicons.listsForTesting(bytes, first) & EntityLexicons.taggerBits == 0,
        UTF8Scanning.decode(bytes, at: second.lowerBound).0.isUpper
      else { return false }
      let capitals = second.count >= 2 && second.allSatisfy { bytes[$0] >= 0x41 && bytes[$0] <= 0x5A }
      let lists = lexicons.listsForTesting(bytes, second)
      let designator: UInt32 = 1 << EntityLexicons.Bit.commonWord.rawValue | 1 << EntityLexicons.Bit.orgSuffix.rawValue
      return capitals || lists & designator != 0
    }
  }

  private func startsWithFirstName(_ mention: Entity, _ analysis: Analysis) -> Bool {
    guard mention.tokenIndices.count >= 2 else { return false }
    var text = analysis.text
    let range = analysis.tokens[mention.tokenIndices.lowerBound].utf8Range
    return text.withUTF8 { EntityLexicons.shared.isFirstName($0, range) }
  }

  /// `name.count`, without grapheme breaking when `name` is ASCII.
  private static func characterCount(_ name: String) -> Int {
    isASCII(name) ? name.utf8.count : name.count
  }

  private static func isASCII(_ name: String) -> Bool { name.utf8.allSatisfy { $0 < 0x80 } }

  private func isAcronym(_ name: String) -> Bool {
    if Self.isASCII(name) {
      let utf8 = name.utf8
      return utf8.count >= 2 && utf8.count <= 6 && utf8.allSatisfy { $0 &- 0x41 < 26 || $0 == UInt8(ascii: ".") }
    }
    return name.count >= 2 && name.count <= 6 && name.allSatisfy { $0.isUppercase || $0 == "." }
  }

  /// `American Civil Liberties Union` → `ACLU` (function words skipped).
  private func initials(_ name: String) -> String {
    if Self.isASCII(name) {
      var letters: [UInt8] = []
      var atWordStart = true
      for byte in name.utf8 {
        if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") {
          atWordStart = true
        } else {
          if atWordStart && byte &- 0x41 < 26 { letters.append(byte) }
          atWordStart = false
        }
      }
      return String(decoding: letters, as: UTF8.self)
    }
    return String(
      name.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { word in
        word.first.flatMap { $0.isUppercase ? $0 : nil }
      })
  }
}
