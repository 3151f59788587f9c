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
    for line in table.split(separator: "\n") {
      let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
      guard fields.count == 2 else { continue }
      switch fields[0] {
      case "#threshold": threshold = Double(fields[1]) ?? .infinity
      case "#function": functionWords = Set(fields[1].split(separator: " ").map(String.init))
      default:
        if !fields[0].hasPrefix("#"), let weight = Double(fields[1]) { weights[String(fields[0])] = weight }
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
