/// The surface patterns that find a cue and a speaker around a quote,
/// without a parser: verb groups (`a déclaré`, `a-t-il ajouté`, `dit-elle`,
/// `has said`), subjects before them (`Brad Smith, président de Microsoft,
/// a déclaré`) and inverted speakers after them (`», explique Raphael Gruman`).
/// Everything is token indices into ``QuoteTokens``.
struct Attribution {
  var cue: Range<Int>?
  var speaker: Range<Int>?
}

extension QuoteTokens {
  /// `-t-il`, `-elle` glued to the token before `index`: the pronoun and the
  /// index after it.
  func invertedPronoun(at index: Int) -> (pronoun: Int, next: Int)? {
    if has(index, .inverted) { return has(index, .me) ? nil : (index, index + 1) }
    guard has(index, .dash), !has(index, .spaceBefore) else { return nil }
    if has(index + 1, .euphonicT) && has(index + 3, .he) { return (index + 3, index + 4) }
    if has(index + 1, .he) && !has(index + 1, .spaceBefore) { return (index + 1, index + 2) }
    return nil
  }

  /// A verb group of saying starting at `index` (`a déclaré`, `a en effet
  /// annoncé`, `a-t-il ajouté`, `dit-elle`, `has said`), not negated: its
  /// cue span (the auxiliary to the verb) and the inverted pronoun, if any.
  func verbGroup(at index: Int, limit: Int) -> (cue: Range<Int>, pronoun: Int?)? {
    var next = index
    var pronoun: Int?
    if has(next, .negation) { return nil }
    // A French reflexive pronoun before the verb or its auxiliary
    // (`s'indigne-t-il`, `s'est-elle félicitée`, `se réjouit le maire`).
    var reflexiveAuxiliary = false
    if isReflexivePronoun(next), next + 1 < limit {
      if has(next + 1, .verb) || has(next + 1, .aux) {
        next += 1
      } else if IndirectSpeechWords.shared.etreForms.contains(norm(next + 1)) {
        // `s'est félicité`: `être` is the auxiliary of a reflexive verb.
        next += 1
        reflexiveAuxiliary = true
      }
    }
    if (has(next, .aux) || reflexiveAuxiliary) && !has(next, .verb) {
      next += 1
      if let inverted = invertedPronoun(at: next) {
        pronoun = inverted.pronoun
        next = inverted.next
      }
      var adverbs = 0
      while next < limit && adverbs < 3 && has(next, .adverb) && !has(next, .verb) {
        next += 1
        adverbs += 1
      }
      if has(next, .negation) { return nil }
      // `a fait savoir`: the form of `faire` after the auxiliary.
      if next + 1 < limit, has(next, .aux), IndirectSpeechWords.shared.faireForms.contains(analysis.tokens[next].norm),
        has(next + 1, .verb)
      {
        next += 1
      }
    }
    guard next < limit, has(next, .verb), !has(next, .naming) || next > index else { return nil }
    let verb = next
    if pronoun == nil, let inverted = invertedPronoun(at: verb + 1) { pronoun = inverted.pronoun }
    if has(verb + 1, .negation) && !has(verb + 1, .me) && !negatesInfinitive(verb + 1) { return nil }
    return (index..<(verb + 1), pronoun)
  }

  /// The start of a French adverbial phrase of a preposition, a possessive
  /// and `part`/`côté`/`tour` ending at `index` (`a pour sa part dénoncé`,
  /// `a de son côté estimé`, `a à son tour affirmé`), if one ends there.
  /// Also `au contraire`, `en revanche`, `quant à lui`.
  func adverbialPhrase(endingAt index: Int) -> Int? {
    guard index >= 1, index < count, !has(index, .english) else { return nil }
    let tokens = analysis.tokens
    let last = tokens[index].norm
    let before = tokens[index - 1].norm
    if (before == "au" && last == "contraire") || (before == "en" && last == "revanche") { return index - 1 }
    guard index >= 2 else { return nil }
    if tokens[index - 2].norm == "quant" && before == "à" && ["lui", "elle", "eux", "elles"].contains(last) { return index - 2 }
    guard IndirectSpeechWords.shared.adverbialNouns.contains(last), IndirectSpeechWords.shared.possessives.contains(before),
      IndirectSpeechWords.shared.adverbialPrepositions.contains(tokens[index - 2].norm)
    else { return nil }
    return index - 2
  }

  /// The end of a French adverbial phrase of three words starting at
  /// `index` (`de son côté`, `pour sa part`, `à son tour`), or nil.
  func adverbialPhrase(startingAt index: Int, limit: Int) -> Int? {
    guard index + 3 <= limit, let start = adverbialPhrase(endingAt: index + 2), start == index else { return nil }
    return index + 3
  }

  /// Whether token `index` is the French reflexive `s'` or `se`.
  func isReflexivePronoun(_ index: Int) -> Bool {
    guard index >= 0, index < count, !has(index, .english) else { return false }
    return IndirectSpeechWords.shared.reflexives.contains(analysis.tokens[index].norm)
  }

  /// The name ending in a colon that opens a transcript line (`PENCE:`,
  /// `WALLACE:`, `Mr. Trump:`): one to three capitalized words, the last
  /// written in capitals or a person's name, then `:` and more words.
  func transcriptLabel(at start: Int, end: Int) -> Range<Int>? {
    var colon = start
    while colon < end && colon < start + 3 && has(colon, .capitalized) { colon += 1 }
    guard colon > start, colon + 1 < end, has(colon, .colon) else { return nil }
    let last = analysis.tokens[colon - 1]
    let upper = last.utf8Range.count >= 2 && bytes[last.utf8Range].allSatisfy { $0 >= 0x41 && $0 <= 0x5A || $0 == 0x2E }
    let person = entityOf[colon - 1] >= 0 && analysis.entities[Int(entityOf[colon - 1])].label == .person
    return upper || person ? start..<colon : nil
  }

  /// An attribution closing the sentence after `from`: `…, she said.`,
  /// `…, said Warren.`, `…, a-t-elle ajouté.` (the last comma before the end).
  func closingAttribution(after from: Int, sentenceEnd: Int) -> Attribution? {
    var end = sentenceEnd
    while end > from && (has(end - 1, .final) || has(end - 1, .closeBracket)) { end -= 1 }
    var comma = end - 1
    while comma >= from && !has(comma, .comma) {
      if has(comma, .mark) { return nil }
      comma -= 1
    }
    guard comma >= from, comma + 1 < end else { return nil }
    if let group = verbGroup(at: comma + 1, limit: end) {
      let speaker = group.pronoun.map { $0..<($0 + 1) } ?? speaker(after: group.cue.upperBound, limit: end)
      return speaker.map { Attribution(cue: group.cue, speaker: $0) }
    }
    // `…, she said.` / `…, Warren said.` / `…, Mr. Smith told reporters.`
    for verb in (comma + 2)..<end where has(verb, .verb) {
      guard let cue = verbGroup(endingAt: verb, floor: comma + 1), end - cue.upperBound <= 2,
        let speaker = subject(before: cue.lowerBound, floor: comma + 1), speaker.lowerBound <= comma + 2,
        isPlausibleSpeaker(speaker)
      else { return nil }
      return Attribution(cue: cue, speaker: speaker)
    }
    return nil
  }

  /// Whether the words at `index` attribute the quote just before them:
  /// `, said X`, `, she said`, `, a-t-il dit`, `said Smith`.
  func startsAttribution(at index: Int, limit: Int) -> Bool {
    let start = has(index, .comma) ? index + 1 : index
    if verbGroup(at: start, limit: limit) != nil { return true }
    return has(start, .he) && verbGroup(at: start + 1, limit: limit) != nil
  }

  /// The verb group ending at `verb` (extended left over auxiliaries and
  /// adverbs), or nil when it is negated (`n'a pas dit`, `did not say`).
  func verbGroup(endingAt verb: Int, floor: Int) -> Range<Int>? {
    // (A verb before the floor, in the sentence before, groups with nothing.)
    guard verb >= floor else { return nil }
    var start = verb
    var steps = 0
    while start - 1 >= floor && steps < 4 {
      if (has(start - 1, .aux) || has(start - 1, .adverb)) && !has(start - 1, .verb) {
        start -= 1
      } else if isReflexivePronoun(start - 1) {
        // `le Medef se dit`, `s'indigne`.
        start -= 1
      } else if start - 2 >= floor, isReflexivePronoun(start - 2), IndirectSpeechWords.shared.etreForms.contains(analysis.tokens[start - 1].norm) {
        // `le Medef s'est dit`.
        start -= 2
      } else if let phrase = adverbialPhrase(endingAt: start - 1), phrase >= floor {
        start = phrase
      } else {
        break
      }
      steps += 1
    }
    for index in max(floor, start - 2)..<verb where has(index, .negation) && !has(index, .me) { return nil }
    if has(verb + 1, .negation) && !has(verb + 1, .me) && !negatesInfinitive(verb + 1) { return nil }
    return start..<(verb + 1)
  }

  /// An English `not` before `to`, which negates the infinitive, not the
  /// verb of saying before it (`vowed not to repeat that mistake`).
  private func negatesInfinitive(_ negation: Int) -> Bool {
    has(negation, .english) && negation + 1 < count && norm(negation + 1) == "to"
  }

  /// The entity token range holding `index`, if any.
  func entityTokens(_ index: Int) -> Range<Int>? {
    guard index >= 0 && index < count, entityOf[index] >= 0 else { return nil }
    return analysis.entities[Int(entityOf[index])].tokenIndices
  }

  /// Whether the token at `index` is part of a PERSON entity.
  func isPersonEntity(at index: Int) -> Bool {
    guard index >= 0 && index < count, entityOf[index] >= 0 else { return false }
    return analysis.entities[Int(entityOf[index])].label == .person
  }

  /// Whether the token at `index` is part of a PERSON, ORG or LOC entity.
  func isSpeakerEntity(_ index: Int) -> Bool {
    guard index >= 0 && index < count, entityOf[index] >= 0 else { return false }
    let label = analysis.entities[Int(entityOf[index])].label
    return label == .person || label == .organization || label == .location
  }

  /// The subject of the verb of saying right before the comma before
  /// `cueStart`, a participle's speaker (`…,” he said, adding …`), also
  /// past a short place or time after the verb, with or without the comma
  /// (`she said in the Oval Office, emphasizing …`, `she said at a news
  /// conference announcing …`); nil when no verb group with a plausible
  /// subject ends there.
  func subjectOfPreviousVerb(_ cueStart: Int, floor: Int) -> Range<Int>? {
    guard cueStart >= floor + 2 else { return nil }
    var verb = cueStart - 1
    if has(verb, .comma) {
      verb -= 1
    } else if !has(verb, .english) {
      return nil
    }
    if !has(verb, .verb) && has(verb, .english) {
      var probe = verb
      while probe > floor && probe > verb - 7 && has(probe, .word) && !has(probe, .verb) && !has(probe, .aux)
        && !has(probe, .he) && !has(probe, .that)
      {
        probe -= 1
      }
      // (Or who was told: `…,” he told the group, adding that …`.)
      guard probe >= floor, has(probe, .verb),
        has(probe + 1, .prep) || has(cueStart - 1, .comma) && cueStart - probe <= 5 && analysis.tokens[probe].norm.hasPrefix("t")
      else { return nil }
      // (Without the comma, a participle after a name is the name's: `footage of Trump saying …`.)
      if !has(cueStart - 1, .comma), (probe + 1..<cueStart).contains(where: { has($0, .capitalized) || entityOf[$0] >= 0 }) {
        return nil
      }
      verb = probe
    } else if !has(cueStart - 1, .comma) {
      return nil
    }
    guard verb > floor, has(verb, .verb), !has(verb - 1, .det),
      let group = verbGroup(endingAt: verb, floor: floor),
      let subject = subject(before: group.lowerBound, floor: floor), isPlausibleSpeaker(subject)
    else { return nil }
    return subject
  }

  /// The speaker of an inverted attribution earlier in the sentence, the
  /// subject of a participle after it: `« … », a insisté Luca de Meo
  /// devant la presse, ajoutant que …`, `“…,” said Ms. Pinson, adding that …`.
  func invertedSpeaker(before cueStart: Int, floor: Int) -> Range<Int>? {
    var index = cueStart
    while index > floor + 1 && index > cueStart - 20 {
      if closesQuoteAndComma(before: index), let group = verbGroup(at: index, limit: cueStart) {
        if let pronoun = group.pronoun { return pronoun..<(pronoun + 1) }
        guard let speaker = speaker(after: group.cue.upperBound, limit: cueStart), isPlausibleSpeaker(speaker) else { return nil }
        return speaker
      }
      index -= 1
    }
    return nil
  }

  /// Whether a closing mark and a comma, in either order, stand right
  /// before `index` (`», a insisté`, `,” said`).
  func closesQuoteAndComma(before index: Int) -> Bool {
    index >= 2 && (has(index - 1, .comma) && has(index - 2, .mark) || has(index - 1, .mark) && has(index - 2, .comma))
  }

  /// The name or noun phrase a relative `who`/`which`/`qui` right before
  /// `cueStart` stands for, after its comma (`…, the Saudi government, which
  /// has denied …`, `Stevie Wonder, who joked …`), if it can speak.
  func relativeAntecedent(_ cueStart: Int, floor: Int) -> Range<Int>? {
    // `…, many of whom say …`: a quantifier of the antecedent (`many`, `some`, `most`).
    var pronoun = cueStart - 1
    if pronoun >= floor + 4, analysis.tokens[pronoun].norm == "whom", analysis.tokens[pronoun - 1].norm == "of",
      has(pronoun - 2, .english), has(pronoun - 3, .comma)
    {
      pronoun -= 2
    } else {
      guard cueStart >= floor + 3, has(cueStart - 1, .stop), ["who", "which", "qui"].contains(analysis.tokens[cueStart - 1].norm)
      else { return nil }
    }
    guard has(pronoun - 1, .comma), pronoun - 2 >= floor else { return nil }
    var antecedent = entityTokens(pronoun - 2) ?? nounPhrase(endingAt: pronoun - 2, floor: floor)
    // (`This angered the families, who …`: the noun phrase after the verb before it.)
    if let verb = antecedent.dropLast().last(where: {
      has($0, .english) && !has($0, .capitalized) && analysis.tokens[$0].norm.hasSuffix("ed") && has($0 + 1, .det)
    }) {
      antecedent = (verb + 1)..<antecedent.upperBound
    }
    // (`This did not please the families, many of whom …`: from the determiner.)
    if !isPlausibleSpeaker(antecedent), let determiner = antecedent.dropFirst().first(where: { has($0, .det) }) {
      antecedent = determiner..<antecedent.upperBound
    }
    return isPlausibleSpeaker(antecedent) ? antecedent : nil
  }

  /// The subject ending just before `end` (a verb group's start): a
  /// pronoun, a name (through an apposition: `Brad Smith, président de
  /// Microsoft, a déclaré`), or a short noun phrase (`Le Président de
  /// Microsoft`). Nil for a first-person subject or none.
  func subject(before end: Int, floor: Int, depth: Int = 0) -> Range<Int>? {
    var last = end - 1
    guard last >= floor else { return nil }
    if has(last, .closeBracket) {
      var open = last - 1
      while open > floor && open > last - 10 && !has(open, .openBracket) { open -= 1 }
      guard has(open, .openBracket) else { return nil }
      last = open - 1
      guard last >= floor else { return nil }
    }
    // `Kall -- co-editor of Debating The Donald -- said`: an apposition
    // between spaced dashes.
    if has(last, .dash) && has(last, .spaceBefore) && last > floor {
      var open = last - 1
      while open > floor && open > last - 25 && !(has(open, .dash) && has(open, .spaceBefore)) {
        if has(open, .final) || has(open, .mark) { return nil }
        open -= 1
      }
      guard open > floor, has(open, .dash), has(open, .spaceBefore) else { return nil }
      last = open - 1
    }
    if has(last, .comma) && depth == 0 {
      // Appositions and relative clauses between the subject and its verb
      // (`Brad Smith, président de Microsoft, a déclaré`, `Le secrétaire
      // général de l'ONU, qui se trouve à Madrid, a appelé`): the first
      // comma-separated chunk that can name someone.
      // (At most 60 tokens back, from a chunk boundary: a run-on sentence stays linear.)
      var chunkStart = floor
      if last - 60 > floor {
        chunkStart = last - 60
        while chunkStart < last && !has(chunkStart, .comma) && !has(chunkStart, .final) && !has(chunkStart, .colon) { chunkStart += 1 }
        chunkStart += 1
      }
      var index = chunkStart
      var firstChunk: Range<Int>?
      while index <= last {
        if has(index, .comma) || has(index, .mark) || has(index, .final) || has(index, .colon) {
          if index > chunkStart, let name = chunkSubject(chunkStart..<index) {
            // A person's name wins over a title (`Le président du club, Angel Torres,`).
            if let entity = entityTokens(name.upperBound - 1), entity.lowerBound >= name.lowerBound,
              analysis.entities[Int(entityOf[name.upperBound - 1])].label == .person
            {
              return entity
            }
            if firstChunk == nil { firstChunk = name }
          }
          chunkStart = index + 1
        }
        index += 1
      }
      return firstChunk
    }
    if has(last, .me) { return nil }
    if has(last, .he) { return last..<(last + 1) }
    if let entity = entityTokens(last) {
      let label = analysis.entities[Int(entityOf[last])].label
      if label == .person {
        // The office written before the name is part of the speaker (`Chief Justice Roberts`):
        // capitalized words, at most three, one of them a role.
        var office = entity.lowerBound
        var isOffice = false
        while office - 1 >= floor && entity.lowerBound - office < 3 && has(office - 1, .capitalized) && has(office - 1, .word) {
          office -= 1
          isOffice = isOffice || has(office, .role)
        }
        return max(isOffice ? office : entity.lowerBound, floor)..<(last + 1)
      }
      if entity.lowerBound <= floor { return max(entity.lowerBound, floor)..<(last + 1) }
      // `le patron de Microsoft`: the noun phrase around an organization.
      let before = entity.lowerBound - 1
      if before >= floor, has(before, .word), !has(before, .capitalized) || has(before, .det), !has(before, .stop),
        !has(before, .that), !has(before, .verb)
      {
        return nounPhrase(endingAt: last, floor: floor)
      }
      return max(entity.lowerBound, floor)..<(last + 1)
    }
    // `Microsoft omet de préciser`: an infinitive, not a subject.
    guard has(last, .word), !has(last, .that), !has(last, .stop), !has(last, .prep), !has(last, .aux),
      !["de", "d'", "d’", "to", "and", "or", "et", "ou"].contains(analysis.tokens[last].norm)
    else { return nil }
    // `She then urges`: the pronoun.
    if has(last - 1, .he) && has(last, .adverb) && last - 1 >= floor { return (last - 1)..<last }
    let phrase = nounPhrase(endingAt: last, floor: floor)
    if !isPlausibleSpeaker(phrase), let wide = informantPhrase(endingAt: last, floor: floor) { return wide }
    return phrase
  }

  /// An informant noun near the start of a clause with the complements
  /// that run to `last` (`Experts on North Korea and nuclear
  /// nonproliferation said`, `Political observers in Virginia and around
  /// the country say`): at most 12 words, no verb, no clause word.
  func informantPhrase(endingAt last: Int, floor: Int) -> Range<Int>? {
    var start = last
    while start - 1 >= floor && last - start < 11 {
      let previous = start - 1
      let norm = analysis.tokens[previous].norm
      guard isGluedHyphen(previous)
        || has(previous, .word) && !has(previous, .verb) && !has(previous, .aux) && !has(previous, .that)
          && !has(previous, .he) && (!has(previous, .stop) || norm == "and" || norm == "et" || norm == "or")
      else { break }
      start = previous
    }
    guard start == floor || has(start - 1, .punctuation) else { return nil }
    var head = start
    while head < last && head < start + 3 && !has(head, .informant) {
      if has(head, .prep) { return nil }
      head += 1
    }
    guard head < last, has(head, .informant) else { return nil }
    return start..<(last + 1)
  }

  /// A hyphen glued to the words on both sides (`labor-policy`, split by
  /// the English tokenizer).
  func isGluedHyphen(_ index: Int) -> Bool {
    index > 0 && index + 1 < count && has(index, .dash) && !has(index, .spaceBefore) && !has(index, .spaceAfter)
      && analysis.tokens[index].utf8Range.count == 1
  }

  /// A chunk between commas as a subject: a pronoun, a name, or a noun
  /// phrase of at most 8 words; nil for an adverbial (`En 2016`, `Hier`).
  private func chunkSubject(_ chunk: Range<Int>) -> Range<Int>? {
    var lower = chunk.lowerBound
    while lower < chunk.upperBound && has(lower, .punctuation) && !has(lower, .openBracket) { lower += 1 }
    guard lower < chunk.upperBound else { return nil }
    // A name ending the chunk (`par la voix de son n°2 Brad Smith`).
    if let entity = entityTokens(chunk.upperBound - 1), entity.lowerBound >= lower,
      analysis.entities[Int(entityOf[chunk.upperBound - 1])].label == .person
    {
      return entity
    }
    guard chunk.upperBound - lower <= 10 else { return nil }
    // (`Even China, Pyongyang's only ally, said …`: a focus adverb before the name.)
    if has(lower, .adverb), !has(lower, .det), lower + 1 < chunk.upperBound, isSpeakerEntity(lower + 1) || has(lower + 1, .det) {
      lower += 1
    }
    if has(lower, .prep) || has(lower, .adverb) && !has(lower, .det) || has(lower, .that) || has(lower, .stop)
      || analysis.tokens[lower].kind == .number
    {
      return nil
    }
    if has(lower, .me) && !has(lower, .he) { return nil }
    if has(lower, .he) { return lower..<(lower + 1) }  // `Il répond, en faisant remarquer :`
    guard chunk.contains(where: { has($0, .verb) || has($0, .aux) }) == false else { return nil }
    let span = lower..<chunk.upperBound
    return isPlausibleSpeaker(span) ? span : nil
  }

  /// A noun phrase of at most 7 words ending at `last`, walking back over
  /// words that are not verbs, complementizers or conjunctions.
  func nounPhrase(endingAt last: Int, floor: Int) -> Range<Int> {
    var start = last
    var beforeConjunction: Int?  // where the phrase started before it crossed `and`
    while start - 1 >= floor && last - start < 6 {
      // `labor-policy experts`, `the 19-year-old Czech`: over a glued hyphen
      // to the word or number before it.
      if isGluedHyphen(start - 1) && start - 2 >= floor
        && (has(start - 2, .word) || analysis.tokens[start - 2].kind == .number)
      {
        start -= 2
        continue
      }
      // `Companies and individuals complain`: two nouns joined by `and` or `or`.
      // (Once, and only when the phrase then opens its clause.)
      if beforeConjunction == nil, start - 2 >= floor, has(start - 1, .english),
        ["and", "or"].contains(analysis.tokens[start - 1].norm), isNounLike(start - 2), isNounLike(start)
      {
        beforeConjunction = start
        start -= 2
        continue
      }
      guard isNounLike(start - 1) else { break }
      start -= 1
    }
    if let kept = beforeConjunction, !(start == floor || has(start - 1, .punctuation) || has(start - 1, .that)) {
      start = kept
    }
    // Keep the determiner but not a preposition left at the edge.
    while start < last && has(start, .prep) { start += 1 }
    return start..<(last + 1)
  }

  /// A word a speaker's noun phrase runs across: no stop word, clause word,
  /// verb, auxiliary or adverb.
  private func isNounLike(_ index: Int) -> Bool {
    has(index, .word) && !has(index, .stop) && !has(index, .that) && !has(index, .verb) && !has(index, .aux)
      && !(has(index, .adverb) && !has(index, .det) && !has(index, .capitalized))
  }

  /// Whether a span can name a speaker: a pronoun, a name, or a noun phrase
  /// with a determiner or a capital (not `faisant`, `donc`, `à propos du …`).
  func isPlausibleSpeaker(_ span: Range<Int>) -> Bool {
    guard let first = span.first else { return false }
    if has(first, .prep) || has(first, .that) || has(first, .me) && !has(first, .he) { return false }
    if span.count == 1 && has(first, .he) { return true }
    // `Another 19 percent said`, `42 % des sondés estiment`: people counted in a poll.
    if isPercent(span.upperBound - 1) || span.contains(where: { has($0, .informant) }) && span.contains(where: isPercent) {
      return true
    }
    if span.contains(where: { has($0, .informant) }) { return true }  // `critics say`, `experts say`, `des experts estiment`
    if span.count == 1 && !isSpeakerEntity(first) && !has(first, .capitalized) { return false }  // a lone `le`
    if isSpeakerEntity(first) || has(first, .det) { return true }
    return span.contains { has($0, .capitalized) && !has($0, .adverb) }
  }

  /// Whether the token at `index` is part of a PERCENT entity.
  func isPercent(_ index: Int) -> Bool {
    index >= 0 && index < count && entityOf[index] >= 0 && analysis.entities[Int(entityOf[index])].label == .percent
  }

  /// Whether a span after `selon`/`according to` names a source: a person
  /// or an organization, a pronoun, a source noun (`des sources
  /// concordantes`, `the report`), a capitalized word — not `selon les
  /// époques`, `selon les termes de l'accord`.
  func namesSource(_ span: Range<Int>) -> Bool {
    for index in span {
      if has(index, .he) || has(index, .informant) || has(index, .role) || isAgentNoun(index) { return true }
      if entityOf[index] >= 0 && analysis.entities[Int(entityOf[index])].label != .date { return true }
      if index > span.lowerBound && has(index, .capitalized) { return true }
      let norm = analysis.tokens[index].norm
      if norm == "lui" || norm == "eux" || norm == "him" || norm == "them" || norm == "her" { return true }
    }
    // `selon l'association`, `according to the company`.
    return (2...3).contains { span.count >= $0 && isOrganizationNoun(span.lowerBound..<(span.lowerBound + $0)) }
  }

  /// Whether `span` is a determiner and a noun that stands for an
  /// organization (`the company`, `l'association`: `org-triggers.txt`).
  /// Nationality adjectives may qualify the noun (`the Swedish company`,
  /// `le constructeur allemand`).
  func isOrganizationNoun(_ span: Range<Int>) -> Bool {
    guard span.count >= 2, span.count <= 4, has(span.lowerBound, .det) else { return false }
    let tokens = analysis.tokens
    let lexicons = EntityLexicons.shared
    if lexicons.isOrganizationTrigger(
      bytes, tokens[span.lowerBound].utf8Range.lowerBound..<tokens[span.upperBound - 1].utf8Range.upperBound)
    {
      return true
    }
    // One noun among nationality adjectives.
    guard span.count >= 3 else { return false }
    var noun: Int? = nil
    for index in span.dropFirst() where !lexicons.isDemonym(bytes, tokens[index].utf8Range) {
      guard noun == nil, !has(index, .capitalized) else { return false }
      noun = index
    }
    guard let noun else { return false }
    let determiner = tokens[span.lowerBound].norm
    return lexicons.isOrganizationTrigger(determiner + (determiner.hasSuffix("'") ? "" : " ") + tokens[noun].norm)
  }

  /// A French plural noun of people by its suffix, after a determiner
  /// (`les démissionnaires`, `les organisateurs`, `des économistes`,
  /// `les manifestants`): a source after `selon`, unlike `les époques`.
  func isAgentNoun(_ index: Int) -> Bool {
    guard index > 0, has(index - 1, .det), !has(index, .english), !has(index, .capitalized) else { return false }
    let norm = analysis.tokens[index].norm
    return norm.count > 6
      && ["aires", "eurs", "rices", "istes", "ants", "ents", "iens"].contains(where: { norm.hasSuffix($0) })
  }

  /// The last person or organization named before `index` in its
  /// paragraph (`… Tout en appelant le Congrès à …`: who the sentence is about).
  /// With `personsOnly`, the last person.
  func nearestName(before index: Int, personsOnly: Bool = false) -> Range<Int>? {
    let paragraph = paragraphTokens(Int(paragraphOf[index]))
    var probe = index - 1
    while probe >= paragraph.lowerBound && probe >= index - 60 {
      if entityOf[probe] >= 0 {
        let entity = analysis.entities[Int(entityOf[probe])]
        if entity.label == .person || !personsOnly && entity.label == .organization { return entity.tokenIndices }
        probe = entity.tokenIndices.lowerBound
      }
      probe -= 1
    }
    return nil
  }

  /// The subject of the sentence holding `index`: its first name or
  /// pronoun, within its first words (`IBM …, annonçant que`, `Il critique
  /// … en soulignant que`).
  func sentenceSubject(_ index: Int) -> Range<Int>? {
    let sentence = self.sentence(Int(sentenceOf[index]))
    var probe = sentence.lowerBound
    // `During a national security speech earlier in the day, Trump …`: past
    // an opening prepositional phrase and its comma.
    if has(probe, .prep) {
      var comma = probe + 1
      while comma < min(index, sentence.upperBound) && comma < probe + 16 && !has(comma, .comma) && !has(comma, .mark) {
        comma += 1
      }
      if has(comma, .comma) && comma < index { probe = comma + 1 }
    }
    var words = 0
    while probe < min(index, sentence.upperBound) && words < 8 {
      if has(probe, .mark) { return nil }
      if has(probe, .he) { return probe..<(probe + 1) }
      if isSpeakerEntity(probe), let entity = entityTokens(probe) {
        return analysis.entities[Int(entityOf[probe])].label == .location ? nil : entity
      }
      if has(probe, .word) { words += 1 }
      probe += 1
    }
    return nil
  }

  /// A determiner and its noun opening the sentence of `index` (`La droite
  /// crie au scandale et affirme que …`): the subject when nothing better is
  /// named.
  func initialNounPhrase(_ index: Int) -> Range<Int>? {
    let sentence = self.sentence(Int(sentenceOf[index]))
    var first = sentence.lowerBound
    while first < index && has(first, .punctuation) && !has(first, .mark) { first += 1 }
    guard first + 1 < index, has(first, .det), has(first + 1, .word), !has(first + 1, .verb), !has(first + 1, .aux),
      !has(first + 1, .prep), !has(first + 1, .det)
    else { return nil }
    return first..<(first + 2)
  }

  /// An English plural noun without determiner opening the sentence of
  /// `index`, before a lower-case word (`Democrats also described … and
  /// said …`, `Authorities announced … and said …`): who the sentence is about.
  func initialPluralNoun(_ index: Int) -> Range<Int>? {
    let sentence = self.sentence(Int(sentenceOf[index]))
    var first = sentence.lowerBound
    while first < index && has(first, .punctuation) && !has(first, .mark) { first += 1 }
    guard first + 1 < index, has(first, .english), has(first, .word), has(first, .capitalized), entityOf[first] < 0,
      !has(first + 1, .capitalized), has(first + 1, .word), !has(first + 1, .prep)
    else { return nil }
    let flags: Flags = [.stop, .prep, .adverb, .he, .me, .det, .that, .verb, .aux]
    guard !hasAny(first, flags) else { return nil }
    let norm = analysis.tokens[first].norm
    guard norm.count >= 4, norm.hasSuffix("s"), !norm.hasSuffix("ss") else { return nil }
    return first..<(first + 1)
  }

  /// The words of an English incise before its verb as the speaker when
  /// they are a short noun phrase headed by a common noun (`, advisers to
  /// Mr. Obama say,`): at most six words, no verb or clause word, opening
  /// with a lower-case noun or an informant noun (not `, IBM et Microsoft ont annoncé,`).
  func inciseNounPhrase(_ words: Range<Int>) -> Range<Int>? {
    guard let first = words.first, words.count <= 6, has(first, .english), has(first, .word),
      !hasAny(first, [.prep, .adverb, .that, .stop, .punctuation]),
      has(first, .informant) || !has(first, .capitalized)
    else { return nil }
    guard !words.contains(where: { hasAny($0, [.verb, .aux, .that, .mark, .comma]) }), isPlausibleSpeaker(words)
    else { return nil }
    return words
  }

  /// The speaker after a verb of saying (`», a déclaré Brad Smith`, `said
  /// the source`, `a déclaré hier sur les ondes de la Chaîne III, Abdelmalek
  /// Sayah`): the first name or noun phrase before the end of the sentence.
  func speaker(after start: Int, limit: Int) -> Range<Int>? {
    var index = start
    // A scraped markdown link around the name: `selon [l'AFP](#)`.
    if has(index, .openBracket) && index + 1 < limit && !has(index + 1, .punctuation) { index += 1 }
    // The end of a scraped markdown link: `](#)`.
    if has(index, .closeBracket) && has(index + 1, .openBracket) && !has(index + 1, .spaceBefore) {
      var close = index + 2
      while close < limit && close < index + 12 && !has(close, .closeBracket) { close += 1 }
      if has(close, .closeBracket) { index = close + 1 }
    }
    while index < limit && has(index, .adverb) && !has(index, .det) { index += 1 }
    if has(index, .comma) {
      // `auraient dit, selon le site, des agents de voyage`
      var next = index + 1
      while next < limit && next < index + 10 && !has(next, .comma) { next += 1 }
      guard has(next, .comma) else { return nil }
      index = next + 1
    }
    guard index < limit else { return nil }
    // `», assure-t-on à Matignon`, `indique-t-on chez Renault`: the place or
    // the organization after the impersonal `on`.
    if has(index, .inverted) && has(index, .me) {
      guard index + 2 < limit, IndirectSpeechWords.shared.onPlacePrepositions.contains(norm(index + 1)) else { return nil }
      var name = index + 2
      if has(name, .det) && name + 1 < limit { name += 1 }
      guard isSpeakerEntity(name), let entity = entityTokens(name), entity.upperBound <= limit else { return nil }
      return entity
    }
    if has(index, .me) { return nil }
    if has(index, .he) { return index..<(index + 1) }
    if has(index, .prep) {
      // `a raconté à l'AFP un officier des marins-pompiers`: who was told,
      // then the speaker's noun phrase.
      var told = index + 1
      if has(told, .det) { told += 1 }
      if let name = entityTokens(told), name.lowerBound == told { told = name.upperBound } else if has(told, .word) { told += 1 }
      if told < limit, told <= index + 5, has(told, .det), !has(index, .english) {
        if isSpeakerEntity(told + 1), let entity = entityTokens(told + 1), entity.upperBound <= limit { return entity }
        return phraseAfter(told, limit: limit, entity: nil)
      }
      // `a déclaré hier sur les ondes de la Chaîne III, Abdelmalek Sayah`
      var comma = index
      while comma < limit && comma < index + 12 && !has(comma, .comma) && !has(comma, .final) && !has(comma, .mark) {
        comma += 1
      }
      if has(comma, .comma), comma + 1 < limit, isSpeakerEntity(comma + 1), let entity = entityTokens(comma + 1) {
        return entity
      }
      return nil
    }
    if let entity = entityTokens(index), isSpeakerEntity(index) {
      if analysis.entities[Int(entityOf[index])].label == .person { return entity }
      return phraseAfter(index, limit: limit, entity: entity)
    }
    // A role in lower case before a name (`said shadow chancellor Mel
    // Stride`): the name, within four words.
    if !has(index, .det) && !has(index, .capitalized) && has(index, .word) && !has(index, .verb),
      let person = firstPerson(from: index, limit: limit, within: 4, stoppingAt: [.stop, .verb, .that, .prep]),
      person > index, let name = entityTokens(person), name.lowerBound == person, name.upperBound <= limit
    {
      return name
    }
    if has(index, .det) || has(index, .capitalized) {
      // A title before a name (`MSNBC host Chris Matthews`): the name.
      if let person = firstPerson(from: index, limit: limit, within: 5, stoppingAt: [.stop]) {
        return entityTokens(person)
      }
      let phrase = phraseAfter(index, limit: limit, entity: nil)
      // (A determiner alone names no one: `…, prévu le 7 juillet`.)
      if phrase.count == 1 && has(index, .det) { return nil }
      // A role, maybe with its complement, and the person's name in
      // apposition (`», juge sa directrice, Lucie Pinson, qui …`, `s'est réjoui
      // le président du groupe socialiste à l'Assemblée, Boris Vallaud.`,
      // `said the company's spokeswoman, Jane Doe.`): the name.
      // (An honorific may open the name: `l'avocate générale, Me Claire Dumont,`.)
      if phrase.contains(where: { has($0, .role) }),
        let comma = (phrase.upperBound..<min(limit, index + 14)).first(where: { !has($0, .word) }), has(comma, .comma),
        case let first = comma + 1 < limit && EntityLexicons.shared.isHonorific(bytes, analysis.tokens[comma + 1].utf8Range)
          ? comma + 2 : comma + 1,
        first < limit, entityOf[first] >= 0, analysis.entities[Int(entityOf[first])].label == .person,
        let name = entityTokens(first), name.lowerBound == first, name.upperBound <= limit
      {
        return name
      }
      return phrase
    }
    // A place or time before the speaker: try after the next comma.
    var comma = index
    while comma < limit && comma < index + 12 && !has(comma, .comma) && !has(comma, .final) && !has(comma, .mark) {
      comma += 1
    }
    if has(comma, .comma), comma + 1 < limit, isSpeakerEntity(comma + 1), let entity = entityTokens(comma + 1) {
      return entity
    }
    return nil
  }

  /// The first token of a person's name within `within` words from
  /// `start`, over words with none of the flags `stops`; nil when a
  /// non-word, a stop or the end comes first.
  private func firstPerson(from start: Int, limit: Int, within: Int, stoppingAt stops: [Flags]) -> Int? {
    var probe = start
    while probe < limit && probe < start + within && has(probe, .word) && !stops.contains(where: { has(probe, $0) }) {
      if entityOf[probe] >= 0 && analysis.entities[Int(entityOf[probe])].label == .person { return probe }
      probe += 1
    }
    return nil
  }

  /// A noun phrase starting at `start`: words up to punctuation, a
  /// conjunction or a complementizer, at most 7.
  private func phraseAfter(_ start: Int, limit: Int, entity: Range<Int>?) -> Range<Int> {
    var end = max(start + 1, entity?.upperBound ?? start + 1)
    // (A French verb's form right after a determiner is a noun: `un conseiller de l'exécutif`.)
    while end < limit && end - start < 7 && has(end, .word) && !has(end, .stop) && !has(end, .that)
      && !(has(end, .verb) && !(has(end - 1, .det) && !has(end, .english))) && !has(end, .aux)
    {
      // An adverb ends the phrase unless a noun follows (`la même source`).
      if has(end, .adverb) && !(has(end + 1, .word) && !has(end + 1, .adverb) && !has(end + 1, .prep) && end + 1 < limit) {
        break
      }
      // `Raphael Gruman de la société Dietatwork`: stop before a preposition
      // that follows a complete name.
      if entity != nil && end == entity!.upperBound { break }
      // `le constructeur automobile dans un communiqué`: where or how it spoke.
      if end > start + 1, has(end + 1, .det), IndirectSpeechWords.shared.speakerEnd.contains(analysis.tokens[end].norm) { break }
      // `le ministre à l'issue d'une première journée`.
      if end > start + 1, IndirectSpeechWords.shared.speakerEndPhrases.contains(where: { phrase in
        end + phrase.count <= limit && phrase.indices.allSatisfy { analysis.tokens[end + $0].norm == phrase[$0] }
      }) {
        break
      }
      // `la présidente du groupe sur TF1`: the medium it spoke on.
      if end > start + 1, isMediumAfterPreposition(end, limit: limit) { break }
      end += 1
    }
    // Cut after a preposition or an article (`la présidente du groupe RN à
    // l'`): the name after it completes the phrase, or the phrase ends before them.
    if end - start >= 7, end < limit, has(end - 1, .prep) || has(end - 1, .det) {
      if entityOf[end] >= 0, let name = entityTokens(end), name.upperBound <= min(limit, start + 10) {
        end = name.upperBound
      } else {
        while end > start + 1 && (has(end - 1, .prep) || has(end - 1, .det)) { end -= 1 }
      }
    }
    return start..<end
  }

  /// Whether a preposition at `index` (`sur`, `à`, `on`, `to`) opens the name
  /// of a listed news medium (`sur TF1`, `à L'Équipe`, `on CNN`), maybe after an article.
  private func isMediumAfterPreposition(_ index: Int, limit: Int) -> Bool {
    guard has(index, .prep), ["sur", "à", "au", "on", "to", "dans"].contains(analysis.tokens[index].norm) else { return false }
    var name = index + 1
    if name < limit && has(name, .det) && entityOf[name] < 0 { name += 1 }
    guard name < limit, entityOf[name] >= 0 else { return false }
    let entity = analysis.entities[Int(entityOf[name])]
    return entity.label == .organization && EntityLexicons.shared.isKnownOrganization(bytes, entity.utf8Range)
  }
}
