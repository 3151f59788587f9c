import ArgumentParser
import Verbatim

/// `verbatim analyze`: the whole analysis, one JSON object per document.
struct Analyze: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Paragraphs, sentences and tokens with their languages (the full JSON contract).")

  @OptionGroup var input: InputOptions
  @OptionGroup var language: LanguageOption

  func run() throws {
    try runAnalysis(input: input, language: language.language.language, sections: .analyze) { analysis in
      TextFormat.analysis(analysis)
    }
  }
}

/// `verbatim tokenize`: tokens only.
struct Tokenize: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Tokens only: {\"id\", \"tokens\"}.")

  @OptionGroup var input: InputOptions
  @OptionGroup var language: LanguageOption

  func run() throws {
    try runAnalysis(input: input, language: language.language.language, sections: .tokens) { analysis in
      TextFormat.tokens(analysis)
    }
  }
}

/// `verbatim sentences`: sentences with their text.
struct Sentences: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Sentences only: {\"id\", \"sentences\": [{\"start\", \"end\", \"text\"}]}.")

  @OptionGroup var input: InputOptions
  @OptionGroup var language: LanguageOption

  func run() throws {
    try runAnalysis(input: input, language: language.language.language, sections: .sentenceText) {
      analysis in TextFormat.sentences(analysis)
    }
  }
}

/// `verbatim entities`: named-entity mentions only.
struct Entities: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Named entities (experimental, being built): {\"id\", \"entities\": [{\"start\", \"end\", \"text\", \"label\", \"canonical\", \"cluster\"}]}.")

  @OptionGroup var input: InputOptions
  @OptionGroup var language: LanguageOption

  @Option(help: "A JSON gazetteer of your own names: {\"entries\": [{\"text\", \"label\", \"canonical\"?, \"caseSensitive\"?}]}; its entries win over the model.")
  var gazetteer: String?

  func run() throws {
    var names = Gazetteer()
    if let gazetteer {
      try runReportingFailures {
        guard let bytes = try? readWholeFile(gazetteer) else {
          throw InputFailure(message: "\(gazetteer): cannot read the gazetteer", exitCode: .failure)
        }
        do {
          names = try Gazetteer(json: String(decoding: bytes, as: UTF8.self))
        } catch {
          throw InputFailure(message: "\(gazetteer): \((error as? VerbatimError)?.message ?? "\(error)")", exitCode: ExitCode(65))
        }
      }
    }
    try runAnalysis(input: input, language: language.language.language, sections: .entities, gazetteer: names) { analysis in
      TextFormat.entities(analysis)
    }
  }
}

/// `verbatim language`: document and paragraph languages.
struct LanguageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "language",
    abstract: "Document and paragraph languages with confidences.")

  @OptionGroup var input: InputOptions

  func run() throws {
    try runAnalysis(input: input, language: nil, sections: [.language, .paragraphs]) { analysis in
      TextFormat.language(analysis)
    }
  }
}

/// Shared driver: read documents, analyze them on `--jobs` threads, write
/// them in input order (``DocumentPipeline``).
func runAnalysis(
  input: InputOptions, language: Language?, sections: Analysis.JSONSections,
  gazetteer: Gazetteer = Gazetteer(), text: @escaping @Sendable (Analysis) -> String
) throws {
  try runReportingFailures {
    let analyzer = try Analyzer(
      language: language, entities: sections.contains(.entities), gazetteer: gazetteer)
    let format = input.outputFormat
    try DocumentPipeline(options: input).run { document in
      let analysis = analyzer.analyze(document.text, language: document.language ?? language)
      if format == .text { return Array(text(analysis).utf8) }
      var json = JSONWriter(capacity: 256 + document.text.utf8.count * 16)
      analysis.writeJSON(id: document.id, sections: sections, chunk: document.chunk, to: &json)
      return json.bytes
    }
  }
}

/// The bytes of a file.
func readWholeFile(_ path: String) throws -> [UInt8] {
  let descriptor = open(path, O_RDONLY)
  guard descriptor >= 0 else { throw InputFailure(message: "\(path): cannot open", exitCode: .failure) }
  defer { close(descriptor) }
  var bytes: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 1 << 16)
  while true {
    let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    if count < 0 && errno == EINTR { continue }
    guard count > 0 else { break }
    bytes.append(contentsOf: chunk[0..<count])
  }
  return bytes
}
