/// Resolves a speaker span to the entity it names: a name to its entity's
/// canonical form and cluster; a pronoun (`il`, `she`, `it`) to the last
/// compatible person or organization before it; a noun phrase holding a name
/// (`le patron de Microsoft`) to the person the document names in that role
/// when there is one, else to the name it holds.
///
/// Each search over the document's entities is done once per question and
/// remembered (a document of many quotes and names asked the same ones
/// again for every quote: quadratic).
struct SpeakerResolver {
  let doc: QuoteTokens
  /// ``organization(near:)`` by cluster.
  private var organizations: [Int: Entity?] = [:]
  /// ``personHolding(role:at:)`` by role and cluster.
  private var holders: [String: [Int: Entity?]] = [:]
  /// How many mentions each cluster has, and the places' mentions by cluster.
  private var clusters: (sizes: [Int: Int], places: [Int: [Entity]])?
  /// The persons' mentions, in the order of their ends.
  private var persons: [Entity]?
  /// The organizations' mentions, in the order of their ends.
  private var organizationsByEnd: [Entity]?
  /// ``personNamedNext(to:before:)``'s persons by description, in the order of their ends.
  private var roleHolders: [String: [Entity]] = [:]

  init(_ doc: QuoteTokens) { self.doc = doc }

  mutating func resolve(_ span: Range<Int>, quoteStart: Int) -> (name: String, cluster: Int)? {
    let entities = doc.analysis.entities
    // (`lui`, `eux` after `selon`, `d'après`, `pour`: the function words
    // class them as adverbs, for `il lui a dit`.)
    if span.count == 1 && (doc.has(span.lowerBound, .he) || IndirectSpeechWords.shared.stressedPronouns.contains(doc.analysis.tokens[span.lowerBound].norm)) {
      let norm = doc.analysis.tokens[span.lowerBound].norm.split(separator: "-").last.map(String.init) ?? ""
      return antecedent(ofPronoun: norm, before: span.lowerBound)
    }
    // `his office`, `her campaign`, `son entourage`: who the possessive names.
    if span.count == 2, let pronoun = IndirectSpeechWords.shared.possessivePronouns[doc.analysis.tokens[span.lowerBound].norm],
      IndirectSpeechWords.shared.speaksForNouns.contains(doc.norm(span.lowerBound + 1))
    {
      return antecedent(ofPronoun: pronoun, before: span.lowerBound)
    }
    // A name inside the span: a person wins over an organization.
    var best: Entity?
    for index in span where doc.entityOf[index] >= 0 {
      let entity = entities[Int(doc.entityOf[index])]
      if entity.label == .person { best = entity; break }
      // `Experts on North Korea`, `observers in Virginia`: a place the
      // informants are about or in, not the speaker.
      if entity.label == .location && (span.lowerBound..<index).contains(where: { doc.has($0, .informant) }) { continue }
      if best == nil && (entity.label == .organization || entity.label == .location) { best = entity }
    }
    // `the mayor`, `the Spaniard`, `le technicien catalan`: a person named
    // by a role or a nationality. (`the Vermont senator` is no place, nor
    // anyone when no senator was named next to `Vermont`.)
    let placeModifier =
      best.map { $0.label == .location && $0.tokenIndices.upperBound < span.upperBound } ?? false
      && doc.has(span.upperBound - 1, .role)
      && !span.contains { doc.entityOf[$0] >= 0 && entities[Int(doc.entityOf[$0])].label == .organization }
    // (A nationality noun the tagger took for a name: `the Spaniard`.)
    let nationalityHead = isNationality(span.upperBound - 1)
    if best == nil || placeModifier || nationalityHead {
      if let person = personByDescription(span) { return (person.canonical, person.cluster) }
      if placeModifier { return nil }
    }
    guard let best else {
      // `un porte-parole du groupe`, `la direction de l'entreprise` speak for
      // the organization named last before; `la présidente de l'institution`
      // is its president, named next to that role or else the last person named.
      if let role = roleOfOrganizationNoun(span) {
        let organization = lastOrganization(before: span.lowerBound, notTold: true)
        let words = IndirectSpeechWords.shared
        if words.indefiniteArticles.contains(doc.analysis.tokens[span.lowerBound].norm)
          || words.organizationParts.contains(doc.analysis.tokens[role].norm)
        {
          return organization.map { ($0.canonical, $0.cluster) }
        }
        if let person = organization.flatMap({ personHolding(role: doc.analysis.tokens[role].norm, at: $0.cluster) })
          ?? lastPerson(before: span.lowerBound).flatMap({
            doc.sentenceOf[span.lowerBound] - doc.sentenceOf[$0.tokenIndices.lowerBound] <= 2 ? $0 : nil
          })
        {
          return (person.canonical, person.cluster)
        }
        return nil
      }
      // `the company said`, `a indiqué l'association`: the organization
      // named last before.
      // (Named in this sentence or the three before it: further back,
      // `the union` or `the agency` is more often one the tagger missed.)
      // (`la direction`, `the management` alone: a part of the organization speaks for it.)
      let words = IndirectSpeechWords.shared
      let tokens = doc.analysis.tokens
      let articleAndNoun = span.count == 2 && words.definiteArticles.contains(tokens[span.lowerBound].norm)
      if doc.isOrganizationNoun(span) || articleAndNoun && words.organizationParts.contains(tokens[span.lowerBound + 1].norm) {
        guard let organization = lastOrganization(before: span.lowerBound),
          doc.sentenceOf[span.lowerBound] - doc.sentenceOf[organization.tokenIndices.lowerBound] <= 3
        else { return nil }
        return (organization.canonical, organization.cluster)
      }
      // `Le syndicaliste a dénoncé …`, `l'entraîneur a regretté …`: a noun for
      // a person that is no office (the person nouns' list) names the last
      // person named, in this sentence or the two before.
      if articleAndNoun, words.personNouns.contains(tokens[span.lowerBound + 1].norm), !doc.has(span.lowerBound + 1, .role),
        let person = lastPerson(before: span.lowerBound),
        doc.sentenceOf[span.lowerBound] - doc.sentenceOf[person.tokenIndices.lowerBound] <= 2
      {
        return (person.canonical, person.cluster)
      }
      return nil
    }
    // `a Boeing spokeswoman`, `un porte-parole de Renault`: someone unnamed, the organization speaks.
    if best.label == .organization, IndirectSpeechWords.shared.indefiniteArticles.contains(doc.analysis.tokens[span.lowerBound].norm) {
      return (best.canonical, best.cluster)
    }
    if best.label == .organization, let role = span.first(where: { doc.has($0, .role) }),
      let person = personHolding(role: doc.analysis.tokens[role].norm, at: best.cluster) ?? lastPerson(before: span.lowerBound)
    {
      // `le patron de Microsoft` → the person the document names in that
      // role, else the last person named before (the one being reported).
      return (person.canonical, person.cluster)
    }
    // (A country or region speaks for itself, through its government:
    // `Russia insisted that …` is no agency named nearby.)
    if best.label == .location, span.count == best.tokenIndices.count,
      !EntityLexicons.shared.isCountryOrRegion(doc.bytes, best.utf8Range),
      let organization = organization(near: best.cluster)
    {
      // `Redmond annonce …` → the organization named around that place.
      return (organization.canonical, organization.cluster)
    }
    // `un habitant de Saint-Guilhem`, `a resident of Paradise`: someone unnamed from there.
    // (`the United States`, `le Maroc`: the place itself.)
    if best.label == .location, span.contains(where: { !best.tokenIndices.contains($0) && !doc.has($0, .det) }) { return nil }
    return (best.canonical, best.cluster)
  }

  /// The role of a description made of an article, a role (or a part of
  /// an organization: `la direction`) and an organization noun after `de` or
  /// `of` (`un porte-parole du groupe`, `la présidente de l'institution`, `a
  /// spokesman for the company`): the role's token, or nil.
  private func roleOfOrganizationNoun(_ span: Range<Int>) -> Int? {
    let tokens = doc.analysis.tokens
    let words = IndirectSpeechWords.shared
    guard span.count >= 4, span.count <= 6 else { return nil }
    let article = tokens[span.lowerBound].norm
    guard words.definiteArticles.contains(article) || words.indefiniteArticles.contains(article) else { return nil }
    let role = span.lowerBound + 1
    guard doc.has(role, .role) || words.personNouns.contains(tokens[role].norm) || words.organizationParts.contains(tokens[role].norm)
    else { return nil }
    // The organization noun with its article, as the trigger list has it.
    let preposition = tokens[role + 1].norm
    var rest = role + 2
    let determiner: String
    switch preposition {
    case "du": determiner = "le"
    case "des": determiner = "les"
    case "de", "of", "for", "at":
      guard rest < span.upperBound else { return nil }
      determiner = tokens[rest].norm
      rest += 1
    default: return nil
    }
    guard rest == span.upperBound - 1 else { return nil }
    let noun = tokens[rest].norm
    let phrase = determiner + (determiner.hasSuffix("'") ? "" : " ") + noun
    return EntityLexicons.shared.isOrganizationTrigger(phrase) ? role : nil
  }

  /// A person's gender: from the title before this mention (`Mme`, `Mr.`),
  /// else from the first name of the entity's fullest name; nil when neither says.
  private func gender(of person: Entity) -> NameGenders.Gender? {
    let before = person.tokenIndices.lowerBound - 1
    if before >= 0, let gender = NameGenders.gender(ofTitle: doc.analysis.tokens[before].norm) { return gender }
    return NameGenders.shared.gender(ofName: person.canonical)
  }

  /// A person named next to `role` and an organization of `cluster` (`Brad
  /// Smith, président de Microsoft`, `Microsoft's president Brad Smith`).
  private mutating func personHolding(role: String, at cluster: Int) -> Entity? {
    if let known = holders[role]?[cluster] { return known }
    let found = findPersonHolding(role: role, at: cluster)
    holders[role, default: [:]][cluster] = found
    return found
  }

  private func findPersonHolding(role: String, at cluster: Int) -> Entity? {
    let entities = doc.analysis.entities
    // (The office may be named otherwise: `Boeing CEO` and `Boeing Chief Executive Kelly Ortberg`.)
    let synonyms = IndirectSpeechWords.shared.roleSynonyms[role] ?? []
    for entity in entities where entity.label == .person {
      let window = max(0, entity.tokenIndices.lowerBound - 8)..<min(doc.count, entity.tokenIndices.upperBound + 8)
      var sawRole = false
      var sawOrganization = false
      for index in window {
        let norm = doc.analysis.tokens[index].norm
        if norm == role || synonyms.contains(norm) { sawRole = true }
        if doc.entityOf[index] >= 0 {
          let other = entities[Int(doc.entityOf[index])]
          if other.label == .organization && other.cluster == cluster { sawOrganization = true }
        }
      }
      if sawRole && sawOrganization { return entity }
    }
    return nil
  }

  /// The last person (or organization) mentioned before token `before`
  /// that the pronoun `norm` (`he`, `elle`, `it`, `they`, `eux`) can name.
  private mutating func antecedent(ofPronoun norm: String, before: Int) -> (name: String, cluster: Int)? {
    let entities = doc.analysis.entities
    let wantsOrganization = norm == "it"
    let either = norm == "they" || norm == "ils" || norm == "elles" || norm == "eux"
    // (`she` is not the last man named, `il` not the last woman.)
    let wantsGender = NameGenders.gender(ofPronoun: norm)
    // The last person (or organization) mentioned before the pronoun; a
    // possessive (`Crutcher's death`) only when no other one comes before
    // it in its sentence (`Trump has also commented on Crutcher's death.
    // …, he told a crowd …`).
    var index = before - 1
    var steps = 0
    var possessive: Entity? = nil
    while index >= 0 && steps < 4000 {
      if let found = possessive, doc.sentenceOf[index] != doc.sentenceOf[found.tokenIndices.lowerBound] { break }
      let entityIndex = doc.entityOf[index]
      if entityIndex >= 0 {
        let entity = entities[Int(entityIndex)]
        let isPerson = entity.label == .person
        let isOrganization = entity.label == .organization
        if (isPerson && !wantsOrganization) || (isOrganization && (wantsOrganization || either)),
          !(isPerson && wantsGender != nil && gender(of: entity).map { $0 != wantsGender } == true)
        {
          let end = entity.tokenIndices.upperBound
          guard possessive == nil, end < doc.count, doc.analysis.tokens[end].norm == "'s" else {
            return (entity.canonical, entity.cluster)
          }
          possessive = entity
        }
        index = entity.tokenIndices.lowerBound
      }
      index -= 1
      steps += 1
    }
    return possessive.map { ($0.canonical, $0.cluster) }
  }

  /// The person a definite description names (`the mayor`, `the former
  /// president`, `the Spaniard`, `le technicien catalan`): a definite article
  /// and at most four words ending in a role or a nationality noun, in
  /// lower case (not `The New York Post`), no person or organization named
  /// inside. The last person named earlier next to all its words (`Mayor
  /// Bill de Blasio`, `former President Bill Clinton`); for a nationality
  /// (`the Spaniard said`), else the last person named in the sentence or
  /// the two before.
  private mutating func personByDescription(_ span: Range<Int>) -> Entity? {
    let tokens = doc.analysis.tokens
    let words = IndirectSpeechWords.shared
    // (An age counts for one word: `the 21-year-old Spaniard`.)
    let age = span.count >= 5 && tokens[span.lowerBound + 1].norm.allSatisfy(\.isNumber)
      && tokens[span.lowerBound + 2].norm == "-" && tokens[span.lowerBound + 3].norm == "year"
    guard span.count >= 2, span.count <= (age ? 7 : 5), words.definiteArticles.contains(tokens[span.lowerBound].norm) else { return nil }
    let head = span.upperBound - 1
    // (With a noun before the nationality, a noun for a person: `le
    // technicien belge`, `the 19-year-old Czech`; not `le club parisien`.)
    // (A demonym alone may be a people, `the Chinese`, `the French`, but not
    // a noun of one person, `the Serb`, `the German`; nor a plural, `the
    // Europeans`.)
    let norm = tokens[head].norm
    let singularNoun = words.nationalityWords.contains(norm)
      || !["ese", "ish", "ch", "sh", "s"].contains(where: { norm.hasSuffix($0) }) && doc.has(head, .english)
    let nationality = isNationality(head)
      && (doc.has(head - 1, .role) || words.personNouns.contains(tokens[head - 1].norm)
        || singularNoun
          && (span.count == 2 || (span.lowerBound + 1..<head).contains { tokens[$0].norm.hasSuffix("old") || tokens[$0].norm.contains(where: \.isNumber) }))
    guard doc.has(head, .role) && !doc.has(head, .capitalized) || nationality else { return nil }
    for index in span.dropFirst() where doc.entityOf[index] >= 0 && !(nationality && index == head) {
      let label = doc.analysis.entities[Int(doc.entityOf[index])].label
      if label == .person || label == .organization { return nil }
    }
    let description = span.dropFirst().map { tokens[$0].norm }
    if let holder = personNamedNext(to: description, before: span.lowerBound) { return holder }
    guard nationality, let person = lastPerson(before: span.lowerBound),
      doc.sentenceOf[span.lowerBound] - doc.sentenceOf[person.tokenIndices.lowerBound] <= 2
    else { return nil }
    return firstPerson(inSentenceOf: person)
  }

  /// The first person named in the sentence of `person`, up to it: the
  /// sentence's subject more often than the last name in it (`Carlos Alcaraz
  /// beat Novak Djokovic …. “…,” the 21-year-old Spaniard said`); at most
  /// 64 names back.
  private mutating func firstPerson(inSentenceOf person: Entity) -> Entity {
    let sentence = doc.sentenceOf[person.tokenIndices.lowerBound]
    var first = person
    var steps = 0
    while steps < 64, let earlier = lastPerson(before: first.tokenIndices.lowerBound),
      doc.sentenceOf[earlier.tokenIndices.lowerBound] == sentence
    {
      first = earlier
      steps += 1
    }
    return first
  }

  /// Whether token `index` is a nationality or a city's adjective or noun
  /// (`Spaniard`, `belge`, `parisien`, `Czech`).
  private func isNationality(_ index: Int) -> Bool {
    let token = doc.analysis.tokens[index]
    return IndirectSpeechWords.shared.nationalityWords.contains(token.norm)
      || EntityLexicons.shared.isDemonym(doc.bytes, token.utf8Range)
  }

  /// The last person named before token `index` with every word of
  /// `description` within four words of the name (`Mayor Bill de Blasio`,
  /// `Keir Starmer, the prime minister,`).
  private mutating func personNamedNext(to description: [String], before index: Int) -> Entity? {
    let key = description.joined(separator: " ")
    if roleHolders[key] == nil {
      let tokens = doc.analysis.tokens
      let words = IndirectSpeechWords.shared
      roleHolders[key] = Self.byEnd(doc.analysis.entities.filter { entity in
        guard entity.label == .person else { return false }
        let window = max(0, entity.tokenIndices.lowerBound - 4)..<min(doc.count, entity.tokenIndices.upperBound + 4)
        // (`Vice President Biden` is not `the president`.)
        return description.allSatisfy { word in
          window.contains {
            tokens[$0].norm == word
              && !($0 > 0 && words.roleModifiers.contains(tokens[$0 - 1].norm) && !description.contains(tokens[$0 - 1].norm))
          }
        }
      })
    }
    return Self.last(of: roleHolders[key]!, before: index)
  }

  /// The last person named before token `index`.
  private mutating func lastPerson(before index: Int) -> Entity? {
    if persons == nil { persons = Self.byEnd(doc.analysis.entities.filter { $0.label == .person }) }
    return Self.last(of: persons!, before: index)
  }

  /// The last organization named before token `index`.
  /// With `notTold`, not one spoken to (`a expliqué à l'AFP un porte-parole du groupe`), and
  /// only one named in the sentence of `index` or the three before.
  private mutating func lastOrganization(before index: Int, notTold: Bool = false) -> Entity? {
    if organizationsByEnd == nil { organizationsByEnd = Self.byEnd(doc.analysis.entities.filter { $0.label == .organization }) }
    var before = index
    var steps = 0
    while let organization = Self.last(of: organizationsByEnd!, before: before) {
      guard notTold else { return organization }
      // (Named in the sentence of `index` or the three before it, and past
      // at most 64 spoken to.)
      steps += 1
      if steps > 64 || doc.sentenceOf[index] - doc.sentenceOf[organization.tokenIndices.lowerBound] > 3 { return nil }
      var probe = organization.tokenIndices.lowerBound - 1
      if probe >= 0 && doc.analysis.tokens[probe].norm.hasSuffix("'") { probe -= 1 }
      guard probe >= 0, ["à", "au", "aux", "to", "told"].contains(doc.analysis.tokens[probe].norm) else { return organization }
      before = organization.tokenIndices.lowerBound
    }
    return nil
  }

  private static func byEnd(_ entities: [Entity]) -> [Entity] {
    entities.sorted { $0.tokenIndices.upperBound < $1.tokenIndices.upperBound }
  }

  /// The last of `entities` (sorted by their ends) that ends at or before
  /// token `index`, found by bisection.
  private static func last(of entities: [Entity], before index: Int) -> Entity? {
    var low = 0
    var high = entities.count
    while low < high {
      let middle = (low + high) / 2
      if entities[middle].tokenIndices.upperBound <= index { low = middle + 1 } else { high = middle }
    }
    return low > 0 ? entities[low - 1] : nil
  }

  /// The organization most often named within a few words of a place of
  /// `cluster` (`la société de Redmond`, `Microsoft, basé à Redmond`).
  private mutating func organization(near cluster: Int) -> Entity? {
    if let known = organizations[cluster] { return known }
    if clusters == nil {
      var sizes: [Int: Int] = [:]
      var places: [Int: [Entity]] = [:]
      for entity in doc.analysis.entities {
        sizes[entity.cluster, default: 0] += 1
        if entity.label == .location { places[entity.cluster, default: []].append(entity) }
      }
      clusters = (sizes, places)
    }
    let found = organization(near: clusters!.places[cluster] ?? [], clusterSizes: clusters!.sizes)
    organizations[cluster] = found
    return found
  }

  private func organization(near places: [Entity], clusterSizes: [Int: Int]) -> Entity? {
    let entities = doc.analysis.entities
    var votes: [Int: (count: Int, entity: Entity)] = [:]
    for place in places {
      let window = max(0, place.tokenIndices.lowerBound - 25)..<min(doc.count, place.tokenIndices.upperBound + 25)
      var seen = Set<Int>()
      for index in window where doc.entityOf[index] >= 0 {
        let other = entities[Int(doc.entityOf[index])]
        guard other.label == .organization, seen.insert(other.cluster).inserted else { continue }
        votes[other.cluster, default: (0, other)].count += 1
      }
    }
    // Ties and near-ties go to the organization the document names most.
    for (cluster, vote) in votes {
      votes[cluster]!.count = vote.count * 4 + (clusterSizes[cluster] ?? 0)
    }
    return votes.values.max { $0.count < $1.count || $0.count == $1.count && $0.entity.start > $1.entity.start }?.entity
  }
}
