#if canImport(Glibc)
  @_exported import Glibc
#elseif canImport(Musl)
  @_exported import Musl
#elseif canImport(Darwin)
  @_exported import Darwin
#endif

/// Writes a diagnostic line to standard error.
func printError(_ message: String) {
  var line = "verbatim: " + message + "\n"
  line.withUTF8 { bytes in _ = writeAll(STDERR_FILENO, bytes) }
}

/// Writes all of `bytes` to a file descriptor, retrying partial writes.
/// Returns false when the descriptor refuses them (a closed pipe, a full disk).
func writeAll(_ descriptor: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
  var offset = 0
  while offset < bytes.count {
    let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
    if written < 0 {
      if errno == EINTR { continue }
      return false
    }
    offset += written
  }
  return true
}
