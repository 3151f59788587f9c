/// Reads one JSON Lines input record: `{"id": <any JSON>, "text": "...",
/// "lang"?: "fr"|"en"}`. The `id` is kept as its exact JSON bytes so the
/// output can repeat it unchanged; other keys are validated and ignored.
package struct JSONInputRecord: Sendable {
  /// The `id` value as written (any JSON value), or `null` when absent.
  package var id: [UInt8]
  /// The document text.
  package var text: String
  /// The language the record asks for, if any.
  package var language: String?

  /// Parses one line.
  /// - Throws: ``VerbatimError`` `.invalidJSON` naming the byte (1-based column) at fault.
  package static func parse(_ line: UnsafeBufferPointer<UInt8>) throws(VerbatimError) -> JSONInputRecord {
    var parser = JSONScanner(line)
    parser.skipSpace()
    try parser.expect(UInt8(ascii: "{"), "expected a JSON object")
    var id: [UInt8]? = nil
    var text: String? = nil
    var language: String? = nil
    parser.skipSpace()
    if parser.peek() == UInt8(ascii: "}") {
      parser.index += 1
    } else {
      while true {
        parser.skipSpace()
        let key = try parser.string()
        parser.skipSpace()
        try parser.expect(UInt8(ascii: ":"), "expected ':' after a key")
        parser.skipSpace()
        switch key {
        case "id":
          let start = parser.index
          try parser.skipValue()
          id = Array(line[start..<parser.index])
        case "text":
          guard parser.peek() == UInt8(ascii: "\"") else { throw parser.error("\"text\" must be a string") }
          text = try parser.string()
        case "lang", "language":
          if parser.peek() == UInt8(ascii: "n") {
            try parser.skipValue()
          } else {
            guard parser.peek() == UInt8(ascii: "\"") else { throw parser.error("\"lang\" must be a string") }
            language = try parser.string()
          }
        default:
          try parser.skipValue()
        }
        parser.skipSpace()
        if parser.peek() == UInt8(ascii: ",") {
          parser.index += 1
          continue
        }
        try parser.expect(UInt8(ascii: "}"), "expected ',' or '}'")
        break
      }
    }
    parser.skipSpace()
    guard parser.index == line.count else { throw parser.error("unexpected data after the object") }
    guard let text else { throw VerbatimError(.invalidJSON, "the object has no \"text\" key") }
    return JSONInputRecord(id: id ?? Array("null".utf8), text: text, language: language)
  }
}

/// A minimal, strict JSON scanner (RFC 8259) over one line of bytes.
struct JSONScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0
  private var depth = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

  func error(_ message: String) -> VerbatimError {
    VerbatimError(.invalidJSON, "\(message) at column \(index + 1)")
  }

  mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  mutating func expect(_ byte: UInt8, _ message: String) throws(VerbatimError) {
    guard peek() == byte else { throw error(message) }
    index += 1
  }

  mutating func skipValue() throws(VerbatimError) {
    guard let first = peek() else { throw error("expected a value") }
    switch first {
    case UInt8(ascii: "\""): _ = try string()
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      depth += 1
      guard depth < 512 else { throw error("nesting too deep") }
      defer { depth -= 1 }
      let close = first == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
      index += 1
      skipSpace()
      if peek() == close {
        index += 1
        return
      }
      while true {
        skipSpace()
        if first == UInt8(ascii: "{") {
          _ = try string()
          skipSpace()
          try expect(UInt8(ascii: ":"), "expected ':' after a key")
          skipSpace()
        }
        try skipValue()
        skipSpace()
        if peek() == UInt8(ascii: ",") {
          index += 1
          continue
        }
        try expect(close, "expected ',' or '\(Character(Unicode.Scalar(close)))'")
        return
      }
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
    default: throw error("unexpected character")
    }
  }

  private mutating func literal(_ word: StaticString) throws(VerbatimError) {
    let count = word.utf8CodeUnitCount
    guard index + count <= bytes.count else { throw error("invalid literal") }
    for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
      throw error("invalid literal")
    }
    index += count
  }

  private mutating func number() throws(VerbatimError) {
    if peek() == UInt8(ascii: "-") { index += 1 }
    func digits(_ scanner: inout JSONScanner) -> Int {
      let begin = scanner.index
      while let byte = scanner.peek(), byte >= 0x30 && byte <= 0x39 { scanner.index += 1 }
      return scanner.index - begin
    }
    let integerStart = index
    let integerDigits = digits(&self)
    guard integerDigits > 0 else { throw error("invalid number") }
    // No leading zeros: `0` and `0.5` are numbers, `01` is not.
    if integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0") { throw error("invalid number") }
    if peek() == UInt8(ascii: ".") {
      index += 1
      guard digits(&self) > 0 else { throw error("invalid number") }
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
      index += 1
      if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
      guard digits(&self) > 0 else { throw error("invalid number") }
    }
  }

  /// A string value, unescaped. Validates the UTF-8 inside it.
  mutating func string() throws(VerbatimError) -> String {
    try expect(UInt8(ascii: "\""), "expected a string")
    var output: [UInt8] = []
    var runStart = index
    while true {
      guard index < bytes.count else { throw error("unterminated string") }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        index += 1
        break
      }
      if byte < 0x20 { throw error("control character in a string") }
      if byte == UInt8(ascii: "\\") {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        index += 1
        guard let escape = peek() else { throw error("unterminated escape") }
        index += 1
        switch escape {
        case UInt8(ascii: "\""): output.append(0x22)
        case UInt8(ascii: "\\"): output.append(0x5C)
        case UInt8(ascii: "/"): output.append(0x2F)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
          var value = try hex4()
          if (0xD800..<0xDC00).contains(value) {
            // A high surrogate must be followed by a low one; lone surrogates become U+FFFD.
            if index + 6 <= bytes.count && bytes[index] == UInt8(ascii: "\\") && bytes[index + 1] == UInt8(ascii: "u") {
              let save = index
              index += 2
              let low = try hex4()
              if (0xDC00..<0xE000).contains(low) {
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
              } else {
                index = save
                value = 0xFFFD
              }
            } else {
              value = 0xFFFD
            }
          } else if (0xDC00..<0xE000).contains(value) {
            value = 0xFFFD
          }
          let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
          output.append(contentsOf: Array(String(Character(scalar)).utf8))
        default: throw error("invalid escape")
        }
        runStart = index
        continue
      }
      index += 1
    }
    guard let string = String(validating: output, as: UTF8.self) else {
      let offset = UTF8Validation.firstInvalidOffset(output[...]) ?? 0
      throw VerbatimError(.invalidUTF8, "invalid UTF-8 inside a string (byte \(offset) of the string value)")
    }
    return string
  }

  private mutating func hex4() throws(VerbatimError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw error("invalid \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case 0x30...0x39: digit = UInt32(byte - 0x30)
      case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
      case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
      default: throw error("invalid \\u escape")
      }
      value = value << 4 | digit
      index += 1
    }
    return value
  }
}

/// A parsed JSON value (used for small configuration inputs such as a gazetteer).
enum JSONValue: Sendable, Hashable {
  case object([String: JSONValue])
  case array([JSONValue])
  case string(String)
  case number(Double)
  case bool(Bool)
  case null
}

extension JSONScanner {
  /// Parses one JSON value at the current position.
  mutating func parseValue(depth: Int = 0) throws(VerbatimError) -> JSONValue {
    skipSpace()
    guard depth < 256 else { throw error("nesting too deep") }
    guard let first = peek() else { throw error("expected a value") }
    switch first {
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "{"):
      index += 1
      var object: [String: JSONValue] = [:]
      skipSpace()
      if peek() == UInt8(ascii: "}") {
        index += 1
        return .object(object)
      }
      while true {
        skipSpace()
        let key = try string()
        skipSpace()
        try expect(UInt8(ascii: ":"), "expected ':' after a key")
        object[key] = try parseValue(depth: depth + 1)
        skipSpace()
        if peek() == UInt8(ascii: ",") {
          index += 1
          continue
        }
        try expect(UInt8(ascii: "}"), "expected ',' or '}'")
        return .object(object)
      }
    case UInt8(ascii: "["):
      index += 1
      var array: [JSONValue] = []
      skipSpace()
      if peek() == UInt8(ascii: "]") {
        index += 1
        return .array(array)
      }
      while true {
        array.append(try parseValue(depth: depth + 1))
        skipSpace()
        if peek() == UInt8(ascii: ",") {
          index += 1
          continue
        }
        try expect(UInt8(ascii: "]"), "expected ',' or ']'")
        return .array(array)
      }
    case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
      let start = index
      try skipValue()
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
      return word == "null" ? .null : .bool(word == "true")
    default:
      let start = index
      try skipValue()
      let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
      return .number(Double(text) ?? 0)
    }
  }
}
