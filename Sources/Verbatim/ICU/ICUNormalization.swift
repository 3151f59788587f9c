internal import CICUShims

/// The Unicode normalization forms ICU provides.
enum ICUNormalizationForm: Sendable {
  case nfc, nfd, nfkc, nfkd, nfkcCaseFold

  var cValue: CICUNormalizationForm {
    switch self {
    case .nfc: .NFC
    case .nfd: .NFD
    case .nfkc: .NFKC
    case .nfkd: .NFKD
    case .nfkcCaseFold: .nfkcCaseFold
    }
  }
}

/// Thin adapters over the C shims: UTF-8 in, UTF-8 out.
enum ICU {
  /// Whether `bytes` are already in `form`.
  static func isNormalized(_ bytes: UnsafeBufferPointer<UInt8>, form: ICUNormalizationForm) -> Bool {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
    var status: Int32 = 0
    let result = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
      cicu_is_normalized_utf8(form.cValue, $0, Int64(bytes.count), &status)
    }
    return result != 0 && !ICUStatus(rawValue: status).isFailure
  }

  /// The normalization of `bytes` in `form`.
  static func normalize(_ bytes: UnsafeBufferPointer<UInt8>, form: ICUNormalizationForm) -> [UInt8] {
    transform(bytes) { src, count, dst, capacity, status in
      cicu_normalize_utf8(form.cValue, src, count, dst, capacity, &status)
    }
  }

  /// The full Unicode case folding of `bytes`.
  static func foldCase(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    transform(bytes) { src, count, dst, capacity, status in
      cicu_fold_case_utf8(src, count, dst, capacity, &status)
    }
  }

  /// Whether text can be normalized piecewise just before `scalar`.
  static func hasBoundaryBefore(_ scalar: Unicode.Scalar, form: ICUNormalizationForm) -> Bool {
    cicu_has_boundary_before(form.cValue, Int32(scalar.value)) != 0
  }

  private static func transform(
    _ bytes: UnsafeBufferPointer<UInt8>,
    _ call: (UnsafePointer<CChar>, Int64, UnsafeMutablePointer<CChar>?, Int64, inout Int32) -> Int64
  ) -> [UInt8] {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
    return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { src in
      var capacity = bytes.count * 3 + 16
      while true {
        var status: Int32 = 0
        var needed: Int64 = 0
        let result = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
          needed = buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: capacity) {
            call(src, Int64(bytes.count), $0, Int64(capacity), &status)
          }
          count = needed <= capacity && !ICUStatus(rawValue: status).isFailure ? Int(needed) : 0
        }
        if ICUStatus(rawValue: status).isFailure { return Array(bytes) }
        if needed <= capacity { return result }
        capacity = Int(needed)
      }
    }
  }
}
