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
    var evidence = LanguageEvidence()
    // The last characters of the current word, 10 bits each, newest lowest,
    // starting with the boundary mark; `length` counts them (capped at 5).
    var window: UInt64 = 0
    var length = 0
    var word = (0, 0, 0)
    var offset = 0
    let count = bytes.count

    @inline(__always)
    func push(_ code: UInt64) {
      window = (window << 10 | code) & 0x3_FFFF_FFFF_FFFF  // 50 bits: 5 characters
      if length < LanguageModel.maxOrder { length += 1 }
      for order in 2...max(2, length) where order <= length {
        model.prefetch(window & ((1 << (10 * UInt64(order))) - 1))
      }
      for order in 1...length {
        let key = window & ((1 << (10 * UInt64(order))) - 1)
        if key == LanguageModel.boundary { continue }
        let extended = model.withCosts(of: key, order: order) { fr, en, other in
          word.0 += Int(fr)
          word.1 += Int(en)
          word.2 += Int(other)
        }
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

    @inline(__always)
    func endWord() {
      guard length > 0 else { return }
      push(LanguageModel.boundary)
      evidence.addWord(french: word.0, english: word.1, other: word.2)
      word = (0, 0, 0)
      window = 0
      length = 0
    }

    while offset < count {
      let byte = bytes[offset]
      if byte < 0x80 {
        // ASCII fast path.
        offset += 1
        let lower = byte | 0x20
        if lower >= 0x61 && lower <= 0x7A {
          if length == 0 { push(LanguageModel.boundary) }
          push(UInt64(lower))
          evidence.latinLetters += 1
        } else {
          endWord()
          if evidence.latinLetters >= letterLimit { return evidence }
        }
        continue
      }
      let (scalar, size) = UTF8Scanning.decode(bytes, at: offset)
      offset += size
      let folded = LatinLetters.fold(scalar.value)
      if folded != 0 {
        if length == 0 { push(LanguageModel.boundary) }
        push(UInt64(folded))
        evidence.latinLetters += 1
      } else {
        endWord()
        if scalar.isLetter { evidence.foreignLetters += 1 }
        if evidence.latinLetters >= letterLimit { return evidence }
      }
    }
    endWord()
    return evidence
  }
}
