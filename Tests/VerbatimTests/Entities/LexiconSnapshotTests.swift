import Testing
@testable import Verbatim

/// The lexicon snapshots compiled into the library
/// (`Scripts/build-lexicon-snapshots`) and the snapshot format.
@Suite struct LexiconSnapshotTests {
  @Test func compiledInEntityLexiconsAreCurrent() throws {
    // Fails when a resource table changed and the snapshot was not rebuilt
    // (the library then builds the lists at start-up: right, but slower).
    let compiled = try #require(EntityLexicons.compiledIn(), "stale: run Scripts/build-lexicon-snapshots")
    let same = compiled.snapshot() == EntityLexicons().snapshot()
    #expect(same, "stale: run Scripts/build-lexicon-snapshots")
  }

  @Test func compiledInQuoteLexiconIsCurrent() throws {
    let compiled = try #require(QuoteLexicon.compiledInWords(), "stale: run Scripts/build-lexicon-snapshots")
    let source = QuoteLexicon.wordSource
    let same = compiled.snapshot(extra: [], source: source) == QuoteLexicon.wordSnapshot()
    #expect(same, "stale: run Scripts/build-lexicon-snapshots")
  }

  /// A small table of both foldings, a multi-word entry and its prefix.
  private func sampleTable() -> LexiconTable {
    var table = LexiconTable(capacity: 8)
    for (entry, mask, folding) in [
      ("New York", UInt32(1), LexiconTable.Folding.exact), ("Paris", 2, .exact), ("président", 4, .caseless),
      ("l’AFP", 8, .exact),
    ] {
      var entry = entry
      entry.withUTF8 { table.insert($0, mask: mask, folding: folding) }
    }
    return table
  }

  private func masks(_ table: LexiconTable) -> [UInt32] {
    ["New York", "New", "Paris", "PRÉSIDENT", "Président", "l'AFP", "Londres"].map { table.mask($0) }
  }

  @Test func snapshotsRoundTripInPlaceAndCopied() throws {
    let table = sampleTable()
    let expected = masks(table)
    #expect(expected == [1, 0, 2, 4, 4, 8, 0])
    let source = ResourceFingerprints.combined([ResourceFingerprints.of("sample")])
    let bytes = table.snapshot(extra: [3, 1], source: source)
    // In place (aligned memory that outlives the table), then copied (unaligned).
    let aligned = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count + 1, alignment: 64)
    defer { aligned.deallocate() }
    aligned.copyBytes(from: bytes)
    let inPlace = try #require(LexiconTable(snapshot: UnsafeRawBufferPointer(rebasing: aligned[..<bytes.count]), source: source))
    #expect(inPlace.frozen != nil)
    #expect(masks(inPlace) == expected)
    // A table read in place snapshots to the same bytes.
    let again = inPlace.snapshot(extra: [3, 1], source: source) == bytes
    #expect(again)
    #expect(LexiconTable.snapshotExtra(UnsafeRawBufferPointer(rebasing: aligned[..<bytes.count])) == [3, 1])
    let shifted = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count + 1, alignment: 64)
    defer { shifted.deallocate() }
    UnsafeMutableRawBufferPointer(rebasing: shifted[1...]).copyBytes(from: bytes)
    let copied = try #require(LexiconTable(snapshot: UnsafeRawBufferPointer(rebasing: shifted[1...]), source: source))
    #expect(copied.frozen == nil)
    #expect(masks(copied) == expected)
    // A table read in place takes new entries (it copies itself first).
    var grown = inPlace
    var word = "Londres"
    word.withUTF8 { grown.insert($0, mask: 16, folding: .exact) }
    #expect(grown.frozen == nil)
    #expect(masks(grown) == expected.dropLast() + [16])
    #expect(masks(inPlace) == expected)
  }

  @Test func snapshotsAreReproducible() {
    // Padding bytes are zeroed: two builds of the same table give the same bytes.
    let source = ResourceFingerprints.combined([ResourceFingerprints.of("sample")])
    let same = sampleTable().snapshot(extra: [], source: source) == sampleTable().snapshot(extra: [], source: source)
    #expect(same)
  }

  @Test func staleOrDamagedSnapshotsAreRefused() {
    let source = ResourceFingerprints.combined([ResourceFingerprints.of("sample")])
    let bytes = sampleTable().snapshot(extra: [], source: source)
    bytes.withUnsafeBytes { raw in
      #expect(LexiconTable(snapshot: raw, source: source) != nil)
      #expect(LexiconTable(snapshot: raw, source: ResourceFingerprints.combined([ResourceFingerprints.of("sample"), ResourceFingerprints.of("edited")])) == nil)
      #expect(LexiconTable(snapshot: UnsafeRawBufferPointer(rebasing: raw.dropLast()), source: source) == nil)
      #expect(LexiconTable(snapshot: UnsafeRawBufferPointer(rebasing: raw.prefix(20)), source: source) == nil)
    }
    let (a, b) = (ResourceFingerprints.of("a"), ResourceFingerprints.of("b"))
    #expect(ResourceFingerprints.combined([a, b]) != ResourceFingerprints.combined([b, a]))
  }

  @Test func generatedFingerprintsHashTheEmbeddedText() {
    // Scripts/generate-resources (Python) and the library must agree on the
    // hash, or no compiled-in snapshot would ever be taken as current.
    #expect(ResourceFingerprints.of("") == 0xCBF2_9CE4_8422_2325)
    #expect(ResourceFingerprints.of(EmbeddedResources.language_ngrams) == ResourceFingerprints.language_ngrams)
    #expect(ResourceFingerprints.of(EmbeddedResources.entities_cities) == ResourceFingerprints.entities_cities)
    #expect(ResourceFingerprints.of(EmbeddedResources.quotes_functionWords) == ResourceFingerprints.quotes_functionWords)
    #expect(ResourceFingerprints.of(EmbeddedResources.tokenization_titles) == ResourceFingerprints.tokenization_titles)
  }
}
