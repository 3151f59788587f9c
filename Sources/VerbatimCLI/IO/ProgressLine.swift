/// The progress line on standard error, redrawn at most four times a
/// second: documents, documents/s, MB/s and, when the input size is known,
/// the percentage done and the time left. Only shown when standard error is
/// a terminal (``whenTerminal(totalBytes:)``).
struct ProgressLine {
  /// The input size in bytes, when known.
  let totalBytes: Int?
  private let start = monotonicSeconds()
  private var lastDraw = 0.0
  private var visible = false

  /// A progress line when standard error is a terminal, else nil.
  static func whenTerminal(totalBytes: Int?) -> ProgressLine? {
    isatty(STDERR_FILENO) != 0 ? ProgressLine(totalBytes: totalBytes) : nil
  }

  private init(totalBytes: Int?) {
    self.totalBytes = totalBytes
    lastDraw = start  // the first drawing after a quarter of a second, when rates mean something
  }

  /// Redraws the line if the last drawing is old enough.
  mutating func update(documents: Int, position: Int) {
    let now = monotonicSeconds()
    guard now - lastDraw >= 0.25 else { return }
    lastDraw = now
    let elapsed = max(now - start, 0.001)
    let bytesPerSecond = Double(position) / elapsed
    var line = "\rverbatim: \(documents) docs  \(Self.decimal(Double(documents) / elapsed, 0)) docs/s"
    line += "  \(Self.decimal(bytesPerSecond / 1e6, 1)) MB/s"
    if let totalBytes, totalBytes > 0 {
      let done = min(1, Double(position) / Double(totalBytes))
      line += "  \(Self.decimal(done * 100, 0)) %"
      if bytesPerSecond > 0 {
        line += "  ETA \(Self.duration(Double(max(0, totalBytes - position)) / bytesPerSecond))"
      }
    }
    draw(line + "\u{1B}[K")
    visible = true
  }

  /// Erases the line (before another message).
  mutating func clear() {
    guard visible else { return }
    draw("\r\u{1B}[K")
    visible = false
  }

  /// Erases the line and prints a summary.
  mutating func finish(documents: Int, position: Int) {
    clear()
    let elapsed = max(monotonicSeconds() - start, 0.001)
    printError(
      "\(documents) docs, \(Self.decimal(Double(position) / 1e6, 1)) MB in \(Self.duration(elapsed)) "
        + "(\(Self.decimal(Double(documents) / elapsed, 0)) docs/s, "
        + "\(Self.decimal(Double(position) / 1e6 / elapsed, 1)) MB/s)")
  }

  private func draw(_ text: String) {
    var text = text
    text.withUTF8 { _ = writeAll(STDERR_FILENO, $0) }
  }

  /// `value` with `digits` decimals (0 or 1).
  static func decimal(_ value: Double, _ digits: Int) -> String {
    guard value.isFinite else { return "-" }
    if digits == 0 { return String(Int(value.rounded())) }
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }

  /// `m:ss` or `h:mm:ss`.
  static func duration(_ seconds: Double) -> String {
    guard seconds.isFinite else { return "-" }
    let total = Int(seconds.rounded())
    let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
    let mmss = "\(minutes < 10 && hours > 0 ? "0" : "")\(minutes):\(rest < 10 ? "0" : "")\(rest)"
    return hours > 0 ? "\(hours):\(mmss)" : mmss
  }
}

/// Seconds on the monotonic clock.
func monotonicSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_MONOTONIC, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
