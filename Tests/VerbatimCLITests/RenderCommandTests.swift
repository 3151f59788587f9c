import Foundation
import Testing

@Suite struct RenderCommandTests {
  static let seeds: [String] = {
    let folder = CLI.packageRoot.appendingPathComponent("Fixtures/seeds")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0).path }
  }()

  /// The distinct values of `data-<name>` (split pieces repeat their id).
  static func ids(_ name: String, in html: String) -> Set<String> {
    var found: Set<String> = []
    for piece in html.components(separatedBy: " data-\(name)=\"").dropFirst() {
      found.insert(String(piece.prefix { $0 != "\"" }))
    }
    return found
  }

  @Test func rendersTheSeedsWithOneElementPerEntityAndQuote() throws {
    let analyzed = try CLI.run(["analyze"] + Self.seeds)
    #expect(analyzed.status == 0, "\(analyzed.stderr)")
    let documents = try analyzed.jsonLines()
    let entities = documents.map { ($0["entities"] as? [Any])?.count ?? 0 }.reduce(0, +)
    let quotes = documents.map { ($0["quotes"] as? [Any])?.count ?? 0 }.reduce(0, +)

    let output = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-render-\(getpid()).html")
    defer { try? FileManager.default.removeItem(at: output) }
    let rendered = try CLI.run(["render", "-o", output.path] + Self.seeds)
    #expect(rendered.status == 0, "\(rendered.stderr)")
    #expect(rendered.stdout.isEmpty)
    let html = try String(contentsOf: output, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.components(separatedBy: "<section class=\"doc\"").count - 1 == Self.seeds.count)
    #expect(Self.ids("entity", in: html).count == entities)
    #expect(Self.ids("quote", in: html).count == quotes)
    // Self-contained: nothing to load.
    #expect(!html.contains("<link") && !html.contains(" src=\"") && !html.contains("@import") && !html.contains("url("))
  }

  @Test func readsJSONLinesAndReportsFailedDocuments() throws {
    let input = """
      {"id": "a<b>", "text": "<script>alert(1)</script> « Bonjour », a dit Marie Curie à Paris."}
      {"id": 2, "text": 
      {"id": 3, "text": "Apple said on Monday that it would open a store in Lyon.", "lang": "en"}
      """
    let result = try CLI.run(["render", "--input", "jsonl", "--title", "T & T"], text: input)
    #expect(result.status == 3)
    #expect(result.stderr.contains("<stdin>:2"))
    #expect(result.text.contains("<title>T &amp; T</title>"))
    #expect(result.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(result.text.components(separatedBy: "<script").count - 1 == 1)
    #expect(result.text.components(separatedBy: "<section class=\"doc\"").count - 1 == 2)
    #expect(result.text.contains("<h2>a&lt;b&gt;</h2>"))
  }
}
