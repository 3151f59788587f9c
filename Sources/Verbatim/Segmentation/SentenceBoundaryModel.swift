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

  /// Whether the junction between `previous` and `next` is a candidate.
  static func isCandidate(previous: Unicode.Scalar, previousText: Substring, next: Unicode.Scalar, nextText: Substring) -> Bool {
    if next.isLetter {
      guard next.isUpper else { return false }
    } else if !(nextText == "-" || nextText == "–" || nextText == "—") {
      return false
    }
    return previous.isLetter || previous.properties.numericType != nil
      || previousText == ")" || previousText == ":"
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
