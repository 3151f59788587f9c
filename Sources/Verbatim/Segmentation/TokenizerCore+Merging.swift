/// Pass B: rules that join pieces — hyphenated compounds (with French
/// inversions split back off), abbreviations and initials with their period,
/// dotted acronyms, grouped thousands, times and dates, punctuation runs.
extension TokenizerCore {
  func mergePieces(
    _ bytes: UnsafeBufferPointer<UInt8>, _ pieces: [Piece], paragraphEnd: Int,
    into tokens: inout [RawToken]
  ) {
    let count = pieces.count
    @inline(__always) func adjacent(_ a: Int, _ b: Int) -> Bool {
      b < count && pieces[a].end == pieces[b].start
    }
    @inline(__always) func isByte(_ index: Int, _ byte: UInt8) -> Bool {
      index < count && pieces[index].count == 1 && bytes[pieces[index].start] == byte
    }
    @inline(__always) func isHyphen(_ index: Int) -> Bool {
      guard index < count, pieces[index].cls == .punctuation else { return false }
      let piece = pieces[index]
      if piece.count == 1 { return bytes[piece.start] == UInt8(ascii: "-") }
      // U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN
      return piece.count == 3 && bytes[piece.start] == 0xE2 && bytes[piece.start + 1] == 0x80
        && (bytes[piece.start + 2] == 0x90 || bytes[piece.start + 2] == 0x91)
    }
    @inline(__always) func joinable(_ index: Int) -> Bool {
      index < count && pieces[index].isWordLike && !pieces[index].locked
    }

    var index = 0
    while index < count {
      let piece = pieces[index]
      if piece.locked || !piece.isWordLike {
        index = emitNonWord(bytes, pieces, index, into: &tokens)
        continue
      }
      // `n°` (numéro), as UD French writes it: one token before the number.
      if piece.count == 1 && (bytes[piece.start] | 0x20) == UInt8(ascii: "n") && adjacent(index, index + 1)
        && pieces[index + 1].count == 2 && bytes[pieces[index + 1].start] == 0xC2
        && bytes[pieces[index + 1].start + 1] == 0xB0
      {
        tokens.append(RawToken(start: piece.start, end: pieces[index + 1].end, kind: .word))
        index += 2
        continue
      }
      // 1. The chain of parts joined by hyphens (or `:` `/` between digits,
      //    or one space between French thousands groups).
      var last = index
      var hasWord = piece.cls == .word
      while true {
        if adjacent(last, last + 1) && adjacent(last + 1, last + 2) && joinable(last + 2) {
          if isHyphen(last + 1) && keepsHyphen(bytes, pieces, chainStart: index, before: last) {
            last += 2
            hasWord = hasWord || pieces[last].cls == .word
            continue
          }
          if isByte(last + 1, UInt8(ascii: "/"))
            && (!rules.keepsHyphenatedCompounds
              || (pieces[last].cls == .number && pieces[last + 2].cls == .number))
          {
            last += 2
            hasWord = hasWord || pieces[last].cls == .word
            continue
          }
          if pieces[last].cls == .number && pieces[last + 2].cls == .number
            && isByte(last + 1, UInt8(ascii: ":"))
            && isDigits(bytes, pieces[last]) && isDigits(bytes, pieces[last + 2])
          {
            last += 2
            continue
          }
        }
        if rules.groupsThousandsWithSpaces, last + 1 < count, pieces[last].cls == .number,
          pieces[last + 1].cls == .number, !pieces[last + 1].locked,
          isThousandsGroup(bytes, previous: pieces[last], first: last == index, next: pieces[last + 1])
        {
          last += 1
          continue
        }
        break
      }
      // 2. French inversions come back off the end: `a-t-il` → `a` `-t-il`.
      var tails: [Range<Int>] = []
      if rules.splitsInversions && hasWord {
        while last > index, let cut = inversionCut(bytes, pieces, from: index, to: last, isHyphen) {
          tails.insert(pieces[cut].start..<pieces[last].end, at: 0)
          last = cut - 1
        }
      }
      // 3. A final period that belongs to the word: `M.`, `U.S.`, `J.-C.`.
      var end = pieces[last].end
      if tails.isEmpty, pieces[last].cls == .word, adjacent(last, last + 1),
        isByte(last + 1, UInt8(ascii: ".")), !(adjacent(last + 1, last + 2) && isByte(last + 2, UInt8(ascii: ".")))
      {
        let withPeriod = piece.start..<pieces[last + 1].end
        let single = last == index
        if rules.abbreviations.contains(bytes, withPeriod)
          || (rules.numericAbbreviations.contains(bytes, withPeriod)
            && last + 2 < count && pieces[last + 2].cls == .number)
          || (single && isDottedAcronym(bytes, piece))
          || (single && isInitial(bytes, piece) && startsName(bytes, pieces, last + 2))
        {
          end = pieces[last + 1].end
          last += 1
          // `J.-C.`, `J.-P.`: an initial, a hyphen, another initial.
          if single && isInitial(bytes, piece) && adjacent(last, last + 1) && isHyphen(last + 1)
            && adjacent(last + 1, last + 2) && last + 2 < count && isInitial(bytes, pieces[last + 2])
            && adjacent(last + 2, last + 3) && isByte(last + 3, UInt8(ascii: "."))
          {
            last += 3
            end = pieces[last].end
          }
        }
      }
      if tails.isEmpty && end == pieces[last].end {
        // `friend(s)`, `AUTRE(S)`: a short letter group in parentheses.
        if adjacent(last, last + 1) && isByte(last + 1, UInt8(ascii: "(")) && adjacent(last + 1, last + 2)
          && last + 2 < count && pieces[last + 2].cls == .word && pieces[last + 2].count <= 2
          && adjacent(last + 2, last + 3) && isByte(last + 3, UInt8(ascii: ")"))
          && !(adjacent(last + 3, last + 4) && pieces[last + 4].isWordLike)
        {
          last += 3
          end = pieces[last].end
        }
        // A truncated word or a dangling prefix: `re-`, `pre- and post-war`.
        if pieces[last].cls == .word && adjacent(last, last + 1) && isHyphen(last + 1)
          && !adjacent(last + 1, last + 2)
          && (last + 2 >= count || pieces[last + 2].start > pieces[last + 1].end)
        {
          last += 1
          end = pieces[last].end
        }
      }
      tokens.append(RawToken(start: piece.start, end: end, kind: hasWord ? .word : .number))
      for tail in tails {
        tokens.append(RawToken(start: tail.lowerBound, end: tail.upperBound, kind: .word))
      }
      if let lastTail = tails.last {
        while last + 1 < count && pieces[last + 1].end <= lastTail.upperBound { last += 1 }
      }
      index = last + 1
    }
  }

  /// Emits a punctuation, symbol, emoji or special piece (merging runs such
  /// as `...`, `?!`, `--` and emoticons) and returns the next index.
  private func emitNonWord(
    _ bytes: UnsafeBufferPointer<UInt8>, _ pieces: [Piece], _ index: Int, into tokens: inout [RawToken]
  ) -> Int {
    let piece = pieces[index]
    if let end = signedNumberOrDegreeEnd(bytes, pieces, index) {
      tokens.append(RawToken(start: piece.start, end: pieces[end].end, kind: bytes[piece.start] == 0xC2 ? .symbol : .number))
      return end + 1
    }
    if !piece.locked && piece.count == 1 {
      let byte = bytes[piece.start]
      var last = index
      let sentenceMark = byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
      let repeatable =
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "="), UInt8(ascii: "~"), UInt8(ascii: "_"),
          UInt8(ascii: "$"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "+"):
          true
        default: false
        }
      if sentenceMark || repeatable {
        while last + 1 < pieces.count, pieces[last].end == pieces[last + 1].start,
          pieces[last + 1].count == 1, !pieces[last + 1].locked
        {
          let next = bytes[pieces[last + 1].start]
          let sameRun =
            sentenceMark
            ? (next == UInt8(ascii: ".") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?"))
            : next == byte
          guard sameRun else { break }
          last += 1
        }
      }
      if last == index, let end = emoticonEnd(bytes, pieces, index) {
        tokens.append(RawToken(start: piece.start, end: pieces[end].end, kind: .symbol))
        return end + 1
      }
      if last > index {
        tokens.append(RawToken(start: piece.start, end: pieces[last].end, kind: piece.tokenKind))
        return last + 1
      }
    }
    tokens.append(RawToken(start: piece.start, end: piece.end, kind: piece.tokenKind))
    return index + 1
  }

  /// `-6`, `-0,8` (a minus sign after a space, glued to a number) and `°C`,
  /// `°F`: the index of the last piece, or nil.
  private func signedNumberOrDegreeEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ pieces: [Piece], _ index: Int) -> Int? {
    let piece = pieces[index]
    guard !piece.locked, index + 1 < pieces.count, pieces[index + 1].start == piece.end else { return nil }
    let next = pieces[index + 1]
    if piece.count == 1 && bytes[piece.start] == UInt8(ascii: "-") && next.cls == .number {
      let previousEnd = index > 0 ? pieces[index - 1].end : -1
      let previousIsOpen = index > 0 && pieces[index - 1].count == 1 && bytes[pieces[index - 1].start] == UInt8(ascii: "(")
      guard previousEnd < piece.start || previousIsOpen else { return nil }
      if index + 2 < pieces.count && pieces[index + 2].start == next.end && pieces[index + 2].isWordLike {
        return nil
      }
      return index + 1
    }
    // ° is C2 B0.
    if piece.count == 2 && bytes[piece.start] == 0xC2 && bytes[piece.start + 1] == 0xB0 && next.count == 1
      && (bytes[next.start] == UInt8(ascii: "C") || bytes[next.start] == UInt8(ascii: "F"))
    {
      if index + 2 < pieces.count && pieces[index + 2].start == next.end && pieces[index + 2].cls == .word {
        return nil
      }
      return index + 1
    }
    return nil
  }

  /// Whether the hyphen after `pieces[before]` stays inside a compound: always
  /// in French; in English after a prefix (`e-mail`) or inside a phone number.
  private func keepsHyphen(_ bytes: UnsafeBufferPointer<UInt8>, _ pieces: [Piece], chainStart: Int, before: Int) -> Bool {
    if rules.keepsHyphenatedCompounds { return true }
    let left = pieces[before]
    if left.cls == .word && before == chainStart && rules.hyphenPrefixes.contains(bytes, left.start..<left.end) {
      return true
    }
    // `COVID-19`, `MH-17`: a capitalized code and its number (but `F-16` splits, as in UD).
    if left.cls == .word && before == chainStart && left.count >= 2 && isUpper(bytes, left),
      before + 2 < pieces.count, pieces[before + 2].cls == .number, isDigits(bytes, pieces[before + 2])
    {
      return true
    }
    // `2020-06`, `2020-06-01`: ISO dates.
    if left.cls == .number, before == chainStart, left.count == 4, isDigits(bytes, left),
      before + 2 < pieces.count, pieces[before + 2].count == 2, isDigits(bytes, pieces[before + 2])
    {
      return true
    }
    if left.cls == .number, before >= chainStart + 2, left.count == 2, pieces[chainStart].count == 4,
      before + 2 < pieces.count, pieces[before + 2].count == 2, isDigits(bytes, pieces[before + 2])
    {
      return true
    }
    // `303-832-8160`, `3-5213`: digit groups ending in four digits.
    guard left.cls == .number, before + 2 < pieces.count, pieces[before + 2].cls == .number,
      isDigits(bytes, left), isDigits(bytes, pieces[before + 2])
    else { return false }
    let right = pieces[before + 2]
    let followed = before + 4 < pieces.count && pieces[before + 3].start == right.end
      && pieces[before + 3].count == 1 && bytes[pieces[before + 3].start] == UInt8(ascii: "-")
    return (right.count == 4 || (right.count == 3 && followed)) && left.count != 4
  }

  /// `:)`, `:-)`, `;)`, `:(`, `:D`, `:P` followed by a space or the end.
  private func emoticonEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ pieces: [Piece], _ index: Int) -> Int? {
    let first = bytes[pieces[index].start]
    guard first == UInt8(ascii: ":") || first == UInt8(ascii: ";") else { return nil }
    var last = index
    var position = pieces[index].end
    if last + 1 < pieces.count, pieces[last + 1].start == position, pieces[last + 1].count == 1,
      bytes[position] == UInt8(ascii: "-")
    {
      last += 1
      position += 1
    }
    guard last + 1 < pieces.count, pieces[last + 1].start == position, pieces[last + 1].count == 1 else {
      return nil
    }
    let mouth = bytes[position]
    guard mouth == UInt8(ascii: ")") || mouth == UInt8(ascii: "(") || mouth == UInt8(ascii: "D")
      || mouth == UInt8(ascii: "P")
    else { return nil }
    let after = last + 2 < pieces.count ? pieces[last + 2].start : Int.max
    guard after > position + 1 else { return nil }
    return last + 1
  }

  /// Where an inversion tail (`-t-il`, `-elle`) starts in the chain
  /// `index...last` (the index of its hyphen), or nil.
  private func inversionCut(
    _ bytes: UnsafeBufferPointer<UInt8>, _ pieces: [Piece], from index: Int, to last: Int,
    _ isHyphen: (Int) -> Bool
  ) -> Int? {
    let final = pieces[last]
    guard final.cls == .word else { return nil }
    // Clitics are lower case, or all capitals in a shouted headline (`DIT-ELLE`).
    let firstByte = bytes[final.start]
    if firstByte >= 0x41 && firstByte <= 0x5A {
      guard isUpper(bytes, final) && isUpper(bytes, pieces[index]) else { return nil }
    }
    // `-t-il`: the euphonic t and a pronoun.
    if last - 4 >= index, isHyphen(last - 3),
      rules.inversionSuffixes.contains(bytes, pieces[last - 2].start..<final.end),
      pieces[last - 2].count == 1
    {
      return pieces[last - 4].cls == .word ? last - 3 : nil
    }
    guard last - 2 >= index, isHyphen(last - 1),
      rules.inversionSuffixes.contains(bytes, final.start..<final.end)
    else { return nil }
    return pieces[last - 2].cls == .word ? last - 1 : nil
  }

  private func isUpper(_ bytes: UnsafeBufferPointer<UInt8>, _ piece: Piece) -> Bool {
    for offset in piece.start..<piece.end where bytes[offset] >= 0x61 && bytes[offset] <= 0x7A {
      return false
    }
    return true
  }

  private func isDigits(_ bytes: UnsafeBufferPointer<UInt8>, _ piece: Piece) -> Bool {
    for offset in piece.start..<piece.end where bytes[offset] < 0x30 || bytes[offset] > 0x39 {
      return false
    }
    return true
  }

  /// `20 000`: one space-like scalar between a group of 1–3 digits (3 after
  /// the first) and a group of exactly 3 digits, optionally with decimals.
  private func isThousandsGroup(
    _ bytes: UnsafeBufferPointer<UInt8>, previous: Piece, first: Bool, next: Piece
  ) -> Bool {
    let gap = next.start - previous.end
    guard gap >= 1 && gap <= 3 else { return false }
    let (scalar, length) = UTF8Scanning.decode(bytes, at: previous.end)
    guard length == gap else { return false }
    switch scalar.value {
    case 0x20, 0xA0, 0x202F, 0x2009, 0x2007: break
    default: return false
    }
    // The trailing group of `previous` must have 1–3 digits (exactly 3 unless first).
    var digits = 0
    var offset = previous.end - 1
    while offset >= previous.start && bytes[offset] >= 0x30 && bytes[offset] <= 0x39 {
      digits += 1
      offset -= 1
    }
    guard offset < previous.start, first ? (1...3).contains(digits) : digits == 3 else { return false }
    // `next` starts with exactly three digits, then the end or a decimal part.
    guard next.count >= 3 else { return false }
    for offset in next.start..<next.start + 3 where bytes[offset] < 0x30 || bytes[offset] > 0x39 {
      return false
    }
    if next.count == 3 { return true }
    let separator = bytes[next.start + 3]
    return (separator == UInt8(ascii: ",") || separator == UInt8(ascii: "."))
      && next.count > 4 && bytes[next.start + 4] >= 0x30 && bytes[next.start + 4] <= 0x39
  }

  /// `U.S`, `e.g`, `S.N.C.F`, `Ph.D` (ICU leaves the final period apart).
  private func isDottedAcronym(_ bytes: UnsafeBufferPointer<UInt8>, _ piece: Piece) -> Bool {
    var dots = 0
    var run = 0
    var offset = piece.start
    while offset < piece.end {
      let byte = bytes[offset]
      if byte == UInt8(ascii: ".") {
        guard run > 0 && run <= 2 else { return false }
        dots += 1
        run = 0
        offset += 1
      } else if byte >= 0x80 {
        let (scalar, length) = UTF8Scanning.decode(bytes, at: offset)
        guard scalar.isLetter else { return false }
        run += 1
        offset += length
      } else {
        guard (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A else { return false }
        run += 1
        offset += 1
      }
    }
    return dots > 0 && run > 0 && run <= 2
  }

  /// A single capital letter (`J` in `J. K. Rowling`).
  private func isInitial(_ bytes: UnsafeBufferPointer<UInt8>, _ piece: Piece) -> Bool {
    if piece.count == 1 { return bytes[piece.start] >= 0x41 && bytes[piece.start] <= 0x5A }
    guard piece.count <= 2 else { return false }
    let (scalar, length) = UTF8Scanning.decode(bytes, at: piece.start)
    return length == piece.count && scalar.isUpper
  }

  /// Whether the piece at `index` begins a name (a capitalized word or
  /// another initial) or is a hyphen (`J.-C.`): what follows an initial.
  private func startsName(_ bytes: UnsafeBufferPointer<UInt8>, _ pieces: [Piece], _ index: Int) -> Bool {
    guard index < pieces.count else { return false }
    let piece = pieces[index]
    let byte = bytes[piece.start]
    if byte == UInt8(ascii: "-") { return true }
    guard piece.cls == .word else { return false }
    if byte >= 0x41 && byte <= 0x5A { return true }
    if byte >= 0x80 {
      let (scalar, _) = UTF8Scanning.decode(bytes, at: piece.start)
      return scalar.isUpper
    }
    return false
  }
}
