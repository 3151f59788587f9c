// TEMPORARY: replaced by the real identifier (branch `language`). Not committed as done.
struct LanguageIdentifier: Sendable {
  func evidence(_ bytes: UnsafeBufferPointer<UInt8>) -> LanguageEvidence {
    var fr = 0, en = 0
    for word in String(decoding: bytes, as: UTF8.self).lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }) {
      if ["le","la","les","des","de","et","un","une","est","que","qui","dans","pour","pas","du","au","sur","à"].contains(word) { fr += 1 }
      if ["the","and","of","to","is","that","in","for","it","with","was","on","are","this","a"].contains(word) { en += 1 }
    }
    return LanguageEvidence(fr: fr, en: en)
  }
}
struct LanguageEvidence: Sendable {
  static let paragraphMinimumWeight = 2
  var fr = 0, en = 0
  var weight: Int { fr + en }
  static func + (a: Self, b: Self) -> Self { Self(fr: a.fr + b.fr, en: a.en + b.en) }
  var guess: LanguageGuess {
    weight == 0 ? LanguageGuess(.undetermined, confidence: 0)
      : LanguageGuess(fr >= en ? .french : .english, confidence: Double(max(fr, en)) / Double(weight))
  }
}
