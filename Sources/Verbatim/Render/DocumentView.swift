/// One document's section of the page: a heading, the text with its
/// entities, quotes, speakers and cues marked, and a side panel listing who
/// said what and the entities by cluster.
///
/// Every marked element carries data attributes that scripts and tests can
/// count: `data-entity` (one id per mention), `data-quote` (one id per
/// quote), `data-speaker` and `data-cue` (the ids of the quotes they belong
/// to). A mention or quote cut in pieces where spans cross repeats its id on
/// each piece (with `data-cont` on the later ones); only the first has the
/// HTML `id`.
struct DocumentView {
  let number: Int
  let name: String
  let analysis: Analysis
  let palette: LabelPalette
  let speakers: SpeakerGroups
  let clusters: EntityClusters

  init(number: Int, name: String, analysis: Analysis, palette: LabelPalette) {
    self.number = number
    self.name = name
    self.analysis = analysis
    self.palette = palette
    speakers = SpeakerGroups(analysis)
    clusters = EntityClusters(analysis)
  }

  var prefix: String { "d\(number)" }
  func quoteID(_ index: Int) -> String { "\(prefix)-q\(index + 1)" }
  func entityID(_ index: Int) -> String { "\(prefix)-e\(index + 1)" }
  func clusterID(_ cluster: Int) -> String { "\(prefix)-c\(cluster)" }
  func groupID(_ group: Int) -> String { "\(prefix)-s\(group + 1)" }

  /// Writes the section.
  func write(to page: inout HTMLBuffer) {
    page.raw("<section class=\"doc\"")
    page.attribute("id", prefix)
    page.attribute("data-doc", name)
    page.raw(">\n<h2>")
    page.text(name)
    page.raw("</h2>\n<p class=\"meta\">")
    page.text(summary)
    page.raw("</p>\n<div class=\"cols\">\n<article class=\"text\"")
    page.attribute("lang", analysis.language.language.rawValue)
    page.raw(">")
    SpanNesting.write(analysis.text, spans: spans, to: &page)
    page.raw("</article>\n<aside class=\"panel\">\n")
    writeSpeakers(to: &page)
    writeEntities(to: &page)
    page.raw("<div class=\"info\" hidden></div>\n</aside>\n</div>\n</section>\n")
  }

  /// `fr (0.97) · 812 words · 25 entities in 9 clusters · 6 quotes: 3 direct, 1 partial, 2 indirect`.
  private var summary: String {
    let language = analysis.language
    let confidence = Int((language.confidence * 100).rounded())
    let words = analysis.tokens.count { $0.kind == .word }
    var kinds: [String] = []
    for kind in [QuoteKind.direct, .partial, .indirect] {
      let count = analysis.quotes.count { $0.kind == kind }
      if count > 0 { kinds.append("\(count) \(kind)") }
    }
    return "\(language.language) (\(confidence) %) · \(words) words · \(analysis.entities.count) entities in "
      + "\(clusters.clusters.count) clusters · \(analysis.quotes.count) quotes"
      + (kinds.isEmpty ? "" : ": " + kinds.joined(separator: ", "))
  }

  // MARK: The marked text

  /// The elements around the text: quotes (outermost at equal ranges), speakers, cues, entities.
  var spans: [MarkupSpan] {
    var spans: [MarkupSpan] = []
    var speakerQuotes: [Range<Int>: [Int]] = [:], speakerOrder: [Range<Int>] = []
    var cueQuotes: [Range<Int>: [Int]] = [:], cueOrder: [Range<Int>] = []
    for (index, quote) in analysis.quotes.enumerated() {
      var attributes = [
        ("class", "q q-\(quote.kind)"), ("data-quote", quoteID(index)), ("data-kind", quote.kind.rawValue),
        ("data-closed", quote.isClosed ? "true" : "false"),
      ]
      if let group = speakers.groupOfQuote[index] { attributes.append(("data-who", groupID(group))) }
      attributes.append(("title", quoteTitle(index)))
      let badge = "<b class=\"qn\" data-n=\"\(index + 1)\"></b>"
      spans.append(
        MarkupSpan(
          utf8Range: quote.utf8Range, layer: 0,
          open: Self.tag([("id", quoteID(index))] + attributes) + badge,
          reopen: Self.tag(attributes + [("data-cont", "")])))
      if let speaker = quote.speaker {
        if speakerQuotes[speaker.utf8Range] == nil { speakerOrder.append(speaker.utf8Range) }
        speakerQuotes[speaker.utf8Range, default: []].append(index)
      }
      if let cue = quote.cue {
        if cueQuotes[cue.utf8Range] == nil { cueOrder.append(cue.utf8Range) }
        cueQuotes[cue.utf8Range, default: []].append(index)
      }
    }
    for range in speakerOrder {
      let quotes = speakerQuotes[range]!
      var attributes = [("class", "spk"), ("data-speaker", quotes.map(quoteID).joined(separator: " "))]
      if let group = speakers.groupOfQuote[quotes[0]] { attributes.append(("data-who", groupID(group))) }
      let resolved = analysis.quotes[quotes[0]].speaker?.resolved
      attributes.append(
        ("title", "Speaker of " + Self.quoteList(quotes) + "\nResolved: " + (resolved ?? "unknown")))
      spans.append(Self.span(range, layer: 1, attributes))
    }
    for range in cueOrder {
      let quotes = cueQuotes[range]!
      let attributes = [
        ("class", "cue"), ("data-cue", quotes.map(quoteID).joined(separator: " ")),
        ("title", "Cue of " + Self.quoteList(quotes)),
      ]
      spans.append(Self.span(range, layer: 2, attributes))
    }
    var mentionCount: [Int: Int] = [:]
    for entity in analysis.entities { mentionCount[entity.cluster, default: 0] += 1 }
    for (index, entity) in analysis.entities.enumerated() {
      let count = mentionCount[entity.cluster] ?? 1
      let attributes = [
        ("class", "ent " + palette.className(entity.label)), ("data-entity", entityID(index)),
        ("data-label", entity.label.rawValue), ("data-cluster", clusterID(entity.cluster)),
        ("title", "\(entity.label): \(entity.canonical) (\(count) mention\(count == 1 ? "" : "s"))"),
      ]
      var badge = HTMLBuffer(capacity: 48)
      badge.raw("<b class=\"lbl\"")
      badge.attribute("data-l", entity.label.rawValue)
      badge.raw("></b>")
      spans.append(
        MarkupSpan(
          utf8Range: entity.utf8Range, layer: 3, open: Self.tag([("id", entityID(index))] + attributes),
          reopen: Self.tag(attributes + [("data-cont", "")]), suffix: badge.string))
    }
    return spans
  }

  /// `Direct quote 3`, its speaker (as written → resolved) and its cue, one per line.
  func quoteTitle(_ index: Int) -> String {
    let quote = analysis.quotes[index]
    let kind = quote.kind.rawValue.prefix(1).uppercased() + quote.kind.rawValue.dropFirst()
    var lines = ["\(kind) quote \(index + 1)" + (quote.isClosed ? "" : " (a mark without its partner)")]
    if let speaker = quote.speaker {
      let written = SpeakerGroups.oneLine(analysis.text(of: speaker))
      let resolved = speaker.resolved.map { $0 == written ? "" : " → " + $0 } ?? " (not resolved)"
      lines.append("Speaker: " + written + resolved)
    } else {
      lines.append("Speaker: unknown")
    }
    lines.append("Cue: " + (quote.cue.map { SpeakerGroups.oneLine(analysis.text(of: $0)) } ?? "none"))
    return lines.joined(separator: "\n")
  }

  private static func quoteList(_ quotes: [Int]) -> String {
    (quotes.count == 1 ? "quote " : "quotes ") + quotes.map { String($0 + 1) }.joined(separator: ", ")
  }

  /// A span whose pieces all carry `attributes` (the later ones `data-cont` too).
  private static func span(_ range: Range<Int>, layer: Int, _ attributes: [(String, String)]) -> MarkupSpan {
    MarkupSpan(utf8Range: range, layer: layer, open: tag(attributes), reopen: tag(attributes + [("data-cont", "")]))
  }

  /// `<span a="…" …>` with escaped values.
  static func tag(_ attributes: [(String, String)]) -> String {
    var buffer = HTMLBuffer(capacity: 128)
    buffer.raw("<span")
    for (name, value) in attributes { buffer.attribute(name, value) }
    buffer.raw(">")
    return buffer.string
  }

  /// The text on one line, cut at `limit` characters with an ellipsis.
  static func excerpt(_ text: some StringProtocol, limit: Int) -> String {
    let line = SpeakerGroups.oneLine(text)
    guard line.count > limit else { return line }
    return String(line.prefix(limit - 1)) + "…"
  }
}
