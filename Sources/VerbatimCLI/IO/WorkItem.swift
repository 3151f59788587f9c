import Verbatim

/// One document to process, from a text file (or a chunk of one) or a JSON
/// Lines record.
struct InputDocument: Sendable {
  /// The JSON to write as the output's `id`.
  var id: [UInt8]
  var text: String
  /// The language the record asked for, if any.
  var language: Language?
  /// Where this part starts when a large text input is cut in chunks.
  var chunk: TextChunk? = nil
}

/// What the reader hands to the workers: a JSON Lines line still to parse, a
/// decoded document, or a document that already failed.
struct WorkItem: Sendable {
  enum Content: Sendable {
    /// A line's bytes (without its line end) and its 1-based number.
    case jsonLine([UInt8], number: Int)
    case document(InputDocument)
    /// A document that cannot be analyzed; `id` is its JSON id (`null` when unknown).
    case failure(id: [UInt8], chunk: TextChunk?, error: VerbatimError)
  }

  var content: Content
  /// The input's name in messages (`<stdin>` or the path).
  var source: String
  /// Lines for standard error, printed when this item's output is written.
  var notes: [String] = []
  /// Input bytes read so far, over all inputs (for the progress line).
  var position: Int = 0

  /// The bytes this item holds (the queue's memory budget counts them).
  var cost: Int {
    switch content {
    case .jsonLine(let bytes, _): bytes.count
    case .document(let document): document.text.utf8.count
    case .failure: 0
    }
  }
}

/// What a worker makes of a ``WorkItem``: the output bytes, in order.
struct DocumentOutput: Sendable {
  /// A JSON object without its line end (`jsonl`, `json`), or text (`text`).
  var bytes: [UInt8]
  /// The error message when the document failed.
  var failure: String?
  var notes: [String]
  var position: Int
}

/// JSON of a string (an `id` for a path).
func jsonString(_ text: String) -> [UInt8] {
  var json = JSONWriter(capacity: text.utf8.count + 2)
  json.string(text)
  return json.bytes
}
