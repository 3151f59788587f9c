/// The result of a normalization step that changed its input.
struct StepOutput: Sendable {
  /// The new text, valid UTF-8.
  var bytes: [UInt8]
  /// The map from the step's input (UTF-8 offsets) to ``bytes``.
  var map: OffsetMap
}

/// Builds a step's output from its input and a sorted series of replacements.
///
/// Nothing is copied until the first replacement that actually differs from
/// the input, so a step that changes nothing allocates nothing and returns
/// `nil` from ``finish()``.
struct EditBuilder {
  /// The step's input.
  let input: UnsafeBufferPointer<UInt8>
  private var output: [UInt8] = []
  private var map = OffsetMap.identity
  private var copied = 0
  private var started = false

  init(_ input: UnsafeBufferPointer<UInt8>) { self.input = input }

  /// Whether some replacement has changed the text so far.
  var hasChanges: Bool { started }

  /// Replaces the input bytes in `range` (which must start at or after the
  /// end of the previous replacement) with `replacement`. A replacement equal
  /// to the input is ignored.
  mutating func replace(_ range: Range<Int>, with replacement: UnsafeBufferPointer<UInt8>) {
    if replacement.count == range.count {
      var same = true
      var k = 0
      while k < replacement.count {
        if replacement[k] != input[range.lowerBound + k] {
          same = false
          break
        }
        k += 1
      }
      if same { return }
    }
    if !started {
      started = true
      output.reserveCapacity(input.count + 16)
    }
    if copied < range.lowerBound {
      output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<range.lowerBound]))
    }
    let start = output.count
    output.append(contentsOf: replacement)
    map.append(OffsetEdit(source: range, target: start..<output.count))
    copied = range.upperBound
  }

  /// Replaces the input bytes in `range` with `replacement`.
  mutating func replace(_ range: Range<Int>, with replacement: [UInt8]) {
    replacement.withUnsafeBufferPointer { replace(range, with: $0) }
  }

  /// Replaces the input bytes in `range` with one byte.
  mutating func replace(_ range: Range<Int>, withByte byte: UInt8) {
    withUnsafePointer(to: byte) { replace(range, with: UnsafeBufferPointer(start: $0, count: 1)) }
  }

  /// Removes the input bytes in `range`.
  mutating func delete(_ range: Range<Int>) {
    replace(range, with: UnsafeBufferPointer(start: nil, count: 0))
  }

  /// The output, or `nil` when nothing changed.
  mutating func finish() -> StepOutput? {
    guard started else { return nil }
    if copied < input.count {
      output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied...]))
    }
    copied = input.count
    return StepOutput(bytes: output, map: map)
  }
}

/// One normalization step: a pure transformation of UTF-8 text with its offset map.
protocol NormalizationStep: Sendable {
  /// The transformed text, or `nil` when `input` is left unchanged.
  func apply(_ input: UnsafeBufferPointer<UInt8>) -> StepOutput?
}

extension NormalizationStep {
  /// Applies the step again on its own output until it changes nothing
  /// (at most `limit` passes), composing the maps.
  func applyRepeatedly(_ input: UnsafeBufferPointer<UInt8>, limit: Int) -> StepOutput? {
    guard var result = apply(input) else { return nil }
    var pass = 1
    while pass < limit {
      guard let again = result.bytes.withUnsafeBufferPointer({ apply($0) }) else { break }
      result = StepOutput(bytes: again.bytes, map: result.map.then(again.map))
      pass += 1
    }
    return result
  }
}
