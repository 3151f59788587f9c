import Testing
@testable import Verbatim

@Suite struct HTMLRendererTests {
  /// The distinct values of `attribute` in `html` (ids repeat on split pieces).
  static func ids(_ attribute: String, in html: String) -> Set<Substring> {
    var found: Set<Substring> = []
    var rest = html[...]
    while let range = rest.firstRange(of: " \(attribute)=\"") {
      let value = rest[range.upperBound...].prefix { $0 != "\"" }
      found.insert(value)
      rest = rest[range.upperBound...]
    }
    return found
  }

  static func occurrences(_ needle: String, in html: String) -> Int {
    html.ranges(of: needle).count
  }

  @Test func marksEveryEntityAndQuoteOfAFrenchAndAnEnglishText() throws {
    let texts = [
      "« Nous ne vendons pas notre technologie », a déclaré Brad Smith, président de Microsoft, à Paris. "
        + "Il a ajouté que l'entreprise attendait une « régulation forte ».",
      "\"We will not sell it,\" said Satya Nadella, Microsoft's chief executive, in Seattle on Monday.",
    ]
    let analyses = texts.map { TestSupport.analyzer.analyze($0) }
    let html = HTMLRenderer().html(for: analyses, title: "Test")
    let entities = analyses.map(\.entities.count).reduce(0, +)
    let quotes = analyses.map(\.quotes.count).reduce(0, +)
    #expect(entities >= 4 && quotes >= 3)
    #expect(Self.ids("data-entity", in: html).count == entities)
    #expect(Self.ids("data-quote", in: html).count == quotes)
    #expect(Self.occurrences("<section class=\"doc\"", in: html) == 2)
    #expect(html.contains("Brad Smith"))
    #expect(html.contains("Who said what"))
    #expect(html.hasPrefix("<!DOCTYPE html>"))
  }

  @Test func textThatLooksLikeMarkupIsShownAsText() {
    let text = "Test <script>alert(1)</script> & \"co\" <img src=x onerror=alert(2)>.\n\n"
      + "« Nous n'utiliserons pas <script>alert(3)</script> ici », a déclaré M. Brad Smith, président de Microsoft."
    let analysis = TestSupport.analyzer.analyze(text)
    let html = HTMLRenderer().html(
      for: [HTMLRenderer.Document(name: "\"><script>alert(4)</script>", analysis: analysis)],
      title: "<script>alert(5)</script>")
    #expect(Self.occurrences("<script", in: html) == 1)  // the page's own
    #expect(!html.contains("<img"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&lt;img src=x onerror=alert(2)&gt;"))
    #expect(html.contains("&lt;script&gt;alert(4)&lt;/script&gt;"))
    #expect(html.contains("<title>&lt;script&gt;alert(5)&lt;/script&gt;</title>"))
    #expect(!analysis.quotes.isEmpty)
  }

  @Test func crossingEntityAndQuoteAreSplitWithOneIdEach() {
    let text = "Alpha Beta Gamma Delta"
    var analysis = Analysis(
      text: text, language: LanguageGuess(.english, confidence: 1), paragraphs: [], sentences: [], tokens: [])
    analysis.entities = [
      Entity(start: 6, end: 16, utf8Range: 6..<16, tokenIndices: 0..<0, label: .person, canonical: "Beta Gamma", cluster: 0)
    ]
    analysis.quotes = [
      Quote(
        start: 11, end: 22, utf8Range: 11..<22, kind: .partial,
        speaker: QuoteSpeaker(start: 0, end: 5, utf8Range: 0..<5, resolved: "Alpha", cluster: nil), cue: nil)
    ]
    let html = HTMLRenderer(includesScript: false).html(for: [analysis], title: "t")
    #expect(Self.ids("data-entity", in: html) == ["d0-e1"])
    #expect(Self.ids("data-quote", in: html) == ["d0-q1"])
    // The quote starts inside the entity: it is cut at the entity's end and continued.
    #expect(Self.occurrences("data-quote=\"d0-q1\"", in: html) == 2)
    #expect(Self.occurrences("id=\"d0-q1\"", in: html) == 1)
    #expect(Self.occurrences("data-cont=\"\"", in: html) == 1)
    #expect(Self.occurrences("<script", in: html) == 0)
    #expect(html.contains("data-speaker=\"d0-q1\""))
  }

  @Test func unknownLabelsGetAClassAndAnEscapedName() {
    var analysis = Analysis(
      text: "x <y>", language: LanguageGuess(.english, confidence: 1), paragraphs: [], sentences: [], tokens: [])
    analysis.entities = [
      Entity(start: 2, end: 5, utf8Range: 2..<5, tokenIndices: 0..<0, label: EntityLabel(rawValue: "W\"<x>"), canonical: "<y>", cluster: 3)
    ]
    let html = HTMLRenderer().html(for: [analysis], title: "t")
    #expect(html.contains("class=\"ent lab-7\""))
    #expect(html.contains("data-label=\"W&quot;&lt;x&gt;\""))
    #expect(html.contains(".lab-7 { background:"))
    #expect(!html.contains("W\"<x>"))
  }

  @Test func cspHashesAreThoseOfTheInlineStyleAndScript() throws {
    let html = HTMLRenderer().html(for: [TestSupport.analyzer.analyze("Hello from Paris.")], title: "t")
    for (open, close, directive) in [("<style>", "</style>", "style-src"), ("<script>", "</script>", "script-src")] {
      let start = try #require(html.firstRange(of: open)).upperBound
      let end = try #require(html[start...].firstRange(of: close)).lowerBound
      let hash = SHA256.base64(SHA256.digest(Array(html[start..<end].utf8)))
      #expect(html.contains("\(directive) 'sha256-\(hash)'"))
    }
    #expect(html.contains("default-src 'none'"))
  }

  @Test func anEmptyPageIsStillAPage() {
    let html = HTMLRenderer().html(for: [Analysis](), title: "Nothing")
    #expect(html.contains("<h1>Nothing</h1>"))
    #expect(html.hasSuffix("</html>\n"))
  }
}
