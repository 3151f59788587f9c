/// Writes compact JSON into a byte buffer, fast: no intermediate objects,
/// strings escaped straight from UTF-8 (non-ASCII is written as is).
package struct JSONWriter {
  /// The bytes written so far.
  package var bytes: [UInt8] = []
  /// Added to every offset ``span(_:)`` writes: the code-point offset of a
  /// chunk in the whole input when a large text is analyzed in chunks.
  package var scalarBase = 0

  package init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

  package mutating func raw(_ text: StaticString) {
    bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  package mutating func raw(_ slice: some Collection<UInt8>) { bytes.append(contentsOf: slice) }

  package mutating func byte(_ byte: UInt8) { bytes.append(byte) }

  package mutating func int(_ value: Int) {
    if value == 0 {
      bytes.append(UInt8(ascii: "0"))
      return
    }
    var magnitude = value.magnitude
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      while magnitude > 0 {
        buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      }
      for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
    }
  }

  /// A number with up to four decimals (confidences).
  package mutating func fraction(_ value: Double) {
    let clamped = value.isFinite ? value : 0
    let scaled = Int((clamped * 10_000).rounded())
    if scaled < 0 { bytes.append(UInt8(ascii: "-")) }
    int(abs(scaled) / 10_000)
    let decimals = abs(scaled) % 10_000
    if decimals == 0 { return }
    bytes.append(UInt8(ascii: "."))
    var digits = [UInt8(decimals / 1000), UInt8(decimals / 100 % 10), UInt8(decimals / 10 % 10), UInt8(decimals % 10)]
    while digits.last == 0 { digits.removeLast() }
    for digit in digits { bytes.append(UInt8(ascii: "0") + digit) }
  }

  package mutating func string(_ text: String) {
    var text = text
    text.withUTF8 { string($0) }
  }

  /// A JSON string from valid UTF-8 bytes.
  package mutating func string(_ utf8: UnsafeBufferPointer<UInt8>) {
    bytes.append(UInt8(ascii: "\""))
    var runStart = 0
    for index in 0..<utf8.count {
      let byte = utf8[index]
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xE2 else {
        continue
      }
      // U+2028 and U+2029 are valid JSON but break JavaScript readers: escape them.
      if byte == 0xE2 {
        guard index + 2 < utf8.count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 else {
          continue
        }
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
      switch byte {
      case UInt8(ascii: "\""): raw("\\\"")
      case UInt8(ascii: "\\"): raw("\\\\")
      case 0x0A: raw("\\n")
      case 0x0D: raw("\\r")
      case 0x09: raw("\\t")
      case 0x08: raw("\\b")
      case 0x0C: raw("\\f")
      case 0xE2:
        raw(utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
        runStart = index + 3
        continue
      default:
        raw("\\u00")
        let hex: StaticString = "0123456789abcdef"
        bytes.append(hex.utf8Start[Int(byte >> 4)])
        bytes.append(hex.utf8Start[Int(byte & 0xF)])
      }
      runStart = index + 1
    }
    // Skip the two continuation bytes of an escaped U+2028/9 if they were last.
    if runStart < utf8.count {
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// `,"key":value` (the comma only when `comma` is true).
  package mutating func field(_ name: StaticString, _ value: Int, comma: Bool = true) {
    if comma { bytes.append(UInt8(ascii: ",")) }
    key(name)
    int(value)
  }

  /// `,"key":"value"`.
  package mutating func field(_ name: StaticString, _ value: String, comma: Bool = true) {
    if comma { bytes.append(UInt8(ascii: ",")) }
    key(name)
    string(value)
  }

  /// `,"key":"value"` from valid UTF-8 bytes.
  package mutating func field(_ name: StaticString, utf8 value: UnsafeBufferPointer<UInt8>, comma: Bool = true) {
    if comma { bytes.append(UInt8(ascii: ",")) }
    key(name)
    string(value)
  }

  /// `,"key":"value"`, or `,"key":null` when `value` is nil.
  package mutating func optionalField(_ name: StaticString, _ value: String?) {
    if let value { field(name, value) } else { raw(","); key(name); raw("null") }
  }

  /// `,"key":value`, or `,"key":null` when `value` is nil.
  package mutating func optionalField(_ name: StaticString, _ value: Int?) {
    if let value { field(name, value) } else { raw(","); key(name); raw("null") }
  }

  /// `,"key":[{…},{…}]`: one object per item, `body` writing its fields.
  package mutating func objects<S: Sequence>(
    _ name: StaticString, _ items: S, _ body: (inout JSONWriter, S.Element) -> Void
  ) {
    raw(",")
    key(name)
    raw("[")
    var first = true
    for item in items {
      raw(first ? "{" : ",{")
      first = false
      body(&self, item)
      raw("}")
    }
    raw("]")
  }

  /// `"start":…,"end":…` of a span (code points), the first fields of an object.
  package mutating func span(_ span: some TextSpan) {
    field("start", scalarBase + span.start, comma: false)
    field("end", scalarBase + span.end)
  }

  /// `"key":`
  package mutating func key(_ name: StaticString) {
    bytes.append(UInt8(ascii: "\""))
    raw(name)
    raw("\":")
  }
}
