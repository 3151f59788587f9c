import Testing
@testable import Verbatim

/// The word lists of `Resources/quotes/indirect-speech.txt`: a misspelt list
/// name or a lost column would silently drop words from a rule.
@Suite struct IndirectSpeechWordsTests {
  @Test func everyRowNamesAKnownListAndEveryListHasWords() {
    var used: Set<Substring> = []
    for fields in EmbeddedResources.rows(EmbeddedResources.quotes_indirectSpeech) {
      #expect(fields.count == 2 || fields.count == 3, "\(fields)")
      #expect(IndirectSpeechWords.listNames.contains(fields[1]), "unknown list in \(fields)")
      #expect(fields[0] == fields[0].lowercased(), "a norm is lower case: \(fields[0])")
      // Only the lists read with prepositions, a possessive's pronoun or a role's synonyms have a third field.
      #expect(
        (fields.count == 3) == ["prepositional", "passive", "speech-noun", "possessive", "role-synonym"].contains(fields[1]),
        "\(fields)")
      used.insert(fields[1])
    }
    #expect(used == IndirectSpeechWords.listNames)
  }

  @Test func listsAndPrepositionsAreRead() {
    let words = IndirectSpeechWords(table: "said\tbare-clause\nspoke\tprepositional\tof about\n# note\net\tconjunction-fr\nand\tconjunction\n")
    #expect(words.bareClauseVerbs.contains("said") && !words.bareClauseVerbs.contains("spoke"))
    #expect(words.prepositionalObjects == ["spoke": ["of", "about"]])
    #expect(words.conjunctions.contains("and") && !words.conjunctions.contains("et"))
    #expect(words.inciseConjunctions.contains("and") && words.inciseConjunctions.contains("et"))
    #expect(words.nounObjectVerbs.isEmpty)
    let shared = IndirectSpeechWords.shared
    #expect(shared.passiveSpeechActs["criticized"] == ["for", "as"])
    #expect(shared.bareClauseVerbs.contains("says") && shared.beForms.contains("been"))
    #expect(shared.supportVerbs.contains("expressed") && shared.speechNouns["concern"] == ["about", "over"])
    #expect(shared.possessivePronouns["his"] == "he" && shared.speaksForNouns.contains("office"))
    #expect(shared.roleSynonyms["ceo"]?.contains("executive") == true && shared.continueForms.contains("continued"))
    #expect(shared.reasonOpeners.contains("since"))
  }
}
