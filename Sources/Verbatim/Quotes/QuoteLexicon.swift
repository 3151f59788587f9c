internal import CVerbatimModels

/// The tables the quote extractor reads, loaded once from
/// `Resources/quotes/`: the quotation-mark pairing table, the reporting
/// verbs of each language and the function words around them.
struct QuoteLexicon: Sendable {
  /// How a quotation mark behaves (`Resources/quotes/quote-marks.txt`).
  enum MarkRole: Sendable {
    /// Always opens (`«`, `„`).
    case open
    /// Always closes (`»`).
    case close
    /// Context decides (`"`, `“`, `”`).
    case either
    /// A curly single mark, which is far more often an apostrophe.
    case single
  }

  /// One row of the pairing table.
  struct Mark: Sendable {
    /// The mark's UTF-8 bytes (`''` is two apostrophe tokens).
    var bytes: [UInt8]
    var role: MarkRole
    /// Bit `i` set: mark `i` may close a quote this mark opens.
    var closers: UInt32
  }

  /// Word classes of `Resources/quotes/function-words.txt`.
  enum WordClass: Int, CaseIterable, Sendable {
    case aux, adverb, negation, that, he, me, det, source, naming, stop, prep, informant
    /// A verb of saying only before `that` (English only: the table's `fr`
    /// field would need a bit past the mask's 32).
    case thatverb

    /// The class named `name` in the table.
    static func named(_ name: Substring) -> WordClass? {
      names[name]
    }

    /// Each class by its name in the table (the case name).
    private static let names: [Substring: WordClass] = Dictionary(
      uniqueKeysWithValues: allCases.map { (Substring("\($0)"), $0) })
  }

  private(set) var marks: [Mark] = []
  /// Every word of the tables, case-insensitive: bit `WordClass.rawValue`
  /// for its classes, ``frenchVerb`` and ``englishVerb`` for the verbs.
  private var words: LexiconTable
  static let frenchVerb: UInt32 = 1 << 16
  static let englishVerb: UInt32 = 1 << 17
  /// An office or job (`président`, `CEO`, `spokesman`; `Resources/entities/person-titles.txt`).
  static let role: UInt32 = 1 << 18
  /// Word classes that hold in French only (a `fr` third field) sit this
  /// many bits up: bit `frenchOnlyShift + WordClass.rawValue`.
  static let frenchOnlyShift: UInt32 = 20

  /// The word classes of a ``mask(_:_:)`` result in a text of the given
  /// language (bit `WordClass.rawValue`).
  static func classes(_ mask: UInt32, english: Bool) -> UInt32 {
    mask & classBits | (english ? 0 : mask >> frenchOnlyShift & classBits)
  }

  /// One bit per ``WordClass``.
  private static let classBits: UInt32 = UInt32(1) << UInt32(WordClass.allCases.count) - 1

  static let shared = QuoteLexicon()

  init() {
    var rows: [(mark: Substring, role: MarkRole, closers: [Substring])] = []
    for line in EmbeddedResources.lines(EmbeddedResources.quotes_quoteMarks) {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 2 else { continue }
      let role: MarkRole
      switch fields[1] {
      case "open": role = .open
      case "close": role = .close
      case "single": role = .single
      default: role = .either
      }
      rows.append((fields[0], role, fields.count > 2 ? fields[2].split(separator: " ") : []))
    }
    for row in rows {
      var closers: UInt32 = 0
      for closer in row.closers {
        if let index = rows.firstIndex(where: { $0.mark == closer }) { closers |= 1 << UInt32(index) }
      }
      marks.append(Mark(bytes: Array(row.mark.utf8), role: row.role, closers: closers))
    }
    if let compiled = Self.compiledInWords() {
      words = compiled
      return
    }
    words = Self.buildWords()
  }

  /// The fingerprint of the text tables the word table is built from.
  static var wordSource: UInt64 {
    ResourceFingerprints.combined([
      ResourceFingerprints.quotes_functionWords, ResourceFingerprints.quotes_reportingVerbsFr,
      ResourceFingerprints.quotes_reportingVerbsEn, ResourceFingerprints.entities_personTitles,
    ])
  }

  /// The word table of the snapshot compiled into the library
  /// (`Scripts/build-lexicon-snapshots`), if it is current.
  static func compiledInWords() -> LexiconTable? {
    var size = 0
    let bytes = UnsafeRawBufferPointer(start: cverbatim_quote_lexicon(&size), count: size)
    return LexiconTable(snapshot: bytes, source: wordSource)
  }

  /// The word table as a snapshot for `Sources/CVerbatimModels/quote-lexicon.bin`.
  static func wordSnapshot() -> [UInt8] {
    buildWords().snapshot(extra: [], source: wordSource)
  }

  /// Builds the word table from the text tables.
  static func buildWords() -> LexiconTable {
    var words = LexiconTable(capacity: 16_384)
    func insert(_ word: Substring, _ mask: UInt32) {
      var word = String(word)
      word.withUTF8 { words.insert($0, mask: mask, folding: .caseless) }
    }
    for line in EmbeddedResources.lines(EmbeddedResources.quotes_functionWords) {
      let fields = line.split(separator: "\t")
      guard fields.count == 2 || fields.count == 3 && fields[2] == "fr", let wordClass = WordClass.named(fields[1]),
        fields.count == 2 || UInt32(wordClass.rawValue) + frenchOnlyShift < 32
      else { continue }
      insert(fields[0], (1 << UInt32(wordClass.rawValue)) << (fields.count == 3 ? frenchOnlyShift : 0))
    }
    EmbeddedResources.forEachLine(EmbeddedResources.quotes_reportingVerbsFr) {
      words.insert($0, mask: frenchVerb, folding: .caseless)
    }
    EmbeddedResources.forEachLine(EmbeddedResources.quotes_reportingVerbsEn) {
      words.insert($0, mask: englishVerb, folding: .caseless)
    }
    for line in EmbeddedResources.lines(EmbeddedResources.entities_personTitles) {
      let fields = line.split(separator: "\t")
      if fields.count >= 2, fields[1].hasPrefix("role"), !fields[0].contains(" ") { insert(fields[0], role) }
    }
    return words
  }

  /// The index of the mark spelled by `bytes[range]`, if any.
  func mark(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    guard range.count <= 3 else { return nil }
    for (index, mark) in marks.enumerated() where mark.bytes.count == range.count {
      if zip(mark.bytes, range).allSatisfy({ $0 == bytes[$1] }) { return index }
    }
    return nil
  }

  /// The classes (bit `WordClass.rawValue`) and verb bits of `bytes[range]`.
  func mask(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32 {
    words.mask(bytes, range)
  }
}
