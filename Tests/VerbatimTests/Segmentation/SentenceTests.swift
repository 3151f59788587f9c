import Testing
@testable import Verbatim

@Suite struct SentenceTests {
  private func sentences(_ text: String, _ language: Language? = nil) -> [String] {
    let analysis = TestSupport.analyzer.analyze(text, language: language)
    return analysis.sentences.map { String(analysis.text(of: $0)) }
  }

  @Test func closingGuillemetBelongsToItsSentence() {
    #expect(
      sentences("Il a dit : « C'est fini. » Puis il est parti.", .french)
        == ["Il a dit : « C'est fini. »", "Puis il est parti."])
    #expect(
      sentences("« Nous ne vendrons pas. », a déclaré Brad Smith. La suite.", .french)
        == ["« Nous ne vendrons pas. », a déclaré Brad Smith.", "La suite."])
    #expect(
      sentences("He said \"It is over.\" She left.", .english) == ["He said \"It is over.\"", "She left."])
    #expect(sentences("“It’s over.” She left.", .english) == ["“It’s over.”", "She left."])
  }

  @Test func narrowNoBreakSpacesInsideGuillemets() {
    let text = "Il a dit\u{202F}: «\u{202F}C'est fini\u{202F}!\u{202F}» Puis il est parti."
    #expect(sentences(text, .french).count == 2)
    #expect(sentences(text, .french)[0].hasSuffix("»"))
  }

  @Test func noBreakAfterTitlesAcronymsAndInitials() {
    #expect(sentences("M. Dupont est arrivé. Mme. Durand aussi.", .french) == ["M. Dupont est arrivé.", "Mme. Durand aussi."])
    #expect(sentences("Mr. Smith left at 5 p.m. yesterday. Dr. Jones stayed.", .english)
      == ["Mr. Smith left at 5 p.m. yesterday.", "Dr. Jones stayed."])
    #expect(sentences("The U.S. economy grew. It was fast.", .english) == ["The U.S. economy grew.", "It was fast."])
    #expect(sentences("J. K. Rowling wrote it. The end.", .english) == ["J. K. Rowling wrote it.", "The end."])
    #expect(sentences("He used tools (e.g. The Programming Historian) daily.", .english).count == 1)
  }

  @Test func linesWithoutFinalPunctuationAreSentences() {
    let text = "Police non, immigration oui\nLa prise de position de Microsoft s’inscrit dans la continuité."
    #expect(sentences(text, .french) == ["Police non, immigration oui", "La prise de position de Microsoft s’inscrit dans la continuité."])
    let analysis = TestSupport.analyzer.analyze(text, language: .french)
    #expect(analysis.paragraphs.count == 2)
  }

  @Test func wrappedLinesStayOneSentence() {
    let text = "Le président de Microsoft a rappelé que son groupe demande\ndepuis deux ans une régulation forte. Fin."
    let analysis = TestSupport.analyzer.analyze(text, language: .french)
    #expect(analysis.paragraphs.count == 1)
    #expect(analysis.sentences.count == 2)
  }

  @Test func acronymsAndInitialsBeforeNames() {
    #expect(sentences("He joined the U.S. Congress in 2001.", .english).count == 1)
    #expect(sentences("Please forward a copy of the J.M. Huber Corporation guaranty.", .english).count == 1)
    #expect(sentences("He moved to the U.S. The rest is history.", .english).count == 2)
  }

  @Test func signOffsAndAddressLists() {
    #expect(sentences("Let me know. Best regards, Debra Perlingiere", .english)
      == ["Let me know.", "Best regards,", "Debra Perlingiere"])
    #expect(sentences("I said thanks, John and Mary were pleased.", .english).count == 1)
    #expect(sentences("See https://a.example/x https://b.example/y", .english).count == 2)
  }

  @Test func missedBreaksAreAdded() {
    #expect(sentences("Ils se sentent en sécurité. à ce jour, rien.", .french).count == 2)
    #expect(sentences("Angiox est un anticoagulant ; En utilisant Angiox, rien.", .french).count == 2)
    #expect(sentences("Il meurt en 1805. [6] Un autre texte.", .english) == ["Il meurt en 1805. [6]", "Un autre texte."])
  }

  @Test func learnedModelSplitsGluedHeadingsOnly() {
    #expect(
      sentences("Le traitement est court. Références - Dans l'ombre du dossier, rien.", .french)
        == ["Le traitement est court.", "Références", "- Dans l'ombre du dossier, rien."])
    // Names and titles after a content word stay inside the sentence.
    #expect(sentences("Il a rencontré le président Emmanuel Macron à Paris.", .french).count == 1)
    #expect(sentences("Un livre intitulé L'influence d'un livre est paru.", .french).count == 1)
    #expect(sentences("Selon Le Monde, la décision est prise.", .french).count == 1)
  }

  @Test func boundaryModelLoads() {
    let model = SentenceBoundaryModel.french
    #expect(model.threshold > 0 && model.threshold < 100)
    #expect(SentenceBoundaryModel.shape("Élys20") == "Xxd")
    #expect(SentenceBoundaryModel.shape("Élysée2024") == "Xx")  // the first six code points only
    #expect(SentenceBoundaryModel.shape("ACLU") == "X")
    #expect(SentenceBoundaryModel.shape("l'AFP") == "x'X")
  }

  /// The byte path scores every ASCII junction exactly as the string path
  /// does (same hashes, same weights, same order), on the seeds and on
  /// made-up junctions with digits, marks, the first and last token of a
  /// paragraph; and it declines tokens that are not ASCII.
  @Test func asciiScoresAreTheStringScores() throws {
    let model = SentenceBoundaryModel.french
    var texts = try TestSupport.seeds().map(\.1)
    texts.append("Grossesse et allaitement Effets sur l AFP (ONU) Paris: Macron 2024 Le Monde G7 X-Men - Titre")
    var compared = 0
    var declined = 0
    for text in texts {
      let tokens = try Tokenizer(language: .french).tokens(in: text)
      var text = text
      text.withUTF8 { bytes in
        func string(_ token: Token) -> Substring { Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[token.utf8Range]), as: UTF8.self)) }
        for index in 1..<tokens.count {
          let before = index >= 2 ? tokens[index - 2] : nil
          let after = index + 1 < tokens.count ? tokens[index + 1] : nil
          let fast = model.asciiScore(
            bytes, before: before?.utf8Range, previous: tokens[index - 1].utf8Range, next: tokens[index].utf8Range,
            after: after?.utf8Range)
          let slow = model.score(
            before: before.map(string), previous: string(tokens[index - 1]), next: string(tokens[index]),
            after: after.map(string))
          if let fast {
            #expect(fast == slow, "\(string(tokens[index - 1])) | \(string(tokens[index]))")
            compared += 1
          } else {
            declined += 1
          }
        }
      }
    }
    #expect(compared > 1_000 && declined > 100)
  }

  @Test func sentencesTileTheTokens() throws {
    for (_, text) in try TestSupport.seeds() {
      let analysis = TestSupport.analyzer.analyze(text)
      var next = 0
      for paragraph in analysis.paragraphs {
        for sentence in analysis.sentences[paragraph.sentenceIndices] {
          #expect(sentence.tokenIndices.lowerBound == next)
          #expect(!sentence.tokenIndices.isEmpty)
          #expect(sentence.start >= paragraph.start && sentence.end <= paragraph.end)
          next = sentence.tokenIndices.upperBound
        }
      }
      #expect(next == analysis.tokens.count)
    }
  }
}

@Suite struct ParagraphAndLanguageTests {
  @Test func seed003ParagraphLanguages() throws {
    let text = try #require(try TestSupport.seeds().first { $0.name.hasPrefix("003") }).text
    let analysis = TestSupport.analyzer.analyze(text)
    let languages = analysis.paragraphs.map(\.language.language)
    #expect(languages.count == 13)
    #expect(languages[0] == .english)
    #expect(languages[1] == .french)
    #expect(languages.dropFirst(2).allSatisfy { $0 == .english })
    #expect(analysis.language.language == .english)
  }

  @Test func frenchSeedsAreFrench() throws {
    for (name, text) in try TestSupport.seeds() where !name.hasPrefix("003") {
      #expect(TestSupport.analyzer.analyze(text).language.language == .french, "\(name)")
    }
  }

  @Test func paragraphLanguageDrivesTokenization() {
    let text = "I don't know what he meant.\n\nIl n'a pas dit qu'il viendrait."
    let analysis = TestSupport.analyzer.analyze(text)
    let words = analysis.tokens.map { String(analysis.text(of: $0)) }
    #expect(words.contains("n't") && words.contains("n'") && words.contains("qu'"))
    // A fixed language overrides identification.
    let fixed = TestSupport.analyzer.analyze(text, language: .french)
    #expect(fixed.paragraphs.allSatisfy { $0.language.language == .french })
  }

  @Test func emptyAndBlankDocuments() {
    for text in ["", "   \n\n\t ", "\u{FEFF}"] {
      let analysis = TestSupport.analyzer.analyze(text)
      #expect(analysis.tokens.isEmpty && analysis.sentences.isEmpty && analysis.paragraphs.isEmpty)
      #expect(analysis.language.language == .undetermined)
    }
  }
}
