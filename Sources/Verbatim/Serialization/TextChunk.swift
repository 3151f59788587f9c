/// Where a part of a larger input starts, when an input too large to hold is
/// analyzed in chunks: its rank and its first code point's offset in the
/// whole input.
package struct TextChunk: Sendable, Hashable {
  /// The chunk's rank in its input, from 0.
  package var index: Int
  /// The code-point offset of the chunk's first character in the whole input.
  package var offset: Int

  package init(index: Int, offset: Int) {
    self.index = index
    self.offset = offset
  }

  /// `,"chunk":…,"offset":…`
  package func writeFields(to json: inout JSONWriter) {
    json.field("chunk", index)
    json.field("offset", offset)
  }
}
