import ArgumentParser
import Verbatim

/// Buffered standard output. JSON Lines records are flushed one by one when
/// the input is JSON Lines, so pipelines stream.
struct OutputWriter {
  let format: OutputFormat
  let flushEachRecord: Bool
  private var buffer = JSONWriter(capacity: 1 << 16)
  private var records = 0

  init(format: OutputFormat, flushEachRecord: Bool) {
    self.format = format
    self.flushEachRecord = flushEachRecord
  }

  /// Writes one JSON object (`json` built by `write`).
  mutating func record(_ write: (inout JSONWriter) -> Void) throws {
    if format == .json { buffer.raw(records == 0 ? "[\n" : ",\n") }
    write(&buffer)
    if format == .jsonl { buffer.byte(0x0A) }
    records += 1
    if flushEachRecord || buffer.bytes.count >= 1 << 16 { try flush() }
  }

  /// Writes one JSON object already rendered.
  mutating func record(_ object: [UInt8]) throws {
    try record { json in json.raw(object) }
  }

  /// Writes plain text already rendered (the `text` format).
  mutating func text(_ bytes: [UInt8]) throws {
    buffer.raw(bytes)
    if flushEachRecord || buffer.bytes.count >= 1 << 16 { try flush() }
  }

  /// Writes plain text (the `text` format).
  mutating func text(_ string: String) throws {
    buffer.raw(Array(string.utf8))
    if buffer.bytes.count >= 1 << 16 { try flush() }
  }

  mutating func finish() throws {
    if format == .json { buffer.raw(records == 0 ? "[]\n" : "\n]\n") }
    try flush()
  }

  mutating func flush() throws {
    guard !buffer.bytes.isEmpty else { return }
    guard buffer.bytes.withUnsafeBufferPointer({ writeAll(STDOUT_FILENO, $0) }) else {
      throw InputFailure(message: "cannot write to standard output", exitCode: .failure)
    }
    buffer.bytes.removeAll(keepingCapacity: true)
  }
}

/// Runs a command body, turning failures into a message and an exit code;
/// returns what the body returns.
func runReportingFailures<Result>(_ body: () throws -> Result) throws -> Result {
  do {
    return try body()
  } catch let failure as InputFailure {
    printError(failure.message)
    throw failure.exitCode
  } catch let error as VerbatimError {
    printError(error.description)
    throw error.code == .invalidArgument ? ExitCode.validationFailure : ExitCode.failure
  }
}
