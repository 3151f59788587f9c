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

  func run() throws {
    try runAnalysis(input: input, language: language.language.language, sections: .entities) { analysis in
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

/// Shared driver: read documents, analyze, write.
func runAnalysis(
  input: InputOptions, language: Language?, sections: Analysis.JSONSections,
  text: (Analysis) -> String
) throws {
  try runReportingFailures {
    let analyzer = try Analyzer(
      language: language, entities: sections.contains(.entities))
    var output = OutputWriter(format: input.outputFormat, flushEachRecord: input.inputFormat == .jsonl)
    try InputReader(options: input).forEachDocument { document in
      let analysis = analyzer.analyze(document.text, language: document.language ?? language)
      if input.outputFormat == .text {
        try output.text(text(analysis))
      } else {
        try output.record { json in analysis.writeJSON(id: document.id, sections: sections, to: &json) }
      }
    }
    try output.finish()
  }
}
