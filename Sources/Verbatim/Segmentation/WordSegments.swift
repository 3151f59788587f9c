/// Word segments of a paragraph: ``LatinWordBreak`` for chunks of Latin text,
/// ICU for the rest.
///
/// A chunk is the text between runs of ASCII white space. ICU always breaks
/// before ASCII white space and after it unless a combining mark, format
/// character or more white space follows (UAX #29 WB3–WB4), so a chunk's
/// segments do not depend on the text around it once the run of white space
/// before a non-Latin chunk goes to ICU with it. Non-Latin chunks go to ICU
/// together, with the few Latin chunks between them. The result is ICU's
/// segmentation, but that the white space of the chunks cut here (ASCII
/// runs and no-break spaces) is left out: it holds no token.
enum WordSegments {
  /// Calls `body` with the bounds (UTF-8 offsets in `bytes`) and rule
  /// status of each segment of `bytes[range]`, in order, and whether the
  /// segment is known to hold no white space (`plain`; a segment from ICU
  /// may hold some, as `«\u{202F}Bonjour`). With `latin` false, every segment
  /// comes from ICU (the tests compare the two).
  static func forEach(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, iterator: BreakIterator, latin: Bool = true,
    _ body: (_ start: Int, _ end: Int, _ status: Int32, _ plain: Bool) -> Void
  ) {
    guard latin else {
      icu(bytes, range, iterator, body)
      return
    }
    let end = range.upperBound
    var offset = range.lowerBound
    while offset < end {
      let spaceStart = offset
      offset = LatinWordBreak.skipSpaces(bytes, from: offset, to: end)
      guard offset < end else { break }
      var chunk = LatinWordBreak.chunk(bytes, from: offset, to: end)
      if chunk.isLatin {
        LatinWordBreak.forEachSegment(bytes, offset, chunk.end) { start, end, status in
          body(start, end, status, true)
        }
        offset = chunk.end
        continue
      }
      // Non-Latin chunks, with the white space before and between them, and
      // the Latin chunks between two of them fewer than `latinRunToLeave`
      // apart (each call to ICU costs about as much as cutting a few
      // hundred bytes: text that mixes scripts word by word stays with ICU).
      var icuEnd = chunk.end
      var scan = icuEnd
      var latinRun = 0
      while scan < end && latinRun < Self.latinRunToLeave {
        let next = LatinWordBreak.skipSpaces(bytes, from: scan, to: end)
        guard next < end else { break }
        chunk = LatinWordBreak.chunk(bytes, from: next, to: end)
        scan = chunk.end
        if chunk.isLatin {
          latinRun += 1
        } else {
          icuEnd = chunk.end
          latinRun = 0
        }
      }
      icu(bytes, spaceStart..<icuEnd, iterator, body)
      offset = icuEnd
    }
  }

  /// How many Latin chunks in a row end a run of text given to ICU.
  static let latinRunToLeave = 8

  /// ICU's segments of `bytes[range]`.
  private static func icu(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ iterator: BreakIterator,
    _ body: (_ start: Int, _ end: Int, _ status: Int32, _ plain: Bool) -> Void
  ) {
    let base = range.lowerBound
    var start = base
    iterator.forEachBoundary(in: UnsafeBufferPointer(rebasing: bytes[range])) { relative, status in
      body(start, base + relative, status, false)
      start = base + relative
    }
  }
}

extension Tokenizer {
  /// Whether the Latin fast path and ICU alone cut `text` into the same
  /// pieces (the fuzzer's check; `LatinWordBreakTests` show the pieces).
  package func latinWordBreakAgreesWithICU(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var fast: [Piece] = []
      var icu: [Piece] = []
      core.collectPieces(bytes, range: 0..<bytes.count, latin: true, into: &fast)
      core.collectPieces(bytes, range: 0..<bytes.count, latin: false, into: &icu)
      return fast.elementsEqual(icu) { $0.start == $1.start && $0.end == $1.end && $0.cls == $1.cls }
    }
  }
}
