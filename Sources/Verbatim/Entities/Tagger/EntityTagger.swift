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
    var cache = TokenScoreCache(capacity: 16)
    return tags(sentence, cache: &cache)
  }

  /// ``tags(_:)`` with a cache of token scores kept from sentence to
  /// sentence of a document; the cache must only ever serve this tagger.
  func tags(_ sentence: TaggerSentence, cache: inout TokenScoreCache) -> [UInt8] {
    let count = TagSet.count
    let tokenCount = sentence.tokens.count
    guard tokenCount > 0 else { return [] }
    var tags = [UInt8](repeating: TagSet.outside, count: tokenCount)
    sentence.tokens.withUnsafeBufferPointer { tokens in
      transitionScores.withUnsafeBufferPointer { transitions in
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * tokenCount * count) { emissions in
          let outside = emissions.baseAddress! + tokenCount * count
          let emissions = emissions.baseAddress!
          emissionScores(sentence, tokens, cache: &cache, into: emissions, outside: outside)
          var previous = TagSet.outside
          var previous2 = TagSet.outside
          for index in 0..<tokenCount {
            let scores = emissions + index * count
            let transition = transitions.baseAddress! + (Int(previous) * count + Int(previous2)) * count
            for tag in 0..<count { scores[tag] &+= transition[tag] }
            if previous == TagSet.outside {
              let afterOutside = outside + index * count
              for tag in 0..<count { scores[tag] &+= afterOutside[tag] }
            } else {
              let withPrevious = TaggerSentence.previousTagFeatures(previous: previous, tokens.baseAddress! + index)
              model.accumulate(withPrevious.0, into: scores)
              model.accumulate(withPrevious.1, into: scores)
            }
            var candidates = successors[Int(previous)]
            if index == tokenCount - 1 { candidates &= endings }
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

  /// The most features ``TaggerSentence/forEachTokenFeature(at:in:_:)`` gives
  /// one token: templates 2–19 and 24–26 (21), and at most 32 lexicon bits
  /// for the token and for each neighbour; and the two features after `O`.
  private static let maxTokenFeatures = 21 + 3 * 32 + 2

  /// Writes each token's scores from the features that do not depend on the
  /// previous tags (`TagSet.count` per token, in `emissions`), and the
  /// scores of its features with an `O` previous tag, the most common one
  /// (in `outside`). A token's own features and those after `O` come from
  /// `cache` when it holds them, else from the model, and then go into the
  /// cache. The features of the next token are gathered and prefetched
  /// while the current one's are added, so their cache misses overlap with work.
  private func emissionScores(
    _ sentence: TaggerSentence, _ tokens: UnsafeBufferPointer<TokenFeatures>, cache: inout TokenScoreCache,
    into emissions: UnsafeMutablePointer<Int32>, outside: UnsafeMutablePointer<Int32>
  ) {
    let count = TagSet.count
    emissions.initialize(repeating: 0, count: tokens.count * count)
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * Self.maxTokenFeatures) { buffer in
      withUnsafeTemporaryAllocation(of: Int32.self, capacity: TokenScoreCache.rowWidth) { row in
        let row = row.baseAddress!
        var current = buffer.baseAddress!
        var next = current + Self.maxTokenFeatures
        /// Adds the cached scores of token `index`, or, when they are not
        /// cached, gathers in `features` its two features after `O` and its
        /// own features; then its neighbour features. Returns the number of
        /// features gathered for the cache (0 when it had them) and in all.
        func gather(_ index: Int, into features: UnsafeMutablePointer<UInt64>) -> (own: Int, all: Int) {
          var featureCount = 0
          func append(_ feature: UInt64) {
            model.prefetch(feature)
            features[featureCount] = feature
            featureCount += 1
          }
          let key = sentence.ownFeatureKey(at: index, in: tokens)
          if !cache.add(key, into: emissions + index * count, outside: outside + index * count) {
            let afterOutside = TaggerSentence.previousTagFeatures(previous: TagSet.outside, tokens.baseAddress! + index)
            append(afterOutside.0)
            append(afterOutside.1)
            sentence.forEachOwnFeature(at: index, in: tokens, append)
          }
          let ownCount = featureCount
          sentence.forEachNeighbourFeature(at: index, in: tokens, append)
          return (ownCount, featureCount)
        }
        var currentCount = tokens.isEmpty ? (own: 0, all: 0) : gather(0, into: current)
        for index in tokens.indices {
          let nextCount = index + 1 < tokens.count ? gather(index + 1, into: next) : (own: 0, all: 0)
          let scores = emissions + index * count
          if currentCount.own > 0 {
            // The first two features are those after `O`, then the token's own.
            row.initialize(repeating: 0, count: TokenScoreCache.rowWidth)
            model.accumulate(current[0], into: row + count)
            model.accumulate(current[1], into: row + count)
            for feature in UnsafeBufferPointer(start: current + 2, count: currentCount.own - 2) {
              model.accumulate(feature, into: row)
            }
            cache.insert(sentence.ownFeatureKey(at: index, in: tokens), row)
            for tag in 0..<count { scores[tag] &+= row[tag] }
            (outside + index * count).update(from: row + count, count: count)
          }
          for feature in UnsafeBufferPointer(start: current + currentCount.own, count: currentCount.all - currentCount.own) {
            model.accumulate(feature, into: scores)
          }
          swap(&current, &next)
          currentCount = nextCount
        }
      }
    }
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
