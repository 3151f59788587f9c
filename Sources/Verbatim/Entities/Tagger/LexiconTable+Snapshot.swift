/// A built ``LexiconTable`` as bytes, so that a table built from the text
/// resources at development time can be compiled into the library
/// (`Sources/CVerbatimModels/*.bin`, written by `Scripts/build-lexicon-snapshots`)
/// and read in place at start-up instead of tens of thousands of inserts.
///
/// Layout (little-endian): a 40-byte header — magic `VLEX`, version u32
/// (1), slot stride u32, slot count u32, key count u32, storage bytes u32,
/// extra u32 count u32, four bytes of padding, source fingerprint u64 — then the slots as laid out in memory, the
/// storage bytes, and the extra u32s (what the owner of the table keeps
/// beside it). A snapshot whose stride, version or source fingerprint does
/// not match is refused, and the owner builds its table from the text.
extension LexiconTable {
  static let snapshotMagic: UInt32 = 0x5845_4C56  // "VLEX"
  static let snapshotVersion: UInt32 = 1
  private static let headerSize = 40

  /// The table and `extra` as snapshot bytes, marked as built from the
  /// resources whose combined fingerprint (``ResourceFingerprints``) is `source`.
  func snapshot(extra: [UInt32], source: UInt64) -> [UInt8] {
    var out: [UInt8] = []
    func append<T>(_ value: T) { withUnsafeBytes(of: value) { out.append(contentsOf: $0) } }
    append(Self.snapshotMagic)
    append(Self.snapshotVersion)
    append(UInt32(MemoryLayout<Slot>.stride))
    let (slotCount, storageCount) = withBuffers { ($0.count, $1.count) }
    append(UInt32(slotCount))
    append(UInt32(count))
    append(UInt32(storageCount))
    append(UInt32(extra.count))
    append(UInt32(0))
    append(source)
    withBuffers { slots, storage in
      // Field by field at their in-memory offsets, padding zeroed, so that
      // the bytes are reproducible and can be read in place as `Slot`s.
      let stride = MemoryLayout<Slot>.stride
      let start = out.count
      out.append(contentsOf: repeatElement(0, count: slots.count * stride))
      out.withUnsafeMutableBytes { raw in
        for (index, slot) in slots.enumerated() where slot.key != 0 {
          let base = raw.baseAddress! + start + index * stride
          base.storeBytes(of: slot.key, toByteOffset: MemoryLayout<Slot>.offset(of: \.key)!, as: UInt64.self)
          base.storeBytes(of: slot.mask, toByteOffset: MemoryLayout<Slot>.offset(of: \.mask)!, as: UInt32.self)
          base.storeBytes(of: slot.offset, toByteOffset: MemoryLayout<Slot>.offset(of: \.offset)!, as: UInt32.self)
          base.storeBytes(of: slot.length, toByteOffset: MemoryLayout<Slot>.offset(of: \.length)!, as: UInt16.self)
          base.storeBytes(of: slot.folding, toByteOffset: MemoryLayout<Slot>.offset(of: \.folding)!, as: UInt8.self)
          base.storeBytes(of: slot.isPrefix, toByteOffset: MemoryLayout<Slot>.offset(of: \.isPrefix)!, as: Bool.self)
        }
      }
      out.append(contentsOf: storage)
    }
    extra.withUnsafeBytes { out.append(contentsOf: $0) }
    return out
  }

  /// Reads a snapshot made by ``snapshot(extra:source:)`` from resources
  /// whose combined fingerprint is `source`; nil when it is not one (wrong magic, version,
  /// layout, size or source). `bytes` must stay valid and unchanged for the
  /// life of the table (static memory): aligned slots are read in place.
  init?(snapshot bytes: UnsafeRawBufferPointer, source: UInt64) {
    guard bytes.count >= Self.headerSize, let base = bytes.baseAddress else { return nil }
    func u32(_ offset: Int) -> Int { Int(base.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
    guard u32(0) == Int(Self.snapshotMagic), u32(4) == Int(Self.snapshotVersion),
      u32(8) == MemoryLayout<Slot>.stride,
      base.loadUnaligned(fromByteOffset: 32, as: UInt64.self) == source
    else { return nil }
    let slotCount = u32(12)
    let storageCount = u32(20)
    let extras = u32(24)
    let slotBytes = slotCount * MemoryLayout<Slot>.stride
    guard slotCount > 0, slotCount & (slotCount - 1) == 0,
      bytes.count == Self.headerSize + slotBytes + storageCount + extras * 4
    else { return nil }
    self.init(capacity: 0)
    let slotStart = base + Self.headerSize
    if Int(bitPattern: slotStart) % MemoryLayout<Slot>.alignment == 0 {
      // Static, aligned memory (the compiled-in snapshots): read in place.
      frozen = (
        UnsafeBufferPointer(start: slotStart.assumingMemoryBound(to: Slot.self), count: slotCount),
        UnsafeBufferPointer(start: (slotStart + slotBytes).assumingMemoryBound(to: UInt8.self), count: storageCount)
      )
    } else {
      slots = [Slot](unsafeUninitializedCapacity: slotCount) { buffer, initialized in
        UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(start: slotStart, count: slotBytes))
        initialized = slotCount
      }
      storage = Array(UnsafeRawBufferPointer(start: slotStart + slotBytes, count: storageCount))
    }
    count = u32(16)
  }

  /// The extra u32s of a snapshot that ``init(snapshot:source:)`` accepts.
  static func snapshotExtra(_ bytes: UnsafeRawBufferPointer) -> [UInt32] {
    guard let base = bytes.baseAddress, bytes.count >= headerSize else { return [] }
    let extras = Int(base.loadUnaligned(fromByteOffset: 24, as: UInt32.self))
    let start = bytes.count - extras * 4
    guard start >= headerSize else { return [] }
    return (0..<extras).map { base.loadUnaligned(fromByteOffset: start + $0 * 4, as: UInt32.self) }
  }
}

/// The snapshots the library compiles in (lexicons, language model), built afresh from the text
/// resources (for `VerbatimTrainer --write-lexicon-snapshots` and the test
/// that the compiled-in ones are current).
package enum LexiconSnapshots {
  /// `Sources/CVerbatimModels/entity-lexicons.bin`.
  package static func entityLexicons() -> [UInt8] { EntityLexicons().snapshot() }
  /// `Sources/CVerbatimModels/quote-lexicon.bin`.
  package static func quoteLexicon() -> [UInt8] { QuoteLexicon.wordSnapshot() }
  /// `Sources/CVerbatimModels/language-model.bin`.
  package static func languageModel() -> [UInt8] {
    LanguageModel(table: EmbeddedResources.language_ngrams).snapshot(source: ResourceFingerprints.language_ngrams)
  }
}
