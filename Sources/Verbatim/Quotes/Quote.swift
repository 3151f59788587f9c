/// How a statement is reported (definitions in `gold/FORMAT.md`).
public struct QuoteKind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
  /// The name used in JSON output.
  public var rawValue: String
  /// Creates a kind from its JSON name.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// A statement reproduced between quotation marks (`« Nous ne vendons pas », a déclaré X`).
  public static let direct = QuoteKind(rawValue: "direct")
  /// A marked fragment of someone's words inside the writer's sentence
  /// (`une « régulation gouvernementale forte »`).
  public static let partial = QuoteKind(rawValue: "partial")
  /// Reported speech without marks (`X a expliqué que …`, `selon X, …`, `X said that …`).
  public static let indirect = QuoteKind(rawValue: "indirect")

  /// The JSON name.
  public var description: String { rawValue }
}

/// Who a quote is attributed to, as written in the text.
public struct QuoteSpeaker: TextSpan, Hashable {
  /// The first code point of the speaker span.
  public var start: Int
  /// The code point after it.
  public var end: Int
  /// The span in UTF-8 bytes.
  public var utf8Range: Range<Int>
  /// The fullest name of the person or body the span refers to (`Brad Smith`
  /// for `il`, `Smith` or `le patron de Microsoft`), or nil when unknown.
  public var resolved: String?
  /// The entity cluster (``Entity/cluster``) of the resolved name, if any.
  public var cluster: Int?

  /// Creates a speaker.
  public init(start: Int, end: Int, utf8Range: Range<Int>, resolved: String?, cluster: Int?) {
    self.start = start
    self.end = end
    self.utf8Range = utf8Range
    self.resolved = resolved
    self.cluster = cluster
  }
}

/// The reporting verb or phrase that introduces a quote (`a déclaré`, `said`, `selon`).
public struct QuoteCue: TextSpan, Hashable {
  /// The first code point of the cue.
  public var start: Int
  /// The code point after it.
  public var end: Int
  /// The span in UTF-8 bytes.
  public var utf8Range: Range<Int>

  /// Creates a cue.
  public init(start: Int, end: Int, utf8Range: Range<Int>) {
    self.start = start
    self.end = end
    self.utf8Range = utf8Range
  }
}

/// A quoted or reported statement: its content, kind, speaker and cue.
///
/// For `direct` and `partial` quotes the span covers the content between the
/// marks, without the marks and the spaces next to them.
public struct Quote: TextSpan, Hashable {
  /// The first code point of the content.
  public var start: Int
  /// The code point after it.
  public var end: Int
  /// The content in UTF-8 bytes.
  public var utf8Range: Range<Int>
  /// Direct, partial or indirect.
  public var kind: QuoteKind
  /// Who said it, or nil when the text does not say.
  public var speaker: QuoteSpeaker?
  /// The reporting verb or phrase, or nil (`X : « … »`, a floating quote).
  public var cue: QuoteCue?
  /// False when an opening or closing mark has no partner: the quote then
  /// runs from its mark to the end (or from the start) of its paragraph.
  public var isClosed: Bool

  /// Creates a quote.
  public init(
    start: Int, end: Int, utf8Range: Range<Int>, kind: QuoteKind, speaker: QuoteSpeaker?, cue: QuoteCue?,
    isClosed: Bool = true
  ) {
    self.start = start
    self.end = end
    self.utf8Range = utf8Range
    self.kind = kind
    self.speaker = speaker
    self.cue = cue
    self.isClosed = isClosed
  }
}
