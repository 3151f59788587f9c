/// One replaced region of an ``OffsetMap``: the `source` offsets became the
/// `target` offsets. Either range may be empty (an insertion or a deletion).
struct OffsetEdit: Hashable, Sendable {
  /// The replaced offsets in the source text.
  var source: Range<Int>
  /// The replacement's offsets in the target text.
  var target: Range<Int>
}

/// A monotone map between offsets of a source text and of a target text
/// derived from it by replacing some regions.
///
/// Only the replaced regions are stored, sorted; everything between two of
/// them was copied unchanged, so it has the same length on both sides and
/// maps by a constant shift. The identity map stores nothing. The same type
/// serves UTF-8 offsets and code-point offsets (copied runs hold the same
/// code points on both sides).
///
/// Mapping a target range back to the source maps a bound that falls inside
/// a replaced region to the whole replaced source region; a lower bound sitting
/// right after a deletion maps after the deleted text, an upper bound right
/// before one maps before it, so a found word never drags deleted neighbours in.
struct OffsetMap: Hashable, Sendable {
  /// The replaced regions, sorted and disjoint on both sides.
  private(set) var edits: [OffsetEdit]

  /// The map of a text to itself.
  static var identity: OffsetMap { OffsetMap(edits: []) }

  /// A map made of `edits`, which must be sorted and disjoint.
  init(edits: [OffsetEdit]) { self.edits = edits }

  /// Whether the map changes nothing.
  var isIdentity: Bool { edits.isEmpty }

  /// Appends an edit after the last one, merging it into the last one when
  /// they touch and either has an empty side, so no two edits stack at one
  /// offset.
  mutating func append(_ edit: OffsetEdit) {
    if let last = edits.last, last.source.upperBound == edit.source.lowerBound,
      last.source.isEmpty || last.target.isEmpty || edit.source.isEmpty || edit.target.isEmpty
    {
      edits[edits.count - 1] = OffsetEdit(
        source: last.source.lowerBound..<edit.source.upperBound,
        target: last.target.lowerBound..<edit.target.upperBound)
    } else {
      edits.append(edit)
    }
  }

  /// The index of the first edit whose target ends after `offset` (or at
  /// `offset` when `inclusive`).
  private func firstEdit(endingAfter offset: Int, inclusive: Bool) -> Int {
    var low = 0
    var high = edits.count
    while low < high {
      let mid = (low + high) / 2
      let end = edits[mid].target.upperBound
      if end > offset || (inclusive && end == offset) { high = mid } else { low = mid + 1 }
    }
    return low
  }

  /// The source offset of a target offset used as a range's lower bound.
  func sourceLowerBound(forTarget offset: Int) -> Int {
    if edits.isEmpty { return offset }
    let index = firstEdit(endingAfter: offset, inclusive: false)
    if index < edits.count && edits[index].target.lowerBound <= offset {
      return edits[index].source.lowerBound
    }
    guard index > 0 else { return offset }
    let previous = edits[index - 1]
    return offset - previous.target.upperBound + previous.source.upperBound
  }

  /// The source offset of a target offset used as a range's upper bound.
  func sourceUpperBound(forTarget offset: Int) -> Int {
    if edits.isEmpty { return offset }
    let index = firstEdit(endingAfter: offset, inclusive: true)
    if index < edits.count && edits[index].target.lowerBound < offset {
      return edits[index].source.upperBound
    }
    guard index > 0 else { return offset }
    let previous = edits[index - 1]
    return offset - previous.target.upperBound + previous.source.upperBound
  }

  /// The source range a target range came from. An empty range maps to an
  /// empty range.
  func sourceRange(forTarget range: Range<Int>) -> Range<Int> {
    let lower = sourceLowerBound(forTarget: range.lowerBound)
    if range.isEmpty { return lower..<lower }
    let upper = sourceUpperBound(forTarget: range.upperBound)
    return lower..<max(lower, upper)
  }

  /// The map of applying `self` (A → B) and then `next` (B → C): A → C.
  ///
  /// Edits of both maps are grouped into clusters of overlapping regions of
  /// B (touching ones join when one of them is empty there); each cluster
  /// becomes one edit, its ends carried to A through `self` and to C through
  /// `next`. Linear in the number of edits.
  func then(_ next: OffsetMap) -> OffsetMap {
    if next.edits.isEmpty { return self }
    if edits.isEmpty { return next }
    let first = edits
    let second = next.edits
    var result = OffsetMap.identity
    result.edits.reserveCapacity(first.count + second.count)
    var i = 0
    var j = 0
    while i < first.count || j < second.count {
      let takeFirst =
        j >= second.count
        || (i < first.count && first[i].target.lowerBound <= second[j].source.lowerBound)
      let lo = takeFirst ? first[i].target.lowerBound : second[j].source.lowerBound
      var hi = lo
      let i0 = i
      let j0 = j
      while true {
        if i < first.count {
          let r = first[i].target
          if r.lowerBound < hi || (r.lowerBound == hi && (r.isEmpty || hi == lo || i == i0 && j == j0)) {
            hi = max(hi, r.upperBound)
            i += 1
            continue
          }
        }
        if j < second.count {
          let r = second[j].source
          if r.lowerBound < hi || (r.lowerBound == hi && (r.isEmpty || hi == lo || i == i0 && j == j0)) {
            hi = max(hi, r.upperBound)
            j += 1
            continue
          }
        }
        break
      }
      // Ends in A, through `self`.
      let sourceLower: Int
      let sourceUpper: Int
      if i > i0 && first[i0].target.lowerBound == lo {
        sourceLower = first[i0].source.lowerBound
      } else {
        sourceLower = i0 == 0 ? lo : lo - first[i0 - 1].target.upperBound + first[i0 - 1].source.upperBound
      }
      if i > 0 && i > i0 && first[i - 1].target.upperBound == hi {
        sourceUpper = first[i - 1].source.upperBound
      } else {
        sourceUpper = i == 0 ? hi : hi - first[i - 1].target.upperBound + first[i - 1].source.upperBound
      }
      // Ends in C, through `next`.
      let targetLower: Int
      let targetUpper: Int
      if j > j0 && second[j0].source.lowerBound == lo {
        targetLower = second[j0].target.lowerBound
      } else {
        targetLower = j0 == 0 ? lo : lo - second[j0 - 1].source.upperBound + second[j0 - 1].target.upperBound
      }
      if j > 0 && j > j0 && second[j - 1].source.upperBound == hi {
        targetUpper = second[j - 1].target.upperBound
      } else {
        targetUpper = j == 0 ? hi : hi - second[j - 1].source.upperBound + second[j - 1].target.upperBound
      }
      result.append(OffsetEdit(source: sourceLower..<sourceUpper, target: targetLower..<targetUpper))
    }
    return result
  }
}
