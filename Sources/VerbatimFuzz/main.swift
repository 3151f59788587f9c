// The libFuzzer target. Scripts/fuzz builds it with
// `-sanitize=fuzzer,address -D VERBATIM_FUZZ`: the top-level code below then
// hands the command line and `fuzzOne` to libFuzzer's driver
// (`LLVMFuzzerRunDriver`). libFuzzer's own `main` cannot be used: SwiftPM
// links every executable target's `main.swift` as the program's `main`. In a
// normal build (no define) this is a program that does nothing, so
// `swift build` and `swift test` still link it.
//
// The first byte picks the entry point, the rest is its input. Every result
// is checked against the invariants of the JSON contract (offsets inside the
// text, ordered, agreeing with their UTF-8 ranges; tokens and white-space
// gaps rebuild the text; normalization changes rebuild the normalized text),
// and a broken invariant traps, which libFuzzer reports as a crash.
#if canImport(Glibc)
import Glibc
#endif
import Verbatim

/// The entry point an input drives.
enum EntryPoint: UInt8, CaseIterable {
  case analyzeAuto, analyzeFrench, analyzeEnglish
  case tokenizeFrench, tokenizeEnglish
  case normalizeAll, normalizeSome
  case identifyLanguage
  case entitiesAndQuotesAlone
  case gazetteer
  case jsonLines
  case validateUTF8
  case latinWordBreak
}

/// Built once (on first use, so a normal build's do-nothing program builds
/// nothing): every entry point is a `Sendable` value made to be shared.
enum Shared {
  static let fullAnalyzer = try! Analyzer()
  static let frenchAnalyzer = try! Analyzer(language: .french)
  static let englishAnalyzer = try! Analyzer(language: .english)
  static let layoutAnalyzer = try! Analyzer(entities: false, quotes: false)
  static let frenchTokenizer = try! Tokenizer(language: .french)
  static let englishTokenizer = try! Tokenizer(language: .english)
  static let allSteps = Normalizer(steps: .all)
  static let identifier = LanguageIdentifier()
  static let recognizer = EntityRecognizer()
  static let extractor = QuoteExtractor()
}

#if VERBATIM_FUZZ
/// libFuzzer's driver (compiler-rt's FuzzerInterface.h), linked in by `-sanitize=fuzzer`.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runDriver(&argc, &argv, fuzzOne))
#endif

/// Runs one input: the libFuzzer callback (`LLVMFuzzerTestOneInput`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data, size > 0 else { return 0 }
  let input = UnsafeBufferPointer(start: data, count: size)
  let entry = EntryPoint(rawValue: input[0] % UInt8(EntryPoint.allCases.count))!
  let body = UnsafeBufferPointer(rebasing: input[1...])
  run(entry, body)
  return 0
}

/// Runs one entry point on `bytes` and checks what it returns.
func run(_ entry: EntryPoint, _ bytes: UnsafeBufferPointer<UInt8>) {
  let text = UTF8Validation.repairing(bytes).text
  switch entry {
  case .analyzeAuto:
    checkAnalysis(Shared.fullAnalyzer.analyze(text), layers: true)
  case .analyzeFrench:
    checkAnalysis(Shared.frenchAnalyzer.analyze(text), layers: true)
  case .analyzeEnglish:
    checkAnalysis(Shared.englishAnalyzer.analyze(text), layers: true)
  case .tokenizeFrench:
    checkTokens(Shared.frenchTokenizer.tokens(in: text), in: Array(text.unicodeScalars), utf8: utf8Offsets(text))
  case .tokenizeEnglish:
    checkTokens(Shared.englishTokenizer.tokens(in: text), in: Array(text.unicodeScalars), utf8: utf8Offsets(text))
  case .normalizeAll:
    checkNormalized(Shared.allSteps.normalize(text))
  case .normalizeSome:
    // The second byte is the set of steps; the rest is the text.
    guard let steps = bytes.first else { return }
    let rest = UTF8Validation.repairing(UnsafeBufferPointer(rebasing: bytes[1...])).text
    checkNormalized(Normalizer(steps: NormalizationSteps(rawValue: UInt16(steps))).normalize(rest))
  case .identifyLanguage:
    let guess = Shared.identifier.identify(text)
    check(guess.confidence >= 0 && guess.confidence <= 1, "confidence \(guess.confidence)")
    check([.french, .english, .undetermined].contains(guess.language), "language \(guess.language)")
  case .entitiesAndQuotesAlone:
    var analysis = Shared.layoutAnalyzer.analyze(text)
    checkAnalysis(analysis, layers: false)
    analysis.entities = Shared.recognizer.entities(in: analysis)
    analysis.quotes = Shared.extractor.quotes(in: analysis)
    checkAnalysis(analysis, layers: true)
  case .gazetteer:
    guard let gazetteer = try? Gazetteer(json: text) else { return }
    // The caller's names, then a document that mentions each of them.
    let names = gazetteer.entries.prefix(16).map(\.text)
    let document = "Selon " + names.joined(separator: " et ") + ", « \(names.first ?? "") » a dit \(names.last ?? "")."
    let recognizer = EntityRecognizer(gazetteer: Gazetteer(entries: Array(gazetteer.entries.prefix(16))))
    var analysis = Shared.layoutAnalyzer.analyze(document)
    analysis.entities = recognizer.entities(in: analysis)
    analysis.quotes = Shared.extractor.quotes(in: analysis)
    checkAnalysis(analysis, layers: true)
  case .jsonLines:
    var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)[...]
    lines = lines.prefix(8)
    for line in lines {
      let line = UnsafeBufferPointer(rebasing: line)
      do {
        let record = try JSONInputRecord.parse(line)
        check(!record.id.isEmpty, "empty id")
        if let language = record.language, language != "fr" && language != "en" { continue }
        checkAnalysis(
          Shared.fullAnalyzer.analyze(record.text, language: record.language.map(Language.init(rawValue:))), layers: true)
      } catch {
        if let id = JSONInputRecord.id(ofMalformed: line) { check(!id.isEmpty, "empty malformed id") }
      }
    }
  case .latinWordBreak:
    check(Shared.frenchTokenizer.latinWordBreakAgreesWithICU(text), "the Latin word break disagrees with ICU")
  case .validateUTF8:
    let first = UTF8Validation.firstInvalidOffset(bytes)
    let strict = String(validating: bytes, as: UTF8.self)
    check((first == nil) == (strict != nil), "validation disagrees with the standard library")
    if let first {
      check(first >= 0 && first < bytes.count, "invalid offset \(first) of \(bytes.count)")
      check(String(validating: bytes[..<first], as: UTF8.self) != nil, "the prefix before \(first) is not valid")
    } else {
      check(text == strict, "lossy decoding changed valid UTF-8")
    }
  }
}

/// Traps, which libFuzzer records as a crash with its input.
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
  if !condition { fatalError("invariant: \(message())") }
}

/// The UTF-8 offset of each code-point offset, and of the end.
func utf8Offsets(_ text: String) -> [Int] {
  var offsets: [Int] = []
  var offset = 0
  for scalar in text.unicodeScalars {
    offsets.append(offset)
    offset += UTF8.width(scalar)
  }
  offsets.append(offset)
  return offsets
}

/// What the tokenizer treats as space between tokens (its `isSpace`).
func isSpace(_ scalar: Unicode.Scalar) -> Bool {
  switch scalar.value {
  case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F,
    0x3000, 0xFEFF:
    return true
  default: return false
  }
}

/// A span lies in the text, is not reversed, and its UTF-8 range matches its code points.
func checkSpan(_ span: some TextSpan, _ what: @autoclosure () -> String, utf8: [Int], empty: Bool = false) {
  check(span.start >= 0 && span.end < utf8.count && (empty ? span.start <= span.end : span.start < span.end),
    "\(what()) \(span.start)..<\(span.end) outside 0..<\(utf8.count - 1)")
  check(span.utf8Range == utf8[span.start]..<utf8[span.end], "\(what()) UTF-8 \(span.utf8Range) for \(span.start)..<\(span.end)")
}

/// Tokens are ordered, inside the text, and with the white-space gaps between them rebuild it.
func checkTokens(_ tokens: [Token], in scalars: [Unicode.Scalar], utf8: [Int]) {
  var previousEnd = 0
  var rebuilt = String.UnicodeScalarView()
  for (index, token) in tokens.enumerated() {
    checkSpan(token, "token \(index)", utf8: utf8)
    check(token.start >= previousEnd, "token \(index) starts at \(token.start) before \(previousEnd)")
    let gap = scalars[previousEnd..<token.start]
    check(gap.allSatisfy(isSpace), "gap before token \(index) is not space: \(gap.map { $0.value })")
    rebuilt.append(contentsOf: gap)
    rebuilt.append(contentsOf: scalars[token.start..<token.end])
    previousEnd = token.end
  }
  check(scalars[previousEnd...].allSatisfy(isSpace), "text after the last token is not space")
  rebuilt.append(contentsOf: scalars[previousEnd...])
  check(rebuilt.elementsEqual(scalars), "tokens and gaps do not rebuild the text")
}

/// Every layer of an analysis keeps the contract.
func checkAnalysis(_ analysis: Analysis, layers: Bool) {
  let scalars = Array(analysis.text.unicodeScalars)
  let utf8 = utf8Offsets(analysis.text)
  checkTokens(analysis.tokens, in: scalars, utf8: utf8)
  let languages: [Language] = [.french, .english, .undetermined]
  check(languages.contains(analysis.language.language), "language \(analysis.language.language)")
  check(analysis.language.confidence >= 0 && analysis.language.confidence <= 1, "confidence")

  var sentenceEnd = 0
  for (index, sentence) in analysis.sentences.enumerated() {
    checkSpan(sentence, "sentence \(index)", utf8: utf8)
    check(sentence.start >= sentenceEnd, "sentence \(index) overlaps the one before")
    let indices = sentence.tokenIndices
    check(!indices.isEmpty && indices.lowerBound >= 0 && indices.upperBound <= analysis.tokens.count, "sentence \(index) tokens \(indices)")
    check(analysis.tokens[indices.lowerBound].start == sentence.start, "sentence \(index) start is not its first token's")
    check(analysis.tokens[indices.upperBound - 1].end == sentence.end, "sentence \(index) end is not its last token's")
    check(index == 0 || analysis.sentences[index - 1].tokenIndices.upperBound == indices.lowerBound, "sentence \(index) skips tokens")
    sentenceEnd = sentence.end
  }
  check(analysis.sentences.last?.tokenIndices.upperBound ?? 0 == analysis.tokens.count, "tokens outside every sentence")

  var paragraphEnd = 0
  var sentencesSeen = 0
  for (index, paragraph) in analysis.paragraphs.enumerated() {
    checkSpan(paragraph, "paragraph \(index)", utf8: utf8)
    check(paragraph.start >= paragraphEnd, "paragraph \(index) overlaps the one before")
    check(paragraph.sentenceIndices.lowerBound == sentencesSeen && paragraph.sentenceIndices.upperBound <= analysis.sentences.count,
      "paragraph \(index) sentences \(paragraph.sentenceIndices)")
    for sentence in analysis.sentences[paragraph.sentenceIndices] {
      check(sentence.start >= paragraph.start && sentence.end <= paragraph.end, "a sentence is outside paragraph \(index)")
    }
    check(languages.contains(paragraph.language.language), "paragraph language")
    sentencesSeen = paragraph.sentenceIndices.upperBound
    paragraphEnd = paragraph.end
  }
  check(sentencesSeen == analysis.sentences.count, "sentences outside every paragraph")
  guard layers else { return }

  var entityEnd = 0
  var clusters: [Int: String] = [:]
  for (index, entity) in analysis.entities.enumerated() {
    checkSpan(entity, "entity \(index)", utf8: utf8)
    check(entity.start >= entityEnd, "entity \(index) overlaps the one before")
    let indices = entity.tokenIndices
    check(!indices.isEmpty && indices.lowerBound >= 0 && indices.upperBound <= analysis.tokens.count, "entity \(index) tokens \(indices)")
    check(analysis.tokens[indices.lowerBound].start == entity.start && analysis.tokens[indices.upperBound - 1].end == entity.end,
      "entity \(index) is not on token boundaries")
    check(!entity.canonical.isEmpty, "entity \(index) has no canonical name")
    check(clusters[entity.cluster, default: entity.canonical] == entity.canonical, "cluster \(entity.cluster) has two canonical names")
    clusters[entity.cluster] = entity.canonical
    entityEnd = entity.end
  }
  var quoteStart = 0
  for (index, quote) in analysis.quotes.enumerated() {
    checkSpan(quote, "quote \(index)", utf8: utf8, empty: true)
    check(quote.start >= quoteStart, "quote \(index) is out of order")
    if let speaker = quote.speaker {
      checkSpan(speaker, "speaker of quote \(index)", utf8: utf8)
      if let cluster = speaker.cluster { check(clusters[cluster] != nil, "speaker cluster \(cluster) names no entity") }
    }
    if let cue = quote.cue { checkSpan(cue, "cue of quote \(index)", utf8: utf8) }
    quoteStart = quote.start
  }
}

/// The changes are ordered, inside both texts, and outside them the two texts are equal.
func checkNormalized(_ normalized: NormalizedText) {
  let original = Array(normalized.original.unicodeScalars)
  let text = Array(normalized.text.unicodeScalars)
  let originalUTF8 = utf8Offsets(normalized.original)
  let textUTF8 = utf8Offsets(normalized.text)
  var rebuilt: [Unicode.Scalar] = []
  var originalEnd = 0
  var textEnd = 0
  for (index, change) in normalized.changes.enumerated() {
    let from = change.originalScalarRange
    let to = change.normalizedScalarRange
    check(from.lowerBound >= originalEnd && from.upperBound <= original.count, "change \(index) original \(from)")
    check(to.lowerBound >= textEnd && to.upperBound <= text.count, "change \(index) normalized \(to)")
    check(from.lowerBound - originalEnd == to.lowerBound - textEnd, "change \(index): unchanged runs differ in length")
    check(change.originalUTF8Range == originalUTF8[from.lowerBound]..<originalUTF8[from.upperBound], "change \(index) original UTF-8")
    check(change.normalizedUTF8Range == textUTF8[to.lowerBound]..<textUTF8[to.upperBound], "change \(index) normalized UTF-8")
    rebuilt.append(contentsOf: original[originalEnd..<from.lowerBound])
    rebuilt.append(contentsOf: text[to])
    originalEnd = from.upperBound
    textEnd = to.upperBound
  }
  rebuilt.append(contentsOf: original[originalEnd...])
  check(rebuilt == text, "the original with its changes applied is not the normalized text")
  // Any range of the normalized text maps back inside the original.
  let ranges = [0..<text.count, 0..<(text.count / 2), (text.count / 3)..<text.count]
  for range in ranges {
    let back = normalized.originalScalarRange(forNormalized: range)
    check(back.lowerBound >= 0 && back.upperBound <= original.count, "\(range) maps back to \(back) outside \(original.count)")
    let bytes = textUTF8[range.lowerBound]..<textUTF8[range.upperBound]
    let backUTF8 = normalized.originalUTF8Range(forNormalized: bytes)
    check(backUTF8.lowerBound >= 0 && backUTF8.upperBound <= originalUTF8.last!, "UTF-8 \(bytes) maps back outside")
    let utf8View = normalized.text.utf8
    let lower = utf8View.index(utf8View.startIndex, offsetBy: bytes.lowerBound)
    let upper = utf8View.index(utf8View.startIndex, offsetBy: bytes.upperBound)
    _ = normalized.originalRange(forNormalized: lower..<upper)
  }
}
