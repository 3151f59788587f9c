// Trains the entity tagger from IOB2 corpora and writes the model blob that
// Sources/CVerbatimModels compiles into the library. Run through
// Scripts/train-entities, which names the corpora and their licences.
//
//   VerbatimTrainer --out FILE [--epochs N] [--case-augment P] [--dev LANG:FILE]... LANG:FILE...
//   VerbatimTrainer --write-lexicon-snapshots FOLDER   (Scripts/build-lexicon-snapshots)
//
// FILE: `TOKEN<TAB>TAG` lines, blank line between sentences, `#` comments.
import Verbatim

#if canImport(Glibc)
  import Glibc
#endif

func fail(_ message: String) -> Never {
  var line = "VerbatimTrainer: " + message + "\n"
  line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
  exit(1)
}

func readFile(_ path: String) -> String { String(decoding: readBytes(path), as: UTF8.self) }

func writeBytes(_ bytes: [UInt8], to path: String) {
  guard let file = fopen(path, "wb") else { fail("cannot write \(path)") }
  _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
  fclose(file)
}

func readBytes(_ path: String) -> [UInt8] {
  guard let file = fopen(path, "rb") else { fail("cannot open \(path)") }
  defer { fclose(file) }
  var bytes: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 1 << 16)
  while true {
    let count = fread(&chunk, 1, chunk.count, file)
    if count <= 0 { break }
    bytes.append(contentsOf: chunk[0..<count])
  }
  return bytes
}

func sentences(_ spec: String) -> [EntityTaggerTrainer.Sentence] {
  let parts = spec.split(separator: ":", maxSplits: 1)
  guard parts.count == 2 else { fail("corpus must be LANG:FILE, got \(spec)") }
  let language: Language = parts[0] == "en" ? .english : .french
  var result: [EntityTaggerTrainer.Sentence] = []
  var tokens: [String] = []
  var tags: [String] = []
  for line in readFile(String(parts[1])).split(separator: "\n", omittingEmptySubsequences: false) {
    if line.hasPrefix("#") { continue }
    let fields = line.split(separator: "\t")
    if fields.count < 2 {
      if !tokens.isEmpty { result.append(.init(tokens: tokens, tags: tags, language: language)) }
      tokens.removeAll()
      tags.removeAll()
      continue
    }
    tokens.append(String(fields[0]))
    tags.append(String(fields[fields.count - 1]))
  }
  if !tokens.isEmpty { result.append(.init(tokens: tokens, tags: tags, language: language)) }
  return result
}

var output: String? = nil
var trainer = EntityTaggerTrainer()
var caseAugment = 0.0
var corpora: [String] = []
var devs: [String] = []
var droppedTypes: Set<String> = []
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
  switch argument {
  case "--out": output = arguments.popFirst()
  case "--write-lexicon-snapshots":
    // Scripts/build-lexicon-snapshots: the lexicon tables built from the text resources.
    let folder = arguments.popFirst() ?? "."
    writeBytes(LexiconSnapshots.entityLexicons(), to: folder + "/entity-lexicons.bin")
    writeBytes(LexiconSnapshots.quoteLexicon(), to: folder + "/quote-lexicon.bin")
    writeBytes(LexiconSnapshots.languageModel(), to: folder + "/language-model.bin")
    exit(0)
  case "--epochs": trainer.epochs = Int(arguments.popFirst() ?? "") ?? trainer.epochs
  case "--case-augment": caseAugment = Double(arguments.popFirst() ?? "") ?? 0
  case "--dev": devs.append(arguments.popFirst() ?? "")
  case "--explain":
    // --explain MODEL LANG "sentence": show the tagger's decision per token.
    let model = readBytes(arguments.popFirst() ?? "")
    let language: Language = arguments.popFirst() == "en" ? .english : .french
    let words = (arguments.popFirst() ?? "").split(separator: " ").map(String.init)
    let lines = EntityTaggerTrainer.explain(
      model: model, .init(tokens: words, tags: words.map { _ in "O" }, language: language))
    print(lines.joined(separator: "\n"))
    exit(0)
  case "--drop-type":
    // Corpus tags of this type become O (e.g. PROD, whose Sequoia sense — works, titles — is not ours).
    droppedTypes.insert(arguments.popFirst() ?? "")
  case "--prune": trainer.pruneBelow = Float(arguments.popFirst() ?? "") ?? trainer.pruneBelow
  default: corpora.append(argument)
  }
}
guard let output, !corpora.isEmpty else { fail("usage: VerbatimTrainer --out FILE [--epochs N] [--case-augment P] LANG:FILE...") }

var training = corpora.flatMap(sentences).map { sentence in
  var sentence = sentence
  sentence.tags = sentence.tags.map { tag in droppedTypes.contains(String(tag.dropFirst(2))) ? "O" : tag }
  return sentence
}
if caseAugment > 0 {
  // Casing robustness (Mayhew et al. 2019): add lower- and upper-cased copies of some sentences.
  var generator = Xorshift(seed: 42)
  var extra: [EntityTaggerTrainer.Sentence] = []
  for sentence in training where Double(generator.next() % 10_000) / 10_000 < caseAugment {
    var lower = sentence
    lower.tokens = sentence.tokens.map { $0.lowercased() }
    var upper = sentence
    upper.tokens = sentence.tokens.map { $0.uppercased() }
    // Lower-cased copies taught the model that any lower-case word may be a
    // name (measured: many false positives on web text); keep upper case only.
    _ = lower
    extra.append(upper)
  }
  training += extra
}
let model = trainer.train(training) { print($0) }
guard let file = fopen(output, "wb") else { fail("cannot write \(output)") }
_ = model.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
fclose(file)
print("wrote \(output): \(model.count) bytes")

for spec in devs {
  let dev = sentences(spec)
  let predicted = EntityTaggerTrainer.predict(model: model, dev)
  var tp = 0, fp = 0, fn = 0
  func spans(_ tags: [String]) -> Set<String> {
    var result: Set<String> = []
    var start = -1
    var type = ""
    for (index, tag) in (tags + ["O"]).enumerated() {
      let parts = tag.split(separator: "-", maxSplits: 1).map(String.init)
      let isInside = parts.count == 2 && parts[0] == "I" && parts[1] == type && start >= 0
      if !isInside {
        if start >= 0 && ["PER", "PERS", "ORG", "LOC"].contains(type) {
          result.insert("\(start)-\(index)-\(type == "PERS" ? "PER" : type)")
        }
        start = parts.count == 2 ? index : -1
        type = parts.count == 2 ? parts[1] : ""
      }
    }
    return result
  }
  for (sentence, tags) in zip(dev, predicted) {
    let gold = spans(sentence.tags)
    let guess = spans(tags)
    tp += gold.intersection(guess).count
    fp += guess.subtracting(gold).count
    fn += gold.subtracting(guess).count
  }
  let f1 = 200.0 * Double(tp) / Double(max(1, 2 * tp + fp + fn))
  print("dev \(spec): PER/ORG/LOC token-level F1 \(f1) (tp \(tp) fp \(fp) fn \(fn))")
}

struct Xorshift {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return state
  }
}
