internal import CVerbatimModels

/// The statistical name tagger: greedy left-to-right BILOU decoding with an
/// averaged-perceptron model over hashed features (``FeatureTemplates``).
struct EntityTagger: Sendable {
  let model: EntityModel

  /// The French model compiled into the library, or nil if none was built in.
  static let builtInFrench: EntityTagger? = {
    var size = 0
    let pointer = cverbatim_entity_model_fr(&size)
    return EntityModel(bytes: UnsafeRawBufferPointer(start: pointer, count: size)).map(EntityTagger.init)
  }()

  /// The English model compiled into the library, or nil if none was built in.
  static let builtInEnglish: EntityTagger? = {
    var size = 0
    let pointer = cverbatim_entity_model_en(&size)
    return EntityModel(bytes: UnsafeRawBufferPointer(start: pointer, count: size)).map(EntityTagger.init)
  }()

  /// The summed weights of the features that depend only on the two
  /// previous tags (``TaggerSentence/transitionFeatures(previous:previous2:)``):
  /// `TagSet.count` scores at `(previous * TagSet.count + previous2) * TagSet.count`.
  private let transitionScores: [Int32]
  /// The tags allowed after each tag (bit `t` for tag `t`, ``TagSet/allowed(_:_:)``).
  private let successors: [UInt32]
  /// The tags a sentence may end with (``TagSet/canEnd(_:)``).
  private let endings: UInt32

  init(model: EntityModel) {
    self.model = model
    let count = TagSet.count
    var transitionScores = [Int32](repeating: 0, count: count * count * count)
    transitionScores.withUnsafeMutableBufferPointer { table in
      for previous in 0..<UInt8(count) {
        for previous2 in 0..<UInt8(count) {
          let scores = table.baseAddress! + (Int(previous) * count + Int(previous2)) * count
          let features = TaggerSentence.transitionFeatures(previous: previous, previous2: previous2)
          model.accumulate(features.0, into: scores)
          model.accumulate(features.1, into: scores)
          model.accumulate(features.2, into: scores)
        }
      }
    }
    self.transitionScores = transitionScores
    successors = (0..<UInt8(count)).map { previous in
      (0..<UInt8(count)).reduce(UInt32(0)) { mask, tag in TagSet.allowed(previous, tag) ? mask | 1 << tag : mask }
    }
    endings = (0..<UInt8(count)).reduce(UInt32(0)) { mask, tag in TagSet.canEnd(tag) ? mask | 1 << tag : mask }
  }

  /// The tag of each token of `sentence`: for each token in turn, the
  /// allowed tag with the highest score (the first one on a tie), the score
  /// being the summed weights of ``TaggerSentence/forEachFeature(at:previous:previous2:_:)``.
  /// Scores are wrapping integer sums, so the order in which the features
  /// are added does not matter: the previous-tags-only part comes from
  /// `transitionScores`.
  func tags(_ sentence: TaggerSentence) -> [UInt8] {
    let count = TagSet.count
    var tags = [UInt8](repeating: TagSet.outside, count: sentence.tokens.count)
    sentence.tokens.withUnsafeBufferPointer { tokens in
      transitionScores.withUnsafeBufferPointer { transitions in
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: count) { buffer in
          let scores = buffer.baseAddress!
          var previous = TagSet.outside
          var previous2 = TagSet.outside
          for index in 0..<tokens.count {
            scores.initialize(from: transitions.baseAddress! + (Int(previous) * count + Int(previous2)) * count, count: count)
            sentence.forEachTokenFeature(at: index, in: tokens) { feature in model.accumulate(feature, into: scores) }
            let withPrevious = TaggerSentence.previousTagFeatures(previous: previous, tokens.baseAddress! + index)
            model.accumulate(withPrevious.0, into: scores)
            model.accumulate(withPrevious.1, into: scores)
            var candidates = successors[Int(previous)]
            if index == tokens.count - 1 { candidates &= endings }
            var best = TagSet.outside
            var bestScore = Int32.min
            while candidates != 0 {
              let tag = candidates.trailingZeroBitCount
              if scores[tag] > bestScore {
                bestScore = scores[tag]
                best = UInt8(tag)
              }
              candidates &= candidates - 1
            }
            tags[index] = best
            previous2 = previous
            previous = best
          }
        }
      }
    }
    return tags
  }

  /// Spans (token index ranges within the sentence) and their types.
  static func spans(_ tags: [UInt8]) -> [(range: Range<Int>, type: Int)] {
    var spans: [(Range<Int>, Int)] = []
    var start = -1
    var type = -1
    for (index, tag) in tags.enumerated() {
      if tag == TagSet.outside {
        if start >= 0 { spans.append((start..<index, type)) }
        start = -1
        continue
      }
      let position = TagSet.position(tag)
      let tagType = TagSet.type(tag)
      if position == .begin || position == .unit || start < 0 || tagType != type {
        if start >= 0 { spans.append((start..<index, type)) }
        start = index
        type = tagType
      }
      if position == .last || position == .unit {
        spans.append((start..<(index + 1), type))
        start = -1
      }
    }
    if start >= 0 { spans.append((start..<tags.count, type)) }
    return spans
  }
}
