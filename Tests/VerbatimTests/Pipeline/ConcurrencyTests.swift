import Testing
@testable import Verbatim

@Suite struct ConcurrencyTests {
  /// What an analysis found, to compare: token and sentence ranges, entities, quotes.
  private static func summary(_ analysis: Analysis) -> [String] {
    analysis.tokens.map { "\($0.utf8Range)" } + analysis.sentences.map { "S\($0.utf8Range)" }
      + analysis.entities.map { "E\($0.utf8Range) \($0.label) \($0.canonical) \($0.cluster)" }
      + analysis.quotes.map { "Q\($0.utf8Range) \($0.kind) \(String(describing: $0.speaker?.utf8Range))" }
  }

  /// One analyzer shared by many concurrent tasks gives the same results as
  /// sequential calls (ICU iterators come from a thread-safe pool, and so do
  /// the entity tagger's score caches, which carry over from document to document).
  @Test func sharedAnalyzerIsThreadSafe() async throws {
    let analyzer = try Analyzer()
    let texts = try TestSupport.seeds().map(\.text)
    let expected = texts.map { Self.summary(analyzer.analyze($0)) }
    #expect(expected.allSatisfy { $0.contains { $0.hasPrefix("E") } && $0.contains { $0.hasPrefix("Q") } })
    let results = await withTaskGroup(of: (Int, [String]).self) { group in
      for round in 0..<64 {
        let index = round % texts.count
        let text = texts[index]
        group.addTask { (index, Self.summary(analyzer.analyze(text))) }
      }
      var collected: [(Int, [String])] = []
      for await result in group { collected.append(result) }
      return collected
    }
    #expect(results.count == 64)
    for (index, summary) in results { #expect(summary == expected[index]) }
  }
}
