import Testing
@testable import Verbatim

@Suite struct HTMLEscapingTests {
  @Test func escapesTheFiveCharacters() {
    #expect(HTMLRenderer.escape("<a href='x' title=\"y\">&amp;</a>")
      == "&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;amp;&lt;/a&gt;")
  }

  @Test func leavesOtherTextAlone() {
    let text = "« L’Été à Zürich » — 漢字 👨‍👩‍👧 e\u{0301}\n\t"
    #expect(HTMLRenderer.escape(text) == text)
    #expect(HTMLRenderer.escape("") == "")
  }

  @Test func attributeValuesAreEscaped() {
    var buffer = HTMLBuffer()
    buffer.attribute("title", "\"><script>alert(1)</script>")
    #expect(buffer.string == " title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"")
  }

  @Test func sha256AndBase64MatchKnownVectors() {
    #expect(SHA256.base64(SHA256.digest(Array("".utf8))) == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")
    #expect(SHA256.base64(SHA256.digest(Array("abc".utf8))) == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
    // Two blocks (56 bytes need a second block for the length).
    let long = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
    let hex: [String] = SHA256.digest(Array(long.utf8)).map { byte in
      let digits = String(byte, radix: 16)
      return digits.count == 1 ? "0" + digits : digits
    }
    #expect(hex.joined() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(SHA256.base64([0xFF]) == "/w==")
    #expect(SHA256.base64([0xFF, 0xEE]) == "/+4=")
  }
}
