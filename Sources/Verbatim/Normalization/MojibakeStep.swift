/// Repairs mojibake: UTF-8 text that was decoded as Windows-1252 or Latin-1
/// (`Ã©` → `é`, `â€™` → `’`, `Ã‰` → `É`), once or twice (`ÃƒÂ©` → `é`).
///
/// In the spirit of ftfy: a UTF-8 lead byte (0xC2–0xF4) read as Windows-1252
/// is one of `Â Ã Ä … ô`; when it is followed by the right number of
/// characters whose Windows-1252 bytes are continuation bytes (0x80–0xBF; the
/// C1 controls U+0080–U+009F count as their own byte, which also covers
/// Latin-1 and the five bytes Windows-1252 leaves undefined) and the bytes form
/// a valid UTF-8 sequence, those characters are replaced by the character the
/// sequence encodes. Nothing else is touched.
///
/// Legitimate French and English text must come out unchanged, and some real
/// characters can start such a sequence (`é` + no-break space + `»` reads as
/// the bytes E9 A0 BB). So a sequence is repaired only when it is convincing:
/// - `Â` or `Ã` followed by a continuation character (the mojibake of every
///   Latin-1 letter and sign; neither letter is followed by such a character
///   in French or English);
/// - otherwise, some continuation character is not one that often follows a
///   word (no-break space, `«`, `»`, `’`, `”`, `…`, `–`, `—`, `°`, `©`, …):
///   `â€™` has `€`, `Å“` is kept by the next rule, `ðŸ˜€` has `Ÿ`;
/// - a Latin Extended-A letter (lead `Ä` or `Å`: `œ`, `ő`, `ł`, …) next to
///   a letter (`cÅ“ur`, `ErdÅ‘s`);
/// - a three-byte sequence between two letters (`Telamá»‘n`, Vietnamese);
/// - the byte order mark `ï»¿`;
/// - or the sequence touches another sequence (a word of Greek or Cyrillic
///   mojibake supports each of its letters).
///
/// Passes repeat on the output, at most ``passLimit`` times, for text encoded
/// wrongly more than once.
struct MojibakeStep: NormalizationStep {
  /// The most passes over a text.
  static let passLimit = 3

  func apply(_ input: UnsafeBufferPointer<UInt8>) -> StepOutput? {
    MojibakePass().applyRepeatedly(input, limit: Self.passLimit)
  }
}

/// One pass of ``MojibakeStep``.
struct MojibakePass: NormalizationStep {
  private struct Candidate {
    var range: Range<Int>
    /// The re-encoded bytes, packed big-endian (at most 4), and their count.
    var packed: UInt32
    var count: Int
    var convincing: Bool

    var bytes: [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: packed >> (8 * UInt32(count - 1 - $0))) } }
  }

  func apply(_ input: UnsafeBufferPointer<UInt8>) -> StepOutput? {
    let count = input.count
    // Lead characters U+00C2–U+00F4 are encoded C3 82 … C3 B4.
    var k = 0
    var found = false
    while k + 1 < count {
      if input[k] == 0xC3 && input[k + 1] >= 0x82 && input[k + 1] <= 0xB4 {
        found = true
        break
      }
      k += 1
    }
    guard found else { return nil }

    var candidates: [Candidate] = []
    var previousIsLetter = false
    var offset = 0
    while offset < count {
      let byte = input[offset]
      if byte < 0x80 {
        previousIsLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
        offset &+= 1
        continue
      }
      let (scalar, length) = UTF8Scanning.decode(input, at: offset)
      if scalar.value >= 0xC2 && scalar.value <= 0xF4,
        let candidate = sequence(at: offset, lead: UInt8(scalar.value), in: input, previousIsLetter: previousIsLetter)
      {
        candidates.append(candidate)
        offset = candidate.range.upperBound
        previousIsLetter = true
        continue
      }
      previousIsLetter = AccentFolding.isLetter(scalar)
      offset += length
    }
    guard !candidates.isEmpty else { return nil }

    var builder = EditBuilder(input)
    for (index, candidate) in candidates.enumerated() {
      let touchesPrevious = index > 0 && candidates[index - 1].range.upperBound == candidate.range.lowerBound
      let touchesNext =
        index + 1 < candidates.count && candidates[index + 1].range.lowerBound == candidate.range.upperBound
      if candidate.convincing || touchesPrevious || touchesNext {
        builder.replace(candidate.range, with: candidate.bytes)
      }
    }
    return builder.finish()
  }

  /// The sequence whose lead character (2 bytes, U+00C2–U+00F4) is at `offset`.
  private func sequence(
    at offset: Int, lead: UInt8, in input: UnsafeBufferPointer<UInt8>, previousIsLetter: Bool
  ) -> Candidate? {
    let needed = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3
    var packed = UInt32(lead)
    var allCommon = true
    var position = offset + 2
    for index in 0..<needed {
      guard position < input.count else { return nil }
      let (scalar, length) = UTF8Scanning.decode(input, at: position)
      guard let byte = CP1252.byte(for: scalar), byte >= 0x80 && byte <= 0xBF else { return nil }
      if index == 0 {
        switch lead {
        case 0xE0: guard byte >= 0xA0 else { return nil }
        case 0xED: guard byte <= 0x9F else { return nil }
        case 0xF0: guard byte >= 0x90 else { return nil }
        case 0xF4: guard byte <= 0x8F else { return nil }
        default: break
        }
      }
      if !Self.followsWords(scalar) { allCommon = false }
      packed = packed << 8 | UInt32(byte)
      position += length
    }
    var nextIsLetter = false
    if position < input.count {
      nextIsLetter = AccentFolding.isLetter(UTF8Scanning.decode(input, at: position).0)
    }
    let convincing: Bool
    switch lead {
    case 0xC2, 0xC3:
      convincing = true
    case 0xC4, 0xC5:
      convincing = !allCommon || previousIsLetter || nextIsLetter
    case 0xC6...0xDF:
      convincing = !allCommon
    default:
      convincing =
        !allCommon || (previousIsLetter && nextIsLetter) || packed == 0xEF_BBBF
    }
    return Candidate(range: offset..<position, packed: packed, count: needed + 1, convincing: convincing)
  }

  /// Whether `scalar` is a continuation character that also often follows
  /// a word in real text (spaces, quotes, dashes, signs).
  @inline(__always)
  static func followsWords(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0xA0, 0xA1, 0xA3, 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE,
      0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xB5, 0xB7, 0xB9, 0xBA, 0xBB, 0xBF, 0x2026, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2122:
      return true
    default:
      return false
    }
  }
}
