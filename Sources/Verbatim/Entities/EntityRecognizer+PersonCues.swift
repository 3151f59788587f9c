/// The words after a one-word name that make it a person's in English
/// (`Resources/entities/person-cues.txt`).
struct PersonCueWords: Sendable {
  /// Verbs only a person is the subject of (`married`, `wrote`).
  let verbs: NormSet
  /// Nouns only a person has, after `'s` (`mother`, `childhood`).
  let possessed: NormSet

  static let shared = PersonCueWords(table: EmbeddedResources.entities_personCues)

  /// Reads the lists from the text of `person-cues.txt`.
  init(table: String) {
    var verbs: [String] = []
    var possessed: [String] = []
    for fields in EmbeddedResources.rows(table) where fields.count >= 2 {
      switch fields[1] {
      case "verb": verbs.append(String(fields[0]))
      case "possessed": possessed.append(String(fields[0]))
      default: break
      }
    }
    self.verbs = NormSet(verbs)
    self.possessed = NormSet(possessed)
  }
}

extension EntityRecognizer {
  /// `Kennedy married …`, `Hamilton's mother`: a one-word name typed as a
  /// place, on no list or only a city's, is a person's when a verb or a
  /// possession only a person has follows it (English). A caller's span
  /// (the first `keeping` of `spans`) is never changed.
  func applyPersonCues(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, to spans: inout [(Range<Int>, EntityLabel)],
    keeping callerSpans: Int
  ) {
    let words = PersonCueWords.shared
    let lexicons = EntityLexicons.shared
    for position in spans.indices.dropFirst(callerSpans) where spans[position].1 == .location && spans[position].0.count == 1 {
      let name = spans[position].0.lowerBound
      guard name + 1 < tokens.endIndex else { continue }
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
