/// Normalizes text with a chosen set of steps and keeps the offset map back
/// to the original.
///
/// Steps run in a fixed order: mojibake → markup → nfc or nfkc → typography
/// → accents → caseFold → whitespace. Each step that changes the text yields
/// a map of the regions it replaced; the maps compose, so any range of the
/// final text maps back to the original. A step that finds nothing to change
/// copies nothing.
///
/// ```swift
/// let normalized = Normalizer(steps: .all).normalize("« L’Été »")
/// normalized.text  // "\"l'ete\""
/// ```
public struct Normalizer: Sendable {
  /// The steps this normalizer applies.
  public let steps: NormalizationSteps
  private let pipeline: [any NormalizationStep]

  /// Creates a normalizer applying `steps`.
  ///
  /// A few steps adapt to the others selected, so that normalizing the
  /// result again changes nothing: with ``NormalizationSteps/mojibake``, the
  /// markup step's output is repaired again when it changed (a decoded
  /// `&copy;` can complete `Ã©`); with ``NormalizationSteps/typography``,
  /// NFKC leaves the characters typography folds to it (`´`, `″`); case
  /// folding strips accents from and normalizes what it produces when those
  /// steps are selected.
  public init(steps: NormalizationSteps) {
    self.steps = steps
    var pipeline: [any NormalizationStep] = []
    if steps.contains(.mojibake) { pipeline.append(MojibakeStep()) }
    if steps.contains(.markup) {
      pipeline.append(MarkupStep(repairMojibakeAfter: steps.contains(.mojibake)))
    }
    let form: ICUNormalizationForm? =
      steps.contains(.nfkc) ? .nfkc : steps.contains(.nfc) ? .nfc : nil
    if let form {
      let protected = form == .nfkc && steps.contains(.typography) ? NormalizationTables.typography : [:]
      pipeline.append(UnicodeNormalizationStep(form: form, protected: protected))
    }
    if steps.contains(.typography) { pipeline.append(TypographyStep()) }
    if steps.contains(.accents) { pipeline.append(AccentStep()) }
    if steps.contains(.caseFold) {
      pipeline.append(CaseFoldStep(stripAccents: steps.contains(.accents), form: form))
    }
    if steps.contains(.whitespace) { pipeline.append(WhitespaceStep()) }
    self.pipeline = pipeline
  }

  /// Normalizes `text`.
  public func normalize(_ text: String) -> NormalizedText {
    var original = text
    var current: [UInt8]? = nil
    var map = OffsetMap.identity
    original.withUTF8 { originalBytes in
      for step in pipeline {
        let output: StepOutput?
        if let bytes = current {
          output = bytes.withUnsafeBufferPointer { step.apply($0) }
        } else {
          output = step.apply(originalBytes)
        }
        if let output {
          map = map.then(output.map)
          current = output.bytes
        }
      }
    }
    guard let current else { return NormalizedText(unchanged: text) }
    return NormalizedText(original: text, text: String(decoding: current, as: UTF8.self), map: map)
  }
}
