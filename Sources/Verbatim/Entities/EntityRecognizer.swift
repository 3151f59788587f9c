/// Finds named entities in an analyzed document: the statistical tagger
/// (PERSON, ORG, LOC, PRODUCT) over each sentence.
///
/// A recognizer is an immutable `Sendable` value: build it once, share it.
public struct EntityRecognizer: Sendable {
  private let tagger: EntityTagger?

  /// Creates a recognizer with the model compiled into the library.
  public init() {
    tagger = EntityTagger.builtIn
  }

  /// Whether a trained tagger model is available in this build.
  public var hasModel: Bool { tagger != nil }

  /// The entity mentions of `analysis`, in text order.
  public func entities(in analysis: Analysis) -> [Entity] {
    var text = analysis.text
    return text.withUTF8 { bytes in entities(analysis, bytes) }
  }

  func entities(_ analysis: Analysis, _ bytes: UnsafeBufferPointer<UInt8>) -> [Entity] {
    guard let tagger else { return [] }
    var found: [Entity] = []
    for sentence in analysis.sentences {
      let tokens = analysis.tokens[sentence.tokenIndices]
      let ranges = tokens.map(\.utf8Range)
      let bits = EntityLexicons.shared.bits(bytes, tokens: ranges)
      let features = ranges.indices.map { TokenFeatures(bytes, ranges[$0], lexicon: bits[$0]) }
      let language = languageOf(sentence, in: analysis)
      let tags = tagger.tags(TaggerSentence(tokens: features, language: language))
      for span in EntityTagger.spans(tags) {
        let first = tokens[tokens.startIndex + span.range.lowerBound]
        let last = tokens[tokens.startIndex + span.range.upperBound - 1]
        let range = first.utf8Range.lowerBound..<last.utf8Range.upperBound
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        found.append(
          Entity(
            start: first.start, end: last.end, utf8Range: range,
            tokenIndices: (sentence.tokenIndices.lowerBound + span.range.lowerBound)..<(sentence.tokenIndices.lowerBound + span.range.upperBound),
            label: TagSet.types[span.type], canonical: name, cluster: found.count))
      }
    }
    return found
  }

  private func languageOf(_ sentence: Sentence, in analysis: Analysis) -> Language {
    for paragraph in analysis.paragraphs where paragraph.start <= sentence.start && sentence.end <= paragraph.end {
      return paragraph.language.language
    }
    return analysis.language.language
  }
}
