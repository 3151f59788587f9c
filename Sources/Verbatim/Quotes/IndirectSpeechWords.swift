/// The word lists of the indirect-speech rules (``IndirectSpeech``), loaded
/// once from `Resources/quotes/indirect-speech.txt`; each list is described
/// there. Words are matched against a token's norm.
struct IndirectSpeechWords: Sendable {
  /// Verbs of saying that take a clause without `that` (`Trump says he would pay`).
  let bareClauseVerbs: Set<String>
  /// Speech acts whose content is a noun phrase (`criticized Kaine for his work`).
  let nounObjectVerbs: Set<String>
  /// Speech acts whose noun-phrase content follows one of the prepositions (`complained about`).
  let prepositionalObjects: [String: Set<String>]
  /// Speech acts in the passive, with the prepositions opening what was said (`was accused of`).
  let passiveSpeechActs: [String: Set<String>]
  /// Verbs that make a speech act of a noun (`expressed concern about`, `sounded a call for`).
  let supportVerbs: Set<String>
  /// Nouns of speech acts after a support verb, with the prepositions opening what was said.
  let speechNouns: [String: Set<String>]
  /// Verbs of asking, whose content may be a question opened by a wh-word (`asked whether …`).
  let questionVerbs: Set<String>
  /// Words opening an indirect question (`whether`, `how`).
  let whWords: Set<String>
  /// Words before a verb of saying in idioms that report nothing (`worth noting`, `let's say`).
  let idiomOpeners: Set<String>
  /// Forms of `be` before a passive participle.
  let beForms: Set<String>
  /// Verbs of directing someone to do something (`urged Congress to act`):
  /// the only ones whose `to` infinitive may follow an object.
  let directiveVerbs: Set<String>
  /// Verbs that make the speech noun after them others' speech about the
  /// subject (`faced sharp criticism for …`): the speaker is not named.
  let receivingVerbs: Set<String>
  /// Speech acts whose noun object reports only with `as` after it (`painted Romney as …`).
  let asObjectVerbs: Set<String>
  /// The first bytes and the shortest length (in bytes) of ``asObjectVerbs``:
  /// a filter before the look-up, which the extractor makes for every word.
  let asObjectFirstBytes: [Bool]
  let asObjectMinimumLength: Int
  /// English irregular past forms (`cut`, `made`): a finite verb.
  let irregularPasts: Set<String>
  /// Forms of `agree` (`agreed to …` is a commitment).
  let agreeForms: Set<String>
  /// Forms of `continue` (`continued to plot` reports nothing, `continued to insist` does).
  let continueForms: Set<String>
  /// Forms of `call` (a directive only with ``directivePrepositions``).
  let callForms: Set<String>
  /// Forms of `call` read with a noun object (`called for a recount`; not `calls`).
  let callObjectForms: Set<String>
  /// `on`, `upon`, `for` after `call` (`called on Congress to act`).
  let directivePrepositions: Set<String>
  /// Words opening an adverbial clause or phrase (`as`, `while`, `during`).
  let adverbialOpeners: Set<String>
  /// Words opening the speaker's reason after a trailing attribution (`since`, `because`).
  let reasonOpeners: Set<String>
  /// Words before `to` and a speech act that make it the purpose of the
  /// sentence's subject (`gathered Friday to discuss`, `a meeting to discuss`).
  let purposeWords: Set<String>
  /// Possessives before a noun that speaks for their owner, with the pronoun naming that owner (`his` → `he`).
  let possessivePronouns: [String: String]
  /// Nouns that speak for a possessive's owner (`his office`, `son entourage`).
  let speaksForNouns: Set<String>
  /// Words that name the same office as a role next to a person (`ceo` → `executive`, `pdg`).
  let roleSynonyms: [String: Set<String>]
  /// Time nouns that no date rule tags (`morning`, `night`).
  let partsOfTheDay: Set<String>
  /// Time nouns after `last`/`this` (`week`, `month`, `year`).
  let timeNouns: Set<String>
  /// Words that may open a time before a verb besides prepositions and determiners (`last`).
  let timeOpeners: Set<String>
  /// Time adverbs after a verb of saying (`yesterday`).
  let timeAdverbs: Set<String>
  /// Who a speaker tells (`me`, `reporters`).
  let toldPersons: Set<String>
  /// Words before a number opening a reported clause (`about`, `nearly`).
  let approximations: Set<String>
  /// Words that open no reported clause right after a verb (`several`, `again`).
  let quantifiers: Set<String>
  /// Floating quantifiers between a subject and its verb (`all`, `both`).
  let floatingQuantifiers: Set<String>
  /// `a`, `an`, `the`: an apposition after an inverted incise opens with one.
  let articles: Set<String>
  /// Definite articles opening a description of a person (`the Spaniard`, `le technicien catalan`).
  let definiteArticles: Set<String>
  /// Nationality nouns and regional adjectives the entity lexicons lack (`Spaniard`, `catalan`).
  let nationalityWords: Set<String>
  /// Nouns for a person that the role list lacks (`technicien`, `attaquant`).
  let personNouns: Set<String>
  /// Nouns for a part of an organization that speaks for it (`direction`, `management`).
  let organizationParts: Set<String>
  /// Words before a role that make it another role (`vice`, `deputy`, `former`).
  let roleModifiers: Set<String>
  /// `a`, `an` before a noun that `called` names.
  let indefiniteArticles: Set<String>
  /// `and`, `but`.
  let conjunctions: Set<String>
  /// `and`, `but`, `et`, `mais`: a clause they join after an incise goes on with what was said.
  let inciseConjunctions: Set<String>
  /// Nouns after a speech act's preposition that say how it was said (`on condition of anonymity`).
  let noContent: Set<String>
  /// Prepositions that, before a determiner, end an inverted speaker's noun phrase (`dans un communiqué`).
  let speakerEnd: Set<String>
  /// Phrases of several tokens that end it too (`à l' issue`, `au cours`), as their tokens' norms.
  let speakerEndPhrases: [[String]]
  /// French reflexive pronouns before a verb of saying (`s'`, `se`).
  let reflexives: Set<String>
  /// Forms of `être`, the auxiliary after a French reflexive pronoun.
  let etreForms: Set<String>
  /// The preposition, possessive and noun of an adverbial phrase inside a French verb group (`pour sa part`).
  let adverbialPrepositions: Set<String>
  let possessives: Set<String>
  let adverbialNouns: Set<String>
  /// Prepositions before where an impersonal `on` speaks (`assure-t-on à Matignon`).
  let onPlacePrepositions: Set<String>
  /// Forms of `faire` before an infinitive that reports speech with it (`a fait savoir`).
  let faireForms: Set<String>
  /// The infinitives that report speech after `faire` (`savoir`, `valoir`, `remarquer`).
  let faireInfinitives: Set<String>
  /// French infinitives that open reported speech right after a verb of saying (`affirment avoir signalé`).
  let bareInfinitives: Set<String>
  /// The beginnings of the French verbs of asserting that take such an infinitive (`affirm`, `assur`).
  let assertingVerbStems: [String]
  /// French stressed pronouns that name a speaker alone (`selon lui`).
  let stressedPronouns: Set<String>
  /// French words opening a sentence with whose opinion follows, before a person (`Pour X, …`).
  let opinionSources: Set<String>

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
    bareClauseVerbs = lists["bare-clause"] ?? []
    nounObjectVerbs = lists["noun-object"] ?? []
    prepositionalObjects = prepositions["prepositional"] ?? [:]
    passiveSpeechActs = prepositions["passive"] ?? [:]
    supportVerbs = lists["support-verb"] ?? []
    speechNouns = prepositions["speech-noun"] ?? [:]
    idiomOpeners = lists["idiom"] ?? []
    questionVerbs = lists["question-verb"] ?? []
    whWords = lists["wh-word"] ?? []
    beForms = lists["be"] ?? []
    irregularPasts = lists["irregular-past"] ?? []
    asObjectVerbs = lists["as-object"] ?? []
    var firstBytes = [Bool](repeating: false, count: 256)
    for verb in asObjectVerbs { if let first = verb.utf8.first { firstBytes[Int(first)] = true } }
    asObjectFirstBytes = firstBytes
    asObjectMinimumLength = asObjectVerbs.map { $0.utf8.count }.min() ?? 0
    directiveVerbs = lists["directive"] ?? []
    receivingVerbs = lists["receiving-verb"] ?? []
    agreeForms = lists["agree"] ?? []
    continueForms = lists["continue"] ?? []
    callForms = lists["call"] ?? []
    callObjectForms = lists["call-object"] ?? []
    directivePrepositions = lists["directive-preposition"] ?? []
    adverbialOpeners = lists["adverbial"] ?? []
    reasonOpeners = lists["reason"] ?? []
    purposeWords = lists["purpose"] ?? []
    possessivePronouns = (prepositions["possessive"] ?? [:]).compactMapValues { $0.first }
    speaksForNouns = lists["speaks-for"] ?? []
    roleSynonyms = prepositions["role-synonym"] ?? [:]
    partsOfTheDay = lists["part-of-day"] ?? []
    timeNouns = lists["time-noun"] ?? []
    timeOpeners = lists["time-opener"] ?? []
    timeAdverbs = lists["time-adverb"] ?? []
    toldPersons = lists["told-person"] ?? []
    approximations = lists["approximation"] ?? []
    quantifiers = lists["quantifier"] ?? []
    floatingQuantifiers = lists["floating"] ?? []
    articles = lists["article"] ?? []
    indefiniteArticles = lists["indefinite-article"] ?? []
    definiteArticles = lists["definite-article"] ?? []
    nationalityWords = lists["nationality"] ?? []
    personNouns = lists["person-noun"] ?? []
    organizationParts = lists["org-part"] ?? []
    roleModifiers = lists["role-modifier"] ?? []
    conjunctions = lists["conjunction"] ?? []
    inciseConjunctions = conjunctions.union(lists["conjunction-fr"] ?? [])
    noContent = lists["no-content"] ?? []
    speakerEnd = Set((lists["speaker-end"] ?? []).filter { !$0.contains(" ") })
    speakerEndPhrases = (lists["speaker-end"] ?? []).filter { $0.contains(" ") }.sorted()
      .map { $0.split(separator: " ").map(String.init) }
    reflexives = lists["reflexive-fr"] ?? []
    etreForms = lists["etre-fr"] ?? []
    adverbialPrepositions = lists["adverbial-preposition-fr"] ?? []
    possessives = lists["possessive-fr"] ?? []
    adverbialNouns = lists["adverbial-noun-fr"] ?? []
    onPlacePrepositions = lists["on-place-fr"] ?? []
    stressedPronouns = lists["stressed-fr"] ?? []
    opinionSources = lists["opinion-fr"] ?? []
    faireForms = lists["faire-fr"] ?? []
    bareInfinitives = lists["infinitive-fr"] ?? []
    assertingVerbStems = (lists["asserting-stem-fr"] ?? []).sorted()
    faireInfinitives = lists["faire-infinitive-fr"] ?? []
  }
}
