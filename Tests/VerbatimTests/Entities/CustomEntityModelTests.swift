import Testing
@testable import Verbatim

/// Tagger models of the caller's own (``EntityRecognizer/init(gazetteer:frenchModel:englishModel:)``).
@Suite struct CustomEntityModelTests {
  /// A toy English model: the word before `zorped` is a person.
  static let toyModel: [UInt8] = {
    let names = ["Quilbex", "Mivando", "Trazzle", "Obrunk", "Fleximo", "Dravnik", "Yuplor", "Kestrel"]
    var sentences: [EntityTaggerTrainer.Sentence] = []
    for name in names {
      sentences.append(
        .init(tokens: ["then", name, "zorped", "twice", "."], tags: ["O", "B-PER", "O", "O", "O"], language: .english))
      sentences.append(
        .init(tokens: ["then", "nobody", "zorped", "twice", "."], tags: ["O", "O", "O", "O", "O"], language: .english))
    }
    var trainer = EntityTaggerTrainer()
    trainer.epochs = 5
    return trainer.train(sentences) { _ in }
  }()

  private func persons(_ recognizer: EntityRecognizer, _ text: String) throws -> [String] {
    let analyzer = try Analyzer(language: .english, quotes: false, recognizer: recognizer)
    return analyzer.analyze(text).entities.filter { $0.label == .person }.map { String($0.text(in: text)) }
  }

  @Test func aModelOfYourOwnReplacesTheBuiltInOne() throws {
    let text = "then Pelgrimo zorped twice."
    let custom = try EntityRecognizer(frenchModel: nil, englishModel: Self.toyModel)
    #expect(try persons(custom, text) == ["Pelgrimo"])
    // The built-in model has never seen `zorped`: the answer above is the toy model's.
    #expect(try persons(EntityRecognizer(), text) != ["Pelgrimo"])
    // nil keeps the built-in model of that language.
    let french = "Le président de Microsoft, Brad Smith, s’est exprimé à Bruxelles."
    let frenchAnalyzer = try Analyzer(language: .french, quotes: false, recognizer: custom)
    let builtIn = try Analyzer(language: .french, quotes: false)
    #expect(frenchAnalyzer.analyze(french).entities == builtIn.analyze(french).entities)
  }

  @Test(arguments: ["junk", "truncated", "tag count", "no empty slot", "overflow past the end"])
  func damagedModelsAreRefused(_ damage: String) throws {
    var bytes = Self.toyModel
    func setU32(_ value: UInt32, at offset: Int) {
      withUnsafeBytes(of: value.littleEndian) { bytes.replaceSubrange(offset..<offset + 4, with: $0) }
    }
    func u32(_ offset: Int) -> UInt32 { bytes[offset..<offset + 4].reversed().reduce(0) { $0 << 8 | UInt32($1) } }
    let slots = Int(u32(12))
    let slotBytes = EntityModel.slotWords * 4
    let firstUsed = try #require((0..<slots).first { u32(EntityModel.headerSize + $0 * slotBytes) != 0 })
    switch damage {
    case "junk": bytes = Array("not a model at all, just some text of the right length....".utf8)
    case "truncated": bytes.removeLast(bytes.count / 3)
    case "tag count": setU32(UInt32(TagSet.count + 1), at: 8)
    case "no empty slot":
      for slot in 0..<slots where u32(EntityModel.headerSize + slot * slotBytes) == 0 {
        setU32(0xABCD, at: EntityModel.headerSize + slot * slotBytes)
      }
    default:
      // Twenty pairs, the fourteen past the slot's six read from far beyond the overflow array.
      setU32(UInt32(1_000_000) << 5 | 20, at: EntityModel.headerSize + firstUsed * slotBytes + 4)
    }
    // The intact model loads; the damaged one is refused with a clear error.
    func refusal(_ model: [UInt8]) -> VerbatimError? {
      do {
        _ = try EntityRecognizer(frenchModel: model, englishModel: nil)
        return nil
      } catch {
        return error
      }
    }
    #expect(refusal(Self.toyModel) == nil)
    let error = refusal(bytes)
    #expect(error?.code == .invalidArgument, "\(damage): accepted")
    #expect(error?.message.contains("French entity model") == true)
  }
}
