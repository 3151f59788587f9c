import Foundation
@testable import Verbatim

/// Shared helpers for the library tests.
enum TestSupport {
  /// The package root, from this file's location.
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The customer's seed articles in `Fixtures/seeds`.
  static func seeds() throws -> [(name: String, text: String)] {
    let folder = packageRoot.appendingPathComponent("Fixtures/seeds")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
    return try names.map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
  }

  static let french = try! Tokenizer(language: .french)
  static let english = try! Tokenizer(language: .english)
  static let analyzer = try! Analyzer()

  /// The token texts of `text`.
  static func tokens(_ text: String, _ tokenizer: Tokenizer) -> [String] {
    tokenizer.tokens(in: text).map { String($0.text(in: text)) }
  }

  /// Random text mixing the things news text is made of: words with
  /// accents, elisions, hyphens, numbers, quotes, odd spaces, URLs, emoji.
  static func randomText(_ random: inout SeededGenerator, pieces: Int) -> String {
    let parts = [
      "l'", "L’", "qu'", "aujourd'hui", "a-t-il", "dit-elle", "peut-être", "États-Unis", "M.",
      "Mme", "U.S.", "don't", "Microsoft's", "4,4", "20\u{202F}000", "20 000", "12,5 %", "1er",
      "14h30", "...", "…", "«", "»", "“", "”", "\"", "'", "’", "—", "-", "(", ")", "[x](#)",
      "https://ex.fr/a-b.html", "jean@lemonde.fr", "@AFP", "#RGPD", "👍🏽", "👨‍👩‍👧", "🇫🇷",
      "\u{00A0}", "\u{202F}", "\u{200B}", "\u{FEFF}", "\u{00AD}", "\n", "\n\n", "\r\n", "\t",
      "e\u{0301}", ".", ",", ";", ":", "!", "?", "?!", "Israël", "COVID-19", "01/24/2001", "AT&T",
      "x", "Brad", "Smith", "said", "dit", "à", "é", "ß", "İ", "ǅ", "漢字", "مرحبا", "\u{0000}",
    ]
    var text = ""
    for _ in 0..<pieces {
      text += parts[Int(random.next() % UInt64(parts.count))]
      if random.next() % 3 != 0 { text += " " }
    }
    return text
  }
}
