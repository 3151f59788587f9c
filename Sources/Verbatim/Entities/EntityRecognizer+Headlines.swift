extension EntityRecognizer {
  /// The fewest words the body of a document (its sentences that are no
  /// headline) must have for its names to vouch for the headline's.
  static let headlineBodyWords = 30

  /// Names in a title-case or all-capitals headline (`Apple Unveils iPhone
  /// 16 With New AI Features`), where a capital says nothing, are kept only
  /// where the body vouches for them: the same name found in the body, a
  /// listed name (company, place, product), an organization's name ending
  /// on its suffix or head, or a one-word part of a person's name found
  /// there (`Altman`). Otherwise the longest run of
  /// its words that is a name of the body takes its place, with that name's
  /// label (`Apple Unveils` → `Apple`), or the mention goes, unless it is a
  /// person's name opening on a listed first name. Nothing changes
  /// when the body is too short to tell (``headlineBodyWords``) or for a
  /// caller's name (`fixed`, token ranges).
  ///
  /// `headlines` are the token ranges of the headline sentences; `found`
  /// the document's mentions, in text order, before linking.
  func supportHeadlineMentions(
    _ found: inout [Entity], headlines: [Range<Int>], fixed: Set<Range<Int>>, _ analysis: Analysis,
    _ bytes: UnsafeBufferPointer<UInt8>
  ) {
    guard !headlines.isEmpty else { return }
    func inHeadline(_ mention: Entity) -> Bool {
      headlines.contains { $0.contains(mention.tokenIndices.lowerBound) }
    }
    let headlineWords = headlines.reduce(0) { count, range in
      count + analysis.tokens[range].reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
    }
    let bodyWords = analysis.tokens.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) } - headlineWords
    guard bodyWords >= Self.headlineBodyWords else { return }
    // The body's names and their labels; the words of its persons' names.
    // (A name's label is the one most of its mentions have: `Trump` is no organization
    // because of one `Trump campaign`.)
    var labelCounts: [String: [EntityLabel: Int]] = [:]
    var personWords = Set<String>()
    for mention in found where Self.nameLabels.contains(mention.label) && !inHeadline(mention) {
      let text = UTF8Scanning.string(bytes, mention.utf8Range)
      labelCounts[text, default: [:]][mention.label, default: 0] += 1
      if mention.label == .person {
        for index in mention.tokenIndices where analysis.tokens[index].kind == .word {
          personWords.insert(UTF8Scanning.string(bytes, analysis.tokens[index].utf8Range))
        }
      }
    }
    let bodyNames = labelCounts.mapValues { counts in
      counts.max { $0.value < $1.value || $0.value == $1.value && $0.key.rawValue > $1.key.rawValue }!.key
    }
    let lexicons = EntityLexicons.shared
    var kept: [Entity] = []
    for var mention in found {
      guard Self.nameLabels.contains(mention.label), !fixed.contains(mention.tokenIndices), inHeadline(mention) else {
        kept.append(mention)
        continue
      }
      let text = UTF8Scanning.string(bytes, mention.utf8Range)
      let listedProduct = mention.label == .product
        && mention.tokenIndices.contains(where: { lexicons.isProductWord(bytes, analysis.tokens[$0].utf8Range) })
      let surname = mention.tokenIndices.count == 1 && mention.label == .person && personWords.contains(text)
      // (An organization's name ending on its suffix or head says what it is: `Black Caucus Foundation`.)
      let headed = mention.label == .organization && mention.tokenIndices.count >= 2
        && lexicons.isOrganizationHeadWord(bytes, analysis.tokens[mention.tokenIndices.upperBound - 1].utf8Range)
      if bodyNames[text] != nil || lexicons.label(bytes, mention.utf8Range) != nil || listedProduct || surname || headed {
        kept.append(mention)
        continue
      }
      // The longest run of its words that the body names (two words at
      // least of a person's name opening on a first name: not `Renee` of `Renee Ratcliff`).
      let range = mention.tokenIndices
      let firstNamed = mention.label == .person && lexicons.isFirstName(bytes, analysis.tokens[range.lowerBound].utf8Range)
      var best: (Range<Int>, EntityLabel)?
      search: for length in stride(from: range.count - 1, through: firstNamed ? 2 : 1, by: -1) {
        for start in range.lowerBound...(range.upperBound - length) {
          let run = start..<(start + length)
          let utf8 = analysis.tokens[run.lowerBound].utf8Range.lowerBound..<analysis.tokens[run.upperBound - 1].utf8Range.upperBound
          let runText = UTF8Scanning.string(bytes, utf8)
          if let label = bodyNames[runText] {
            // (A word of a person's name in the body is that person's: `Trump` of `Donald Trump`.)
            best = (run, length == 1 && personWords.contains(runText) ? .person : label)
            break search
          }
        }
      }
      guard let (run, label) = best else {
        // (A person's name opening on a listed first name stands on its own: `Follow Pam Key on Twitter`.)
        if firstNamed {
          kept.append(mention)
        }
        continue
      }
      let first = analysis.tokens[run.lowerBound], last = analysis.tokens[run.upperBound - 1]
      mention.start = first.start
      mention.end = last.end
      mention.utf8Range = first.utf8Range.lowerBound..<last.utf8Range.upperBound
      mention.tokenIndices = run
      mention.label = label
      mention.canonical = UTF8Scanning.string(bytes, mention.utf8Range)
      kept.append(mention)
    }
    found = kept
  }
}
