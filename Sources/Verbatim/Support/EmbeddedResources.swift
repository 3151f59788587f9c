/// Resource tables compiled into the library.
///
/// Each file under `Sources/Verbatim/Resources/<folder>/` becomes a static
/// string `<folder>_<file>` in `Generated/Resources+<folder>.swift`, written by
/// `Scripts/generate-resources`. This keeps the data readable as plain files
/// while an installed binary or a dependent package needs no resource bundle.
enum EmbeddedResources {
  /// The non-empty, non-comment lines of a table (`#` starts a comment line).
  static func lines(_ text: String) -> [Substring] {
    text.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line in
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
      return line.hasSuffix("\r") ? line.dropLast() : line
    }
  }

  /// Calls `body` with the UTF-8 bytes of each line that ``lines(_:)``
  /// returns, without building substrings (tables have `\n` line ends).
  static func forEachLine(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    var text = text
    text.withUTF8 { bytes in
      var start = 0
      while start < bytes.count {
        var end = start
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        defer { start = end + 1 }
        var first = start
        while first < end && (bytes[first] == 0x20 || bytes[first] == 0x09) { first += 1 }
        guard first < end, bytes[first] != UInt8(ascii: "#") else { continue }
        body(UnsafeBufferPointer(rebasing: bytes[start..<(bytes[end - 1] == 0x0D ? end - 1 : end)]))
      }
    }
  }
}
