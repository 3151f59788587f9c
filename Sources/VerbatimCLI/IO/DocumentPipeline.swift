import ArgumentParser
import Synchronization
import Verbatim

extension ExitCode {
  /// The run went to the end but some documents failed; each has an
  /// `"error"` line in the output.
  static let someDocumentsFailed = ExitCode(3)
}

/// The shared driver of every subcommand: reads the inputs (``InputReader``),
/// turns each document into its output on `--jobs` worker threads, and
/// writes the outputs in input order as they become ready.
///
/// Memory stays bounded: the reader holds one line or one chunk, and at most
/// 16 documents per job (and about 4 MiB of input per job) are in flight.
/// The reader runs on its own thread, so an output is written as soon as it
/// and those before it are done, even while the reader waits for input.
struct DocumentPipeline {
  let settings: ReaderSettings
  let format: OutputFormat
  let jobs: Int

  init(options: InputOptions) {
    settings = options.settings
    format = options.outputFormat
    jobs = options.jobCount
  }

  /// Runs the pipeline.
  /// - Parameter render: One document's output (a JSON object without its
  ///   line end, or text for `--format text`); called on worker threads.
  /// - Throws: ``InputFailure`` when an input cannot be read (after writing
  ///   the outputs before it), ``ExitCode/someDocumentsFailed`` when some
  ///   documents failed.
  func run(_ render: @escaping @Sendable (InputDocument) -> [UInt8]) throws {
    let reader = InputReader(settings: settings)
    let format = self.format
    let lossy = settings.lossy
    let process: @Sendable (WorkItem) -> DocumentOutput = { item in
      Self.process(item, format: format, lossy: lossy, render: render)
    }
    var output = OutputWriter(format: format, flushEachRecord: settings.format == .jsonl)
    var progress = ProgressLine.whenTerminal(totalBytes: reader.totalBytes())
    var documents = 0
    var failures = 0
    var position = 0
    func consume(_ result: DocumentOutput) throws {
      documents += 1
      position = result.position
      if !result.notes.isEmpty || result.failure != nil { progress?.clear() }
      for note in result.notes { printError(note) }
      if let failure = result.failure {
        failures += 1
        if failures <= 20 {
          printError(failure)
        } else if failures == 21 {
          printError("further failures are reported in the output only")
        }
      }
      if format == .text { try output.text(result.bytes) } else { try output.record(result.bytes) }
      progress?.update(documents: documents, position: position)
    }

    var readerFailure: (any Error)? = nil
    if jobs == 1 {
      do {
        try reader.forEachItem { item in try consume(process(item)) }
      } catch let failure as InputFailure {
        readerFailure = failure
      }
    } else {
      let queue = OrderedWorkQueue<WorkItem, DocumentOutput>(
        jobs: jobs, window: 16 * jobs, costBudget: jobs * (4 << 20), transform: process)
      let outcome = ReaderOutcome()
      let thread = SystemThread {
        do {
          try reader.forEachItem { item in
            guard queue.submit(item, cost: item.cost) else { throw Cancelled() }
          }
        } catch let error as InputFailure {
          outcome.set(error)
        } catch {}
        queue.close()
      }
      while let result = queue.next() {
        do {
          try consume(result)
        } catch {
          queue.cancel()
          throw error
        }
      }
      thread.join()
      readerFailure = outcome.failure
    }
    try output.finish()
    progress?.finish(documents: documents, position: position)
    if let readerFailure { throw readerFailure }
    if failures > 0 {
      printError("\(failures) of \(documents) documents failed (their output lines hold \"error\")")
      throw ExitCode.someDocumentsFailed
    }
  }

  /// One item's output (on a worker thread).
  private static func process(
    _ item: WorkItem, format: OutputFormat, lossy: Bool,
    render: @Sendable (InputDocument) -> [UInt8]
  ) -> DocumentOutput {
    func failed(_ id: [UInt8], _ chunk: TextChunk?, _ error: VerbatimError) -> DocumentOutput {
      DocumentOutput(
        bytes: ErrorRecord.bytes(id: id, chunk: chunk, error: error, format: format),
        failure: error.message, notes: item.notes, position: item.position)
    }
    switch item.content {
    case .jsonLine(let line, let number):
      do {
        let (document, notes) = try JSONLineDocument.parse(line, source: item.source, number: number, lossy: lossy)
        return DocumentOutput(bytes: render(document), failure: nil, notes: item.notes + notes, position: item.position)
      } catch {
        let id = line.withUnsafeBufferPointer { JSONInputRecord.id(ofMalformed: $0) } ?? Array("null".utf8)
        return failed(id, nil, error)
      }
    case .document(let document):
      return DocumentOutput(bytes: render(document), failure: nil, notes: item.notes, position: item.position)
    case .failure(let id, let chunk, let error):
      return failed(id, chunk, error)
    }
  }

  private struct Cancelled: Error {}

  /// The reader thread's failure, handed to the main thread.
  private final class ReaderOutcome: Sendable {
    private let value = Mutex<InputFailure?>(nil)
    func set(_ failure: InputFailure) { value.withLock { $0 = failure } }
    var failure: InputFailure? { value.withLock { $0 } }
  }
}
