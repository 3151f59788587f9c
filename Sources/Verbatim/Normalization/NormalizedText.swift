/// The result of a ``Normalizer``: the normalized text, the original, and the
/// map between them.
///
/// Ranges found in ``text`` map back to ``original``: a bound inside a
/// replaced region widens to the whole region (`ete` found in `l'ete` maps
/// back to `Été`; `e` found inside `oe` from `œ` maps back to `œ`), and text
/// around removed material (a tag, a soft hyphen) maps to the text alone.
/// The properties are read-only so the map cannot fall out of step with them.
public struct NormalizedText: Sendable {
  /// The text as given to the normalizer.
  public private(set) var original: String
  /// The normalized text.
  public private(set) var text: String
  /// The regions that differ, in order (empty when nothing changed).
  public private(set) var changes: [NormalizationChange]
  private let utf8Map: OffsetMap
  private let scalarMap: OffsetMap

  /// A text the normalizer left alone.
  init(unchanged text: String) {
    original = text
    self.text = text
    changes = []
    utf8Map = .identity
    scalarMap = .identity
  }

  /// A normalized text with `map` from the original's UTF-8 offsets to its own.
  init(original: String, text: String, map: OffsetMap) {
    self.original = original
    self.text = text
    var changes: [NormalizationChange] = []
    var utf8Edits: [OffsetEdit] = []
    var scalarEdits: [OffsetEdit] = []
    var originalCopy = original
    var textCopy = text
    originalCopy.withUTF8 { originalBytes in
      textCopy.withUTF8 { textBytes in
        var originalCounter = UTF8Scanning.ScalarOffsetCounter(originalBytes)
        var textCounter = UTF8Scanning.ScalarOffsetCounter(textBytes)
        for edit in map.edits {
          let before = UnsafeBufferPointer(rebasing: originalBytes[edit.source])
          let after = UnsafeBufferPointer(rebasing: textBytes[edit.target])
          if before.elementsEqual(after) { continue }
          let originalScalars =
            originalCounter.scalarOffset(at: edit.source.lowerBound)..<originalCounter.scalarOffset(
              at: edit.source.upperBound)
          let textScalars =
            textCounter.scalarOffset(at: edit.target.lowerBound)..<textCounter.scalarOffset(
              at: edit.target.upperBound)
          utf8Edits.append(edit)
          scalarEdits.append(OffsetEdit(source: originalScalars, target: textScalars))
          changes.append(
            NormalizationChange(
              originalScalarRange: originalScalars, normalizedScalarRange: textScalars,
              originalUTF8Range: edit.source, normalizedUTF8Range: edit.target))
        }
      }
    }
    self.changes = changes
    utf8Map = OffsetMap(edits: utf8Edits)
    scalarMap = OffsetMap(edits: scalarEdits)
  }

  /// Whether normalization changed anything.
  public var isChanged: Bool { !changes.isEmpty }

  /// The UTF-8 range of ``original`` that a UTF-8 range of ``text`` comes from.
  public func originalUTF8Range(forNormalized utf8Range: Range<Int>) -> Range<Int> {
    let limit = text.utf8.count
    let clamped = min(max(utf8Range.lowerBound, 0), limit)..<min(max(utf8Range.upperBound, 0), limit)
    return utf8Map.sourceRange(forTarget: clamped)
  }

  /// The range of ``original`` that a range of ``text`` comes from.
  public func originalRange(forNormalized range: Range<String.Index>) -> Range<String.Index> {
    let utf8 = text.utf8
    let lower = utf8.distance(from: utf8.startIndex, to: range.lowerBound)
    let upper = utf8.distance(from: utf8.startIndex, to: range.upperBound)
    let mapped = utf8Map.sourceRange(forTarget: lower..<upper)
    let originalUTF8 = original.utf8
    let start = originalUTF8.index(originalUTF8.startIndex, offsetBy: mapped.lowerBound)
    let end = originalUTF8.index(start, offsetBy: mapped.count)
    return start..<end
  }

  /// The code-point range of ``original`` that a code-point range of
  /// ``text`` comes from (the offsets Python's `str` uses).
  public func originalScalarRange(forNormalized scalarRange: Range<Int>) -> Range<Int> {
    scalarMap.sourceRange(forTarget: scalarRange)
  }
}
