/// An error reported by Verbatim: a stable ``Code`` for programs and a
/// message for people.
///
/// Codes are values of an extensible struct rather than enum cases, so new
/// codes can be added without breaking a caller's `switch`.
public struct VerbatimError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What kind of failure this is.
  public var code: Code
  /// A human-readable explanation naming what failed and where.
  public var message: String

  /// Creates an error with a code and a message.
  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  /// The message, prefixed with the code.
  public var description: String { "\(code): \(message)" }

  /// The kinds of failure.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    private enum Wrapped: String, Hashable, Sendable {
      case invalidUTF8 = "invalid-utf8"
      case invalidJSON = "invalid-json"
      case invalidArgument = "invalid-argument"
      case io = "io"
      case icu = "icu"
      case documentTooLarge = "document-too-large"
    }
    private let wrapped: Wrapped
    private init(_ wrapped: Wrapped) { self.wrapped = wrapped }

    /// The input is not valid UTF-8.
    public static var invalidUTF8: Self { Self(.invalidUTF8) }
    /// A JSON input line is malformed or lacks a required key.
    public static var invalidJSON: Self { Self(.invalidJSON) }
    /// An argument or option value is not acceptable.
    public static var invalidArgument: Self { Self(.invalidArgument) }
    /// Reading or writing a file failed.
    public static var io: Self { Self(.io) }
    /// The ICU library reported a failure.
    public static var icu: Self { Self(.icu) }
    /// A document is larger than the limit the caller set.
    public static var documentTooLarge: Self { Self(.documentTooLarge) }

    /// The code as a short, stable string (`invalid-utf8`, …), as the CLI prints it.
    public var description: String { wrapped.rawValue }
  }
}
