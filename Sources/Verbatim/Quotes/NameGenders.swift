/// The gender a person's first name or title gives them, for pronouns:
/// `she` and `elle` are not the last man named, `he` and `il` not the last
/// woman (`Resources/quotes/name-genders.txt`, built by `Scripts/build-name-genders`).
struct NameGenders: Sendable {
  /// A person's grammatical gender.
  enum Gender: Sendable { case masculine, feminine }

  /// Listed first names and their gender.
  private let byName: [String: Gender]

  /// The table compiled into the library (read on first use).
  static let shared = NameGenders(table: EmbeddedResources.quotes_nameGenders)

  /// Reads `name<TAB>m|f` rows.
  init(table: String) {
    var byName: [String: Gender] = [:]
    for fields in EmbeddedResources.rows(table) where fields.count >= 2 {
      byName[String(fields[0])] = fields[1] == "f" ? .feminine : fields[1] == "m" ? .masculine : nil
    }
    self.byName = byName
  }

  /// The gender of the first name opening `name` (`Hillary Clinton`, `Jean-Marie Le Pen`), if listed.
  func gender(ofName name: String) -> Gender? {
    let first = name.split(separator: " ", maxSplits: 1).first.map(String.init) ?? name
    return byName[first]
  }

  /// The gender a title before a name gives (`M.`, `Mme`, `Mr.`, `Mrs.`, `Ms.`), as a token's norm.
  static func gender(ofTitle norm: String) -> Gender? {
    switch norm {
    case "m.", "mr.", "mr", "monsieur", "sir": return .masculine
    case "mme", "mme.", "mrs.", "mrs", "ms.", "ms", "madame", "mlle", "miss": return .feminine
    default: return nil
    }
  }

  /// The gender a subject pronoun asks for (`she`, `elle`, `he`, `il`), as a token's norm; nil for the others.
  static func gender(ofPronoun norm: String) -> Gender? {
    switch norm {
    case "she", "elle": return .feminine
    case "he", "il": return .masculine
    default: return nil
    }
  }
}
