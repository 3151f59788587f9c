// VerbatimInProcess: Verbatim's tokenize and analyze timed inside one process, without process
// start-up, reading, JSON parsing or JSON output (the `verbatim` CLI's end-to-end time includes
// all of those). Used by Scripts/compare-speed; it only calls the public API.
//
//   VerbatimInProcess [--repeat N] [--lang auto|fr|en] [--entities] [--tokenize-only] FILE.jsonl
//
// FILE.jsonl holds {"id": …, "text": "…", "lang"?: "fr"|"en"} lines, as `verbatim --input jsonl`
// reads them. Each pass tokenizes every document (Tokenizer of its "lang", else of --lang, else
// French), then analyzes every document with an Analyzer of --lang (default auto: language
// identified per paragraph; the documents' "lang" is NOT used for this pass) with the full pipeline
// (tokens, sentences, languages, entities, quotes). The best and median of N passes (default 5) are printed as one JSON object.
// With --entities, each document is also analyzed once more (untimed) and then
// `EntityRecognizer.entities(in:)` is timed alone over those analyses ("entities given tokens"),
// and so is the recognizer's first use (its tables and models built on a one-line document).
// With --tokenize-only, the analyze pass is skipped (its times print as 0): for profiling the
// tokenizer alone.
import Foundation
import Verbatim

func fail(_ message: String, code: Int32 = 64) -> Never {
  FileHandle.standardError.write(Data("VerbatimInProcess: \(message)\n".utf8))
  exit(code)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var repeats = 5
var fixed: Language? = nil
var files: [String] = []
var measureEntities = false
var tokenizeOnly = false
while !arguments.isEmpty {
  let argument = arguments.removeFirst()
  switch argument {
  case "--repeat": repeats = Int(arguments.isEmpty ? "" : arguments.removeFirst()) ?? 0
  case "--lang":
    let value = arguments.isEmpty ? "" : arguments.removeFirst()
    fixed = value == "auto" ? nil : Language(rawValue: value)
  case "--entities": measureEntities = true
  case "--tokenize-only": tokenizeOnly = true
  default: files.append(argument)
  }
}
if files.isEmpty || repeats < 1 { fail("usage: VerbatimInProcess [--repeat N] [--lang auto|fr|en] [--entities] [--tokenize-only] FILE.jsonl…") }

var documents: [(text: String, language: Language?)] = []
for file in files {
  guard let data = FileManager.default.contents(atPath: file) else { fail("cannot read \(file)", code: 1) }
  for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
    guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
      let text = object["text"] as? String
    else { fail("\(file): a line is not {\"text\": …}", code: 65) }
    documents.append((text, (object["lang"] as? String).map(Language.init(rawValue:))))
  }
}

let tokenizers = [Language.french: try Tokenizer(language: .french), .english: try Tokenizer(language: .english)]
let analyzer = try Analyzer(language: fixed)

func seconds(_ d: Duration) -> Double {
  Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
}

var tokenizeTimes: [Double] = []
var analyzeTimes: [Double] = []
var tokens = 0
var words = 0
var sentences = 0
for _ in 0..<repeats {
  var count = 0
  var wordCount = 0
  var start = ContinuousClock.now
  for document in documents {
    let tokenizer = tokenizers[document.language ?? fixed ?? .french] ?? tokenizers[.french]!
    let result = tokenizer.tokens(in: document.text)
    count += result.count
    for token in result where token.kind == .word || token.kind == .number { wordCount += 1 }
  }
  tokenizeTimes.append(seconds(ContinuousClock.now - start))
  tokens = count
  words = wordCount
  var sentenceCount = 0
  start = ContinuousClock.now
  for document in documents where !tokenizeOnly {
    sentenceCount += analyzer.analyze(document.text).sentences.count
  }
  analyzeTimes.append(seconds(ContinuousClock.now - start))
  sentences = sentenceCount
}
tokenizeTimes.sort()
analyzeTimes.sort()
let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
var entityKeys = ""
if measureEntities {
  // First use: the lazily built lexicons, rule tables and models, on a one-line document.
  let tiny = analyzer.analyze("M. Smith a rencontré IBM à Paris le 3 mai 2020.")
  var start = ContinuousClock.now
  let recognizer = EntityRecognizer()
  var found = recognizer.entities(in: tiny).count
  let firstUse = seconds(ContinuousClock.now - start)
  let analyses = documents.map { analyzer.analyze($0.text) }
  let entityTokens = analyses.reduce(0) { $0 + $1.tokens.count }
  var entityTimes: [Double] = []
  for _ in 0..<repeats {
    start = ContinuousClock.now
    found = 0
    for analysis in analyses { found += recognizer.entities(in: analysis).count }
    entityTimes.append(seconds(ContinuousClock.now - start))
  }
  entityTimes.sort()
  entityKeys = """
    , "entity_first_use_seconds": \(firstUse), "entity_tokens": \(entityTokens), "entities": \(found), \
    "entities_best_seconds": \(entityTimes[0]), "entities_median_seconds": \(entityTimes[repeats / 2]), \
    "entity_tokens_per_second": \(Int(Double(entityTokens) / entityTimes[0]))
    """
}
print(
  """
  {"documents": \(documents.count), "bytes": \(bytes), "tokens": \(tokens), "words": \(words), \
  "sentences": \(sentences), "repeat": \(repeats), \
  "tokenize_best_seconds": \(tokenizeTimes[0]), "tokenize_median_seconds": \(tokenizeTimes[repeats / 2]), \
  "analyze_best_seconds": \(analyzeTimes[0]), "analyze_median_seconds": \(analyzeTimes[repeats / 2])\(entityKeys)}
  """)
