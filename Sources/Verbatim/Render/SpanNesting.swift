/// Writes a text with spans of markup around parts of it, from a sorted list
/// of open and close events on UTF-8 offsets, so that the elements always
/// nest: where two spans cross, the inner one is closed at the outer one's
/// end and reopened right after it.
///
/// At one offset, spans that end are closed first, then empty spans are
/// written, then spans that start are opened, the longest (then the lowest
/// ``MarkupSpan/layer``) outermost. Every byte of the text is escaped.
enum SpanNesting {
  /// Writes `text` with `spans` into `buffer`. Ranges are clamped to the text.
  static func write(_ text: String, spans: [MarkupSpan], to buffer: inout HTMLBuffer) {
    var text = text
    text.withUTF8 { bytes in write(bytes, spans: spans, to: &buffer) }
  }

  private static func write(_ bytes: UnsafeBufferPointer<UInt8>, spans: [MarkupSpan], to buffer: inout HTMLBuffer) {
    let count = bytes.count
    let clamped = spans.map { span -> MarkupSpan in
      var span = span
      let lower = min(max(span.utf8Range.lowerBound, 0), count)
      span.utf8Range = lower..<min(max(span.utf8Range.upperBound, lower), count)
      return span
    }
    func outerFirst(_ a: Int, _ b: Int) -> Bool {
      let x = clamped[a], y = clamped[b]
      if x.utf8Range.lowerBound != y.utf8Range.lowerBound { return x.utf8Range.lowerBound < y.utf8Range.lowerBound }
      if x.utf8Range.upperBound != y.utf8Range.upperBound { return x.utf8Range.upperBound > y.utf8Range.upperBound }
      if x.layer != y.layer { return x.layer < y.layer }
      return a < b
    }
    let ordered = clamped.indices.sorted(by: outerFirst)
    let opening = ordered.filter { !clamped[$0].utf8Range.isEmpty }
    let empty = ordered.filter { clamped[$0].utf8Range.isEmpty }
    var offsets = Set(clamped.flatMap { [$0.utf8Range.lowerBound, $0.utf8Range.upperBound] })
    offsets.insert(count)
    var nextOpen = 0, nextEmpty = 0
    var stack: [Int] = []
    var position = 0
    for offset in offsets.sorted() {
      buffer.escape(UnsafeBufferPointer(rebasing: bytes[position..<offset]))
      position = offset
      // Close the spans that end here, and reopen the ones they crossed.
      if let lowest = stack.firstIndex(where: { clamped[$0].utf8Range.upperBound <= offset }) {
        var crossed: [Int] = []
        while stack.count > lowest {
          let index = stack.removeLast()
          let span = clamped[index]
          if span.utf8Range.upperBound <= offset {
            buffer.raw(span.suffix)
          } else {
            crossed.append(index)
          }
          buffer.raw(span.close)
        }
        // All reopen here: the one that lasts longest goes outermost.
        let reopening = crossed.sorted { a, b in
          let x = clamped[a], y = clamped[b]
          if x.utf8Range.upperBound != y.utf8Range.upperBound { return x.utf8Range.upperBound > y.utf8Range.upperBound }
          return x.layer != y.layer ? x.layer < y.layer : a < b
        }
        for index in reopening {
          buffer.raw(clamped[index].reopen)
          stack.append(index)
        }
      }
      while nextEmpty < empty.count && clamped[empty[nextEmpty]].utf8Range.lowerBound == offset {
        let span = clamped[empty[nextEmpty]]
        buffer.raw(span.open + span.suffix + span.close)
        nextEmpty += 1
      }
      while nextOpen < opening.count && clamped[opening[nextOpen]].utf8Range.lowerBound == offset {
        buffer.raw(clamped[opening[nextOpen]].open)
        stack.append(opening[nextOpen])
        nextOpen += 1
      }
    }
    while let index = stack.popLast() {
      buffer.raw(clamped[index].suffix + clamped[index].close)
    }
  }
}
