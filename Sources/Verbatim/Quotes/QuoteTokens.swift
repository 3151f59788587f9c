/// A document seen by the quote extractor: per-token facts computed once
/// (word classes, reporting verbs, quote marks, entities, sentence and
/// paragraph numbers), so the patterns test bits instead of text.
struct QuoteTokens {
  /// Facts about one token.
  struct Flags: OptionSet {
    var rawValue: UInt32
    static let word = Flags(rawValue: 1 << 0)
    static let verb = Flags(rawValue: 1 << 1)
    static let aux = Flags(rawValue: 1 << 2)
    static let adverb = Flags(rawValue: 1 << 3)
    static let negation = Flags(rawValue: 1 << 4)
    static let that = Flags(rawValue: 1 << 5)
    static let he = Flags(rawValue: 1 << 6)
    static let me = Flags(rawValue: 1 << 7)
    static let det = Flags(rawValue: 1 << 8)
    static let source = Flags(rawValue: 1 << 9)
    static let naming = Flags(rawValue: 1 << 10)
    static let stop = Flags(rawValue: 1 << 11)
    static let capitalized = Flags(rawValue: 1 << 12)
    static let comma = Flags(rawValue: 1 << 13)
    static let colon = Flags(rawValue: 1 << 14)
    /// `.`, `!`, `?`, `…`
    static let final = Flags(rawValue: 1 << 15)
    /// `-`, `–`, `—`
    static let dash = Flags(rawValue: 1 << 16)
    static let mark = Flags(rawValue: 1 << 17)
    static let openBracket = Flags(rawValue: 1 << 18)
    static let closeBracket = Flags(rawValue: 1 << 19)
    /// A space (or the paragraph start) before the token.
    static let spaceBefore = Flags(rawValue: 1 << 20)
    /// A space (or the paragraph end) after the token.
    static let spaceAfter = Flags(rawValue: 1 << 21)
    static let english = Flags(rawValue: 1 << 22)
    static let punctuation = Flags(rawValue: 1 << 23)
    /// The euphonic `t` of `a-t-il`.
    static let euphonicT = Flags(rawValue: 1 << 24)
    /// `to` after `according`.
    static let to = Flags(rawValue: 1 << 25)
    /// A `-ant`/`-ing` form (a participle introducing speech: `annonçant que`).
    static let participle = Flags(rawValue: 1 << 26)
    /// An inverted subject pronoun glued to its verb (`-t-il`, `-elle`).
    static let inverted = Flags(rawValue: 1 << 27)
    static let prep = Flags(rawValue: 1 << 28)
    static let informant = Flags(rawValue: 1 << 29)
    static let role = Flags(rawValue: 1 << 30)
    /// A verb of saying only before `that` (`notes`, `charges`): the
    /// tokens set ``verb`` on it where the words around it say it is one.
    static let thatVerb = Flags(rawValue: 1 << 31)
  }

  let analysis: Analysis
  let bytes: UnsafeBufferPointer<UInt8>
  private(set) var flags: [Flags] = []
  /// The quote-mark table row of each mark token (`-1` elsewhere).
  private(set) var markOf: [Int8] = []
  /// The entity each token belongs to (`-1` for none).
  private(set) var entityOf: [Int32] = []
  private(set) var sentenceOf: [Int32] = []
  private(set) var paragraphOf: [Int32] = []

  var count: Int { flags.count }

  init(_ analysis: Analysis, _ bytes: UnsafeBufferPointer<UInt8>, lexicon: QuoteLexicon) {
    self.analysis = analysis
    self.bytes = bytes
    let tokens = analysis.tokens
    flags = Array(repeating: [], count: tokens.count)
    markOf = Array(repeating: -1, count: tokens.count)
    entityOf = Array(repeating: -1, count: tokens.count)
    sentenceOf = Array(repeating: 0, count: tokens.count)
    paragraphOf = Array(repeating: 0, count: tokens.count)
    for (index, entity) in analysis.entities.enumerated() {
      for token in entity.tokenIndices { entityOf[token] = Int32(index) }
    }
    for (index, sentence) in analysis.sentences.enumerated() {
      for token in sentence.tokenIndices { sentenceOf[token] = Int32(index) }
    }
    for (index, paragraph) in analysis.paragraphs.enumerated() {
      let english = paragraph.language.language == .english
      let sentences = paragraph.sentenceIndices
      guard !sentences.isEmpty else { continue }
      let tokenRange =
        analysis.sentences[sentences.lowerBound].tokenIndices.lowerBound..<analysis.sentences[sentences.upperBound - 1]
        .tokenIndices.upperBound
      for token in tokenRange {
        paragraphOf[token] = Int32(index)
        var f = classify(tokens[token], english: english, lexicon: lexicon)
        if token == tokenRange.lowerBound || tokens[token - 1].end < tokens[token].start { f.insert(.spaceBefore) }
        if token + 1 == tokenRange.upperBound || tokens[token].end < tokens[token + 1].start { f.insert(.spaceAfter) }
        if f.contains(.punctuation), let mark = lexicon.mark(bytes, tokens[token].utf8Range) {
          f.insert(.mark)
          markOf[token] = Int8(mark)
        }
        flags[token] = f
      }
      // `according to`, `d'après` (the tokenizer splits the elision), `a-t-il`.
      // (Byte counts first: most tokens are none of these words.)
      for token in tokenRange.dropFirst() {
        let norm = tokens[token].norm.utf8
        if norm.count == 2 && flags[token - 1].contains(.source) && tokens[token].norm == "to" { flags[token].insert(.to) }
        if norm.count == 6 && tokens[token].norm == "après" && tokens[token - 1].norm == "d'"
          && !flags[token].contains(.spaceBefore)
        {
          flags[token - 1].insert(.source)
          flags[token].insert(.to)
        }
        if norm.count == 1 && tokens[token].norm == "t" && flags[token - 1].contains(.dash) && token + 1 < tokenRange.upperBound
          && flags[token + 1].contains(.dash)
        {
          flags[token].insert(.euphonicT)
        }
        if flags[token].contains(.thatVerb) && isThatVerb(at: token) { flags[token].insert(.verb) }
        // (A French verb's form right after a determiner that is no object
        // pronoun is a noun: `un conseiller de Matignon reconnaît`, `des
        // témoins`; not `il le dit`, `elle l'accuse`.)
        if flags[token].contains(.verb), !flags[token].contains(.english),
          Self.nounDeterminers.contains(tokens[token - 1].norm)
        {
          flags[token].remove(.verb)
        }
        // `a fait savoir`, `fait valoir`, `faisant remarquer`: `faire` and an
        // infinitive report speech together (the form of `faire` as an auxiliary).
        if !flags[token].contains(.english), IndirectSpeechWords.shared.faireInfinitives.contains(tokens[token].norm),
          IndirectSpeechWords.shared.faireForms.contains(tokens[token - 1].norm)
        {
          flags[token].insert(.verb)
          flags[token - 1].insert(.aux)
          if tokens[token - 1].norm == "faisant" { flags[token].insert(.participle) }
        }
      }
    }
  }

  /// French determiners that are never object pronouns (norms): a verb's
  /// form after one is a noun.
  private static let nounDeterminers: Set<String> = [
    "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leurs", "mon", "ma", "mes", "notre",
    "nos", "votre", "vos", "chaque", "plusieurs", "quelques", "aucun", "aucune",
  ]

  /// Whether the ``Flags/thatVerb`` word at `index` reports speech: `that`
  /// or a subject pronoun follows it, and before it (past two adverbs at most: `Trump also
  /// charges that`) stands a pronoun, an informant noun (`the report states
  /// that`) or a capitalized word that is no determiner (`Mr. McKinley
  /// notes that`), not `the charges that he faces`, `his notes that`.
  private func isThatVerb(at index: Int) -> Bool {
    // (Or a subject pronoun: `Lynch notes they were appointed before …`.)
    guard index + 1 < count,
      flags[index + 1].contains(.that) || index + 2 < count && flags[index + 1].contains(.he) && flags[index + 2].contains(.word)
    else { return false }
    var previous = index - 1
    while previous >= 0 && previous >= index - 2 && flags[previous].contains(.adverb) && !flags[previous].contains(.det) {
      previous -= 1
    }
    guard previous >= 0, sentenceOf[previous] == sentenceOf[index] else { return false }
    let before = flags[previous]
    if before.contains(.he) || before.contains(.informant) { return true }
    return before.contains(.capitalized) && before.isDisjoint(with: [.det, .stop, .prep, .that, .me, .aux, .verb])
  }

  private func classify(_ token: Token, english: Bool, lexicon: QuoteLexicon) -> Flags {
    let range = token.utf8Range
    var f: Flags = english ? [.english] : []
    if token.kind == .punctuation || token.kind == .symbol {
      f.insert(.punctuation)
      switch token.norm {
      case ",": f.insert(.comma)
      case ":": f.insert(.colon)
      case ".", "!", "?", "…", "...", "?!", "!?": f.insert(.final)
      case "-", "–", "—", "--": f.insert(.dash)
      case "(", "[": f.insert(.openBracket)
      case ")", "]": f.insert(.closeBracket)
      default: break
      }
      return f
    }
    // `M12`, `G7`: names the tokenizer reads as numbers.
    let startsWithLetter = token.kind == .number && UTF8Scanning.decode(bytes, at: range.lowerBound).0.isLetter
    guard token.kind == .word || startsWithLetter else { return f }
    f.insert(.word)
    if UTF8Scanning.decode(bytes, at: range.lowerBound).0.isUpper { f.insert(.capitalized) }
    let mask = lexicon.mask(bytes, range)
    if mask & (english ? QuoteLexicon.englishVerb : QuoteLexicon.frenchVerb) != 0 { f.insert(.verb) }
    if mask & QuoteLexicon.role != 0 { f.insert(.role) }
    let classes = QuoteLexicon.classes(mask, english: english)
    if classes != 0 {
      for wordClass in QuoteLexicon.WordClass.allCases where classes & (1 << UInt32(wordClass.rawValue)) != 0 {
        f.insert(Self.flag(wordClass))
      }
    }
    if bytes[range.lowerBound] == UInt8(ascii: "-") {
      let pronoun = token.norm.split(separator: "-").last ?? ""
      if ["il", "elle", "ils", "elles", "on"].contains(pronoun) { f.insert(pronoun == "on" ? [.inverted, .me] : [.inverted, .he]) }
    }
    if f.contains(.verb) {
      let n = range.upperBound
      if range.count > 4
        && (bytes[n - 3] == UInt8(ascii: "a") && bytes[n - 2] == UInt8(ascii: "n") && bytes[n - 1] == UInt8(ascii: "t")
          || bytes[n - 3] == UInt8(ascii: "i") && bytes[n - 2] == UInt8(ascii: "n") && bytes[n - 1] == UInt8(ascii: "g"))
      {
        f.insert(.participle)
      }
    }
    return f
  }

  private static func flag(_ wordClass: QuoteLexicon.WordClass) -> Flags {
    switch wordClass {
    case .aux: .aux
    case .adverb: .adverb
    case .negation: .negation
    case .that: .that
    case .he: .he
    case .me: .me
    case .det: .det
    case .source: .source
    case .naming: .naming
    case .stop: .stop
    case .prep: .prep
    case .informant: .informant
    case .thatverb: .thatVerb
    }
  }

  /// Whether token `index` has all of `f`.
  @inline(__always)
  func has(_ index: Int, _ f: Flags) -> Bool { index >= 0 && index < flags.count && flags[index].isSuperset(of: f) }
  /// The norm of the token at `index`, or an empty string past either end
  /// of the document (for the rules that look a token or two ahead).
  func norm(_ index: Int) -> String { index >= 0 && index < analysis.tokens.count ? analysis.tokens[index].norm : "" }
  /// Whether the token at `index` has any of `f`.
  func hasAny(_ index: Int, _ f: Flags) -> Bool { index >= 0 && index < flags.count && !flags[index].isDisjoint(with: f) }

  /// Whether tokens `index` and `index + 1` are one quotation mark typed
  /// as two apostrophes (`''`), which the tokenizer splits in two tokens
  /// that are not flagged ``Flags/mark`` (the pairer reads them from the bytes).
  func isDoubledApostrophe(at index: Int) -> Bool {
    guard index >= 0, index + 1 < flags.count else { return false }
    let first = analysis.tokens[index].utf8Range
    let second = analysis.tokens[index + 1].utf8Range
    return first.count == 1 && second.count == 1 && first.upperBound == second.lowerBound
      && bytes[first.lowerBound] == UInt8(ascii: "'") && bytes[second.lowerBound] == UInt8(ascii: "'")
  }

  /// Whether token `index` is a straight `"` glued to an `=` before it or a
  /// `>` after it: an attribute of markup left in a scraped page
  /// (`<a href="…">`), not a quote.
  func isMarkupAttribute(_ index: Int) -> Bool {
    let mark = analysis.tokens[index].utf8Range
    guard mark.count == 1, bytes[mark.lowerBound] == UInt8(ascii: "\"") else { return false }
    if mark.lowerBound > 0 && bytes[mark.lowerBound - 1] == UInt8(ascii: "=") { return true }
    return mark.upperBound < bytes.count && bytes[mark.upperBound] == UInt8(ascii: ">")
  }

  /// The index after a news dateline opening a paragraph at token `index`
  /// (a place the entity layer found, maybe a news agency in brackets, and a
  /// dash: `WASHINGTON (AP) —`, `LONDON —`), or nil.
  func datelineEnd(at index: Int) -> Int? {
    guard index < count, paragraphTokens(Int(paragraphOf[index])).lowerBound == index,
      let place = entityTokens(index), place.lowerBound == index,
      analysis.entities[Int(entityOf[index])].label == .location
    else { return nil }
    var next = place.upperBound
    if has(next, .openBracket) {
      let close = (next..<min(next + 4, count)).first { has($0, .closeBracket) }
      guard let close else { return nil }
      next = close + 1
    }
    return has(next, .dash) ? next + 1 : nil
  }

  /// The token range of sentence `index`.
  func sentence(_ index: Int) -> Range<Int> { analysis.sentences[index].tokenIndices }

  /// The token range of the paragraph holding token `index`.
  func paragraphTokens(_ paragraph: Int) -> Range<Int> {
    let sentences = analysis.paragraphs[paragraph].sentenceIndices
    guard !sentences.isEmpty else { return 0..<0 }
    return analysis.sentences[sentences.lowerBound].tokenIndices.lowerBound
      ..< analysis.sentences[sentences.upperBound - 1].tokenIndices.upperBound
  }
}
