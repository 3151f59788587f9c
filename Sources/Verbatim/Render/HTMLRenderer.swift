/// Renders analyses as one self-contained HTML page, for people to look at
/// what was found (like spaCy's displaCy).
///
/// The page shows each document's text with its entities highlighted by
/// label and its quotes underlined by kind (solid: direct, dashed: partial,
/// dotted: indirect; wavy: a mark without its partner), each quote numbered
/// and linked to its speaker and cue (hover shows them; a click selects every
/// quote of that speaker). A side panel lists who said what, by speaker, and
/// the entities by cluster with their mention counts.
///
/// The page needs nothing else: its style sheet and small script are inline,
/// it loads no font, image or script, and its Content-Security-Policy allows
/// only those two (by their SHA-256 hashes). Every piece of text that comes
/// from a document is escaped, so a document containing `<script>` shows it
/// as text. It reads without the script too (tooltips and anchors).
///
/// ```swift
/// let analysis = try Analyzer().analyze(text)
/// let page = HTMLRenderer().html(for: [analysis], title: "Article")
/// ```
///
/// For tests and tools, each highlighted element carries `data-entity`
/// (with `data-label`, `data-cluster`) or `data-quote` (with `data-kind`,
/// `data-who`), and speakers and cues `data-speaker` and `data-cue`; an element
/// split where spans cross repeats its id on each piece.
public struct HTMLRenderer: Sendable {
  /// One document of the page.
  public struct Document: Sendable {
    /// The heading of its section (a file name, an id).
    public var name: String
    /// Its analysis, with entities and quotes.
    public var analysis: Analysis

    /// Creates a document.
    public init(name: String, analysis: Analysis) {
      self.name = name
      self.analysis = analysis
    }
  }

  /// Whether the page includes its script (click to select); the page
  /// works without it.
  public var includesScript: Bool

  /// Creates a renderer.
  public init(includesScript: Bool = true) {
    self.includesScript = includesScript
  }

  /// The page for `analyses`, one section per document, named `Document 1`, `Document 2`, ….
  public func html(for analyses: [Analysis], title: String) -> String {
    html(
      for: analyses.enumerated().map { Document(name: "Document \($0.offset + 1)", analysis: $0.element) },
      title: title)
  }

  /// The page for `documents`, one section per document, in order.
  public func html(for documents: [Document], title: String) -> String {
    let palette = LabelPalette(documents.map(\.analysis))
    let style = EmbeddedResources.render_style + "\n" + palette.css + "\n"
    let script = includesScript ? EmbeddedResources.render_script + "\n" : ""
    var page = HTMLBuffer(capacity: documents.reduce(1 << 14) { $0 + $1.analysis.text.utf8.count * 4 })
    page.raw("<!DOCTYPE html>\n<html")
    page.attribute("lang", Self.pageLanguage(documents))
    page.raw(">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"")
    page.raw("default-src 'none'; style-src 'sha256-" + SHA256.base64(SHA256.digest(style.utf8)) + "'; ")
    if includesScript { page.raw("script-src 'sha256-" + SHA256.base64(SHA256.digest(script.utf8)) + "'; ") }
    page.raw("base-uri 'none'; form-action 'none'\">\n")
    page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
    page.raw("<meta name=\"generator\" content=\"verbatim render\">\n<title>")
    page.text(title)
    page.raw("</title>\n<style>" + style + "</style>\n</head>\n<body>\n<header class=\"page\">\n<h1>")
    page.text(title)
    page.raw("</h1>\n")
    writeLegend(documents, palette: palette, to: &page)
    if documents.count > 1 {
      page.raw("<ol class=\"toc\">\n")
      for (number, document) in documents.enumerated() {
        page.raw("<li><a href=\"#d\(number)\">")
        page.text(document.name)
        page.raw("</a></li>\n")
      }
      page.raw("</ol>\n")
    }
    page.raw("</header>\n<main>\n")
    for (number, document) in documents.enumerated() {
      DocumentView(number: number, name: document.name, analysis: document.analysis, palette: palette)
        .write(to: &page)
    }
    page.raw("</main>\n")
    if includesScript { page.raw("<script>" + script + "</script>\n") }
    page.raw("</body>\n</html>\n")
    return page.string
  }

  /// The labels present and the quote kinds, as styled samples.
  private func writeLegend(_ documents: [Document], palette: LabelPalette, to page: inout HTMLBuffer) {
    var counts: [EntityLabel: Int] = [:]
    for document in documents {
      for entity in document.analysis.entities { counts[entity.label, default: 0] += 1 }
    }
    page.raw("<p class=\"legend\">Entities: ")
    let present = palette.labels.filter { counts[$0] != nil }
    if present.isEmpty { page.raw("none") }
    for label in present {
      page.raw("<span")
      page.attribute("class", "ent " + palette.className(label))
      page.raw(">")
      page.text(label.rawValue)
      page.raw(" \(counts[label]!)</span>")
    }
    page.raw("<br>Quotes: ")
    for kind in [QuoteKind.direct, .partial, .indirect] {
      let count = documents.reduce(0) { $0 + $1.analysis.quotes.count { $0.kind == kind } }
      page.raw("<span class=\"q q-\(kind)\">\(kind) \(count)</span>")
    }
    page.raw(
      " · <span class=\"spk\">speaker</span> · <span class=\"cue\">cue</span> · click a quote to select its "
        + "speaker's quotes, an entity for its cluster (Esc clears)</p>\n")
  }

  /// The documents' language when they share one, else `und`.
  private static func pageLanguage(_ documents: [Document]) -> String {
    let languages = Set(documents.map(\.analysis.language.language.rawValue))
    return languages.count == 1 ? languages.first! : "und"
  }
}
