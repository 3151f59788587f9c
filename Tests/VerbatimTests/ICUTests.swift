import Testing
@testable import Verbatim

@Suite struct ICUTests {
  @Test func linksSystemICU() {
    #expect(icuVersionMajor >= 60)
  }

  @Test func normalizesThroughICU() {
    var decomposed = "Isra\u{0065}\u{0308}l"  // e + combining diaeresis
    let nfc = decomposed.withUTF8 { ICU.normalize($0, form: .nfc) }
    #expect(String(decoding: nfc, as: UTF8.self) == "Israël")
    #expect(nfc.count == "Israël".utf8.count)
    var upper = "STRASSE ÉTÉ"
    let folded = upper.withUTF8 { ICU.foldCase($0) }
    #expect(String(decoding: folded, as: UTF8.self) == "strasse été")
  }

  @Test func iteratesWordBoundariesAsUTF8Offsets() throws {
    let pool = try BreakIteratorPool(kind: .word, locale: "fr")
    var text = "L’été à Montréal"
    var boundaries: [Int] = []
    text.withUTF8 { bytes in
      pool.withIterator { it in it.forEachBoundary(in: bytes) { b, _ in boundaries.append(b) } }
    }
    #expect(boundaries == [9, 10, 12, 13, 22])
  }
}
