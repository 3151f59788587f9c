/// Something that covers a range of a document's text.
///
/// Spans carry two coordinate systems:
/// - ``start`` and ``end`` are **Unicode code-point offsets** (end exclusive),
///   what Python's `text[start:end]` and spaCy's `start_char` use; they are
///   what the JSON output contains.
/// - ``utf8Range`` holds UTF-8 byte offsets, which give a `String.Index`
///   range in constant time with ``range(in:)``.
public protocol TextSpan: Sendable {
  /// The first code point, as an offset from the start of the text.
  var start: Int { get }
  /// The code point after the last one.
  var end: Int { get }
  /// The same span in UTF-8 bytes.
  var utf8Range: Range<Int> { get }
}

extension TextSpan {
  /// The span as a range of indices into `text`, which must be the string the
  /// span was computed from.
  public func range(in text: String) -> Range<String.Index> {
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound)
    let upper = utf8.index(lower, offsetBy: utf8Range.count)
    return lower..<upper
  }

  /// The covered text, copied out of `text`.
  public func text(in text: String) -> Substring { text[range(in: text)] }

  /// The number of code points covered.
  public var length: Int { end - start }
}
