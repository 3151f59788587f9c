/// Pass A: rules that cut or lock single ICU segments — words kept whole,
/// French elisions, English contractions.
extension TokenizerCore {
  func splitPieces(_ bytes: UnsafeBufferPointer<UInt8>, _ pieces: [Piece], into refined: inout [Piece]) {
    var index = 0
    while index < pieces.count {
      var piece = pieces[index]
      if piece.cls == .number && rules.splitsNumberUnits && !piece.locked {
        splitNumberUnit(bytes, piece, into: &refined)
        index += 1
        continue
      }
      if piece.locked || piece.cls != .word {
        refined.append(piece)
        index += 1
        continue
      }
      // `d' une`: ICU leaves an apostrophe apart when a space follows it.
      if !rules.elisions.isEmpty, index + 1 < pieces.count, pieces[index + 1].start == piece.end,
        pieces[index + 1].cls == .punctuation,
        rules.elisions.contains(bytes, piece.start..<pieces[index + 1].end)
      {
        refined.append(Piece(piece.start, pieces[index + 1].end, .word, locked: true))
        index += 2
        continue
      }
      if let last = wholeWordMatch(bytes, pieces, from: index) {
        refined.append(Piece(piece.start, pieces[last].end, .word, locked: true))
        index = last + 1
        continue
      }
      if !rules.elisions.isEmpty && !followsHyphenInCompound(pieces, index) {
        // `l'`, `qu'`, `jusqu'` split from what follows; repeat for `qu'l'`-like chains.
        while let cut = apostropheEnd(bytes, piece.start, piece.end), cut < piece.end,
          rules.elisions.contains(bytes, piece.start..<cut)
        {
          refined.append(Piece(piece.start, cut, .word))
          piece.start = cut
          if rules.wholeWords.contains(bytes, piece.start..<piece.end) {
            piece.locked = true
            break
          }
        }
      }
      if !rules.cliticSuffixes.isEmpty {
        splitContraction(bytes, piece, into: &refined)
      } else {
        refined.append(piece)
      }
      index += 1
    }
  }

  /// UD French splits `20h30` → `20` `h` `30` and `160km` → `160` `km`
  /// (ordinals such as `1er`, `XXe`, `2ème` stay whole).
  private func splitNumberUnit(_ bytes: UnsafeBufferPointer<UInt8>, _ piece: Piece, into refined: inout [Piece]) {
    var digitsEnd = piece.start
    while digitsEnd < piece.end && bytes[digitsEnd] >= 0x30 && bytes[digitsEnd] <= 0x39 { digitsEnd += 1 }
    var lettersEnd = digitsEnd
    while lettersEnd < piece.end && (bytes[lettersEnd] | 0x20) >= 0x61 && (bytes[lettersEnd] | 0x20) <= 0x7A {
      lettersEnd += 1
    }
    var tailEnd = lettersEnd
    while tailEnd < piece.end && bytes[tailEnd] >= 0x30 && bytes[tailEnd] <= 0x39 { tailEnd += 1 }
    let letters = lettersEnd - digitsEnd
    guard digitsEnd > piece.start, letters > 0, tailEnd == piece.end else {
      refined.append(piece)
      return
    }
    let unit = UnsafeBufferPointer(rebasing: bytes[digitsEnd..<lettersEnd])
    let isHour = letters == 1 && (unit[0] | 0x20) == UInt8(ascii: "h")
    let isUnit = lettersEnd == piece.end && Self.units.contains(where: { $0.elementsEqual(unit) })
    guard isHour || isUnit else {
      refined.append(piece)
      return
    }
    refined.append(Piece(piece.start, digitsEnd, .number))
    refined.append(Piece(digitsEnd, lettersEnd, .word))
    if tailEnd > lettersEnd { refined.append(Piece(lettersEnd, tailEnd, .number)) }
  }

  private static let units: [[UInt8]] = ["km", "kg", "cm", "mm", "mg", "ml", "kW", "MW", "GW", "ha", "Mo", "Go", "ko"]
    .map { Array($0.utf8) }

  /// The last piece of a whole word (`c'est-à-dire`, `J.-C.`) starting at `index`.
  private func wholeWordMatch(_ bytes: UnsafeBufferPointer<UInt8>, _ pieces: [Piece], from index: Int) -> Int? {
    let first = pieces[index]
    guard !rules.wholeWords.isEmpty, rules.wholeWordHeads.contains(bytes, first.start..<first.end) else {
      return nil
    }
    var best: Int? = nil
    var last = index
    while last < pieces.count, pieces[last].end - first.start <= rules.wholeWords.maxLength {
      if last > index && pieces[last].start != pieces[last - 1].end { break }
      if rules.wholeWords.contains(bytes, first.start..<pieces[last].end) { best = last }
      last += 1
    }
    return best
  }

  /// Whether the piece at `index` directly follows `word-` (as `d'Auray` in
  /// `Sainte-Anne-d'Auray`, which stays one token).
  private func followsHyphenInCompound(_ pieces: [Piece], _ index: Int) -> Bool {
    guard index >= 2 else { return false }
    let hyphen = pieces[index - 1]
    return hyphen.end == pieces[index].start && hyphen.count == 1
      && pieces[index - 2].end == hyphen.start && pieces[index - 2].cls == .word
      && hyphen.cls == .punctuation
  }

  /// The offset just after the first apostrophe (`'` or `’`) in the range.
  private func apostropheEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
    var index = start
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "'") { return index + 1 }
      if byte == 0xE2 && index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 {
        return index + 3
      }
      index += 1
    }
    return nil
  }

  /// The start of the last apostrophe in the range.
  private func lastApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
    var index = end - 1
    while index > start {
      let byte = bytes[index]
      if byte == UInt8(ascii: "'") { return index }
      if byte == 0x99 && index >= start + 2 && bytes[index - 1] == 0x80 && bytes[index - 2] == 0xE2 {
        return index - 2
      }
      index -= 1
    }
    return nil
  }

  /// English contractions: `don't` → `do` `n't`, `Microsoft's` → `Microsoft`
  /// `'s`, `cannot` → `can` `not`.
  private func splitContraction(_ bytes: UnsafeBufferPointer<UInt8>, _ piece: Piece, into refined: inout [Piece]) {
    if piece.count >= 5 && piece.count <= 6, !piece.locked,
      rules.cliticWordKeys.contains(bytes, piece.start..<piece.end)
    {
      var key: [UInt8] = []
      FoldedLexicon.forEachFolded(UnsafeBufferPointer(rebasing: bytes[piece.start..<piece.end]), true) {
        key.append($0)
      }
      if let parts = rules.cliticWords[key] {
        var start = piece.start
        for length in parts {
          refined.append(Piece(start, start + length, .word))
          start += length
        }
        return
      }
    }
    guard !piece.locked, let apostrophe = lastApostrophe(bytes, piece.start, piece.end) else {
      refined.append(piece)
      return
    }
    var cut = apostrophe
    let tail = piece.end - apostrophe
    let isNT =
      (tail == 2 || tail == 4) && (bytes[piece.end - 1] | 0x20) == UInt8(ascii: "t")
      && apostrophe - 1 > piece.start && (bytes[apostrophe - 1] | 0x20) == UInt8(ascii: "n")
    if isNT {
      cut = apostrophe - 1
    } else if !rules.cliticSuffixes.contains(bytes, apostrophe..<piece.end) {
      refined.append(piece)
      return
    }
    guard cut > piece.start else {
      refined.append(piece)
      return
    }
    refined.append(Piece(piece.start, cut, piece.cls))
    refined.append(Piece(cut, piece.end, .word))
  }
}
