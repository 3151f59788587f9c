extension EntityRecognizer {
  /// The prepositions after `et` that open a second complement (norms fold `’` to `'`).
  private static let complementPrepositions: Set<String> = ["de", "d'", "du", "des"]
  /// Articles between such a preposition and the name (`et de la Haute-Garonne`).
  private static let complementArticles: Set<String> = ["la", "l'"]

  /// A French span the tagger ran over two complements joined by `et de`
  /// (`l'Ain et du Jura`, `de l'Arctique canadien et du Groenland`, `Google
  /// DeepMind et de Meta`) is two names: the part before `et`, and the one
  /// after the preposition (and an article) when it opens on a capital.
  /// Each takes its list's label; one on no list takes the other's (what
  /// is joined is of one kind), else the span's. A caller's span (the
  /// first `keeping` of `spans`) is never changed.
  func splitCoordinatedComplements(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, to spans: inout [(Range<Int>, EntityLabel)],
    keeping callerSpans: Int
  ) {
    var added: [(Range<Int>, EntityLabel)] = []
    for position in spans.indices.dropFirst(callerSpans) where Self.nameLabels.contains(spans[position].1) {
      let (range, label) = spans[position]
      // (Not an institution's name opened by its noun in lower case: `le ministère de
      // l'Éducation nationale et de la Jeunesse`.)
      guard range.count >= 4, UTF8Scanning.isUppercase(bytes, at: tokens[range.lowerBound].utf8Range.lowerBound),
        let conjunction = range.dropFirst().first(where: { index in
          tokens[index].norm == "et" && index + 2 < range.upperBound
            && Self.complementPrepositions.contains(tokens[index + 1].norm)
        })
      else { continue }
      var start = conjunction + 2
      if Self.complementArticles.contains(tokens[start].norm), start + 1 < range.upperBound { start += 1 }
      guard tokens[start].kind == .word, UTF8Scanning.isUppercase(bytes, at: tokens[start].utf8Range.lowerBound),
        tokens[conjunction - 1].kind == .word
      else { continue }
      let left = range.lowerBound..<conjunction, right = start..<range.upperBound
      func listed(_ part: Range<Int>) -> EntityLabel? {
        EntityLexicons.shared.label(bytes, tokens[part.lowerBound].utf8Range.lowerBound..<tokens[part.upperBound - 1].utf8Range.upperBound)
      }
      let leftListed = listed(left), rightListed = listed(right)
      spans[position] = (left, leftListed ?? rightListed ?? label)
      added.append((right, rightListed ?? leftListed ?? label))
    }
    spans.append(contentsOf: added)
  }
}
