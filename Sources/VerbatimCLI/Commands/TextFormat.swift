import Verbatim

/// The human-readable `--format text` renderings.
enum TextFormat {
  /// Paragraphs (with their language) and one sentence per line, tokens
  /// separated by ` | `.
  static func analysis(_ analysis: Analysis) -> String {
    var out = ""
    for paragraph in analysis.paragraphs {
      out += "[\(paragraph.language.language)]\n"
      for sentence in analysis.sentences[paragraph.sentenceIndices] {
        out += analysis.tokens[sentence.tokenIndices].map { String(analysis.text(of: $0)) }
          .joined(separator: " | ")
        out += "\n"
      }
      out += "\n"
    }
    return out
  }

  /// One token per line (`text<TAB>kind<TAB>norm`), a blank line after each sentence.
  static func tokens(_ analysis: Analysis) -> String {
    var out = ""
    for sentence in analysis.sentences {
      for token in analysis.tokens[sentence.tokenIndices] {
        out += "\(analysis.text(of: token))\t\(token.kind)\t\(token.norm)\n"
      }
      out += "\n"
    }
    return out
  }

  /// One sentence per line (line breaks inside a sentence become spaces).
  static func sentences(_ analysis: Analysis) -> String {
    analysis.sentences.map { sentence in
      String(analysis.text(of: sentence).map { $0.isNewline ? " " : $0 }) + "\n"
    }.joined()
  }

  /// `label<TAB>text<TAB>canonical` per entity mention.
  static func entities(_ analysis: Analysis) -> String {
    analysis.entities.map { "\($0.label)\t\(analysis.text(of: $0))\t\($0.canonical)\n" }.joined()
  }

  /// `speaker — « quote »` per quote, with its kind and resolved speaker.
  static func quotes(_ analysis: Analysis) -> String {
    analysis.quotes.map { quote in
      let speaker = quote.speaker.map { speaker in
        let written = String(analysis.text(of: speaker))
        return speaker.resolved.map { $0 == written ? written : "\(written) (\($0))" } ?? written
      } ?? "?"
      let text = analysis.text(of: quote).map { $0.isNewline ? " " : $0 }
      return "\(speaker) — [\(quote.kind)] \(String(text))\n"
    }.joined()
  }

  /// `language<TAB>confidence` for the document, then one line per paragraph.
  static func language(_ analysis: Analysis) -> String {
    var out = "\(analysis.language.language)\t\(rounded(analysis.language.confidence))\n"
    for paragraph in analysis.paragraphs {
      let preview = analysis.text(of: paragraph).prefix(60).map { $0.isNewline ? " " : $0 }
      out += "  \(paragraph.language.language)\t\(rounded(paragraph.language.confidence))\t\(String(preview))\n"
    }
    return out
  }

  private static func rounded(_ value: Double) -> String {
    let scaled = Int((value * 100).rounded())
    return "\(scaled / 100).\(scaled % 100 < 10 ? "0" : "")\(scaled % 100)"
  }
}
