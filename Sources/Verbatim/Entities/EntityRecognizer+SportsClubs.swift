/// A listed city's name standing for its sports club in English (`a 1 – 1
/// draw against Liverpool`, `he was sold to Watford`, `a loan spell at
/// Sunderland`): a one-token place that is a listed city (no country or
/// region), right after a word that introduces a club (`sports-words.txt`,
/// `before`), in a sentence with a word of team sports (`cue`) or after two
/// words that say it alone (`pair`: `he signed for Hibernian`).
struct SportsClubWords: Sendable {
  /// Words of team sports.
  let cues: NormSet
  /// Words before a club's name, with the words one of which must precede them (empty: none needed).
  let before: [String: Set<String>]
  /// Roles in a team that follow their club's name (`coach`, `captain`).
  let roles: NormSet
  /// The two words before a club's name that need no word of team sports
  /// in the sentence (`signed for`, `released by`), joined by a space.
  let pairs: Set<String>

  static let shared = SportsClubWords(table: EmbeddedResources.entities_sportsWords)

  /// Reads the lists from the text of `sports-words.txt`.
  init(table: String) {
    var cues: Set<String> = []
    var before: [String: Set<String>] = [:]
    var roles: Set<String> = []
    var pairs: Set<String> = []
    for fields in EmbeddedResources.rows(table) where fields.count >= 2 {
      switch fields[1] {
      case "pair": pairs.insert(fields[0].split(separator: " ").suffix(2).joined(separator: " "))
      case "cue": cues.insert(String(fields[0]))
      case "before": before[String(fields[0])] = fields.count > 2 ? Set(fields[2].split(separator: " ").map(String.init)) : []
      case "role": roles.insert(String(fields[0]))
      default: break
      }
    }
    self.cues = NormSet(cues)
    self.before = before
    self.roles = NormSet(roles)
    self.pairs = pairs
  }
}

extension EntityRecognizer {
  /// Relabels as ORG the one-token places of `spans` that stand for a sports
  /// club (``SportsClubWords``), and the one-token persons that are a city's
  /// name after a pair that says a club (`signed for`); a caller's span (the first `keeping`) stays.
  func applySportsClubs(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, to spans: inout [(Range<Int>, EntityLabel)],
    keeping callerSpans: Int, clubs: inout Set<String>
  ) {
    let words = SportsClubWords.shared
    applyClubsBeforeRoles(tokens, bytes, to: &spans, keeping: callerSpans, clubs: &clubs)
    func isOneWordPlaceOrPerson(_ span: (Range<Int>, EntityLabel)) -> Bool {
      (span.1 == .location || span.1 == .person) && span.0.count == 1
    }
    guard spans.count > callerSpans, spans[callerSpans...].contains(where: isOneWordPlaceOrPerson) else { return }
    let hasCue = tokens.contains(where: { words.cues.contains($0.norm) })
    for position in spans.indices.dropFirst(callerSpans) where isOneWordPlaceOrPerson(spans[position]) {
      let name = spans[position].0.lowerBound
      guard name - 1 >= tokens.startIndex, let previous = words.before[tokens[name - 1].norm] else { continue }
      if !previous.isEmpty {
        guard name - 2 >= tokens.startIndex, previous.contains(tokens[name - 2].norm) else { continue }
      }
      // (Without a word of team sports, only after a pair that says it: `he signed for Hibernian`;
      // a city's name the tagger took for a person's only there: `he signed for Burnley`.)
      let afterPair = name - 2 >= tokens.startIndex && words.pairs.contains(tokens[name - 2].norm + " " + tokens[name - 1].norm)
      guard afterPair || hasCue && spans[position].1 == .location else { continue }
      guard EntityLexicons.shared.isCityOrRegion(bytes, tokens[name].utf8Range, cities: true, regions: false) else { continue }
      spans[position].1 = .organization
    }
  }

  /// `Chelsea coach Enzo Maresca`, `Arsenal manager Mikel Arteta`: a
  /// capitalized word inside the sentence, then a role in a team, then a
  /// person's name, is the club (ORG), whether the tagger typed it as a
  /// person or a place or missed it; not a country (`England captain Harry Kane`).
  /// The club's names go into `clubs`: the recognizer types their other
  /// one-word mentions in the document the same way.
  private func applyClubsBeforeRoles(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, to spans: inout [(Range<Int>, EntityLabel)],
    keeping callerSpans: Int, clubs: inout Set<String>
  ) {
    let roles = SportsClubWords.shared.roles
    guard tokens.contains(where: { roles.contains($0.norm) }) else { return }
    // The span holding each token (position in `spans`).
    let holding = Self.spanPositions(spans, in: tokens)
    for role in tokens.indices.dropFirst() where roles.contains(tokens[role].norm) {
      let club = role - 1
      guard isCapitalizedWord(club, tokens, bytes), !isCapitalizedWord(club - 1, tokens, bytes),
        !EntityLexicons.shared.isCommonWord(bytes, tokens[club].utf8Range) || Self.hasWord(before: club, in: tokens),
        // (A country's team stays its place: `England captain Harry Kane`.)
        EntityLexicons.shared.label(bytes, tokens[club].utf8Range) != .location
          || EntityLexicons.shared.isCityOrRegion(bytes, tokens[club].utf8Range, cities: true, regions: false)
      else { continue }
      // The person after the role.
      guard role + 1 < tokens.endIndex, case let next = holding[role + 1 - tokens.startIndex], next >= 0,
        spans[next].0.lowerBound == role + 1, spans[next].1 == .person, spans[next].0.count >= 2
      else {
        continue
      }
      if case let position = holding[club - tokens.startIndex], position >= 0 {
        guard position >= callerSpans, spans[position].0 == club..<(club + 1),
          spans[position].1 == .person || spans[position].1 == .location
        else { continue }
        spans[position].1 = .organization
      } else {
        spans.append((club..<(club + 1), .organization))
      }
      clubs.insert(UTF8Scanning.string(bytes, tokens[club].utf8Range))
    }
  }
}
