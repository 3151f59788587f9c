internal import CVerbatimModels

/// The statistical name tagger: greedy left-to-right BILOU decoding with an
/// averaged-perceptron model over hashed features (``FeatureTemplates``).
struct EntityTagger: Sendable {
  let model: EntityModel
  /// Score caches that only this tagger's model fills (``TokenScoreCache``).
  let caches = TokenScoreCachePool()

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
  /// What a neighbour outside the sentence gives (``TaggerSentence/forEachFeature(of:as:_:)``
  /// of `TokenFeatures()`), `TagSet.count` scores per role in role order.
  private let boundaryScores: [Int32]

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
    var boundaryScores = [Int32](repeating: 0, count: TaggerSentence.NeighbourRole.allCases.count * count)
    boundaryScores.withUnsafeMutableBufferPointer { table in
      for role in TaggerSentence.NeighbourRole.allCases {
        TaggerSentence.forEachFeature(of: TokenFeatures(), as: role) { feature in
          model.accumulate(feature, into: table.baseAddress! + role.rawValue * count)
        }
      }
    }
    self.boundaryScores = boundaryScores
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

  /// The most features one token's cache row sums (`gatherRow`): 13 own
  /// (templates 2, 7, 8, 11–19, 31) and two after `O`, eight as a neighbour
  /// (templates 3–6, 9, 10, 32, 33), and at most 32 lexicon bits for itself,
  /// as the token before and as the token after (27–29).
  private static let maxRowFeatures = 13 + 2 + 8 + 3 * 32

  /// The neighbour roles in order (`allCases` would build an array on every use).
  private static let neighbourRoles = TaggerSentence.NeighbourRole.allCases

  /// Writes each token's scores from the features that do not depend on the
  /// previous tags (`TagSet.count` per token, in `emissions`), and the
  /// scores of its features with an `O` previous tag, the most common one
  /// (in `outside`).
  ///
  /// First each token's row (``TokenScoreCache/Part``: its own features,
  /// those after `O`, and what it gives each neighbour) is read in place in
  /// `cache` when it holds it, else summed from the model (the features of
  /// the next token gathered and prefetched while the current one's are
  /// added, so their cache misses overlap with work). Then a token's scores
  /// are its own part, its neighbours' parts for their roles and its three
  /// pair features. Last, the rows summed here go into the cache (a word
  /// twice in one sentence is summed twice: the cache does not change while
  /// its rows are read).
  private func emissionScores(
    _ sentence: TaggerSentence, _ tokens: UnsafeBufferPointer<TokenFeatures>, cache: inout TokenScoreCache,
    into emissions: UnsafeMutablePointer<Int32>, outside: UnsafeMutablePointer<Int32>
  ) {
    let width = TokenScoreCache.rowWidth
    let tokenCount = tokens.count
    withUnsafeTemporaryAllocation(of: Int32.self, capacity: tokenCount * width) { rows in
      let rows = rows.baseAddress!
      // Each token's row: in the cache when it holds it (read in place, the
      // cache left untouched until the rows computed here go in at the end),
      // else in `rows`; `missed` keeps the keys of the rows computed here (0: cached).
      withUnsafeTemporaryAllocation(of: UnsafePointer<Int32>.self, capacity: tokenCount) { rowOf in
        let rowOf = rowOf.baseAddress!
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: tokenCount) { missed in
          let missed = missed.baseAddress!
          cache.withRows { cached in
            gatherRows(sentence, tokens, cache: cache, cached: cached, rows: rows, rowOf: rowOf, missed: missed)
            sumNeighbours(sentence, tokens, rowOf: rowOf, into: emissions, outside: outside)
          }
          for index in 0..<tokenCount where missed[index] != 0 {
            cache.insert(missed[index], rows + index * width)
          }
        }
      }
    }
  }

  /// Points `rowOf[i]` at token `i`'s row: the cached one, or one summed
  /// from the model into `rows` (its key then in `missed[i]`, else 0).
  private func gatherRows(
    _ sentence: TaggerSentence, _ tokens: UnsafeBufferPointer<TokenFeatures>, cache: borrowing TokenScoreCache,
    cached: UnsafePointer<Int32>, rows: UnsafeMutablePointer<Int32>, rowOf: UnsafeMutablePointer<UnsafePointer<Int32>>,
    missed: UnsafeMutablePointer<UInt64>
  ) {
    let count = TagSet.count
    let width = TokenScoreCache.rowWidth
    let tokenCount = tokens.count
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * Self.maxRowFeatures) { buffer in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * Self.maxRowFeatures) { partBuffer in
        var current = (features: buffer.baseAddress!, parts: partBuffer.baseAddress!)
        var next = (features: current.features + Self.maxRowFeatures, parts: current.parts + Self.maxRowFeatures)
        /// Points `rowOf[index]` at the cached row of token `index`, or,
        /// when it is not cached, gathers in `target` its features, each
        /// with the part of the row it adds to. Returns the number gathered (0 when cached).
        func gatherRow(_ index: Int, into target: (features: UnsafeMutablePointer<UInt64>, parts: UnsafeMutablePointer<UInt8>)) -> Int {
          let key = sentence.ownFeatureKey(at: index, in: tokens)
          if let slot = cache.slot(of: key) {
            rowOf[index] = cached + slot * width
            missed[index] = 0
            return 0
          }
          rowOf[index] = UnsafePointer(rows + index * width)
          missed[index] = key
          var featureCount = 0
          // A local function called from non-escaping closures: nothing is allocated.
          func add(_ feature: UInt64, _ part: TokenScoreCache.Part) {
            model.prefetch(feature)
            target.features[featureCount] = feature
            target.parts[featureCount] = UInt8(part.rawValue)
            featureCount += 1
          }
          let afterOutside = TaggerSentence.previousTagFeatures(previous: TagSet.outside, tokens.baseAddress! + index)
          add(afterOutside.0, .afterOutside)
          add(afterOutside.1, .afterOutside)
          sentence.forEachOwnFeature(at: index, in: tokens) { add($0, .own) }
          for role in Self.neighbourRoles {
            let part = TokenScoreCache.Part(role)
            TaggerSentence.forEachFeature(of: tokens[index], as: role) { add($0, part) }
          }
          return featureCount
        }
        var currentCount = tokenCount > 0 ? gatherRow(0, into: current) : 0
        for index in 0..<tokenCount {
          let nextCount = index + 1 < tokenCount ? gatherRow(index + 1, into: next) : 0
          if currentCount > 0 {
            let row = rows + index * width
            row.initialize(repeating: 0, count: width)
            for position in 0..<currentCount {
              model.accumulate(current.features[position], into: row + Int(current.parts[position]) * count)
            }
          }
          swap(&current, &next)
          currentCount = nextCount
        }
      }
    }
  }

  /// Each token's scores: its own part, its neighbours' parts for their
  /// roles (a boundary's share outside the sentence) and its three pair
  /// features (templates 24–26, prefetched a token ahead); and its part after `O`.
  private func sumNeighbours(
    _ sentence: TaggerSentence, _ tokens: UnsafeBufferPointer<TokenFeatures>,
    rowOf: UnsafeMutablePointer<UnsafePointer<Int32>>, into emissions: UnsafeMutablePointer<Int32>,
    outside: UnsafeMutablePointer<Int32>
  ) {
    let count = TagSet.count
    let tokenCount = tokens.count
    boundaryScores.withUnsafeBufferPointer { boundary in
      let boundary = boundary.baseAddress!
      /// What the token at `index` gives in `role`.
      @inline(__always) func part(_ index: Int, _ role: TaggerSentence.NeighbourRole) -> UnsafePointer<Int32> {
        index >= 0 && index < tokenCount
          ? rowOf[index] + TokenScoreCache.Part(role).offset : boundary + role.rawValue * count
      }
      var pairs = tokenCount > 0 ? sentence.pairFeatures(at: 0, in: tokens) : (0, 0, 0)
      for index in 0..<tokenCount {
        let current = pairs
        if index + 1 < tokenCount {
          pairs = sentence.pairFeatures(at: index + 1, in: tokens)
          model.prefetch(pairs.0)
          model.prefetch(pairs.1)
          model.prefetch(pairs.2)
        }
        let scores = emissions + index * count
        let row = rowOf[index]
        let previous = part(index - 1, .previous)
        let following = part(index + 1, .next)
        let previous2 = part(index - 2, .previous2)
        let following2 = part(index + 2, .next2)
        let afterOutside = row + TokenScoreCache.Part.afterOutside.offset
        let rowOutside = outside + index * count
        for tag in 0..<count {
          scores[tag] = row[tag] &+ previous[tag] &+ following[tag] &+ previous2[tag] &+ following2[tag]
          rowOutside[tag] = afterOutside[tag]
        }
        model.accumulate(current.0, into: scores)
        model.accumulate(current.1, into: scores)
        model.accumulate(current.2, into: scores)
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
