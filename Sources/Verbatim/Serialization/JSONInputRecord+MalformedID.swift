extension JSONInputRecord {
  /// The `id` of a line that does not parse as a record, when it can still
  /// be read: the object's keys are scanned in order up to the first error,
  /// and the `id` value met before it is returned as its JSON bytes.
  /// - Returns: nil when no `id` precedes the error.
  package static func id(ofMalformed line: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    var scanner = JSONScanner(line)
    scanner.skipSpace()
    guard scanner.peek() == UInt8(ascii: "{") else { return nil }
    scanner.index += 1
    while true {
      scanner.skipSpace()
      guard let key = try? scanner.string() else { return nil }
      scanner.skipSpace()
      guard scanner.peek() == UInt8(ascii: ":") else { return nil }
      scanner.index += 1
      scanner.skipSpace()
      let start = scanner.index
      guard (try? scanner.skipValue()) != nil else { return nil }
      if key == "id" { return Array(line[start..<scanner.index]) }
      scanner.skipSpace()
      guard scanner.peek() == UInt8(ascii: ",") else { return nil }
      scanner.index += 1
    }
  }
}
