/// What the tagger knows about one token, computed once per token from its
/// bytes: hashes of its forms and shapes, affixes and flags.
struct TokenFeatures: Sendable {
  /// Folded lower-case form (ASCII and Latin-1 capitals lowered, `’` → `'`).
  var lower: UInt64 = 0
  /// The form as written.
  var raw: UInt64 = 0
  /// Shape with runs capped at 3 (`Xxx`, `XXX`, `dd,d`), first 12 scalars.
  var shape: UInt64 = 0
  /// Shape with runs collapsed (`Xx`, `X`, `d,d`).
  var shortShape: UInt64 = 0
  /// Lower-case prefixes of 1–3 and suffixes of 1–4 scalars.
  var prefixes: (UInt64, UInt64, UInt64) = (0, 0, 0)
  var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
  /// ``Flags`` raw value.
  var flags: UInt16 = 0
  /// Lexicon membership bits (``EntityLexicons``).
  var lexicon: UInt32 = 0

  struct Flags: OptionSet {
    var rawValue: UInt16
    static let initialCapital = Flags(rawValue: 1 << 0)
    static let allCapitals = Flags(rawValue: 1 << 1)
    static let hasDigit = Flags(rawValue: 1 << 2)
    static let hasHyphen = Flags(rawValue: 1 << 3)
    static let hasApostrophe = Flags(rawValue: 1 << 4)
    static let hasPeriod = Flags(rawValue: 1 << 5)
    static let noLetter = Flags(rawValue: 1 << 6)
    static let singleLetter = Flags(rawValue: 1 << 7)
    static let lowercase = Flags(rawValue: 1 << 8)
  }

  var isCapitalized: Bool { Flags(rawValue: flags).contains(.initialCapital) }
  var isAllCapitals: Bool { Flags(rawValue: flags).contains(.allCapitals) }

  /// Computes the features of `bytes[range]` (valid UTF-8).
  init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lexicon: UInt32 = 0) {
    var lower = FeatureHash.seed
    var raw = FeatureHash.seed
    var shape = FeatureHash.seed
    var shortShape = FeatureHash.seed
    var lastClass: UInt8 = 0
    var run = 0
    var shapeLength = 0
    var letters = 0
    var uppers = 0
    var flags: Flags = []
    // Lower-case scalars (as folded UTF-8 chunks) for affixes: keep byte offsets of scalar starts.
    var scalarStarts: (Int, Int, Int, Int) = (0, 0, 0, 0)  // last four scalar starts in `folded`
    var folded: [UInt8] = []
    folded.reserveCapacity(range.count)
    var prefixHashes: [UInt64] = []
    var scalarCount = 0
    var index = range.lowerBound
    while index < range.upperBound {
      let (scalar, length) = UTF8Scanning.decode(bytes, at: index)
      for offset in index..<(index + length) { raw = FeatureHash.add(raw, bytes[offset]) }
      // Fold: ASCII and Latin-1 capitals, ’ → '.
      let foldStart = folded.count
      FoldedLexicon.forEachFolded(UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]), true) {
        folded.append($0)
      }
      for offset in foldStart..<folded.count { lower = FeatureHash.add(lower, folded[offset]) }
      scalarStarts = (scalarStarts.1, scalarStarts.2, scalarStarts.3, foldStart)
      scalarCount += 1
      if scalarCount <= 3 { prefixHashes.append(FeatureHash.bytes(folded.withUnsafeBufferPointer { $0 }, 0..<folded.count)) }
      // Shape classes.
      let properties = scalar.properties
      let cls: UInt8
      if properties.isUppercase {
        cls = UInt8(ascii: "X")
        uppers += 1
        letters += 1
      } else if properties.isLowercase || properties.isAlphabetic {
        cls = UInt8(ascii: "x")
        letters += 1
      } else if properties.numericType != nil {
        cls = UInt8(ascii: "d")
        flags.insert(.hasDigit)
      } else {
        switch scalar {
        case "-", "‐", "‑": flags.insert(.hasHyphen)
        case "'", "’": flags.insert(.hasApostrophe)
        case ".": flags.insert(.hasPeriod)
        default: break
        }
        cls = scalar.value < 0x80 ? UInt8(scalar.value) : UInt8(ascii: "o")
      }
      if cls == lastClass { run += 1 } else { run = 1 }
      if shapeLength < 12 && run <= 3 {
        shape = FeatureHash.add(shape, cls)
        shapeLength += 1
      }
      if cls != lastClass { shortShape = FeatureHash.add(shortShape, cls) }
      lastClass = cls
      index += length
    }
    let first: Unicode.Scalar = range.isEmpty ? "\u{0}" : UTF8Scanning.decode(bytes, at: range.lowerBound).0
    if first.properties.isUppercase { flags.insert(.initialCapital) }
    if letters > 0 && uppers == letters && letters >= 2 { flags.insert(.allCapitals) }
    if letters > 0 && uppers == 0 { flags.insert(.lowercase) }
    if letters == 0 { flags.insert(.noLetter) }
    if letters == 1 && scalarCount == 1 { flags.insert(.singleLetter) }
    self.lower = lower
    self.raw = raw
    self.shape = shape
    self.shortShape = shortShape
    while prefixHashes.count < 3 { prefixHashes.append(prefixHashes.last ?? FeatureHash.seed) }
    self.prefixes = (prefixHashes[0], prefixHashes[1], prefixHashes[2])
    let starts = [scalarStarts.3, scalarStarts.2, scalarStarts.1, scalarStarts.0]
    var suffixHashes: [UInt64] = []
    folded.withUnsafeBufferPointer { buffer in
      for k in 0..<4 {
        let start = k < scalarCount ? starts[k] : 0
        suffixHashes.append(FeatureHash.bytes(buffer, start..<buffer.count))
      }
    }
    self.suffixes = (suffixHashes[0], suffixHashes[1], suffixHashes[2], suffixHashes[3])
    self.flags = flags.rawValue
    self.lexicon = lexicon
  }

  init() {}
}
