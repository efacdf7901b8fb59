import Dispatch
import Foundation

/// Spreads independent items (usually source nodes) over all cores. Worker `w` of `k` takes
/// items w, w + k, w + 2k...: a static, interleaved split that balances uneven sources and
/// makes the merge order (and so every floating-point sum) the same from run to run.
enum Parallel {
    /// Cores available to this process.
    static var coreCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Calls `body(&state, item)` for every item in `0..<count`, each worker with its own
    /// state from `makeState`; returns the states in worker order for the caller to merge.
    static func forEach<State>(count: Int, minimumPerWorker: Int = 32,
                               makeState: () -> State,
                               body: (inout State, Int) -> Void) -> [State] {
        let workers = max(1, min(coreCount, count / max(1, minimumPerWorker)))
        var states = (0..<workers).map { _ in makeState() }
        if workers == 1 {
            for item in 0..<count { body(&states[0], item) }
            return states
        }
        states.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                var item = w
                while item < count {
                    body(&base[w], item)
                    item += workers
                }
            }
        }
        return states
    }
}

extension Parallel {
    /// Splits `0..<count` into one contiguous range per core and runs `body` on each; for
    /// loops whose iterations write disjoint outputs (a sparse matrix–vector product).
    static func ranges(count: Int, minimumPerWorker: Int = 4096, _ body: (Range<Int>) -> Void) {
        let workers = max(1, min(coreCount, count / max(1, minimumPerWorker)))
        if workers == 1 { body(0..<count); return }
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            body((count * w / workers)..<(count * (w + 1) / workers))
        }
    }
}
