/// The language data the tokenizer applies after ICU word break, parsed once
/// from the embedded resource tables (`Resources/tokenization/`).
///
/// Keys are "folded" byte strings: ASCII lower-cased and `’` replaced by `'`,
/// so lookups need no `String` allocation beyond a small key buffer.
///
/// A class: tokenizers and sentence splitters of one language share an
/// instance, and a method reading a rule does not copy the whole set.
final class TokenizationRules: Sendable {
  /// Tokens that keep their final period (`M.`, `etc.`); exact case.
  let abbreviations: FoldedLexicon
  /// Titles and other abbreviations after which a sentence never ends
  /// (`M.`, `Dr.`, `e.g.`).
  let titles: FoldedLexicon
  /// French elided words (`l'`, `qu'`), apostrophe included.
  let elisions: FoldedLexicon
  /// Words kept whole (`aujourd'hui`, `c'est-à-dire`).
  let wholeWords: FoldedLexicon
  /// The first part (up to a hyphen or period) of each whole word.
  let wholeWordHeads: FoldedLexicon
  /// French inversion clitics (`t-il`, `elle`), without the leading hyphen.
  let inversionSuffixes: FoldedLexicon
  /// English contraction suffixes (`'s`, `'m`); `n't` is handled by shape.
  let cliticSuffixes: FoldedLexicon
  /// English words split into parts (`cannot` → `can` + `not`): part lengths in bytes.
  let cliticWords: [[UInt8]: [Int]]
  /// The keys of ``cliticWords``, to tell most words are none without building a key.
  let cliticWordKeys: FoldedLexicon
  /// Abbreviations that keep their period only before a number (`No. 5`).
  let numericAbbreviations: FoldedLexicon
  /// Prefixes whose hyphen stays inside the word when compounds are split
  /// (English: `e-mail`, `non-human`); empty when every compound stays whole.
  let hyphenPrefixes: FoldedLexicon
  /// Whether every hyphenated compound stays whole (French) rather than only
  /// prefixed ones (English).
  let keepsHyphenatedCompounds: Bool
  /// Whether `20h30` and `160km` split into number and unit (UD French).
  let splitsNumberUnits: Bool
  /// Capitalized words that start a sentence after a word with no
  /// punctuation between (French headings glued to the next sentence).
  let sentenceStarters: FoldedLexicon
  /// Those that also start one after a colon.
  let sentenceStartersAfterColon: FoldedLexicon
  /// English words that open sentences (`The`, `He`): after initials or a
  /// dotted acronym only these start a new sentence.
  let englishSentenceStarters: FoldedLexicon
  /// The last word of a sign-off (`regards`, `sincerely`), before its comma.
  let signOffs: FoldedLexicon
  /// Whether space-grouped thousands (`20 000`) form one number.
  let groupsThousandsWithSpaces: Bool
  /// Whether inversions (`a-t-il`) are split.
  let splitsInversions: Bool

  static let french = TokenizationRules(
    abbreviations: EmbeddedResources.tokenization_abbreviationsFr,
    titles: EmbeddedResources.tokenization_titles,
    elisions: EmbeddedResources.tokenization_elisionsFr,
    wholeWords: EmbeddedResources.tokenization_wholeWordsFr,
    inversions: EmbeddedResources.tokenization_inversionSuffixesFr,
    clitics: "",
    hyphenPrefixes: "",
    french: true)

  static let english = TokenizationRules(
    abbreviations: EmbeddedResources.tokenization_abbreviationsEn,
    titles: EmbeddedResources.tokenization_titles,
    elisions: "",
    wholeWords: "",
    inversions: "",
    clitics: EmbeddedResources.tokenization_cliticsEn,
    hyphenPrefixes: EmbeddedResources.tokenization_hyphenPrefixesEn,
    french: false)

  static func forLanguage(_ language: Language) -> TokenizationRules {
    language == .english ? english : french
  }

  private init(
    abbreviations: String, titles: String, elisions: String, wholeWords: String,
    inversions: String, clitics: String, hyphenPrefixes: String, french: Bool
  ) {
    // Each line's text before a `#` comment, without its leading spaces and
    // one trailing space; empty ones dropped.
    func entries(_ text: String) -> [Substring] {
      EmbeddedResources.lines(text).compactMap { line in
        let utf8 = line.utf8
        var start = utf8.startIndex
        var end = utf8.firstIndex(of: UInt8(ascii: "#")) ?? utf8.endIndex
        while start < end && utf8[start] == 0x20 { start = utf8.index(after: start) }
        if start < end && utf8[utf8.index(before: end)] == 0x20 { end = utf8.index(before: end) }
        return start < end ? line[start..<end] : nil
      }
    }
    self.abbreviations = FoldedLexicon(entries(abbreviations), caseInsensitive: false)
    self.titles = FoldedLexicon(
      entries(titles) + entries(EmbeddedResources.tokenization_abbreviationsNonfinal),
      caseInsensitive: false)
    self.elisions = FoldedLexicon(entries(elisions), caseInsensitive: true)
    let whole = entries(wholeWords)
    self.wholeWords = FoldedLexicon(whole, caseInsensitive: true)
    self.wholeWordHeads = FoldedLexicon(
      whole.map { $0.prefix { $0 != "-" && $0 != "." } }, caseInsensitive: true)
    self.inversionSuffixes = FoldedLexicon(entries(inversions), caseInsensitive: true)
    var suffixes: [Substring] = []
    var words: [[UInt8]: [Int]] = [:]
    for line in entries(clitics) {
      let fields = line.split(separator: "\t")
      if fields.count == 1 {
        suffixes.append(fields[0])
      } else {
        words[Array(fields[0].utf8)] = fields.dropFirst().map { $0.utf8.count }
      }
    }
    self.cliticSuffixes = FoldedLexicon(suffixes, caseInsensitive: true)
    self.cliticWords = words
    self.cliticWordKeys = FoldedLexicon(folded: words.keys, caseInsensitive: true)
    self.numericAbbreviations = FoldedLexicon(
      entries(EmbeddedResources.tokenization_abbreviationsBeforeNumbers), caseInsensitive: false)
    self.hyphenPrefixes = FoldedLexicon(entries(hyphenPrefixes), caseInsensitive: true)
    let starters = french ? entries(EmbeddedResources.tokenization_sentenceStartersFr) : []
    self.sentenceStarters = FoldedLexicon(
      starters.map { $0.split(separator: " ")[0] }, caseInsensitive: false)
    self.sentenceStartersAfterColon = FoldedLexicon(
      starters.filter { $0.hasSuffix(" colon") }.map { $0.split(separator: " ")[0] },
      caseInsensitive: false)
    self.englishSentenceStarters = FoldedLexicon(
      entries(EmbeddedResources.tokenization_sentenceStartersEn), caseInsensitive: false)
    self.signOffs = FoldedLexicon(
      entries(EmbeddedResources.tokenization_signOffs).map { $0.split(separator: " ").last ?? $0 },
      caseInsensitive: true)
    self.keepsHyphenatedCompounds = french
    self.splitsNumberUnits = french
    self.groupsThousandsWithSpaces = french
    self.splitsInversions = french
  }
}
