/// The aliases of `Resources/entities/aliases.txt` written as names (a
/// capital first: `Big Blue`, `Wall Street`, `Outre-Manche`), found in text
/// as rules: the tagger need not have seen them, and the ``DocumentLinker``
/// then links each to the entity it stands for (`Big Blue` → `IBM`).
/// Matched case-sensitively, token by token, the words of an alias being
/// separate tokens in the text.
struct AliasNames: Sendable {
  private struct Entry: Sendable {
    var words: [[UInt8]]
    var label: EntityLabel
  }

  /// The first word of every alias (a quick "can an alias start here").
  private var firstWords = NormSet([String]())
  /// The aliases, longest first.
  private let entries: [Entry]

  static let shared = AliasNames(EmbeddedResources.entities_aliases)

  /// Reads alias lines (`alias<TAB>canonical<TAB>label`); aliases that do
  /// not start with a capital are left to the linker.
  init(_ table: String) {
    var entries: [Entry] = []
    for fields in EmbeddedResources.rows(table) {
      guard fields.count == 3, let first = fields[0].unicodeScalars.first, first.properties.isUppercase else { continue }
      let words = fields[0].split(separator: " ").map { Array($0.utf8) }
      entries.append(Entry(words: words, label: EntityLabel(rawValue: String(fields[2]))))
    }
    self.entries = entries.sorted { $0.words.count > $1.words.count }
    for entry in self.entries {
      entry.words[0].withUnsafeBufferPointer { firstWords.insert($0) }
    }
  }

  /// The aliases among `tokens`: token index ranges (of `tokens`) and
  /// labels, in order, not overlapping, the longest alias at each start.
  func matches(_ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> [(Range<Int>, EntityLabel)] {
    var found: [(Range<Int>, EntityLabel)] = []
    var index = tokens.startIndex
    while index < tokens.endIndex {
      let range = tokens[index].utf8Range
      // Aliases start with a capital: an ASCII capital or a non-ASCII lead byte.
      let lead = bytes[range.lowerBound]
      guard (lead >= 0x41 && lead <= 0x5A) || lead >= 0xC0, firstWords.contains(bytes, range) else {
        index += 1
        continue
      }
      let match = entries.first { entry in
        index + entry.words.count <= tokens.endIndex
          && entry.words.indices.allSatisfy { word in
            let token = tokens[index + word]
            // Separate words: some space before each after the first.
            return (word == 0 || token.utf8Range.lowerBound > tokens[index + word - 1].utf8Range.upperBound)
              && entry.words[word].elementsEqual(UnsafeBufferPointer(rebasing: bytes[token.utf8Range]))
          }
      }
      if let match {
        found.append((index..<(index + match.words.count), match.label))
        index += match.words.count
      } else {
        index += 1
      }
    }
    return found
  }
}
