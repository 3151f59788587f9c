/// The word lists of the indirect-speech rules (``IndirectSpeech``), loaded
/// once from `Resources/quotes/indirect-speech.txt`; each list is described
/// there. Words are matched against a token's norm.
struct IndirectSpeechWords: Sendable {
  /// Verbs of saying that take a clause without `that` (`Trump says he would pay`).
  let bareClauseVerbs: NormSet
  /// Speech acts whose content is a noun phrase (`criticized Kaine for his work`).
  let nounObjectVerbs: NormSet
  /// Speech acts whose noun-phrase content follows one of the prepositions (`complained about`).
  let prepositionalObjects: [String: Set<String>]
  /// Speech acts in the passive, with the prepositions opening what was said (`was accused of`).
  let passiveSpeechActs: [String: Set<String>]
  /// Verbs that make a speech act of a noun (`expressed concern about`, `sounded a call for`).
  let supportVerbs: NormSet
  /// Nouns of speech acts after a support verb, with the prepositions opening what was said.
  let speechNouns: [String: Set<String>]
  /// Verbs of asking, whose content may be a question opened by a wh-word (`asked whether …`).
  let questionVerbs: NormSet
  /// Words opening an indirect question (`whether`, `how`).
  let whWords: NormSet
  /// Words before a verb of saying in idioms that report nothing (`worth noting`, `let's say`).
  let idiomOpeners: NormSet
  /// Forms of `be` before a passive participle.
  let beForms: NormSet
  /// Verbs of directing someone to do something (`urged Congress to act`):
  /// the only ones whose `to` infinitive may follow an object.
  let directiveVerbs: NormSet
  /// Verbs that make the speech noun after them others' speech about the
  /// subject (`faced sharp criticism for …`): the speaker is not named.
  let receivingVerbs: NormSet
  /// Speech acts whose noun object reports only with `as` after it (`painted Romney as …`).
  let asObjectVerbs: NormSet
  /// The first bytes and the shortest length (in bytes) of ``asObjectVerbs``:
  /// a filter before the look-up, which the extractor makes for every word.
  let asObjectFirstBytes: [Bool]
  let asObjectMinimumLength: Int
  /// English irregular past forms (`cut`, `made`): a finite verb.
  let irregularPasts: NormSet
  /// Forms of `agree` (`agreed to …` is a commitment).
  let agreeForms: NormSet
  /// Forms of `continue` (`continued to plot` reports nothing, `continued to insist` does).
  let continueForms: NormSet
  /// Forms of `call` (a directive only with ``directivePrepositions``).
  let callForms: NormSet
  /// Forms of `call` read with a noun object (`called for a recount`; not `calls`).
  let callObjectForms: NormSet
  /// `on`, `upon`, `for` after `call` (`called on Congress to act`).
  let directivePrepositions: NormSet
  /// Words opening an adverbial clause or phrase (`as`, `while`, `during`).
  let adverbialOpeners: NormSet
  /// Words opening the speaker's reason after a trailing attribution (`since`, `because`).
  let reasonOpeners: NormSet
  /// Words before `to` and a speech act that make it the purpose of the
  /// sentence's subject (`gathered Friday to discuss`, `a meeting to discuss`).
  let purposeWords: NormSet
  /// Possessives before a noun that speaks for their owner, with the pronoun naming that owner (`his` → `he`).
  let possessivePronouns: [String: String]
  /// Nouns that speak for a possessive's owner (`his office`, `son entourage`).
  let speaksForNouns: NormSet
  /// Words that name the same office as a role next to a person (`ceo` → `executive`, `pdg`).
  let roleSynonyms: [String: Set<String>]
  /// Time nouns that no date rule tags (`morning`, `night`).
  let partsOfTheDay: NormSet
  /// Time nouns after `last`/`this` (`week`, `month`, `year`).
  let timeNouns: NormSet
  /// Words that may open a time before a verb besides prepositions and determiners (`last`).
  let timeOpeners: NormSet
  /// Time adverbs after a verb of saying (`yesterday`).
  let timeAdverbs: NormSet
  /// Who a speaker tells (`me`, `reporters`).
  let toldPersons: NormSet
  /// Words before a number opening a reported clause (`about`, `nearly`).
  let approximations: NormSet
  /// Words that open no reported clause right after a verb (`several`, `again`).
  let quantifiers: NormSet
  /// Floating quantifiers between a subject and its verb (`all`, `both`).
  let floatingQuantifiers: NormSet
  /// `a`, `an`, `the`: an apposition after an inverted incise opens with one.
  let articles: NormSet
  /// Definite articles opening a description of a person (`the Spaniard`, `le technicien catalan`).
  let definiteArticles: NormSet
  /// Nationality nouns and regional adjectives the entity lexicons lack (`Spaniard`, `catalan`).
  let nationalityWords: NormSet
  /// Nouns for a person that the role list lacks (`technicien`, `attaquant`).
  let personNouns: NormSet
  /// Nouns for a part of an organization that speaks for it (`direction`, `management`).
  let organizationParts: NormSet
  /// Words before a role that make it another role (`vice`, `deputy`, `former`).
  let roleModifiers: NormSet
  /// `a`, `an` before a noun that `called` names.
  let indefiniteArticles: NormSet
  /// `and`, `but`.
  let conjunctions: NormSet
  /// `and`, `but`, `et`, `mais`: a clause they join after an incise goes on with what was said.
  let inciseConjunctions: NormSet
  /// Nouns after a speech act's preposition that say how it was said (`on condition of anonymity`).
  let noContent: NormSet
  /// Prepositions that, before a determiner, end an inverted speaker's noun phrase (`dans un communiqué`).
  let speakerEnd: NormSet
  /// Phrases of several tokens that end it too (`à l' issue`, `au cours`), as their tokens' norms.
  let speakerEndPhrases: [[String]]
  /// French reflexive pronouns before a verb of saying (`s'`, `se`).
  let reflexives: NormSet
  /// Forms of `être`, the auxiliary after a French reflexive pronoun.
  let etreForms: NormSet
  /// The preposition, possessive and noun of an adverbial phrase inside a French verb group (`pour sa part`).
  let adverbialPrepositions: NormSet
  let possessives: NormSet
  let adverbialNouns: NormSet
  /// Prepositions before where an impersonal `on` speaks (`assure-t-on à Matignon`).
  let onPlacePrepositions: NormSet
  /// Forms of `faire` before an infinitive that reports speech with it (`a fait savoir`).
  let faireForms: NormSet
  /// The infinitives that report speech after `faire` (`savoir`, `valoir`, `remarquer`).
  let faireInfinitives: NormSet
  /// French infinitives that open reported speech right after a verb of saying (`affirment avoir signalé`).
  let bareInfinitives: NormSet
  /// The beginnings of the French verbs of asserting that take such an infinitive (`affirm`, `assur`).
  let assertingVerbStems: [String]
  /// French stressed pronouns that name a speaker alone (`selon lui`).
  let stressedPronouns: NormSet
  /// French words opening a sentence with whose opinion follows, before a person (`Pour X, …`).
  let opinionSources: NormSet

  static let shared = IndirectSpeechWords(table: EmbeddedResources.quotes_indirectSpeech)

  /// The names of the lists the table may use (its second field).
  static let listNames: Set<Substring> = [
    "bare-clause", "noun-object", "prepositional", "passive", "be", "agree", "call", "call-object",
    "directive-preposition", "adverbial", "part-of-day", "time-noun", "time-opener", "time-adverb", "told-person",
    "approximation", "quantifier", "floating", "article", "indefinite-article", "definite-article", "nationality", "role-modifier", "conjunction", "conjunction-fr",
    "support-verb", "speech-noun", "question-verb", "wh-word", "idiom", "no-content", "speaker-end", "person-noun", "org-part",
    "reflexive-fr", "etre-fr", "adverbial-preposition-fr", "possessive-fr", "adverbial-noun-fr", "on-place-fr",
    "stressed-fr", "opinion-fr", "faire-fr", "faire-infinitive-fr", "infinitive-fr", "asserting-stem-fr",
    "continue", "reason", "purpose", "irregular-past", "as-object", "directive", "receiving-verb", "possessive", "speaks-for", "role-synonym",
  ]

  /// Reads the lists from the text of `indirect-speech.txt`.
  init(table: String) {
    var lists: [Substring: Set<String>] = [:]
    var prepositions: [Substring: [String: Set<String>]] = [:]
    for fields in EmbeddedResources.rows(table) where fields.count >= 2 {
      let word = String(fields[0])
      lists[fields[1], default: []].insert(word)
      if fields.count >= 3 {
        prepositions[fields[1], default: [:]][word] = Set(fields[2].split(separator: " ").map(String.init))
      }
    }
    bareClauseVerbs = NormSet(lists["bare-clause"] ?? [])
    nounObjectVerbs = NormSet(lists["noun-object"] ?? [])
    prepositionalObjects = prepositions["prepositional"] ?? [:]
    passiveSpeechActs = prepositions["passive"] ?? [:]
    supportVerbs = NormSet(lists["support-verb"] ?? [])
    speechNouns = prepositions["speech-noun"] ?? [:]
    idiomOpeners = NormSet(lists["idiom"] ?? [])
    questionVerbs = NormSet(lists["question-verb"] ?? [])
    whWords = NormSet(lists["wh-word"] ?? [])
    beForms = NormSet(lists["be"] ?? [])
    irregularPasts = NormSet(lists["irregular-past"] ?? [])
    let asObject = lists["as-object"] ?? []
    asObjectVerbs = NormSet(asObject)
    var firstBytes = [Bool](repeating: false, count: 256)
    for verb in asObject { if let first = verb.utf8.first { firstBytes[Int(first)] = true } }
    asObjectFirstBytes = firstBytes
    asObjectMinimumLength = asObject.map { $0.utf8.count }.min() ?? 0
    directiveVerbs = NormSet(lists["directive"] ?? [])
    receivingVerbs = NormSet(lists["receiving-verb"] ?? [])
    agreeForms = NormSet(lists["agree"] ?? [])
    continueForms = NormSet(lists["continue"] ?? [])
    callForms = NormSet(lists["call"] ?? [])
    callObjectForms = NormSet(lists["call-object"] ?? [])
    directivePrepositions = NormSet(lists["directive-preposition"] ?? [])
    adverbialOpeners = NormSet(lists["adverbial"] ?? [])
    reasonOpeners = NormSet(lists["reason"] ?? [])
    purposeWords = NormSet(lists["purpose"] ?? [])
    possessivePronouns = (prepositions["possessive"] ?? [:]).compactMapValues { $0.first }
    speaksForNouns = NormSet(lists["speaks-for"] ?? [])
    roleSynonyms = prepositions["role-synonym"] ?? [:]
    partsOfTheDay = NormSet(lists["part-of-day"] ?? [])
    timeNouns = NormSet(lists["time-noun"] ?? [])
    timeOpeners = NormSet(lists["time-opener"] ?? [])
    timeAdverbs = NormSet(lists["time-adverb"] ?? [])
    toldPersons = NormSet(lists["told-person"] ?? [])
    approximations = NormSet(lists["approximation"] ?? [])
    quantifiers = NormSet(lists["quantifier"] ?? [])
    floatingQuantifiers = NormSet(lists["floating"] ?? [])
    articles = NormSet(lists["article"] ?? [])
    indefiniteArticles = NormSet(lists["indefinite-article"] ?? [])
    definiteArticles = NormSet(lists["definite-article"] ?? [])
    nationalityWords = NormSet(lists["nationality"] ?? [])
    personNouns = NormSet(lists["person-noun"] ?? [])
    organizationParts = NormSet(lists["org-part"] ?? [])
    roleModifiers = NormSet(lists["role-modifier"] ?? [])
    conjunctions = NormSet(lists["conjunction"] ?? [])
    inciseConjunctions = NormSet((lists["conjunction"] ?? []).union(lists["conjunction-fr"] ?? []))
    noContent = NormSet(lists["no-content"] ?? [])
    speakerEnd = NormSet((lists["speaker-end"] ?? []).filter { !$0.contains(" ") })
    speakerEndPhrases = (lists["speaker-end"] ?? []).filter { $0.contains(" ") }.sorted()
      .map { $0.split(separator: " ").map(String.init) }
    reflexives = NormSet(lists["reflexive-fr"] ?? [])
    etreForms = NormSet(lists["etre-fr"] ?? [])
    adverbialPrepositions = NormSet(lists["adverbial-preposition-fr"] ?? [])
    possessives = NormSet(lists["possessive-fr"] ?? [])
    adverbialNouns = NormSet(lists["adverbial-noun-fr"] ?? [])
    onPlacePrepositions = NormSet(lists["on-place-fr"] ?? [])
    stressedPronouns = NormSet(lists["stressed-fr"] ?? [])
    opinionSources = NormSet(lists["opinion-fr"] ?? [])
    faireForms = NormSet(lists["faire-fr"] ?? [])
    bareInfinitives = NormSet(lists["infinitive-fr"] ?? [])
    assertingVerbStems = (lists["asserting-stem-fr"] ?? []).sorted()
    faireInfinitives = NormSet(lists["faire-infinitive-fr"] ?? [])
  }
}
