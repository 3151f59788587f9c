import Testing
@testable import Verbatim

/// Token norms: the fast path (ASCII, Latin-1 letters, `’`) must give what
/// ICU's NFKC case fold and the typography table give.
@Suite struct TokenNormTests {
  private func norms(_ text: String) -> (fast: String, icu: String) {
    var text = text
    return text.withUTF8 { bytes in
      (TokenNorm.norm(bytes, 0..<bytes.count), TokenNorm.icuNorm(bytes, 0..<bytes.count))
    }
  }

  @Test func fastPathAgreesWithICUOnEveryLatin1Letter() {
    for value in UInt32(0xA0)...0xFF {
      let scalar = Unicode.Scalar(value)!
      for word in ["\(scalar)", "X\(scalar)y", "l’\(scalar)TÉ", "\(scalar)\u{301}", "Ab\(scalar)’s"] {
        let (fast, icu) = norms(word)
        #expect(fast == icu, "\(word) (U+\(String(value, radix: 16)))")
      }
    }
  }

  @Test func fastPathAgreesWithICUOnWordsAndMarks() {
    let words = [
      "Élysée", "ÉCOLE", "aujourd’hui", "L’AFP", "Straße", "ŒUVRE", "œuvre", "µm", "ﬁnal", "Ⅻ",
      "e\u{301}te\u{301}", "soft\u{AD}hyphen", "«", "—", "Ça", "naïve", "ÿ", "Þór", "×", "÷", "IBM", "ibm",
      "20", "", "’", "it’s", "O’NEIL", "Ａｍａｚｏｎ",
    ]
    for word in words {
      let (fast, icu) = norms(word)
      #expect(fast == icu, "\(word)")
    }
    #expect(norms("L’ÉCOLE").fast == "l'école")
    #expect(norms("Straße").fast == "strasse")
  }

  /// Quotation marks, dashes and signs alone (served from a table) and
  /// inside longer tokens (the general path) get ICU's norm.
  @Test func typographicMarksAgreeWithICU() {
    for value in Array(NormalizationTables.typography.keys) + [0x20AC, 0xA3, 0xB0, 0x2030, 0x2122, 0x1F600] {
      guard let scalar = Unicode.Scalar(value) else { continue }
      for text in ["\(scalar)", "\(scalar)a", "A\(scalar)"] {
        let (fast, icu) = norms(text)
        #expect(fast == icu, "U+\(String(value, radix: 16)) in \(text)")
      }
    }
    #expect(norms("…").fast == "..." && norms("«").fast == "\"")
  }

  /// Every one-byte ASCII token (served from a table) and a few two-byte
  /// ones (the general path) get ICU's norm.
  @Test func oneByteTokensAgreeWithICU() {
    for value in UInt8(0)..<0x80 {
      let text = String(decoding: [value], as: UTF8.self)
      let (fast, icu) = norms(text)
      #expect(fast == icu, "byte \(value)")
      let (fast2, icu2) = norms(text + "A")
      #expect(fast2 == icu2, "bytes \(value) 41")
    }
    #expect(norms("A").fast == "a")
  }
}

/// Token kinds compare and hash by their code, as their names would.
@Suite struct TokenKindTests {
  @Test func kindsAreEqualExactlyWhenTheirNamesAre() {
    let kinds: [TokenKind] = [.word, .number, .punctuation, .symbol, .url, .email, .hashtag, .mention, .emoji]
    for a in kinds {
      for b in kinds {
        #expect((a == b) == (a.rawValue == b.rawValue), "\(a) \(b)")
        #expect((a != b) == (a.rawValue != b.rawValue), "\(a) \(b)")
      }
      #expect(TokenKind(rawValue: a.rawValue) == a)
    }
    #expect(Set(kinds).count == kinds.count)
    #expect(Set(kinds + kinds).count == kinds.count)
  }
}
