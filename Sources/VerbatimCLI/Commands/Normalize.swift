import ArgumentParser
import Verbatim

/// `verbatim normalize`: the normalized text and the map back to the original.
struct Normalize: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Normalized text with the changed regions mapped back to the original.",
    discussion: """
      Output per document: {"id", "normalized", "changes": [{"start", "end", \
      "normalized_start", "normalized_end"}]}. Each change pairs a region of the original \
      (start, end) with the region that replaces it in "normalized"; text outside the changes \
      is identical on both sides, so any offset can be mapped back. Offsets are code points.
      """)

  @OptionGroup var input: InputOptions

  @Option(
    help: """
      Comma-separated steps, applied in this order: mojibake, markup, nfc or nfkc, \
      typography, accents, casefold, whitespace; or 'all'.
      """)
  var steps: String = "mojibake,markup,nfc,typography,whitespace"

  func run() throws {
    try runReportingFailures {
      let normalizer = Normalizer(steps: try NormalizationSteps(names: steps))
      let format = input.outputFormat
      try DocumentPipeline(options: input).run { document in
        let result = normalizer.normalize(document.text)
        if format == .text { return Array((result.text + (result.text.hasSuffix("\n") ? "" : "\n")).utf8) }
        // Offsets into the input are shifted to the whole input for a chunk;
        // normalized offsets index this record's "normalized" text.
        let base = document.chunk?.offset ?? 0
        var json = JSONWriter(capacity: 256 + document.text.utf8.count * 2)
        json.raw("{")
        json.key("id")
        json.raw(document.id)
        document.chunk?.writeFields(to: &json)
        json.field("normalized", result.text)
        json.objects("changes", result.changes) { json, change in
          json.field("start", base + change.originalScalarRange.lowerBound, comma: false)
          json.field("end", base + change.originalScalarRange.upperBound)
          json.field("normalized_start", change.normalizedScalarRange.lowerBound)
          json.field("normalized_end", change.normalizedScalarRange.upperBound)
        }
        json.raw("}")
        return json.bytes
      }
    }
  }
}
