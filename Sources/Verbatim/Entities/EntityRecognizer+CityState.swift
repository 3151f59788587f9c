extension EntityRecognizer {
  /// The ways a US state is written after a city (`us-states.txt`): its
  /// name, its postal code and its AP abbreviation, exact case.
  static let usStateForms: Set<String> = Set(
    EmbeddedResources.rows(EmbeddedResources.entities_usStates).flatMap { $0.prefix(3) }.filter { $0 != "-" }.map { String($0) })

  /// The first words of ``usStateForms`` (`New`, `Kan.`, `Ill`): a comma
  /// followed by none of them needs no further look.
  static let usStateFirstWords: Set<String> = Set(
    usStateForms.map { form in String(form.prefix { $0 != " " && $0 != "." }) })

  /// The forms of the District of Columbia, which makes one place with `Washington` before it.
  static let capitalDistrict: Set<String> = ["D.C.", "DC", "District of Columbia"]

  /// `Lawrence, Kansas`, `Chillicothe, OH`, `Springfield, Ill.`: one to
  /// three capitalized words, a comma and a US state (``usStateForms``) that
  /// no capitalized word follows (not `Roberts, a Kansas Republican`) are a
  /// city and its state, both places, whatever the tagger typed the city
  /// (`Lawrence` was a person) or when it found neither. Not after a person's
  /// name of two words or more (`Harry Preuss, MD`: a degree), an
  /// organization's or a product's; the state's span is typed a place only
  /// when it covers the state alone. A caller's span (the first `keeping` of `spans`) is never changed.
  func applyCityStatePairs(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, to spans: inout [(Range<Int>, EntityLabel)],
    keeping callerSpans: Int
  ) {
    guard tokens.count >= 3 else { return }
    func text(_ range: Range<Int>) -> String {
      UTF8Scanning.string(bytes, tokens[range.lowerBound].utf8Range.lowerBound..<tokens[range.upperBound - 1].utf8Range.upperBound)
    }
    for comma in tokens.indices.dropFirst().dropLast() where tokens[comma].isByte(UInt8(ascii: ","), in: bytes) {
      let start = comma + 1
      let word = tokens[start].utf8Range
      guard tokens[start].kind == .word, isCapitalizedWord(start, tokens, bytes) || word.count == 2,
        Self.usStateFirstWords.contains(
          UTF8Scanning.string(bytes, word.lowerBound..<(word.first { bytes[$0] == UInt8(ascii: ".") } ?? word.upperBound)))
      else { continue }
      // The state, its longest form first (`Ill.` may be two tokens, `New York` is).
      guard let state = (1...4).reversed().lazy.map({ start..<min(start + $0, tokens.endIndex) })
        .first(where: { range in Self.usStateForms.contains(text(range)) }),
        state.upperBound >= tokens.endIndex || !isCapitalizedWord(state.upperBound, tokens, bytes),
        // (`Washington, D.C.` is one place; `Jefferson, Washington, Kennedy` a list.)
        !Self.capitalDistrict.contains(text(state)),
        !(state.upperBound + 1 < tokens.endIndex && tokens[state.upperBound].norm == ","
          && isCapitalizedWord(state.upperBound + 1, tokens, bytes))
      else { continue }
      // The city: a span ending right before the comma, or up to three capitalized words.
      var city: Range<Int>
      var cityPosition: Int? = nil
      // (The tagger's one span over both, `Lawrence, KS`, is cut in two.)
      if let whole = spans.firstIndex(where: { $0.0.contains(comma) }) {
        let range = spans[whole].0
        guard whole >= callerSpans, range.lowerBound < comma, range.upperBound == state.upperBound, comma - range.lowerBound <= 3,
          range.lowerBound - 1 < tokens.startIndex || tokens[range.lowerBound - 1].norm != ","
        else { continue }
        spans[whole] = (range.lowerBound..<comma, .location)
        spans.append((state, .location))
        continue
      }
      if let position = spans.firstIndex(where: { $0.0.upperBound == comma }) {
        let (range, label) = spans[position]
        guard position >= callerSpans, label == .location || label == .person && range.count == 1 else {
          // (A person's name, a comma and `MD` is a physician, no place.)
          if label == .person, text(state) == "MD", let degree = spans.firstIndex(where: { $0.0 == state }), degree >= callerSpans {
            spans.remove(at: degree)
          }
          continue
        }
        city = range
        cityPosition = position
      } else {
        var first = comma
        while first - 1 >= tokens.startIndex, comma - first < 3, isCapitalizedWord(first - 1, tokens, bytes) { first -= 1 }
        if first < comma, !Self.hasWord(before: first, in: tokens),
          EntityLexicons.shared.isCommonWord(bytes, tokens[first].utf8Range)
        {
          first += 1
        }
        city = first..<comma
        // (Not a sentence's opening word, `Historically, Texas and Oklahoma …`.)
        guard !city.isEmpty, !spans.contains(where: { $0.0.overlaps(city) }), Self.hasWord(before: city.lowerBound, in: tokens),
          !EntityLexicons.shared.isCommonWord(bytes, tokens[city.lowerBound].utf8Range)
        else { continue }
      }
      // (Not in a list of names, `schools: Jefferson, Washington, Kennedy`.)
      if city.lowerBound - 1 >= tokens.startIndex, tokens[city.lowerBound - 1].norm == "," { continue }
      let statePosition = spans.firstIndex(where: { $0.0.overlaps(state) })
      if let statePosition, statePosition < callerSpans || spans[statePosition].0 != state { continue }
      if let cityPosition { spans[cityPosition].1 = .location } else { spans.append((city, .location)) }
      if let statePosition { spans[statePosition].1 = .location } else { spans.append((state, .location)) }
    }
  }
}

extension EntityRecognizer {
  /// `Mitch McConnell (R-Ky.)`, `Gwen Moore (D-Wis.)`: a party's initial, a
  /// hyphen and a US state (``usStateForms``) written together give the
  /// state, a place, replacing a span on the state alone (`Ky.` was a
  /// product). A caller's span (the first `keeping` of `spans`) is never changed.
  func applyPartyStates(
    _ tokens: ArraySlice<Token>, _ bytes: UnsafeBufferPointer<UInt8>, to spans: inout [(Range<Int>, EntityLabel)],
    keeping callerSpans: Int
  ) {
    for hyphen in tokens.indices.dropFirst().dropLast() where tokens[hyphen].isByte(UInt8(ascii: "-"), in: bytes) {
      let party = tokens[hyphen - 1], state = hyphen + 1
      guard ["r", "d", "i"].contains(party.norm), party.end == tokens[hyphen].start, tokens[hyphen].end == tokens[state].start,
        UTF8Scanning.isUppercase(bytes, at: party.utf8Range.lowerBound),
        Self.usStateForms.contains(UTF8Scanning.string(bytes, tokens[state].utf8Range))
      else { continue }
      if let position = spans.firstIndex(where: { $0.0.overlaps(state..<(state + 1)) }) {
        guard position >= callerSpans, spans[position].0 == state..<(state + 1) else { continue }
        spans[position].1 = .location
      } else {
        spans.append((state..<(state + 1), .location))
      }
    }
  }
}
