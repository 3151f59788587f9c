/// An HTML page under construction, as UTF-8 bytes. Markup the renderer
/// writes itself goes in with ``raw(_:)``; everything that comes from a
/// document (its text, names, labels, ids) goes through ``text(_:)`` or
/// ``attribute(_:_:)``, which escape `& < > " '`.
struct HTMLBuffer {
  /// The bytes so far.
  private(set) var bytes: [UInt8] = []

  init(capacity: Int = 1 << 12) { bytes.reserveCapacity(capacity) }

  /// Appends trusted markup as is.
  mutating func raw(_ markup: String) { bytes.append(contentsOf: markup.utf8) }

  /// Appends text, escaped for element content and attribute values alike.
  mutating func text(_ text: some StringProtocol) { escape(text.utf8) }

  /// Appends UTF-8 text, escaped.
  mutating func escape(_ utf8: some Sequence<UInt8>) {
    for byte in utf8 {
      switch byte {
      case UInt8(ascii: "&"): raw("&amp;")
      case UInt8(ascii: "<"): raw("&lt;")
      case UInt8(ascii: ">"): raw("&gt;")
      case UInt8(ascii: "\""): raw("&quot;")
      case UInt8(ascii: "'"): raw("&#39;")
      default: bytes.append(byte)
      }
    }
  }

  /// Appends ` name="value"` with the value escaped (`name` is the renderer's own).
  mutating func attribute(_ name: String, _ value: some StringProtocol) {
    raw(" " + name + "=\"")
    text(value)
    raw("\"")
  }

  /// The page as a string.
  var string: String { String(decoding: bytes, as: UTF8.self) }
}

extension HTMLRenderer {
  /// `text` with `& < > " '` replaced by character references, safe in
  /// element content and in quoted attribute values.
  public static func escape(_ text: some StringProtocol) -> String {
    var buffer = HTMLBuffer(capacity: text.utf8.count + 16)
    buffer.text(text)
    return buffer.string
  }
}
