/// Reported speech without marks: `X a expliqué que …`, `X said (that) …`,
/// `Selon X, …`, `…, selon X`, `According to X, …`, `…, a-t-il ajouté`,
/// `…, he added`. The content runs to the end of the sentence (or to the
/// comma before a trailing attribution); negated cues (`n'a pas dit`,
/// `did not say`) report nothing.
enum IndirectSpeech {
  /// The word lists of `Resources/quotes/indirect-speech.txt`.
  private static let wordLists = IndirectSpeechWords.shared

  static func quotes(_ doc: QuoteTokens, insideMarks: [Bool]) -> [Found] {
    var found: [Found] = []
    for sentenceIndex in doc.analysis.sentences.indices {
      let sentence = doc.sentence(sentenceIndex)
      guard !sentence.isEmpty else { continue }
      var coveredUntil = sentence.lowerBound
      var contentEnd = sentence.upperBound
      // `…, selon X.` / `…, according to X.` / `…, a-t-il ajouté.` / `…, he added.`
      if let trailing = trailingAttribution(sentence, doc, insideMarks) {
        var start = sentence.lowerBound
        while start < trailing.comma && doc.has(start, .punctuation) && !doc.has(start, .mark) { start += 1 }
        if start < trailing.comma, !insideMarks[start], !doc.has(start, .mark) {
          found.append(Found(content: start..<trailing.comma, kind: .indirect, speaker: trailing.attribution.speaker,
                             cue: trailing.attribution.cue))
          // (`…, Graham said, since most of them accept …`: the speaker's reason goes on.)
          if let reason = trailing.reason {
            found.append(Found(content: reason, kind: .indirect, speaker: trailing.attribution.speaker,
                               cue: trailing.attribution.cue))
          }
          continue
        }
        contentEnd = trailing.comma
      }
      // `…, according to the Tax Foundation, more than …`: the source in
      // the middle of the sentence; what it says is the part before it.
      if let medial = medialSource(sentence, contentEnd, doc, insideMarks) {
        found.append(contentsOf: medial)
        continue
      }
      // `…, selon l'AFP` closing a sentence is not part of what was said.
      var probe = contentEnd - 1
      while probe > sentence.lowerBound && probe >= contentEnd - 15 {
        if doc.has(probe, .comma) && doc.has(probe + 1, .source) {
          contentEnd = probe
          break
        }
        probe -= 1
      }
      // `Climate change, Mr. Obama often says, is the greatest threat.`
      if found.last?.content.lowerBound ?? -1 < sentence.lowerBound,
        let incise = inciseAttribution(sentence, contentEnd, doc, insideMarks)
      {
        found.append(contentsOf: incise)
        continue
      }
      // `Selon X, …` / `According to X, …`; `Pour X, …` when X is a person
      // (`Pour Bertrand Rakoto, analyste chez D3, ce départ était inévitable`).
      var start = sentence.lowerBound
      while start < sentence.upperBound && doc.has(start, .punctuation) && !doc.has(start, .mark) { start += 1 }
      if doc.has(start, .source) || isOpinionSource(at: start, limit: contentEnd, doc) {
        let from = doc.has(start + 1, .to) ? start + 2 : start + 1
        var comma = from
        var depth = 0
        var outside = 0  // tokens outside brackets: at most 14
        while comma < sentence.upperBound && comma < from + 40 && (depth > 0 || !doc.has(comma, .comma)) && !doc.has(comma, .final) {
          // `Selon les initiateurs de ce comité (pensé à …), …`
          if doc.has(comma, .openBracket) { depth += 1 } else if doc.has(comma, .closeBracket) { depth = max(0, depth - 1) }
          if depth == 0 { outside += 1 }
          if depth == 0 && outside > 14 { break }
          comma += 1
        }
        if doc.has(comma, .comma), comma + 1 < contentEnd, !doc.has(comma + 1, .mark), comma > from,
          doc.namesSource(from..<comma)
        {
          var speaker = doc.speaker(after: from, limit: comma) ?? from..<comma
          // `According to Daniel Morgan, a portfolio manager at Synovus, the …`:
          // the speaker's role in apposition is not what was said; nor is the
          // name after a role (`D'après son président, le docteur Marc Noizet, …`),
          // who is the speaker.
          var apposition = roleApposition(after: comma, limit: contentEnd, doc)
            ?? organizationApposition(after: comma, limit: contentEnd, doc)
          if apposition == nil, !speaker.contains(where: { doc.isPersonEntity(at: $0) }),
            let name = personApposition(after: comma, limit: contentEnd, doc)
          {
            apposition = name.close
            speaker = name.person
          }
          let contentStart = apposition.map { $0 + 1 } ?? comma + 1
          // (What a quote after a colon says is its own: `…, d'autres baisses
          // sont à prévoir : « Nous anticipons … »`.)
          let end = (contentStart..<contentEnd).first { doc.has($0, .colon) && opensMarkedQuote($0 + 1, doc, insideMarks) }
            ?? contentEnd
          // (After the role, a quote of its own: `Pour X, délégué CFDT, « … »`.)
          // (Nor a lone adverb: `According to MSNBC, basically.`)
          if !(contentStart > comma + 1 && doc.has(contentStart, .mark)),
            (contentStart..<end).lazy.filter({ doc.has($0, .word) }).prefix(2).count == 2
          {
            found.append(Found(content: contentStart..<end, kind: .indirect, speaker: speaker, cue: start..<from))
          }
          coveredUntil = contentStart
        }
      }
      // `X a déclaré que …`, `X said (that) …`
      var index = sentence.lowerBound
      while index < contentEnd {
        defer { index += 1 }
        guard index >= coveredUntil, !insideMarks[index] else { continue }
        // `Voting rights advocates have expressed deep concern about the policy.`
        if let act = speechNounAct(at: index, limit: contentEnd, floor: sentence.lowerBound, doc) {
          found.append(act)
          coveredUntil = act.content.upperBound
          continue
        }
        // (`calling`, more often a noun or another sense, is a verb of saying before `for`.)
        // (`painted`, `portrayed`: verbs of saying only with an object and `as`.)
        guard doc.has(index, .verb)
          || doc.has(index, .english) && wordLists.callForms.contains(doc.analysis.tokens[index].norm)
            && index + 1 < contentEnd && doc.norm(index + 1) == "for"
          || doc.has(index, .english) && mayBeAsObjectVerb(index, doc)
            && wordLists.asObjectVerbs.contains(doc.analysis.tokens[index].norm)
            && nounObjectStart(after: index, limit: contentEnd, doc) != nil
        else { continue }
        // `Mr. Quiros was accused of using …`: a passive speech act reports
        // what its complement says; the speaker is the agent, if named.
        if let passive = passiveSpeechAct(at: index, limit: contentEnd, floor: sentence.lowerBound, doc) {
          found.append(passive)
          coveredUntil = passive.content.upperBound
          continue
        }
        // `Oz has been called a charlatan`: naming in the passive, no speech of the subject's.
        if doc.has(index, .english), doc.analysis.tokens[index].norm == "called",
          index > sentence.lowerBound, wordLists.beForms.contains(doc.analysis.tokens[index - 1].norm)
        {
          continue
        }
        guard var cue = doc.verbGroup(endingAt: index, floor: sentence.lowerBound), !doc.has(index, .naming) || cue.count > 1,
          !isNamingCalled(index, afterComma: false, doc)
        else { continue }
        let clauseStart = complementStart(after: index, limit: contentEnd, doc)
        let objectStart = clauseStart == nil ? nounObjectStart(after: index, limit: contentEnd, doc) : nil
        guard let contentStart = clauseStart ?? objectStart else { continue }
        // What was said ends before `, saying …` or `and said …`, which report on their own
        // (`announced the arrest of a man and said a curfew would continue`).
        // A noun object also ends before a participle of the writer's
        // (`attacked the hotel, killing 12 guests`) and before `, but`
        // (`derided the deal as toothless, but Mr. Obama learned …`) and
        // before a relative clause that reports on its own (`endorses Trump,
        // who says he is honored`), and at a semicolon (`denounce N. Korea
        // test; Obama, others vow consequences`).
        var clauseEnd = doc.has(index, .english)
          ? (contentStart..<contentEnd).first {
            endsNounObject(at: $0, doc)
              || doc.analysis.tokens[$0].norm == ";"
                && (clauseStart == nil || doc.has($0 + 1, .he) && !doc.has($0 + 1, .me) || doc.has($0 + 1, .capitalized))
              || clauseStart == nil && doc.has($0, .comma)
                && (isGerund($0 + 1, doc) && !doc.has($0 + 1, .prep) || doc.norm($0 + 1) == "but"
                  || ["who", "which"].contains(doc.norm($0 + 1)) && doc.has($0 + 2, .verb))
          } ?? contentEnd : contentEnd
        // (`would be more intense — and he noted …`: not the dash before the next report.)
        while clauseEnd < contentEnd, clauseEnd - 1 > contentStart, doc.has(clauseEnd - 1, .dash), doc.has(clauseEnd - 1, .spaceBefore) {
          clauseEnd -= 1
        }
        var speaker = doc.subject(before: cue.lowerBound, floor: sentence.lowerBound)
        // `Sanders on Tuesday said …`, `X, Y and Z all suggested …`: a time
        // or a floating quantifier between the subject and its verb (a
        // weekday the verb group took as an adverb is left out of the cue).
        if doc.has(index, .english) {
          var verbStart = cue.lowerBound
          while verbStart < index && isDate(verbStart, doc) { verbStart += 1 }
          var subjectEnd = timeBefore(verbStart, floor: sentence.lowerBound, doc) ?? verbStart
          if subjectEnd - 1 > sentence.lowerBound,
            wordLists.floatingQuantifiers.contains(doc.analysis.tokens[subjectEnd - 1].norm)
          {
            subjectEnd -= 1
            // (`Microsoft, Meta and Alphabet have all said …`: the auxiliary before it.)
            while subjectEnd - 1 > sentence.lowerBound && doc.has(subjectEnd - 1, .aux) { subjectEnd -= 1 }
          }
          if subjectEnd < verbStart || verbStart > cue.lowerBound,
            let subject = doc.subject(before: subjectEnd, floor: sentence.lowerBound), doc.isPlausibleSpeaker(subject)
          {
            speaker = subject
            cue = verbStart..<cue.upperBound
          }
        }
        // `It is worth noting that …`, `It goes without saying that …`,
        // `Let's say you think …`: no one reports anything.
        if doc.has(index, .english), index >= 1,
          wordLists.idiomOpeners.contains(doc.analysis.tokens[index - 1].norm)
            || index >= 2 && doc.analysis.tokens[index - 2].norm == "let" && doc.has(index - 1, .word)
              && wordLists.idiomOpeners.contains("let" + doc.analysis.tokens[index - 1].norm)
        {
          continue
        }
        // (A progressive keeps its subject: `Republicans are urging Trump to …`.)
        let participial = doc.has(index, .participle)
          && !(doc.has(index, .english) && (cue.lowerBound..<index).contains { doc.has($0, .aux) })
        if participial || doc.has(cue.lowerBound, .prep) || doc.has(cue.lowerBound - 1, .stop)
          || cue.lowerBound > sentence.lowerBound && doc.analysis.tokens[cue.lowerBound - 1].norm == "whom"
        {
          // `…, annonçant qu'il …`, `… en soulignant que`, `… and has said
          // that`: the subject of the sentence.
          // `…,” he said, adding he …`: the subject of the verb before the comma.
          let previousSubject =
            participial
            ? doc.subjectOfPreviousVerb(cue.lowerBound, floor: sentence.lowerBound)
              ?? doc.invertedSpeaker(before: cue.lowerBound, floor: sentence.lowerBound) : nil
          let coordinated =
            doc.has(index, .english) && cue.lowerBound - 1 > sentence.lowerBound
              && ["and", "or"].contains(doc.analysis.tokens[cue.lowerBound - 1].norm)
            ? previousVerbSubject(sentence, before: cue.lowerBound - 1, doc) : nil
          // `…, the Saudi government, which has strongly denied …`: the antecedent of a relative pronoun.
          speaker = previousSubject ?? coordinated ?? doc.relativeAntecedent(cue.lowerBound, floor: sentence.lowerBound)
            ?? doc.sentenceSubject(cue.lowerBound) ?? doc.initialPluralNoun(cue.lowerBound)
            ?? doc.nearestName(before: cue.lowerBound) ?? doc.initialNounPhrase(cue.lowerBound)
        }
        // `Citing an unfounded conspiracy theory, Trump accused …`: a
        // participle opening the sentence is the main clause's subject's,
        // and what it says, right after it, ends at the comma. (Not `Speaking
        // to students at …,` nor `Writing for a panel that …,`.)
        if participial, doc.has(index, .english), cue.lowerBound == firstWord(sentence, doc),
          contentStart == index + 1 || contentStart == index + 2 && doc.has(index + 1, .that),
          let comma = (contentStart..<clauseEnd).first(where: { doc.has($0, .comma) && !insideMarks[$0] }),
          let subject = doc.speaker(after: comma + 1, limit: clauseEnd), doc.isPlausibleSpeaker(subject)
        {
          speaker = subject
          clauseEnd = comma
        }
        // `The company, noting weak demand, cut its forecast`: a participle
        // between commas after the subject says what ends at the second comma.
        // (Also after a preposition: `The Senator from Alaska, in explaining
        // her decision …, tried to …`, whose subject is the sentence's first
        // noun phrase.)
        let openingComma = doc.has(cue.lowerBound - 1, .comma) ? cue.lowerBound - 1
          : doc.has(cue.lowerBound - 1, .prep) && doc.has(cue.lowerBound - 2, .comma) ? cue.lowerBound - 2 : nil
        if participial, doc.has(index, .english), let openingComma,
          let comma = (contentStart..<min(clauseEnd, contentStart + 40)).first(where: { doc.has($0, .comma) && !insideMarks[$0] }),
          doc.has(comma + 1, .verb) && !doc.has(comma + 1, .participle) || isFiniteVerb(comma + 1, doc)
        {
          clauseEnd = comma
          if !(sentence.lowerBound..<openingComma).contains(where: { doc.has($0, .comma) }),
            let subject = doc.initialNounPhrase(openingComma), subject.upperBound <= openingComma,
            !(speaker.map { subject.lowerBound <= $0.lowerBound && $0.upperBound <= openingComma } ?? false)
          {
            speaker = subject
          }
        }
        // `European leaders gathered Friday to discuss …`, `called an
        // emergency meeting to discuss …`: a speech act that is the purpose
        // of the sentence's subject.
        // (`a gathering of farmers to discuss`: past the noun's complement.)
        // (And a clause: `went on to explain how …`, `was quick to point out that …`.)
        if doc.has(index, .english), cue.lowerBound >= index - 1, index >= sentence.lowerBound + 3,
          doc.analysis.tokens[index - 1].norm == "to",
          let purpose = [index - 2, index - 4].first(where: {
            $0 >= sentence.lowerBound && (wordLists.purposeWords.contains(doc.analysis.tokens[$0].norm) || isDate($0, doc))
              && ($0 == index - 2 || doc.analysis.tokens[index - 3].norm == "of")
          }),
          var subject = doc.sentenceSubject(index) ?? speaker ?? doc.initialNounPhrase(index), subject.upperBound <= purpose
        {
          // (`European leaders gathered Friday`: the subject ends before its verb.)
          if let verb = subject.dropFirst().first(where: { isPastForm($0, doc) || wordLists.purposeWords.contains(doc.analysis.tokens[$0].norm) }) {
            subject = subject.lowerBound..<verb
          }
          if doc.isPlausibleSpeaker(subject) { speaker = subject }
        }
        guard let speaker, doc.isPlausibleSpeaker(speaker) else { continue }
        // `As Clinton talked about bringing communities together, Trump …`:
        // an attribution in an adverbial clause reports up to its comma.
        if doc.has(index, .english), speaker.lowerBound > sentence.lowerBound,
          wordLists.adverbialOpeners.contains(doc.analysis.tokens[speaker.lowerBound - 1].norm),
          let comma = (contentStart..<clauseEnd).first(where: { doc.has($0, .comma) })
        {
          clauseEnd = comma
        }
        guard contentStart < clauseEnd, !insideMarks[contentStart] || doc.has(contentStart, .mark) else { continue }
        // `he told the group.`: only who was told (and when).
        var wordsEnd = clauseEnd
        while wordsEnd > contentStart && doc.has(wordsEnd - 1, .punctuation) && !doc.has(wordsEnd - 1, .mark) { wordsEnd -= 1 }
        if isToldObject(contentStart..<wordsEnd, verb: index, doc) { continue }
        // `Limbaugh told his radio audience of Monday, “What has happened …”`:
        // who was told, then a quote of its own.
        if doc.has(index, .english), doc.analysis.tokens[index].norm.hasPrefix("t"), contentStart == index + 1,
          let comma = (contentStart..<min(clauseEnd, contentStart + 9)).first(where: { doc.has($0, .comma) }),
          comma + 1 < doc.count, doc.has(comma + 1, .mark)
        {
          continue
        }
        // Without `that`, what follows the verb of an English attribution
        // closing a quote is where or when it was said (`…,” Trump said this
        // month on CNBC`, `…,” Clarke told the miners`, `…,” he said after
        // Pagliano failed to show up`), and what follows it at an adverbial
        // opener is an adverbial (`what Liz Wahl said when she resigned`).
        if doc.has(index, .english), !doc.has(contentStart - 1, .that) {
          // (`…,'' Ms. Wahl told …`: the title the speaker's name left out.)
          // (A participle's subject is the sentence's: `…,” he said, adding he …`.)
          var subjectStart = participial ? cue.lowerBound : min(speaker.lowerBound, cue.lowerBound)
          while subjectStart > sentence.lowerBound && subjectStart > speaker.lowerBound - 2
            && doc.has(subjectStart - 1, .capitalized) && doc.has(subjectStart - 1, .word)
          {
            subjectStart -= 1
          }
          // (Or a role before the name: `…,” City manager Pep Guardiola told Sky Sports after the match.`)
          let afterRole = !participial && speaker.lowerBound <= cue.lowerBound
            && stride(from: speaker.lowerBound - 1, through: max(sentence.lowerBound, speaker.lowerBound - 5), by: -1)
              .contains { followsQuote($0, doc) && isRoleBefore($0..<speaker.lowerBound, doc) }
          if followsQuote(subjectStart, doc) || afterRole
            || wordLists.adverbialOpeners.contains(doc.norm(index + 1)) && !doc.has(contentStart, .he)
          {
            continue
          }
        }
        found.append(Found(content: contentStart..<clauseEnd, kind: .indirect, speaker: speaker, cue: cue))
        coveredUntil = clauseEnd
      }
    }
    found += blockQuotes(doc, insideMarks: insideMarks)
    return found
  }

  /// `The governor added:` ¶ `It's typical of …`: a paragraph that is only a
  /// subject, a verb of saying and a colon introduces the next paragraph
  /// when that one opens without a quotation mark (a block quote whose
  /// marks the page dropped): what was said, without marks.
  private static func blockQuotes(_ doc: QuoteTokens, insideMarks: [Bool]) -> [Found] {
    var found: [Found] = []
    let paragraphs = doc.analysis.paragraphs.count
    guard paragraphs > 1 else { return [] }
    for paragraph in 0..<(paragraphs - 1) {
      let tokens = doc.paragraphTokens(paragraph)
      guard tokens.count >= 3, doc.has(tokens.upperBound - 1, .colon) else { continue }
      let verb = tokens.upperBound - 2
      guard doc.has(verb, .verb), !insideMarks[verb] else { continue }
      let sentence = doc.sentence(Int(doc.sentenceOf[verb]))
      let floor = max(sentence.lowerBound, tokens.lowerBound)
      guard let cue = doc.verbGroup(endingAt: verb, floor: floor),
        let speaker = doc.subject(before: cue.lowerBound, floor: floor), doc.isPlausibleSpeaker(speaker),
        speaker.lowerBound == firstWord(floor..<sentence.upperBound, doc)
      else { continue }
      let next = doc.paragraphTokens(paragraph + 1)
      var end = next.upperBound
      while end > next.lowerBound && doc.has(end - 1, .punctuation) && !doc.has(end - 1, .mark) { end -= 1 }
      guard end > next.lowerBound, !doc.has(next.lowerBound, .mark), !insideMarks[next.lowerBound] else { continue }
      found.append(Found(content: next.lowerBound..<end, kind: .indirect, speaker: speaker, cue: cue))
    }
    return found
  }

  /// A passive speech act at `verb` (`Peacekeepers have been blamed for
  /// introducing cholera`, `They have often been criticized by the press for
  /// being slow`): a form of `be` (and at most two adverbs) before the
  /// participle, then the agent after `by` (the speaker; none otherwise),
  /// then the preposition and what was said, to the end of the clause.
  private static func passiveSpeechAct(at verb: Int, limit: Int, floor: Int, _ doc: QuoteTokens) -> Found? {
    guard doc.has(verb, .english), let prepositions = wordLists.passiveSpeechActs[doc.analysis.tokens[verb].norm] else {
      return nil
    }
    var be = verb - 1
    while be > floor && be >= verb - 3 && (doc.has(be, .adverb) || isMannerAdverb(be, doc)) { be -= 1 }
    guard be >= floor, wordLists.beForms.contains(doc.analysis.tokens[be].norm)
    else { return nil }
    // The whole verb group: `have sometimes been`, `is being`.
    var cueStart = be
    while cueStart - 1 >= floor && (doc.has(cueStart - 1, .aux) || doc.has(cueStart - 1, .adverb))
      && !doc.has(cueStart - 1, .negation) && cueStart > be - 3
    {
      cueStart -= 1
    }
    if doc.has(cueStart - 1, .negation) { return nil }
    var preposition = verb + 1
    var speaker: Range<Int>? = nil
    if preposition < limit && doc.analysis.tokens[preposition].norm == "by" {
      var agentEnd = preposition + 1
      while agentEnd < limit && agentEnd <= preposition + 6 && !prepositions.contains(doc.analysis.tokens[agentEnd].norm)
        && doc.has(agentEnd, .word) && !doc.has(agentEnd, .verb)
      {
        agentEnd += 1
      }
      guard agentEnd > preposition + 1 else { return nil }
      speaker = doc.speaker(after: preposition + 1, limit: agentEnd) ?? (preposition + 1)..<agentEnd
      preposition = agentEnd
    }
    guard preposition + 1 < limit, prepositions.contains(doc.analysis.tokens[preposition].norm),
      doc.has(preposition + 1, .word) || doc.has(preposition + 1, .mark)
    else { return nil }
    let start = preposition + 1
    let end = (start..<limit).first { endsNounObject(at: $0, doc) } ?? limit
    guard end > start else { return nil }
    return Found(content: start..<end, kind: .indirect, speaker: speaker, cue: cueStart..<(preposition + 1))
  }

  /// A speech act made of a support verb and a noun (`have expressed deep
  /// concern about the policy`, `sounded a call for the United States to
  /// accept …`): at most three determiners or adjectives between them, then
  /// one of the noun's prepositions and what was said, to the end of the
  /// clause; the speaker is the verb's subject.
  private static func speechNounAct(at verb: Int, limit: Int, floor: Int, _ doc: QuoteTokens) -> Found? {
    guard doc.has(verb, .english), doc.has(verb, .word), !doc.has(verb, .capitalized), verb + 3 < limit else { return nil }
    // (`has faced sharp criticism for …`: others' speech about the subject, no speaker named.)
    let receiving = wordLists.receivingVerbs.contains(doc.analysis.tokens[verb].norm)
    guard receiving || wordLists.supportVerbs.contains(doc.analysis.tokens[verb].norm) else { return nil }
    // (`came under withering criticism for …`: `come` only before `under`.)
    let comeUnder = receiving && doc.analysis.tokens[verb].norm.hasPrefix("c")
    if comeUnder && doc.norm(verb + 1) != "under" { return nil }
    var noun = comeUnder ? verb + 2 : verb + 1
    while noun < limit && noun <= verb + 4 && wordLists.speechNouns[doc.analysis.tokens[noun].norm] == nil {
      guard doc.has(noun, .word), !doc.has(noun, .capitalized), !doc.has(noun, .prep), !doc.has(noun, .verb),
        !doc.has(noun, .that), !doc.has(noun, .he)
      else { return nil }
      noun += 1
    }
    guard noun + 2 < limit, let prepositions = wordLists.speechNouns[doc.analysis.tokens[noun].norm],
      prepositions.contains(doc.norm(noun + 1)), doc.has(noun + 2, .word) || doc.has(noun + 2, .mark)
    else { return nil }
    // (`The Security Council on Friday made a strong condemnation of …`: a time before the verb.)
    guard var group = doc.verbGroup(endingAt: verb, floor: floor) else { return nil }
    while group.lowerBound < verb && isDate(group.lowerBound, doc) { group = (group.lowerBound + 1)..<group.upperBound }
    let start = noun + 2
    let end = (start..<limit).first { endsNounObject(at: $0, doc) } ?? limit
    if receiving {
      return Found(content: start..<end, kind: .indirect, speaker: nil, cue: group.lowerBound..<(noun + 2))
    }
    guard let speaker = doc.subject(before: timeBefore(group.lowerBound, floor: floor, doc) ?? group.lowerBound, floor: floor),
      doc.isPlausibleSpeaker(speaker)
    else { return nil }
    return Found(content: start..<end, kind: .indirect, speaker: speaker, cue: group.lowerBound..<(noun + 2))
  }

  /// English `called` naming something rather than reporting speech: after
  /// a noun introduced by `a`/`an` (`a Pakistan-based group called
  /// Lashkar-e-Taiba`), or opening an incise (`The program, called EB-5,
  /// allows …`); a name follows. Not after a subject (`The Trump campaign
  /// called the charges …`, `Trump called her …`).
  private static func isNamingCalled(_ index: Int, afterComma: Bool, _ doc: QuoteTokens) -> Bool {
    guard index >= 2, doc.has(index, .english), doc.analysis.tokens[index].norm == "called" else { return false }
    // `what he called Machado's “sex tape”`: naming, whatever follows.
    if (max(0, index - 3)...(index - 2)).contains(where: { doc.analysis.tokens[$0].norm == "what" }) { return true }
    // (`, called the Virginia Conservation Legacy Fund,`: a name with its article.)
    let theName = doc.has(index - 1, .comma) && index + 2 < doc.count && doc.norm(index + 1) == "the"
      && doc.has(index + 2, .capitalized)
    guard doc.has(index + 1, .capitalized) || theName else { return false }
    if doc.has(index - 1, .comma) {
      // `, called EB-5,`: the name and a comma (not `, called Clinton a liar`).
      var next = theName ? index + 2 : index + 1
      while next < index + (theName ? 7 : 5) && doc.has(next, .capitalized) { next += 1 }
      return afterComma || doc.has(next, .comma)
    }
    var probe = index - 1
    // (Over a hyphenated compound: `a Pakistan-based group called …`.)
    while probe > index - 6 && probe > 0
      && (doc.isGluedHyphen(probe) || doc.isGluedHyphen(probe + 1) && doc.has(probe, .word)
        || doc.has(probe, .word) && !doc.has(probe, .capitalized) && !doc.has(probe, .det) && !doc.has(probe, .he)
          && !doc.has(probe, .aux))
    {
      probe -= 1
    }
    return probe < index - 1 && wordLists.indefiniteArticles.contains(doc.analysis.tokens[probe].norm)
  }

  /// Whether a quote closes with a comma or a dash right before `index`
  /// (`,” X said`, `”, X said`, `” – X`): the attribution of that quote
  /// starts there (not after `.”`, where a new sentence starts).
  private static func followsQuote(_ index: Int, _ doc: QuoteTokens) -> Bool {
    var before = index - 1
    let separated = before >= 0 && (doc.has(before, .comma) || doc.has(before, .dash))
    if separated { before -= 1 }
    guard before >= 1 else { return false }
    if doc.has(before, .mark) {
      before -= 1
      // `…,' " he told`: a nested quote closing with the outer one (its
      // single mark may be read as an apostrophe).
      if !separated && before >= 1
        && (doc.has(before, .mark) || doc.analysis.tokens[before].norm == "'" || doc.analysis.tokens[before].norm == "’")
      {
        before -= 1
      }
    } else if doc.isDoubledApostrophe(at: before - 1) {
      before -= 2
    } else {
      return false
    }
    // (Not a fragment the writer's sentence quotes: `Bemoaning the “phony
    // system,” Trump accused Holt of …` — a word right before its opening mark.)
    let sentenceStart = doc.sentence(Int(doc.sentenceOf[index])).lowerBound
    var open = before
    while open > sentenceStart && open > before - 40 && !doc.has(open, .mark) { open -= 1 }
    if doc.has(open, .mark), open > sentenceStart, doc.has(open - 1, .word), doc.has(open - 1, .english),
      !doc.has(open - 1, .verb)
    {
      return false
    }
    return separated || (before >= 0 && doc.has(before, .comma))
  }

  /// Where the reported clause starts after a verb of saying: after
  /// `que`/`that` (past an object or a time: `told reporters that`, `a dit
  /// aux journalistes que`, `said Friday that`), or, for English verbs of
  /// saying, right at a subject (`says he would`).
  /// An English `that` after a noun, opening a relative clause: a verb right
  /// after it, an auxiliary (`the land that had been ravaged`) or a
  /// present-tense form before its object (`a base that overlooks the bay`).
  private static func opensRelativeClause(_ that: Int, _ doc: QuoteTokens) -> Bool {
    guard doc.has(that, .english), that + 2 < doc.count else { return false }
    if doc.has(that + 1, .aux) { return true }
    let norm = doc.norm(that + 1).utf8
    return doc.has(that + 1, .word) && !doc.has(that + 1, .capitalized) && !doc.has(that + 1, .he) && norm.count > 4
      && norm.last == UInt8(ascii: "s") && !norm.suffix(2).elementsEqual("ss".utf8)
      && (doc.has(that + 2, .det) || doc.has(that + 2, .capitalized))
  }

  private static func complementStart(after verb: Int, limit: Int, _ doc: QuoteTokens) -> Int? {
    if let start = relativeClauseStart(after: verb, limit: limit, doc) { return start }
    // `Limbaugh added: And from a supposed front-runner …`: what follows a
    // colon without a quote mark (a block quote the page lost its marks for).
    if doc.has(verb, .english), doc.has(verb + 1, .colon), verb + 3 < limit, doc.has(verb + 2, .word),
      !doc.has(verb + 2, .mark)
    {
      return verb + 2
    }
    // `Lawmakers also asked whether the deals …`, `asked Clinton how she …`:
    // an indirect question, after at most two words of who was asked.
    if doc.has(verb, .english), wordLists.questionVerbs.contains(doc.analysis.tokens[verb].norm) {
      var probe = verb + 1
      while probe < limit && probe <= verb + 2 && !wordLists.whWords.contains(doc.analysis.tokens[probe].norm)
        && (doc.has(probe, .capitalized) || wordLists.toldPersons.contains(doc.analysis.tokens[probe].norm))
      {
        probe += 1
      }
      if probe + 2 < limit, wordLists.whWords.contains(doc.analysis.tokens[probe].norm), doc.has(probe + 1, .word) {
        return probe
      }
    }
    // `railed against the tax breaks that favor …`: a speech act's
    // preposition opens its noun object, whose `that` opens a relative clause.
    if doc.has(verb, .english), verb + 1 < limit,
      wordLists.prepositionalObjects[doc.analysis.tokens[verb].norm]?.contains(doc.norm(verb + 1)) == true
    {
      return nil
    }
    var index = verb + 1
    var skipped = 0
    // `told a meeting of Pacific Island leaders that`: a longer object for `tell`.
    // A speech act with a noun object takes `that` right after it (`denied
    // that`): in `attacked loopholes that benefit others` it opens a relative clause.
    let objectLength = !doc.has(verb, .english) ? 4
      : wordLists.nounObjectVerbs.contains(doc.analysis.tokens[verb].norm) ? 0
      : doc.analysis.tokens[verb].norm.hasPrefix("t") ? 8 : 4
    while index < limit && !doc.has(index, .that) {
      if doc.has(index, .punctuation) || doc.has(index, .verb) || doc.has(index, .mark) { break }
      // (After a noun-object verb a date is free: `announced Tuesday that`.)
      if !(objectLength == 0 && isDate(index, doc)) {
        if skipped >= objectLength { break }
        skipped += 1
      }
      index += 1
    }
    if index < limit && doc.has(index, .that) && !doc.has(index + 1, .punctuation) && !isDeterminerThat(index, limit: limit, doc)
      && !(index > verb + 1 && opensRelativeClause(index, doc))
    {
      // `that` as a determiner (`said that day`) is rare after a verb of saying.
      return index + 1
    }
    // `said that, if elected, he would`: an aside right after `that`.
    if index < limit && doc.has(index, .that) && doc.has(index + 1, .comma) && index + 3 < limit
      && !doc.has(index + 2, .punctuation)
    {
      return index + 2
    }
    // `says at a campaign stop in Toledo, Ohio, that it means`, `said in an
    // interview with the Post on Friday that`: a longer place or time, with
    // commas, before `that`.
    // (Not `called for female contestants to wear dresses that …`: the
    // directive's object, whose `that` opens a relative clause.)
    if doc.has(verb + 1, .prep), !(doc.has(verb, .english) && wordLists.callForms.contains(doc.analysis.tokens[verb].norm)) {
      var probe = verb + 2
      while probe < limit && probe <= verb + 14 && !doc.has(probe, .that) {
        if doc.has(probe, .verb) || doc.has(probe, .aux) || doc.has(probe, .mark) || doc.has(probe, .final)
          || doc.has(probe, .colon) || doc.has(probe, .he)
        {
          break
        }
        probe += 1
      }
      if probe + 1 < limit && doc.has(probe, .that) && !doc.has(probe + 1, .punctuation) && !opensRelativeClause(probe, doc) {
        return probe + 1
      }
    }
    // `affirment avoir signalé …`, `assure être innocent`: a French verb of
    // asserting and an infinitive with the same subject.
    // (Only verbs of asserting: `Stan avouera avoir été influencé` is a narrative.)
    // (Past `de son côté`, `pour sa part`: `affirme de son côté avoir fait …`.)
    let infinitive = doc.adverbialPhrase(startingAt: verb + 1, limit: limit) ?? verb + 1
    if !doc.has(verb, .english), infinitive + 1 < limit, doc.has(infinitive, .word), !doc.has(infinitive, .verb),
      wordLists.bareInfinitives.contains(doc.analysis.tokens[infinitive].norm),
      wordLists.assertingVerbStems.contains(where: { doc.analysis.tokens[verb].norm.hasPrefix($0) })
    {
      return infinitive
    }
    // A reported directive or intention: `appellent le législateur à
    // réguler`, `had announced on Monday to suspend`, `urged Congress to act`.
    // Not after a subject pronoun when the verb takes a bare clause (`said
    // he wants to attack …` reports the clause `he wants to …`, as below).
    let norm = doc.analysis.tokens[verb].norm
    let takesBareClause = doc.has(verb, .english) && wordLists.bareClauseVerbs.contains(norm)
    // A speech act with a noun object takes its own infinitive only right
    // after it (`promised to cut taxes`; in `touted his plan to cut taxes`
    // the infinitive is the noun's); `called` a directive only with `on`
    // or `for` (`called on Congress to act`, not `called the meeting to order`).
    let nounObject = doc.has(verb, .english) && wordLists.nounObjectVerbs.contains(norm)
    // `agreed to clean up the mines` is a commitment, not a statement.
    let agreedTo = doc.has(verb, .english) && wordLists.agreeForms.contains(norm)
    let calledWithoutOn =
      doc.has(verb, .english) && wordLists.callForms.contains(norm)
      && !(verb + 1 < limit && wordLists.directivePrepositions.contains(doc.norm(verb + 1)))
    index = verb + 1
    while index < limit && index <= (nounObject ? verb + 1 : verb + 6) && !calledWithoutOn && !agreedTo
      && !doc.has(index, .punctuation) && !doc.has(index, .verb) && !(takesBareClause && doc.has(index, .he))
    {
      // `asked NBC's Lester Holt, the moderator for the first debate, to
      // fact check …`: an apposition between the object and its infinitive.
      if doc.has(verb, .english), wordLists.directiveVerbs.contains(norm), index > verb + 1, doc.has(index + 1, .comma),
        doc.has(index, .capitalized),
        let close = (index + 2..<min(limit, index + 16)).first(where: {
          doc.has($0, .comma) || doc.has($0, .verb) || doc.has($0, .mark) || doc.has($0, .final) || doc.has($0, .colon)
        }),
        doc.has(close, .comma), close + 2 < limit, isInfinitiveMarker(close + 1, doc), isInfinitive(close + 2, doc)
      {
        return close + 2
      }
      // `speaking on condition of anonymity to discuss …`: how, not what.
      // (The object may be missing at the text's end: `worried about the`.)
      if index == verb + 1, doc.has(index, .prep), index + 1 < limit,
        case let object = doc.has(index + 1, .det) ? index + 2 : index + 1, object < limit,
        wordLists.noContent.contains(doc.analysis.tokens[object].norm)
      {
        return nil
      }
      if isInfinitiveMarker(index, doc), index + 1 < limit, isInfinitive(index + 1, doc) {
        // (`continued to plot against us` is an action; `continued to insist`,
        // `continued to call for` still say: `call` is the infinitive of `calls`.)
        if doc.has(verb, .english), wordLists.continueForms.contains(norm), !doc.has(index + 1, .verb),
          !wordLists.callForms.contains(doc.norm(index + 1) + "s")
        {
          return nil
        }
        // (Past an object only after a verb of directing: `urged Congress to
        // act`, `called on Trump to stop`; not `maintains a program to
        // develop`, `reflected the president's eagerness to use`.)
        if doc.has(verb, .english), !wordLists.directiveVerbs.contains(norm), !wordLists.callForms.contains(norm),
          (verb + 1..<index).contains(where: { !doc.has($0, .adverb) && !doc.has($0, .negation) })
        {
          break
        }
        // (`vowed not to repeat that mistake`: the negation is what was said.)
        if index - 1 > verb, doc.has(index - 1, .negation), doc.has(index, .english) { return index - 1 }
        return index + 1
      }
      // `wondering about his ability to continue`: after a preposition the
      // infinitive is a noun's (not after `called on`, `asked for`).
      if index == verb + 1, doc.has(verb, .english), doc.has(index, .prep),
        !wordLists.directivePrepositions.contains(doc.analysis.tokens[index].norm)
      {
        break
      }
      // `said the candidate tended to make …`, `said the company must
      // continue to respond …`: a past verb or an auxiliary after the object
      // opens a clause; the infinitive is its own.
      if takesBareClause && index > verb + 1 && (isPastForm(index, doc) || doc.has(index, .aux)) { break }
      index += 1
    }
    guard doc.has(verb, .english), wordLists.bareClauseVerbs.contains(doc.analysis.tokens[verb].norm) else { return nil }
    // `said after the convention he would not accept …`, `said on Monday
    // they had …`: a short time or place phrase, then a subject pronoun.
    if verb + 1 < limit, doc.has(verb + 1, .prep) || wordLists.adverbialOpeners.contains(doc.norm(verb + 1)) {
      var probe = verb + 2
      while probe < limit && probe <= verb + 7 && doc.has(probe, .word) && !doc.has(probe, .he)
        && !doc.has(probe, .verb) && !doc.has(probe, .aux) && !doc.has(probe, .that)
      {
        probe += 1
      }
      if probe > verb + 2, probe + 2 < limit, doc.has(probe, .he), doc.has(probe + 1, .word),
        !doc.has(probe + 1, .punctuation)
      {
        return probe
      }
    }
    // `said he would`, `says the plan will`, `told reporters he`: a clause
    // (after at most two object words for `told`) of three words or more.
    var next = verb + 1
    while next < limit && doc.has(next, .adverb) && !doc.has(next, .det) { next += 1 }
    if doc.analysis.tokens[verb].norm.hasPrefix("t") {
      // `told reporters after the two-day meeting that inflation had eased`:
      // who was told and when, then `that` and the clause.
      var that = next
      while that < limit && that < next + 12 && !doc.has(that, .comma) && !doc.has(that, .final) && !doc.has(that, .mark)
        && !doc.has(that, .colon) && !doc.has(that, .verb) && !doc.has(that, .aux) && !doc.has(that, .that)
      {
        that += 1
      }
      // (Not a relative pronoun, `the meeting that was held …`; a quote
      // after `that` is the marked quote's, `told Fox that "they hit Matt …"`.)
      if that > next, that + 2 < limit, doc.has(that, .that), !isDeterminerThat(that, limit: limit, doc),
        !doc.has(that + 1, .aux), !doc.has(that + 1, .verb), !doc.has(that + 1, .mark)
      {
        return that + 1
      }
      var probe = next
      while probe < limit && probe < next + 3 && !doc.has(probe, .he) && !doc.has(probe, .det) && doc.has(probe, .word) { probe += 1 }
      if doc.has(probe, .he) || doc.has(probe, .det) { next = probe }
    }
    // `said 20 people have …`, `said about 20 people …`: a number opens a clause too.
    let approximate =
      next < limit
      && wordLists.approximations.contains(doc.analysis.tokens[next].norm)
    let number = approximate ? next + 1 : next
    if number + 3 < limit, doc.analysis.tokens[number].kind == .number, doc.has(number + 1, .word),
      !doc.has(number + 1, .prep)
    {
      return next
    }
    // `said 59% of members voted …`: an amount, then a verb of the clause's.
    if isAmount(number, doc), let amount = doc.entityTokens(number), amount.lowerBound == number,
      auxiliaryFollows(amount.upperBound - 1, limit: limit, pastForms: true, doc)
    {
      return next
    }
    guard next + 2 < limit, doc.has(next, .word), !doc.has(next, .prep), !doc.has(next, .verb), !doc.has(next, .aux),
      !doc.has(next, .that), !doc.has(next, .adverb), !doc.has(next + 1, .punctuation),
      !wordLists.quantifiers.contains(doc.analysis.tokens[next].norm) || auxiliaryFollows(next, limit: limit, doc),
      // (`a man who said and did the same things`: no clause opens with `and`.)
      !wordLists.conjunctions.contains(doc.analysis.tokens[next].norm)
    else { return nil }
    // After `reported`, a clause opened by `a`/`an` needs a verb of its own
    // (`reported a man was killed`); `reported a net profit of $97 billion`
    // is a company's results, and so is an amount before any verb
    // (`reported quarterly revenue of $35.1 billion`; not `reported her
    // presence on Twitter`). (Other verbs keep their noun objects:
    // `acknowledged a collaborative relationship`.)
    if doc.analysis.tokens[verb].norm.hasPrefix("report"), !doc.has(next, .he) {
      let indefinite = wordLists.indefiniteArticles.contains(doc.analysis.tokens[next].norm)
      var probe = next
      while probe < limit && probe <= next + 10 && (!doc.has(probe, .punctuation) || isAmount(probe, doc)) {
        if !indefinite && isAmount(probe, doc) { return nil }
        if probe > next && (doc.has(probe, .aux) || doc.has(probe, .verb) || isPastForm(probe, doc)) { return next }
        probe += 1
      }
      // (Nor a noun phrase and a time before a comma: `reported record
      // quarterly revenue on Wednesday, but …`.)
      if (next..<probe).contains(where: { isDate($0, doc) }) { return nil }
      return indefinite ? nil : next
    }
    return next
  }

  /// `Pour` opening a French sentence, then a person's name, a stressed
  /// pronoun (`lui`, `eux`) or an article and a role (`la présidente de
  /// l'Assemblée`), and a comma: whose opinion follows. (Not `Pour
  /// Microsoft, c'est un revers`: for an organization it is who is concerned.)
  static func isOpinionSource(at start: Int, limit: Int, _ doc: QuoteTokens) -> Bool {
    guard start + 2 < limit, !doc.has(start, .english), wordLists.opinionSources.contains(doc.analysis.tokens[start].norm)
    else { return false }
    if wordLists.stressedPronouns.contains(doc.norm(start + 1)) { return doc.has(start + 2, .comma) }
    // (Or an article and a role: `Pour la présidente de l'Assemblée nationale, Yaël Braun-Pivet, le texte …`.)
    if doc.has(start + 1, .det), doc.has(start + 2, .role) {
      var comma = start + 3
      while comma < limit && comma < start + 12 && !doc.has(comma, .comma) {
        if doc.has(comma, .verb) || doc.has(comma, .aux) || doc.has(comma, .mark) || doc.has(comma, .final) { return false }
        comma += 1
      }
      return comma < limit && doc.has(comma, .comma)
    }
    guard doc.isPersonEntity(at: start + 1), let name = doc.entityTokens(start + 1), name.lowerBound == start + 1 else {
      return false
    }
    return doc.has(name.upperBound, .comma)
  }

  /// The comma closing a role in apposition right after the comma at
  /// `comma` (`, a portfolio manager at Synovus,`, `, analyste chez D3
  /// Intelligence,`, `, délégué syndical CFDT,`): at most twelve words, a role
  /// or a noun for a person (``IndirectSpeechWords/personNouns``) among its first three, no
  /// verb, auxiliary, pronoun, `that` or mark, and a clause of three tokens
  /// or more after it; nil when there is none.
  private static func roleApposition(after comma: Int, limit: Int, _ doc: QuoteTokens) -> Int? {
    var close = comma + 1
    while close < limit && close <= comma + 13 && !doc.has(close, .comma) {
      if doc.has(close, .verb) || doc.has(close, .aux) || doc.has(close, .he) || doc.has(close, .that)
        || doc.has(close, .mark) || doc.has(close, .final)
      {
        return nil
      }
      close += 1
    }
    guard doc.has(close, .comma), close + 3 < limit, close > comma + 1,
      ((comma + 1)..<min(close, comma + 4)).contains(where: {
        doc.has($0, .role) || wordLists.personNouns.contains(doc.analysis.tokens[$0].norm)
      })
    else { return nil }
    return close
  }

  /// The comma closing what the source is part of, in apposition right
  /// after the comma at `comma` (`Selon le commandant Éric Martin, du
  /// Service départemental d'incendie et de secours (SDMIS), une centaine
  /// …`): French `de`/`du`/`des`/`d'` then a capitalized word, at most fifteen
  /// tokens with no verb, auxiliary, pronoun, `que` or mark, and a clause of
  /// three tokens or more after it; nil when there is none.
  private static func organizationApposition(after comma: Int, limit: Int, _ doc: QuoteTokens) -> Int? {
    let first = comma + 1
    guard first + 1 < limit, !doc.has(first, .english), ["de", "du", "des", "d'"].contains(doc.norm(first)),
      doc.has(first + 1, .capitalized) || doc.has(first + 1, .det) && doc.has(first + 2, .capitalized)
    else { return nil }
    var close = first + 1
    var depth = 0
    while close < limit && close <= comma + 16 && (depth > 0 || !doc.has(close, .comma)) {
      if doc.has(close, .openBracket) { depth += 1 } else if doc.has(close, .closeBracket) { depth = max(0, depth - 1) }
      if doc.has(close, .verb) || doc.has(close, .aux) || doc.has(close, .he) || doc.has(close, .that)
        || doc.has(close, .mark) || doc.has(close, .final)
      {
        return nil
      }
      close += 1
    }
    guard close < limit, doc.has(close, .comma), close + 3 < limit else { return nil }
    return close
  }

  /// A person's name in apposition right after the comma at `comma`, with
  /// at most an article and a title before it (`, le docteur Marc Noizet,`,
  /// `, Dr. Jane Doe,`): the name and the comma closing the apposition.
  private static func personApposition(after comma: Int, limit: Int, _ doc: QuoteTokens) -> (person: Range<Int>, close: Int)? {
    var first = comma + 1
    if first < limit && doc.has(first, .det) { first += 1 }
    if first < limit && !doc.isPersonEntity(at: first) && doc.has(first, .word) { first += 1 }
    guard first < limit, doc.isPersonEntity(at: first), let name = doc.entityTokens(first), name.lowerBound == first,
      name.upperBound + 3 < limit, doc.has(name.upperBound, .comma)
    else { return nil }
    return (name, name.upperBound)
  }

  /// Whether the English `that` at `index` is a determiner: one word (no
  /// pronoun) between it and a comma, a final mark or `but` (`disputed that
  /// figure but did not …`; not `that Trump “lashed out …”`, `that opening
  /// and closing statements …`).
  private static func isDeterminerThat(_ index: Int, limit: Int, _ doc: QuoteTokens) -> Bool {
    guard doc.has(index, .english), index + 1 < limit, doc.has(index + 1, .word), !doc.has(index + 1, .he) else { return false }
    return index + 2 >= limit || doc.has(index + 2, .comma) || doc.has(index + 2, .final)
      || doc.norm(index + 2) == "but"
  }

  /// Whether an auxiliary (or, with `pastForms`, a past form) comes within
  /// eight words after `index`, before any punctuation: a quantifier then
  /// opens a clause (`says several lines in Scotland will remain closed`),
  /// not a noun object (`said many things`), and so does an amount (`59% of
  /// members voted`, from the amount's last token).
  private static func auxiliaryFollows(_ index: Int, limit: Int, pastForms: Bool = false, _ doc: QuoteTokens) -> Bool {
    var probe = index + 1
    while probe < limit && probe <= index + 8 && !doc.has(probe, .punctuation) {
      if doc.has(probe, .aux) || pastForms && isPastForm(probe, doc) { return true }
      probe += 1
    }
    return false
  }

  /// Whether reported content ends before `index`: a comma followed
  /// by a verb of saying (`, saying …`), or `and`/`but` (after a comma or
  /// not) followed by one (`and said the panel …`).
  private static func endsNounObject(at index: Int, _ doc: QuoteTokens) -> Bool {
    func isConjunction(_ index: Int) -> Bool {
      index < doc.analysis.tokens.count && wordLists.conjunctions.contains(doc.analysis.tokens[index].norm)
    }
    if doc.has(index, .comma) {
      // (`criticized the Fed for moving too slowly, while some Democrats …`: a contrast of the writer's.)
      return doc.has(index + 1, .verb) || (isConjunction(index + 1) && doc.has(index + 2, .verb))
        || index + 1 < doc.count && ["while", "whereas", "though", "although"].contains(doc.norm(index + 1))
        || opensReportOfItsOwn(afterComma: index, doc)
    }
    // (`and has called for …`: an auxiliary before the verb.)
    // (`… and Democrats accused the GOP of …`: a name or a pronoun and its verb of saying.)
    if doc.has(index, .english), isConjunction(index), index > 0, !doc.has(index - 1, .comma),
      opensReportOfItsOwn(afterComma: index - 1, namedSubjectOnly: true, doc)
    {
      return true
    }
    return isConjunction(index) && (doc.has(index + 1, .verb) || doc.has(index, .english) && doc.has(index + 1, .aux)
      && !doc.has(index + 1, .negation) && doc.has(index + 2, .verb) && !doc.has(index + 2, .participle))
  }

  /// `China said it was opposed to the test and warned North Korea to …`,
  /// `after she attacked the police and blamed …`: the subject of the
  /// nearest verb of saying before `limit` in the sentence (not across a
  /// colon), which a verb after `and` shares.
  private static func previousVerbSubject(_ sentence: Range<Int>, before limit: Int, _ doc: QuoteTokens) -> Range<Int>? {
    var verb = limit - 1
    // (At most 40 tokens back: a run-on sentence stays linear.)
    while verb > sentence.lowerBound && !(doc.has(verb, .verb) && !doc.has(verb, .participle)) {
      if doc.has(verb, .colon) || verb < limit - 40 { return nil }
      verb -= 1
    }
    guard verb > sentence.lowerBound, doc.has(verb, .verb), var group = doc.verbGroup(endingAt: verb, floor: sentence.lowerBound)
    else { return nil }
    // (`Theresa May said`: the name is no modal.)
    while group.lowerBound < verb && doc.entityTokens(group.lowerBound) != nil { group = (group.lowerBound + 1)..<group.upperBound }
    guard let subject = doc.subject(before: group.lowerBound, floor: sentence.lowerBound), doc.isPlausibleSpeaker(subject)
    else { return nil }
    return subject
  }

  /// Whether the words after a comma report speech of their own, so what
  /// was said before ends at the comma: an adverb and a participle of
  /// saying (`, even suggesting he …`), or `and`/`but`/`which`/`who`, a
  /// short subject and a verb of saying that opens a clause (`, and human
  /// rights groups warned that …`, `, but he said witnesses saw …`, `, which
  /// he said were …`).
  /// With `namedSubjectOnly` (a conjunction without its comma), only a
  /// subject that is a name or a pronoun counts.
  private static func opensReportOfItsOwn(afterComma comma: Int, namedSubjectOnly: Bool = false, _ doc: QuoteTokens) -> Bool {
    var next = comma + 1
    guard next + 2 < doc.count else { return false }
    let first = doc.analysis.tokens[next].norm
    let relative = !namedSubjectOnly && (first == "which" || first == "who")
    if !relative, !namedSubjectOnly, doc.has(next, .adverb), !doc.has(next, .det), doc.has(next + 1, .verb), isGerund(next + 1, doc) {
      return doc.has(next + 2, .that) || doc.has(next + 2, .he)
    }
    guard relative || first == "and" || first == "but" else { return false }
    next += 1
    let subjectStart = next
    while next < doc.count && next < subjectStart + 5 && doc.has(next, .word) && !doc.has(next, .verb) && !doc.has(next, .aux)
      && !doc.has(next, .that) && !doc.has(next, .prep) && !doc.has(next, .adverb)
    {
      next += 1
    }
    guard next > subjectStart, next - subjectStart == 1 || !doc.has(subjectStart, .he) else { return false }
    if namedSubjectOnly,
      !(next - subjectStart == 1 && doc.has(subjectStart, .he) && !doc.has(subjectStart, .me))
        && !(subjectStart..<next).allSatisfy({ doc.has($0, .capitalized) })
    {
      return false
    }
    while next < doc.count && next < subjectStart + 8 && (doc.has(next, .aux) || doc.has(next, .adverb)) && !doc.has(next, .negation) {
      next += 1
    }
    guard next + 1 < doc.count, doc.has(next, .verb), !doc.has(next, .participle), !doc.has(next, .negation) else { return false }
    if doc.has(next + 1, .that) { return !doc.has(next + 2, .punctuation) }
    // (`, but he said …`: a pronoun and its verb of saying are a new report.)
    if !relative, next == subjectStart + 1, doc.has(subjectStart, .he) { return true }
    let verb = doc.analysis.tokens[next].norm
    // (`… and Democrats accused the GOP of …`: a speech act and its object.)
    if !relative, wordLists.nounObjectVerbs.contains(verb), doc.has(next + 1, .det) && !doc.has(next + 1, .that) || doc.has(next + 1, .capitalized) {
      return true
    }
    guard wordLists.bareClauseVerbs.contains(verb) else { return false }
    // (`, which he said were …`: the relative pronoun is the clause's subject.)
    if relative { return relativeClauseStart(after: next, limit: doc.count, doc) != nil }
    return doc.has(next + 1, .he) || doc.has(next + 1, .det) && !doc.has(next + 1, .that)
      || doc.has(next + 1, .word) && !doc.has(next + 1, .prep) && !doc.has(next + 1, .verb) && isFiniteVerb(next + 2, doc)
  }

  /// A cheap test before the `as-object` look-up, made for every English
  /// word that is no verb of saying: a lower-case word as long as the
  /// shortest listed one, opening with a first letter of the list
  /// (``IndirectSpeechWords/asObjectFirstBytes``).
  private static func mayBeAsObjectVerb(_ index: Int, _ doc: QuoteTokens) -> Bool {
    let utf8 = doc.analysis.tokens[index].norm.utf8
    guard utf8.count >= wordLists.asObjectMinimumLength, let first = utf8.first, doc.has(index, .word),
      !doc.has(index, .capitalized)
    else { return false }
    return wordLists.asObjectFirstBytes[Int(first)]
  }

  /// A lower-case English word that looks like a finite verb: an auxiliary,
  /// a past form or a present `-s` form.
  private static func isFiniteVerb(_ index: Int, _ doc: QuoteTokens) -> Bool {
    guard index < doc.count, doc.has(index, .english) else { return false }
    if isAuxiliaryOrPast(index, doc) { return true }
    let norm = doc.analysis.tokens[index].norm.utf8
    return doc.has(index, .word) && !doc.has(index, .capitalized) && norm.count > 3 && norm.last == UInt8(ascii: "s")
      && !norm.suffix(2).elementsEqual("ss".utf8)
  }

  /// An auxiliary, an `-ed` form or a listed irregular past (`cut`, `made`).
  private static func isAuxiliaryOrPast(_ index: Int, _ doc: QuoteTokens) -> Bool {
    doc.has(index, .aux) || isPastForm(index, doc)
      || !doc.has(index, .capitalized) && wordLists.irregularPasts.contains(doc.analysis.tokens[index].norm)
  }

  /// Relative pronouns that may be the object of a verb of saying and the
  /// subject of what was said (``relativeClauseStart(after:limit:_:)``).
  private static let objectRelatives: Set<String> = ["which", "what", "who"]

  /// `which he said were accompanied by …`, `what the senators said was …`:
  /// after a verb of saying whose object is a relative pronoun before its
  /// subject, the clause said goes on without a subject of its own; where
  /// it starts (right after the verb), or nil.
  private static func relativeClauseStart(after verb: Int, limit: Int, _ doc: QuoteTokens) -> Int? {
    guard doc.has(verb, .english), verb + 1 < limit, wordLists.bareClauseVerbs.contains(doc.analysis.tokens[verb].norm),
      isFiniteVerb(verb + 1, doc) || doc.has(verb + 1, .adverb) && isFiniteVerb(verb + 2, doc)
    else { return nil }
    var probe = verb - 1
    while probe >= 0 && probe >= verb - 3 && (doc.has(probe, .aux) || doc.has(probe, .adverb)) && !doc.has(probe, .negation) {
      probe -= 1
    }
    let subjectEnd = probe
    while probe >= 0 && probe > subjectEnd - 5 && doc.has(probe, .word) && !doc.has(probe, .verb) && !doc.has(probe, .aux)
      && !doc.has(probe, .prep) && !objectRelatives.contains(doc.analysis.tokens[probe].norm)
    {
      probe -= 1
    }
    guard probe >= 0, probe < subjectEnd, objectRelatives.contains(doc.analysis.tokens[probe].norm) else { return nil }
    return verb + 1
  }

  /// Where the noun-phrase content of a speech act starts (``IndirectSpeechWords/nounObjectVerbs``,
  /// ``IndirectSpeechWords/prepositionalObjects``, `called for`, `called X Y`), or nil: right after the verb (past an
  /// adverb), at a word that is no preposition, verb, date or punctuation.
  private static func nounObjectStart(after verb: Int, limit: Int, _ doc: QuoteTokens) -> Int? {
    guard doc.has(verb, .english) else { return nil }
    let norm = doc.analysis.tokens[verb].norm
    var start = verb + 1
    let next = start < limit ? doc.analysis.tokens[start].norm : ""
    if let prepositions = wordLists.prepositionalObjects[norm] {
      // `spoke out Tuesday about`, `asked Clinton about`, `asks him about`:
      // adverbs, a date or who was asked (a pronoun or a name) before the
      // preposition.
      // (`speaks more frequently in public about`: how often and where.)
      while start < limit && start <= verb + 5 && !prepositions.contains(doc.analysis.tokens[start].norm) {
        let word = doc.analysis.tokens[start].norm
        guard start <= verb + 3 || word == "public" || isMannerAdverb(start, doc) else { return nil }
        guard word == "out" || doc.has(start, .adverb) || isDate(start, doc) || wordLists.toldPersons.contains(word)
          || isMannerAdverb(start, doc) || word == "more" || word == "less"
          || word == "in" && start + 1 < limit && doc.norm(start + 1) == "public"
          || word == "public" && doc.analysis.tokens[start - 1].norm == "in"
          || doc.has(start, .capitalized) && !doc.has(start, .det)
        else { return nil }
        start += 1
      }
      guard start < limit, prepositions.contains(doc.analysis.tokens[start].norm) else { return nil }
      start += 1
      // `speaking on condition of anonymity`, `on the record`: how, not what.
      let object = start < limit && doc.has(start, .det) ? start + 1 : start
      if object < limit && wordLists.noContent.contains(doc.analysis.tokens[object].norm) { return nil }
    } else if wordLists.callForms.contains(norm), start + 1 < limit,
      next == "for" || isDate(start, doc) && doc.norm(start + 1) == "for"
    {
      // `calls for a contingency plan`, `called Friday for releasing the videos`.
      start += isDate(start, doc) ? 2 : 1
    } else if wordLists.callObjectForms.contains(norm) {
      // `called for a recount`; `called the charges unsubstantiated`; not
      // `called on X to …` (a directive, read as such before).
      guard next != "on" && next != "upon" else { return nil }
      if next == "for" {
        start += 1
      } else if (start..<min(limit, start + 5)).contains(where: { doc.analysis.tokens[$0].norm == "to" }) {
        return nil  // `called the meeting to order`, `called him to testify`
      }
    } else if wordLists.asObjectVerbs.contains(norm) {
      // `painted Romney as an out-of-touch rich guy`: `as` after a short object.
      guard (start..<min(limit, start + 8)).first(where: {
        doc.has($0, .punctuation) || doc.analysis.tokens[$0].norm == "as"
      }).map({ doc.analysis.tokens[$0].norm == "as" && $0 > start }) == true
      else { return nil }
    } else if !wordLists.nounObjectVerbs.contains(norm) {
      return nil
    }
    // (Not the first part of a compound: `long-standing deals`.)
    while start < limit && start <= verb + 2 && doc.has(start, .adverb) && !doc.has(start, .det)
      && !doc.isGluedHyphen(start + 1)
    {
      start += 1
    }
    // `announced on Friday the arrest of …`, `announced Friday a plan`: a
    // date between the verb and a determiner that opens the object.
    var afterDate = start < limit && doc.has(start, .prep) && isDate(start + 1, doc) ? start + 1 : start
    if isDate(afterDate, doc) {
      while afterDate < limit && afterDate < start + 6 && isDate(afterDate, doc) { afterDate += 1 }
      if afterDate < limit, doc.has(afterDate, .det), !doc.has(afterDate, .that) { start = afterDate }
    }
    guard start < limit, doc.has(start, .word) || doc.analysis.tokens[start].kind == .number, !doc.has(start, .prep),
      !doc.has(start, .verb), !doc.has(start, .aux), !doc.has(start, .that), !isDate(start, doc),
      !wordLists.timeAdverbs.contains(doc.analysis.tokens[start].norm)
    else { return nil }
    return start
  }

  /// The sentence's first token that is no punctuation (or a quotation mark).
  private static func firstWord(_ sentence: Range<Int>, _ doc: QuoteTokens) -> Int {
    var first = sentence.lowerBound
    while first < sentence.upperBound && doc.has(first, .punctuation) && !doc.has(first, .mark) { first += 1 }
    return first
  }

  /// A lower-case English word ending in `-ly` (`emotionally`, `bitterly`).
  private static func isMannerAdverb(_ index: Int, _ doc: QuoteTokens) -> Bool {
    isLowercaseWord(index, endingWith: UInt8(ascii: "l"), UInt8(ascii: "y"), doc)
  }

  /// A lower-case English word ending in `-ed` (`tended`, `wanted`).
  private static func isPastForm(_ index: Int, _ doc: QuoteTokens) -> Bool {
    isLowercaseWord(index, endingWith: UInt8(ascii: "e"), UInt8(ascii: "d"), doc)
  }

  /// A lower-case English word ending in `-ing` of six letters or more (`being`
  /// is five: `on being Donald Trump`).
  static func isGerund(_ index: Int, _ doc: QuoteTokens) -> Bool {
    guard doc.has(index, .english), doc.has(index, .word), !doc.has(index, .capitalized) else { return false }
    let norm = doc.analysis.tokens[index].norm.utf8
    return norm.count >= 5 && norm.elementsEqual("being".utf8) || norm.count > 5 && norm.suffix(3).elementsEqual("ing".utf8)
  }

  /// A lower-case word of five bytes or more whose last two are `a` `b`.
  private static func isLowercaseWord(_ index: Int, endingWith a: UInt8, _ b: UInt8, _ doc: QuoteTokens) -> Bool {
    guard doc.has(index, .word), !doc.has(index, .capitalized) else { return false }
    let norm = doc.analysis.tokens[index].norm.utf8
    return norm.count > 4 && norm.last == b && norm.dropLast().last == a
  }

  private static func isInfinitiveMarker(_ index: Int, _ doc: QuoteTokens) -> Bool {
    let norm = doc.analysis.tokens[index].norm
    return doc.has(index, .english) ? norm == "to" : norm == "à" || norm == "de" || norm == "d'"
  }

  /// A lower-case verb-looking word: French `-er`/`-ir`/`-re`, English not
  /// a determiner, pronoun or preposition, nor who is told (`meant a lot to
  /// him`, `said to reporters`).
  private static func isInfinitive(_ index: Int, _ doc: QuoteTokens) -> Bool {
    guard doc.has(index, .word), !doc.has(index, .capitalized), !doc.has(index, .det), !doc.has(index, .prep),
      !doc.has(index, .he), !doc.has(index, .me)
    else { return false }
    let norm = doc.analysis.tokens[index].norm
    if doc.has(index, .english) { return !wordLists.toldPersons.contains(norm) }
    return norm.count > 3 && (norm.hasSuffix("er") || norm.hasSuffix("ir") || norm.hasSuffix("re"))
  }

  /// Reported speech cut by an attribution between commas (`X, he said,
  /// Y`, `X, a-t-il ajouté, Y`): like a direct quote cut by an incise, two
  /// quotes with the same speaker — the side before the incise only when it
  /// has two words or more (`Acts of protest, Mr. Obama said, are …`), not
  /// a lone adverb (`Finally, he said, …`).
  private static func inciseAttribution(
    _ sentence: Range<Int>, _ end: Int, _ doc: QuoteTokens, _ insideMarks: [Bool]
  ) -> [Found]? {
    var comma = sentence.lowerBound + 2
    while comma < end - 3 {
      defer { comma += 1 }
      guard doc.has(comma, .comma), !insideMarks[comma] else { continue }
      // The incise: `, he said,` / `, Mr. Clarke said,` / `, said the agency,` / `, a-t-il ajouté,`
      // (not a relative clause: `, qui reprochent …,`).
      if doc.has(comma + 1, .stop) || doc.has(comma + 1, .that) { continue }
      var close = comma + 1
      while close < end && close <= comma + 8 && !doc.has(close, .comma) && !doc.has(close, .final) && !doc.has(close, .mark) {
        close += 1
      }
      guard doc.has(close, .comma), close > comma + 2, close + 2 < end else { continue }
      var attribution: Attribution?
      if let group = doc.verbGroup(at: comma + 1, limit: close) {
        if isNamingCalled(group.cue.upperBound - 1, afterComma: true, doc) { continue }
        // (A participle inverts no speaker: `The report, noting the losses, was late.`)
        if group.pronoun == nil, doc.has(group.cue.upperBound - 1, .participle) { continue }
        let speaker = group.pronoun.map { $0..<($0 + 1) } ?? doc.speaker(after: group.cue.upperBound, limit: close)
        // English inverts a verb and a name or noun phrase closing the
        // incise (`, said Mr. Clarke,`, `, said one source in the room,`),
        // not a clause (`, said it would tell an American story,`, `, said
        // that in 1998,`) or an object (`, called an emergency meeting to
        // discuss the test,`).
        // Nor does a verb with a noun object (`, derided the deal as toothless,`).
        // (Nor a name that runs on past the incise's comma.)
        if let speaker, group.pronoun == nil, doc.has(comma + 1, .english),
          speaker.upperBound > close
            || doc.has(speaker.lowerBound, .that) || speaker.count == 1 && doc.has(speaker.lowerBound, .he)
            || wordLists.nounObjectVerbs.contains(doc.analysis.tokens[group.cue.upperBound - 1].norm)
            || (speaker.upperBound..<close).contains(where: {
              doc.has($0, .verb) || doc.has($0, .aux) || doc.has($0, .that) || isInfinitiveMarker($0, doc)
            })
            || close - speaker.upperBound > 6
            || !(speaker.upperBound..<close).allSatisfy({
              doc.has($0, .prep) || doc.has($0, .det) || doc.has($0, .capitalized) || doc.has($0, .punctuation)
                || doc.has($0, .adverb) || doc.analysis.tokens[$0].kind == .number
            })
        {
          continue
        }
        if let speaker { attribution = Attribution(cue: group.cue, speaker: speaker) }
      } else {
        for verb in (comma + 2)..<close where doc.has(verb, .verb) {
          if let cue = doc.verbGroup(endingAt: verb, floor: comma + 1),
            let found = doc.subject(before: cue.lowerBound, floor: comma + 1), doc.isPlausibleSpeaker(found),
            // `, advisers to Mr. Obama say,`: a noun phrase holding the name.
            let speaker = found.lowerBound <= comma + 2 ? found : doc.inciseNounPhrase((comma + 1)..<cue.lowerBound)
          {
            // The verb ends the incise, or only time/place words follow it
            // (an object does not: `, they attacked the USS Cole,`; who is
            // told may: `, she told the Times,`).
            let objectFirst = cue.upperBound < close && (doc.has(cue.upperBound, .det) || doc.has(cue.upperBound, .capitalized))
              && !isDate(cue.upperBound, doc) && !doc.has(cue.upperBound, .informant)
              && !(doc.has(verb, .english) && doc.analysis.tokens[verb].norm.hasPrefix("t"))
            if !objectFirst, (cue.upperBound..<close).allSatisfy({
              doc.has($0, .adverb) || doc.has($0, .prep) || doc.has($0, .det) || doc.has($0, .capitalized)
                || doc.has($0, .informant) || doc.analysis.tokens[$0].kind == .number
                || isToldPerson($0, doc)  // `he told me on Friday`
            }) {
              attribution = Attribution(cue: cue, speaker: speaker)
            }
          }
          break
        }
      }
      guard let attribution, var speaker = attribution.speaker else { continue }
      guard !insideMarks[sentence.lowerBound], !doc.has(sentence.lowerBound, .mark) else { return nil }
      let before = sentence.lowerBound..<comma
      var after = (close + 1)..<end
      // `…, a annoncé la présidente du tribunal, Bénédicte de Perthuis.`: the
      // person named in apposition after an inverted speaker is who spoke,
      // and what follows the name is where, when or who they are (`…,
      // Maroš Šefčovič, lors d'un déplacement à Bruxelles`, `…, Jean
      // Dupont, qui a promis …`), not what was said.
      var wordsEnd = after.upperBound
      while wordsEnd > after.lowerBound && doc.has(wordsEnd - 1, .punctuation) && !doc.has(wordsEnd - 1, .mark) { wordsEnd -= 1 }
      if let cue = attribution.cue, speaker.lowerBound >= cue.upperBound, let name = doc.entityTokens(after.lowerBound),
        name.lowerBound == after.lowerBound, doc.isPersonEntity(at: after.lowerBound),
        name.upperBound == wordsEnd
          || name.upperBound + 1 < wordsEnd && doc.has(name.upperBound, .comma)
            && (isAdverbialPhrase((name.upperBound + 1)..<wordsEnd, doc)
              || Self.relativePronouns.contains(doc.analysis.tokens[name.upperBound + 1].norm))
      {
        speaker = name
        after = after.upperBound..<after.upperBound
      }
      // A quote after the incise (`It was, the president said, “a stone
      // where …”`) is a direct quote of its own: only a clause of three
      // words or more before the incise is reported speech besides.
      // Not an adverbial before the incise (`During his years in office, he said, …`,
      // `As for RT's bent, he said, …`, `In law school, she said, …`): a
      // preposition or a subordinator opening an English side.
      // (Not `To understand the real Dred Scott, Roberts said, one should …`:
      // a purpose clause is part of what was said.)
      let opener = doc.analysis.tokens[before.lowerBound].norm
      let opensAdverbial = doc.has(before.lowerBound, .english)
        && (doc.has(before.lowerBound, .prep) && opener != "to" || wordLists.adverbialOpeners.contains(opener))
      if opensMarkedQuote(after.lowerBound, doc, insideMarks) {
        // (Before a quote of its own, such a side sets the scene: `As a
        // phone rang, the announcer said, “It’s 3 a.m. …”`.)
        guard before.count >= 3, !opensAdverbial else { return [] }
        return [Found(content: before, kind: .indirect, speaker: speaker, cue: attribution.cue)]
      }
      var pieces: [Found] = []
      // (Without a quote after the incise, only a side with no verb of its
      // own: `If we lose, he said, we …` is what was said.)
      let adverbial = opensAdverbial
        && !before.contains { doc.has($0, .verb) || doc.has($0, .aux) || doc.has($0, .that) }
      // (A side ending with a quote opened after a colon is that quote's: `Ce
      // que dément le parti : « Rien n'est décidé », a indiqué …`.)
      if before.count >= 2 && !adverbial && !endsWithQuoteAfterColon(before, doc) {
        pieces.append(Found(content: before, kind: .indirect, speaker: speaker, cue: attribution.cue))
      }
      // Not a relative clause after the incise (`…, said Smith, who resigned.`);
      // a clause joined by `and`/`but` goes on with what was said (`…, the
      // agency said, and those in the bottom fifth paid …`).
      let joined = after.count >= 4 && wordLists.inciseConjunctions.contains(doc.analysis.tokens[after.lowerBound].norm) && !doc.has(after.lowerBound + 1, .verb) && !doc.has(after.lowerBound + 1, .aux)
      if joined {
        pieces.append(Found(content: (after.lowerBound + 1)..<after.upperBound, kind: .indirect, speaker: speaker,
                            cue: attribution.cue))
      } else if after.count >= 2 && !doc.has(after.lowerBound, .stop) && !doc.has(after.lowerBound, .that)
        && !isApposition(after, of: attribution, doc) && !isAdverbialPhrase(after, doc) || pieces.isEmpty && !after.isEmpty
      {
        pieces.append(Found(content: after, kind: .indirect, speaker: speaker, cue: attribution.cue))
      } else if doc.has(after.lowerBound, .english), doc.has(after.lowerBound, .that), after.count >= 5,
        doc.has(after.lowerBound + 1, .word), !doc.has(after.lowerBound + 1, .verb), !doc.has(after.lowerBound + 1, .aux)
      {
        // `… so bad, Mr. Obama noted, that the most-visited page …`: the
        // clause of a `so … that` cut by the incise (not a relative: `…,
        // he said, that was …`).
        pieces.append(Found(content: (after.lowerBound + 1)..<after.upperBound, kind: .indirect, speaker: speaker,
                            cue: attribution.cue))
      }
      return pieces
    }
    return nil
  }

  /// French indefinite plural and partitive determiners (`des`, `du`, `de la`: `de` opens the last).
  private static let partitiveDeterminers: Set<String> = ["des", "du", "de"]

  /// Relative pronouns opening a clause about the person named before them.
  private static let relativePronouns: Set<String> = ["qui", "who", "dont", "whose"]

  /// Whether `words` are a role written before a name, with what it is of:
  /// at most five words, one of them a role, none a verb, auxiliary,
  /// pronoun or `that` (`White House press secretary`, `spokesman`).
  private static func isRoleBefore(_ words: Range<Int>, _ doc: QuoteTokens) -> Bool {
    !words.isEmpty && words.count <= 5 && words.contains { doc.has($0, .role) }
      && words.allSatisfy {
        doc.has($0, .word) && !doc.has($0, .verb) && !doc.has($0, .aux) && !doc.has($0, .he) && !doc.has($0, .that)
      }
  }

  /// Whether `words` end with a closing quotation mark whose quote opens
  /// right after a colon (`… : « Rien n'est décidé »`), not a term between
  /// marks (`Le programme "pétrole contre nourriture"`).
  private static func endsWithQuoteAfterColon(_ words: Range<Int>, _ doc: QuoteTokens) -> Bool {
    guard let last = words.last, doc.has(last, .mark) else { return false }
    var open = last - 1
    while open > words.lowerBound && !doc.has(open, .mark) { open -= 1 }
    return doc.has(open, .mark) && open < last && doc.has(open - 1, .colon)
  }

  /// Whether the words after an incise are a phrase opened by a
  /// preposition with no verb, pronoun or `that` of its own (`…, a annoncé
  /// le groupe, sur fond de désaccords avec …`): how or when, not what was said.
  private static func isAdverbialPhrase(_ words: Range<Int>, _ doc: QuoteTokens) -> Bool {
    doc.has(words.lowerBound, .prep)
      && !words.contains { doc.has($0, .verb) || doc.has($0, .aux) || doc.has($0, .he) || doc.has($0, .that) }
  }

  /// Whether a quotation mark opening a marked quote's content starts at `index`.
  private static func opensMarkedQuote(_ index: Int, _ doc: QuoteTokens, _ insideMarks: [Bool]) -> Bool {
    let content = doc.has(index, .mark) ? index + 1 : doc.isDoubledApostrophe(at: index) ? index + 2 : index
    return content > index && content < insideMarks.count && insideMarks[content]
  }

  /// Whether the words after an inverted incise describe its speaker
  /// (`…, said Jeffrey N. Trimble, a senior official with …`, `…, said Mr.
  /// Barrett, the lawyer for …`): an English noun phrase opened by an
  /// article, with no verb of its own.
  private static func isApposition(_ words: Range<Int>, of attribution: Attribution, _ doc: QuoteTokens) -> Bool {
    guard let speaker = attribution.speaker, let cue = attribution.cue, speaker.lowerBound >= cue.upperBound,
      doc.has(words.lowerBound, .english), wordLists.articles.contains(doc.analysis.tokens[words.lowerBound].norm)
    else { return false }
    return !words.contains { doc.has($0, .verb) || doc.has($0, .aux) }
  }

  /// `X, according to Y, Z` / `X, selon Y, Z`: X is what Y says (the
  /// source between commas, naming someone; X of three words or more), and
  /// so is a clause joined after it (`…, according to the Congressional
  /// Budget Office, and the top 10 percent paid …`; not `…, according to
  /// their attorneys, and said …`, the subject's own act).
  private static func medialSource(
    _ sentence: Range<Int>, _ end: Int, _ doc: QuoteTokens, _ insideMarks: [Bool]
  ) -> [Found]? {
    var start = sentence.lowerBound
    while start < end && doc.has(start, .punctuation) && !doc.has(start, .mark) { start += 1 }
    guard start < end, !insideMarks[start], !doc.has(start, .mark) else { return nil }
    var comma = start + 3
    while comma + 2 < end {
      defer { comma += 1 }
      guard doc.has(comma, .comma), doc.has(comma + 1, .source), !insideMarks[comma] else { continue }
      let from = doc.has(comma + 2, .to) ? comma + 3 : comma + 2
      var close = from
      while close < end && close < from + 12 && !doc.has(close, .comma) && !doc.has(close, .final) && !doc.has(close, .mark) {
        close += 1
      }
      // Only a source closed by a comma in the sentence; one that ends it is a trailing attribution.
      guard close < end, doc.has(close, .comma), close > from, doc.namesSource(from..<close) else { return nil }
      // The person or organization named there (`the conservative-leaning
      // Tax Foundation`), else the noun phrase.
      let named = (from..<close).first { doc.isSpeakerEntity($0) }.flatMap { doc.entityTokens($0) }
      guard let speaker = named.map({ max($0.lowerBound, from)..<min($0.upperBound, close) })
        ?? doc.speaker(after: from, limit: close)
      else { return nil }
      let cue = (comma + 1)..<from
      var found = [Found(content: start..<comma, kind: .indirect, speaker: speaker, cue: cue)]
      if close + 5 < end, wordLists.conjunctions.contains(doc.norm(close + 1)),
        !doc.has(close + 2, .verb), !doc.has(close + 2, .aux), !doc.has(close + 2, .adverb), !insideMarks[close + 2]
      {
        found.append(Found(content: (close + 2)..<end, kind: .indirect, speaker: speaker, cue: cue))
      }
      return found
    }
    return nil
  }

  /// Who was told and when, after `told`/`tells` (`told The Huffington
  /// Post on Thursday`, `told reporters`, `told me Friday`): a pronoun or
  /// up to four words of a name or noun phrase, then time words.
  private static func isToldObject(_ words: Range<Int>, verb: Int, _ doc: QuoteTokens) -> Bool {
    guard doc.has(verb, .english), doc.analysis.tokens[verb].norm.hasPrefix("t"), !words.isEmpty,
      words.count <= 8
    else { return false }
    var index = words.lowerBound
    while index < words.upperBound && index < words.lowerBound + 4
      && (doc.has(index, .capitalized) || doc.has(index, .det) || doc.has(index, .informant) || isToldPerson(index, doc))
    {
      index += 1
    }
    return index > words.lowerBound && (index..<words.upperBound).allSatisfy { isTimeWord($0, doc) }
  }

  /// `me`, `him`, `reporters`: who a speaker tells.
  private static func isToldPerson(_ index: Int, _ doc: QuoteTokens) -> Bool {
    wordLists.toldPersons.contains(doc.analysis.tokens[index].norm)
  }

  /// Where a time right before a verb starts (`Sanders on Tuesday said`,
  /// `the mayor last week said`): a date or a part of the day, with its
  /// preposition or determiner, at most four words; nil when the word
  /// before the verb is no such time.
  private static func timeBefore(_ verb: Int, floor: Int, _ doc: QuoteTokens) -> Int? {
    var start = verb
    var sawTime = false
    while start - 1 > floor && start > verb - 4 {
      let index = start - 1
      let norm = doc.analysis.tokens[index].norm
      if isDate(index, doc) || wordLists.partsOfTheDay.contains(norm) || wordLists.timeNouns.contains(norm) {
        sawTime = true
      } else if !(doc.has(index, .prep) || doc.has(index, .det) || wordLists.timeOpeners.contains(norm)) {
        break
      }
      start = index
    }
    return sawTime && start < verb ? start : nil
  }

  /// Whether the token at `index` is part of a DATE entity.
  /// Whether the token at `index` is part of a MONEY or PERCENT entity.
  private static func isAmount(_ index: Int, _ doc: QuoteTokens) -> Bool {
    guard index >= 0 && index < doc.count && doc.entityOf[index] >= 0 else { return false }
    let label = doc.analysis.entities[Int(doc.entityOf[index])].label
    return label == .money || label == .percent
  }

  private static func isDate(_ index: Int, _ doc: QuoteTokens) -> Bool {
    index >= 0 && index < doc.count && doc.entityOf[index] >= 0 && doc.analysis.entities[Int(doc.entityOf[index])].label == .date
  }

  /// A word of a time after a verb of saying: `Friday`, `on Tuesday`,
  /// `lundi`, `hier`, `yesterday`, `last week`, `Friday afternoon` (calendar
  /// words, parts of the day, adverbs, prepositions, determiners, numbers).
  private static func isTimeWord(_ index: Int, _ doc: QuoteTokens) -> Bool {
    if doc.has(index, .adverb) || doc.has(index, .prep) || doc.has(index, .det) { return true }
    let norm = doc.analysis.tokens[index].norm
    if wordLists.partsOfTheDay.contains(norm) || wordLists.timeAdverbs.contains(norm) { return true }
    // (A number only before a time: `endorsed one in July` names what was endorsed.)
    if doc.analysis.tokens[index].kind == .number && isTimeHead(index + 1, doc) { return true }
    return isDate(index, doc)
  }

  /// A word naming a time by itself: a date, a part of the day, a time noun
  /// or adverb (`Friday`, `night`, `week`, `yesterday`), which a determiner
  /// or a number before it may open (`this week`, `two days`).
  private static func isTimeHead(_ index: Int, _ doc: QuoteTokens) -> Bool {
    guard index < doc.count else { return false }
    let norm = doc.analysis.tokens[index].norm
    return isDate(index, doc) || wordLists.partsOfTheDay.contains(norm) || wordLists.timeNouns.contains(norm)
      || wordLists.timeAdverbs.contains(norm)
  }

  /// Where or how something was said, after the verb of a trailing
  /// attribution: a preposition and at most five more words, none of them a
  /// verb of saying, a complementizer, a mark or a comma (`in his interview`,
  /// `in a statement on Friday`, `at a news conference`, `dans un communiqué`).
  private static func isShortPrepositionalPhrase(_ words: Range<Int>, _ doc: QuoteTokens) -> Bool {
    // Not an infinitive (`est appelé à tripler`, `said to be`).
    // Nor a gerund's clause (`will insist on being Donald Trump`).
    guard words.count >= 2, words.count <= 10, doc.has(words.lowerBound, .prep),
      !isInfinitiveMarker(words.lowerBound, doc), !isGerund(words.lowerBound + 1, doc)
    else { return false }
    return words.dropFirst().allSatisfy { index in
      (doc.has(index, .word) || doc.analysis.tokens[index].kind == .number) && !doc.has(index, .verb)
        && !doc.has(index, .that) && !doc.has(index, .aux) && !doc.has(index, .mark)
    }
  }

  /// Whether the sentence opens with a name (after a determiner, an
  /// opening mark or a dateline) directly followed by a comma before `limit`:
  /// the subject of a verb after its apposition (`The U.N., which in March
  /// imposed sanctions, called a meeting`).
  private static func opensWithNameAndComma(_ sentence: Range<Int>, before limit: Int, _ doc: QuoteTokens) -> Bool {
    var first = sentence.lowerBound
    while first < limit && doc.has(first, .punctuation) { first += 1 }
    if doc.has(first, .det) { first += 1 }
    guard let name = doc.entityTokens(first), name.lowerBound == first, doc.isSpeakerEntity(first) else { return false }
    return name.upperBound < limit && doc.has(name.upperBound, .comma)
  }

  /// Whether the sentence opens with a person's name (after at most a
  /// determiner and a title) and a role in apposition whose closing comma
  /// is `comma` (`Mme Sophie Binet, secrétaire générale de la CGT,`).
  private static func opensWithNameAndRole(_ sentence: Range<Int>, closingAt comma: Int, _ doc: QuoteTokens) -> Bool {
    var first = sentence.lowerBound
    while first < comma && doc.has(first, .punctuation) { first += 1 }
    if first < comma && doc.has(first, .det) { first += 1 }
    if first < comma && !doc.isPersonEntity(at: first) && doc.has(first, .word) { first += 1 }
    guard first < comma, doc.isPersonEntity(at: first), let name = doc.entityTokens(first), name.lowerBound == first,
      name.upperBound < comma, doc.has(name.upperBound, .comma)
    else { return false }
    return roleApposition(after: name.upperBound, limit: sentence.upperBound, doc) == comma
  }

  /// A trailing attribution: `…, selon X.`, `…, according to X.`,
  /// `…, a-t-il ajouté.`, `…, he added.`, `…, X said.`
  private static func trailingAttribution(_ sentence: Range<Int>, _ doc: QuoteTokens, _ insideMarks: [Bool])
    -> (comma: Int, attribution: Attribution, reason: Range<Int>?)?
  {
    var end = sentence.upperBound
    while end > sentence.lowerBound && (doc.has(end - 1, .final) || doc.has(end - 1, .closeBracket)) { end -= 1 }
    // `…, lawmakers said Friday, as they bristled at …`: the attribution
    // before a closing adverbial clause.
    var last = end - 1
    while last > sentence.lowerBound + 3 && last > end - 25 && !doc.has(last, .comma) {
      if doc.has(last, .mark) || insideMarks[last] { break }
      last -= 1
    }
    var reason: Range<Int>?
    if last + 1 < end, doc.has(last, .comma), doc.has(last, .english),
      wordLists.adverbialOpeners.contains(doc.norm(last + 1))
    {
      // (`…, Graham said, since most of them …`: a reason of the speaker's, of four words or more.)
      if wordLists.reasonOpeners.contains(doc.norm(last + 1)), end - last >= 5,
        !(last + 1..<end).contains(where: { insideMarks[$0] })
      {
        reason = (last + 1)..<end
      }
      end = last
    }
    // The comma before the attribution, or a spaced dash before a source
    // (`… is unsubstantiated — or flat out wrong — according to the journal.`).
    func isSeparator(_ index: Int) -> Bool {
      doc.has(index, .comma) || doc.has(index, .dash) && doc.has(index, .spaceBefore) && doc.has(index + 1, .source)
    }
    var comma = end - 1
    while comma > sentence.lowerBound && comma > end - 20 && !isSeparator(comma) {
      if doc.has(comma, .mark) || insideMarks[comma] { return nil }
      comma -= 1
    }
    guard isSeparator(comma), comma > sentence.lowerBound + 2, !doc.has(comma - 1, .mark), !insideMarks[comma - 1]
    else { return nil }
    // `Les syndicats, eux, réclament des garanties.`: a stressed pronoun
    // between commas doubles the subject of the verb after it.
    if doc.has(comma - 2, .comma), wordLists.stressedPronouns.contains(doc.analysis.tokens[comma - 1].norm) { return nil }
    // `Mme Sophie Binet, secrétaire générale de la CGT, a réclamé une réunion.`:
    // a name and its role in apposition are the subject of the verb after them.
    if opensWithNameAndRole(sentence, closingAt: comma, doc) { return nil }
    let first = comma + 1
    if doc.has(first, .source) {
      let from = doc.has(first + 1, .to) ? first + 2 : first + 1
      guard from < end, doc.namesSource(from..<end) else { return nil }
      // (A source without a determiner is its own noun phrase: `according to federal statistics`.)
      return (comma, Attribution(cue: first..<from, speaker: doc.speaker(after: from, limit: end) ?? from..<end), reason)
    }
    // (Not a participle: `…, arguing that the epidemic should be …` opens
    // what was said, and no speaker follows it.)
    if let group = doc.verbGroup(at: first, limit: end), group.pronoun != nil || !doc.has(group.cue.upperBound - 1, .participle) {
      let speaker = group.pronoun.map { $0..<($0 + 1) } ?? doc.speaker(after: group.cue.upperBound, limit: end)
      // English inverts a bare verb and a name or noun phrase (`…, said
      // Warren`), not `…, have urged Congress`, `…, said it would`, `…, said
      // that …`; and a sentence opened by a name and a comma is that name's
      // (`Ivanka Trump, the nominee's daughter, noted the rule …`).
      if doc.has(first, .english), group.pronoun == nil {
        // (Nor after a subject and a participle between commas, which say
        // nothing themselves: `The agency, citing two officials, reported a delay.`)
        let before = sentence.lowerBound..<comma
        if before.contains(where: { doc.has($0, .comma) && doc.has($0 + 1, .participle) }),
          !before.contains(where: {
            isAuxiliaryOrPast($0, doc) || doc.has($0, .mark) || doc.has($0, .verb) && !doc.has($0, .participle)
          })
        {
          return nil
        }
        guard let speaker, !(group.cue.lowerBound..<group.cue.upperBound - 1).contains(where: { doc.has($0, .aux) }),
          !doc.has(speaker.lowerBound, .that), !(speaker.count == 1 && doc.has(speaker.lowerBound, .he)),
          !opensWithNameAndComma(sentence, before: comma, doc)
        else { return nil }
      }
      // (A French inverted subject opened by `des`/`du`/`de la` names a source, a
      // role or a group of people: not `…, développe des modèles de langage concurrents`.)
      if !doc.has(first, .english), group.pronoun == nil, let speaker,
        Self.partitiveDeterminers.contains(doc.analysis.tokens[speaker.lowerBound].norm), !doc.namesSource(speaker)
      {
        return nil
      }
      // The speaker ends the sentence, or a short place or time follows it
      // (`…, said one GOP source in the room.`).
      guard let speaker,
        speaker.upperBound >= end - 1 || group.pronoun != nil
          || doc.has(speaker.upperBound, .prep) && end - speaker.upperBound <= 6
          || end - speaker.upperBound <= 4 && !(speaker.upperBound..<end).contains(where: {
            // (An auxiliary: the noun phrase is a clause's subject, `…, said the tariffs could start soon.`)
            doc.has($0, .verb) || doc.has($0, .aux) || doc.has($0, .that) || doc.has($0, .mark) || doc.has($0, .comma)
          })
      else { return nil }
      return (comma, Attribution(cue: group.cue, speaker: speaker), reason)
    }
    // `…, he added.` / `…, the source said.` / `…, lawmakers said Friday.` /
    // `…, the agency said on Tuesday.` / `…, Mr. Obama said in his
    // interview.`: only time words or a short prepositional phrase may follow the verb.
    var verb = first + 1
    while verb < end {
      if doc.has(verb, .verb), let cue = doc.verbGroup(endingAt: verb, floor: first),
        // (`as predicted`, `as expected`: no one says it.)
        !(doc.has(verb, .english) && doc.analysis.tokens[cue.lowerBound - 1].norm == "as"),
        cue.upperBound == end
          || end - cue.upperBound <= 3 && (cue.upperBound..<end).allSatisfy({ isTimeWord($0, doc) })
            // (A determiner only before the time: `said this week`, not `endorsed one in July`.)
            && !(doc.has(cue.upperBound, .det) && !isTimeHead(cue.upperBound + 1, doc))
          || isToldObject(cue.upperBound..<end, verb: verb, doc)
          || isShortPrepositionalPhrase(cue.upperBound..<end, doc),
        let speaker = doc.subject(before: cue.lowerBound, floor: first), doc.isPlausibleSpeaker(speaker),
        // Not a passive (`…, North Korea's nuclear ambitions have barely been
        // mentioned in …`): its subject is what was talked about.
        !(cue.lowerBound..<verb).contains(where: { wordLists.beForms.contains(doc.analysis.tokens[$0].norm) }),
        // (Nor a French one: `à Lyon, la bataille est lancée`; a reflexive's
        // `être` is no passive: `le maire s'est félicité`.)
        !((cue.lowerBound - 1)..<verb).contains(where: {
          $0 > first && !doc.has($0, .english) && wordLists.etreForms.contains(doc.analysis.tokens[$0].norm)
            && !doc.isReflexivePronoun($0 - 1)
        }),
        // `Mr. Van Voorhis said`: the name may leave out the title before it,
        // or the role (`…, White House press secretary Karine Jean-Pierre said.`).
        speaker.lowerBound == first || speaker.lowerBound == first + 1 && doc.has(first, .capitalized)
          || isRoleBefore(first..<speaker.lowerBound, doc)
      {
        return (comma, Attribution(cue: cue, speaker: speaker), reason)
      }
      verb += 1
    }
    return nil
  }
}
