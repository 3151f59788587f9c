import Testing
@testable import Verbatim

@Suite struct EntityTaggerTests {
  @Test func iob2ToBILOU() {
    let tags = EntityTaggerTrainer.bilou(["B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG", "I-ORG", "I-MISC", "I-PER"])
    let per = 0, org = 1, loc = 2
    #expect(tags == [
      TagSet.tag(per, .begin), TagSet.tag(per, .last), TagSet.outside, TagSet.tag(loc, .unit),
      TagSet.tag(org, .begin), TagSet.tag(org, .inside), TagSet.tag(org, .last), TagSet.outside,
      TagSet.tag(per, .unit),
    ])
  }

  @Test func spansFromTags() {
    let tags: [UInt8] = [
      TagSet.tag(0, .begin), TagSet.tag(0, .last), TagSet.outside, TagSet.tag(2, .unit),
      TagSet.tag(1, .begin), TagSet.tag(1, .inside),  // unfinished at the end
    ]
    let spans = EntityTagger.spans(tags)
    #expect(spans.map(\.range) == [0..<2, 3..<4, 4..<6])
    #expect(spans.map(\.type) == [0, 2, 1])
  }

  @Test func bilouConstraints() {
    #expect(TagSet.allowed(TagSet.outside, TagSet.tag(0, .begin)))
    #expect(!TagSet.allowed(TagSet.outside, TagSet.tag(0, .inside)))
    #expect(TagSet.allowed(TagSet.tag(0, .begin), TagSet.tag(0, .last)))
    #expect(!TagSet.allowed(TagSet.tag(0, .begin), TagSet.tag(1, .last)))
    #expect(!TagSet.allowed(TagSet.tag(0, .begin), TagSet.outside))
    #expect(!TagSet.canEnd(TagSet.tag(3, .inside)))
  }

  @Test func modelSerializationRoundTrips() throws {
    var weights: [UInt64: [Float]] = [:]
    var random = SeededGenerator(seed: 7)
    for row in 0..<500 {
      let key = random.next() | 1
      // Rows of every length: 0…6 pairs fit in the slot, longer ones spill over.
      let kept = row % (TagSet.count + 1)
      weights[key] = (0..<TagSet.count).map { tag in
        tag < kept ? Float(Int(random.next() % 2001) - 1000) / 10 : 0
      }
    }
    let blob = EntityModel.serialize(weights, tagCount: TagSet.count)
    try blob.withUnsafeBytes { raw in
      let model = try #require(EntityModel(bytes: raw))
      for (key, row) in weights {
        var scores = [Int32](repeating: 0, count: TagSet.count)
        scores.withUnsafeMutableBufferPointer { model.accumulate(key, into: $0.baseAddress!) }
        for tag in 0..<TagSet.count {
          #expect(abs(Float(scores[tag]) * model.scale - row[tag]) <= model.scale)
        }
      }
      // An unknown feature adds nothing.
      var scores = [Int32](repeating: 0, count: TagSet.count)
      scores.withUnsafeMutableBufferPointer { model.accumulate(0xDEAD_BEEF_0000_0001, into: $0.baseAddress!) }
      #expect(scores.allSatisfy { $0 == 0 })
    }
    #expect(EntityModel(bytes: UnsafeRawBufferPointer(start: nil, count: 0)) == nil)
  }

  @Test func emptySentenceHasNoTags() throws {
    let tagger = try #require(EntityTagger.builtInFrench)
    #expect(tagger.tags(TaggerSentence(tokens: [], language: .french)).isEmpty)
  }

  @Test func featuresIgnoreApostropheStyleAndCase() {
    func features(_ word: String) -> TokenFeatures {
      var word = word
      return word.withUTF8 { TokenFeatures($0, 0..<$0.count) }
    }
    #expect(features("l'État").lower == features("L’état").lower)
    #expect(features("Microsoft").shortShape == features("Amazon").shortShape)
    #expect(features("IBM").shortShape != features("Amazon").shortShape)
    #expect(features("IBM").isAllCapitals && features("Amazon").isCapitalized)
  }

  @Test func trainerLearnsAToyPattern() throws {
    // "<Name> said" → PER, "in <Place>" → LOC; names unseen at test time.
    let names = ["Alice", "Bruno", "Chloé", "Dmitri", "Elena", "Farid", "Grace", "Hugo"]
    let places = ["Lyon", "Oslo", "Quito", "Porto", "Tunis", "Dakar", "Perth", "Turin"]
    var sentences: [EntityTaggerTrainer.Sentence] = []
    for (index, name) in names.prefix(6).enumerated() {
      let place = places[index]
      sentences.append(
        .init(
          tokens: [name, "said", "it", "rained", "in", place, "."],
          tags: ["B-PER", "O", "O", "O", "O", "B-LOC", "O"], language: .english))
    }
    var trainer = EntityTaggerTrainer()
    trainer.epochs = 5
    let model = trainer.train(sentences) { _ in }
    let test = EntityTaggerTrainer.Sentence(
      tokens: [names[7], "said", "it", "rained", "in", places[7], "."], tags: Array(repeating: "O", count: 7),
      language: .english)
    let predicted = EntityTaggerTrainer.predict(model: model, [test])[0]
    #expect(predicted == ["B-PER", "O", "O", "O", "O", "B-LOC", "O"])
  }

  @Test func builtInModelLoads() {
    #expect(EntityRecognizer().hasModel)
    let analyzer = try! Analyzer(language: .french, entities: true)
    let analysis = analyzer.analyze("Le président de Microsoft, Brad Smith, s’est exprimé à Bruxelles.")
    for entity in analysis.entities {
      #expect(entity.start < entity.end && entity.end <= analysis.text.unicodeScalars.count)
      #expect(!entity.canonical.isEmpty)
    }
  }
}
