/// The words after a one-word name that make it a person's in English
/// (`Resources/entities/person-cues.txt`).
struct PersonCueWords: Sendable {
  /// Verbs only a person is the subject of (`married`, `wrote`).
  let verbs: NormSet
  /// Nouns only a person has, after `'s` (`mother`, `childhood`).
  let possessed: NormSet
  /// Relatives' nouns before a name (`père`, `brother`), and the
  /// possessives and articles before them (`son`, `his`, `the`).
  let kin: NormSet
  let kinBefore: NormSet
  /// Words of birth after a name and `(` or `,` (`né`, `née`, `born`).
  let birth: NormSet

  static let shared = PersonCueWords(table: EmbeddedResources.entities_personCues)

  /// Reads the lists from the text of `person-cues.txt`.
  init(table: String) {
    var verbs: [String] = []
    var possessed: [String] = []
    var kin: [String] = []
    var kinBefore: [String] = []
    var birth: [String] = []
    for fields in EmbeddedResources.rows(table) where fields.count >= 2 {
      switch fields[1] {
      case "verb": verbs.append(String(fields[0]))
      case "possessed": possessed.append(String(fields[0]))
      case "kin": kin.append(String(fields[0]))
      case "kin-before": kinBefore.append(String(fields[0]))
      case "birth": birth.append(String(fields[0]))
      default: break
      }
    }
    self.verbs = NormSet(verbs)
    self.possessed = NormSet(possessed)
    self.kin = NormSet(kin)
    self.kinBefore = NormSet(kinBefore)
    self.birth = NormSet(birth)
  }
}

extension EntityRecognizer {
  /// `Kennedy married …`, `Hamilton's mother` (English): a one-word name
  /// typed as a place, on no list or only a city's, is a person's when a
  /// verb or a possession only a person has follows it. A name of any
  /// length typed so is a person's before `(` or `,` and a word of birth
  /// (`Traian Popovici (né le …`). `son père Maurice`,
  /// `his brother Robert` (both languages): a one-word name typed as a place
  /// or an organization right after a relative's noun and a possessive or
  /// an article is a person's. A caller's span (the first `keeping` of
  /// `spans`) is never changed.
  func applyPersonCues(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, english: Bool,
    to spans: inout [(Range<Int>, EntityLabel)], keeping callerSpans: Int
  ) {
    let words = PersonCueWords.shared
    let lexicons = EntityLexicons.shared
    // `Traian Popovici (né le 17 octobre 1892`, `Smith (born 1950)`: a name
    // of any length before `(` or `,` and a word of birth, on no list as a whole.
    for position in spans.indices.dropFirst(callerSpans) where spans[position].1 == .location || spans[position].1 == .organization {
      let end = spans[position].0.upperBound
      guard end + 1 < tokens.endIndex, tokens[end].norm == "(" || tokens[end].norm == ",",
        words.birth.contains(tokens[end + 1].norm)
      else { continue }
      let first = tokens[spans[position].0.lowerBound].utf8Range.lowerBound
      guard lexicons.label(bytes, first..<tokens[end - 1].utf8Range.upperBound) == nil else { continue }
      spans[position].1 = .person
    }
    for position in spans.indices.dropFirst(callerSpans) where spans[position].0.count == 1 {
      let name = spans[position].0.lowerBound
      let label = spans[position].1
      if label == .location || label == .organization, name - 2 >= tokens.startIndex,
        words.kin.contains(tokens[name - 1].norm), words.kinBefore.contains(tokens[name - 2].norm),
        UTF8Scanning.decode(bytes, at: tokens[name - 1].utf8Range.lowerBound).0.isLower
      {
        spans[position].1 = .person
        continue
      }
      guard english, label == .location, name + 1 < tokens.endIndex else { continue }
      let next = tokens[name + 1].norm
      let cued = words.verbs.contains(next)
        || (next == "'s" || next == "’s") && name + 2 < tokens.endIndex && words.possessed.contains(tokens[name + 2].norm)
      guard cued else { continue }
      let range = tokens[name].utf8Range
      guard lexicons.label(bytes, range) == nil || lexicons.isCityOnly(bytes, range) else { continue }
      spans[position].1 = .person
    }
  }
}
