/// Runs a transform on worker threads and hands the results back in input
/// order, holding a bounded window of documents in memory.
///
/// One producer calls ``submit(_:cost:)`` (it blocks while the window is
/// full), then ``close()``; one consumer calls ``next()`` until it returns
/// nil. Producer and consumer may be the same thread if it checks
/// ``isFull`` before submitting (and drains with ``next()`` when full), or
/// two threads. Memory is bounded by `window` items and by `costBudget`
/// (the sum of the costs, e.g. bytes, of the items submitted but not yet
/// consumed; a single item over the budget is still let through alone).
package final class OrderedWorkQueue<Input: Sendable, Output: Sendable>: @unchecked Sendable {
  // Everything below is guarded by `lock`.
  private let lock = ConditionLock()
  private let transform: @Sendable (Input) -> Output
  private let window: Int
  private let costBudget: Int
  private var pending: [(index: Int, input: Input)] = []
  private var results: [Output?]
  private var costs: [Int]
  private var submitted = 0
  private var consumed = 0
  private var inFlightCost = 0
  private var closed = false
  private var cancelled = false
  private var workers: [SystemThread] = []

  /// Starts `jobs` worker threads.
  /// - Parameters:
  ///   - jobs: The number of worker threads (at least 1).
  ///   - window: The most items submitted and not yet consumed (default: 4 per job).
  ///   - costBudget: The most total cost submitted and not yet consumed.
  ///   - transform: The work, called on the worker threads.
  package init(
    jobs: Int, window: Int? = nil, costBudget: Int = .max,
    transform: @escaping @Sendable (Input) -> Output
  ) {
    let jobs = max(1, jobs)
    self.transform = transform
    self.window = max(2, window ?? 4 * jobs)
    self.costBudget = costBudget
    results = Array(repeating: nil, count: self.window)
    costs = Array(repeating: 0, count: self.window)
    let threads = (0..<jobs).map { _ in SystemThread { [self] in self.work() } }
    lock.withLock { workers = threads }
  }

  /// Whether ``submit(_:cost:)`` would block now (only the consumer makes
  /// room, so this stays true until the consumer calls ``next()``).
  package func isFull(cost: Int = 0) -> Bool {
    lock.withLock { hasNoRoom(cost: cost) }
  }

  private func hasNoRoom(cost: Int) -> Bool {
    submitted - consumed >= window || (submitted > consumed && inFlightCost + cost > costBudget)
  }

  /// Queues one item; blocks while the window is full.
  /// - Returns: false when the queue was cancelled (the item is dropped).
  @discardableResult
  package func submit(_ input: Input, cost: Int = 0) -> Bool {
    lock.withLock {
      while !cancelled && hasNoRoom(cost: cost) { lock.wait() }
      guard !cancelled else { return false }
      precondition(!closed, "submit after close")
      pending.append((submitted, input))
      costs[submitted % window] = cost
      inFlightCost += cost
      submitted += 1
      lock.broadcast()
      return true
    }
  }

  /// No more items will be submitted.
  package func close() {
    lock.withLock {
      closed = true
      lock.broadcast()
    }
  }

  /// Drops the items not yet done and releases a blocked producer and
  /// consumer; ``next()`` then returns nil.
  package func cancel() {
    lock.withLock {
      cancelled = true
      closed = true
      pending.removeAll()
      lock.broadcast()
    }
  }

  /// The next result in submission order; blocks until it is ready. Returns
  /// nil after ``close()`` once every result has been consumed (or after
  /// ``cancel()``), and then waits for the worker threads to end.
  package func next() -> Output? {
    let result: Output? = lock.withLock {
      while true {
        if cancelled { return nil }
        let slot = consumed % window
        if let result = results[slot] {
          results[slot] = nil
          inFlightCost -= costs[slot]
          consumed += 1
          lock.broadcast()
          return result
        }
        if closed && consumed == submitted { return nil }
        lock.wait()
      }
    }
    if result == nil { joinWorkers() }
    return result
  }

  private func joinWorkers() {
    let threads = lock.withLock {
      defer { workers = [] }
      return workers
    }
    for thread in threads { thread.join() }
  }

  /// A worker thread's loop.
  private func work() {
    while true {
      let job: (index: Int, input: Input)? = lock.withLock {
        while true {
          if cancelled { return nil }
          if !pending.isEmpty { return pending.removeFirst() }
          if closed { return nil }
          lock.wait()
        }
      }
      guard let job else { return }
      let output = transform(job.input)
      lock.withLock {
        if !cancelled { results[job.index % window] = output }
        lock.broadcast()
      }
    }
  }
}
