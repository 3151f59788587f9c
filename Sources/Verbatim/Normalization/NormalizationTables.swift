/// The normalization steps' data tables, parsed from the embedded resource
/// files (`Resources/normalization/`) at first use.
enum NormalizationTables {
  /// Typographic characters and their ASCII replacements (`typography.txt`);
  /// an empty replacement removes the character.
  static let typography: [UInt32: [UInt8]] = parseScalarTable(EmbeddedResources.normalization_typography)

  /// Letters the accents step folds beyond dropping marks (`accents.txt`).
  static let accents: [UInt32: [UInt8]] = parseScalarTable(EmbeddedResources.normalization_accents)

  /// A named HTML entity: its code point and whether browsers accept it
  /// without the final `;`.
  struct Entity: Sendable {
    /// The character, as UTF-8.
    var utf8: [UInt8]
    /// Whether the name is decoded without its final `;` too.
    var legacy: Bool
  }

  /// Named HTML entities by name (`html-entities.txt`).
  static let entities: [String: Entity] = {
    var table: [String: Entity] = [:]
    for line in EmbeddedResources.lines(EmbeddedResources.normalization_htmlEntities) {
      let fields = columns(line)
      guard fields.count >= 2, let value = UInt32(fields[1], radix: 16), let scalar = Unicode.Scalar(value)
      else { continue }
      table[String(fields[0])] = Entity(utf8: Array(String(scalar).utf8), legacy: fields.count > 2 && fields[2] == "legacy")
    }
    return table
  }()

  /// Known HTML element names (lowercase), `true` for block elements (`html-elements.txt`).
  static let elements: [String: Bool] = {
    var table: [String: Bool] = [:]
    for line in EmbeddedResources.lines(EmbeddedResources.normalization_htmlElements) {
      let fields = columns(line)
      guard let name = fields.first else { continue }
      table[String(name)] = fields.count > 1 && fields[1] == "block"
    }
    return table
  }()

  /// The fields of a table line, up to a `#` comment.
  private static func columns(_ line: Substring) -> [Substring] {
    var fields: [Substring] = []
    for field in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
      if field.hasPrefix("#") { break }
      fields.append(field)
    }
    return fields
  }

  /// Parses `hex replacement-hex…` lines (`-` for an empty replacement).
  private static func parseScalarTable(_ text: String) -> [UInt32: [UInt8]] {
    var table: [UInt32: [UInt8]] = [:]
    for line in EmbeddedResources.lines(text) {
      let fields = columns(line)
      guard fields.count >= 2, let key = UInt32(fields[0], radix: 16) else { continue }
      var bytes: [UInt8] = []
      for field in fields.dropFirst() where field != "-" {
        guard let value = UInt32(field, radix: 16), let scalar = Unicode.Scalar(value) else { continue }
        bytes.append(contentsOf: String(scalar).utf8)
      }
      table[key] = bytes
    }
    return table
  }
}
