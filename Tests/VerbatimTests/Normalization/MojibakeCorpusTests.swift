import Foundation
import Testing
@testable import Verbatim

/// Real French and English sentences: the `# text = ` lines of the Universal
/// Dependencies dev sets in `../shared/data/ud` next to the package (not part
/// of the repository; the tests are skipped when they are absent).
enum UDSentences {
  static let directory: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/data/ud")

  static let files: [URL] = {
    let manager = FileManager.default
    guard let folders = try? manager.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
    else { return [] }
    return folders.flatMap { folder in
      ((try? manager.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
        .filter { $0.lastPathComponent.hasSuffix("-dev.conllu") }
    }.sorted { $0.path < $1.path }
  }()

  static var available: Bool { !files.isEmpty }

  static let sentences: [String] = files.flatMap { file -> [String] in
    guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").compactMap { line in
      line.hasPrefix("# text = ") ? String(line.dropFirst("# text = ".count)) : nil
    }
  }
}

/// UTF-8 bytes of `text` read back as Windows-1252 (undefined bytes as C1
/// controls, like a lenient decoder) or as Latin-1.
func misdecoded(_ text: String, latin1: Bool = false) -> String {
  var scalars = String.UnicodeScalarView()
  for byte in text.utf8 {
    if !latin1, let special = CP1252.scalar(forHighByte: byte) {
      scalars.append(special)
    } else {
      scalars.append(Unicode.Scalar(byte))
    }
  }
  return String(scalars)
}

@Suite struct MojibakeCorpusTests {
  @Test(.enabled(if: UDSentences.available, "UD dev sets not found next to the package"))
  func makesNoChangeToRealText() {
    let normalizer = Normalizer(steps: .mojibake)
    var changed: [String] = []
    for sentence in UDSentences.sentences where normalizer.normalize(sentence).isChanged {
      changed.append(sentence)
    }
    print("mojibake false repairs: \(changed.count) of \(UDSentences.sentences.count) UD dev sentences")
    #expect(UDSentences.sentences.count > 1000)
    #expect(changed.isEmpty, "changed: \(changed.prefix(5))")
  }

  @Test func makesNoChangeToTheSeedNewsTexts() {
    #expect(SeedTexts.texts.count >= 5)
    for text in SeedTexts.texts {
      #expect(!Normalizer(steps: .mojibake).normalize(text).isChanged)
      // The same texts, broken, come back whole.
      #expect(Normalizer(steps: .mojibake).normalize(misdecoded(text)).text == text)
    }
  }

  @Test(.enabled(if: UDSentences.available, "UD dev sets not found next to the package"))
  func repairsMisdecodedRealText() {
    let normalizer = Normalizer(steps: .mojibake)
    let variants: [(String, (String) -> String)] = [
      ("cp1252", { misdecoded($0) }),
      ("latin-1", { misdecoded($0, latin1: true) }),
      ("cp1252 twice", { misdecoded(misdecoded($0)) }),
      ("latin-1 then cp1252", { misdecoded(misdecoded($0, latin1: true)) }),
    ]
    let affected = UDSentences.sentences.filter { $0.utf8.count != $0.unicodeScalars.count }
    for (name, corrupt) in variants {
      var failures: [String] = []
      for sentence in affected {
        let broken = corrupt(sentence)
        let result = normalizer.normalize(broken)
        if result.text != sentence { failures.append(sentence) }
        #expect(mapViolations(result).isEmpty)
      }
      let rate = Double(affected.count - failures.count) / Double(affected.count)
      print(
        "mojibake round trip (\(name)): \(affected.count - failures.count)/\(affected.count) non-ASCII sentences"
          + " restored (\(rate * 100)%); failures: \(failures.prefix(3))")
      #expect(affected.count > 500)
      #expect(rate >= 0.99, "\(name): \(failures.prefix(5))")
    }
  }
}
