import Testing
@testable import Verbatim

@Suite struct SpecialSpanScannerTests {
  /// The scanner without its skipping: every byte it has not passed inside a
  /// span is tried as the start of a URL (`h`, `f`, `w` in either case), an
  /// e-mail address or mention (`@`) and a hashtag (`#`).
  static func reference(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [SpecialSpanScanner.Span] {
    typealias Scanner = SpecialSpanScanner
    var spans: [Scanner.Span] = []
    var index = range.lowerBound
    let end = range.upperBound
    while index < end {
      let byte = bytes[index]
      if "hHfFwW".utf8.contains(byte), Scanner.startsWord(bytes, index, range),
        let stop = Scanner.url(bytes, index, end)
      {
        spans.append(.init(start: index, end: stop, kind: .url))
        index = stop
        continue
      }
      if byte == UInt8(ascii: "@") {
        if let (start, stop) = Scanner.email(bytes, at: index, range: range, after: spans.last?.end ?? range.lowerBound) {
          spans.append(.init(start: start, end: stop, kind: .email))
          index = stop
          continue
        }
        if Scanner.startsWord(bytes, index, range), let stop = Scanner.handle(bytes, index + 1, end, letterRequired: false) {
          spans.append(.init(start: index, end: stop, kind: .mention))
          index = stop
          continue
        }
      }
      if byte == UInt8(ascii: "#"), Scanner.startsWord(bytes, index, range),
        let stop = Scanner.handle(bytes, index + 1, end, letterRequired: true)
      {
        spans.append(.init(start: index, end: stop, kind: .hashtag))
        index = stop
        continue
      }
      index += 1
    }
    return spans
  }

  /// The scanner, which skips eight bytes at a time and reads a scheme back
  /// from its `://`, finds the spans of the reference on texts made of URL,
  /// address, handle and tag fragments, letters and punctuation, at every
  /// start offset.
  @Test func spansAgreeWithTryingEveryPosition() {
    let fragments = [
      "http://", "https://", "HTTPS://", "Http://", "ftp://", "FTP:", "www.", "WWW.", "Www.", "ww.", "http", "ttp",
      "://", ":/", "//", "exemple.fr", "a.b/c(d)", "[x]", "?q=1&r=2", "a@b.com", "x.y@z.org", "@", "@user", "#", "#tag",
      "#2020", "w", "h", "f", "x", "é", "ç", "’", " ", "  ", "\n", ".", ",", ")", "(", "\"", "«", "»", "-", "_", "1",
      "xhttp://", "voir https://", "mail:", "s", "p", "t",
    ]
    var random = SplitMix(seed: 20_261_202)
    var found = 0
    var kinds = Set<TokenKind>()
    for _ in 0..<3_000 {
      var text = ""
      for _ in 0..<Int.random(in: 1...14, using: &random) {
        text += fragments[Int.random(in: 0..<fragments.count, using: &random)]
      }
      let shown = text
      text.withUTF8 { bytes in
        for start in [0, 1, 3] where start <= bytes.count && (start == bytes.count || bytes[start] & 0xC0 != 0x80) {
          let range = start..<bytes.count
          let expected = Self.reference(bytes, range)
          let spans = SpecialSpanScanner.spans(in: bytes, range: range)
          #expect(spans.map { [$0.start, $0.end] } == expected.map { [$0.start, $0.end] }, "\(shown) from \(start)")
          #expect(spans.map(\.kind) == expected.map(\.kind), "\(shown) from \(start)")
          found += expected.count
          kinds.formUnion(expected.map(\.kind))
        }
      }
    }
    // The texts do hold every kind of span, many times.
    #expect(found > 1_000)
    #expect(kinds == [.url, .email, .mention, .hashtag])
  }
}
