/// The letters the language model knows: Latin letters (ASCII and
/// U+00C0–U+024F but × and ÷), folded to lower case by a fixed table that
/// `Scripts/build-language-model` mirrors (`fold`).
enum LatinLetters {
  /// The lower-case letter for `value`, or 0 when it is no Latin letter.
  @inline(__always)
  static func fold(_ value: UInt32) -> UInt32 {
    switch value {
    case 0x61...0x7A: return value
    case 0x41...0x5A: return value + 0x20
    case 0..<0xC0: return 0
    case 0xC0...0xDE: return value == 0xD7 ? 0 : value + 0x20
    case 0xDF...0xFF: return value == 0xF7 ? 0 : value
    case 0x178: return 0xFF
    case 0x139...0x148, 0x179...0x17E: return value & 1 == 1 ? value + 1 : value
    case 0x138, 0x149, 0x17F: return value
    case 0x100...0x17F: return value & 1 == 1 ? value : value + 1
    case 0x180...0x24F: return value
    default: return 0
    }
  }
}
