/// The quotes of a document grouped by who said them: by the speaker's
/// entity cluster, else by its resolved name, else by the words that name it.
/// Quotes without a speaker form no group.
struct SpeakerGroups {
  /// One speaker and its quotes.
  struct Group {
    /// The name shown: the resolved name, else the speaker as written.
    var name: String
    /// The distinct ways the text names the speaker (`il`, `Smith`), in order.
    var forms: [String]
    /// Indices into ``Analysis/quotes``, in order.
    var quotes: [Int]
  }

  /// The groups, by first appearance.
  private(set) var groups: [Group] = []
  /// For each quote, its group's index, or nil without a speaker.
  private(set) var groupOfQuote: [Int?] = []

  init(_ analysis: Analysis) {
    var indexOfKey: [String: Int] = [:]
    for (quoteIndex, quote) in analysis.quotes.enumerated() {
      guard let speaker = quote.speaker else {
        groupOfQuote.append(nil)
        continue
      }
      let written = Self.oneLine(analysis.text(of: speaker))
      let key: String =
        if let cluster = speaker.cluster { "c\(cluster)" } else if let resolved = speaker.resolved {
          "r" + resolved
        } else { "t" + written }
      let index: Int
      if let known = indexOfKey[key] {
        index = known
      } else {
        index = groups.count
        indexOfKey[key] = index
        groups.append(Group(name: speaker.resolved ?? written, forms: [], quotes: []))
      }
      if !groups[index].forms.contains(written) { groups[index].forms.append(written) }
      groups[index].quotes.append(quoteIndex)
      groupOfQuote.append(index)
    }
  }

  /// Text on one line: runs of whitespace become one space.
  static func oneLine(_ text: some StringProtocol) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
