/// What a span of text says about its language: summed n-gram costs under
/// French, English and other Latin-script languages, with how much was seen.
///
/// Evidence is additive: the evidence of a document is the sum of its
/// paragraphs' evidence, and its ``guess`` weighs each paragraph by its length.
/// The decision mirrors `decide` in `Scripts/build-language-model`.
struct LanguageEvidence: Sendable, Hashable {
  /// Summed costs (-ln P × 10) under French, English and other languages.
  var frenchCost = 0
  /// See ``frenchCost``.
  var englishCost = 0
  /// See ``frenchCost``.
  var otherCost = 0
  /// French and English costs where no word costs a language more than
  /// ``wordCap`` above its better language: the fr/en decision uses these,
  /// so one long name or foreign title cannot outvote the sentence.
  var cappedFrenchCost = 0
  /// See ``cappedFrenchCost``.
  var cappedEnglishCost = 0
  /// The number of n-gram features scored.
  var features = 0
  /// Latin letters seen.
  var latinLetters = 0
  /// Letters of other scripts seen (Greek, Cyrillic, CJK…).
  var foreignLetters = 0

  /// The most one word can cost a language above its better language.
  static let wordCap = 60
  /// Fewer Latin letters than this give `und`.
  static let minimumLetters = 10
  /// `und` when other languages fit better than the best of fr/en by more
  /// than this many cost units per 100 features.
  static let otherMarginPer100 = 200
  /// `und` when the best of fr/en costs more than this per 100 features.
  static let maximumAverageCostPer100 = 8200
  /// `und` when more than this percentage of letters are not Latin.
  static let maximumForeignPercent = 50
  /// The cost difference at which the posterior is 3/4.
  static let temperature = 40.0
  /// The number of features at which confidence is pulled halfway to 1/2.
  static let evidenceHalf = 12.0

  /// How much evidence this is: the number of features scored.
  var weight: Int { features }

  /// Sums two pieces of evidence.
  static func + (a: LanguageEvidence, b: LanguageEvidence) -> LanguageEvidence {
    var sum = a
    sum += b
    return sum
  }

  /// Adds `b` to `a`.
  static func += (a: inout LanguageEvidence, b: LanguageEvidence) {
    a.frenchCost += b.frenchCost
    a.englishCost += b.englishCost
    a.otherCost += b.otherCost
    a.cappedFrenchCost += b.cappedFrenchCost
    a.cappedEnglishCost += b.cappedEnglishCost
    a.features += b.features
    a.latinLetters += b.latinLetters
    a.foreignLetters += b.foreignLetters
  }

  /// Adds one word's costs (fr, en, other) to the sums.
  @inline(__always)
  mutating func addWord(french: Int, english: Int, other: Int) {
    frenchCost += french
    englishCost += english
    otherCost += other
    let cap = min(french, english) + Self.wordCap
    cappedFrenchCost += min(french, cap)
    cappedEnglishCost += min(english, cap)
  }

  /// The decision: `und` with confidence 0 when there are too few letters,
  /// mostly non-Latin letters, or when neither French nor English fits;
  /// otherwise the language with the lower capped cost, with a confidence
  /// in 1/2…1 that grows with the cost difference and the evidence.
  var guess: LanguageGuess {
    let undetermined = LanguageGuess(.undetermined, confidence: 0)
    if latinLetters < Self.minimumLetters
      || foreignLetters * 100 > Self.maximumForeignPercent * (latinLetters + foreignLetters)
    {
      return undetermined
    }
    let best = min(frenchCost, englishCost)
    if (best - otherCost) * 100 > Self.otherMarginPer100 * features { return undetermined }
    if best * 100 > Self.maximumAverageCostPer100 * features { return undetermined }
    // An exact tie goes to English, the more common language of the two.
    let language: Language = cappedFrenchCost < cappedEnglishCost ? .french : .english
    let difference = Double(abs(cappedEnglishCost - cappedFrenchCost))
    let posterior = 0.5 + 0.5 * difference / (difference + Self.temperature)
    let factor = Double(features) / (Double(features) + Self.evidenceHalf)
    return LanguageGuess(language, confidence: 0.5 + (posterior - 0.5) * factor)
  }
}
