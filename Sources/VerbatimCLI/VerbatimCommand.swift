import ArgumentParser
import Verbatim

/// The `verbatim` command.
@main
struct VerbatimCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verbatim",
    abstract: "Tokens, sentences, normalization, language, named entities and quotes of French and English news text.",
    discussion: """
      Reads text files (or standard input when no file or '-' is given) or JSON Lines \
      ({"id": …, "text": "…", "lang"?: "fr"|"en"} per line) and writes JSON Lines, one object \
      per document, with Unicode code-point offsets (Python's text[start:end]).

      A document that fails (invalid UTF-8 without --lossy, a malformed JSON line, over \
      --max-document-bytes) gets an output line {"id": …, "error": {"code", "message"}} in its \
      place and the run goes on. Output is in input order whatever --jobs.

      Exit codes: 0 success, 3 some documents failed (see their error lines), 64 usage error, \
      65 bad option file (--gazetteer, --entity-model), 1 any other failure (e.g. an unreadable input).
      """,
    version: "0.1.0",
    subcommands: [Analyze.self, Tokenize.self, Sentences.self, Entities.self, Quotes.self, Normalize.self, LanguageCommand.self, Render.self],
    defaultSubcommand: Analyze.self
  )
}
