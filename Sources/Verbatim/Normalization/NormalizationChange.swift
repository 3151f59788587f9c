/// One region where a ``NormalizedText`` differs from its original: the
/// original code points (or bytes) in the `original…` range were replaced by
/// those in the `normalized…` range. Either range may be empty.
public struct NormalizationChange: Sendable, Hashable {
  /// The replaced region of the original, in Unicode code points.
  public var originalScalarRange: Range<Int>
  /// The replacement in the normalized text, in Unicode code points.
  public var normalizedScalarRange: Range<Int>
  /// The replaced region of the original, in UTF-8 bytes.
  public var originalUTF8Range: Range<Int>
  /// The replacement in the normalized text, in UTF-8 bytes.
  public var normalizedUTF8Range: Range<Int>

  /// Creates a change.
  public init(
    originalScalarRange: Range<Int>, normalizedScalarRange: Range<Int>,
    originalUTF8Range: Range<Int>, normalizedUTF8Range: Range<Int>
  ) {
    self.originalScalarRange = originalScalarRange
    self.normalizedScalarRange = normalizedScalarRange
    self.originalUTF8Range = originalUTF8Range
    self.normalizedUTF8Range = normalizedUTF8Range
  }
}
