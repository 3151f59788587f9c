/// Batch processing: many documents on several threads, results in order.
extension Analyzer {
  /// The default number of worker threads: one per processor online.
  public static var defaultJobs: Int { SystemThread.processorCount }

  /// Analyzes documents on `jobs` threads and calls `body` with each result
  /// in input order, on the calling thread.
  ///
  /// Documents are pulled from `documents` as the workers need them, and
  /// only a bounded window of them (a few per job, and a few MiB of text per
  /// job) is held at a time, so a sequence that reads a large corpus lazily
  /// is processed in constant memory. Results are handed to `body` as soon
  /// as they and all the results before them are ready.
  ///
  /// ```swift
  /// let analyzer = try Analyzer()
  /// try analyzer.analyze(documents: lines, jobs: 4) { index, analysis in
  ///   print(index, analysis.language.language, analysis.tokens.count)
  /// }
  /// ```
  ///
  /// - Parameters:
  ///   - documents: The texts, in order. Each is analyzed as
  ///     ``analyze(_:language:)`` would (with the analyzer's ``language``).
  ///   - jobs: The number of worker threads; 1 analyzes on the calling thread.
  ///   - body: Receives each document's index in `documents` and its analysis.
  ///     When it throws, the remaining documents are dropped and the error
  ///     is rethrown.
  public func analyze<Documents: Sequence<String>, Failure: Error>(
    documents: Documents, jobs: Int = Analyzer.defaultJobs,
    _ body: (_ index: Int, _ analysis: Analysis) throws(Failure) -> Void
  ) throws(Failure) {
    if jobs <= 1 {
      for (index, text) in documents.enumerated() { try body(index, analyze(text)) }
      return
    }
    let analyzer = self
    let queue = OrderedWorkQueue<String, Analysis>(
      jobs: jobs, costBudget: jobs * Self.batchBytesPerJob
    ) { text in analyzer.analyze(text) }
    var delivered = 0
    func deliver(_ analysis: Analysis) throws(Failure) {
      do {
        try body(delivered, analysis)
      } catch {
        queue.cancel()
        _ = queue.next()  // joins the workers
        throw error
      }
      delivered += 1
    }
    for text in documents {
      let cost = text.utf8.count
      while queue.isFull(cost: cost), let analysis = queue.next() { try deliver(analysis) }
      queue.submit(text, cost: cost)
    }
    queue.close()
    while let analysis = queue.next() { try deliver(analysis) }
  }

  /// Analyzes documents on `jobs` threads; the analyses are in input order.
  ///
  /// This holds every analysis in memory; for large corpora use
  /// ``analyze(documents:jobs:_:)``, which hands them over one at a time.
  /// - Parameters:
  ///   - documents: The texts, in order.
  ///   - jobs: The number of worker threads; 1 analyzes on the calling thread.
  public func analyze(documents: some Sequence<String>, jobs: Int = Analyzer.defaultJobs) -> [Analysis] {
    var analyses: [Analysis] = []
    analyze(documents: documents, jobs: jobs) { _, analysis in analyses.append(analysis) }
    return analyses
  }

  /// The text each job may hold in flight in a batch (input bytes).
  static let batchBytesPerJob = 4 << 20
}
