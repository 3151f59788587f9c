import Foundation
import Testing

/// `--jobs`, error lines, `--max-document-bytes`, chunked text input.
@Suite struct BatchCommandTests {
  /// JSON Lines mixing good records, failures of every kind and blank lines.
  static let mixedInput: Data = {
    var data = Data()
    for index in 0..<400 {
      switch index % 50 {
      case 7: data.append(Data("{\"id\": \(index), \"text\": \"unterminated}\n".utf8))
      case 13: data.append(Data("{\"id\": \(index), \"text\": \"caf".utf8) + Data([0xC3, 0x28]) + Data("\"}\n".utf8))
      case 21: data.append(Data("{\"id\": \(index), \"text\": \"x\", \"lang\": \"de\"}\n".utf8))
      case 33: data.append(Data("\n  \n".utf8))
      default:
        let words = String(repeating: "Le marché de l’IA croît, dit-il. ", count: index % 23 + 1)
        data.append(Data("{\"id\": \(index), \"text\": \"\(words)\"}\n".utf8))
      }
    }
    return data
  }()

  @Test func jobsGiveTheSameOutputInInputOrder() throws {
    let one = try CLI.run(["analyze", "--input", "jsonl", "--jobs", "1"], input: Self.mixedInput)
    #expect(one.status == 3, "\(one.stderr)")
    for jobs in ["2", "3", "7"] {
      let many = try CLI.run(["analyze", "--input", "jsonl", "--jobs", jobs], input: Self.mixedInput)
      #expect(many.status == 3)
      #expect(many.stdout == one.stdout, "--jobs \(jobs) changed the output")
    }
    let records = try one.jsonLines()
    let expectedIDs = (0..<400).filter { $0 % 50 != 33 }
    #expect(records.map { $0["id"] as? Int } == expectedIDs)
    let failed = records.filter { $0["error"] != nil }
    #expect(failed.count == 24)
    for record in failed {
      #expect(Set(record.keys) == ["id", "error"])
      let error = try #require(record["error"] as? [String: Any])
      #expect(Set(error.keys) == ["code", "message"])
    }
    #expect(one.stderr.contains("24 of 392 documents failed"))
    #expect(try CLI.run(["analyze", "--input", "jsonl", "--jobs", "0"], text: "{}").status == 64)
  }

  @Test func errorLinesSayWhatFailedAndWhere() throws {
    var input = Data("{\"id\": \"a\", \"text\": \"Bonjour.\"}\n".utf8)
    input.append(Data("{\"id\": \"b\", \"text\": \"broken}\n".utf8))  // line 2
    input.append(Data("not json at all\n".utf8))  // line 3
    input.append(Data("{\"text\": \"no id\", \"id\": [1, 2], \"lang\": 3}\n".utf8))  // line 4
    input.append(Data("{\"id\": \"e\", \"text\": \"".utf8) + Data([0xED, 0xA0, 0x80]) + Data("\"}\n".utf8))  // line 5
    input.append(Data("{\"id\": \"f\"}\n".utf8))  // line 6
    input.append(Data("{\"id\": \"g\", \"text\": \"Fin.\"}".utf8))  // line 7, no final line end
    let result = try CLI.run(["tokenize", "--input", "jsonl"], input: input)
    #expect(result.status == 3)
    let lines = result.text.split(separator: "\n").map(String.init)
    #expect(lines.count == 7)
    #expect(lines[1] == #"{"id":"b","error":{"code":"invalid-json","message":"<stdin>:2: unterminated string at column 29"}}"#)
    #expect(lines[2].hasPrefix(#"{"id":null,"error":{"code":"invalid-json","message":"<stdin>:3: "#))
    // The id is recovered when it comes before the fault.
    #expect(lines[3].hasPrefix(#"{"id":[1, 2],"error":{"code":"invalid-json","message":"<stdin>:4: \"lang\" must be a string"#))
    #expect(lines[4].hasPrefix(#"{"id":"e","error":{"code":"invalid-utf8","message":"<stdin>:5: invalid UTF-8 at column 22"#))
    #expect(lines[5].hasPrefix(#"{"id":"f","error":{"code":"invalid-json","message":"<stdin>:6: the object has no \"text\" key"#))
    #expect(lines[6].hasPrefix(#"{"id":"g","tokens":"#))
    // The same inputs as one JSON array.
    let array = try CLI.run(["tokenize", "--input", "jsonl", "--format", "json"], input: input)
    let objects = try #require(try JSONSerialization.jsonObject(with: array.stdout) as? [[String: Any]])
    #expect(objects.count == 7 && objects[1]["error"] != nil)
    // And --lossy turns the invalid UTF-8 into a document.
    let lossy = try CLI.run(["tokenize", "--input", "jsonl", "--lossy"], input: input)
    #expect(try lossy.jsonLines()[4]["tokens"] != nil)
    #expect(lossy.stderr.contains("<stdin>:5: replaced 3 invalid UTF-8"))  // ED, A0, 80: one U+FFFD each
  }

  @Test func maxDocumentBytes() throws {
    let big = String(repeating: "mot ", count: 1_000)
    let input = "{\"id\":1,\"text\":\"court\"}\n{\"id\":2,\"text\":\"\(big)\"}\n{\"id\":3,\"text\":\"court\"}\n"
    let result = try CLI.run(["tokenize", "--input", "jsonl", "--max-document-bytes", "100"], text: input)
    #expect(result.status == 3)
    let records = try result.jsonLines()
    #expect(records.map { $0["id"] as? Int } == [1, nil, 3])
    let error = try #require(records[1]["error"] as? [String: Any])
    #expect(error["code"] as? String == "document-too-large")
    let length = "{\"id\":2,\"text\":\"\(big)\"}".utf8.count
    #expect(error["message"] as? String == "<stdin>:2: the line is \(length) bytes, over --max-document-bytes 100")
    // Text input: a file, and standard input.
    let file = try temporaryFile("big.txt", Data(big.utf8))
    defer { try? FileManager.default.removeItem(at: file) }
    let fromFile = try CLI.run(["tokenize", "--max-document-bytes", "100", file.path])
    #expect(fromFile.status == 3)
    #expect(fromFile.text.contains("\"document-too-large\""))
    #expect(try fromFile.jsonLines()[0]["id"] as? String == file.path)
    let fromStdin = try CLI.run(["tokenize", "--max-document-bytes", "100"], text: big)
    #expect(fromStdin.status == 3 && fromStdin.text.contains("\"document-too-large\""))
    let small = try CLI.run(["tokenize", "--max-document-bytes", "100"], text: "Assez court.")
    #expect(small.status == 0)
    #expect(try (small.jsonLines()[0]["tokens"] as? [Any])?.count == 3)
  }

  @Test func invalidTextFileFailsAloneAndTheRunGoesOn() throws {
    let bad = try temporaryFile("bad.txt", Data("Bonjour\nà tous ".utf8) + Data([0xC3, 0x28, 0x41]))
    let good = try temporaryFile("good.txt", Data("Tout va bien.".utf8))
    defer { for file in [bad, good] { try? FileManager.default.removeItem(at: file) } }
    let result = try CLI.run(["tokenize", bad.path, good.path])
    #expect(result.status == 3)
    let records = try result.jsonLines()
    #expect(records.count == 2)
    let error = try #require(records[0]["error"] as? [String: Any])
    #expect(records[0]["id"] as? String == bad.path)
    #expect(error["code"] as? String == "invalid-utf8")
    #expect((error["message"] as? String)?.contains("invalid UTF-8 at byte offset 16 (line 2, column 9)") == true)
    #expect(records[1]["tokens"] != nil)
  }

  /// A text over --chunk-bytes comes out in chunks cut at blank lines, with
  /// offsets into the whole input; the tokens are those of the whole text.
  @Test func largeTextIsAnalyzedInChunksWithWholeInputOffsets() throws {
    let folder = CLI.packageRoot.appendingPathComponent("Fixtures/seeds")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
    let text = try names.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
      .joined(separator: "\r\n\r\n")
    let scalars = Array(text.unicodeScalars)
    let whole = try CLI.run(["tokenize"], text: text)
    let wholeTokens = try #require(try whole.jsonLines()[0]["tokens"] as? [[String: Any]])
    for jobs in ["1", "2"] {
      let chunked = try CLI.run(["tokenize", "--chunk-bytes", "1500", "--jobs", jobs], text: text)
      #expect(chunked.status == 0, "\(chunked.stderr)")
      let records = try chunked.jsonLines()
      #expect(records.count > 5)
      #expect(records.map { $0["chunk"] as? Int } == Array(0..<records.count))
      #expect(records.allSatisfy { $0["id"] as? String == "-" })
      var previousOffset = -1
      var tokens: [[String: Any]] = []
      for record in records {
        let offset = try #require(record["offset"] as? Int)
        #expect(offset > previousOffset)
        previousOffset = offset
        let chunkTokens = try #require(record["tokens"] as? [[String: Any]])
        #expect(chunkTokens.allSatisfy { ($0["start"] as? Int ?? -1) >= offset })
        tokens += chunkTokens
      }
      for token in tokens {
        let start = try #require(token["start"] as? Int), end = try #require(token["end"] as? Int)
        #expect(String(String.UnicodeScalarView(scalars[start..<end])) == token["text"] as? String)
      }
      #expect(tokens.map { [$0["start"] as? Int, $0["end"] as? Int] } == wholeTokens.map { [$0["start"] as? Int, $0["end"] as? Int] })
    }
    // normalize: offsets into the input are whole-input ones too.
    let normalized = try CLI.run(["normalize", "--chunk-bytes", "1500", "--steps", "typography"], text: text)
    for record in try normalized.jsonLines() {
      let offset = try #require(record["offset"] as? Int)
      for change in try #require(record["changes"] as? [[String: Any]]) {
        let start = try #require(change["start"] as? Int)
        #expect(start >= offset && start < scalars.count)
        #expect(["’", "«", "»", "“", "”", "—", "–", "‘", "…", "\u{A0}", "\u{202F}"].contains(String(scalars[start])))
      }
    }
  }

  /// Without blank lines, chunks are cut at line breaks, spaces, or before
  /// a UTF-8 lead byte; offsets stay whole-input ones either way.
  @Test(arguments: [
    String(repeating: "Une ligne.\n", count: 200),
    String(repeating: "mot ", count: 500),
    String(repeating: "é", count: 1_000) + String(repeating: "👨‍👩‍👧", count: 100),
  ])
  func chunksWithoutBlankLines(text: String) throws {
    let scalars = Array(text.unicodeScalars)
    let result = try CLI.run(["tokenize", "--chunk-bytes", "64"], text: text)
    #expect(result.status == 0, "\(result.stderr)")
    let records = try result.jsonLines()
    #expect(records.count > 4)
    var covered = 0
    for record in records {
      let offset = try #require(record["offset"] as? Int)
      #expect(offset >= covered)
      for token in try #require(record["tokens"] as? [[String: Any]]) {
        let start = try #require(token["start"] as? Int), end = try #require(token["end"] as? Int)
        #expect(start >= covered && end <= scalars.count)
        #expect(String(String.UnicodeScalarView(scalars[start..<end])) == token["text"] as? String)
        covered = end
      }
    }
    #expect(covered == scalars.count - (text.hasSuffix("\n") || text.hasSuffix(" ") ? 1 : 0))
  }

  /// A single 50 MB line: skipped as it streams past with a limit, analyzed
  /// without one; the lines around it come out either way.
  @Test func aFiftyMegabyteLine() throws {
    let word = "abcdefghij"
    let big = String(repeating: word, count: 5_000_000)  // 50 MB, one token
    let line = "{\"id\":2,\"text\":\"\(big)\"}"
    var input = Data("{\"id\":1,\"text\":\"avant\"}\n".utf8)
    input.append(Data((line + "\n").utf8))
    input.append(Data("{\"id\":3,\"text\":\"après\"}\n".utf8))
    let limited = try CLI.run(["tokenize", "--input", "jsonl", "--max-document-bytes", "1000000"], input: input)
    #expect(limited.status == 3)
    let records = try limited.jsonLines()
    #expect(records.map { $0["id"] as? Int } == [1, nil, 3])
    #expect(limited.stderr.contains("<stdin>:2: the line is \(line.utf8.count) bytes"))
    let whole = try CLI.run(["tokenize", "--input", "jsonl", "--lang", "en"], input: input)
    #expect(whole.status == 0, "\(whole.stderr)")
    // The small records alone, to check the bytes around the big one (the
    // output is 100 MB: compared by prefix, suffix and size, not printed).
    let small = try CLI.run(
      ["tokenize", "--input", "jsonl", "--lang", "en"],
      text: "{\"id\":1,\"text\":\"avant\"}\n{\"id\":3,\"text\":\"après\"}\n").stdout
    let smallLines = small.split(separator: 0x0A)
    let expectedPrefix = smallLines[0] + Data("\n{\"id\":2,\"tokens\":[{\"start\":0,\"end\":50000000,\"text\":\"abcdefghij".utf8)
    let expectedSuffix = Data("abcdefghij\"}]}\n".utf8) + smallLines[1] + Data("\n".utf8)
    #expect(whole.stdout.prefix(expectedPrefix.count) == expectedPrefix)
    #expect(whole.stdout.suffix(expectedSuffix.count) == expectedSuffix)
    #expect(whole.stdout.count == small.count + 2 * big.utf8.count + 81)
  }

  @Test func emptyInputsAndBlankLines() throws {
    let empty = try CLI.run(["analyze", "--input", "jsonl"], input: Data())
    #expect(empty.status == 0 && empty.stdout.isEmpty && empty.stderr.isEmpty)
    let blank = try CLI.run(["analyze", "--input", "jsonl"], text: "\n\n  \r\n\t\n")
    #expect(blank.status == 0 && blank.stdout.isEmpty)
    let crlf = try CLI.run(["tokenize", "--input", "jsonl"], text: "{\"id\":1,\"text\":\"a\"}\r\n\r\n{\"id\":2,\"text\":\"b\"}\r\n")
    #expect(try crlf.jsonLines().map { $0["id"] as? Int } == [1, 2])
    let emptyArray = try CLI.run(["analyze", "--input", "jsonl", "--format", "json"], input: Data())
    #expect(emptyArray.text == "[]\n")
  }

  @Test func binaryFiles() throws {
    var random = SystemRandomNumberGenerator()
    var bytes = Data((0..<100_000).map { _ in UInt8.random(in: 0...255, using: &random) })
    bytes[10] = 0xFF  // surely invalid
    let strict = try CLI.run(["analyze"], input: bytes)
    #expect(strict.status == 3)
    #expect(try strict.jsonLines()[0]["error"] != nil)
    let lossy = try CLI.run(["tokenize", "--lossy", "--chunk-bytes", "4096"], input: bytes)
    #expect(lossy.status == 0)
    // Offsets index the repaired text (each invalid sequence one U+FFFD).
    let repaired = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
    for record in try lossy.jsonLines() {
      for token in try #require(record["tokens"] as? [[String: Any]]) {
        let start = try #require(token["start"] as? Int), end = try #require(token["end"] as? Int)
        #expect(String(String.UnicodeScalarView(repaired[start..<end])) == token["text"] as? String)
      }
    }
  }

  /// No progress line (or any other noise) when standard error is not a terminal.
  @Test func silentWhenStderrIsNotATerminal() throws {
    let result = try CLI.run(["analyze", "--input", "jsonl", "--jobs", "2"], input: Self.mixedInput.prefix(3_000))
    #expect(!result.stderr.contains("docs/s"))
    let clean = try CLI.run(["analyze", "--input", "jsonl"], text: "{\"id\":1,\"text\":\"ok\"}\n")
    #expect(clean.status == 0 && clean.stderr.isEmpty)
  }

  private func temporaryFile(_ name: String, _ data: Data) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-\(getpid())-\(UUID().uuidString)-\(name)")
    try data.write(to: url)
    return url
  }
}
