/// Scores sentence boundaries that no punctuation marks: a heading or title
/// glued to the next sentence (`… Grossesse et allaitement Effets sur …`).
///
/// An averaged perceptron trained by `Scripts/build-sentence-model` on UD
/// French Sequoia *train*; the features here mirror that script's exactly.
/// Only junctions between a word (or number, `)`, `:`) and a capitalized word
/// or a list dash, with white space between, are scored, so the string
/// work below happens at a few percent of token positions.
struct SentenceBoundaryModel: Sendable {
  private let weights: [String: Double]
  private let functionWords: Set<String>
  /// A junction whose score exceeds this is a boundary.
  let threshold: Double

  /// The French model compiled into the library.
  static let french = SentenceBoundaryModel(EmbeddedResources.sentences_boundaryModelFr)

  init(_ table: String) {
    var weights: [String: Double] = [:]
    var functionWords: Set<String> = []
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
          let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<tab]), as: UTF8.self)
          let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[(tab + 1)..<lineEnd]), as: UTF8.self)
          switch key {
          case "#threshold": threshold = Double(value) ?? .infinity
          case "#function": functionWords = Set(value.split(separator: " ").map(String.init))
          default: if !key.hasPrefix("#"), let weight = Double(value) { weights[key] = weight }
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
    if next.properties.isAlphabetic {
      guard next.properties.isUppercase else { return false }
    } else if !(nextText == "-" || nextText == "–" || nextText == "—") {
      return false
    }
    return previous.properties.isAlphabetic || previous.properties.numericType != nil
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
    let features = [
      "b", "p=" + p, "n=" + n, "ps=" + ps, "ns=" + ns, "nns=" + afterShape, "pns=" + ps + "|" + ns,
      "p3=" + String(String.UnicodeScalarView(p.unicodeScalars.suffix(3))),
      "pf=" + Self.pythonBool(functionWords.contains(p)), "nf=" + Self.pythonBool(functionWords.contains(n)),
      "pp=" + pp, "ppf=" + Self.pythonBool(functionWords.contains(pp)), "nn=" + afterText,
      "pn=" + p + "|" + n, "pps=" + beforeShape + "|" + ps,
    ]
    var total = 0.0
    for feature in features { total += weights[feature] ?? 0 }
    return total
  }

  private static func pythonBool(_ value: Bool) -> String { value ? "True" : "False" }

  /// The word's shape from its first six code points: `X` upper, `x` lower,
  /// `d` digit, anything else itself; repeats collapsed (`Xx`, `XX` → `X`).
  static func shape(_ word: some StringProtocol) -> String {
    var out = ""
    var last: Unicode.Scalar? = nil
    for scalar in word.unicodeScalars.prefix(6) {
      let properties = scalar.properties
      let cls: Unicode.Scalar =
        properties.isUppercase ? "X"
        : properties.isLowercase ? "x"
        : (properties.numericType == .decimal || properties.numericType == .digit) ? "d" : scalar
      if cls != last { out.unicodeScalars.append(cls) }
      last = cls
    }
    return out
  }
}
