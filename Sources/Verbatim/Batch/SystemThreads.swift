#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A mutex with one condition variable (POSIX threads), for the few places
/// where threads wait for each other. Waiters re-check their condition in a
/// loop; every change is announced with ``broadcast()``.
package final class ConditionLock: @unchecked Sendable {
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

  package init() {
    pthread_mutex_init(mutex, nil)
    pthread_cond_init(condition, nil)
  }

  deinit {
    pthread_cond_destroy(condition)
    pthread_mutex_destroy(mutex)
    condition.deallocate()
    mutex.deallocate()
  }

  /// Runs `body` holding the lock.
  package func withLock<R>(_ body: () throws -> R) rethrows -> R {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return try body()
  }

  /// Waits for a ``broadcast()``; call it holding the lock (inside
  /// ``withLock(_:)``), in a loop that re-checks the awaited condition.
  package func wait() { pthread_cond_wait(condition, mutex) }

  /// Wakes every waiter; call it holding the lock.
  package func broadcast() { pthread_cond_broadcast(condition) }
}

/// A POSIX thread running a closure; ``join()`` waits for it to end (join
/// each thread exactly once).
package struct SystemThread: @unchecked Sendable {
  #if canImport(Darwin)
    private let handle: pthread_t?
  #else
    private let handle: pthread_t
  #endif

  private final class Body {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
  }

  /// Starts a thread running `body`.
  package init(_ body: @escaping @Sendable () -> Void) {
    let context = Unmanaged.passRetained(Body(body)).toOpaque()
    #if canImport(Darwin)
      var handle: pthread_t? = nil
    #else
      var handle = pthread_t()
    #endif
    let status = pthread_create(
      &handle, nil,
      { context in
        #if canImport(Darwin)
          let body = Unmanaged<Body>.fromOpaque(context).takeRetainedValue()
        #else
          let body = Unmanaged<Body>.fromOpaque(context!).takeRetainedValue()
        #endif
        body.run()
        return nil
      }, context)
    precondition(status == 0, "pthread_create failed (\(status))")
    self.handle = handle
  }

  /// Waits until the thread's body has returned.
  package func join() {
    #if canImport(Darwin)
      pthread_join(handle!, nil)
    #else
      pthread_join(handle, nil)
    #endif
  }

  /// The number of processors online (at least 1): the default number of jobs.
  package static var processorCount: Int {
    max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
  }
}
