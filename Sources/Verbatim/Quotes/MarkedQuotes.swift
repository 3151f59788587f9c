/// Direct and partial quotes from the spans between marks: where the span
/// sits in its sentence says which kind it is, the text around it who said
/// it; scare quotes, titles and terms (`« sleeping partner »`, a film title,
/// “woke”) are dropped.
enum MarkedQuotes {
  /// A part of a marked span: the whole span, or one side of an incise
  /// (`« part one, dit-elle, part two »`).
  struct Piece {
    var content: Range<Int>
    var incise: Attribution?
  }

  /// The span cut at its incises (`, dit-elle,`, `, a-t-il ajouté.`,
  /// `, explique M. Smith,`).
  static func pieces(of span: MarkedSpan, _ doc: QuoteTokens) -> [Piece] {
    var pieces: [Piece] = []
    var start = span.content.lowerBound
    let end = span.content.upperBound
    var lastIncise: Attribution?
    // A transcript line, `"PENCE: Well, look, …"`: the label is the speaker.
    if let label = doc.transcriptLabel(at: start, end: end) {
      lastIncise = Attribution(cue: label.upperBound..<(label.upperBound + 1), speaker: label)
      start = label.upperBound + 1
    }
    var index = start
    while index < end {
      defer { index += 1 }
      guard doc.has(index, .comma), index > start else { continue }
      if doc.has(index + 1, .source) {
        // `« pour permettre aux citoyens, selon les termes de l'association, d'avoir … »`
        let from = doc.has(index + 2, .to) ? index + 3 : index + 2
        var stop = from
        while stop < end && stop < from + 10 && !doc.has(stop, .comma) && !doc.has(stop, .final) { stop += 1 }
        guard doc.has(stop, .comma), stop < end - 1, let speaker = doc.speaker(after: from, limit: stop) else { continue }
        let incise = Attribution(cue: (index + 1)..<from, speaker: speaker)
        pieces.append(Piece(content: start..<index, incise: incise))
        lastIncise = incise
        start = stop + 1
        index = stop
        continue
      }
      guard let group = doc.verbGroup(at: index + 1, limit: end) else { continue }
      // The incise runs to the next comma or sentence end, short.
      var stop = group.cue.upperBound
      while stop < end && stop < group.cue.upperBound + 6 && !doc.has(stop, .comma) && !doc.has(stop, .final) { stop += 1 }
      guard stop < end - 1, doc.has(stop, .comma) || doc.has(stop, .final) else { continue }
      let speaker =
        group.pronoun.map { $0..<($0 + 1) } ?? doc.speaker(after: group.cue.upperBound, limit: stop)
      guard speaker != nil else { continue }
      let incise = Attribution(cue: group.cue, speaker: speaker)
      pieces.append(Piece(content: start..<index, incise: incise))
      lastIncise = incise
      start = stop + 1
      index = stop
    }
    // The part after the last incise takes its speaker.
    pieces.append(Piece(content: start..<end, incise: lastIncise))
    return pieces.filter { !$0.content.isEmpty }
  }

  /// The quote a piece makes, or nil for a scare quote, a title or a term.
  /// - Parameter floating: whether a speaker from a recent quote is at hand
  ///   (a short direct quote then stands: `“Neither do I.”`).
  /// - Parameter reported: whether the piece lies inside reported speech
  ///   (`Selon X, … « … »`), whose cue then stands for its own.
  static func classify(
    _ piece: Piece, span: MarkedSpan, floating: Bool = false, reported: Bool = false, _ doc: QuoteTokens
  ) -> Found? {
    let content = piece.content
    let words = content.reduce(0) { $0 + (doc.has($1, .word) || doc.analysis.tokens[$1].kind == .number ? 1 : 0) }
    guard words > 0 else { return nil }
    let openFirst = span.open.map { doc.markOf[$0] < 0 ? $0 - 1 : $0 }
    let closeLast = span.close.map { doc.markOf[$0] < 0 ? $0 + 1 : $0 }
    let paragraph = doc.paragraphTokens(Int(doc.paragraphOf[content.lowerBound]))
    let first = openFirst ?? content.lowerBound
    let sentenceStart = doc.sentence(Int(doc.sentenceOf[first])).lowerBound
    let before = first - 1
    var introduced = introduction(before: first, floor: max(paragraph.lowerBound, sentenceStart), doc)
    // `Trump declared “I think NATO may be obsolete.”`: a whole sentence
    // (capitalized, closed by its final mark) right after an English verb of
    // saying, without a comma.
    if introduced == nil, span.open != nil, doc.has(before, .verb), doc.has(before, .english), doc.has(content.lowerBound, .capitalized),
      content.upperBound - 1 > content.lowerBound, doc.has(content.upperBound - 1, .final),
      let cue = doc.verbGroup(endingAt: before, floor: sentenceStart),
      let speaker = doc.subject(before: cue.lowerBound, floor: sentenceStart)
    {
      introduced = Attribution(cue: cue, speaker: speaker)
    }
    var startsSentence =
      span.open == nil || first <= sentenceStart || first == paragraph.lowerBound || doc.has(before, .final)
      || doc.has(before, .colon) || doc.has(before, .dash) || doc.has(before, .mark) || introduced != nil
    // An English quote in lower case inside the writer's sentence is a
    // fragment of it (`welcome the governor - “my new best friend.”`, `said
    // on the other hand, “the current system works …”`) unless an attribution
    // ends right before its comma or a closing mark shortly before it, where a
    // quote cut by an incise goes on (`Mr. Barrett said, “we were floored.”`,
    // `“…,” Schiff told the host on Wednesday, “but the attempt …”`).
    if startsSentence, span.open != nil, first > sentenceStart, first != paragraph.lowerBound, piece.incise == nil,
      doc.has(content.lowerBound, .english), doc.has(content.lowerBound, .word), !doc.has(content.lowerBound, .capitalized),
      !doc.has(before, .final), !doc.has(before, .colon)
    {
      let attributed =
        doc.has(before, .comma)
        && (introduced.map { $0.cue?.upperBound == before || $0.speaker?.upperBound == before } == true
          || (max(sentenceStart, before - 12)..<before).contains { doc.has($0, .mark) })
      if !attributed { startsSentence = false }
    }
    var attribution = piece.incise
    let afterStart = (closeLast ?? content.upperBound - 1) + 1
    // The attribution after the closing mark, looked for once.
    var attributionAfterMemo: Attribution?? = nil
    func attributionAfter() -> Attribution? {
      if attributionAfterMemo == nil { attributionAfterMemo = .some(after(afterStart, doc)) }
      return attributionAfterMemo!
    }
    // `“You squeezed employees to the breaking point” to drive up the stock
    // price, she said`: a quote opening the sentence that the writer's own
    // words go on after (not an attribution) is a fragment of that sentence.
    let sentenceEnd = doc.sentence(Int(doc.sentenceOf[first])).upperBound
    // (Not after an introduction: `footage of Trump saying, “That makes me
    // smart,” when Clinton blasted him` is his statement.)
    let writerGoesOn =
      span.close != nil && piece.incise == nil && afterStart < sentenceEnd && doc.has(afterStart, .word)
      && !doc.has(afterStart, .capitalized) && attributionAfter() == nil && introduced == nil
    // `« A », a dit Marc, « B », a dit Paul`: between commas, a verb of saying
    // right after the closing mark makes a statement of its own.
    let saidRightAfter = span.close != nil && span.open != nil && doc.has(before, .comma) && doc.has(afterStart, .comma)
      && attributionAfter()?.cue.map { $0.lowerBound <= afterStart + 1 } == true
    // (Capitalized: a fragment in lower case stays one, `à 54 ans, "rongé", avait-il dit`.)
    let kind: QuoteKind =
      (startsSentence || saidRightAfter && doc.has(content.lowerBound, .capitalized)) && !writerGoesOn ? .direct : .partial
    if kind == .direct {
      var colon: Attribution?
      if first == paragraph.lowerBound, doc.has(first - 1, .colon) {
        // `He said:` ¶ `“…”`
        let previous = doc.paragraphTokens(Int(doc.paragraphOf[first - 1]))
        colon = introduction(before: first, floor: previous.lowerBound, doc)
      } else if doc.has(before, .colon) {
        colon = introduced
      }
      // A verb before the colon is explicit; `X : «` without one yields to
      // a cue after the quote.
      if attribution == nil, colon?.cue != nil { attribution = colon }
      if attribution == nil, span.close != nil { attribution = attributionAfter() }
      if attribution == nil, first != paragraph.lowerBound || colon != nil { attribution = colon ?? introduced }
      if attribution == nil, doc.has(before, .that) {
        // `… écrit que "…"`: the verb before the complementizer.
        attribution = cueBefore(first, floor: sentenceStart, doc)
      }
    } else {
      if attribution == nil, saidRightAfter { attribution = attributionAfter() }
      if attribution == nil { attribution = cueBefore(first, floor: sentenceStart, doc) }
      if attribution == nil, span.close != nil { attribution = attributionAfter() }
      // `“…” to drive up the stock price, she said.`
      if attribution == nil, span.close != nil, writerGoesOn {
        attribution = doc.closingAttribution(after: afterStart, sentenceEnd: sentenceEnd)
      }
    }
    if attribution?.cue == nil && attribution?.speaker == nil { attribution = nil }
    // (Nor a title then: `« Il sera appliqué vite », a dit Paul`; but `“Fox
    // News Sunday,” Republican nominee Mike Pence said` names a show.)
    let isTitle = titleLike(content, before: before, doc) && !saidRightAfter
    if kind == .partial {
      // A fragment needs a verb of saying, or the length of a citation; a
      // name found near a cue-less fragment only tells who, not whether.
      if isTitle { return nil }
      // (A verb of saying right after it cites even one word: `"rongé", avait-il dit`.)
      if attribution?.cue == nil && !reported ? words < 6 : words < 3 && !saidRightAfter { return nil }
    } else if attribution == nil && span.isClosed {
      // A whole sentence between marks right after a quote of the same
      // paragraph goes on with it, however short (`“…?” Graham asked.
      // “Neither do I.”`: no title, though every word is capitalized or short).
      let goesOn =
        floating && startsSentence && first == sentenceStart && doc.has(content.upperBound - 1, .final)
        && (closeLast ?? content.upperBound) + 1 >= sentenceEnd
      if !goesOn && (isTitle || words < 4 && !(floating && startsSentence && first == sentenceStart)) { return nil }
    }
    return Found(
      content: content, kind: kind, speaker: attribution?.speaker, cue: attribution?.cue, isClosed: span.isClosed)
  }

  /// A title or term between marks: announced by a naming word (`baptisé`,
  /// `le mot`, `the so-called`), or short and all capitalized (`« Nouveaux
  /// Albums »`, a film title).
  private static func titleLike(_ content: Range<Int>, before: Int, _ doc: QuoteTokens) -> Bool {
    for index in max(0, before - 2)...max(0, before) where doc.has(index, .naming) { return true }
    let words = content.filter { doc.has($0, .word) }
    guard let first = words.first else { return true }
    if words.count <= 8 && words.allSatisfy({ doc.has($0, .capitalized) || doc.analysis.tokens[$0].end - doc.analysis.tokens[$0].start <= 3 }) && words.count > 1 {
      return true
    }
    return doc.has(first, .capitalized) && words.count <= 6 && !doc.has(content.upperBound - 1, .final)
      && !doc.has(before, .colon)
  }

  /// A cue and speaker after a closing mark: `», a déclaré X`, `», a-t-il
  /// ajouté`, `,” said X`, `,” X said`, `» – X`, `», selon X`.
  static func after(_ start: Int, _ doc: QuoteTokens) -> Attribution? {
    // Only in the quote's own paragraph: the next one speaks of something else.
    guard start > 0, start < doc.count, doc.paragraphOf[start] == doc.paragraphOf[start - 1] else { return nil }
    let paragraph = doc.paragraphTokens(Int(doc.paragraphOf[start]))
    var limit = start
    while limit < paragraph.upperBound && limit < start + 30 && !doc.has(limit, .final) && !doc.has(limit, .mark) {
      limit += 1
    }
    var index = start
    if doc.has(index, .dash) && doc.has(index + 1, .capitalized) {
      if let speaker = doc.speaker(after: index + 1, limit: limit) { return Attribution(cue: nil, speaker: speaker) }
    }
    if doc.has(index, .comma) { index += 1 }
    // A scraped markdown link around the verb: `», [expliquait](#) un communiqué`.
    if doc.has(index, .openBracket) && doc.has(index + 2, .closeBracket) { index += 1 }
    if let group = doc.verbGroup(at: index, limit: limit) {
      let speaker = group.pronoun.map { $0..<($0 + 1) } ?? doc.speaker(after: group.cue.upperBound, limit: limit)
      return speaker.map { Attribution(cue: group.cue, speaker: $0) }
    }
    if doc.has(index, .source) {
      let from = doc.has(index + 1, .to) ? index + 2 : index + 1
      let cue = index..<from
      return doc.speaker(after: from, limit: limit).map { Attribution(cue: cue, speaker: $0) }
    }
    // `,” Brad Smith, Microsoft's president, said.`, `,'' Mr. Burman said.`,
    // `,” Clinton campaign spokesman Brian Fallon said` (the name, not the title),
    // `,” Apple's head of legal, Kate Adams, wrote` (the title in apposition before the name).
    var verb = index + 1
    while verb < limit && verb < index + 30 {
      if let group = doc.verbGroup(at: verb, limit: limit), let subject = doc.subject(before: verb, floor: index),
        subject.lowerBound >= index, subject.lowerBound - index <= 8,
        // (Not a clause of the writer's after the quote: `,” when Clinton blasted him`.)
        !(index < subject.lowerBound && (doc.has(index, .stop)
          || doc.has(index, .english) && IndirectSpeechWords.shared.adverbialOpeners.contains(doc.analysis.tokens[index].norm))),
        (index..<subject.lowerBound).allSatisfy({ doc.has($0, .word) && !doc.has($0, .verb) })
          || isTitleInApposition(index..<subject.lowerBound, before: subject, doc)
      {
        return Attribution(cue: group.cue, speaker: subject)
      }
      if doc.has(verb, .that) || doc.has(verb, .mark) { break }
      verb += 1
    }
    return nil
  }

  /// Whether `words` are a title in apposition before a person's name:
  /// words and `'s` with a role among them, then a comma right before the
  /// name (`Apple's head of legal, Kate Adams`); not `for criminal behavior, she`.
  private static func isTitleInApposition(_ words: Range<Int>, before name: Range<Int>, _ doc: QuoteTokens) -> Bool {
    guard words.count >= 2, doc.has(name.lowerBound - 1, .comma), doc.isPersonEntity(at: name.lowerBound) else { return false }
    let title = words.lowerBound..<(name.lowerBound - 1)
    return title.contains { doc.has($0, .role) }
      && title.allSatisfy { (doc.has($0, .word) || doc.analysis.tokens[$0].norm == "'s") && !doc.has($0, .verb) }
  }

  /// An attribution that ends just before an opening mark: `X a déclaré :
  /// «`, `X : «`, `He said, “`, `Pour elle, «`, `Selon lui, «`.
  static func introduction(before first: Int, floor: Int, _ doc: QuoteTokens) -> Attribution? {
    let last = first - 1
    guard last >= floor else { return nil }
    if doc.has(last, .colon) {
      var index = last - 1
      while index >= floor && index >= last - 16 && !doc.has(index, .mark) {
        // (Not an infinitive after `à`: `d'autres baisses sont à prévoir :`.)
        let afterA = index > floor && !doc.has(index, .english) && doc.analysis.tokens[index - 1].norm == "à"
        // (Nor an English noun after a preposition: `recorded in detail:`.)
        let nounAfterPreposition =
          doc.has(index, .english) && index > floor && doc.has(index - 1, .prep) && !IndirectSpeech.isGerund(index, doc)
        if doc.has(index, .verb), !afterA, !nounAfterPreposition, let cue = doc.verbGroup(endingAt: index, floor: floor) {
          // `Et d'ajouter :` (a narrative infinitive, with no subject): the
          // last person named, else the last organization.
          let narrative = cue.lowerBound >= 2 && doc.analysis.tokens[cue.lowerBound - 2].norm == "et"
            && ["d'", "de"].contains(doc.analysis.tokens[cue.lowerBound - 1].norm)
          if narrative || doc.has(cue.lowerBound, .prep) || doc.has(cue.lowerBound - 1, .prep) || doc.has(index, .participle) {
            // `en faisant remarquer :`: the subject of the sentence.
            return (doc.sentenceSubject(cue.lowerBound) ?? (narrative ? doc.nearestName(before: cue.lowerBound, personsOnly: true) ?? doc.nearestName(before: cue.lowerBound) : nil)).map {
              Attribution(cue: cue, speaker: $0)
            }
          }
          if let speaker = doc.subject(before: cue.lowerBound, floor: floor) { return Attribution(cue: cue, speaker: speaker) }
          return nil
        }
        index -= 1
      }
      // `Pour Isabelle Mateos y Lago, …, d'autres baisses sont à prévoir : « … »`,
      // `Selon X, … : « … »`: the source opening the sentence.
      var opening = doc.sentence(Int(doc.sentenceOf[last])).lowerBound
      while opening < last && doc.has(opening, .punctuation) { opening += 1 }
      if opening >= floor, doc.has(opening, .source) || IndirectSpeech.isOpinionSource(at: opening, limit: last, doc) {
        let from = doc.has(opening + 1, .to) ? opening + 2 : opening + 1
        if let comma = (from..<min(last, from + 40)).first(where: { doc.has($0, .comma) }),
          let speaker = doc.speaker(after: from, limit: comma),
          doc.isSpeakerEntity(speaker.lowerBound) || doc.has(speaker.lowerBound, .he)
        {
          return Attribution(cue: opening..<from, speaker: speaker)
        }
      }
      // `IBM a été plus claire : “…”`: the subject of the sentence.
      for index in floor..<last where doc.isSpeakerEntity(index) { return Attribution(cue: nil, speaker: doc.entityTokens(index)) }
      return doc.subject(before: last, floor: floor).map { Attribution(cue: nil, speaker: $0) }
    }
    if doc.has(last, .comma) {
      // (`asking`, also a noun, is a verb of saying right before the comma:
      // `footage of Hillary Clinton asking, “…”`.)
      let asking = doc.has(last - 1, .english) && doc.analysis.tokens[last - 1].norm == "asking"
      if doc.has(last - 1, .verb) || asking, let cue = doc.verbGroup(endingAt: last - 1, floor: floor) {
        let participle = doc.has(last - 1, .participle) || asking
        // (A participle's speaker is the subject of the attribution or the
        // sentence before it: `…, saying, “…”`.)
        // (Before a participle, a name or a pronoun: `footage of Hillary
        // Clinton asking`; else the sentence's subject: `Blige sings to
        // Clinton before asking her`.)
        let named = !participle || doc.isSpeakerEntity(cue.lowerBound - 1) || doc.has(cue.lowerBound - 1, .he)
        if let speaker = (participle ? doc.subjectOfPreviousVerb(cue.lowerBound, floor: floor) : nil)
          ?? (participle ? doc.invertedSpeaker(before: cue.lowerBound, floor: floor) : nil)
          ?? (named ? doc.subject(before: cue.lowerBound, floor: floor) : nil)
          ?? doc.relativeAntecedent(cue.lowerBound, floor: floor)
          ?? (participle ? doc.sentenceSubject(cue.lowerBound) : nil)
        {
          return Attribution(cue: cue, speaker: speaker)
        }
      }
      // `… footage of Trump saying during the debate last week, “…”`; in
      // English also a verb of saying with whom or what it is about (`Mook
      // told CBS, “…”`, `Trump says of Clinton, “…”`, `he said during a rally, “…”`).
      var verb = last - 2
      while verb >= floor && verb >= last - 9 && !doc.has(verb, .punctuation) && !doc.has(verb, .that) {
        let asking = doc.has(verb, .english) && doc.analysis.tokens[verb].norm == "asking"
        if doc.has(verb, .verb) || asking, doc.has(verb, .participle) || doc.has(verb, .english),
          let cue = doc.verbGroup(endingAt: verb, floor: floor)
        {
          let named = doc.isSpeakerEntity(cue.lowerBound - 1) || doc.has(cue.lowerBound - 1, .he)
          let speaker = doc.has(verb, .participle) || asking
            ? doc.subjectOfPreviousVerb(cue.lowerBound, floor: floor)
              ?? (named ? doc.subject(before: cue.lowerBound, floor: floor) : nil) ?? doc.sentenceSubject(cue.lowerBound)
            : doc.subject(before: cue.lowerBound, floor: floor) ?? doc.relativeAntecedent(cue.lowerBound, floor: floor)
          if let speaker { return Attribution(cue: cue, speaker: speaker) }
          if !doc.has(verb, .participle) && !asking { break }
        }
        verb -= 1
      }
      // `Pour elle, «`, `Selon lui, «`, `According to X, “`.
      var start = floor
      while start < last && doc.has(start, .punctuation) { start += 1 }
      let norm = doc.analysis.tokens[start].norm
      if last - start <= 8, doc.has(start, .source) || norm == "pour" || norm == "for" {
        let from = doc.has(start + 1, .to) ? start + 2 : start + 1
        if from < last, let speaker = doc.speaker(after: from, limit: last) {
          return Attribution(cue: start..<from, speaker: speaker)
        }
      }
    }
    return nil
  }

  /// The reporting verb before a partial quote in its sentence and its
  /// subject: `Angel Torres a déclaré qu'il espérait que le contrat "…"`.
  static func cueBefore(_ first: Int, floor: Int, _ doc: QuoteTokens) -> Attribution? {
    var start = max(floor, first - 40)
    for index in stride(from: first - 1, through: start, by: -1) where doc.has(index, .mark) || doc.has(index, .closeBracket) {
      start = index + 1
      break
    }
    for index in start..<first where doc.has(index, .verb) {
      guard let cue = doc.verbGroup(endingAt: index, floor: floor), !doc.has(index, .naming) || cue.count > 1 else { continue }
      // `« … », a insisté X devant la presse, ajoutant que « … »`: the
      // speaker inverted after the quote before, and the participle's cue.
      if doc.closesQuoteAndComma(before: cue.lowerBound), let speaker = doc.invertedSpeaker(before: first, floor: floor)
      {
        let participle = (index..<first).last { doc.has($0, .verb) && doc.has($0, .participle) }
        return Attribution(cue: participle.flatMap { doc.verbGroup(endingAt: $0, floor: floor) } ?? cue, speaker: speaker)
      }
      if doc.has(index, .participle) || doc.has(cue.lowerBound, .prep) || doc.has(cue.lowerBound - 1, .stop) {
        // `…, saying he “…”`, `… and has indicated that`: the sentence's subject.
        if let speaker = doc.sentenceSubject(index) { return Attribution(cue: cue, speaker: speaker) }
      }
      if let speaker = doc.subject(before: cue.lowerBound, floor: floor), doc.isPlausibleSpeaker(speaker) {
        return Attribution(cue: cue, speaker: speaker)
      }
    }
    if doc.has(start, .source), first - start <= 6, let speaker = doc.speaker(after: start + 1, limit: first) {
      return Attribution(cue: start..<(start + 1), speaker: speaker)  // `Selon Alan « …`
    }
    // No verb of saying: a person named just before the
    // quote in its sentence (`son nouveau CEO, Arvind Krishna, refuse … à
    // « des fins de … »`).
    var index = first - 1
    while index >= start {
      if let entity = doc.entityTokens(index) {
        let label = doc.analysis.entities[Int(doc.entityOf[index])].label
        // A full name (`Arvind Krishna`), not a lone capitalized word.
        if label == .person && first - index <= 10 && entity.count > 1 { return Attribution(cue: nil, speaker: entity) }
        index = entity.lowerBound
      }
      index -= 1
    }
    // Else a name opening the sentence (`Amazon has decided to give Congress time “to …”`).
    if let subject = doc.sentenceSubject(first), doc.entityOf[subject.lowerBound] >= 0 || doc.has(subject.lowerBound, .he) {
      return Attribution(cue: nil, speaker: subject)
    }
    return nil
  }
}
