import Verbatim

// Build the analyzer once; it is Sendable and can be shared across threads.
let analyzer = try Analyzer()
let text = "« Nous ne vendons pas », a déclaré M. Smith aujourd’hui.\n\nI don't know."
let analysis = analyzer.analyze(text)

print("document language: \(analysis.language.language)")
for paragraph in analysis.paragraphs {
  print("paragraph \(paragraph.start)..<\(paragraph.end): \(paragraph.language.language)")
}
for token in analysis.tokens {
  // Code-point offsets for other tools, String.Index ranges for Swift.
  print("\(token.start)\t\(token.end)\t\(token.kind)\t\(analysis.text[token.range(in: analysis.text)])")
}
for entity in analysis.entities {
  print("entity \(entity.label): \(analysis.text(of: entity)) (cluster \(entity.cluster))")
}
for quote in analysis.quotes {
  let speaker = quote.speaker.map { String(analysis.text(of: $0)) } ?? "?"
  print("quote [\(quote.kind)] \(speaker): \(analysis.text(of: quote))")
}
let normalized = Normalizer(steps: [.typography, .accents, .caseFold]).normalize(text)
print(normalized.text)
