import Testing
@testable import Verbatim

@Suite struct ConcurrencyTests {
  /// One analyzer shared by many concurrent tasks gives the same results as
  /// sequential calls (ICU iterators come from a thread-safe pool).
  @Test func sharedAnalyzerIsThreadSafe() async throws {
    let analyzer = try Analyzer()
    let texts = try TestSupport.seeds().map(\.text)
    let expected = texts.map { text in
      let analysis = analyzer.analyze(text)
      return analysis.tokens.map(\.utf8Range) + analysis.sentences.map(\.utf8Range)
    }
    let results = await withTaskGroup(of: (Int, [Range<Int>]).self) { group in
      for round in 0..<64 {
        let index = round % texts.count
        let text = texts[index]
        group.addTask {
          let analysis = analyzer.analyze(text)
          return (index, analysis.tokens.map(\.utf8Range) + analysis.sentences.map(\.utf8Range))
        }
      }
      var collected: [(Int, [Range<Int>])] = []
      for await result in group { collected.append(result) }
      return collected
    }
    #expect(results.count == 64)
    for (index, ranges) in results { #expect(ranges == expected[index]) }
  }
}
