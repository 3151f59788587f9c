/// Trains the entity tagger (averaged perceptron, greedy decoding with the
/// model's own previous predictions as history). Used by the
/// `VerbatimTrainer` executable; the features are the tagger's own, so a
/// trained model always matches the code that reads it.
package struct EntityTaggerTrainer {
  /// One training sentence: corpus tokens with IOB2 tags (`B-PER`, `I-ORG`, `O`).
  package struct Sentence: Sendable {
    package var tokens: [String]
    package var tags: [String]
    package var language: Language
    package init(tokens: [String], tags: [String], language: Language) {
      self.tokens = tokens
      self.tags = tags
      self.language = language
    }
  }

  package var epochs = 10
  package var seed: UInt64 = 1
  /// Weights whose magnitude stays below this after averaging are dropped.
  package var pruneBelow: Float = 0.05

  package init() {}

  /// Trains on `sentences` and returns the serialized model.
  package func train(_ sentences: [Sentence], log: (String) -> Void) -> [UInt8] {
    let prepared = sentences.map(Self.prepare)
    log("\(prepared.count) sentences, \(prepared.reduce(0) { $0 + $1.0.tokens.count }) tokens")
    var index: [UInt64: Int] = [:]
    var weights: [Float] = []
    var totals: [Float] = []
    var clock: Float = 1
    var order = Array(prepared.indices)
    var random = SplitMix(seed: seed)
    var features: [UInt64] = []
    var scores = [Float](repeating: 0, count: TagSet.count)
    for epoch in 0..<epochs {
      order.shuffle(using: &random)
      var errors = 0
      var total = 0
      for sentenceIndex in order {
        let (sentence, gold) = prepared[sentenceIndex]
        var previous = TagSet.outside
        var previous2 = TagSet.outside
        for position in sentence.tokens.indices {
          features.removeAll(keepingCapacity: true)
          sentence.forEachFeature(at: position, previous: previous, previous2: previous2) { features.append($0) }
          for tag in 0..<TagSet.count { scores[tag] = 0 }
          for feature in features {
            guard let row = index[feature] else { continue }
            for tag in 0..<TagSet.count { scores[tag] += weights[row * TagSet.count + tag] }
          }
          let isLast = position == sentence.tokens.count - 1
          var best = TagSet.outside
          var bestScore = -Float.infinity
          for tag in 0..<UInt8(TagSet.count) where TagSet.allowed(previous, tag) {
            if isLast && !TagSet.canEnd(tag) { continue }
            if scores[Int(tag)] > bestScore {
              bestScore = scores[Int(tag)]
              best = tag
            }
          }
          let truth = gold[position]
          total += 1
          if best != truth {
            errors += 1
            for feature in features {
              let row: Int
              if let existing = index[feature] {
                row = existing
              } else {
                row = weights.count / TagSet.count
                index[feature] = row
                weights.append(contentsOf: repeatElement(0, count: TagSet.count))
                totals.append(contentsOf: repeatElement(0, count: TagSet.count))
              }
              weights[row * TagSet.count + Int(truth)] += 1
              totals[row * TagSet.count + Int(truth)] += clock
              weights[row * TagSet.count + Int(best)] -= 1
              totals[row * TagSet.count + Int(best)] -= clock
            }
          }
          clock += 1
          previous2 = previous
          previous = best
        }
      }
      log("epoch \(epoch + 1): token errors \(errors) / \(total) (\(Double(errors) * 100 / Double(max(total, 1)))%)")
    }
    // Average and prune.
    var averaged: [UInt64: [Float]] = [:]
    for (feature, row) in index {
      var values = [Float](repeating: 0, count: TagSet.count)
      var keep = false
      for tag in 0..<TagSet.count {
        let value = weights[row * TagSet.count + tag] - totals[row * TagSet.count + tag] / clock
        values[tag] = value
        if abs(value) >= pruneBelow { keep = true }
      }
      if keep { averaged[feature] = values }
    }
    log("\(index.count) features seen, \(averaged.count) kept")
    return EntityModel.serialize(averaged, tagCount: TagSet.count)
  }

  /// The tagger's view of a corpus sentence and its gold BILOU tags.
  static func prepare(_ sentence: Sentence) -> (TaggerSentence, [UInt8]) {
    var bytes: [UInt8] = []
    var ranges: [Range<Int>] = []
    for (offset, token) in sentence.tokens.enumerated() {
      if offset > 0 { bytes.append(0x20) }
      let start = bytes.count
      bytes.append(contentsOf: token.utf8)
      ranges.append(start..<bytes.count)
    }
    let features: [TokenFeatures] = bytes.withUnsafeBufferPointer { buffer in
      let bits = EntityLexicons.shared.bits(buffer, tokens: ranges)
      return ranges.indices.map { TokenFeatures(buffer, ranges[$0], lexicon: bits[$0] & EntityLexicons.taggerBits) }
    }
    return (TaggerSentence(tokens: features, language: sentence.language), bilou(sentence.tags))
  }

  /// IOB2 (or IOB1) tag names to BILOU tag indices; unknown types are `O`.
  static func bilou(_ tags: [String]) -> [UInt8] {
    var types: [Int?] = []
    var begins: [Bool] = []
    for (index, tag) in tags.enumerated() {
      let parts = tag.split(separator: "-", maxSplits: 1)
      guard parts.count == 2, let type = TagSet.type(named: parts[1]) else {
        types.append(nil)
        begins.append(false)
        continue
      }
      types.append(type)
      begins.append(parts[0] == "B" || index == 0 || types[index - 1] != type)
    }
    var result = [UInt8](repeating: TagSet.outside, count: tags.count)
    for index in tags.indices {
      guard let type = types[index] else { continue }
      let continues = index + 1 < tags.count && types[index + 1] == type && !begins[index + 1]
      let position: TagSet.Position =
        begins[index] ? (continues ? .begin : .unit) : (continues ? .inside : .last)
      result[index] = TagSet.tag(type, position)
    }
    return result
  }

  /// Each token with its chosen tag, the tag's score and the `O` score.
  package static func explain(model bytes: [UInt8], _ sentence: Sentence) -> [String] {
    bytes.withUnsafeBytes { raw in
      guard let model = EntityModel(bytes: raw) else { return [] }
      let (prepared, _) = prepare(sentence)
      var lines: [String] = []
      var previous = TagSet.outside
      var previous2 = TagSet.outside
      let tags = EntityTagger(model: model).tags(prepared)
      for (index, tag) in tags.enumerated() {
        var scores = [Int32](repeating: 0, count: TagSet.count)
        scores.withUnsafeMutableBufferPointer { buffer in
          prepared.forEachFeature(at: index, previous: previous, previous2: previous2) {
            model.accumulate($0, into: buffer.baseAddress!)
          }
        }
        let name = tag == 0 ? "O" : "\(["B", "I", "L", "U"][Int(TagSet.position(tag).rawValue)])-\(["PER", "ORG", "LOC", "PROD"][TagSet.type(tag)])"
        lines.append("\(sentence.tokens[index])\t\(name)\t\(Float(scores[Int(tag)]) * model.scale)\tO=\(Float(scores[0]) * model.scale)")
        previous2 = previous
        previous = tag
      }
      return lines
    }
  }

  /// Tags `sentence` with a serialized model (for held-out checks).
  package static func predict(model bytes: [UInt8], _ sentences: [Sentence]) -> [[String]] {
    bytes.withUnsafeBytes { raw in
      guard let model = EntityModel(bytes: raw) else { return sentences.map { $0.tags.map { _ in "O" } } }
      let tagger = EntityTagger(model: model)
      return sentences.map { sentence in
        let (prepared, _) = prepare(sentence)
        let tags = tagger.tags(prepared)
        var names = [String](repeating: "O", count: tags.count)
        for span in EntityTagger.spans(tags) {
          let name = ["PER", "ORG", "LOC", "PROD"][span.type]
          for position in span.range {
            names[position] = (position == span.range.lowerBound ? "B-" : "I-") + name
          }
        }
        return names
      }
    }
  }
}

/// A seeded generator so training is reproducible.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
