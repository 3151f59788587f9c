import ArgumentParser
import Verbatim

/// One document to process, from a text file or a JSON Lines record.
struct InputDocument {
  /// The JSON to write as the output's `id`.
  var id: [UInt8]
  var text: String
  /// The language the record asked for, if any.
  var language: Language?
}

/// A failure the CLI reports and maps to an exit code.
struct InputFailure: Error {
  var message: String
  var exitCode: ExitCode
}

/// Reads the inputs named on the command line, one document at a time.
struct InputReader {
  let options: InputOptions

  /// Calls `body` for each document, in order. JSON Lines input is streamed.
  func forEachDocument(_ body: (InputDocument) throws -> Void) throws {
    let paths = options.files.isEmpty ? ["-"] : options.files
    for path in paths {
      let descriptor: Int32
      if path == "-" {
        descriptor = STDIN_FILENO
      } else {
        descriptor = open(path, O_RDONLY)
        if descriptor < 0 {
          throw InputFailure(message: "\(path): cannot open: \(String(cString: strerror(errno)))", exitCode: .failure)
        }
      }
      defer { if descriptor != STDIN_FILENO { close(descriptor) } }
      let name = path == "-" ? "<stdin>" : path
      switch options.inputFormat {
      case .text:
        let bytes = try readAll(descriptor, name: name)
        let text = try decode(bytes, name: name, line: nil)
        var id = JSONWriter(capacity: path.utf8.count + 2)
        id.string(path)
        try body(InputDocument(id: id.bytes, text: text, language: nil))
      case .jsonl:
        try forEachLine(descriptor, name: name) { line, number in
          try body(try record(line, name: name, line: number))
        }
      }
    }
  }

  private func record(_ line: UnsafeBufferPointer<UInt8>, name: String, line number: Int) throws -> InputDocument {
    do {
      if !options.lossy, let offset = UTF8Validation.firstInvalidOffset(line) {
        throw InputFailure(
          message: "\(name):\(number): invalid UTF-8 at column \(offset + 1) (use --lossy to replace it)",
          exitCode: ExitCode(65))
      }
      let record: JSONInputRecord
      if options.lossy, UTF8Validation.firstInvalidOffset(line) != nil {
        let (repaired, count) = UTF8Validation.repairing(line)
        printError("\(name):\(number): replaced \(count) invalid UTF-8 sequence(s) with U+FFFD")
        var copy = repaired
        record = try copy.withUTF8 { bytes throws(VerbatimError) in try JSONInputRecord.parse(bytes) }
      } else {
        record = try JSONInputRecord.parse(line)
      }
      var language: Language? = nil
      if let requested = record.language?.lowercased() {
        if requested.hasPrefix("fr") {
          language = .french
        } else if requested.hasPrefix("en") {
          language = .english
        } else if !["", "auto", "und"].contains(requested) {
          throw InputFailure(
            message: "\(name):\(number): unsupported \"lang\" '\(requested)' (use fr, en or auto)",
            exitCode: ExitCode(65))
        }
      }
      return InputDocument(id: record.id, text: record.text, language: language)
    } catch let error as VerbatimError {
      throw InputFailure(message: "\(name):\(number): \(error.message)", exitCode: ExitCode(65))
    }
  }

  private func decode(_ bytes: [UInt8], name: String, line: Int?) throws -> String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    let offset = UTF8Validation.firstInvalidOffset(bytes) ?? 0
    guard options.lossy else {
      var lineNumber = 1
      var lineStart = 0
      for index in 0..<offset where bytes[index] == 0x0A {
        lineNumber += 1
        lineStart = index + 1
      }
      throw InputFailure(
        message: "\(name): invalid UTF-8 at byte offset \(offset) (line \(lineNumber), column \(offset - lineStart + 1)); use --lossy to replace it",
        exitCode: ExitCode(65))
    }
    let (text, count) = UTF8Validation.repairing(bytes)
    printError("\(name): replaced \(count) invalid UTF-8 sequence(s) with U+FFFD (first at byte offset \(offset))")
    return text
  }

  private func readAll(_ descriptor: Int32, name: String) throws -> [UInt8] {
    var bytes: [UInt8] = []
    try forEachChunk(descriptor, name: name) { bytes.append(contentsOf: $0) }
    return bytes
  }

  /// Reads the descriptor to its end in 64 KiB chunks.
  private func forEachChunk(_ descriptor: Int32, name: String, _ body: (ArraySlice<UInt8>) throws -> Void) throws {
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw InputFailure(message: "\(name): read failed: \(String(cString: strerror(errno)))", exitCode: .failure)
      }
      if count == 0 { return }
      try body(chunk[0..<count])
    }
  }

  /// Streams lines (without their `\n` or `\r\n`); blank lines are skipped.
  private func forEachLine(
    _ descriptor: Int32, name: String, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void
  ) throws {
    var pending: [UInt8] = []
    var number = 0
    func emit(_ line: ArraySlice<UInt8>) throws {
      number += 1
      var line = line
      if line.last == 0x0D { line = line.dropLast() }
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
      try line.withUnsafeBufferPointer { try body($0, number) }
    }
    try forEachChunk(descriptor, name: name) { chunk in
      var start = chunk.startIndex
      for index in chunk.indices where chunk[index] == 0x0A {
        if pending.isEmpty {
          try emit(chunk[start..<index])
        } else {
          pending.append(contentsOf: chunk[start..<index])
          try emit(pending[...])
          pending.removeAll(keepingCapacity: true)
        }
        start = index + 1
      }
      pending.append(contentsOf: chunk[start..<chunk.endIndex])
    }
    if !pending.isEmpty { try emit(pending[...]) }
  }
}
