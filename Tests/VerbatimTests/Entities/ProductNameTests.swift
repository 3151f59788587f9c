import Testing
@testable import Verbatim

/// Named products from `products.txt`, model codes after a series or a
/// company, and what is left alone.
@Suite struct ProductNameTests {
  @Test func listedProductsWithTheirModelCodes() {
    let found = labeled("Microsoft has built ChatGPT into Windows 11 , and OpenAI released GPT-4o in May .", .english)
    #expect(found.contains("PRODUCT:ChatGPT") && found.contains("PRODUCT:Windows 11") && found.contains("PRODUCT:GPT-4o"))
    #expect(labeled("The company said the iPhone 16 Pro would cost $999 .", .english).contains("PRODUCT:iPhone 16 Pro"))
    #expect(labeled("Samsung lance le Galaxy S24 Ultra en France .", .french).contains("PRODUCT:Galaxy S24 Ultra"))
    #expect(labeled("Anthropic released Claude 3.5 Sonnet last week .", .english).contains("PRODUCT:Claude 3.5 Sonnet"))
  }

  @Test func theCompanyBeforeAndTheEditionAfter() {
    let found = labeled("Microsoft Azure and Amazon Rekognition compete for police contracts .", .english)
    #expect(found.contains("PRODUCT:Microsoft Azure") && found.contains("PRODUCT:Amazon Rekognition"))
    #expect(labeled("Les employés de l'ICE seront équipés avec Azure Government , indiquait Microsoft .", .french)
      .contains("PRODUCT:Azure Government"))
    #expect(labeled("Boeing shares rose after the Boeing 737 MAX was cleared .", .english).contains("PRODUCT:Boeing 737 MAX"))
  }

  @Test func namesThatAreNoProducts() {
    #expect(labeled("Claude Monet painted water lilies .", .english) == ["PERSON:Claude Monet"])
    // A series needs its model code; a year is no model code; an acronym before a number is no company's product.
    #expect(labeled("Open the Windows and look at the Galaxy far away .", .english).isEmpty)
    #expect(!labeled("Apple 2024 results were strong .", .english).contains { $0.hasPrefix("PRODUCT:") })
    #expect(!labeled("La communauté a son siège BP 40 à Bresles .", .french).contains { $0.hasPrefix("PRODUCT:") })
  }

  @Test func companiesNamedWithAI() {
    let found = labeled("Mistral AI a levé des fonds . Arthur Mensch , patron de Mistral , a parlé .", .french)
    #expect(found == ["ORG:Mistral AI", "PERSON:Arthur Mensch", "ORG:Mistral"])
    #expect(labeled("Clearview AI , the New York-based facial recognition company , has been fined .", .english)
      .contains("ORG:Clearview AI"))
    // An adjective before `AI` is no company's name, nor is `AI` a product's cue.
    let found2 = labeled("Generative AI is everywhere , and the AI Act will regulate it .", .english)
    #expect(!found2.contains { $0.contains("Generative") || $0.hasPrefix("PRODUCT:") })
  }

  @Test func modelCodes() {
    func isCode(_ text: String) -> Bool {
      let bytes = Array(text.utf8)
      return bytes.withUnsafeBufferPointer { EntityRecognizer.isModelCode(0..<$0.count, $0) }
    }
    #expect(isCode("16") && isCode("S24") && isCode("3.5") && isCode("A320neo") && isCode("4o"))
    #expect(!isCode("2024") && !isCode("1999") && !isCode("Pro") && !isCode("20,5") && !isCode("3.") && !isCode("123456789"))
  }
}

/// Names in a title-case headline stand only where the body vouches for them.
@Suite struct HeadlineSupportTests {
  static let body = """
    CUPERTINO, Calif. — Apple on Monday unveiled the iPhone 16 and a new version of its watch, betting that \
    artificial intelligence features will persuade customers to upgrade. The company said the new phones would \
    ship on Sept. 20 in more than 50 countries.
    """

  @Test func headlineNamesTheBodyVouchesFor() {
    let found = labeled("Apple Unveils iPhone 16 With New AI Features\n\n" + Self.body, .english)
    #expect(found.first == "ORG:Apple" && found.dropFirst().first == "PRODUCT:iPhone 16")
    #expect(!found.contains { $0.hasPrefix("ORG:Apple Unveils") || $0.contains("With New") })
  }

  @Test func aShortBodyLeavesTheHeadlineAlone() {
    // (Too little text to vouch for anything: the headline keeps what the tagger found.)
    let found = labeled("Apple Unveils Its Plans\n\nApple said so.", .english)
    #expect(!found.isEmpty)
  }
}
