extension Token {
  /// Whether the token is a quotation mark (its norm folds `«`, `»`, `“`,
  /// `”` and `"` to `"`).
  var isQuotationMark: Bool { kind == .punctuation && norm == "\"" }

  /// Whether the token is a word written in lower case as its norm is
  /// (no capital anywhere, no typographic mark the norm folds: `diocèse`,
  /// not `iPhone` or `Boeing`), read from the document's UTF-8 `bytes`.
  func isLowerCaseWord(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    kind == .word && norm.utf8.elementsEqual(bytes[utf8Range])
  }

  /// Whether the token is the one ASCII character `byte` (`,`, `-`), read
  /// from the document's UTF-8 `bytes`: cheaper than comparing its norm.
  func isByte(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    utf8Range.count == 1 && bytes[utf8Range.lowerBound] == byte
  }
}
