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
  /// The word's cluster (``WordClusters/cluster(_:)``), 0 when it has none.
  /// Looked up when read rather than stored: the tagger reads it only for
  /// tokens its score cache (``TokenScoreCache``) does not hold yet, so
  /// most tokens never probe the 2 MiB table. None for
  /// a token without letters, nor for `TokenFeatures()` (no token: `lower` is 0).
  @inline(__always)
  var cluster: UInt16 {
    lower == 0 || Flags(rawValue: flags).contains(.noLetter) ? 0 : WordClusters.builtIn?.cluster(lower) ?? 0
  }

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

  /// Computes the features of `bytes[range]` (valid UTF-8), in one pass
  /// and without allocating: affix hashes are FNV-1a over the folded bytes
  /// of the first 1–3 and the last 1–4 scalars.
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
    var prefixes = (FeatureHash.seed, FeatureHash.seed, FeatureHash.seed)
    // Byte offsets (in `bytes`) of the last four scalar starts, latest last.
    var starts = (range.lowerBound, range.lowerBound, range.lowerBound, range.lowerBound)
    var scalarCount = 0
    var firstIsUppercase = false
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      let length: Int
      let cls: UInt8
      if byte < 0x80 {
        // ASCII: the same classes as below, without the property look-ups.
        length = 1
        raw = FeatureHash.add(raw, byte)
        lower = FeatureHash.add(lower, byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        switch byte {
        case 0x41...0x5A:
          cls = UInt8(ascii: "X")
          uppers += 1
          letters += 1
        case 0x61...0x7A:
          cls = UInt8(ascii: "x")
          letters += 1
        case 0x30...0x39:
          cls = UInt8(ascii: "d")
          flags.insert(.hasDigit)
        default:
          switch byte {
          case UInt8(ascii: "-"): flags.insert(.hasHyphen)
          case UInt8(ascii: "'"): flags.insert(.hasApostrophe)
          case UInt8(ascii: "."): flags.insert(.hasPeriod)
          default: break
          }
          cls = byte
        }
        if scalarCount == 0 { firstIsUppercase = cls == UInt8(ascii: "X") }
      } else {
        let scalar: Unicode.Scalar
        (scalar, length) = UTF8Scanning.decode(bytes, at: index)
        for offset in index..<(index + length) { raw = FeatureHash.add(raw, bytes[offset]) }
        // Fold: Latin-1 capitals, ’ → '.
        FoldedLexicon.forEachFolded(UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]), true) {
          lower = FeatureHash.add(lower, $0)
        }
        if scalar.isUpper {
          cls = UInt8(ascii: "X")
          uppers += 1
          letters += 1
        } else if scalar.isLower || scalar.isLetter {
          cls = UInt8(ascii: "x")
          letters += 1
        } else if scalar.properties.numericType != nil {
          cls = UInt8(ascii: "d")
          flags.insert(.hasDigit)
        } else {
          switch scalar {
          case "‐", "‑": flags.insert(.hasHyphen)
          case "’": flags.insert(.hasApostrophe)
          default: break
          }
          cls = UInt8(ascii: "o")
        }
        if scalarCount == 0 { firstIsUppercase = cls == UInt8(ascii: "X") }
      }
      starts = (starts.1, starts.2, starts.3, index)
      scalarCount += 1
      switch scalarCount {
      case 1: prefixes.0 = lower
      case 2: prefixes.1 = lower
      case 3: prefixes.2 = lower
      default: break
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
    if firstIsUppercase { flags.insert(.initialCapital) }
    if letters > 0 && uppers == letters && letters >= 2 { flags.insert(.allCapitals) }
    if letters > 0 && uppers == 0 { flags.insert(.lowercase) }
    if letters == 0 { flags.insert(.noLetter) }
    if letters == 1 && scalarCount == 1 { flags.insert(.singleLetter) }
    self.lower = lower
    self.raw = raw
    self.shape = shape
    self.shortShape = shortShape
    // Fewer than three scalars: the longer prefixes are the whole word.
    if scalarCount < 2 { prefixes.1 = prefixes.0 }
    if scalarCount < 3 { prefixes.2 = prefixes.1 }
    self.prefixes = prefixes
    // Suffixes of the last 1…4 scalars (the whole word when it is shorter).
    func foldedHash(from start: Int) -> UInt64 {
      var hash = FeatureHash.seed
      FoldedLexicon.forEachFolded(UnsafeBufferPointer(rebasing: bytes[start..<range.upperBound]), true) {
        hash = FeatureHash.add(hash, $0)
      }
      return hash
    }
    let whole = lower
    self.suffixes = (
      scalarCount > 0 ? foldedHash(from: starts.3) : whole,
      scalarCount > 1 ? foldedHash(from: starts.2) : whole,
      scalarCount > 2 ? foldedHash(from: starts.1) : whole,
      scalarCount > 3 ? foldedHash(from: starts.0) : whole
    )
    self.flags = flags.rawValue
    self.lexicon = lexicon
  }

  init() {}
}
