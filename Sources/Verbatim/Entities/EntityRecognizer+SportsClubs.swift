/// A listed city's name standing for its sports club in English (`a 1 – 1
/// draw against Liverpool`, `he was sold to Watford`, `a loan spell at
/// Sunderland`): a one-token place that is a listed city (no country or
/// region), right after a word that introduces a club (`sports-words.txt`,
/// `before`), in a sentence with a word of team sports (`cue`).
struct SportsClubWords: Sendable {
  /// Words of team sports.
  let cues: Set<String>
  /// Words before a club's name, with the words one of which must precede them (empty: none needed).
  let before: [String: Set<String>]

  static let shared = SportsClubWords(table: EmbeddedResources.entities_sportsWords)

  /// Reads the lists from the text of `sports-words.txt`.
  init(table: String) {
    var cues: Set<String> = []
    var before: [String: Set<String>] = [:]
    for fields in EmbeddedResources.rows(table) where fields.count >= 2 {
      switch fields[1] {
      case "cue": cues.insert(String(fields[0]))
      case "before": before[String(fields[0])] = fields.count > 2 ? Set(fields[2].split(separator: " ").map(String.init)) : []
      default: break
      }
    }
    self.cues = cues
    self.before = before
  }
}

extension EntityRecognizer {
  /// Relabels as ORG the one-token places of `spans` that stand for a sports
  /// club (``SportsClubWords``); a caller's span (the first `keeping`) stays.
  func applySportsClubs(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, to spans: inout [(Range<Int>, EntityLabel)],
    keeping callerSpans: Int
  ) {
    let words = SportsClubWords.shared
    guard spans.count > callerSpans, spans[callerSpans...].contains(where: { $0.1 == .location && $0.0.count == 1 }),
      tokens.contains(where: { words.cues.contains($0.norm) })
    else { return }
    for position in spans.indices.dropFirst(callerSpans) where spans[position].1 == .location && spans[position].0.count == 1 {
      let name = spans[position].0.lowerBound
      guard name - 1 >= tokens.startIndex, let previous = words.before[tokens[name - 1].norm] else { continue }
      if !previous.isEmpty {
        guard name - 2 >= tokens.startIndex, previous.contains(tokens[name - 2].norm) else { continue }
      }
      guard EntityLexicons.shared.isCityOrRegion(bytes, tokens[name].utf8Range, cities: true, regions: false) else { continue }
      spans[position].1 = .organization
    }
  }
}
