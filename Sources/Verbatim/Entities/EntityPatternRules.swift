/// Rules where rules are right, applied to the tagger's output:
/// - a title (`M.`, `Mme`, `Mr.`, `Dr`) or a role (`président`, `CEO`)
///   followed by capitalized words announces a PERSON, title excluded;
/// - an organization trigger (`la société`, `le groupe`, `the company`)
///   followed by capitalized words announces an ORG;
/// - a product cue before (`sa solution`, `le logiciel`) or after (`API`,
///   `Services`) capitalized words marks a PRODUCT (the cue after is part
///   of the name: `Face API`).
/// A pattern mention replaces the tagger's mentions it overlaps.
struct EntityPatternRules: Sendable {
  private let honorifics: FoldedLexicon
  private let roles: PhraseSet
  private let triggers: PhraseSet
  private let cuesBefore: PhraseSet
  private let cuesAfter: NormSet
  private let commonWords: NormSet

  static let shared = EntityPatternRules()

  init() {
    func rows(_ text: String) -> [[Substring]] {
      EmbeddedResources.lines(text).map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    }
    let titles = rows(EmbeddedResources.entities_personTitles)
    honorifics = FoldedLexicon(
      EmbeddedResources.lines(EmbeddedResources.tokenization_titles)
        + titles.filter { $0.count > 1 && $0[1] == "honorific" }.map { $0[0] },
      caseInsensitive: false)
    roles = PhraseSet(titles.filter { $0.count > 1 && $0[1] == "role" }.map { PhraseSet.normalize($0[0]) })
    triggers = PhraseSet(rows(EmbeddedResources.entities_orgTriggers).map { PhraseSet.normalize($0[0]) })
    let cues = rows(EmbeddedResources.entities_productCues)
    cuesBefore = PhraseSet(cues.filter { $0.count > 1 && $0[1] == "before" }.map { PhraseSet.normalize($0[0]) })
    cuesAfter = NormSet(cues.filter { $0.count > 1 && $0[1] == "after" }.map { String($0[0]) })
    var commonWords: NormSet = []
    EmbeddedResources.forEachLine(EmbeddedResources.entities_commonWordsFr) { commonWords.insert($0) }
    EmbeddedResources.forEachLine(EmbeddedResources.entities_commonWordsEn) { commonWords.insert($0) }
    self.commonWords = commonWords
  }

  /// Pattern mentions in one sentence's tokens: (token range, label).
  func matches(_ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> [(Range<Int>, EntityLabel)] {
    var found: [(Range<Int>, EntityLabel)] = []
    var index = tokens.startIndex
    while index < tokens.endIndex {
      // Titles: `M. Smith`, `Mme Dupont`, `Dr. Jones`.
      if honorifics.contains(bytes, tokens[index].utf8Range), let end = nameRun(tokens, index + 1, bytes, allowParticles: true) {
        found.append(((index + 1)..<end, .person))
        index = end
        continue
      }
      // Roles with a name right after: `CEO Arvind Krishna`, `le président Emmanuel Macron`.
      if let roleEnd = roles.match(tokens, index), let end = nameRun(tokens, roleEnd, bytes, allowParticles: true),
        end - roleEnd >= 2
      {
        found.append((roleEnd..<end, .person))
        index = end
        continue
      }
      // Organization triggers: `la société AnyVision`, `the company Clearview AI`.
      if let triggerEnd = triggers.match(tokens, index), let end = nameRun(tokens, triggerEnd, bytes, allowParticles: false) {
        found.append((triggerEnd..<end, .organization))
        index = end
        continue
      }
      // Product cues before: `sa solution Rekognition`, `le logiciel Face ID`.
      if let cueEnd = cuesBefore.match(tokens, index), let end = nameRun(tokens, cueEnd, bytes, allowParticles: false) {
        found.append((cueEnd..<end, .product))
        index = end
        continue
      }
      // Product cues after, inside a capitalized run: `Face API`, `Azure Cognitive Services`.
      if let end = nameRun(tokens, index, bytes, allowParticles: false),
        let cue = ((index + 1)..<end).first(where: { cuesAfter.contains(bytes, tokens[$0].utf8Range) })
      {
        found.append((index..<(cue + 1), .product))
        index = cue + 1
        continue
      }
      index += 1
    }
    return found
  }

  /// The end of a run of capitalized words starting at `index` (at most 4
  /// words; with `allowParticles`, `de`, `van`, `Le`… inside a person's name),
  /// or nil when `index` does not start one. A capitalized common word
  /// (`Le`, `However`) alone is not a name.
  private func nameRun(_ tokens: ArraySlice<Token>, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, allowParticles: Bool) -> Int? {
    var end = index
    var words = 0
    while end < tokens.endIndex && words < 4 {
      let token = tokens[end]
      guard token.kind == .word else { break }
      if UTF8Scanning.isUppercase(bytes, at: token.utf8Range.lowerBound) {
        end += 1
        words += 1
        continue
      }
      if allowParticles && words > 0 && ["de", "du", "des", "d'", "van", "von", "der", "da", "di", "bin", "ben"].contains(token.norm),
        end + 1 < tokens.endIndex,
        UTF8Scanning.isUppercase(bytes, at: tokens[end + 1].utf8Range.lowerBound)
      {
        end += 1
        continue
      }
      break
    }
    guard words > 0 else { return nil }
    if words == 1 && commonWords.contains(tokens[index].norm) { return nil }
    return end
  }
}
