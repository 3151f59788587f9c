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

  init(model: EntityModel) { self.model = model }

  /// The tag of each token of `sentence`.
  func tags(_ sentence: TaggerSentence) -> [UInt8] {
    var tags = [UInt8](repeating: TagSet.outside, count: sentence.tokens.count)
    withUnsafeTemporaryAllocation(of: Int32.self, capacity: TagSet.count) { scores in
      var previous = TagSet.outside
      var previous2 = TagSet.outside
      for index in sentence.tokens.indices {
        scores.initialize(repeating: 0)
        sentence.forEachFeature(at: index, previous: previous, previous2: previous2) { feature in
          model.accumulate(feature, into: scores.baseAddress!)
        }
        let isLast = index == sentence.tokens.count - 1
        var best = TagSet.outside
        var bestScore = Int32.min
        for tag in 0..<UInt8(TagSet.count) where TagSet.allowed(previous, tag) {
          if isLast && !TagSet.canEnd(tag) { continue }
          if scores[Int(tag)] > bestScore {
            bestScore = scores[Int(tag)]
            best = tag
          }
        }
        tags[index] = best
        previous2 = previous
        previous = best
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
