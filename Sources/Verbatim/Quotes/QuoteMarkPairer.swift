/// A stretch of text between quotation marks, found by ``QuoteMarkPairer``.
struct MarkedSpan {
  /// The last token of the opening mark, or nil for a closing mark without
  /// an opening one (the span then starts at its paragraph).
  var open: Int?
  /// The first token of the closing mark, or nil for an unclosed mark (the
  /// span then ends with the paragraph).
  var close: Int?
  /// The tokens between the marks.
  var content: Range<Int>
  var isClosed: Bool { open != nil && close != nil }
}

/// Pairs quotation marks with a pairing table, not sequentially: `«` is
/// closed by `»`, `“` by `”` or `"`, a curly `’` after a word is an
/// apostrophe unless a `‘` is open, a different mark may nest inside a quote,
/// an English quote may reopen at each paragraph (`“` … ¶ `“` … `”`) and a
/// French one may run over paragraphs until its `»`.
///
/// Unpaired marks never swallow text: an unclosed `«` or `“` ends with its
/// paragraph, a lone straight `"` is dropped, a closing mark after sentence
/// punctuation starts at its paragraph. One pass, a stack bounded at 16
/// marks: linear in the number of marks whatever their order.
struct QuoteMarkPairer {
  private struct Opener {
    var mark: Int
    var token: Int
    var paragraph: Int
    /// The last paragraph the quote reached through a reopening mark.
    var reached: Int
    var startsParagraph: Bool
  }

  static let maximumDepth = 16
  /// How many paragraphs a French quote may run over without marks.
  static let maximumUnmarkedParagraphs = 6

  /// The marked spans of the document, outermost only, in text order.
  static func spans(_ doc: QuoteTokens, lexicon: QuoteLexicon) -> [MarkedSpan] {
    var found: [MarkedSpan] = []
    var stack: [Opener] = []
    var counts = [Int](repeating: 0, count: lexicon.marks.count)
    let paragraphCount = doc.analysis.paragraphs.count

    func accepts(_ opener: Opener, _ mark: Int) -> Bool { lexicon.marks[opener.mark].closers & (1 << UInt32(mark)) != 0 }
    func canClose(_ mark: Int) -> Bool {
      for index in counts.indices where counts[index] > 0 && lexicon.marks[index].closers & (1 << UInt32(mark)) != 0 {
        return true
      }
      return false
    }
    func push(_ opener: Opener) {
      guard stack.count < maximumDepth else { return }
      stack.append(opener)
      counts[opener.mark] += 1
    }
    func pop() -> Opener {
      let opener = stack.removeLast()
      counts[opener.mark] -= 1
      return opener
    }
    /// Ends the quotes still open: strong marks at the end of the last
    /// paragraph they reached; a lone straight `"` is dropped.
    func flush() {
      while !stack.isEmpty {
        let opener = pop()
        // A lone `"` is kept only where a quote clearly starts (a paragraph
        // start, after a colon).
        if lexicon.marks[opener.mark].bytes == [UInt8(ascii: "\"")] && !opener.startsParagraph
          && !doc.has(opener.token - 1, .colon)
        {
          continue
        }
        let end = doc.paragraphTokens(opener.reached).upperBound
        found.append(MarkedSpan(open: opener.token, close: nil, content: (opener.token + 1)..<end))
      }
    }

    for paragraph in 0..<paragraphCount {
      let tokens = doc.paragraphTokens(paragraph)
      guard !tokens.isEmpty else { continue }
      var startIndex = tokens.lowerBound
      if !stack.isEmpty {
        let bottom = stack[0]
        if let (mark, last) = occurrence(doc, at: tokens.lowerBound, lexicon), mark == bottom.mark,
          // A transcript's next turn (`"PENCE: …`) is a new quote.
          doc.transcriptLabel(at: last + 1, end: tokens.upperBound) == nil
        {
          // `“` … ¶ `“` …: the quote goes on in this paragraph.
          stack[0].reached = paragraph
          startIndex = last + 1
        } else if !(bottom.startsParagraph && lexicon.marks[bottom.mark].role == .open
          && paragraph - bottom.reached <= maximumUnmarkedParagraphs)
        {
          // Only a French `«` runs over paragraphs without reopening.
          flush()
        }
      }
      var index = startIndex
      while index < tokens.upperBound {
        guard let (mark, last) = occurrence(doc, at: index, lexicon) else {
          index += 1
          continue
        }
        defer { index = last + 1 }
        // `<a title="…">`: a straight mark glued to `=` is markup left in a scraped page.
        if doc.isMarkupAttribute(index) { continue }
        let role = lexicon.marks[mark].role
        let spaceBefore = doc.has(index, .spaceBefore) || doc.has(index - 1, .openBracket) || doc.has(index - 1, .dash)
        let spaceAfter = doc.has(last, .spaceAfter) || doc.has(last + 1, .punctuation) && !doc.has(last + 1, .mark)
        let opener = Opener(
          mark: mark, token: last, paragraph: paragraph, reached: paragraph, startsParagraph: index == tokens.lowerBound)
        var closes = false
        var opens = false
        switch role {
        case .open: opens = true
        case .close: closes = true
        case .either:
          let available = canClose(mark)
          let endsClause =
            last + 1 >= tokens.upperBound || doc.has(last + 1, .final) || doc.has(last + 1, .comma)
            || doc.verbGroup(at: last + 1, limit: tokens.upperBound) != nil
          if available && (!spaceBefore || spaceAfter) {
            closes = true
          } else if spaceBefore && !spaceAfter {
            opens = true
          } else if available {
            closes = true
          } else if endsClause && index > tokens.lowerBound {
            closes = true  // a closing mark whose opening one is missing
          } else {
            opens = spaceBefore || !spaceAfter
            closes = !opens
          }
        case .single:
          if canClose(mark) && !spaceBefore {
            closes = true
          } else if spaceBefore && !spaceAfter {
            opens = true
          } else if canClose(mark) {
            closes = true
          }
        }
        if opens {
          push(opener)
        } else if closes {
          if canClose(mark) {
            var inner = pop()
            while !accepts(inner, mark) { inner = pop() }
            // Nested pairs are kept too: if their outer mark is dropped as a
            // lone `"`, they are the outermost ones.
            found.append(MarkedSpan(open: inner.token, close: index, content: (inner.token + 1)..<index))
          } else if stack.isEmpty && role != .single && lexicon.marks[mark].bytes != [0x27, 0x27]
            && (doc.has(index - 1, .final) || last + 1 >= tokens.upperBound || doc.has(last + 1, .final)
              || doc.verbGroup(at: doc.has(last + 1, .comma) ? last + 2 : last + 1, limit: tokens.upperBound) != nil)
          {
            // `Chauchard, tu es une bête ! "`, `… ces pays », a déclaré X`: a
            // closing mark whose opening one is missing ends a quote that
            // started with the paragraph (or after the previous quote in it).
            // Not when the words after that quote attribute it (`“…,” she
            // said … ."`): they are the writer's, and the stray mark closes
            // a quotation of a text that quotes someone.
            var from = tokens.lowerBound
            if let previous = found.last, let close = previous.close, tokens.contains(close) { from = close + 1 }
            if from < index && (from == tokens.lowerBound || !doc.startsAttribution(at: from, limit: index)) {
              found.append(MarkedSpan(open: nil, close: index, content: from..<index))
            }
          }
        }
      }
    }
    flush()
    // Outermost spans only, in text order (a flushed span may enclose ones
    // found before it).
    found.sort { $0.content.lowerBound < $1.content.lowerBound || $0.content.lowerBound == $1.content.lowerBound && $0.content.count > $1.content.count }
    var outermost: [MarkedSpan] = []
    for span in found where !span.content.isEmpty {
      if let last = outermost.last, last.content.upperBound > span.content.lowerBound { continue }
      outermost.append(span)
    }
    return outermost
  }

  /// The quotation mark starting at token `index` and its last token (`''`
  /// is two apostrophe tokens), or nil.
  private static func occurrence(_ doc: QuoteTokens, at index: Int, _ lexicon: QuoteLexicon) -> (Int, Int)? {
    guard index < doc.count else { return nil }
    let mark = doc.markOf[index]
    if mark >= 0 { return (Int(mark), index) }
    let range = doc.analysis.tokens[index].utf8Range
    guard range.count == 1, doc.bytes[range.lowerBound] == 0x27 || doc.bytes[range.lowerBound] == 0x60,
      index + 1 < doc.count, !doc.has(index, .spaceAfter)
    else { return nil }
    let next = doc.analysis.tokens[index + 1].utf8Range
    guard next.count == 1, doc.bytes[next.lowerBound] == doc.bytes[range.lowerBound],
      let pair = lexicon.mark(doc.bytes, range.lowerBound..<next.upperBound)
    else { return nil }
    return (pair, index + 1)
  }
}
