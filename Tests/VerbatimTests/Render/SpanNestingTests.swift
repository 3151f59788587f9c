import Testing
@testable import Verbatim

@Suite struct SpanNestingTests {
  /// A span written as `<i n=K>`, continued as `<i n=K c>`, its suffix `|K`.
  static func span(_ key: Int, _ range: Range<Int>, layer: Int = 0) -> MarkupSpan {
    MarkupSpan(
      utf8Range: range, layer: layer, open: "<i n=\(key)>", reopen: "<i n=\(key) c>", suffix: "|\(key)", close: "</i>")
  }

  static func render(_ text: String, _ spans: [MarkupSpan]) -> String {
    var buffer = HTMLBuffer()
    SpanNesting.write(text, spans: spans, to: &buffer)
    return buffer.string
  }

  @Test func disjointAndNestedSpans() {
    #expect(Self.render("abcdef", [Self.span(1, 0..<2), Self.span(2, 4..<6)]) == "<i n=1>ab|1</i>cd<i n=2>ef|2</i>")
    #expect(Self.render("abcdef", [Self.span(2, 2..<3), Self.span(1, 1..<5)]) == "a<i n=1>b<i n=2>c|2</i>de|1</i>f")
  }

  @Test func crossingSpansAreSplitAndReopened() {
    #expect(Self.render("abcdef", [Self.span(1, 0..<4), Self.span(2, 2..<6)])
      == "<i n=1>ab<i n=2>cd</i>|1</i><i n=2 c>ef|2</i>")
  }

  @Test func equalRangesNestByLayer() {
    #expect(Self.render("abc", [Self.span(2, 0..<3, layer: 3), Self.span(1, 0..<3, layer: 0)])
      == "<i n=1><i n=2>abc|2</i>|1</i>")
  }

  @Test func emptyAndOutOfRangeSpans() {
    #expect(Self.render("ab", [Self.span(1, 1..<1)]) == "a<i n=1>|1</i>b")
    #expect(Self.render("ab", [Self.span(1, 1..<9)]) == "a<i n=1>b|1</i>")
    #expect(Self.render("", []) == "")
  }

  @Test func textIsEscapedInsideAndOutside() {
    #expect(Self.render("<b>&'\"", [Self.span(1, 1..<2)]) == "&lt;<i n=1>b|1</i>&gt;&amp;&#39;&quot;")
  }

  @Test func randomSpansNestAndKeepTheirText() {
    var random = SeededGenerator(seed: 7)
    let alphabet = Array("aé<&b 漢»\n")
    for _ in 0..<300 {
      let text = String((0..<Int.random(in: 0...30, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
      let count = text.utf8.count
      // Offsets on scalar boundaries, as analyses give them.
      var boundaries = [0]
      for scalar in text.unicodeScalars { boundaries.append(boundaries.last! + String(scalar).utf8.count) }
      let spans = (0..<Int.random(in: 0...6, using: &random)).map { key -> MarkupSpan in
        let a = boundaries.randomElement(using: &random)!, b = boundaries.randomElement(using: &random)!
        return Self.span(key, min(a, b)..<max(a, b), layer: Int.random(in: 0...3, using: &random))
      }
      let html = Self.render(text, spans)
      // Parse the output back: tags balance, and each span's pieces hold its text.
      var stack: [Int] = [], pieces: [Int: String] = [:], plain = "", suffixes: [Int] = []
      var index = html.startIndex
      while index < html.endIndex {
        if html[index...].hasPrefix("<i n=") {
          let end = html[index...].firstIndex(of: ">")!
          let key = Int(html[html.index(index, offsetBy: 5)..<end].split(separator: " ")[0])!
          stack.append(key)
          index = html.index(after: end)
        } else if html[index...].hasPrefix("</i>") {
          #expect(!stack.isEmpty)
          stack.removeLast()
          index = html.index(index, offsetBy: 4)
        } else if html[index] == "|" {
          let end = html[index...].dropFirst().firstIndex(where: { !$0.isNumber }) ?? html.endIndex
          suffixes.append(Int(html[html.index(after: index)..<end])!)
          index = end
        } else {
          var character = String(html[index])
          for (escaped, raw) in [("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"), ("&#39;", "'"), ("&quot;", "\"")]
          where html[index...].hasPrefix(escaped) {
            character = raw
            index = html.index(index, offsetBy: escaped.count - 1)
          }
          plain += character
          for key in stack { pieces[key, default: ""] += character }
          index = html.index(after: index)
        }
      }
      #expect(stack.isEmpty, "\(html)")
      #expect(plain == text, "\(html)")
      #expect(suffixes.sorted() == spans.indices.map { $0 }, "each span ends once: \(html)")
      for (key, span) in spans.enumerated() {
        let expected = String(decoding: Array(text.utf8)[span.utf8Range.clamped(to: 0..<count)], as: UTF8.self)
        #expect((pieces[key] ?? "") == expected, "span \(key) \(span.utf8Range) in \(html)")
      }
    }
  }
}
