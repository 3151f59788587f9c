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
  }

  private var lists: [(bit: Bit, lexicon: FoldedLexicon, maxTokens: Int)] = []

  static let shared = EntityLexicons()

  init() {
    func words(_ text: String) -> [Substring] {
      EmbeddedResources.lines(text).map { line in
        let field = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)[0]
        return field.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
      }.map { $0.hasSuffix(" ") ? $0.dropLast() : $0 }.filter { !$0.isEmpty }
    }
    func add(_ bit: Bit, _ text: String, caseInsensitive: Bool = true) {
      let entries = words(text)
      let maxTokens = entries.map { $0.split(separator: " ").count }.max() ?? 1
      lists.append((bit, FoldedLexicon(entries, caseInsensitive: caseInsensitive), maxTokens))
    }
    func column(_ text: String, where kind: String) -> String {
      EmbeddedResources.lines(text).filter { $0.split(separator: "\t").dropFirst().first.map(String.init) == kind }
        .joined(separator: "\n")
    }
    let titles = EmbeddedResources.entities_personTitles
    add(.honorific, EmbeddedResources.tokenization_titles + "\n" + column(titles, where: "honorific"), caseInsensitive: false)
    add(.role, column(titles, where: "role"))
    add(.firstName, EmbeddedResources.entities_firstNames, caseInsensitive: false)
    add(.country, EmbeddedResources.entities_countries, caseInsensitive: false)
    add(.city, EmbeddedResources.entities_cities, caseInsensitive: false)
    add(.region, EmbeddedResources.entities_regions, caseInsensitive: false)
    add(.orgSuffix, EmbeddedResources.entities_orgSuffixes, caseInsensitive: false)
    add(.orgTrigger, EmbeddedResources.entities_orgTriggers)
    add(.commonWord, EmbeddedResources.entities_commonWordsFr + "\n" + EmbeddedResources.entities_commonWordsEn)
    add(.calendar, EmbeddedResources.entities_calendar)
    add(.productCue, EmbeddedResources.entities_productCues)
    add(.demonym, EmbeddedResources.entities_demonyms)
    add(.company, EmbeddedResources.entities_companies + "\n" + EmbeddedResources.entities_organizations, caseInsensitive: false)
  }

  /// The label a name list gives to exactly `bytes[range]`: a listed
  /// company is an ORG; a country, region or city (not also a company) is a
  /// LOC; nil otherwise.
  func label(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> EntityLabel? {
    func listed(_ bit: Bit) -> Bool {
      lists.contains { $0.bit == bit && $0.lexicon.contains(bytes, range) }
    }
    if listed(.company) { return .organization }
    if listed(.country) || listed(.region) || listed(.city) { return .location }
    return nil
  }

  /// Whether a token is a listed name safe to tag without the model: listed
  /// (company, organization, country) and not a common word.
  func isUnambiguousName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> EntityLabel? {
    guard !isCommonWord(bytes, range) else { return nil }
    if lists.contains(where: { $0.bit == .company && $0.lexicon.contains(bytes, range) }) { return .organization }
    if lists.contains(where: { $0.bit == .country && $0.lexicon.contains(bytes, range) }) { return .location }
    return nil
  }

  /// Whether `bytes[range]` is a listed first name.
  func isFirstName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    lists.contains { $0.bit == .firstName && $0.lexicon.contains(bytes, range) }
  }

  /// Whether `bytes[range]` is one of the most frequent French or English words.
  func isCommonWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    lists.contains { $0.bit == .commonWord && $0.lexicon.contains(bytes, range) }
  }

  /// The lexicon bits of each token. `tokens` are byte ranges in `bytes`;
  /// a multi-token entry matches when the tokens are separated by single
  /// spaces in the entry (any white space in the text).
  func bits(_ bytes: UnsafeBufferPointer<UInt8>, tokens: [Range<Int>]) -> [UInt32] {
    var result = [UInt32](repeating: 0, count: tokens.count)
    var phrase: [UInt8] = []
    for list in lists {
      for start in tokens.indices {
        // Longest match first, up to the list's longest entry.
        var length = min(list.maxTokens, tokens.count - start)
        while length >= 1 {
          let matched: Bool
          if length == 1 {
            matched = list.lexicon.contains(bytes, tokens[start])
          } else {
            phrase.removeAll(keepingCapacity: true)
            for k in start..<(start + length) {
              if k > start { phrase.append(0x20) }
              phrase.append(contentsOf: bytes[tokens[k]])
            }
            matched = phrase.withUnsafeBufferPointer { list.lexicon.contains($0, 0..<$0.count) }
          }
          if matched {
            for k in start..<(start + length) { result[k] |= 1 << list.bit.rawValue }
            break
          }
          length -= 1
        }
      }
    }
    return result
  }
}
