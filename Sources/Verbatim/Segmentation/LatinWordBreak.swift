/// Word break (Unicode UAX #29 as ICU applies it) for the text that makes up
/// nearly all French and English news: ASCII, Latin-1, Latin Extended-A, the
/// curly quotes, dashes, `…` and `€`. A chunk of text between ASCII white
/// space holding only those scalars is cut here by a byte loop; any other
/// chunk goes to ICU (see ``WordSegments``).
///
/// Within that alphabet the rules reduce to: letters and digits run
/// together (WB5, WB8–WB10; ICU counts `@` as a letter); `.`, `’`, `‘` and `'` join two letters
/// (WB6–WB7); `.`, `’`, `‘`, `'`, `,` and `;` join two digits (WB11–WB12);
/// every other scalar stands alone. Scalars whose class brings in further
/// rules (`_` and U+202F, ExtendNumLet; `·`, MidLetter; the soft hyphen,
/// Format; controls and everything else) are not in the alphabet.
/// `SegmentationPropertyTests` holds this to ICU's own boundaries for every
/// scalar of the alphabet in every context class and on the fixtures.
enum LatinWordBreak {
  /// The word-break class of a scalar of the alphabet.
  enum Class: UInt8 {
    /// Punctuation, symbols, no-break space: a segment of its own.
    case other
    /// ALetter.
    case letter
    /// Numeric (ASCII digits).
    case digit
    /// MidNumLet and Single_Quote: `.`, `’`, `‘`, `'` (between letters or digits).
    case midNumLet
    /// MidNum: `,`, `;` (between digits only).
    case midNum
    /// ASCII white space: ends a chunk.
    case space
    /// Not in the alphabet: the chunk goes to ICU.
    case foreign
  }

  /// The ICU rule status the segments carry (`UBRK_WORD_LETTER`,
  /// `UBRK_WORD_NUMBER`, `UBRK_WORD_NONE`), as the tokenizer reads them.
  static let letterStatus: Int32 = 200
  static let numberStatus: Int32 = 100
  static let noStatus: Int32 = 0

  /// The class of an ASCII byte: a switch over constants, which the
  /// compiler makes a table look-up (a `static let` table would cost a
  /// lazy-initialization check at every byte).
  @inline(__always)
  static func asciiClass(_ byte: UInt8) -> Class {
    switch byte {
    case 0x09...0x0D, 0x20: .space
    case 0x30...0x39: .digit
    case 0x40...0x5A, 0x61...0x7A: .letter  // ICU counts `@` as a letter (e-mail addresses)
    case 0x2E, 0x27: .midNumLet
    case 0x2C, 0x3B: .midNum
    case 0x5F: .foreign  // `_`, ExtendNumLet
    case 0x21...0x7E: .other
    default: .foreign  // controls
    }
  }

  /// Whether `byte` is ASCII white space (tab, line feed, vertical tab, form
  /// feed, carriage return, space).
  @inline(__always)
  static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

  /// The offset of the first byte from `start` on that is no ASCII white
  /// space, or `end`.
  @inline(__always)
  static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
    var offset = start
    while offset < end && isSpace(bytes[offset]) { offset += 1 }
    return offset
  }

  /// The class and byte length of the scalar at `offset` (valid UTF-8,
  /// `offset < end`); a scalar running past `end` is foreign.
  @inline(__always)
  static func scalarClass(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ end: Int) -> (Class, Int) {
    let lead = bytes[offset]
    if lead < 0x80 { return (asciiClass(lead), 1) }
    switch lead {
    case 0xC2, 0xC3, 0xC4, 0xC5:
      guard offset + 1 < end else { return (.foreign, 1) }
      let next = bytes[offset + 1]
      if lead == 0xC3 { return (next == 0x97 || next == 0xB7 ? .other : .letter, 2) }  // × ÷
      if lead != 0xC2 { return (.letter, 2) }  // U+0100…U+017F
      switch next {
      case 0xAA, 0xB5, 0xBA: return (.letter, 2)  // ª µ º
      case 0xAD, 0xB7: return (.foreign, 2)  // soft hyphen (Format), · (MidLetter)
      case 0xA0...0xBF: return (.other, 2)
      default: return (.foreign, 2)  // C1 controls, NEL
      }
    case 0xE2:
      guard offset + 2 < end else { return (.foreign, 1) }
      let second = bytes[offset + 1]
      let third = bytes[offset + 2]
      if second == 0x80 {
        switch third {
        case 0x98, 0x99: return (.midNumLet, 3)  // ‘ ’
        case 0x93, 0x94, 0x9C, 0x9D, 0xA6: return (.other, 3)  // – — “ ” …
        default: return (.foreign, 3)
        }
      }
      if second == 0x82 && third == 0xAC { return (.other, 3) }  // €
      return (.foreign, 3)
    default:
      return (.foreign, 1)
    }
  }

  /// The end of the chunk starting at `start` (the next ASCII white space or
  /// `end`) and whether every scalar in it is in the alphabet.
  @inline(__always)
  static func chunk(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (end: Int, isLatin: Bool) {
    var offset = start
    var isLatin = true
    while offset < end {
      let byte = bytes[offset]
      if byte < 0x80 {
        let cls = asciiClass(byte)
        if cls == .space { break }
        if cls == .foreign { isLatin = false }
        offset += 1
      } else {
        let (cls, length) = scalarClass(bytes, offset, end)
        if cls == .foreign { isLatin = false }
        offset += length
      }
    }
    return (offset, isLatin)
  }

  /// Calls `body` with the bounds and rule status of each segment of the
  /// chunk `start..<end`, which ``chunk(_:from:to:)`` found to be Latin,
  /// but no-break spaces (white space, which holds no token).
  @inline(__always)
  static func forEachSegment(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
    _ body: (_ start: Int, _ end: Int, _ status: Int32) -> Void
  ) {
    var offset = start
    while offset < end {
      let (cls, length) = scalarClass(bytes, offset, end)
      var next = offset + length
      guard cls == .letter || cls == .digit else {
        if length != 2 || bytes[offset] != 0xC2 || bytes[offset + 1] != 0xA0 { body(offset, next, noStatus) }
        offset = next
        continue
      }
      var previous = cls
      while next < end {
        let (following, followingLength) = scalarClass(bytes, next, end)
        if following == .letter || following == .digit {
          previous = following
          next += followingLength
          continue
        }
        // WB6–WB7 (letter · letter) and WB11–WB12 (digit · digit).
        guard following == .midNumLet || following == .midNum, next + followingLength < end else { break }
        let (after, afterLength) = scalarClass(bytes, next + followingLength, end)
        guard after == previous, following == .midNumLet || after == .digit else { break }
        next += followingLength + afterLength
      }
      // ICU's status is that of the segment's last letter or digit.
      body(offset, next, previous == .letter ? letterStatus : numberStatus)
      offset = next
    }
  }
}
