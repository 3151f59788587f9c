/// The JSON contract of `verbatim analyze` (documented in the README; later
/// layers add keys, never rename). Offsets are Unicode code points.
extension Analysis {
  /// The parts of an analysis a JSON object includes.
  package struct JSONSections: OptionSet, Sendable {
    package var rawValue: Int
    package init(rawValue: Int) { self.rawValue = rawValue }
    package static let language = JSONSections(rawValue: 1)
    package static let paragraphs = JSONSections(rawValue: 2)
    package static let sentences = JSONSections(rawValue: 4)
    package static let tokens = JSONSections(rawValue: 8)
    /// Sentences with their `text` (the `sentences` shortcut).
    package static let sentenceText = JSONSections(rawValue: 16)
    package static let entities = JSONSections(rawValue: 32)
    package static let quotes = JSONSections(rawValue: 64)
    package static let analyze: JSONSections = [.language, .paragraphs, .sentences, .tokens, .entities, .quotes]
  }

  /// Writes `{"id":…, "language":…, "paragraphs":[…], "sentences":[…], "tokens":[…]}`.
  ///
  /// With a `chunk` (a part of a larger input), `"chunk"` and `"offset"`
  /// follow the id, and every offset is shifted to the whole input.
  package func writeJSON(
    id: [UInt8], sections: JSONSections, chunk: TextChunk? = nil, to json: inout JSONWriter
  ) {
    json.scalarBase = chunk?.offset ?? 0
    defer { json.scalarBase = 0 }
    var text = self.text
    text.withUTF8 { bytes in
      func slice(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[range]) }
      json.raw("{")
      json.key("id")
      json.raw(id)
      if let chunk { chunk.writeFields(to: &json) }
      if sections.contains(.language) {
        json.field("language", language.language.rawValue)
        json.raw(",")
        json.key("confidence")
        json.fraction(language.confidence)
      }
      if sections.contains(.paragraphs) {
        json.objects("paragraphs", paragraphs) { json, paragraph in
          json.span(paragraph)
          json.field("language", paragraph.language.language.rawValue)
          json.raw(",")
          json.key("confidence")
          json.fraction(paragraph.language.confidence)
        }
      }
      if sections.contains(.sentences) || sections.contains(.sentenceText) {
        json.objects("sentences", sentences) { json, sentence in
          json.span(sentence)
          if sections.contains(.sentenceText) { json.field("text", utf8: slice(sentence.utf8Range)) }
        }
      }
      if sections.contains(.tokens) {
        json.objects("tokens", tokens) { json, token in
          json.span(token)
          json.field("text", utf8: slice(token.utf8Range))
          json.field("kind", token.kind.rawValue)
          json.field("norm", token.norm)
        }
      }
      if sections.contains(.entities) {
        json.objects("entities", entities) { json, entity in
          json.span(entity)
          json.field("text", utf8: slice(entity.utf8Range))
          json.field("label", entity.label.rawValue)
          json.field("canonical", entity.canonical)
          json.field("cluster", entity.cluster)
        }
      }
      if sections.contains(.quotes) {
        json.objects("quotes", quotes) { json, quote in
          json.span(quote)
          json.field("text", utf8: slice(quote.utf8Range))
          json.field("kind", quote.kind.rawValue)
          json.raw(",")
          json.key("speaker")
          if let speaker = quote.speaker {
            json.raw("{")
            json.span(speaker)
            json.field("text", utf8: slice(speaker.utf8Range))
            json.optionalField("resolved", speaker.resolved)
            json.optionalField("cluster", speaker.cluster)
            json.raw("}")
          } else {
            json.raw("null")
          }
          json.raw(",")
          json.key("cue")
          if let cue = quote.cue {
            json.raw("{")
            json.span(cue)
            json.field("text", utf8: slice(cue.utf8Range))
            json.raw("}")
          } else {
            json.raw("null")
          }
          json.raw(",")
          json.key("closed")
          json.raw(quote.isClosed ? "true" : "false")
        }
      }
      json.raw("}")
    }
  }
}
