/// A background colour per entity label, as CSS classes `lab-0`, `lab-1`, …
///
/// The known labels keep their colours from page to page (close to
/// displaCy's); a label the library does not define gets the next spare
/// colour. Label names never go into the style sheet: a class number does.
struct LabelPalette {
  /// The labels with a class, in class order.
  private(set) var labels: [EntityLabel]

  private static let known: [(EntityLabel, String)] = [
    (.person, "#d4cbff"), (.organization, "#a9eeee"), (.location, "#fedc9c"), (.product, "#cdeec6"),
    (.money, "#e4e7c0"), (.date, "#c9e4dc"), (.percent, "#f3d3e4"),
  ]
  private static let spare = ["#f6c7b6", "#c6d8f5", "#e9d5a5", "#d9d9d9", "#c3ead2", "#efc6f0"]

  /// A palette for the labels of `analyses`.
  init(_ analyses: [Analysis]) {
    labels = Self.known.map(\.0)
    for analysis in analyses {
      for entity in analysis.entities where !labels.contains(entity.label) { labels.append(entity.label) }
    }
  }

  /// The CSS class of a label.
  func className(_ label: EntityLabel) -> String {
    "lab-\(labels.firstIndex(of: label) ?? 0)"
  }

  /// The style rules of the classes.
  var css: String {
    labels.indices.map { index in
      let colour = index < Self.known.count ? Self.known[index].1 : Self.spare[(index - Self.known.count) % Self.spare.count]
      return ".lab-\(index) { background: \(colour); }"
    }.joined(separator: "\n")
  }
}
