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
    case aux, adverb, negation, that, he, me, det, source, naming, stop, prep

    /// The class named `name` in the table.
    static func named(_ name: Substring) -> WordClass? {
      allCases.first { "\($0)" == name }
    }
  }

  private(set) var marks: [Mark] = []
  private let classes: [(WordClass, FoldedLexicon)]
  private let frenchVerbs: FoldedLexicon
  private let englishVerbs: FoldedLexicon

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
    var byClass: [WordClass: [Substring]] = [:]
    for line in EmbeddedResources.lines(EmbeddedResources.quotes_functionWords) {
      let fields = line.split(separator: "\t")
      guard fields.count == 2, let wordClass = WordClass.named(fields[1]) else { continue }
      byClass[wordClass, default: []].append(fields[0])
    }
    classes = WordClass.allCases.map { ($0, FoldedLexicon(byClass[$0] ?? [], caseInsensitive: true)) }
    frenchVerbs = FoldedLexicon(EmbeddedResources.lines(EmbeddedResources.quotes_reportingVerbsFr), caseInsensitive: true)
    englishVerbs = FoldedLexicon(EmbeddedResources.lines(EmbeddedResources.quotes_reportingVerbsEn), caseInsensitive: true)
  }

  /// The index of the mark spelled by `bytes[range]`, if any.
  func mark(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    guard range.count <= 3 else { return nil }
    for (index, mark) in marks.enumerated() where mark.bytes.count == range.count {
      if zip(mark.bytes, range).allSatisfy({ $0 == bytes[$1] }) { return index }
    }
    return nil
  }

  /// Whether `bytes[range]` belongs to `wordClass`.
  func isWord(_ wordClass: WordClass, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    classes[wordClass.rawValue].1.contains(bytes, range)
  }

  /// Whether `bytes[range]` is a reporting-verb form of `language`.
  func isReportingVerb(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, english: Bool) -> Bool {
    (english ? englishVerbs : frenchVerbs).contains(bytes, range)
  }
}
