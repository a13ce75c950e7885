import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One blocking HTTP/1.1 request to a server on 127.0.0.1 over a plain socket (`Connection: close`): all the
/// WebDriver client needs, with no dependence on URLSession.
enum LoopbackHTTP {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Sends `method url` with an optional JSON body and returns the response body.
  static func send(method: String, url: String, body: Data?) throws -> Data {
    guard let components = URLComponents(string: url), components.host == "127.0.0.1", let port = components.port else {
      throw Failure(description: "not a loopback URL: \(url)")
    }
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw Failure(description: "no socket") }
    defer { close(descriptor) }
    var timeout = timeval(tv_sec: 120, tv_usec: 0)
    setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
      }
    }
    guard connected else { throw Failure(description: "cannot connect to \(url)") }
    let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
    var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
    if let body { head += "Content-Type: application/json\r\nContent-Length: \(body.count)\r\n" }
    var request = Data((head + "\r\n").utf8)
    if let body { request.append(body) }
    try request.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.send(descriptor, buffer.baseAddress! + offset, buffer.count - offset, 0)
        guard written > 0 else { throw Failure(description: "cannot send to \(url)") }
        offset += written
      }
    }
    // Read until the body is complete: its Content-Length, the end of a chunked body, or the server closing.
    var response = Data()
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = recv(descriptor, &chunk, chunk.count, 0)
      if count <= 0 { break }
      response.append(contentsOf: chunk[0..<count])
      guard let split = response.range(of: Data("\r\n\r\n".utf8)) else { continue }
      let headers = String(decoding: response[..<split.lowerBound], as: UTF8.self).lowercased()
      let bodyLength = response.count - split.upperBound
      if let length = contentLength(headers), bodyLength >= length { break }
      if headers.contains("transfer-encoding: chunked"), response.suffix(5) == Data("0\r\n\r\n".utf8) { break }
    }
    guard let split = response.range(of: Data("\r\n\r\n".utf8)) else {
      throw Failure(description: "no HTTP response from \(url)")
    }
    let headers = String(decoding: response[..<split.lowerBound], as: UTF8.self).lowercased()
    let payload = response[split.upperBound...]
    return headers.contains("transfer-encoding: chunked") ? dechunk(Data(payload)) : Data(payload)
  }

  /// The Content-Length header's value, if given.
  static func contentLength(_ headers: String) -> Int? {
    for line in headers.split(separator: "\r\n") where line.hasPrefix("content-length:") {
      return Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces))
    }
    return nil
  }

  /// The body of a chunked response.
  static func dechunk(_ data: Data) -> Data {
    var result = Data()
    var index = data.startIndex
    while let lineEnd = data[index...].range(of: Data("\r\n".utf8)) {
      let sizeText = String(decoding: data[index..<lineEnd.lowerBound], as: UTF8.self)
      guard let size = Int(sizeText.split(separator: ";").first ?? "", radix: 16), size > 0 else { break }
      let start = lineEnd.upperBound
      let end = data.index(start, offsetBy: size, limitedBy: data.endIndex) ?? data.endIndex
      result.append(data[start..<end])
      index = data.index(end, offsetBy: 2, limitedBy: data.endIndex) ?? data.endIndex
    }
    return result
  }
}
