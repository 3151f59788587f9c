/// Scores sentence boundaries that no punctuation marks: a heading or title
/// glued to the next sentence (`… Grossesse et allaitement Effets sur …`).
///
/// An averaged perceptron trained by `Scripts/build-sentence-model` on UD
/// French Sequoia *train*; the features here mirror that script's exactly.
/// Only junctions between a word (or number, `)`, `:`) and a capitalized word
/// or a list dash, with white space between, are scored, so the string
/// work below happens at a few percent of token positions.
struct SentenceBoundaryModel: Sendable {
  /// Weights keyed by the FNV-1a hash of the feature string's UTF-8 bytes.
  private let weights: [UInt64: Double]
  /// The function words, by the FNV-1a hash of their UTF-8 bytes (``hash(_:_:_:_:)``).
  private let functionWords: Set<UInt64>
  /// A junction whose score exceeds this is a boundary.
  let threshold: Double

  /// The French model compiled into the library.
  static let french = SentenceBoundaryModel(EmbeddedResources.sentences_boundaryModelFr)

  init(_ table: String) {
    var weights: [UInt64: Double] = [:]
    weights.reserveCapacity(4_096)
    var functionWords: Set<UInt64> = []
    var threshold = Double.infinity
    // One pass over UTF-8 lines (`feature<TAB>weight`): start-up stays cheap.
    var table = table
    table.withUTF8 { bytes in
      var lineStart = 0
      while lineStart < bytes.count {
        var lineEnd = lineStart
        var tab = -1
        while lineEnd < bytes.count && bytes[lineEnd] != 0x0A {
          if tab < 0 && bytes[lineEnd] == 0x09 { tab = lineEnd }
          lineEnd += 1
        }
        if tab > lineStart {
          let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[(tab + 1)..<lineEnd]), as: UTF8.self)
          if bytes[lineStart] != UInt8(ascii: "#") {
            // A feature: hashed from its bytes, as `hash(_:_:_:_:)` hashes the string.
            var hash = FeatureHash.seed
            for byte in bytes[lineStart..<tab] { hash = FeatureHash.add(hash, byte) }
            if let weight = Double(value) { weights[hash] = weight }
          } else {
            switch String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<tab]), as: UTF8.self) {
            case "#threshold": threshold = Double(value) ?? .infinity
            case "#function": functionWords = Set(value.split(separator: " ").map { Self.hash(String($0)) })
            default: break
            }
          }
        }
        lineStart = lineEnd + 1
      }
    }
    self.weights = weights
    self.functionWords = functionWords
    self.threshold = threshold
  }

  /// Whether the junction between the tokens `bytes[previous]` and
  /// `bytes[next]` is a candidate: a capitalized word or a list dash after a
  /// word, a number, `)` or `:`.
  static func isCandidate(_ bytes: UnsafeBufferPointer<UInt8>, previous: Range<Int>, next: Range<Int>) -> Bool {
    let first = UTF8Scanning.decode(bytes, at: next.lowerBound).0
    if first.isLetter {
      guard first.isUpper else { return false }
    } else if !isDash(bytes, next) {
      return false
    }
    let previousFirst = UTF8Scanning.decode(bytes, at: previous.lowerBound).0
    return previousFirst.isLetter || previousFirst.properties.numericType != nil
      || (previous.count == 1 && (bytes[previous.lowerBound] == UInt8(ascii: ")") || bytes[previous.lowerBound] == UInt8(ascii: ":")))
  }

  /// Whether `bytes[range]` is `-`, `–` or `—`.
  private static func isDash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    if range.count == 1 { return bytes[range.lowerBound] == UInt8(ascii: "-") }
    return range.count == 3 && bytes[range.lowerBound] == 0xE2 && bytes[range.lowerBound + 1] == 0x80
      && (bytes[range.lowerBound + 2] == 0x93 || bytes[range.lowerBound + 2] == 0x94)
  }

  /// The score of the junction after `tokens[index]` (texts of the tokens
  /// around it: `before` is the token before `previous`, `after` the one
  /// after `next`, nil at the paragraph's edges).
  func score(before: Substring?, previous: Substring, next: Substring, after: Substring?) -> Double {
    let p = previous.lowercased()
    let n = next.lowercased()
    let pp = before.map { $0.lowercased() } ?? "<s>"
    let beforeShape = before.map(Self.shape) ?? Self.shape("<s>")
    let afterText = after.map { $0.lowercased() } ?? "</s>"
    let afterShape = after.map(Self.shape) ?? Self.shape("</s>")
    let ps = Self.shape(previous)
    let ns = Self.shape(next)
    // The feature strings of Scripts/build-sentence-model, hashed part by part
    // (the same as hashing each concatenated string, without building it).
    let p3 = Substring(p.unicodeScalars.suffix(3))
    var total = weights[Self.hash("b")] ?? 0
    total += weights[Self.hash("p=", p)] ?? 0
    total += weights[Self.hash("n=", n)] ?? 0
    total += weights[Self.hash("ps=", ps)] ?? 0
    total += weights[Self.hash("ns=", ns)] ?? 0
    total += weights[Self.hash("nns=", afterShape)] ?? 0
    total += weights[Self.hash("pns=", ps, "|", ns)] ?? 0
    total += weights[Self.hash("p3=", p3)] ?? 0
    total += weights[Self.hash("pf=", Self.pythonBool(functionWords.contains(Self.hash(p))))] ?? 0
    total += weights[Self.hash("nf=", Self.pythonBool(functionWords.contains(Self.hash(n))))] ?? 0
    total += weights[Self.hash("pp=", pp)] ?? 0
    total += weights[Self.hash("ppf=", Self.pythonBool(functionWords.contains(Self.hash(pp))))] ?? 0
    total += weights[Self.hash("nn=", afterText)] ?? 0
    total += weights[Self.hash("pn=", p, "|", n)] ?? 0
    total += weights[Self.hash("pps=", beforeShape, "|", ps)] ?? 0
    return total
  }

  /// ``score(before:previous:next:after:)`` read straight from the tokens'
  /// bytes (ranges in `bytes`) when all four are ASCII, where lower-casing
  /// and shapes are byte operations: the same feature hashes, the same
  /// weights added in the same order, so the same score. Nil when a token
  /// is not ASCII (the string path handles it).
  func asciiScore(
    _ bytes: UnsafeBufferPointer<UInt8>, before: Range<Int>?, previous: Range<Int>, next: Range<Int>, after: Range<Int>?
  ) -> Double? {
    for range in [before, previous, next, after] {
      guard let range else { continue }
      for offset in range where bytes[offset] >= 0x80 { return nil }
    }
    let base = bytes.baseAddress!
    func part(_ range: Range<Int>) -> Part { Part(start: base + range.lowerBound, count: range.count) }
    let p = part(previous)
    let n = part(next)
    let pp = before.map(part) ?? Part("<s>")
    let nn = after.map(part) ?? Part("</s>")
    let p3 = Part(start: p.start + max(0, p.count - 3), count: min(3, p.count))
    func weight(_ hash: UInt64) -> Double { weights[hash] ?? 0 }
    func isFunctionWord(_ word: Part) -> StaticString {
      functionWords.contains(Self.hashLower(FeatureHash.seed, word)) ? "True" : "False"
    }
    typealias H = SentenceBoundaryModel
    var total = weight(H.hash(FeatureHash.seed, "b"))
    total += weight(H.hashLower(H.hash(FeatureHash.seed, "p="), p))
    total += weight(H.hashLower(H.hash(FeatureHash.seed, "n="), n))
    total += weight(H.hashShape(H.hash(FeatureHash.seed, "ps="), p))
    total += weight(H.hashShape(H.hash(FeatureHash.seed, "ns="), n))
    total += weight(H.hashShape(H.hash(FeatureHash.seed, "nns="), nn))
    total += weight(H.hashShape(H.hash(H.hashShape(H.hash(FeatureHash.seed, "pns="), p), "|"), n))
    total += weight(H.hashLower(H.hash(FeatureHash.seed, "p3="), p3))
    total += weight(H.hash(H.hash(FeatureHash.seed, "pf="), isFunctionWord(p)))
    total += weight(H.hash(H.hash(FeatureHash.seed, "nf="), isFunctionWord(n)))
    total += weight(H.hashLower(H.hash(FeatureHash.seed, "pp="), pp))
    total += weight(H.hash(H.hash(FeatureHash.seed, "ppf="), isFunctionWord(pp)))
    total += weight(H.hashLower(H.hash(FeatureHash.seed, "nn="), nn))
    total += weight(H.hashLower(H.hash(H.hashLower(H.hash(FeatureHash.seed, "pn="), p), "|"), n))
    total += weight(H.hashShape(H.hash(H.hashShape(H.hash(FeatureHash.seed, "pps="), pp), "|"), p))
    return total
  }

  /// ASCII bytes: a token's, or a literal's.
  private struct Part {
    var start: UnsafePointer<UInt8>
    var count: Int
    init(start: UnsafePointer<UInt8>, count: Int) {
      self.start = start
      self.count = count
    }
    init(_ literal: StaticString) { self.init(start: literal.utf8Start, count: literal.utf8CodeUnitCount) }
  }

  /// `hash` continued over the bytes of `literal`.
  private static func hash(_ hash: UInt64, _ literal: StaticString) -> UInt64 {
    var hash = hash
    for offset in 0..<literal.utf8CodeUnitCount { hash = FeatureHash.add(hash, literal.utf8Start[offset]) }
    return hash
  }

  /// `hash` continued over `part` lower-cased (ASCII).
  private static func hashLower(_ hash: UInt64, _ part: Part) -> UInt64 {
    var hash = hash
    for offset in 0..<part.count {
      let byte = part.start[offset]
      hash = FeatureHash.add(hash, byte &- 0x41 < 26 ? byte | 0x20 : byte)
    }
    return hash
  }

  /// `hash` continued over the ``shape(_:)`` of `part` (ASCII).
  private static func hashShape(_ hash: UInt64, _ part: Part) -> UInt64 {
    var hash = hash
    var last: UInt8 = 0
    for offset in 0..<min(6, part.count) {
      let byte = part.start[offset]
      let cls = byte &- 0x41 < 26 ? UInt8(ascii: "X") : byte &- 0x61 < 26 ? UInt8(ascii: "x") : byte &- 0x30 < 10 ? UInt8(ascii: "d") : byte
      if offset == 0 || cls != last { hash = FeatureHash.add(hash, cls) }
      last = cls
    }
    return hash
  }

  /// FNV-1a 64 over the UTF-8 bytes of the parts, in order.
  static func hash(_ a: String, _ b: Substring) -> UInt64 {
    var hash = FeatureHash.seed
    for byte in a.utf8 { hash = FeatureHash.add(hash, byte) }
    for byte in b.utf8 { hash = FeatureHash.add(hash, byte) }
    return hash
  }

  /// FNV-1a 64 over the UTF-8 bytes of the parts, in order.
  static func hash(_ a: String, _ b: String = "", _ c: String = "", _ d: String = "") -> UInt64 {
    var hash = FeatureHash.seed
    for byte in a.utf8 { hash = FeatureHash.add(hash, byte) }
    for byte in b.utf8 { hash = FeatureHash.add(hash, byte) }
    for byte in c.utf8 { hash = FeatureHash.add(hash, byte) }
    for byte in d.utf8 { hash = FeatureHash.add(hash, byte) }
    return hash
  }

  private static func pythonBool(_ value: Bool) -> String { value ? "True" : "False" }

  /// The word's shape from its first six code points: `X` upper, `x` lower,
  /// `d` digit, anything else itself; repeats collapsed (`Xx`, `XX` → `X`).
  static func shape(_ word: some StringProtocol) -> String {
    var out = ""
    var last: Unicode.Scalar? = nil
    for scalar in word.unicodeScalars.prefix(6) {
      let value = scalar.value
      let cls: Unicode.Scalar =
        value < 0x80
        ? (value &- 0x41 < 26 ? "X" : value &- 0x61 < 26 ? "x" : value &- 0x30 < 10 ? "d" : scalar)
        : scalar.isUpper ? "X"
        : scalar.isLower ? "x"
        : (scalar.properties.numericType == .decimal || scalar.properties.numericType == .digit) ? "d" : scalar
      if cls != last { out.unicodeScalars.append(cls) }
      last = cls
    }
    return out
  }
}
