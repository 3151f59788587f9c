// Verbatim's hot paths, measured with ordo-one/benchmark (see Benchmarks/README.md).
//
// Every benchmark makes one pass over a corpus of about 1 MB built from
// Fixtures/seeds/*.txt (repeated), so `throughput` (iterations per second) is
// close to MB/s. Setup (building the corpus, counting its words, opening the
// tokenizer or analyzer) happens before `startMeasurement()`.
//
// Metrics: wall clock, throughput, mallocCountTotal (per pass) and `words/s`,
// where words are the tokens of kind word or number that Verbatim's tokenizer
// finds in the corpus, counted once in setup.

import Benchmark
import CICUFloor
import Foundation
@_spi(Benchmarks) import Verbatim

// MARK: - Corpora

/// A benchmark text and its size.
struct Corpus: Sendable {
  let text: String
  let language: Language
  /// Tokens of kind word or number in `text` (Verbatim's tokenizer, `language`).
  let words: Int
  var bytes: Int { text.utf8.count }

  init(_ text: String, language: Language, words: Int? = nil) {
    self.text = text
    self.language = language
    self.words = words ?? Corpus.countWords(text, language: language)
  }

  static func countWords(_ text: String, language: Language) -> Int {
    let tokenizer = try! Tokenizer(language: language)
    return tokenizer.tokens(in: text).reduce(0) { $0 + ($1.kind == .word || $1.kind == .number ? 1 : 0) }
  }

  /// About this many bytes of text per corpus.
  static let targetBytes = 1_000_000

  /// `pieces` joined by blank lines, repeated until the text reaches `targetBytes`.
  static func repeated(_ pieces: [String]) -> String {
    let unit = pieces.joined(separator: "\n\n")
    precondition(!unit.isEmpty, "no seed text: is Fixtures/seeds/ there?")
    var text = unit
    while text.utf8.count < targetBytes { text += "\n\n" + unit }
    return text
  }

  /// The seed articles (Fixtures/seeds/*.txt, by name), found from this file's path.
  static let seeds: [String] = {
    let here = URL(fileURLWithPath: #filePath)  // Benchmarks/Benchmarks/VerbatimBenchmarks/…
    let seedsDir = here.deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/seeds")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: seedsDir.path)) ?? []
    let texts = names.filter { $0.hasSuffix(".txt") }.sorted().map {
      try! String(contentsOfFile: seedsDir.appendingPathComponent($0).path, encoding: .utf8)
        .trimmingCharacters(in: .whitespacesAndNewlines)
    }
    precondition(!texts.isEmpty, "no seed text in \(seedsDir.path)")
    return texts
  }()

  static func paragraphs(_ text: String) -> [String] {
    text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      .filter { !$0.isEmpty }
  }

  /// The seed paragraphs that the language identifier calls `language`.
  static func seedParagraphs(in language: Language) -> [String] {
    let identifier = LanguageIdentifier()
    return seeds.flatMap(paragraphs).filter { identifier.identify($0).language == language }
  }

  /// French news: the French paragraphs of the seeds (markdown links and a few
  /// English titles removed by the filter), ~1 MB.
  static let french = Corpus(repeated(seedParagraphs(in: .french)), language: .french)
  /// English news: the English paragraphs of the seeds (seed 003), ~1 MB.
  static let english = Corpus(repeated(seedParagraphs(in: .english)), language: .english)
  /// The seeds as they are (French, English, markdown links, titles), ~1 MB.
  static let mixed = Corpus(repeated(seeds), language: .french)
  /// Sentence-dense French: the seeds' sentences of at most 15 tokens, one
  /// space apart in paragraphs of 10 sentences, ~1 MB.
  static let sentenceDense: Corpus = {
    let analyzer = try! Analyzer(language: .french)
    // The French paragraphs once (the corpus repeats them).
    let analysis = analyzer.analyze(seedParagraphs(in: .french).joined(separator: "\n\n"))
    var short: [String] = []
    var seen = Set<String>()
    for sentence in analysis.sentences where sentence.tokenIndices.count <= 15 {
      let s = String(analysis.text(of: sentence))
      if s.count > 10, seen.insert(s).inserted { short.append(s) }
    }
    var paragraphs: [String] = []
    var i = 0
    while i < short.count {
      paragraphs.append(short[i..<min(i + 10, short.count)].joined(separator: " "))
      i += 10
    }
    return Corpus(repeated(paragraphs), language: .french)
  }()
  /// The French seed articles, each one document, repeated to ~1 MB in all.
  static let frenchArticles: (documents: [String], words: Int) = {
    let identifier = LanguageIdentifier()
    let unit = seeds.filter { identifier.identify($0).language == .french }
    var documents: [String] = []
    var bytes = 0
    while bytes < targetBytes {
      documents += unit
      bytes += unit.reduce(0) { $0 + $1.utf8.count }
    }
    let words = unit.reduce(0) { $0 + countWords($1, language: .french) } * (documents.count / unit.count)
    return (documents, words)
  }()
  /// `frenchArticles` analyzed with entities (no quotes), for the quote benchmark.
  static let frenchArticleEntityAnalyses: [Analysis] = {
    let analyzer = try! Analyzer(entities: true, quotes: false)
    return frenchArticles.documents.map { analyzer.analyze($0) }
  }()
  /// `frenchArticles` analyzed (no entities), and their token count.
  static let frenchArticleAnalyses: (analyses: [Analysis], tokens: Int) = {
    let analyzer = try! Analyzer(entities: false, quotes: false)
    let analyses = frenchArticles.documents.map { analyzer.analyze($0) }
    return (analyses, analyses.reduce(0) { $0 + $1.tokens.count })
  }()
  /// The paragraphs of `mixed`, split in setup.
  static let mixedParagraphs: [String] = paragraphs(mixed.text)
  /// The French corpus broken as UTF-8 read as Latin-1 (`é` → `Ã©`): the
  /// mojibake step's repair path. Its words are the French corpus's words.
  static let mojibake: Corpus = {
    let scalars = french.text.utf8.map { Unicode.Scalar($0) }
    var broken = String.UnicodeScalarView()
    broken.append(contentsOf: scalars)
    return Corpus(String(broken), language: .french, words: french.words)
  }()
}

// MARK: - Helpers

let wordsPerSecond = BenchmarkMetric.custom("words/s", polarity: .prefersLarger, useScalingFactor: false)
/// All tokens (any kind) per second: the unit of the entity-tagging target (issue 3).
let tokensPerSecond = BenchmarkMetric.custom("tokens/s", polarity: .prefersLarger, useScalingFactor: false)

extension Duration {
  var seconds: Double {
    let (s, atto) = components
    return Double(s) + Double(atto) * 1e-18
  }
}

/// Registers a benchmark that runs `work` once per iteration over `corpus()`
/// and reports words per second besides the default metrics. `prepare` runs
/// before the measurement starts (once per iteration; keep it cheap or cached).
func textBenchmark<State, Result>(
  _ name: String,
  corpus: @escaping @Sendable () -> Corpus,
  configuration: Benchmark.Configuration = Benchmark.defaultConfiguration,
  prepare: @escaping () -> State,
  _ work: @escaping (State, String) -> Result
) {
  Benchmark(name, configuration: configuration) { benchmark in
    let corpus = corpus()  // built on first use, outside the measurement
    let state = prepare()
    benchmark.startMeasurement()
    let start = ContinuousClock.now
    blackHole(work(state, corpus.text))
    let elapsed = ContinuousClock.now - start
    benchmark.stopMeasurement()
    benchmark.measurement(wordsPerSecond, Int(Double(corpus.words) / max(elapsed.seconds, 1e-9)))
  }
}

/// One ICU word-break iterator, opened once (the floor benchmark).
final class ICUFloor: @unchecked Sendable {
  let handle: OpaquePointer
  init(locale: String) {
    var status: Int32 = 0
    guard let handle = cicu_floor_open(locale, &status) else {
      fatalError("cannot open ICU word break for \(locale) (ICU error \(status))")
    }
    self.handle = handle
  }
  func count(_ text: String) -> CICUFloorCount {
    var text = text
    return text.withUTF8 { bytes in
      bytes.withMemoryRebound(to: CChar.self) { cicu_floor_count(handle, $0.baseAddress, Int64($0.count)) }
    }
  }
  deinit { cicu_floor_close(handle) }
}

// MARK: - Benchmarks

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .mallocCountTotal, wordsPerSecond],
    warmupIterations: 1,
    maxDuration: .seconds(1),
    maxIterations: 50,
    // For `baseline check`: allocation counts are deterministic; times are informational
    // on a shared 2-core machine, so they get a wide tolerance.
    thresholds: [
      .mallocCountTotal: .init(relative: [.p50: 2.0]),
      .wallClock: .init(relative: [.p50: 25.0]),
    ]
  )

  // Built once (the iterators come from thread-safe pools inside the library).
  let frenchTokenizer = try! Tokenizer(language: .french)
  let englishTokenizer = try! Tokenizer(language: .english)
  // Segmentation and languages only; the entity and quote layers are
  // measured on their own below, and all together in "Analyze/full".
  let analyzer = try! Analyzer(entities: false, quotes: false)
  let entityAnalyzer = try! Analyzer(entities: true, quotes: false)
  let fullAnalyzer = try! Analyzer()
  let identifier = LanguageIdentifier()
  let frenchFloor = ICUFloor(locale: "fr")
  let englishFloor = ICUFloor(locale: "en")

  // The floor: ICU word break alone over the same UTF-8 bytes, reading each
  // boundary's rule status, as the tokenizer does before its own rules.
  textBenchmark("ICU word break (floor)/fr", corpus: { Corpus.french }, prepare: { frenchFloor }) {
    $0.count($1).boundaries
  }
  textBenchmark("ICU word break (floor)/en", corpus: { Corpus.english }, prepare: { englishFloor }) {
    $0.count($1).boundaries
  }

  textBenchmark("Tokenize/fr", corpus: { Corpus.french }, prepare: { frenchTokenizer }) {
    $0.tokens(in: $1)
  }
  textBenchmark("Tokenize/en", corpus: { Corpus.english }, prepare: { englishTokenizer }) {
    $0.tokens(in: $1)
  }

  // Paragraphs, language per paragraph, tokens and sentences (no entities).
  textBenchmark("Analyze/fr", corpus: { Corpus.french }, prepare: { analyzer }) { $0.analyze($1) }
  textBenchmark("Analyze/en", corpus: { Corpus.english }, prepare: { analyzer }) { $0.analyze($1) }
  textBenchmark("Analyze/seeds as they are", corpus: { Corpus.mixed }, prepare: { analyzer }) {
    $0.analyze($1)
  }
  // The whole analysis on the sentence-dense text (about 3x as many sentences
  // per word as Analyze/fr).
  textBenchmark("Analyze/sentence-dense fr", corpus: { Corpus.sentenceDense }, prepare: { analyzer }) {
    $0.analyze($1)
  }
  // Sentence splitting alone (ICU sentence break and the repairs), the
  // paragraphs and tokens made before the measurement: `SentenceSplittingWork`,
  // an SPI of the library for this target.
  let sentenceCorpora: [(String, @Sendable () -> Corpus, Language)] = [
    ("fr", { Corpus.french }, .french), ("en", { Corpus.english }, .english),
    ("sentence-dense fr", { Corpus.sentenceDense }, .french),
  ]
  for (name, corpus, language) in sentenceCorpora {
    Benchmark("Sentences/\(name)") { benchmark in
      let corpus = corpus()
      let work = try! SentenceSplittingWork(text: corpus.text, language: language)
      benchmark.startMeasurement()
      let start = ContinuousClock.now
      blackHole(work.run())
      let elapsed = ContinuousClock.now - start
      benchmark.stopMeasurement()
      benchmark.measurement(wordsPerSecond, Int(Double(corpus.words) / max(elapsed.seconds, 1e-9)))
    }
  }

  // Each normalization step alone, then all of them, over the seeds as they are.
  let steps: [(String, NormalizationSteps)] = [
    ("mojibake", .mojibake), ("markup", .markup), ("nfc", .nfc), ("nfkc", .nfkc),
    ("typography", .typography), ("accents", .accents), ("caseFold", .caseFold),
    ("whitespace", .whitespace), ("all", .all),
  ]
  for (name, step) in steps {
    let normalizer = Normalizer(steps: step)
    textBenchmark("Normalize/\(name)", corpus: { Corpus.mixed }, prepare: { normalizer }) {
      $0.normalize($1)
    }
  }
  // The mojibake step when there is something to repair (every accent broken).
  let mojibakeNormalizer = Normalizer(steps: .mojibake)
  textBenchmark("Normalize/mojibake (broken text)", corpus: { Corpus.mojibake }, prepare: { mojibakeNormalizer }) {
    $0.normalize($1)
  }

  // One call on the whole ~1 MB text, then one call per paragraph (as analyze does).
  textBenchmark("Language/identify document", corpus: { Corpus.mixed }, prepare: { identifier }) {
    $0.identify($1)
  }
  textBenchmark(
    "Language/identify paragraphs", corpus: { Corpus.mixed }, prepare: { (identifier, Corpus.mixedParagraphs) }
  ) { state, _ in
    let (identifier, paragraphs) = state
    var english = 0
    for paragraph in paragraphs where identifier.identify(paragraph).language == .english { english += 1 }
    return english
  }

  // The experimental entity layer: the same documents with and without it, so
  // the difference is the entity tagger (features, perceptron, rules, linker).
  // Article-sized documents (the French seeds, ~2.4 KB each, ~1 MB in all): the
  // document linker's cost grows faster than linearly with one document's
  // length, so one 1 MB document would measure that instead (see README.md).
  for (name, entityAnalyzer) in [("off", analyzer), ("on", entityAnalyzer)] {
    Benchmark("Entities/\(name)", configuration: .init(maxDuration: .seconds(2), maxIterations: 10)) { benchmark in
      let articles = Corpus.frenchArticles
      measureArticles(benchmark, words: articles.words) {
        articles.documents.reduce(0) { $0 + entityAnalyzer.analyze($1).entities.count }
      }
    }
  }

  // The quote layer given an analysis with entities (pairing, patterns,
  // indirect speech, resolution; the analyses are made once, in setup), and
  // the whole pipeline with it.
  let extractor = QuoteExtractor()
  Benchmark("Quotes/extract (given tokens and entities)", configuration: .init(maxDuration: .seconds(2), maxIterations: 20)) { benchmark in
    let analyses = Corpus.frenchArticleEntityAnalyses
    measureArticles(benchmark, words: Corpus.frenchArticles.words) {
      analyses.reduce(0) { $0 + extractor.quotes(in: $1).count }
    }
  }
  Benchmark("Analyze/full (entities and quotes)", configuration: .init(maxDuration: .seconds(2), maxIterations: 10)) { benchmark in
    let articles = Corpus.frenchArticles
    measureArticles(benchmark, words: articles.words) {
      articles.documents.reduce(0) { $0 + fullAnalyzer.analyze($1).quotes.count }
    }
  }

  // Entity tagging alone, given tokens: the same articles analyzed in setup (paragraphs,
  // languages, tokens, sentences), then only `EntityRecognizer.entities(in:)` measured:
  // lexicon features, the tagger, the rules and the document linker.
  let recognizer = EntityRecognizer()
  Benchmark(
    "Entities/tagging only (EntityRecognizer, given tokens)",
    configuration: .init(
      metrics: [.wallClock, .throughput, .mallocCountTotal, wordsPerSecond, tokensPerSecond],
      maxDuration: .seconds(2), maxIterations: 20)
  ) { benchmark in
    let (analyses, tokens) = Corpus.frenchArticleAnalyses
    measureArticles(benchmark, words: Corpus.frenchArticles.words, tokens: tokens) {
      analyses.reduce(0) { $0 + recognizer.entities(in: $1).count }
    }
  }
}

/// Times `work` over the article corpus and reports words (and tokens) per
/// second besides the default metrics.
func measureArticles(_ benchmark: Benchmark, words: Int, tokens: Int? = nil, _ work: () -> Int) {
  benchmark.startMeasurement()
  let start = ContinuousClock.now
  blackHole(work())
  let elapsed = ContinuousClock.now - start
  benchmark.stopMeasurement()
  benchmark.measurement(wordsPerSecond, Int(Double(words) / max(elapsed.seconds, 1e-9)))
  if let tokens { benchmark.measurement(tokensPerSecond, Int(Double(tokens) / max(elapsed.seconds, 1e-9))) }
}

