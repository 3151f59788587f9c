import ArgumentParser
import Verbatim

/// A failure the CLI reports and maps to an exit code.
struct InputFailure: Error {
  var message: String
  var exitCode: ExitCode
}

/// Reads the inputs named on the command line as a stream of ``WorkItem``s,
/// in order, holding one line or one chunk at a time.
///
/// - JSON Lines: one item per non-blank line (parsed later, by a worker); a
///   line over `--max-document-bytes` is skipped as it is read and becomes a
///   failure item.
/// - Text: one document per input; an input over `--chunk-bytes` is cut into
///   chunks at blank lines (``TextChunker``), each a document whose offsets
///   are shifted to the whole input. Invalid UTF-8 (without `--lossy`) makes
///   a failure item naming the byte, line and column, and the rest of that
///   input is skipped.
struct InputReader: Sendable {
  let settings: ReaderSettings

  /// The total size of the inputs when they are all regular files, else nil.
  func totalBytes() -> Int? {
    var total = 0
    for path in settings.files {
      var info = stat()
      let status = path == "-" ? fstat(STDIN_FILENO, &info) : stat(path, &info)
      guard status == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
      total += Int(info.st_size)
    }
    return total
  }

  /// Calls `body` with each item, in order.
  /// - Throws: ``InputFailure`` when an input cannot be opened or read, or
  ///   what `body` throws.
  func forEachItem(_ body: (WorkItem) throws -> Void) throws {
    var position = 0
    for path in settings.files {
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
      var input = Input(
        descriptor: descriptor, source: path == "-" ? "<stdin>" : path, id: jsonString(path),
        position: position)
      switch settings.format {
      case .text: try readText(&input, body)
      case .jsonl: try readLines(&input, body)
      }
      position = input.position
    }
  }

  /// One open input.
  private struct Input {
    let descriptor: Int32
    let source: String
    let id: [UInt8]
    /// Bytes read so far over all inputs.
    var position: Int
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)

    init(descriptor: Int32, source: String, id: [UInt8], position: Int) {
      self.descriptor = descriptor
      self.source = source
      self.id = id
      self.position = position
    }

    /// The size of a regular file, else nil.
    var regularFileSize: Int? {
      var info = stat()
      guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
      return Int(info.st_size)
    }

    /// Reads up to 64 KiB; nil at the end.
    mutating func readChunk() throws -> ArraySlice<UInt8>? {
      while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 {
          if errno == EINTR { continue }
          throw InputFailure(message: "\(source): read failed: \(String(cString: strerror(errno)))", exitCode: .failure)
        }
        if count == 0 { return nil }
        position += count
        return chunk[0..<count]
      }
    }
  }

  // MARK: JSON Lines

  /// Streams lines (without their `\n` or `\r\n`); blank lines are skipped.
  private func readLines(_ input: inout Input, _ body: (WorkItem) throws -> Void) throws {
    let limit = settings.maxDocumentBytes ?? .max
    var pending: [UInt8] = []
    var pendingLength = 0  // the line's length, also past the limit
    var number = 0
    func emit(_ line: ArraySlice<UInt8>, length: Int) throws {
      number += 1
      var line = line
      if line.last == 0x0D { line = line.dropLast() }
      if length > limit {
        let error = VerbatimError(
          .documentTooLarge,
          "\(input.source):\(number): the line is \(length) bytes, over --max-document-bytes \(limit)")
        try body(WorkItem(content: .failure(id: Array("null".utf8), chunk: nil, error: error), source: input.source, position: input.position))
        return
      }
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
      try body(WorkItem(content: .jsonLine(Array(line), number: number), source: input.source, position: input.position))
    }
    while let chunk = try input.readChunk() {
      var start = chunk.startIndex
      while let newline = chunk[start...].firstIndex(of: 0x0A) {
        let length = pendingLength + (newline - start)
        if pendingLength == 0 {
          try emit(chunk[start..<newline], length: length)
        } else {
          if pending.count < limit { pending.append(contentsOf: chunk[start..<min(newline, start + limit - pending.count)]) }
          try emit(pending[...], length: length)
          pending.removeAll(keepingCapacity: pending.capacity <= 1 << 20)
          pendingLength = 0
        }
        start = newline + 1
      }
      let rest = chunk[start...]
      if pending.count < limit { pending.append(contentsOf: rest.prefix(limit - pending.count)) }
      pendingLength += rest.count
    }
    if pendingLength > 0 { try emit(pending[...], length: pendingLength) }
  }

  // MARK: Text

  private func readText(_ input: inout Input, _ body: (WorkItem) throws -> Void) throws {
    var chunker = TextChunker(size: settings.chunkBytes)
    if let limit = settings.maxDocumentBytes {
      // Over the limit: one failure line. A regular file says its size; other
      // inputs are read up to the limit before anything is analyzed.
      var size = input.regularFileSize
      if size == nil {
        while let bytes = try input.readChunk() {
          chunker.append(bytes)
          if chunker.buffer.count > limit {
            size = chunker.buffer.count
            break
          }
        }
      }
      if let size, size > limit {
        let error = VerbatimError(
          .documentTooLarge,
          "\(input.source): \(size)\(input.regularFileSize == nil ? "+" : "") bytes, over --max-document-bytes \(limit)")
        try body(WorkItem(content: .failure(id: input.id, chunk: nil, error: error), source: input.source, position: input.position))
        return
      }
    }
    var state = ChunkState()
    var pieces: [ArraySlice<UInt8>] = []
    while true {
      while let piece = chunker.nextChunk() { pieces.append(piece) }
      for piece in pieces {
        guard try emitChunk(piece, final: false, &state, input, body) else { return }
      }
      pieces.removeAll()
      guard let bytes = try input.readChunk() else { break }
      chunker.append(bytes)
    }
    _ = try emitChunk(chunker.buffer[...], final: true, &state, input, body)
  }

  /// Where the next chunk starts in its input.
  private struct ChunkState {
    var index = 0
    var scalars = 0
    var bytes = 0
    var lines = 0  // line breaks before the chunk
    var lastLineStart = 0  // byte offset of the line the chunk starts in
  }

  /// Decodes one chunk and hands it over. Returns false when the input must
  /// stop (invalid UTF-8 without `--lossy`).
  private func emitChunk(
    _ bytes: ArraySlice<UInt8>, final: Bool, _ state: inout ChunkState, _ input: Input,
    _ body: (WorkItem) throws -> Void
  ) throws -> Bool {
    let chunk: TextChunk? = final && state.index == 0 ? nil : TextChunk(index: state.index, offset: state.scalars)
    var notes: [String] = []
    var text: String
    if let valid = String(validating: bytes, as: UTF8.self) {
      text = valid
    } else {
      let offset = UTF8Validation.firstInvalidOffset(bytes) ?? 0
      let absolute = state.bytes + offset
      guard settings.lossy else {
        var line = state.lines + 1
        var lineStart = state.lastLineStart
        for index in bytes.startIndex..<(bytes.startIndex + offset) where bytes[index] == 0x0A {
          line += 1
          lineStart = state.bytes + (index - bytes.startIndex) + 1
        }
        let error = VerbatimError(
          .invalidUTF8,
          "\(input.source): invalid UTF-8 at byte offset \(absolute) (line \(line), column \(absolute - lineStart + 1)); use --lossy to replace it")
        try body(WorkItem(content: .failure(id: input.id, chunk: chunk, error: error), source: input.source, position: input.position))
        return false
      }
      let (repaired, count) = UTF8Validation.repairing(bytes)
      notes.append("\(input.source): replaced \(count) invalid UTF-8 sequence(s) with U+FFFD (first at byte offset \(absolute))")
      text = repaired
    }
    var scalars = 0
    text.withUTF8 { utf8 in for byte in utf8 where byte & 0xC0 != 0x80 { scalars += 1 } }
    for index in bytes.indices where bytes[index] == 0x0A {
      state.lines += 1
      state.lastLineStart = state.bytes + (index - bytes.startIndex) + 1
    }
    state.index += 1
    state.scalars += scalars
    state.bytes += bytes.count
    let document = InputDocument(id: input.id, text: text, language: nil, chunk: chunk)
    try body(WorkItem(content: .document(document), source: input.source, notes: notes, position: input.position))
    return true
  }
}
