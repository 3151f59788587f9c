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
}
