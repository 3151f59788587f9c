import Testing
@testable import Verbatim

@Suite struct NumericEntityRulesTests {
  private static let analyzer = try! Analyzer(entities: true)

  private func mentions(_ text: String, _ language: Language) -> [String] {
    let analysis = Self.analyzer.analyze(text, language: language)
    return analysis.entities.filter { [.money, .date, .percent].contains($0.label) }
      .map { "\($0.label):\(analysis.text(of: $0))" }
  }

  @Test func money() {
    #expect(mentions("Le marché est évalué à 4,4 milliards de dollars.", .french) == ["MONEY:4,4 milliards de dollars"])
    #expect(mentions("Un contrat à 20 millions de dollars.", .french) == ["MONEY:20 millions de dollars"])
    #expect(mentions("Il coûte 1 234,56 € et 3 M€ de plus, soit 45 millions d’euros.", .french)
      == ["MONEY:1 234,56 €", "MONEY:3 M€", "MONEY:45 millions d’euros"])
    #expect(mentions("They raised $1.2 billion and 5 million dollars.", .english)
      == ["MONEY:$1.2 billion", "MONEY:5 million dollars"])
  }

  /// A symbol glued to a country's letters is two tokens (`US` `$`), one currency.
  @Test func moneyWithACountrysDollar() {
    #expect(mentions("La valeur n'excédait jamais 10 000 US $.", .french) == ["MONEY:10 000 US $"])
    #expect(mentions("Il a payé 5 000 $US, soit 3 millions de dollars US.", .french)
      == ["MONEY:5 000 $US", "MONEY:3 millions de dollars US"])
    #expect(mentions("The firm raised US$5 billion and HK$ 3 million.", .english)
      == ["MONEY:US$5 billion", "MONEY:HK$ 3 million"])
    // (The country's letters are no place of their own.)
    let analysis = Self.analyzer.analyze("La valeur n'excédait jamais 10 000 US $.", language: .french)
    #expect(!analysis.entities.contains { $0.label == .location })
    #expect(NumericEntityRules.splitAtSymbols("us$") == "us $" && NumericEntityRules.splitAtSymbols("$us") == "$ us")
    #expect(NumericEntityRules.splitAtSymbols("dollars us") == "dollars us")
  }

  @Test func percent() {
    #expect(mentions("Une hausse de 12,5 % et de 3 pour cent.", .french) == ["PERCENT:12,5 %", "PERCENT:3 pour cent"])
    #expect(mentions("Up 4% or 7 percent.", .english) == ["PERCENT:4%", "PERCENT:7 percent"])
  }

  @Test func frenchDates() {
    #expect(mentions("En juillet 2018, fin mars et le lundi 25 mai 2020.", .french)
      == ["DATE:juillet 2018", "DATE:fin mars", "DATE:lundi 25 mai 2020"])
    #expect(mentions("Il l'a dit hier, et aujourd'hui la semaine dernière.", .french)
      == ["DATE:hier", "DATE:aujourd'hui", "DATE:la semaine dernière"])
    #expect(mentions("au début de la semaine, vendredi dernier, en 2018", .french)
      == ["DATE:début de la semaine", "DATE:vendredi dernier", "DATE:2018"])
  }

  @Test func englishDates() {
    #expect(mentions("On Wednesday, May 25, 2020, two weeks ago, last week, in January.", .english)
      == ["DATE:Wednesday", "DATE:May 25, 2020", "DATE:two weeks ago", "DATE:last week", "DATE:January"])
    #expect(mentions("date 2020-06 and 01/24/2001", .english) == ["DATE:2020-06", "DATE:01/24/2001"])
  }

  @Test func ambiguousWordsAreNotDates() {
    #expect(mentions("IBM a été plus claire sur Mars et le mai.", .french).isEmpty)
    #expect(mentions("Il a 2019 raisons et 1500 euros.", .french) == ["MONEY:1500 euros"])
    #expect(mentions("May I come? I will march.", .english).isEmpty)
  }
}
