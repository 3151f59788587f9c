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

  @Option(help: "Worker threads (default: one per processor); output stays in input order.")
  var jobs: Int?

  @Option(
    name: .customLong("max-document-bytes"),
    help: "Documents (JSON Lines lines, text files) over this many bytes get an error line instead of an analysis.")
  var maxDocumentBytes: Int?

  @Option(
    name: .customLong("chunk-bytes"),
    help: "Text input over this many bytes is analyzed in chunks of about this size, cut at blank lines.")
  var chunkBytes: Int = 1 << 20

  /// What the reader needs, as a value that can cross threads.
  var settings: ReaderSettings {
    ReaderSettings(
      files: files.isEmpty ? ["-"] : files, format: inputFormat, lossy: lossy,
      maxDocumentBytes: maxDocumentBytes, chunkBytes: chunkBytes)
  }

  /// The number of worker threads.
  var jobCount: Int { jobs ?? Analyzer.defaultJobs }

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if let maxDocumentBytes, maxDocumentBytes < 1 { throw ValidationError("--max-document-bytes must be at least 1") }
    if chunkBytes < 64 { throw ValidationError("--chunk-bytes must be at least 64") }
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

/// The reading options, Sendable so the reader can run on its own thread.
struct ReaderSettings: Sendable {
  /// The paths; `-` is standard input.
  var files: [String]
  var format: InputFormat
  var lossy: Bool
  var maxDocumentBytes: Int?
  var chunkBytes: Int
}

enum InputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
  case text, jsonl
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
  case jsonl, json, text
}
