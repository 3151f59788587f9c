/// Finds quoted and reported statements and who made them: direct quotes
/// between marks, partial quotes (a marked fragment in the writer's
/// sentence), indirect speech (`X a déclaré que …`, `selon X, …`, `X said
/// that …`), each with its cue and its speaker resolved to an entity of the
/// document.
///
/// No parser: a quotation-mark pairing table (``QuoteMarkPairer``), a
/// reporting-verb lexicon per language and surface patterns over the tokens
/// and entities of an ``Analysis``. Linear in the length of the document.
///
/// An extractor is an immutable `Sendable` value: build it once, share it.
public struct QuoteExtractor: Sendable {
  private let lexicon: QuoteLexicon

  /// Creates an extractor with the lexicons compiled into the library.
  public init() {
    lexicon = QuoteLexicon.shared
  }

  /// The quotes of `analysis`, in text order. Speakers are resolved against
  /// `analysis.entities`, so build the analysis with entities on.
  public func quotes(in analysis: Analysis) -> [Quote] {
    var text = analysis.text
    return text.withUTF8 { bytes in quotes(analysis, bytes) }
  }

  func quotes(_ analysis: Analysis, _ bytes: UnsafeBufferPointer<UInt8>) -> [Quote] {
    guard !analysis.tokens.isEmpty else { return [] }
    let doc = QuoteTokens(analysis, bytes, lexicon: lexicon)
    var found: [Found] = []
    let marked = QuoteMarkPairer.spans(doc, lexicon: lexicon)
    // Tokens inside marks, to keep reported speech out of direct quotes.
    var insideMarks = [Bool](repeating: false, count: doc.count)
    for span in marked { for index in span.content { insideMarks[index] = true } }
    let indirect = IndirectSpeech.quotes(doc, insideMarks: insideMarks)
    var lastSpeaker: (speaker: Range<Int>, paragraph: Int)?
    for span in marked {
      for piece in MarkedQuotes.pieces(of: span, doc) {
        let paragraphIndex = Int(doc.paragraphOf[piece.content.lowerBound])
        let floating = lastSpeaker.map { paragraphIndex - $0.paragraph <= 0 } ?? false
        let reported = Self.enclosing(piece.content, in: indirect) != nil
        guard var quote = MarkedQuotes.classify(piece, span: span, floating: floating, reported: reported, doc)
        else { continue }
        if let speaker = quote.speaker, !doc.isPlausibleSpeaker(speaker) { quote.speaker = nil }
        let paragraph = Int(doc.paragraphOf[piece.content.lowerBound])
        if quote.kind == .partial, let enclosing = Self.enclosing(quote.content, in: indirect) {
          // A fragment of reported speech: the reporter's speaker and cue.
          quote.speaker = enclosing.speaker
          quote.cue = enclosing.cue
        }
        if quote.speaker == nil && quote.kind == .direct, let last = lastSpeaker, paragraph - last.paragraph <= 2 {
          quote.speaker = last.speaker  // a floating quote keeps the last speaker
        }
        if let speaker = quote.speaker, quote.kind == .direct { lastSpeaker = (speaker, paragraph) }
        found.append(quote)
      }
    }
    found += indirect
    found.sort { $0.content.lowerBound < $1.content.lowerBound }
    var resolver = SpeakerResolver(doc)
    return found.compactMap { quote in
      guard let range = quote.characters(doc) else { return nil }
      let tokens = analysis.tokens
      func utf8(_ tokenRange: Range<Int>) -> Range<Int> {
        tokens[tokenRange.lowerBound].utf8Range.lowerBound..<tokens[tokenRange.upperBound - 1].utf8Range.upperBound
      }
      let speaker = quote.speaker.map { written in
        let span = Self.withoutHonorific(written, doc)
        let resolved = resolver.resolve(span, quoteStart: quote.content.lowerBound)
        var start = tokens[span.lowerBound].start
        var end = tokens[span.upperBound - 1].end
        var bytes = utf8(span)
        if doc.has(span.lowerBound, .inverted) {
          // `-t-il` → `il`: the speaker is the pronoun alone, whatever
          // follows it (it is ASCII, after the token's last hyphen).
          let first = tokens[span.lowerBound]
          let pronoun = first.norm.split(separator: "-").last?.utf8.count ?? 0
          start = first.end - pronoun
          end = first.end
          bytes = (first.utf8Range.upperBound - pronoun)..<first.utf8Range.upperBound
        }
        return QuoteSpeaker(
          start: start, end: end, utf8Range: bytes, resolved: resolved?.name, cluster: resolved?.cluster)
      }
      let cue = quote.cue.map { span in
        QuoteCue(start: tokens[span.lowerBound].start, end: tokens[span.upperBound - 1].end, utf8Range: utf8(span))
      }
      return Quote(
        start: range.start, end: range.end, utf8Range: range.utf8, kind: quote.kind, speaker: speaker, cue: cue,
        isClosed: quote.isClosed)
    }
  }
}

extension QuoteExtractor {
  /// A speaker span without a leading honorific (`Mr. Smith` → `Smith`,
  /// `Mme Dupont` → `Dupont`), as names are written in the gold format.
  static func withoutHonorific(_ span: Range<Int>, _ doc: QuoteTokens) -> Range<Int> {
    guard span.count > 1, doc.has(span.lowerBound, .capitalized), doc.has(span.lowerBound + 1, .capitalized) else { return span }
    let norm = doc.analysis.tokens[span.lowerBound].norm
    let honorifics: Set<String> = ["mr.", "mrs.", "ms.", "dr.", "m.", "mme", "mlle", "mr", "mrs", "ms", "dr", "me", "pr", "sen.", "rep.", "gov.", "gen."]
    return honorifics.contains(norm) ? (span.lowerBound + 1)..<span.upperBound : span
  }

  /// The indirect quote whose content holds `content` (`indirect` is in text order).
  static func enclosing(_ content: Range<Int>, in indirect: [Found]) -> Found? {
    var low = 0
    var high = indirect.count
    while low < high {
      let middle = (low + high) / 2
      if indirect[middle].content.lowerBound <= content.lowerBound { low = middle + 1 } else { high = middle }
    }
    guard low > 0 else { return nil }
    let candidate = indirect[low - 1]
    return candidate.content.upperBound >= content.upperBound ? candidate : nil
  }
}

/// A quote found in token space, before it becomes a ``Quote``.
struct Found {
  var content: Range<Int>
  var kind: QuoteKind
  var speaker: Range<Int>?
  var cue: Range<Int>?
  var isClosed = true
  /// Keep quote marks at the edges of the content (indirect content that
  /// ends with a marked fragment keeps its marks).
  var keepMarks = false

  /// The content's code-point and UTF-8 span, without edge punctuation that
  /// does not belong to it; nil when nothing is left.
  func characters(_ doc: QuoteTokens) -> (start: Int, end: Int, utf8: Range<Int>)? {
    var lower = content.lowerBound
    var upper = content.upperBound
    if kind == .indirect {
      while upper > lower && (doc.has(upper - 1, .final) || doc.has(upper - 1, .comma) || doc.has(upper - 1, .colon)) {
        upper -= 1
      }
      while lower < upper && doc.has(lower, .comma) { lower += 1 }
      // `LONDON — Britain's largest union has threatened …, its leader said.`
      if let after = doc.datelineEnd(at: lower), after < upper { lower = after }
    }
    guard lower < upper else { return nil }
    let tokens = doc.analysis.tokens
    return (tokens[lower].start, tokens[upper - 1].end, tokens[lower].utf8Range.lowerBound..<tokens[upper - 1].utf8Range.upperBound)
  }
}
