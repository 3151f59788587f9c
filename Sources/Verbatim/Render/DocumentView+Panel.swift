/// The side panel of a document's section: who said what, and the entities
/// by cluster. Its links point at the quotes and mentions in the text
/// (`href`), and carry `data-ref`, `data-ref-who` or `data-ref-cluster` for the
/// page's script, which selects what they name.
extension DocumentView {
  /// "Who said what": a collapsible list per speaker, most quotes first, then the unattributed quotes.
  func writeSpeakers(to page: inout HTMLBuffer) {
    page.raw("<details class=\"part\" open><summary><h3>Who said what</h3></summary>\n")
    let unattributed = analysis.quotes.indices.filter { speakers.groupOfQuote[$0] == nil }
    if analysis.quotes.isEmpty { page.raw("<p class=\"empty\">No quotes.</p>\n") }
    let order = speakers.groups.indices.sorted { a, b in
      let x = speakers.groups[a].quotes.count, y = speakers.groups[b].quotes.count
      return x != y ? x > y : a < b
    }
    for group in order {
      let speaker = speakers.groups[group]
      let others = speaker.forms.filter { $0 != speaker.name }
      page.raw("<details class=\"group\" open><summary class=\"who\"><a")
      page.attribute("href", "#" + quoteID(speaker.quotes[0]))
      page.attribute("data-ref-who", groupID(group))
      let alias = others.isEmpty ? "" : "\nAlso named: " + others.joined(separator: ", ")
      page.attribute("title", "Select the quotes of " + speaker.name + alias)
      page.raw(">")
      page.text(speaker.name)
      page.raw("</a> <span class=\"n\">")
      page.text("(\(speaker.quotes.count))" + (others.isEmpty ? "" : " as " + others.joined(separator: ", ")))
      page.raw("</span></summary>\n")
      writeQuoteList(speaker.quotes, to: &page)
      page.raw("</details>\n")
    }
    if !unattributed.isEmpty {
      page.raw("<details class=\"group\" open><summary class=\"who\">Unattributed ")
      page.raw("<span class=\"n\">(\(unattributed.count))</span></summary>\n")
      writeQuoteList(unattributed, to: &page)
      page.raw("</details>\n")
    }
    page.raw("</details>\n")
  }

  /// One line per quote: its number (coloured by kind), an excerpt linking to it, its cue.
  private func writeQuoteList(_ quotes: [Int], to page: inout HTMLBuffer) {
    page.raw("<ul class=\"said\">\n")
    for index in quotes {
      let quote = analysis.quotes[index]
      page.raw("<li><a")
      page.attribute("href", "#" + quoteID(index))
      page.attribute("data-ref", quoteID(index))
      page.attribute("title", quoteTitle(index))
      page.raw("><span class=\"k k-\(quote.kind)\">\(index + 1)</span>")
      page.text(Self.excerpt(analysis.text(of: quote), limit: 160))
      page.raw("</a>")
      if let cue = quote.cue {
        page.raw(" <i class=\"n\">— ")
        page.text(SpeakerGroups.oneLine(analysis.text(of: cue)))
        page.raw("</i>")
      }
      page.raw("</li>\n")
    }
    page.raw("</ul>\n")
  }

  /// The entities by cluster, most mentioned first, with their other forms.
  func writeEntities(to page: inout HTMLBuffer) {
    page.raw("<details class=\"part\" open><summary><h3>Entities</h3></summary>\n")
    if clusters.clusters.isEmpty { page.raw("<p class=\"empty\">No entities.</p>\n") }
    page.raw("<ul class=\"clusters\">\n")
    for cluster in clusters.clusters {
      page.raw("<li class=\"cl\"><a")
      page.attribute("href", "#" + entityID(cluster.mentions[0]))
      page.attribute("data-ref-cluster", clusterID(cluster.number))
      page.raw("><span")
      page.attribute("class", "ent " + palette.className(cluster.label))
      page.raw(">")
      page.text(cluster.canonical)
      page.raw("<b class=\"lbl\"")
      page.attribute("data-l", cluster.label.rawValue)
      page.raw("></b></span></a> <span class=\"n\">×\(cluster.mentions.count)</span>")
      let forms = cluster.forms.filter { $0.text != cluster.canonical || cluster.forms.count > 1 }
      if !forms.isEmpty {
        page.raw(" <span class=\"forms\">")
        page.text(forms.map { $0.count > 1 ? "\($0.text) ×\($0.count)" : $0.text }.joined(separator: ", "))
        page.raw("</span>")
      }
      page.raw("</li>\n")
    }
    page.raw("</ul>\n</details>\n")
  }
}
