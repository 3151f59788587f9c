/// Repairs text scraped from web pages:
/// - Markdown links `[texte](url)` keep their text, images `![alt](url)`
///   their alternative text, when the brackets and parentheses are well
///   formed on one line.
/// - HTML tags of known elements (`html-elements.txt`) are removed, block
///   elements (`<p>`, `</p>`, `<br>`, `<div>`, `<li>`, headings…) becoming a
///   line break so later sentence splitting sees the block boundary; comments
///   go, and `<script>`/`<style>` go with their content. A `<` that does not
///   start such a tag (`a < b`, `x<y`) stays.
/// - HTML character references are decoded: named ones (`html-entities.txt`,
///   the HTML 4 set and `&apos;`), also without the final `;` for the legacy
///   Latin-1 names as browsers do, when no letter or digit follows (`AT&T`
///   and `R&D` stay); decimal `&#233;` and hex `&#xE9;` ones with their `;`,
///   0x80–0x9F read as Windows-1252 as browsers do.
///
/// The step is repeated on its own output until nothing changes (at most
/// ``passLimit`` passes) so doubly escaped text (`&amp;eacute;`) is fully
/// decoded and an escaped tag (`&lt;br&gt;`) does not survive as a tag.
struct MarkupStep: NormalizationStep {
  /// The most passes over a text.
  static let passLimit = 16
  /// Whether to repair mojibake again in the output when this step changed
  /// the text: a decoded reference can complete a sequence (`Ã&copy;` → `Ã©`).
  var repairMojibakeAfter = false

  func apply(_ input: UnsafeBufferPointer<UInt8>) -> StepOutput? {
    guard let output = MarkupPass().applyRepeatedly(input, limit: Self.passLimit) else { return nil }
    guard repairMojibakeAfter,
      let repaired = output.bytes.withUnsafeBufferPointer({ MojibakeStep().apply($0) })
    else { return output }
    return StepOutput(bytes: repaired.bytes, map: output.map.then(repaired.map))
  }
}

/// One pass of ``MarkupStep``.
struct MarkupPass: NormalizationStep {
  func apply(_ input: UnsafeBufferPointer<UInt8>) -> StepOutput? {
    var interesting = false
    for byte in input where byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "[") {
      interesting = true
      break
    }
    guard interesting else { return nil }
    let scanner = MarkupScanner(input: input)
    var builder = EditBuilder(input)
    let count = input.count
    var pendingClose: Range<Int>? = nil
    var offset = 0
    while offset < count {
      if let close = pendingClose, offset == close.lowerBound {
        builder.delete(close)
        offset = close.upperBound
        pendingClose = nil
        continue
      }
      let bound = pendingClose?.lowerBound ?? count
      switch input[offset] {
      case UInt8(ascii: "<"):
        if let (end, block) = scanner.tag(at: offset, bound: bound) {
          if block {
            builder.replace(offset..<end, withByte: 0x0A)
          } else {
            builder.delete(offset..<end)
          }
          offset = end
          continue
        }
      case UInt8(ascii: "&"):
        if let (end, bytes) = scanner.entity(at: offset, bound: bound) {
          builder.replace(offset..<end, with: bytes)
          offset = end
          continue
        }
      case UInt8(ascii: "["), UInt8(ascii: "!"):
        guard pendingClose == nil else { break }
        let bracket = input[offset] == UInt8(ascii: "!") ? offset + 1 : offset
        guard bracket < count, input[bracket] == UInt8(ascii: "[") else { break }
        if let close = scanner.link(at: bracket) {
          builder.delete(offset..<bracket + 1)
          pendingClose = close
          offset = bracket + 1
          continue
        }
      default:
        break
      }
      offset += 1
    }
    return builder.finish()
  }
}

/// Recognizes tags, character references and links at a given offset.
struct MarkupScanner {
  /// The text.
  let input: UnsafeBufferPointer<UInt8>
  /// The longest tag considered.
  static let maxTagLength = 4096
  /// The longest link destination considered.
  static let maxLinkLength = 2048

  @inline(__always) private func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
  }
  @inline(__always) private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  @inline(__always) private func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }

  /// The link starting with `[` at `offset`, as the range of its closing part
  /// `](destination)`, when the text and destination are well formed on one line.
  func link(at offset: Int) -> Range<Int>? {
    let count = input.count
    var k = offset + 1
    while k < count {
      let byte = input[k]
      if byte == UInt8(ascii: "]") { break }
      if byte == UInt8(ascii: "[") || byte == 0x0A || byte == 0x0D { return nil }
      k += 1
    }
    guard k + 1 < count, input[k + 1] == UInt8(ascii: "(") else { return nil }
    var depth = 1
    var m = k + 2
    while m < count && m - k < Self.maxLinkLength {
      let byte = input[m]
      if byte == 0x0A || byte == 0x0D { return nil }
      if byte == UInt8(ascii: "(") { depth += 1 }
      if byte == UInt8(ascii: ")") {
        depth -= 1
        if depth == 0 { return k..<m + 1 }
      }
      m += 1
    }
    return nil
  }

  /// The first offset of `needle` (ASCII, matched case-insensitively) at or
  /// after `from` and before `bound`.
  private func find(_ needle: StaticString, from: Int, bound: Int) -> Int? {
    let length = needle.utf8CodeUnitCount
    let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: length)
    var start = from
    while start + length <= bound {
      var k = 0
      while k < length && (input[start + k] | 0x20) == (pattern[k] | 0x20) { k += 1 }
      if k == length { return start }
      start += 1
    }
    return nil
  }

  /// The end of the first `>` at or after `from`, before `bound`, within the
  /// tag length limit from `tagStart`, and with no `<` before it.
  private func plainEnd(from: Int, tagStart: Int, bound: Int) -> Int? {
    var k = from
    while k < bound && k - tagStart < Self.maxTagLength {
      let byte = input[k]
      if byte == UInt8(ascii: ">") { return k + 1 }
      if byte == UInt8(ascii: "<") { return nil }
      k += 1
    }
    return nil
  }

  /// The tag starting with `<` at `offset`: its end and whether it separates
  /// blocks.
  func tag(at offset: Int, bound: Int) -> (Int, Bool)? {
    var p = offset + 1
    guard p < bound else { return nil }
    if input[p] == UInt8(ascii: "!") {
      if p + 2 < bound && input[p + 1] == UInt8(ascii: "-") && input[p + 2] == UInt8(ascii: "-") {
        guard let close = find("-->", from: p + 3, bound: bound) else { return nil }
        return (close + 3, false)
      }
      guard p + 1 < bound, isLetter(input[p + 1]) || input[p + 1] == UInt8(ascii: "[") else { return nil }
      return plainEnd(from: p + 1, tagStart: offset, bound: bound).map { ($0, false) }
    }
    let closing = input[p] == UInt8(ascii: "/")
    if closing { p += 1 }
    let nameStart = p
    guard p < bound, isLetter(input[p]) else { return nil }
    while p < bound && (isLetter(input[p]) || isDigit(input[p])) && p - nameStart < 16 { p += 1 }
    guard p < bound else { return nil }
    let after = input[p]
    guard after == UInt8(ascii: ">") || after == UInt8(ascii: "/") || isSpace(after) else { return nil }
    let name = String(decoding: UnsafeBufferPointer(rebasing: input[nameStart..<p]), as: UTF8.self).lowercased()
    guard let block = NormalizationTables.elements[name] else { return nil }
    // The end of the tag, skipping `>` inside quoted attribute values. A
    // quote left open across a line or up to another `<` is a broken
    // attribute (`<img data-src=" />`): then the first `>` ends the tag.
    var end: Int? = nil
    var quote: UInt8 = 0
    var k = p
    scan: while k < bound && k - offset < Self.maxTagLength {
      let byte = input[k]
      if quote != 0 {
        if byte == quote {
          quote = 0
        } else if byte == UInt8(ascii: "<") || byte == 0x0A {
          end = plainEnd(from: p, tagStart: offset, bound: bound)
          break scan
        }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: ">") {
        end = k + 1
        break scan
      } else if byte == UInt8(ascii: "<") {
        return nil
      }
      k += 1
    }
    if end == nil && quote != 0 { end = plainEnd(from: p, tagStart: offset, bound: bound) }
    guard var tagEnd = end else { return nil }
    if !closing && (name == "script" || name == "style") {
      let closer: StaticString = name == "script" ? "</script" : "</style"
      if let close = find(closer, from: tagEnd, bound: bound),
        let closeEnd = plainEnd(from: close + closer.utf8CodeUnitCount, tagStart: close, bound: bound)
      {
        tagEnd = closeEnd
      }
    }
    return (tagEnd, block)
  }

  /// The character reference starting with `&` at `offset`: its end and the
  /// character it stands for, as UTF-8.
  func entity(at offset: Int, bound: Int) -> (Int, [UInt8])? {
    var p = offset + 1
    guard p < bound else { return nil }
    if input[p] == UInt8(ascii: "#") {
      p += 1
      guard p < bound else { return nil }
      let hex = input[p] | 0x20 == UInt8(ascii: "x")
      if hex { p += 1 }
      let digitsStart = p
      var value: UInt32 = 0
      while p < bound && p - digitsStart < 8 {
        let byte = input[p]
        let digit: UInt32
        if isDigit(byte) {
          digit = UInt32(byte - 0x30)
        } else if hex && (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66 {
          digit = UInt32((byte | 0x20) - 0x61 + 10)
        } else {
          break
        }
        value = value * (hex ? 16 : 10) + digit
        p += 1
      }
      guard p > digitsStart, p < bound, input[p] == UInt8(ascii: ";"), value != 0 else { return nil }
      let scalar: Unicode.Scalar?
      if value >= 0x80 && value < 0xA0 {
        scalar = CP1252.scalar(forHighByte: UInt8(value)) ?? Unicode.Scalar(value)
      } else {
        scalar = Unicode.Scalar(value)
      }
      guard let scalar else { return nil }
      return (p + 1, Array(String(scalar).utf8))
    }
    let nameStart = p
    guard isLetter(input[p]) else { return nil }
    while p < bound && (isLetter(input[p]) || isDigit(input[p])) && p - nameStart < 32 { p += 1 }
    let name = String(decoding: UnsafeBufferPointer(rebasing: input[nameStart..<p]), as: UTF8.self)
    guard let entity = NormalizationTables.entities[name] else { return nil }
    if p < bound && input[p] == UInt8(ascii: ";") { return (p + 1, entity.utf8) }
    guard entity.legacy else { return nil }
    if p < input.count {
      let next = input[p]
      if isLetter(next) || isDigit(next) { return nil }
    }
    return (p, entity.utf8)
  }
}
