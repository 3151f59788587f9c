/// The entity mentions of a document grouped by cluster, with counts.
struct EntityClusters {
  /// One entity and its mentions.
  struct Cluster {
    /// The ``Entity/cluster`` number.
    var number: Int
    /// The fullest name (``Entity/canonical`` of its first mention).
    var canonical: String
    /// The label of its first mention.
    var label: EntityLabel
    /// Indices into ``Analysis/entities``, in order.
    var mentions: [Int]
    /// The distinct mention texts with their counts, in order of appearance.
    var forms: [(text: String, count: Int)]
  }

  /// The clusters, most mentioned first (then by first appearance).
  private(set) var clusters: [Cluster] = []

  init(_ analysis: Analysis) {
    var indexOfNumber: [Int: Int] = [:]
    for (mentionIndex, entity) in analysis.entities.enumerated() {
      let index: Int
      if let known = indexOfNumber[entity.cluster] {
        index = known
      } else {
        index = clusters.count
        indexOfNumber[entity.cluster] = index
        clusters.append(
          Cluster(number: entity.cluster, canonical: entity.canonical, label: entity.label, mentions: [], forms: []))
      }
      clusters[index].mentions.append(mentionIndex)
      let text = SpeakerGroups.oneLine(analysis.text(of: entity))
      if let form = clusters[index].forms.firstIndex(where: { $0.text == text }) {
        clusters[index].forms[form].count += 1
      } else {
        clusters[index].forms.append((text, 1))
      }
    }
    clusters = clusters.enumerated().sorted { a, b in
      a.element.mentions.count != b.element.mentions.count
        ? a.element.mentions.count > b.element.mentions.count : a.offset < b.offset
    }.map(\.element)
  }
}
