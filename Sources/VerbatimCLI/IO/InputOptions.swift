import ArgumentParser
import Verbatim

/// The input and output options every subcommand shares.
struct InputOptions: ParsableArguments {
  @Argument(help: "Input files; standard input when none is given or for '-'.")
  var files: [String] = []

  @Option(name: .customLong("input"), help: "Input format: text (one document per file) or jsonl.")
  var inputFormat: InputFormat = .text

  @Option(name: .customLong("format"), help: "Output format: jsonl, json (one array) or text.")
  var outputFormat: OutputFormat = .jsonl

  @Flag(help: "Replace invalid UTF-8 with U+FFFD (and say so on stderr) instead of failing.")
  var lossy = false

  func validate() throws {
    if files.isEmpty && isatty(STDIN_FILENO) != 0 {
      throw ValidationError("no input files given and standard input is a terminal; pass files or pipe text in")
    }
  }
}

/// `--lang auto|fr|en`.
struct LanguageOption: ParsableArguments {
  @Option(name: .customLong("lang"), help: "Language: auto (per paragraph), fr or en.")
  var language: LanguageChoice = .auto
}

enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, fr, en

  var language: Language? {
    switch self {
    case .auto: nil
    case .fr: .french
    case .en: .english
    }
  }
}

enum InputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, jsonl
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case jsonl, json, text
}
