internal import CICUShims
import Synchronization

/// The kinds of ICU break iteration Verbatim uses.
enum BreakKind: Sendable, Hashable {
  case word, sentence

  var cValue: CICUBreakKind {
    switch self {
    case .word: .word
    case .sentence: .sentence
    }
  }
}

/// One ICU break iterator over a UTF-8 buffer. Not thread-safe: it is owned
/// by one call at a time (see ``BreakIteratorPool``).
final class BreakIterator {
  fileprivate let handle: OpaquePointer

  fileprivate init(handle: OpaquePointer) { self.handle = handle }

  deinit { cicu_break_close(handle) }

  /// Calls `body` with each boundary (a UTF-8 byte offset relative to the
  /// start of `bytes`, the end of one segment) and the rule status of the
  /// segment that ends there. The buffer must outlive the call.
  func forEachBoundary(
    in bytes: UnsafeBufferPointer<UInt8>,
    _ body: (_ boundary: Int, _ ruleStatus: Int32) -> Void
  ) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    var status: Int32 = 0
    base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
      cicu_break_set_utf8(handle, chars, Int64(bytes.count), &status)
    }
    guard !ICUStatus(rawValue: status).isFailure else { return }
    withUnsafeTemporaryAllocation(of: Int32.self, capacity: 512) { boundaries in
      withUnsafeTemporaryAllocation(of: Int32.self, capacity: 512) { statuses in
        while true {
          let count = Int(
            cicu_break_next_batch(handle, boundaries.baseAddress!, statuses.baseAddress!, 512))
          if count == 0 { break }
          for index in 0..<count {
            body(Int(boundaries[index]), statuses[index])
          }
        }
      }
    }
    // Detach from the caller's bytes so that nothing dangles.
    let empty: StaticString = ""
    empty.utf8Start.withMemoryRebound(to: CChar.self, capacity: 1) { chars in
      cicu_break_set_utf8(handle, chars, 0, &status)
    }
  }
}

/// A thread-safe pool of break iterators for one kind and locale: a prototype
/// is opened once and cloned when the pool is empty (a clone costs about a
/// tenth of an open); iterators return to the pool after use.
final class BreakIteratorPool: Sendable {
  private let prototype: Mutex<BreakIteratorBox>
  private let free: Mutex<[BreakIteratorBox]> = Mutex([])

  /// The ICU locale id, e.g. `fr@ss=standard`.
  let locale: String
  let kind: BreakKind

  init(kind: BreakKind, locale: String) throws(VerbatimError) {
    var status: Int32 = 0
    let handle = locale.withCString { cicu_break_open(kind.cValue, $0, &status) }
    try ICUStatus(rawValue: status).check("ubrk_open")
    guard let handle else { throw VerbatimError(.icu, "ICU ubrk_open returned no iterator") }
    self.prototype = Mutex(BreakIteratorBox(BreakIterator(handle: handle)))
    self.locale = locale
    self.kind = kind
  }

  /// Runs `body` with an iterator that no other thread uses meanwhile.
  func withIterator<R>(_ body: (BreakIterator) throws -> R) rethrows -> R {
    let box = free.withLock { $0.popLast() } ?? makeClone()
    defer { free.withLock { $0.append(box) } }
    return try body(box.iterator)
  }

  private func makeClone() -> BreakIteratorBox {
    prototype.withLock { proto in
      var status: Int32 = 0
      guard let handle = cicu_break_clone(proto.iterator.handle, &status) else {
        // A clone only fails when memory is exhausted.
        fatalError("ICU ubrk_clone failed: \(ICUStatus(rawValue: status))")
      }
      return BreakIteratorBox(BreakIterator(handle: handle))
    }
  }
}

/// Moves a non-Sendable iterator in and out of the pool's locks; the pool
/// guarantees that one thread at a time uses it.
struct BreakIteratorBox: @unchecked Sendable {
  let iterator: BreakIterator
  init(_ iterator: BreakIterator) { self.iterator = iterator }
}
