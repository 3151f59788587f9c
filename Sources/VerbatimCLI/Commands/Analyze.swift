import ArgumentParser
import Verbatim

/// `verbatim analyze`: the whole analysis, one JSON object per document.
struct Analyze: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Paragraphs, sentences, tokens, entities and quotes (the full JSON contract).")

  @OptionGroup var input: InputOptions
  @OptionGroup var language: LanguageOption
  @OptionGroup var entityOptions: EntityOptions

  func run() throws {
    try runAnalysis(
      input: input, language: language.language.language, sections: .analyze, recognizer: try entityOptions.recognizer()
    ) { analysis in
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
    abstract: "Named entities: {\"id\", \"entities\": [{\"start\", \"end\", \"text\", \"label\", \"canonical\", \"cluster\"}]}.")

  @OptionGroup var input: InputOptions
  @OptionGroup var language: LanguageOption
  @OptionGroup var entityOptions: EntityOptions

  func run() throws {
    try runAnalysis(
      input: input, language: language.language.language, sections: .entities, recognizer: try entityOptions.recognizer()
    ) { analysis in
      TextFormat.entities(analysis)
    }
  }
}

/// `verbatim quotes`: quotes with their speakers and cues.
struct Quotes: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Quotes and who said them: {\"id\", \"quotes\": [{\"start\", \"end\", \"text\", \"kind\", \"speaker\", \"cue\", \"closed\"}]}; --format text prints `speaker — quote`.")

  @OptionGroup var input: InputOptions
  @OptionGroup var language: LanguageOption
  @OptionGroup var entityOptions: EntityOptions

  func run() throws {
    try runAnalysis(
      input: input, language: language.language.language, sections: .quotes, recognizer: try entityOptions.recognizer()
    ) { analysis in
      TextFormat.quotes(analysis)
    }
  }
}

/// `--gazetteer FILE` (the caller's names) and `--entity-model LANG=FILE`
/// (the caller's tagger models).
struct EntityOptions: ParsableArguments {
  @Option(help: "A JSON gazetteer of your own names: {\"entries\": [{\"text\", \"label\", \"canonical\"?, \"caseSensitive\"?}]}; its entries win over the model.")
  var gazetteer: String?

  @Option(
    name: .customLong("entity-model"),
    help: ArgumentHelp(
      "A tagger model of your own for one language, as fr=FILE or en=FILE (repeatable), in place of the built-in one.",
      discussion: "FILE is a model written by Scripts/train-entities (for instance trained with your own annotated text added)."))
  var entityModels: [String] = []

  /// The recognizer these options describe: the built-in models and no
  /// names of the caller's without them.
  func recognizer() throws -> EntityRecognizer {
    try runReportingFailures {
      var names = Gazetteer()
      if let gazetteer {
        guard let bytes = try? readWholeFile(gazetteer) else {
          throw InputFailure(message: "\(gazetteer): cannot read the gazetteer", exitCode: .failure)
        }
        do {
          names = try Gazetteer(json: String(decoding: bytes, as: UTF8.self))
        } catch {
          throw InputFailure(message: "\(gazetteer): \((error as? VerbatimError)?.message ?? "\(error)")", exitCode: ExitCode(65))
        }
      }
      var models: [Language: [UInt8]] = [:]
      for argument in entityModels {
        guard let equals = argument.firstIndex(of: "="), case let language = Language(rawValue: String(argument[..<equals])),
          language == .french || language == .english
        else {
          throw InputFailure(
            message: "--entity-model \(argument): expected fr=FILE or en=FILE", exitCode: .validationFailure)
        }
        let path = String(argument[argument.index(after: equals)...])
        guard let bytes = try? readWholeFile(path) else {
          throw InputFailure(message: "\(path): cannot read the entity model", exitCode: .failure)
        }
        models[language] = bytes
      }
      do {
        return try EntityRecognizer(gazetteer: names, frenchModel: models[.french], englishModel: models[.english])
      } catch let error as VerbatimError {
        throw InputFailure(message: "--entity-model: \(error.message)", exitCode: ExitCode(65))
      }
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
  recognizer: EntityRecognizer? = nil, text: @escaping @Sendable (Analysis) -> String
) throws {
  try runReportingFailures {
    let analyzer = try Analyzer(
      language: language, entities: sections.contains(.entities), quotes: sections.contains(.quotes),
      recognizer: recognizer ?? EntityRecognizer())
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
