import Testing
@testable import Verbatim

@Suite struct BatchAnalysisTests {
  /// Documents of very different sizes, so that workers finish out of order.
  static let documents: [String] = {
    var random = SeededGenerator(seed: 0xBA7C4)
    return (0..<300).map { index in
      index % 17 == 0 ? "" : TestSupport.randomText(&random, pieces: Int(random.next() % 400) + 1)
    }
  }()

  static func fingerprint(_ analysis: Analysis) -> [Range<Int>] {
    analysis.tokens.map(\.utf8Range) + analysis.sentences.map(\.utf8Range) + analysis.paragraphs.map(\.utf8Range)
  }

  @Test(arguments: [1, 2, 3, 8])
  func batchResultsAreTheSequentialOnesInOrder(jobs: Int) {
    let analyzer = TestSupport.analyzer
    let expected = Self.documents.map { Self.fingerprint(analyzer.analyze($0)) }
    let analyses = analyzer.analyze(documents: Self.documents, jobs: jobs)
    #expect(analyses.count == Self.documents.count)
    #expect(analyses.map(\.text) == Self.documents)
    #expect(analyses.map(Self.fingerprint) == expected)
  }

  /// The streaming form pulls documents lazily and hands results over in
  /// order while holding only a bounded window.
  @Test(arguments: [1, 2, 4])
  func streamingHoldsABoundedWindow(jobs: Int) {
    final class Counter: @unchecked Sendable { var pulled = 0 }
    let counter = Counter()
    let total = 2_000
    let lazyDocuments = (0..<total).lazy.map { index -> String in
      counter.pulled += 1  // pulled on the calling thread only
      return "Document \(index). Il a dit « oui »."
    }
    var indices: [Int] = []
    var mostAhead = 0
    TestSupport.analyzer.analyze(documents: lazyDocuments, jobs: jobs) { index, analysis in
      indices.append(index)
      #expect(analysis.text == "Document \(index). Il a dit « oui ».")
      mostAhead = max(mostAhead, counter.pulled - index)
    }
    #expect(indices == Array(0..<total))
    #expect(counter.pulled == total)
    // The window is four documents per job (one more may be pulled while it is full).
    #expect(mostAhead <= max(2, 4 * jobs) + 1, "\(mostAhead) documents pulled ahead")
  }

  @Test func aThrowingBodyStopsTheBatch() {
    struct Stop: Error {}
    var seen: [Int] = []
    #expect(throws: Stop.self) {
      try TestSupport.analyzer.analyze(documents: Self.documents, jobs: 2) { (index, _) throws(Stop) in
        seen.append(index)
        if index == 10 { throw Stop() }
      }
    }
    #expect(seen == Array(0...10))
  }

  @Test func workQueueKeepsOrderAndCanBeCancelled() {
    // Uneven work: item i spins for a pseudo-random number of steps.
    let queue = OrderedWorkQueue<Int, Int>(jobs: 3, window: 5) { value in
      var state = UInt64(value) &* 0x9E37_79B9_7F4A_7C15
      for _ in 0..<Int(state % 20_000) { state = state &* 6_364_136_223_846_793_005 &+ 1 }
      return value * 2 + Int(state & 0)
    }
    var results: [Int] = []
    for value in 0..<200 {
      while queue.isFull(), let result = queue.next() { results.append(result) }
      queue.submit(value)
    }
    queue.close()
    while let result = queue.next() { results.append(result) }
    #expect(results == (0..<200).map { $0 * 2 })

    let cancelled = OrderedWorkQueue<Int, Int>(jobs: 2) { $0 }
    cancelled.submit(1)
    cancelled.cancel()
    #expect(cancelled.submit(2) == false)
    #expect(cancelled.next() == nil)
  }
}
