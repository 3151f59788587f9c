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
    package static let analyze: JSONSections = [.language, .paragraphs, .sentences, .tokens]
  }

  /// Writes `{"id":…, "language":…, "paragraphs":[…], "sentences":[…], "tokens":[…]}`.
  package func writeJSON(id: [UInt8], sections: JSONSections, to json: inout JSONWriter) {
    var text = self.text
    text.withUTF8 { bytes in
      json.raw("{")
      json.key("id")
      json.raw(id)
      if sections.contains(.language) {
        json.raw(",")
        json.key("language")
        json.string(language.language.rawValue)
        json.raw(",")
        json.key("confidence")
        json.fraction(language.confidence)
      }
      if sections.contains(.paragraphs) {
        json.raw(",")
        json.key("paragraphs")
        json.raw("[")
        for (index, paragraph) in paragraphs.enumerated() {
          if index > 0 { json.raw(",") }
          json.raw("{")
          writeSpan(paragraph, to: &json)
          json.raw(",")
          json.key("language")
          json.string(paragraph.language.language.rawValue)
          json.raw(",")
          json.key("confidence")
          json.fraction(paragraph.language.confidence)
          json.raw("}")
        }
        json.raw("]")
      }
      if sections.contains(.sentences) || sections.contains(.sentenceText) {
        json.raw(",")
        json.key("sentences")
        json.raw("[")
        for (index, sentence) in sentences.enumerated() {
          if index > 0 { json.raw(",") }
          json.raw("{")
          writeSpan(sentence, to: &json)
          if sections.contains(.sentenceText) {
            json.raw(",")
            json.key("text")
            json.string(UnsafeBufferPointer(rebasing: bytes[sentence.utf8Range]))
          }
          json.raw("}")
        }
        json.raw("]")
      }
      if sections.contains(.tokens) {
        json.raw(",")
        json.key("tokens")
        json.raw("[")
        for (index, token) in tokens.enumerated() {
          if index > 0 { json.raw(",") }
          json.raw("{")
          writeSpan(token, to: &json)
          json.raw(",")
          json.key("text")
          json.string(UnsafeBufferPointer(rebasing: bytes[token.utf8Range]))
          json.raw(",")
          json.key("kind")
          json.string(token.kind.rawValue)
          json.raw(",")
          json.key("norm")
          json.string(token.norm)
          json.raw("}")
        }
        json.raw("]")
      }
      if sections.contains(.entities) {
        json.raw(",")
        json.key("entities")
        json.raw("[")
        for (index, entity) in entities.enumerated() {
          if index > 0 { json.raw(",") }
          json.raw("{")
          writeSpan(entity, to: &json)
          json.raw(",")
          json.key("text")
          json.string(UnsafeBufferPointer(rebasing: bytes[entity.utf8Range]))
          json.raw(",")
          json.key("label")
          json.string(entity.label.rawValue)
          json.raw(",")
          json.key("canonical")
          json.string(entity.canonical)
          json.raw(",")
          json.key("cluster")
          json.int(entity.cluster)
          json.raw("}")
        }
        json.raw("]")
      }
      json.raw("}")
    }
  }

  private func writeSpan(_ span: some TextSpan, to json: inout JSONWriter) {
    json.key("start")
    json.int(span.start)
    json.raw(",")
    json.key("end")
    json.int(span.end)
  }
}
