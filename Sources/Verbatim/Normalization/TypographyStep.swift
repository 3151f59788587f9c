/// Folds typographic marks to ASCII (`’` → `'`, `«` → `"`, `—` → `-`,
/// `…` → `...`, no-break and other spaces → ` `) and removes invisible
/// characters (soft hyphen, ZWSP, word joiner, BOM), per `typography.txt`.
struct TypographyStep: NormalizationStep {
  func apply(_ input: UnsafeBufferPointer<UInt8>) -> StepOutput? {
    let table = NormalizationTables.typography
    var builder = EditBuilder(input)
    var offset = 0
    let count = input.count
    while offset < count {
      let byte = input[offset]
      if byte < 0x80 {
        offset &+= 1
        continue
      }
      let (scalar, length) = UTF8Scanning.decode(input, at: offset)
      if let replacement = table[scalar.value] {
        builder.replace(offset..<offset + length, with: replacement)
      }
      offset += length
    }
    return builder.finish()
  }
}
