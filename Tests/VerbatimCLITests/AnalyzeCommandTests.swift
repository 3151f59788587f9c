import Foundation
import Testing

@Suite struct AnalyzeCommandTests {
  @Test func analyzesTheSeedsWithTheDocumentedSchema() throws {
    let folder = CLI.packageRoot.appendingPathComponent("Fixtures/seeds")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
    #expect(files.count == 5)
    let result = try CLI.run(["analyze"] + files.map { folder.appendingPathComponent($0).path })
    #expect(result.status == 0, "\(result.stderr)")
    let documents = try result.jsonLines()
    #expect(documents.count == files.count)
    for (file, document) in zip(files, documents) {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      let scalars = Array(text.unicodeScalars)
      #expect((document["id"] as? String)?.hasSuffix(file) == true)
      #expect(["fr", "en"].contains(document["language"] as? String))
      let paragraphs = try #require(document["paragraphs"] as? [[String: Any]])
      let sentences = try #require(document["sentences"] as? [[String: Any]])
      let tokens = try #require(document["tokens"] as? [[String: Any]])
      #expect(!paragraphs.isEmpty && !sentences.isEmpty && !tokens.isEmpty)
      for paragraph in paragraphs {
        #expect(Set(paragraph.keys).isSuperset(of: ["start", "end", "language"]))
      }
      for sentence in sentences { #expect(Set(sentence.keys).isSuperset(of: ["start", "end"])) }
      for token in tokens {
        #expect(Set(token.keys).isSuperset(of: ["start", "end", "text", "kind", "norm"]))
        let start = try #require(token["start"] as? Int), end = try #require(token["end"] as? Int)
        // Code-point offsets: Python's text[start:end] is the token's text.
        #expect(String(String.UnicodeScalarView(scalars[start..<end])) == token["text"] as? String)
      }
    }
  }

  @Test func jsonLinesKeepIdsAndOrder() throws {
    let input = """
      {"id": 7, "text": "L'AFP a-t-il dit ?"}
      {"text": "I don't know.", "id": {"doc": [1, "x"]}, "extra": [true, null]}

      {"id": "z", "text": "Mixed \\u00e9t\\u00e9 \\ud83d\\ude00", "lang": "en"}
      """
    let result = try CLI.run(["analyze", "--input", "jsonl"], text: input)
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.text.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[0].hasPrefix("{\"id\":7,"))
    #expect(lines[1].hasPrefix("{\"id\":{\"doc\": [1, \"x\"]},"))
    #expect(lines[2].hasPrefix("{\"id\":\"z\",\"language\":\"en\""))
    let documents = try result.jsonLines()
    let tokens = try #require(documents[0]["tokens"] as? [[String: Any]])
    #expect(tokens.map { $0["text"] as? String } == ["L'", "AFP", "a", "-t-il", "dit", "?"])
  }

  @Test func streamsLongAndManyLinesAcrossReadChunks() throws {
    let long = String(repeating: "Le marché de l’IA croît. ", count: 12_000)  // ~300 KB, several 64 KiB reads
    var input = "{\"id\": \"long\", \"text\": \"\(long)\"}\r\n"
    for index in 0..<500 { input += "{\"id\": \(index), \"text\": \"Doc \(index).\"}\n" }
    let result = try CLI.run(["tokenize", "--input", "jsonl"], text: input)
    #expect(result.status == 0, "\(result.stderr)")
    let documents = try result.jsonLines()
    #expect(documents.count == 501)
    #expect(documents[0]["id"] as? String == "long")
    #expect((documents[0]["tokens"] as? [Any])?.count == 12_000 * 7)
    #expect(documents.dropFirst().map { $0["id"] as? Int } == Array(0..<500))
  }

  @Test func jsonFormatIsOneArray() throws {
    let result = try CLI.run(["tokenize", "--input", "jsonl", "--format", "json"], text: "{\"id\":1,\"text\":\"a b\"}\n{\"id\":2,\"text\":\"c\"}\n")
    #expect(result.status == 0)
    let array = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]])
    #expect(array.map { $0["id"] as? Int } == [1, 2])
    #expect(array[0]["sentences"] == nil && array[0]["tokens"] != nil)
  }

  @Test func shortcuts() throws {
    let text = "M. Smith est arrivé. Il a dit « oui »."
    let sentences = try CLI.run(["sentences", "--lang", "fr"], text: text).jsonLines()[0]
    let list = try #require(sentences["sentences"] as? [[String: Any]])
    #expect(list.map { $0["text"] as? String } == ["M. Smith est arrivé.", "Il a dit « oui »."])
    let language = try CLI.run(["language"], text: text).jsonLines()[0]
    #expect(language["language"] as? String == "fr")
    #expect((language["confidence"] as? Double ?? 0) > 0.5)
    let normalized = try CLI.run(["normalize", "--steps", "typography,casefold"], text: "L’Été « X »").jsonLines()[0]
    #expect(normalized["normalized"] as? String == "l'été \" x \"")
    let textFormat = try CLI.run(["tokenize", "--format", "text", "--lang", "fr"], text: "l'AFP")
    #expect(textFormat.text == "l'\tword\tl'\nAFP\tword\tafp\n\n")
  }
}

@Suite struct EntitiesCommandTests {
  @Test func entitiesWithACallerGazetteer() throws {
    try CLI.withTemporaryFolder("gazetteer") { folder in
      let gazetteer = folder.appendingPathComponent("names.json")
      try #"{"entries": [{"text": "Zorglub", "label": "PRODUCT", "canonical": "Zorglub 3000"}]}"#
        .write(to: gazetteer, atomically: true, encoding: .utf8)
      let result = try CLI.run(
        ["entities", "--lang", "fr", "--gazetteer", gazetteer.path],
        text: "Microsoft vend Zorglub depuis juillet 2018 pour 4,4 milliards de dollars.")
      #expect(result.status == 0, "\(result.stderr)")
      let entities = try #require(try result.jsonLines()[0]["entities"] as? [[String: Any]])
      for entity in entities {
        #expect(Set(entity.keys) == ["start", "end", "text", "label", "canonical", "cluster"])
      }
      let byText = Dictionary(entities.map { ($0["text"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
      #expect(byText["Zorglub"]?["label"] as? String == "PRODUCT")
      #expect(byText["Zorglub"]?["canonical"] as? String == "Zorglub 3000")
      #expect(byText["juillet 2018"]?["label"] as? String == "DATE")
      #expect(byText["4,4 milliards de dollars"]?["label"] as? String == "MONEY")
      // A malformed gazetteer is bad input.
      try "{\"entries\": [{\"text\": \"X\"}]}".write(to: gazetteer, atomically: true, encoding: .utf8)
      let bad = try CLI.run(["entities", "--gazetteer", gazetteer.path], text: "x")
      #expect(bad.status == 65)
      #expect(bad.stderr.contains("names.json"))
    }
  }

  @Test func analyzeCarriesEntitiesAndQuotes() throws {
    let text = "« Nous ne vendons pas cette technologie », a déclaré Brad Smith, président de Microsoft."
    let document = try CLI.run(["analyze", "--lang", "fr"], text: text).jsonLines()[0]
    let entities = try #require(document["entities"] as? [[String: Any]])
    #expect(entities.contains { $0["text"] as? String == "Microsoft" && $0["label"] as? String == "ORG" })
    let quotes = try #require(document["quotes"] as? [[String: Any]])
    #expect(quotes.count == 1)
    let quote = try #require(quotes.first)
    #expect(Set(quote.keys) == ["start", "end", "text", "kind", "speaker", "cue", "closed"])
    #expect(quote["text"] as? String == "Nous ne vendons pas cette technologie")
    #expect(quote["kind"] as? String == "direct" && quote["closed"] as? Bool == true)
    let speaker = try #require(quote["speaker"] as? [String: Any])
    #expect(Set(speaker.keys) == ["start", "end", "text", "resolved", "cluster"])
    #expect(speaker["text"] as? String == "Brad Smith")
    // Code-point offsets: the quote starts after `« ` (2 code points).
    #expect(quote["start"] as? Int == 2)
    let cue = try #require(quote["cue"] as? [String: Any])
    #expect(cue["text"] as? String == "a déclaré")
  }

  @Test func quotesCommandPrintsSpeakerAndQuote() throws {
    let result = try CLI.run(["quotes", "--lang", "fr", "--format", "text"], text: "« Nous ne lâcherons rien », a-t-il ajouté.")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(String(decoding: result.stdout, as: UTF8.self) == "il — [direct] Nous ne lâcherons rien\n")
  }
}

@Suite struct BadInputTests {
  @Test func invalidUTF8IsAnErrorNamingTheByte() throws {
    var bytes = Data("Bonjour\nà tous ".utf8)
    bytes.append(contentsOf: [0xC3, 0x28, 0x41])
    let result = try CLI.run(["analyze"], input: bytes)
    #expect(result.status == 3)
    #expect(result.stderr.contains("invalid UTF-8 at byte offset 16 (line 2, column 9)"))
    #expect(result.text.hasPrefix(#"{"id":"-","error":{"code":"invalid-utf8","message":"<stdin>: invalid UTF-8 at byte offset 16 (line 2, column 9)"#))
  }

  @Test func invalidUTF8InJSONLinesNamesLineAndColumn() throws {
    var bytes = Data("{\"id\":1,\"text\":\"ok\"}\n{\"id\":2,\"text\":\"".utf8)
    bytes.append(contentsOf: [0xE9, 0x22, 0x7D, 0x0A])
    let result = try CLI.run(["analyze", "--input", "jsonl"], input: bytes)
    #expect(result.status == 3)
    #expect(result.stderr.contains("<stdin>:2: invalid UTF-8 at column 17"))
    #expect(try result.jsonLines().map { $0["error"] == nil } == [true, false])
  }

  @Test func lossyReplacesAndSaysSo() throws {
    let result = try CLI.run(["tokenize", "--lossy"], input: Data([0x61, 0x20, 0xFF, 0x20, 0x62]))
    #expect(result.status == 0)
    #expect(result.stderr.contains("replaced 1 invalid UTF-8"))
    let tokens = try #require(try result.jsonLines()[0]["tokens"] as? [[String: Any]])
    #expect(tokens.map { $0["text"] as? String } == ["a", "\u{FFFD}", "b"])
  }

  @Test func malformedJSONLinesNameTheLine() throws {
    let result = try CLI.run(["analyze", "--input", "jsonl"], text: "{\"id\":1,\"text\":\"ok\"}\n{\"id\":2,\"text\":\"unterminated}\n")
    #expect(result.status == 3)
    #expect(result.stderr.contains("<stdin>:2:"))
    #expect(try result.jsonLines()[1]["error"] != nil)
    let missing = try CLI.run(["analyze", "--input", "jsonl"], text: "{\"id\":1}\n")
    #expect(missing.status == 3 && missing.stderr.contains("no \"text\""))
  }

  @Test func usageErrorsExit64() throws {
    #expect(try CLI.run(["analyze", "--format", "xml"], text: "a").status == 64)
    #expect(try CLI.run(["analyze", "--lang", "de"], text: "a").status == 64)
    #expect(try CLI.run(["normalize", "--steps", "nfc,bogus"], text: "a").status == 64)
  }

  @Test func missingFileFails() throws {
    let result = try CLI.run(["analyze", "/nonexistent/file.txt"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("/nonexistent/file.txt"))
  }

  @Test func emptyAndBinaryInputsGiveSensibleResults() throws {
    let empty = try CLI.run(["analyze"], input: Data())
    #expect(empty.status == 0)
    let document = try empty.jsonLines()[0]
    #expect((document["tokens"] as? [Any])?.isEmpty == true && document["language"] as? String == "und")
    let nul = try CLI.run(["tokenize"], input: Data([0x61, 0x00, 0x62, 0x0A]))
    #expect(nul.status == 0)
  }
}

@Suite struct EntityModelOptionTests {
  @Test func aDamagedOrMisnamedModelIsRefused() throws {
    try CLI.withTemporaryFolder("model") { folder in
      let junk = folder.appendingPathComponent("junk.bin")
      try Data(repeating: 0x56, count: 4096).write(to: junk)
      let damaged = try CLI.run(["entities", "--entity-model", "en=\(junk.path)"], text: "Brad Smith spoke.")
      #expect(damaged.status == 65)
      #expect(damaged.stderr.contains("English entity model"))
      #expect(damaged.stdout.isEmpty)
      let language = try CLI.run(["entities", "--entity-model", "de=\(junk.path)"], text: "x")
      #expect(language.status == 64)
      #expect(language.stderr.contains("fr=FILE or en=FILE"))
      let missing = try CLI.run(["entities", "--entity-model", "fr=\(folder.path)/none.bin"], text: "x")
      #expect(missing.status == 1)
      #expect(missing.stderr.contains("none.bin"))
    }
  }
}
