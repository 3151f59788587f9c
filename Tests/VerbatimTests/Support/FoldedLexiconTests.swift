import Testing
@testable import Verbatim

@Suite struct FoldedLexiconTests {
  static func folded(_ bytes: some Collection<UInt8>, _ caseInsensitive: Bool) -> [UInt8] {
    var out: [UInt8] = []
    FoldedLexicon.forEachFolded(Array(bytes), caseInsensitive) { out.append($0) }
    return out
  }

  /// `contains` (with its first/last byte filter) answers as folding both
  /// sides and comparing would, on every scalar-aligned piece of a text
  /// with capitals, Latin-1 capitals, `’` at either end and other scripts.
  @Test(arguments: [true, false]) func containsAgreesWithFoldingBothSides(_ caseInsensitive: Bool) {
    let entries = [
      "aujourd'hui", "c’est", "L'", "qu’", "É", "ÉTÉ", "été", "Ça", "ça", "×", "M.", "J.-C.", "’", "'", "d'", "DÉJÀ",
      "naïf", "Œuvre", "ß", "ÀÉ", "x’",
    ]
    let lexicon = FoldedLexicon(entries.map { Substring($0) }, caseInsensitive: caseInsensitive)
    let reference = Set(entries.map { Self.folded(Array($0.utf8), caseInsensitive) })
    var text = "Aujourd’hui c'est l’été, Ça va ; ÉTÉ déjà DÉJÀ × naïf ŒUVRE œuvre ß ẞ ÀÉ àé X’ x' J.-C. qu’ QU'"
    text.withUTF8 { bytes in
      var starts: [Int] = []
      for offset in 0...bytes.count where offset == bytes.count || bytes[offset] & 0xC0 != 0x80 { starts.append(offset) }
      var found = 0
      for (i, start) in starts.enumerated() {
        for end in starts[(i + 1)...] where end - start <= 16 {
          let expected = reference.contains(Self.folded(bytes[start..<end], caseInsensitive))
          #expect(lexicon.contains(bytes, start..<end) == expected, "\(start)..<\(end)")
          if expected { found += 1 }
        }
      }
      #expect(found > (caseInsensitive ? 15 : 5))
    }
  }
}
