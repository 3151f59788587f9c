internal import CICUShims

/// An ICU `UErrorCode`: greater than zero is a failure, less than zero a
/// warning (for example `U_USING_DEFAULT_WARNING` when a locale has no data
/// of its own), zero is success.
struct ICUStatus: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  var rawValue: Int32

  init(rawValue: Int32) { self.rawValue = rawValue }

  /// Whether the call failed (`U_FAILURE`).
  var isFailure: Bool { rawValue > 0 }

  /// Whether the call succeeded with a warning.
  var isWarning: Bool { rawValue < 0 }

  /// ICU's name for the code, e.g. `U_ILLEGAL_ARGUMENT_ERROR`.
  var description: String { String(cString: cicu_error_name(rawValue)) }

  /// Throws a ``VerbatimError`` with code `.icu` when the status is a failure.
  func check(_ operation: StaticString) throws(VerbatimError) {
    if isFailure {
      throw VerbatimError(.icu, "ICU \(operation) failed: \(description)")
    }
  }
}

/// The ICU version the library was built against, e.g. 72.
public var icuVersionMajor: Int { Int(cicu_version_major()) }
