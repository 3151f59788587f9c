/// Collapses white space: each run becomes one space, or `\n` when it holds
/// a line break, or `\n\n` when it holds two or more (a paragraph break);
/// runs of zero-width spaces alone are removed; the text is trimmed.
///
/// White space is ``UTF8Scanning/isSpace(_:)``; `\r\n` counts as one break.
struct WhitespaceStep: NormalizationStep {
  func apply(_ input: UnsafeBufferPointer<UInt8>) -> StepOutput? {
    var builder = EditBuilder(input)
    let count = input.count
    var offset = 0
    while offset < count {
      let (isSpace, length) = Self.space(at: offset, in: input)
      if !isSpace {
        offset += length
        continue
      }
      // A run of white space starting at `offset`.
      let start = offset
      var breaks = 0
      var visible = false
      var previousWasCR = false
      while offset < count {
        let (isSpace, length) = Self.space(at: offset, in: input)
        if !isSpace { break }
        let byte = input[offset]
        if byte < 0x80 {
          if byte == 0x0A {
            if !previousWasCR { breaks += 1 }
          } else if byte == 0x0D || byte == 0x0B || byte == 0x0C {
            breaks += 1
          } else {
            visible = true
          }
          previousWasCR = byte == 0x0D
        } else {
          let scalar = UTF8Scanning.decode(input, at: offset).0
          if UTF8Scanning.isLineBreak(scalar) {
            breaks += 1
          } else if scalar.value != 0x200B && scalar.value != 0xFEFF {
            visible = true
          }
          previousWasCR = false
        }
        offset += length
      }
      let replacement: StaticString
      if start == 0 || offset == count {
        replacement = ""
      } else if breaks >= 2 {
        replacement = "\n\n"
      } else if breaks == 1 {
        replacement = "\n"
      } else if visible {
        replacement = " "
      } else {
        replacement = ""
      }
      builder.replace(
        start..<offset,
        with: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
    }
    return builder.finish()
  }

  /// Whether a white-space character starts at `offset`, and the length of
  /// the character there.
  @inline(__always)
  private static func space(at offset: Int, in input: UnsafeBufferPointer<UInt8>) -> (Bool, Int) {
    let byte = input[offset]
    if byte < 0x80 {
      return (byte == 0x20 || (byte >= 0x09 && byte <= 0x0D), 1)
    }
    switch byte {
    case 0xC2, 0xE1, 0xE2, 0xE3, 0xEF:
      let (scalar, length) = UTF8Scanning.decode(input, at: offset)
      return (UTF8Scanning.isSpace(scalar), length)
    default:
      return (false, byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4)
    }
  }
}
