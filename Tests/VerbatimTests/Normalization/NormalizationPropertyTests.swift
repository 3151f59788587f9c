import Foundation
import Testing
@testable import Verbatim

/// The seed news texts in `Fixtures/seeds`.
enum SeedTexts {
  static let texts: [String] = {
    let folder = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/seeds")
    let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
    return files.filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
      .compactMap { try? String(contentsOf: $0, encoding: .utf8) }
  }()
}

/// The step sets the property tests run: each step alone, a few mixes, all.
let stepSets: [NormalizationSteps] = NormalizationSteps.named.map(\.1) + [
  [.nfc, .typography, .whitespace], [.nfkc, .accents, .caseFold], [.mojibake, .markup, .whitespace],
  [.markup, .typography, .caseFold], .all,
]

@Suite struct NormalizationPropertyTests {
  @Test(arguments: stepSets)
  func isIdempotentOnRandomText(steps: NormalizationSteps) {
    var generator = SeededGenerator(seed: 0x5EED + UInt64(steps.rawValue))
    let normalizer = Normalizer(steps: steps)
    for _ in 0..<300 {
      let input = randomText(&generator, pieces: 1 + Int(generator.next() % 30))
      let once = normalizer.normalize(input).text
      let twice = normalizer.normalize(once)
      #expect(!twice.isChanged, "\(steps.names): \(input.debugDescription) → \(once.debugDescription) → \(twice.text.debugDescription)")
    }
  }

  @Test(arguments: stepSets)
  func mapsRoundTripOnRandomText(steps: NormalizationSteps) {
    var generator = SeededGenerator(seed: 0xC0FFEE + UInt64(steps.rawValue))
    let normalizer = Normalizer(steps: steps)
    var changedCount = 0
    for _ in 0..<300 {
      let input = randomText(&generator, pieces: 1 + Int(generator.next() % 30))
      let result = normalizer.normalize(input)
      if result.isChanged { changedCount += 1 }
      let problems = mapViolations(result)
      #expect(problems.isEmpty, "\(steps.names): \(input.debugDescription): \(problems)")
      // Any range of the normalized text maps to a valid, ordered range of the original.
      let count = result.text.utf8.count
      let a = count == 0 ? 0 : Int(generator.next() % UInt64(count + 1))
      let b = count == 0 ? 0 : Int(generator.next() % UInt64(count + 1))
      let mapped = result.originalUTF8Range(forNormalized: min(a, b)..<max(a, b))
      #expect(mapped.lowerBound >= 0 && mapped.upperBound <= result.original.utf8.count)
    }
    #expect(changedCount > 0)
  }

  @Test(arguments: [NormalizationSteps.all, [.nfc, .typography, .whitespace]])
  func isIdempotentAndMappedOnSeedTexts(steps: NormalizationSteps) {
    #expect(SeedTexts.texts.count >= 5)
    let normalizer = Normalizer(steps: steps)
    for text in SeedTexts.texts {
      let result = normalizer.normalize(text)
      #expect(result.isChanged)
      #expect(mapViolations(result).isEmpty)
      #expect(!normalizer.normalize(result.text).isChanged)
    }
  }

  @Test(.enabled(if: UDSentences.available, "UD dev sets not found next to the package"))
  func isIdempotentOnRealSentences() {
    let normalizer = Normalizer(steps: .all)
    for sentence in UDSentences.sentences.prefix(2000) {
      let result = normalizer.normalize(sentence)
      #expect(mapViolations(result).isEmpty, "\(sentence)")
      #expect(!normalizer.normalize(result.text).isChanged, "\(sentence)")
    }
  }

  @Test func unchangedTextHasTheIdentityMap() {
    let text = "Le président a déclaré : « rien ».\nThe end."
    let result = Normalizer(steps: [.mojibake, .markup, .nfc, .whitespace]).normalize(text)
    #expect(!result.isChanged)
    #expect(result.text == text)
    for (lower, upper) in [(0, 0), (0, 5), (3, 17), (10, text.utf8.count)] {
      #expect(result.originalUTF8Range(forNormalized: lower..<upper) == lower..<upper)
      #expect(result.originalScalarRange(forNormalized: lower..<upper) == lower..<upper)
    }
  }

  @Test func mapsAFoundWordBackToTheOriginal() throws {
    let result = Normalizer(steps: .all).normalize("« L’Été »")
    #expect(result.text == "\" l'ete \"")
    let found = try #require(result.text.range(of: "ete"))
    #expect(result.original[result.originalRange(forNormalized: found)] == "Été")
    let word = try #require(result.text.range(of: "l'ete"))
    #expect(result.original[result.originalRange(forNormalized: word)] == "L’Été")
    // Code points, as Python counts them: "« L’Été »"[4:7] == "Été".
    #expect(result.originalScalarRange(forNormalized: 4..<7) == 4..<7)
    // A part of a replaced region maps to the whole region: "t" in "ete" comes
    // from "t", but "e" from "É".
    #expect(result.originalScalarRange(forNormalized: 4..<5) == 4..<5)
    #expect(result.originalScalarRange(forNormalized: 5..<6) == 5..<6)
  }

  @Test func mapsAWordThroughMarkupAndMojibake() throws {
    let original = "<p>Les &Eacute;tats-Unis et l’Ã‰tÃ©\u{A0}:</p>\n<p>fin</p>"
    let result = Normalizer(steps: .all).normalize(original)
    #expect(result.text == "les etats-unis et l'ete :\n\nfin")
    let states = try #require(result.text.range(of: "etats-unis"))
    #expect(result.original[result.originalRange(forNormalized: states)] == "&Eacute;tats-Unis")
    let summer = try #require(result.text.range(of: "ete"))
    #expect(result.original[result.originalRange(forNormalized: summer)] == "Ã‰tÃ©")
    let end = try #require(result.text.range(of: "fin"))
    #expect(result.original[result.originalRange(forNormalized: end)] == "fin")
    #expect(mapViolations(result).isEmpty)
  }

  @Test func deletedNeighboursStayOutOfMappedRanges() {
    let result = Normalizer(steps: [.markup, .typography]).normalize("<b>Mot</b>\u{AD}suite")
    #expect(result.text == "Motsuite")
    #expect(result.originalUTF8Range(forNormalized: 0..<3) == 3..<6)  // "Mot"
    #expect(result.originalUTF8Range(forNormalized: 3..<8) == 12..<17)  // "suite"
    #expect(result.originalUTF8Range(forNormalized: 0..<8) == 3..<17)
  }
}

@Suite struct OffsetMapTests {
  /// Replaces random disjoint ranges of `text` with random uppercase letters
  /// (the text is lowercase, so every replacement differs), returning the new
  /// text and the map.
  func randomEdit(_ text: [UInt8], _ generator: inout SeededGenerator) -> ([UInt8], OffsetMap) {
    var output: [UInt8] = []
    var map = OffsetMap.identity
    var offset = 0
    while offset <= text.count {
      let skip = Int(generator.next() % 4)
      let start = min(offset + skip, text.count)
      output += text[offset..<start]
      if start == text.count && generator.next() % 2 == 0 { break }
      let length = min(Int(generator.next() % 3), text.count - start)
      let replacement = (0..<Int(generator.next() % 3)).map { _ in UInt8(0x41 + generator.next() % 26) }
      if length == 0 && replacement.isEmpty {
        offset = start + 1
        if start < text.count { output.append(text[start]) }
        continue
      }
      let target = output.count..<output.count + replacement.count
      output += replacement
      map.append(OffsetEdit(source: start..<start + length, target: target))
      offset = start + length
      if offset == text.count { break }
    }
    return (output, map)
  }

  @Test func composesLikeApplyingBothMaps() {
    var generator = SeededGenerator(seed: 42)
    for _ in 0..<500 {
      let original = (0..<Int(generator.next() % 20)).map { _ in UInt8(0x61 + generator.next() % 26) }
      let (middle, first) = randomEdit(original, &generator)
      let lowered = middle.map { $0 | 0x20 }  // make the second step's replacements differ again
      // `lowered` differs from `middle` only inside the first map's
      // replacements, so the lowering counts as part of the first step.
      let (final, second) = randomEdit(lowered, &generator)
      let composed = first.then(second)
      // Copied runs of the composition are identical in the original and the
      // final text (with the first step's replacements lowered).
      var previousSource = 0
      var previousTarget = 0
      for edit in composed.edits + [OffsetEdit(source: original.count..<original.count, target: final.count..<final.count)] {
        #expect(edit.source.lowerBound >= previousSource && edit.target.lowerBound >= previousTarget)
        #expect(original[previousSource..<edit.source.lowerBound].elementsEqual(final[previousTarget..<edit.target.lowerBound]))
        previousSource = edit.source.upperBound
        previousTarget = edit.target.upperBound
      }
      // A byte neither step touched lies in a copied run of the composition.
      for x in 0..<original.count {
        guard !first.edits.contains(where: { $0.source.contains(x) }) else { continue }
        let mid = forward(first, x)
        guard !second.edits.contains(where: { $0.source.contains(mid) }) else { continue }
        #expect(!composed.edits.contains(where: { $0.source.contains(x) }), "\(x) in \(composed.edits)")
      }
    }
  }

  /// The target offset of an unedited source offset.
  func forward(_ map: OffsetMap, _ x: Int) -> Int {
    var shift = 0
    for edit in map.edits where edit.source.upperBound <= x {
      shift = edit.target.upperBound - edit.source.upperBound
    }
    return x + shift
  }

  @Test func biasesBoundsAroundDeletionsAndReplacements() {
    // "ab<x>cd" → "abcd" (deletion at 2), then "abcd" → "aBBcd" ("b" → "BB").
    let first = OffsetMap(edits: [OffsetEdit(source: 2..<5, target: 2..<2)])
    #expect(first.sourceRange(forTarget: 2..<4) == 5..<7)
    #expect(first.sourceRange(forTarget: 0..<2) == 0..<2)
    #expect(first.sourceRange(forTarget: 0..<4) == 0..<7)
    let second = OffsetMap(edits: [OffsetEdit(source: 1..<2, target: 1..<3)])
    let both = first.then(second)
    // The replacement and the deletion touch: they merge into one edit.
    #expect(both.edits == [OffsetEdit(source: 1..<5, target: 1..<3)])
    #expect(both.sourceRange(forTarget: 2..<3) == 1..<5)  // half of "BB" → "b<x>"
    #expect(both.sourceRange(forTarget: 0..<1) == 0..<1)
    #expect(both.sourceRange(forTarget: 3..<5) == 5..<7)  // "cd"
    #expect(both.sourceRange(forTarget: 3..<3) == 5..<5)
  }
}
