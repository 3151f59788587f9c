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
    for line in EmbeddedResources.lines(EmbeddedResources.entities_aliases) {
      let fields = line.split(separator: "\t")
      guard fields.count == 3 else { continue }
      aliases[String(fields[0])] = (String(fields[1]), EntityLabel(rawValue: String(fields[2])))
    }
    self.aliases = aliases
  }

  private static let nameLabels: Set<EntityLabel> = [.person, .organization, .location, .product]

  /// Links `mentions`; a mention whose canonical name is in `fixed` (given
  /// by the caller's gazetteer) keeps its label and canonical name.
  func link(_ mentions: [Entity], analysis: Analysis, fixed: Set<String> = []) -> [Entity] {
    var mentions = mentions
    let names = mentions.indices.filter { Self.nameLabels.contains(mentions[$0].label) }
    // 1. Majority label per surface string.
    var votes: [String: [EntityLabel: Int]] = [:]
    for index in names { votes[text(mentions[index], analysis), default: [:]][mentions[index].label, default: 0] += 1 }
    for index in names {
      let name = text(mentions[index], analysis)
      let counts = votes[name] ?? [:]
      let top = counts.values.max() ?? 0
      let leaders = counts.filter { $0.value == top }.map(\.key)
      if leaders.count == 1, top > counts[mentions[index].label, default: 0] {
        mentions[index].label = leaders[0]
      } else if leaders.count > 1, leaders.contains(.person), startsWithFirstName(mentions[index], analysis) {
        // A tie between types: a name opening with a known first name is a person's.
        mentions[index].label = .person
      }
    }
    // 2. Occurrences of a known name that the tagger missed.
    mentions = addMissedOccurrences(mentions, analysis)
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
    var firstByText: [String: Int] = [:]
    for index in mentions.indices where Self.nameLabels.contains(mentions[index].label) {
      let key = text(mentions[index], analysis)
      if let first = firstByText[key], mentions[first].label == mentions[index].label {
        union(first, index)
      } else if firstByText[key] == nil {
        firstByText[key] = index
      }
    }
    // Partial person names (`Smith` → `Brad Smith`) and acronyms (`ACLU` →
    // `American Civil Liberties Union`), through indexes rather than pairs.
    var fullNamesByPart: [String: Int] = [:]
    var namesByInitials: [String: Int] = [:]
    for index in mentions.indices {
      let name = text(mentions[index], analysis)
      if mentions[index].label == .person {
        let words = name.split(separator: " ")
        if words.count >= 2 {
          for part in [String(words.last!), String(words.first!), words.dropFirst().joined(separator: " ")]
          where fullNamesByPart[part] == nil || text(mentions[fullNamesByPart[part]!], analysis).count < name.count {
            fullNamesByPart[part] = index
          }
        }
      } else if Self.nameLabels.contains(mentions[index].label) {
        let key = initials(name)
        if key.count >= 2, key != name, namesByInitials[key] == nil { namesByInitials[key] = index }
      }
    }
    for index in mentions.indices {
      let name = text(mentions[index], analysis)
      if mentions[index].label == .person, let full = fullNamesByPart[name], full != index,
        text(mentions[full], analysis).count > name.count
      {
        union(full, index)
      }
      if isAcronym(name), let full = namesByInitials[name], full != index {
        mentions[index].label = mentions[full].label
        union(full, index)
      }
    }
    // 4. Aliases (`Big Blue` → `IBM`, and the caller's canonical names):
    //    join the canonical name's cluster.
    for index in mentions.indices where fixed.contains(mentions[index].canonical) {
      let canonical = mentions[index].canonical
      if let target = firstByText[canonical] { union(target, index) }
    }
    for index in mentions.indices {
      guard let alias = aliases[text(mentions[index], analysis)] else { continue }
      mentions[index].label = alias.label
      if let target = firstByText[alias.canonical] {
        union(target, index)
      } else {
        mentions[index].canonical = alias.canonical
      }
    }
    // 5. Canonical names and cluster numbers (in order of first mention).
    var clusterNumber: [Int: Int] = [:]
    var longest: [Int: String] = [:]
    for index in mentions.indices {
      let root = find(index)
      let name: String
      if let alias = aliases[text(mentions[index], analysis)] {
        name = alias.canonical
      } else if fixed.contains(mentions[index].canonical) {
        name = mentions[index].canonical
      } else {
        name = text(mentions[index], analysis)
      }
      if name.count > (longest[root]?.count ?? 0) { longest[root] = name }
    }
    for index in mentions.indices {
      let root = find(index)
      if clusterNumber[root] == nil { clusterNumber[root] = clusterNumber.count }
      mentions[index].cluster = clusterNumber[root]!
      if let name = longest[root], !name.isEmpty { mentions[index].canonical = name }
    }
    return mentions
  }

  /// Adds mentions for exact re-occurrences of a tagged name (two or more
  /// letters, capitalized) that no mention covers.
  private func addMissedOccurrences(_ mentions: [Entity], _ analysis: Analysis) -> [Entity] {
    // Keys are substrings of the text: compared and hashed as strings, never copied.
    var known: [Substring: EntityLabel] = [:]
    var maxTokens = 1
    for mention in mentions where Self.nameLabels.contains(mention.label) {
      let name = analysis.text(of: mention)
      guard name.count >= 2, name.first?.isUppercase == true else { continue }
      if known[name] == nil { known[name] = mention.label }
      maxTokens = max(maxTokens, mention.tokenIndices.count)
      // `Smith` alone after `Brad Smith`: a person's last name names the person.
      if mention.label == .person, mention.tokenIndices.count >= 2 {
        let last = analysis.tokens[mention.tokenIndices.upperBound - 1]
        let surname = analysis.text(of: last)
        if surname.count >= 3, surname.first?.isUppercase == true, known[surname] == nil { known[surname] = .person }
      }
    }
    guard !known.isEmpty else { return mentions }
    var covered = [Bool](repeating: false, count: analysis.tokens.count)
    for mention in mentions { for index in mention.tokenIndices { covered[index] = true } }
    var added = mentions
    let utf8 = analysis.text.utf8
    for sentence in analysis.sentences {
      var index = sentence.tokenIndices.lowerBound
      while index < sentence.tokenIndices.upperBound {
        var matched = false
        // Every known name opens with a capital: text that opens with another
        // ASCII character (a lower-case word, a digit, a mark) is none of them.
        let firstByte = utf8[utf8.index(utf8.startIndex, offsetBy: analysis.tokens[index].utf8Range.lowerBound)]
        let lengths = firstByte < 0x80 && !(firstByte >= 0x41 && firstByte <= 0x5A) ? 0 : min(maxTokens, sentence.tokenIndices.upperBound - index)
        for length in stride(from: lengths, through: 1, by: -1) {
          let range = index..<(index + length)
          guard !range.contains(where: { covered[$0] }) else { continue }
          let first = analysis.tokens[range.lowerBound]
          let last = analysis.tokens[range.upperBound - 1]
          let lower = utf8.index(utf8.startIndex, offsetBy: first.utf8Range.lowerBound)
          let upper = utf8.index(utf8.startIndex, offsetBy: last.utf8Range.upperBound)
          let name = analysis.text[lower..<upper]
          if let label = known[name] {
            added.append(
              Entity(
                start: first.start, end: last.end, utf8Range: first.utf8Range.lowerBound..<last.utf8Range.upperBound,
                tokenIndices: range, label: label, canonical: String(name), cluster: 0))
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

  private func text(_ mention: Entity, _ analysis: Analysis) -> String { String(analysis.text(of: mention)) }

  private func startsWithFirstName(_ mention: Entity, _ analysis: Analysis) -> Bool {
    guard mention.tokenIndices.count >= 2 else { return false }
    var text = analysis.text
    let range = analysis.tokens[mention.tokenIndices.lowerBound].utf8Range
    return text.withUTF8 { EntityLexicons.shared.isFirstName($0, range) }
  }

  private func isAcronym(_ name: String) -> Bool {
    name.count >= 2 && name.count <= 6 && name.allSatisfy { $0.isUppercase || $0 == "." }
  }

  /// `American Civil Liberties Union` → `ACLU` (function words skipped).
  private func initials(_ name: String) -> String {
    String(
      name.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { word in
        word.first.flatMap { $0.isUppercase ? $0 : nil }
      })
  }
}
