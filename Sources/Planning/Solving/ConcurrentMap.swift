import Dispatch
import Synchronization

/// Work spread over the machine's cores.
enum ConcurrentMap {
  /// `items.map(transform)`, with the items' work run side by side on up to the machine's cores. Each item's work
  /// must be independent of the others'; the results come back in item order, so the outcome is the sequential
  /// map's. The first item's error, in item order, is rethrown.
  static func map<Item: Sendable, Output: Sendable>(
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
}
