import Dispatch
import Synchronization

/// Work spread over the machine's cores.
public enum ConcurrentMap {
  /// `items.map(transform)`, with the items' work run side by side on up to the machine's cores. Each item's work
  /// must be independent of the others'; the results come back in item order, so the outcome is the sequential
  /// map's. The first item's error, in item order, is rethrown.
  public static func map<Item: Sendable, Output: Sendable>(
    _ items: [Item], _ transform: @Sendable (Item) throws -> Output
  ) throws -> [Output] {
    guard items.count > 1 else { return try items.map(transform) }
    let outcomes = Mutex([Result<Output, any Error>?](repeating: nil, count: items.count))
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
      let outcome = Result { try transform(items[index]) }
      outcomes.withLock { $0[index] = outcome }
    }
    return try outcomes.withLock { $0 }.map { try $0!.get() }
  }

  /// `(first(), second())`, the two run side by side. When both throw, the first one's error is rethrown.
  public static func both<First: Sendable, Second: Sendable>(
    _ first: @Sendable () throws -> First, _ second: @Sendable () throws -> Second
  ) throws -> (First, Second) {
    let firsts = Mutex<Result<First, any Error>?>(nil)
    let seconds = Mutex<Result<Second, any Error>?>(nil)
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      if index == 0 {
        let outcome = Result { try first() }
        firsts.withLock { $0 = outcome }
      } else {
        let outcome = Result { try second() }
        seconds.withLock { $0 = outcome }
      }
    }
    let firstValue = try firsts.withLock { $0 }!.get()
    return (firstValue, try seconds.withLock { $0 }!.get())
  }
}
