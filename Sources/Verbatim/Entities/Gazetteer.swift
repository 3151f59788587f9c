/// Names and patterns a caller adds to entity recognition. Its entries win
/// over the model and the rules: every occurrence of an entry's text (as a
/// whole token sequence) becomes a mention with the entry's label, and
/// `canonical` when given.
///
/// The JSON form (the CLI's `--gazetteer FILE`):
/// ```json
/// {"entries": [{"text": "AnyVision", "label": "ORG"},
///              {"text": "Big Blue", "label": "ORG", "canonical": "IBM"},
///              {"text": "Face API", "label": "PRODUCT", "caseSensitive": false}]}
/// ```
public struct Gazetteer: Sendable, Hashable {
  /// One name.
  public struct Entry: Sendable, Hashable {
    /// The name as it appears in text.
    public var text: String
    /// The label its mentions get.
    public var label: EntityLabel
    /// The canonical name of its entity, if different from `text`.
    public var canonical: String?
    /// Whether case must match (default true).
    public var caseSensitive: Bool

    /// Creates an entry.
    public init(text: String, label: EntityLabel, canonical: String? = nil, caseSensitive: Bool = true) {
      self.text = text
      self.label = label
      self.canonical = canonical
      self.caseSensitive = caseSensitive
    }
  }

  /// The entries.
  public var entries: [Entry]

  /// Creates a gazetteer from entries.
  public init(entries: [Entry] = []) { self.entries = entries }

  /// Parses the JSON form.
  /// - Throws: ``VerbatimError`` `.invalidJSON` naming what is wrong.
  public init(json: String) throws(VerbatimError) {
    var json = json
    let parsed: Result<JSONValue, VerbatimError> = json.withUTF8 { bytes in
      Result { () throws(VerbatimError) -> JSONValue in
        var scanner = JSONScanner(bytes)
        let value = try scanner.parseValue()
        scanner.skipSpace()
        guard scanner.index == bytes.count else { throw scanner.error("unexpected data after the gazetteer") }
        return value
      }
    }
    let value = try parsed.get()
    guard case .object(let object) = value, case .array(let items)? = object["entries"] else {
      throw VerbatimError(.invalidJSON, "a gazetteer is an object with an \"entries\" array")
    }
    var entries: [Entry] = []
    for (position, item) in items.enumerated() {
      guard case .object(let fields) = item, case .string(let text)? = fields["text"], !text.isEmpty,
        case .string(let label)? = fields["label"]
      else {
        throw VerbatimError(.invalidJSON, "entry \(position + 1) needs a non-empty \"text\" and a \"label\"")
      }
      let known: Set<String> = ["PERSON", "ORG", "LOC", "PRODUCT", "MONEY", "DATE", "PERCENT"]
      guard known.contains(label) else {
        throw VerbatimError(.invalidJSON, "entry \(position + 1): unknown label '\(label)' (one of \(known.sorted().joined(separator: ", ")))")
      }
      var canonical: String? = nil
      if case .string(let value)? = fields["canonical"] {
        guard !value.isEmpty else { throw VerbatimError(.invalidJSON, "entry \(position + 1): \"canonical\" is empty (leave it out)") }
        canonical = value
      }
      var caseSensitive = true
      if case .bool(let value)? = fields["caseSensitive"] { caseSensitive = value }
      entries.append(Entry(text: text, label: EntityLabel(rawValue: label), canonical: canonical, caseSensitive: caseSensitive))
    }
    self.entries = entries
  }

  /// Mentions of entries in one sentence: (token range, entry index), the
  /// longest entry first at each position.
  func matches(_ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> [(Range<Int>, Int)] {
    guard !entries.isEmpty else { return [] }
    let patterns = entries.map { Array($0.text.unicodeScalars) }
    var found: [(Range<Int>, Int)] = []
    var index = tokens.startIndex
    while index < tokens.endIndex {
      var best: (end: Int, entry: Int)? = nil
      for (entryIndex, entry) in entries.enumerated() {
        let pattern = patterns[entryIndex]
        // Compare the entry with the text from this token on, at token boundaries only.
        var end = index
        var consumed = 0
        while end < tokens.endIndex && consumed < pattern.count {
          let token = tokens[end]
          if end > index {
            // White space between tokens matches one space in the entry.
            guard pattern[consumed] == " " else { break }
            consumed += 1
          }
          var offset = token.utf8Range.lowerBound
          var matches = true
          while offset < token.utf8Range.upperBound {
            let (scalar, length) = UTF8Scanning.decode(bytes, at: offset)
            guard consumed < pattern.count, Self.equal(scalar, pattern[consumed], entry.caseSensitive) else {
              matches = false
              break
            }
            consumed += 1
            offset += length
          }
          guard matches else { break }
          end += 1
        }
        if consumed == pattern.count && end > index && end > (best?.end ?? 0) { best = (end, entryIndex) }
      }
      if let best {
        found.append((index..<best.end, best.entry))
        index = best.end
      } else {
        index += 1
      }
    }
    return found
  }

  private static func equal(_ a: Unicode.Scalar, _ b: Unicode.Scalar, _ caseSensitive: Bool) -> Bool {
    if a == b { return true }
    if (a == "’" && b == "'") || (a == "'" && b == "’") { return true }
    guard !caseSensitive else { return false }
    return a.properties.lowercaseMapping == b.properties.lowercaseMapping
  }
}
