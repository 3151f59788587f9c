import Foundation
import Testing

@testable import Verbatim

/// Accuracy on the UD dev sentences of 30 characters or more, read from
/// `../shared/data/ud` beside the package when it is there (the data are
/// never in the repository). `und` counts as wrong.
enum LanguageDevSets {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/data/ud")

  static let sets: [(String, Language, String)] = [
    ("GSD", .french, "UD_French-GSD/fr_gsd-ud-dev.conllu"),
    ("Sequoia", .french, "UD_French-Sequoia/fr_sequoia-ud-dev.conllu"),
    ("EWT", .english, "UD_English-EWT/en_ewt-ud-dev.conllu"),
    ("GUM", .english, "UD_English-GUM/en_gum-ud-dev.conllu"),
  ]

  static var available: Bool {
    sets.allSatisfy { FileManager.default.fileExists(atPath: root.appendingPathComponent($0.2).path) }
  }

  static func sentences(_ path: String) throws -> [String] {
    let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    return text.split(separator: "\n").compactMap { line in
      line.hasPrefix("# text = ") ? String(line.dropFirst("# text = ".count)) : nil
    }.filter { $0.count >= 30 }
  }
}

@Suite struct LanguageDevSetTests {
  @Test(.enabled(if: LanguageDevSets.available), arguments: LanguageDevSets.sets.map { $0.0 })
  func udDevAccuracy(_ name: String) throws {
    let (_, language, path) = LanguageDevSets.sets.first { $0.0 == name }!
    let identifier = LanguageIdentifier()
    let sentences = try LanguageDevSets.sentences(path)
    var errors: [(LanguageGuess, String)] = []
    for sentence in sentences {
      let guess = identifier.identify(sentence)
      if guess.language != language { errors.append((guess, sentence)) }
    }
    let accuracy = 1 - Double(errors.count) / Double(sentences.count)
    print("language \(name): \(sentences.count) sentences, accuracy \(accuracy), errors \(errors.count)")
    for (guess, sentence) in errors.prefix(20) {
      print("  -> \(guess.language) \(guess.confidence): \(sentence.prefix(100))")
    }
    #expect(accuracy >= 0.99, "\(name): \(accuracy)")
  }

  /// Seed article 003 (`../shared/seeds/003_f6dcb9179e5b80a1.txt` when present):
  /// paragraph 2 is the French original title, every other paragraph English.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: seed003.path)))
  func seedArticle003Paragraphs() throws {
    let text = try String(contentsOf: seed003, encoding: .utf8)
    let paragraphs = text.components(separatedBy: "\n\n")
      .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    #expect(paragraphs.count == 13)
    let identifier = LanguageIdentifier()
    for (index, paragraph) in paragraphs.enumerated() {
      let expected: Language = index == 1 ? .french : .english
      let guess = identifier.identify(paragraph)
      #expect(guess.language == expected, "paragraph \(index + 1): \(paragraph.prefix(60))")
      #expect(guess.confidence > 0.6)
    }
  }
}

private let seed003 = LanguageDevSets.root.deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("seeds/003_f6dcb9179e5b80a1.txt")
