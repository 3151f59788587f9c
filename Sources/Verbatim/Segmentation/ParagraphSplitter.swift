/// Splits text into paragraphs: at blank lines, and at single line breaks
/// between blocks (a headline, a byline, a new paragraph) — but not at a line
/// break that only wraps a sentence (the line ends without final punctuation
/// and the next one starts in lower case).
enum ParagraphSplitter {
  struct Block: Sendable {
    /// The paragraph's range, without surrounding white space.
    var range: Range<Int>
    /// Line breaks inside the paragraph that only wrap text; sentence
    /// splitting reads them as spaces.
    var softBreaks: [Int]
  }

  static func paragraphs(in bytes: UnsafeBufferPointer<UInt8>) -> [Block] {
    var blocks: [Block] = []
    var lineStart = 0
    var current: Block? = nil
    let count = bytes.count
    while lineStart <= count {
      // Find the end of this line.
      var lineEnd = lineStart
      var breakLength = 0
      while lineEnd < count {
        let byte = bytes[lineEnd]
        if byte == 0x0A || byte == 0x0B || byte == 0x0C { breakLength = 1; break }
        if byte == 0x0D {
          breakLength = lineEnd + 1 < count && bytes[lineEnd + 1] == 0x0A ? 2 : 1
          break
        }
        if byte == 0xE2 && lineEnd + 2 < count && bytes[lineEnd + 1] == 0x80
          && (bytes[lineEnd + 2] == 0xA8 || bytes[lineEnd + 2] == 0xA9)
        {
          breakLength = 3
          break
        }
        if byte == 0xC2 && lineEnd + 1 < count && bytes[lineEnd + 1] == 0x85 { breakLength = 2; break }
        lineEnd += 1
      }
      let content = trimmed(bytes, lineStart..<lineEnd)
      if content.isEmpty {
        if let block = current { blocks.append(block) }
        current = nil
      } else if var block = current {
        if continuesSentence(bytes, previousEnd: block.range.upperBound, next: content.lowerBound) {
          block.softBreaks.append(contentsOf: lineBreaks(bytes, block.range.upperBound..<content.lowerBound))
          block.range = block.range.lowerBound..<content.upperBound
          current = block
        } else {
          blocks.append(block)
          current = Block(range: content, softBreaks: [])
        }
      } else {
        current = Block(range: content, softBreaks: [])
      }
      if breakLength == 0 { break }
      lineStart = lineEnd + breakLength
    }
    if let block = current { blocks.append(block) }
    return blocks
  }

  /// `range` without leading and trailing white space.
  static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end {
      let (scalar, length) = UTF8Scanning.decode(bytes, at: start)
      guard UTF8Scanning.isSpace(scalar) else { break }
      start += length
    }
    while end > start {
      let previous = UTF8Scanning.previousScalarStart(bytes, before: end)
      let (scalar, _) = UTF8Scanning.decode(bytes, at: previous)
      guard UTF8Scanning.isSpace(scalar) else { break }
      end = previous
    }
    return start..<end
  }

  /// Whether a line ending at `previousEnd` runs on into the line starting at
  /// `next`: no final punctuation before, a lower-case letter after.
  private static func continuesSentence(_ bytes: UnsafeBufferPointer<UInt8>, previousEnd: Int, next: Int) -> Bool {
    let lastStart = UTF8Scanning.previousScalarStart(bytes, before: previousEnd)
    let (last, _) = UTF8Scanning.decode(bytes, at: lastStart)
    switch last {
    case ".", "!", "?", ":", ";", "…", "»", "”", "\"", ")", "]": return false
    default: break
    }
    guard last.isLetter || last == "," || last.properties.numericType != nil else { return false }
    let (first, _) = UTF8Scanning.decode(bytes, at: next)
    return first.isLower
  }

  private static func lineBreaks(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Int] {
    range.filter { bytes[$0] == 0x0A || bytes[$0] == 0x0D }
  }
}
