import Testing
@testable import Verbatim

/// The word clusters compiled into the library (`Scripts/build-word-clusters`)
/// must be found from the tagger's folded-form hash, which the build script
/// computes in Python: a mismatch would leave every word without a cluster.
@Suite struct WordClustersTests {
  /// The fine cluster the tagger reads for `word`.
  static func cluster(_ word: String) -> UInt16 {
    var word = word
    return word.withUTF8 { TokenFeatures($0, 0..<$0.count).cluster }
  }

  @Test func likeWordsShareAClusterAndUnlikeOnesDoNot() {
    let towns = (Self.cluster("Rennes"), Self.cluster("Angers"))
    let capitals = (Self.cluster("Londres"), Self.cluster("Berlin"))
    let firstNames = (Self.cluster("Jacques"), Self.cluster("Antoine"))
    for pair in [towns, capitals, firstNames] {
      #expect(pair.0 != 0)
      #expect(pair.0 == pair.1)
    }
    #expect(Set([towns.0, capitals.0, firstNames.0]).count == 3)
  }

  @Test func formsAreFoldedAsTheTaggerFoldsThem() {
    #expect(Self.cluster("RENNES") == Self.cluster("rennes"))
    #expect(Self.cluster("ÉTAT") == Self.cluster("état"))
    #expect(Self.cluster("aujourd’hui") == Self.cluster("aujourd'hui"))
    #expect(Self.cluster("état") != 0)
    #expect(Self.cluster("aujourd'hui") != 0)
  }

  @Test func wordsTheTableLacksAndNonWordsHaveNone() {
    #expect(Self.cluster("Xqzvwkjhgf") == 0)
    #expect(Self.cluster("2020") == 0)
    #expect(Self.cluster("«") == 0)
    #expect(TokenFeatures().cluster == 0)
  }

  @Test func damagedTablesAreRefused() {
    var header: [UInt32] = [WordClusters.magic, WordClusters.version, 4, 1] + [UInt32](repeating: 0, count: 8)
    #expect(header.withUnsafeBytes { WordClusters(bytes: $0) } != nil)
    header[0] = 0
    #expect(header.withUnsafeBytes { WordClusters(bytes: $0) } == nil)
    header[0] = WordClusters.magic
    header[2] = 3  // not a power of two
    #expect(header.withUnsafeBytes { WordClusters(bytes: $0) } == nil)
    header[2] = 4
    header[3] = 4  // full: a look-up would never end
    #expect(header.withUnsafeBytes { WordClusters(bytes: $0) } == nil)
    header[3] = 1
    #expect(header.dropLast(2).withUnsafeBytes { WordClusters(bytes: $0) } == nil)  // truncated
  }
}
