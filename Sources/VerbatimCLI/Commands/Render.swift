import ArgumentParser
import Verbatim

/// `verbatim render`: one self-contained HTML page showing the documents'
/// entities, quotes and speakers (``HTMLRenderer``).
struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "One self-contained HTML page showing the entities, quotes and speakers of the documents.",
    discussion: """
      Each document (a text file, or a JSON Lines record with --input jsonl) gets a section: its \
      text with entities highlighted by label and quotes underlined by kind, each linked to its \
      speaker and cue, and a panel listing who said what and the entities by cluster. The page \
      loads nothing from the network. A text file is one document, however long (no chunks). \
      A document that fails (invalid UTF-8, a malformed line) is left out, reported on \
      standard error, and the exit code is 3.
      """)

  @Argument(help: "Input files; standard input when none is given or for '-'.")
  var files: [String] = []

  @Option(name: .customLong("input"), help: "Input format: text (one document per file) or jsonl.")
  var inputFormat: InputFormat = .text

  @Option(name: [.short, .customLong("output")], help: "Write the page to this file (default: standard output).")
  var output: String?

  @Option(help: "The page title (default: the file name, or 'Verbatim').")
  var title: String?

  @Flag(name: .customLong("no-script"), help: "Leave out the page's script (click to select); tooltips and links still work.")
  var noScript = false

  @Flag(help: "Replace invalid UTF-8 with U+FFFD (and say so on stderr) instead of failing.")
  var lossy = false

  @OptionGroup var language: LanguageOption
  @OptionGroup var entityOptions: EntityOptions

  func validate() throws {
    if files.isEmpty && isatty(STDIN_FILENO) != 0 {
      throw ValidationError("no input files given and standard input is a terminal; pass files or pipe text in")
    }
  }

  func run() throws {
    let options = entityOptions
    var failures = 0
    try runReportingFailures {
      let analyzer = try Analyzer(language: language.language.language, recognizer: try options.recognizer())
      let settings = ReaderSettings(
        files: files.isEmpty ? ["-"] : files, format: inputFormat, lossy: lossy, maxDocumentBytes: nil,
        chunkBytes: Int.max / 8)
      var documents: [HTMLRenderer.Document] = []
      try InputReader(settings: settings).forEachItem { item in
        for note in item.notes { printError(note) }
        var document: InputDocument
        switch item.content {
        case .document(let read):
          document = read
        case .jsonLine(let line, let number):
          do {
            let (parsed, notes) = try JSONLineDocument.parse(line, source: item.source, number: number, lossy: lossy)
            for note in notes { printError(note) }
            document = parsed
          } catch {
            failures += 1
            printError((error as? VerbatimError)?.message ?? "\(error)")
            return
          }
        case .failure(_, _, let error):
          failures += 1
          printError(error.message)
          return
        }
        let analysis = analyzer.analyze(document.text, language: document.language ?? language.language.language)
        documents.append(HTMLRenderer.Document(name: Self.name(ofID: document.id), analysis: analysis))
      }
      let page = HTMLRenderer(includesScript: !noScript).html(for: documents, title: title ?? defaultTitle)
      try write(page)
    }
    if failures > 0 {
      printError("\(failures) document(s) failed and are not on the page")
      throw ExitCode.someDocumentsFailed
    }
  }

  /// The first file's name, or `Verbatim`.
  private var defaultTitle: String {
    guard files.count == 1, let file = files.first, file != "-" else { return "Verbatim" }
    return String(file.split(separator: "/").last ?? Substring(file))
  }

  /// A document's heading from its JSON id: a string's contents (the path
  /// of a text file), else the JSON as written.
  static func name(ofID id: [UInt8]) -> String {
    let json = String(decoding: id, as: UTF8.self)
    guard json.count >= 2, json.hasPrefix("\""), json.hasSuffix("\""), !json.contains("\\") else { return json }
    return String(json.dropFirst().dropLast())
  }

  private func write(_ page: String) throws {
    var page = page
    guard let output, output != "-" else {
      let written = page.withUTF8 { writeAll(STDOUT_FILENO, $0) }
      if !written { throw InputFailure(message: "cannot write to standard output", exitCode: .failure) }
      return
    }
    let descriptor = open(output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else {
      throw InputFailure(message: "\(output): cannot open for writing: \(String(cString: strerror(errno)))", exitCode: .failure)
    }
    defer { close(descriptor) }
    guard page.withUTF8({ writeAll(descriptor, $0) }) else {
      throw InputFailure(message: "\(output): cannot write: \(String(cString: strerror(errno)))", exitCode: .failure)
    }
  }
}
