/// Resolves a speaker span to the entity it names: a name to its entity's
/// canonical form and cluster; a pronoun (`il`, `she`, `it`) to the last
/// compatible person or organization before it; a noun phrase holding a name
/// (`le patron de Microsoft`) to the person the document names in that role
/// when there is one, else to the name it holds.
struct SpeakerResolver {
  let doc: QuoteTokens

  init(_ doc: QuoteTokens) { self.doc = doc }

  func resolve(_ span: Range<Int>, quoteStart: Int) -> (name: String, cluster: Int)? {
    let entities = doc.analysis.entities
    if span.count == 1 && doc.has(span.lowerBound, .he) {
      let norm = doc.analysis.tokens[span.lowerBound].norm.split(separator: "-").last.map(String.init) ?? ""
      let wantsOrganization = norm == "it"
      let either = norm == "they" || norm == "ils" || norm == "elles"
      // The last person (or organization) mentioned before the pronoun.
      let before = span.lowerBound
      var index = before - 1
      var steps = 0
      while index >= 0 && steps < 4000 {
        let entityIndex = doc.entityOf[index]
        if entityIndex >= 0 {
          let entity = entities[Int(entityIndex)]
          let isPerson = entity.label == .person
          let isOrganization = entity.label == .organization
          if (isPerson && !wantsOrganization) || (isOrganization && (wantsOrganization || either)) {
            return (entity.canonical, entity.cluster)
          }
          index = entity.tokenIndices.lowerBound
        }
        index -= 1
        steps += 1
      }
      return nil
    }
    // A name inside the span: a person wins over an organization.
    var best: Entity?
    for index in span where doc.entityOf[index] >= 0 {
      let entity = entities[Int(doc.entityOf[index])]
      if entity.label == .person { best = entity; break }
      if best == nil && (entity.label == .organization || entity.label == .location) { best = entity }
    }
    guard let best else { return nil }
    return (best.canonical, best.cluster)
  }
}
