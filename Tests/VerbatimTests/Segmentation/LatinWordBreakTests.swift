import Testing
@testable import Verbatim

/// The Latin fast path of word segmentation (``LatinWordBreak``,
/// ``WordSegments``) must cut exactly where ICU cuts.
@Suite struct LatinWordBreakTests {
  /// The tokenizer's pieces of `text` (white space dropped, classes from the
  /// rule statuses), through the fast path and through ICU alone.
  static func pieces(_ text: String, latin: Bool) -> [String] {
    var text = text
    return text.withUTF8 { bytes in
      var pieces: [Piece] = []
      TestSupport.french.core.collectPieces(bytes, range: 0..<bytes.count, latin: latin, into: &pieces)
      return pieces.map { "\($0.start)-\($0.end):\($0.cls)" }
    }
  }

  static func expectSameAsICU(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let fast = pieces(text, latin: true)
    let icu = pieces(text, latin: false)
    #expect(fast == icu, "\(text.unicodeScalars.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
  }

  /// Every scalar the fast path knows, and a few it hands to ICU.
  static let alphabet: [Unicode.Scalar] = {
    var scalars = (0x21...0x7E).compactMap(Unicode.Scalar.init)
    scalars += (0xA0...0x17F).compactMap(Unicode.Scalar.init)
    scalars += [0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026, 0x20AC].compactMap(Unicode.Scalar.init)
    return scalars
  }()

  /// Each scalar between, before and after letters, digits, the joining
  /// marks and itself: every rule that could involve it.
  @Test func eachScalarInEveryContextCutsAsICUDoes() {
    let neighbours = ["a", "É", "1", ".", "'", "’", ",", ";", ":", "-", " ", "\u{0301}", "_", "\u{202F}", "ж", ""]
    for scalar in Self.alphabet {
      let c = String(scalar)
      for left in neighbours {
        for right in neighbours {
          Self.expectSameAsICU(left + c + right)
          Self.expectSameAsICU("x" + left + c + right + "y")
          Self.expectSameAsICU("9" + left + c + right + "8")
        }
      }
      Self.expectSameAsICU(c + c + c)
    }
  }

  /// Random strings over the alphabet, with white space, combining marks,
  /// ExtendNumLet and other scripts mixed in.
  @Test func randomTextCutsAsICUDoes() {
    var random = SeededGenerator(seed: 29)
    let extra: [Unicode.Scalar] = [
      " ", " ", " ", "\t", "\n", "\r", "\u{0301}", "\u{00AD}", "\u{200D}", "\u{202F}", "_", "ж", "漢",
      "\u{0085}", "\u{00B7}", "\u{FEFF}", "\u{1F44D}", "\u{1F3FD}", "\u{05D0}", "\"",
    ]
    let common = Array("aeiouLtsnr0123.,'’-".unicodeScalars)
    for _ in 0..<3000 {
      var text = String.UnicodeScalarView()
      let length = Int(random.next() % 24) + 1
      for _ in 0..<length {
        switch random.next() % 4 {
        case 0: text.append(Self.alphabet[Int(random.next() % UInt64(Self.alphabet.count))])
        case 1: text.append(extra[Int(random.next() % UInt64(extra.count))])
        default: text.append(common[Int(random.next() % UInt64(common.count))])
        }
      }
      Self.expectSameAsICU(String(text))
    }
  }

  /// Foreign words among Latin ones at every spacing, so that ICU's runs
  /// take in the Latin words between two foreign ones or stop before them.
  @Test func scriptsMixedWordByWordCutAsICUDoes() {
    let latin = ["l'été", "U.S.", "4,5", "don't", "Zoë", "«", "—"]
    let foreign = ["жж", "漢字", "a_b", "e\u{301}", "x\u{202F}y"]
    for gap in 0...(WordSegments.latinRunToLeave + 2) {
      var words: [String] = []
      for round in 0..<4 {
        words.append(foreign[round % foreign.count])
        for index in 0..<gap { words.append(latin[(round + index) % latin.count]) }
      }
      Self.expectSameAsICU(words.joined(separator: " "))
      Self.expectSameAsICU(words.joined(separator: "\n \t"))
    }
  }

  @Test func newsTextCutsAsICUDoes() throws {
    for (_, text) in try TestSupport.seeds() { Self.expectSameAsICU(text) }
    var random = SeededGenerator(seed: 7)
    for _ in 0..<200 { Self.expectSameAsICU(TestSupport.randomText(&random, pieces: 40)) }
  }

  /// The classes the rules rest on, as UAX #29 gives them.
  @Test func classesOfTheMarks() {
    var text = "l’a.b,c;1,2;3’4'5 _ ·"
    text.withUTF8 { bytes in
      func cls(_ offset: Int) -> LatinWordBreak.Class { LatinWordBreak.scalarClass(bytes, offset, bytes.count).0 }
      #expect(cls(0) == .letter)
      #expect(cls(1) == .midNumLet)  // ’
      #expect(cls(5) == .midNumLet)  // .
      #expect(cls(7) == .midNum)  // ,
      #expect(cls(9) == .midNum)  // ;
      #expect(cls(10) == .digit)
      #expect(cls(22) == .foreign)  // _
      #expect(cls(24) == .foreign)  // ·
    }
    // `l’a.b` is one segment; `c;1` is not (`;` joins digits only).
    #expect(Self.pieces("l’a.b c;1 1;2", latin: true).count == 5)
  }
}
