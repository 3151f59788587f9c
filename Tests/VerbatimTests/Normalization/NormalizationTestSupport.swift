@testable import Verbatim

/// Normalizes `text` with `steps` and returns the normalized string.
func normalized(_ text: String, _ steps: NormalizationSteps) -> String {
  Normalizer(steps: steps).normalize(text).text
}

/// The deterministic generator the tests share (the library's SplitMix64).
typealias SeededGenerator = SplitMix

/// Random text mixing ASCII words, accented letters, quotes, dashes, spaces
/// of all kinds, HTML tags and references, Markdown links, mojibake pieces,
/// combining marks and emoji.
func randomText(_ generator: inout SeededGenerator, pieces: Int) -> String {
  let parts: [String] = [
    "le", "The", "STRASSE", "Straße", "été", "ÉTÉ", "Israël", "États-Unis", "œuvre", "Œ", "æ", "ø", "ł",
    "đ", "naïve", "façade", "İstanbul", "ǰ", "ﬁ", "²", "½", "e\u{301}", "E\u{301}", "a\u{308}\u{301}",
    "\u{301}", "’", "‘", "‛", "′", "´", "ʼ", "«", "»", "“", "”", "„", "‟", "″", "‹", "›", "‐", "–", "—",
    "―", "−", "…", "\u{A0}", "\u{202F}", "\u{2009}", "\u{AD}", "\u{200B}", "\u{FEFF}", "\u{200D}", " ",
    "  ", "\t", "\n", "\n\n", "\r\n", "\n \n", "&amp;", "&eacute;", "&#233;", "&#xE9;", "&nbsp;", "&lt;",
    "&gt;", "&quot;", "&hellip;", "&laquo;", "&rsquo;", "&copy", "&amp;amp;", "AT&T", "R&D", "&", "<",
    ">", "a < b", "<br>", "<p>", "</p>", "<a href=\"x\">", "</a>", "<img data-src=\" />", "<b>",
    "<!-- c -->", "[texte](http://ex.fr)", "![alt](i.png)", "[", "]", "(", ")", "Ã©", "Ã¨", "â€™", "â€œ",
    "â€\u{9D}", "Ã‰", "Ã\u{A0}", "ÃƒÂ©", "Â»", "Å“", "ðŸ˜€", "😀", "👩‍💻", "❤️", "🇫🇷", "한국", "Ω", "≠",
    "=\u{338}", "x", "1", ".", ",", "-", "'", "\"", "é\u{A0}»", "CAFÉ\u{A0}»",
  ]
  var text = ""
  for _ in 0..<pieces {
    text += parts[Int(generator.next() % UInt64(parts.count))]
    if generator.next() % 3 == 0 { text += " " }
  }
  return text
}

/// Checks the invariants of a normalization result and returns a list of
/// violations (empty when all hold): changes sorted and disjoint, the text
/// between changes identical on both sides, every change's normalized range
/// mapping back to its original range, and code-point ranges agreeing with
/// UTF-8 ranges.
func mapViolations(_ result: NormalizedText) -> [String] {
  var problems: [String] = []
  let original = Array(result.original.utf8)
  let text = Array(result.text.utf8)
  let originalScalars = Array(result.original.unicodeScalars)
  let textScalars = Array(result.text.unicodeScalars)
  func scalarOffset(_ bytes: [UInt8], _ utf8Offset: Int) -> Int {
    bytes[..<utf8Offset].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
  }
  var previousOriginal = 0
  var previousText = 0
  for change in result.changes + [
    NormalizationChange(
      originalScalarRange: originalScalars.count..<originalScalars.count,
      normalizedScalarRange: textScalars.count..<textScalars.count,
      originalUTF8Range: original.count..<original.count, normalizedUTF8Range: text.count..<text.count)
  ] {
    let o = change.originalUTF8Range
    let t = change.normalizedUTF8Range
    if o.lowerBound < previousOriginal || t.lowerBound < previousText {
      problems.append("change \(change) overlaps or is out of order")
      continue
    }
    let gapOriginal = original[previousOriginal..<o.lowerBound]
    let gapText = text[previousText..<t.lowerBound]
    if !gapOriginal.elementsEqual(gapText) {
      problems.append("copied run differs before \(change)")
    }
    if scalarOffset(original, o.lowerBound) != change.originalScalarRange.lowerBound
      || scalarOffset(original, o.upperBound) != change.originalScalarRange.upperBound
      || scalarOffset(text, t.lowerBound) != change.normalizedScalarRange.lowerBound
      || scalarOffset(text, t.upperBound) != change.normalizedScalarRange.upperBound
    {
      problems.append("scalar ranges disagree with UTF-8 ranges in \(change)")
    }
    if !t.isEmpty {
      if result.originalUTF8Range(forNormalized: t) != o {
        problems.append("UTF-8 \(t) maps to \(result.originalUTF8Range(forNormalized: t)), not \(o)")
      }
      if result.originalScalarRange(forNormalized: change.normalizedScalarRange) != change.originalScalarRange {
        problems.append("scalars \(change.normalizedScalarRange) do not map back to \(change.originalScalarRange)")
      }
    }
    previousOriginal = o.upperBound
    previousText = t.upperBound
  }
  return problems
}
