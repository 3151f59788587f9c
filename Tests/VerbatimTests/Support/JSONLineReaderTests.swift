import Testing
@testable import Verbatim

@Suite struct JSONLineReaderTests {
  private func parse(_ line: String) throws -> JSONInputRecord {
    var line = line
    return try line.withUTF8 { bytes in try JSONInputRecord.parse(bytes) }
  }

  @Test(arguments: ["0", "7", "10", "20", "100", "-10", "1.5e3", "0.25", "-0", "1E-7", "\"a\"", "null", "[1, {\"a\": []}]", "true"])
  func keepsAnyIdVerbatim(_ id: String) throws {
    let record = try parse("{\"id\": \(id), \"text\": \"x\"}")
    #expect(String(decoding: record.id, as: UTF8.self) == id)
    #expect(record.text == "x")
  }

  @Test(arguments: ["01", "-", "1.", ".5", "1e", "+1", "tru", "\"a", "[1,]", "{\"a\" 1}"])
  func rejectsInvalidValues(_ id: String) {
    #expect(throws: VerbatimError.self) { try parse("{\"id\": \(id), \"text\": \"x\"}") }
  }

  @Test func decodesEscapes() throws {
    let record = try parse(#"{"text": "a\"b\\c\/d\n\u00e9\ud83d\ude00\ud800", "lang": "fr"}"#)
    #expect(record.text == "a\"b\\c/d\né😀\u{FFFD}")
    #expect(record.language == "fr")
    #expect(String(decoding: record.id, as: UTF8.self) == "null")
  }

  @Test func reportsTheColumn() {
    #expect(throws: VerbatimError.self) { try parse("{\"text\": \"x\",}") }
    do {
      _ = try parse("{\"text\": \"x\" \"id\": 1}")
      Issue.record("a missing comma was accepted")
    } catch let error as VerbatimError {
      #expect(error.code == .invalidJSON)
      #expect(error.message.contains("column 14"))
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }
}
