import ArgumentParser
import Verbatim

/// The `verbatim` command.
@main
struct VerbatimCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verbatim",
    abstract: "Tokens, sentences, normalization and language of French and English news text.",
    version: "0.1.0"
  )
}
