/// Tells French from English text, or says the language is undetermined.
///
/// A naive Bayes classifier over character n-grams (1 to 5 characters of
/// lower-cased Latin letters, word boundaries included), with a third class
/// for other Latin-script languages. The text is `und` when it has fewer than
/// 10 letters, is mostly in another script, or when another language (German,
/// Spanish…) fits it better than French and English. The model is built by
/// `Scripts/build-language-model` and parsed once, at first use.
///
/// ```swift
/// let guess = LanguageIdentifier().identify("Microsoft refuse la reconnaissance faciale à la police")
/// // guess.language == .french
/// ```
public struct LanguageIdentifier: Sendable {
  let model: LanguageModel

  /// Creates an identifier over the embedded model (shared, parsed once).
  public init() { model = .shared }

  /// The language of `text` with a confidence from 0 to 1: `und` (confidence
  /// 0) when there is too little evidence or neither French nor English fits.
  public func identify(_ text: String) -> LanguageGuess {
    var text = text
    return text.withUTF8 { evidence($0).guess }
  }

  /// The most Latin letters the analyzer reads to decide one paragraph's
  /// language (about 150 words): a paragraph is decided long before that,
  /// and the cost of identification stays bounded on long paragraphs.
  static let paragraphLetterLimit = 1_000

  /// The evidence in UTF-8 `bytes`; sums of such evidence can decide a whole
  /// document. Reads up to the end of the first word that brings the Latin
  /// letter count to `letterLimit` (all of `bytes` by default). Allocates nothing.
  func evidence(_ bytes: UnsafeBufferPointer<UInt8>, letterLimit: Int = .max) -> LanguageEvidence {
    var scan = NGramScan(model: model)
    var offset = 0
    let count = bytes.count
    while offset < count {
      let byte = bytes[offset]
      if byte < 0x80 {
        // ASCII fast path.
        offset += 1
        let lower = byte | 0x20
        if lower >= 0x61 && lower <= 0x7A {
          scan.letter(UInt64(lower))
        } else {
          scan.endWord()
          if scan.evidence.latinLetters >= letterLimit { return scan.evidence }
        }
        continue
      }
      let (scalar, size) = UTF8Scanning.decode(bytes, at: offset)
      offset += size
      let folded = LatinLetters.fold(scalar.value)
      if folded != 0 {
        scan.letter(UInt64(folded))
      } else {
        scan.endWord()
        if scalar.isLetter { scan.evidence.foreignLetters += 1 }
        if scan.evidence.latinLetters >= letterLimit { return scan.evidence }
      }
    }
    scan.endWord()
    return scan.evidence
  }
}

/// The state of ``LanguageIdentifier/evidence(_:letterLimit:)`` while it
/// reads a text: the evidence so far, and the n-gram window and costs of
/// the current word. (A struct with mutating methods rather than nested
/// functions capturing variables: its accesses are checked at compile time.)
private struct NGramScan {
  let model: LanguageModel
  var evidence = LanguageEvidence()
  /// The last characters of the current word, 10 bits each, newest lowest,
  /// starting with the boundary mark; `length` counts them (capped at 5).
  var window: UInt64 = 0
  var length = 0
  /// The current word's summed costs (fr, en, other).
  var word = (0, 0, 0)

  init(model: LanguageModel) { self.model = model }

  /// Adds a letter (its folded code), opening a word if none is open.
  @inline(__always)
  mutating func letter(_ code: UInt64) {
    if length == 0 { push(LanguageModel.boundary) }
    push(code)
    evidence.latinLetters += 1
  }

  @inline(__always)
  mutating func push(_ code: UInt64) {
    window = (window << 10 | code) & 0x3_FFFF_FFFF_FFFF  // 50 bits: 5 characters
    if length < LanguageModel.maxOrder { length += 1 }
    for order in 2...max(2, length) where order <= length {
      model.prefetch(window & ((1 << (10 * UInt64(order))) - 1))
    }
    for order in 1...length {
      let key = window & ((1 << (10 * UInt64(order))) - 1)
      if key == LanguageModel.boundary { continue }
      var costs = (Int32(0), Int32(0), Int32(0))
      let extended = model.withCosts(of: key, order: order) { costs = ($0, $1, $2) }
      word.0 += Int(costs.0)
      word.1 += Int(costs.1)
      word.2 += Int(costs.2)
      evidence.features += 1
      if !extended {
        // No n-gram of the table ends with this one: the longer ones are
        // unseen, and cost what a look-up would give, without the look-up.
        var longer = order + 1
        while longer <= length {
          let cost = Int(model.unseen[longer])
          word.0 += cost
          word.1 += cost
          word.2 += cost
          evidence.features += 1
          longer += 1
        }
        break
      }
    }
  }

  /// Closes the current word, if one is open: its final boundary, then its
  /// costs into the evidence.
  @inline(__always)
  mutating func endWord() {
    guard length > 0 else { return }
    push(LanguageModel.boundary)
    evidence.addWord(french: word.0, english: word.1, other: word.2)
    word = (0, 0, 0)
    window = 0
    length = 0
  }
}
