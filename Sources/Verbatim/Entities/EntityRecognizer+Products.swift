extension EntityRecognizer {
  /// Words before a name that make it a thing, not a person (`the
  /// Autopilot system`, `its Copilot`, `le Chat`).
  static let thingDeterminers: Set<String> = ["the", "its", "their", "our", "le", "son", "leur", "notre"]

  /// Nouns after a name that make it a product (`Autopilot system`, `Gemini app`).
  static let productNouns: Set<String> = [
    "system", "systems", "software", "app", "apps", "feature", "features", "chatbot", "model", "models",
    "assistant", "tool", "tools", "platform", "service", "chip", "chips", "device", "devices",
    "logiciel", "application", "système", "outil", "plateforme", "puce", "puces", "modèle",
  ]

  /// Relabels as products the persons the tagger made of things: an entity
  /// whose mentions are all one word with no listed first name and no title
  /// before it, one of them after a determiner (`the Autopilot partially
  /// automated driving system`, `when they use Autopilot`) or before a
  /// product noun (`Blackwell chips`). (Not a plural: `the Clintons`.)
  func relabelThingsNamedLikePersons(_ entities: inout [Entity], _ analysis: Analysis, _ bytes: UnsafeBufferPointer<UInt8>) {
    var byCluster: [Int: [Int]] = [:]
    for index in entities.indices where entities[index].label == .person { byCluster[entities[index].cluster, default: []].append(index) }
    let lexicons = EntityLexicons.shared
    let tokens = analysis.tokens
    for (_, mentions) in byCluster {
      var thing = false
      let personLike = mentions.contains { index in
        let mention = entities[index]
        guard mention.tokenIndices.count == 1 else { return true }
        let token = mention.tokenIndices.lowerBound
        if lexicons.isFirstName(bytes, tokens[token].utf8Range) || tokens[token].norm.hasSuffix("s") { return true }
        if token > 0 {
          let before = tokens[token - 1]
          if lexicons.isRole(bytes, before.utf8Range) || NameGenders.gender(ofTitle: before.norm) != nil { return true }
          // (`the Trump campaign` is a person's: a determiner counts before
          // a product noun or no noun at all.)
          if Self.thingDeterminers.contains(before.norm),
            token + 1 >= tokens.count || tokens[token + 1].kind != .word || Self.productNouns.contains(tokens[token + 1].norm)
          {
            thing = true
          }
        }
        if token + 1 < tokens.count, Self.productNouns.contains(tokens[token + 1].norm) { thing = true }
        return false
      }
      guard thing, !personLike else { continue }
      for index in mentions { entities[index].label = .product }
    }
  }
}
