/// Cuts a text stream into chunks of about `size` bytes at blank lines, so
/// a text larger than memory can be analyzed paragraph by paragraph.
///
/// A chunk ends after the last blank line (a line of spaces, tabs or `\r`
/// only) in its first `size` bytes, or else after the first blank line that
/// follows. A text with no blank line for `4 × size` bytes is cut after a
/// line break near `size`, else after a space, else before a UTF-8 lead
/// byte. Cuts fall on ASCII bytes (or before a lead byte), never inside a
/// UTF-8 sequence.
struct TextChunker {
  let size: Int
  private(set) var buffer: [UInt8] = []
  /// Whether the first `size` bytes of the buffer hold no blank line.
  private var noBlankLineWithinSize = false
  /// The buffer holds no blank line ending between `size` and this offset.
  private var searchedForward = 0

  init(size: Int) { self.size = size }

  /// Adds bytes read from the input.
  mutating func append(_ bytes: some Collection<UInt8>) { buffer.append(contentsOf: bytes) }

  /// The next chunk when the buffer holds enough text to cut one, or nil.
  mutating func nextChunk() -> ArraySlice<UInt8>? {
    guard buffer.count > size else { return nil }
    var cut: Int? = nil
    if !noBlankLineWithinSize {
      cut = stride(from: size - 1, through: 1, by: -1).first(where: endsBlankLine)
      noBlankLineWithinSize = cut == nil
      searchedForward = size
    }
    if cut == nil {
      cut = (searchedForward..<buffer.count).first(where: endsBlankLine)
      searchedForward = buffer.count
    }
    if cut == nil && buffer.count >= 4 * size { cut = forcedCut() - 1 }
    guard let cut else { return nil }
    let chunk = buffer[0...cut]
    buffer = Array(buffer[(cut + 1)...])
    noBlankLineWithinSize = false
    searchedForward = 0
    return chunk
  }

  /// Whether the byte at `index` is the `\n` ending a blank line (that is
  /// not the text's first line).
  private func endsBlankLine(_ index: Int) -> Bool {
    guard buffer[index] == 0x0A else { return false }
    var previous = index - 1
    while previous > 0, buffer[previous] == 0x20 || buffer[previous] == 0x09 || buffer[previous] == 0x0D {
      previous -= 1
    }
    return previous > 0 && buffer[previous] == 0x0A
  }

  /// The length of the chunk when no blank line is in sight: up to the last
  /// line break in the first `size` bytes (or the first one after), else
  /// the same with a space, else up to the last UTF-8 lead byte within `size`.
  private func forcedCut() -> Int {
    for separator: UInt8 in [0x0A, 0x20] {
      if let index = buffer[1..<size].lastIndex(of: separator) { return index + 1 }
      if let index = buffer[size...].firstIndex(of: separator) { return index + 1 }
    }
    if let lead = buffer[1...size].lastIndex(where: { $0 & 0xC0 != 0x80 }) { return lead }
    return buffer.count
  }
}
