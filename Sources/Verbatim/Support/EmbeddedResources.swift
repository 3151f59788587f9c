/// Resource tables compiled into the library.
///
/// Each file under `Sources/Verbatim/Resources/<folder>/` becomes a static
/// string `<folder>_<file>` in `Generated/Resources+<folder>.swift`, written by
/// `Scripts/generate-resources`. This keeps the data readable as plain files
/// while an installed binary or a dependent package needs no resource bundle.
enum EmbeddedResources {
  /// The non-empty, non-comment lines of a table (`#` starts a comment line).
  static func lines(_ text: String) -> [Substring] {
    // Over the UTF-8 view: lines end at `\n` bytes, no grapheme breaking.
    var lines: [Substring] = []
    let utf8 = text.utf8
    var start = utf8.startIndex
    while start < utf8.endIndex {
      let end = utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex
      defer { start = end < utf8.endIndex ? utf8.index(after: end) : end }
      var first = start
      while first < end && (utf8[first] == 0x20 || utf8[first] == 0x09) { first = utf8.index(after: first) }
      guard first < end, utf8[first] != UInt8(ascii: "#") else { continue }
      let last = utf8.index(before: end)
      lines.append(text[start..<(utf8[last] == 0x0D ? last : end)])
    }
    return lines
  }

  /// The tab-separated fields of each of ``lines(_:)`` (empty fields kept).
  static func rows(_ text: String) -> [[Substring]] {
    lines(text).map { line in
      var fields: [Substring] = []
      let utf8 = line.utf8
      var start = utf8.startIndex
      while true {
        let end = utf8[start...].firstIndex(of: 0x09) ?? utf8.endIndex
        fields.append(line[start..<end])
        guard end < utf8.endIndex else { return fields }
        start = utf8.index(after: end)
      }
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
