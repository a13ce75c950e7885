#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// C memory for one call into the shim: copies of Swift arrays to pass in, and zeroed arrays for the
/// shim to write its results and log into. The shim's structs hold raw pointers, which stay valid for as long as the
/// store lives; everything is freed with it. Keep the store alive across the call with `withExtendedLifetime`.
final class ShimBuffers {
  private var allocations: [UnsafeMutableRawPointer] = []

  init() {}

  deinit {
    for allocation in allocations { allocation.deallocate() }
  }

  /// A C copy of `array` (a valid pointer even when the array is empty).
  func copy<Element: BitwiseCopyable>(_ array: [Element]) -> UnsafeMutablePointer<Element> {
    let pointer = UnsafeMutablePointer<Element>.allocate(capacity: max(array.count, 1))
    allocations.append(UnsafeMutableRawPointer(pointer))
    array.withUnsafeBufferPointer { source in
      if let base = source.baseAddress { pointer.initialize(from: base, count: source.count) }
    }
    return pointer
  }

  /// A C copy of `array`, or null when there is none.
  func copy<Element: BitwiseCopyable>(_ array: [Element]?) -> UnsafeMutablePointer<Element>? {
    array.map { copy($0) }
  }

  /// `count` elements, each `value`, for the shim to write into.
  func filled<Element: BitwiseCopyable>(_ value: Element, count: Int) -> UnsafeMutableBufferPointer<Element> {
    let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(count, 1))
    allocations.append(UnsafeMutableRawPointer(buffer.baseAddress!))
    buffer.initialize(repeating: value)
    return UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
  }
}
