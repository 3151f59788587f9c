import Verbatim

/// Turns one JSON Lines input line into a document (on a worker thread).
enum JSONLineDocument {
  /// Parses a line.
  /// - Returns: The document and the notes for standard error (U+FFFD repairs).
  /// - Throws: ``VerbatimError`` whose message names the input and the line.
  static func parse(
    _ line: [UInt8], source: String, number: Int, lossy: Bool
  ) throws(VerbatimError) -> (document: InputDocument, notes: [String]) {
    var notes: [String] = []
    let record: JSONInputRecord
    do {
      if let offset = UTF8Validation.firstInvalidOffset(line) {
        guard lossy else {
          throw VerbatimError(.invalidUTF8, "invalid UTF-8 at column \(offset + 1) (use --lossy to replace it)")
        }
        var (repaired, count) = UTF8Validation.repairing(line)
        notes.append("\(source):\(number): replaced \(count) invalid UTF-8 sequence(s) with U+FFFD")
        record = try repaired.withUTF8 { bytes throws(VerbatimError) in try JSONInputRecord.parse(bytes) }
      } else {
        record = try line.withUnsafeBufferPointer { bytes throws(VerbatimError) in try JSONInputRecord.parse(bytes) }
      }
    } catch let error as VerbatimError {
      throw VerbatimError(error.code, "\(source):\(number): \(error.message)")
    } catch {
      throw VerbatimError(.invalidJSON, "\(source):\(number): \(error)")
    }
    var language: Language? = nil
    if let requested = record.language?.lowercased() {
      if requested.hasPrefix("fr") {
        language = .french
      } else if requested.hasPrefix("en") {
        language = .english
      } else if !["", "auto", "und"].contains(requested) {
        throw VerbatimError(
          .invalidArgument, "\(source):\(number): unsupported \"lang\" '\(requested)' (use fr, en or auto)")
      }
    }
    return (InputDocument(id: record.id, text: record.text, language: language), notes)
  }
}
