import ArgumentParser
import Verbatim

/// `verbatim normalize` (the normalizer lands with the normalization branch).
struct Normalize: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Normalized text with an offset map.")

  @OptionGroup var input: InputOptions

  func run() throws {
    throw ValidationError("normalize is not available in this build yet")
  }
}
