import Verbatim

/// The output of a document that failed: in JSON,
/// `{"id":…, "error": {"code": "…", "message": "…"}}` (with `"chunk"` and
/// `"offset"` for a chunk of a large text); in the text format, one line
/// `error: <code>: <message>`.
enum ErrorRecord {
  static func bytes(id: [UInt8], chunk: TextChunk?, error: VerbatimError, format: OutputFormat) -> [UInt8] {
    if format == .text { return Array("error: \(error.code): \(error.message)\n".utf8) }
    var json = JSONWriter(capacity: id.count + error.message.utf8.count + 64)
    json.raw("{")
    json.key("id")
    json.raw(id)
    chunk?.writeFields(to: &json)
    json.raw(",")
    json.key("error")
    json.raw("{")
    json.field("code", error.code.description, comma: false)
    json.field("message", error.message)
    json.raw("}}")
    return json.bytes
  }
}
