/// One element to wrap around a range of a document's text: an entity, a
/// quote, a speaker or a cue.
///
/// Where two spans cross, the one opened later is closed and reopened
/// (``SpanNesting``): its first piece gets ``open``, later pieces get
/// ``reopen`` (the same attributes without the `id`), and only the last piece
/// gets ``suffix`` before its close tag.
struct MarkupSpan {
  /// The covered UTF-8 bytes of the document's text.
  var utf8Range: Range<Int>
  /// At equal ranges a lower layer is the outer element.
  var layer: Int
  /// The opening tag of the first piece (and anything right after it).
  var open: String
  /// The opening tag of a continued piece.
  var reopen: String
  /// Markup written inside the last piece, before its close tag.
  var suffix: String = ""
  /// The closing tag.
  var close: String = "</span>"
}
