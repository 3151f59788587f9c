/// Finds URLs, e-mail addresses, @mentions and #hashtags before word break,
/// which would cut them into pieces (`https | : | / | / | …`).
struct SpecialSpanScanner {
  struct Span: Sendable {
    var start: Int
    var end: Int
    var kind: TokenKind
  }

  /// The spans found in `bytes[range]`, in order and non-overlapping.
  static func spans(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Span] {
    var spans: [Span] = []
    var index = range.lowerBound
    let end = range.upperBound
    while index < end {
      // Only a few ASCII bytes can start a special span: skip the rest
      // eight bytes at a time, then byte by byte.
      while index + 8 <= end,
        !mayHoldStartCandidate(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
      {
        index += 8
      }
      while index < end && !isStartCandidate(bytes[index]) { index += 1 }
      guard index < end else { break }
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: ":"):
        // `https://`, `http://`, `ftp://`: the scheme was skipped over and is
        // read back from its colon.
        let floor = spans.last?.end ?? range.lowerBound
        if let start = schemeStart(bytes, colon: index, floor: floor, end: end), startsWord(bytes, start, range),
          let stop = url(bytes, start, end)
        {
          spans.append(Span(start: start, end: stop, kind: .url))
          index = stop
          continue
        }
      case UInt8(ascii: "w"), UInt8(ascii: "W"):
        if startsWord(bytes, index, range), let stop = url(bytes, index, end) {
          spans.append(Span(start: index, end: stop, kind: .url))
          index = stop
          continue
        }
      case UInt8(ascii: "@"):
        if let (start, stop) = email(bytes, at: index, range: range, after: spans.last?.end ?? range.lowerBound) {
          // The local part was already scanned as ordinary text; no span ends inside it.
          spans.append(Span(start: start, end: stop, kind: .email))
          index = stop
          continue
        }
        if startsWord(bytes, index, range), let stop = handle(bytes, index + 1, end, letterRequired: false) {
          spans.append(Span(start: index, end: stop, kind: .mention))
          index = stop
          continue
        }
      case UInt8(ascii: "#"):
        if startsWord(bytes, index, range), let stop = handle(bytes, index + 1, end, letterRequired: true) {
          spans.append(Span(start: index, end: stop, kind: .hashtag))
          index = stop
          continue
        }
      default: break
      }
      index += 1
    }
    return spans
  }

  /// Whether `byte` can show a special span: `:` (of `://`), `w`, `W`
  /// (`www.`), `@`, `#`. One shift and mask over a 64-bit set per half of ASCII.
  @inline(__always)
  private static func isStartCandidate(_ byte: UInt8) -> Bool {
    // `#` (0x23) and `:` (0x3A) are bits of the 0x00…0x3F word; `@` (0x40),
    // `W` and `w` bits of the 0x40…0x7F word.
    let low: UInt64 = 1 << 0x23 | 1 << 0x3A
    let high: UInt64 = 1 << (0x40 - 0x40) | 1 << (0x57 - 0x40) | 1 << (0x77 - 0x40)
    let set = byte < 0x40 ? low : byte < 0x80 ? high : 0
    return set >> UInt64(byte & 0x3F) & 1 != 0
  }

  /// Whether any of the eight bytes of `word` may be a start candidate
  /// (``isStartCandidate(_:)``; it can answer yes for none, never no for
  /// one): each byte with bit 0x20 set is compared with `#`, `:`, `` ` ``
  /// (for `@`) and `w`.
  @inline(__always)
  private static func mayHoldStartCandidate(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let folded = word | (ones &* 0x20)
    @inline(__always) func hasByte(_ byte: UInt64) -> Bool {
      let x = folded ^ (ones &* byte)
      return (x &- ones) & ~x & highs != 0
    }
    return hasByte(0x23) || hasByte(0x3A) || hasByte(0x60) || hasByte(0x77)
  }

  /// Where the scheme (`https`, `http`, `ftp`, any case) ending at the `:`
  /// at `colon` starts, when `//` follows the colon and the scheme starts at
  /// or after `floor`; nil otherwise.
  private static func schemeStart(_ bytes: UnsafeBufferPointer<UInt8>, colon: Int, floor: Int, end: Int) -> Int? {
    guard colon + 2 < end, bytes[colon + 1] == UInt8(ascii: "/"), bytes[colon + 2] == UInt8(ascii: "/") else {
      return nil
    }
    for scheme: StaticString in ["https", "http", "ftp"] {
      let start = colon - scheme.utf8CodeUnitCount
      if start >= floor && hasPrefix(bytes, start, colon, scheme) { return start }
    }
    return nil
  }

  /// Whether the byte at `index` is not preceded by a letter, digit or `_`.
  static func startsWord(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ range: Range<Int>) -> Bool {
    guard index > range.lowerBound else { return true }
    let previous = bytes[index - 1]
    if previous >= 0x80 {
      let start = UTF8Scanning.previousScalarStart(bytes, before: index)
      let (scalar, _) = UTF8Scanning.decode(bytes, at: start)
      return !scalar.isLetter
    }
    return !isASCIIWordByte(previous)
  }

  @inline(__always)
  private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F
  }

  private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int, _ prefix: StaticString) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard end - index >= count else { return false }
    let p = prefix.utf8Start
    for offset in 0..<count where bytes[index + offset] | 0x20 != p[offset] | 0x20 {
      return false
    }
    return true
  }

  /// A URL starting at `index` (`http://`, `https://`, `ftp://`, `www.`).
  static func url(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int? {
    let bodyStart: Int
    if hasPrefix(bytes, index, end, "https://") {
      bodyStart = index + 8
    } else if hasPrefix(bytes, index, end, "http://") {
      bodyStart = index + 7
    } else if hasPrefix(bytes, index, end, "ftp://") {
      bodyStart = index + 6
    } else if hasPrefix(bytes, index, end, "www.") {
      bodyStart = index + 4
    } else {
      return nil
    }
    var stop = bodyStart
    var parentheses = 0
    var brackets = 0
    scan: while stop < end {
      let byte = bytes[stop]
      switch byte {
      case 0..<0x21, 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D, 0x7F: break scan
      case UInt8(ascii: "("): parentheses += 1
      case UInt8(ascii: ")"):
        if parentheses == 0 { break scan }
        parentheses -= 1
      case UInt8(ascii: "["): brackets += 1
      case UInt8(ascii: "]"):
        if brackets == 0 { break scan }
        brackets -= 1
      case 0x80...:
        // Non-ASCII: letters are allowed in IRIs; spaces and quotes end the URL.
        let (scalar, length) = UTF8Scanning.decode(bytes, at: stop)
        if UTF8Scanning.isSpace(scalar) || !(scalar.isLetter || scalar.properties.numericType != nil) {
          break scan
        }
        stop += length
        continue scan
      default: break
      }
      stop += 1
    }
    // Trailing punctuation belongs to the sentence, not the URL.
    while stop > bodyStart {
      let last = bytes[stop - 1]
      if last == UInt8(ascii: ".") || last == UInt8(ascii: ",") || last == UInt8(ascii: ";")
        || last == UInt8(ascii: ":") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
        || last == UInt8(ascii: "'")
      {
        stop -= 1
      } else {
        break
      }
    }
    // At least one character after the scheme, and a dot or slash for `www.`.
    return stop > bodyStart + 1 ? stop : nil
  }

  /// An e-mail address around the `@` at `at`: local part back to `floor`.
  static func email(
    _ bytes: UnsafeBufferPointer<UInt8>, at: Int, range: Range<Int>, after floor: Int
  ) -> (Int, Int)? {
    var start = at
    while start > max(range.lowerBound, floor) {
      let byte = bytes[start - 1]
      if isASCIIWordByte(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
        || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "%")
      {
        start -= 1
      } else {
        break
      }
    }
    while start < at && (bytes[start] == UInt8(ascii: ".") || bytes[start] == UInt8(ascii: "-")) {
      start += 1
    }
    guard start < at else { return nil }
    var stop = at + 1
    var lastDot = -1
    while stop < range.upperBound {
      let byte = bytes[stop]
      if isASCIIWordByte(byte) || byte == UInt8(ascii: "-") {
        stop += 1
      } else if byte == UInt8(ascii: "."), stop + 1 < range.upperBound, isASCIIWordByte(bytes[stop + 1]) {
        lastDot = stop
        stop += 1
      } else {
        break
      }
    }
    // The domain needs a dot followed by at least two letters.
    guard lastDot > at + 1, stop - lastDot > 2 else { return nil }
    return (start, stop)
  }

  /// The end of a `@handle` or `#tag` body starting at `index`.
  static func handle(
    _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int, letterRequired: Bool
  ) -> Int? {
    var stop = index
    var hasLetter = false
    while stop < end {
      let byte = bytes[stop]
      if byte < 0x80 {
        guard isASCIIWordByte(byte) else { break }
        if byte > 0x39 && byte != 0x5F { hasLetter = true }
        stop += 1
      } else {
        let (scalar, length) = UTF8Scanning.decode(bytes, at: stop)
        guard scalar.isLetter || scalar.properties.generalCategory == .nonspacingMark else { break }
        hasLetter = true
        stop += length
      }
    }
    guard stop > index, hasLetter || !letterRequired else { return nil }
    return stop
  }
}
