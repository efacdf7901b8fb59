#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The temporary files and folders an output is being built in, removed when SIGINT, SIGTERM
/// or SIGHUP ends the process, so that Ctrl-C never leaves a hidden temporary beside an output.
///
/// A signal handler may only call async-signal-safe functions, so the registry is prepared in
/// advance: a fixed table of `capacity` slots, each holding a C string of up to `pathCapacity`
/// bytes and a kind, allocated once. Registering copies the path into a free slot (outside the
/// handler); the handler walks the table with `unlink(2)`, `rmdir(2)` and `rename(2)` only —
/// files first, then folders (latest first), then renames that put an old folder back — and
/// then restores the default action and raises the signal again, so the process still ends
/// by the signal (a shell sees 130 for SIGINT, 143 for SIGTERM).
///
/// Handlers are installed on first use, and only for signals whose action is still the
/// default: a program that handles or ignores a signal itself keeps its choice (`nohup` keeps
/// SIGHUP ignored). A path longer than `pathCapacity`, or one more than `capacity` at once,
/// is not registered (it is still removed on every other way out). SIGKILL cannot be caught:
/// a killed run can leave a temporary, named `.NAME.twinning-PID.tmp`; the next write to the
/// same output by a process with that PID removes it.
public enum TemporaryPaths {
    /// What the handler does with a slot.
    enum Kind: Int32 {
        case empty = 0
        /// unlink(2) the path.
        case file = 1
        /// rmdir(2) the path (its files are registered too).
        case folder = 2
        /// rename(2) the path back to the slot's second path (an old folder set aside).
        case restore = 3
    }

    static let capacity = 64
    static let pathCapacity = 4096

    /// Allocated once, never freed: kinds, then paths, then the second paths of renames.
    nonisolated(unsafe) private static let kinds: UnsafeMutablePointer<Int32> = {
        let pointer = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        pointer.initialize(repeating: Kind.empty.rawValue, count: capacity)
        return pointer
    }()
    nonisolated(unsafe) private static let paths: UnsafeMutablePointer<CChar> = {
        let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: 2 * capacity * pathCapacity)
        pointer.initialize(repeating: 0, count: 2 * capacity * pathCapacity)
        return pointer
    }()
    private static let lock = NSLock()
    nonisolated(unsafe) private static var installed = false

    /// A registered path: pass it to `unregister` once the path is gone or in place.
    public struct Slot: Sendable {
        let index: Int?
    }

    /// Registers a temporary file, removed if a signal ends the process.
    public static func register(file path: String) -> Slot { register(.file, path) }

    /// Registers a temporary folder, removed (once its registered files are) if a signal ends
    /// the process.
    public static func register(folder path: String) -> Slot { register(.folder, path) }

    /// Registers a folder set aside at `aside`, renamed back to `original` if a signal ends
    /// the process before the new folder is in place.
    public static func register(restoring aside: String, to original: String) -> Slot {
        register(.restore, aside, second: original)
    }

    /// Forgets a slot (the path was removed or renamed into place).
    public static func unregister(_ slot: Slot) {
        guard let index = slot.index else { return }
        lock.lock()
        defer { lock.unlock() }
        kinds[index] = Kind.empty.rawValue
    }

    private static func register(_ kind: Kind, _ path: String, second: String = "") -> Slot {
        let bytes = Array(path.utf8), secondBytes = Array(second.utf8)
        guard bytes.count < pathCapacity, secondBytes.count < pathCapacity else { return Slot(index: nil) }
        lock.lock()
        defer { lock.unlock() }
        installHandlers()
        guard let index = (0..<capacity).first(where: { kinds[$0] == Kind.empty.rawValue }) else { return Slot(index: nil) }
        copy(bytes, to: paths + index * pathCapacity)
        copy(secondBytes, to: paths + (capacity + index) * pathCapacity)
        kinds[index] = kind.rawValue  // last: the handler reads a slot only once its kind is set
        return Slot(index: index)
    }

    private static func copy(_ bytes: [UInt8], to destination: UnsafeMutablePointer<CChar>) {
        for (offset, byte) in bytes.enumerated() { destination[offset] = CChar(bitPattern: byte) }
        destination[bytes.count] = 0
    }

    private static func installHandlers() {
        guard !installed else { return }
        installed = true
        // The table exists before any handler can read it: no lazy initialisation in a handler.
        _ = kinds
        _ = paths
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            let previous = signal(signalNumber, temporaryPathsSignalHandler)
            if unsafeBitCast(previous, to: Int.self) != unsafeBitCast(SIG_DFL, to: Int.self) {
                signal(signalNumber, previous)  // the program's own choice stays
            }
        }
    }

    /// Removes every registered path. Async-signal-safe: no allocation, no lock, only
    /// unlink, rmdir and rename.
    static func removeAllForSignal() {
        for index in 0..<capacity where kinds[index] == Kind.file.rawValue {
            unlink(paths + index * pathCapacity)
        }
        var index = capacity
        while index > 0 {
            index -= 1
            if kinds[index] == Kind.folder.rawValue { rmdir(paths + index * pathCapacity) }
        }
        for index in 0..<capacity where kinds[index] == Kind.restore.rawValue {
            rename(paths + index * pathCapacity, paths + (capacity + index) * pathCapacity)
        }
    }
}

/// The handler: removes the temporaries, then ends the process by the same signal.
private func temporaryPathsSignalHandler(_ signalNumber: Int32) {
    TemporaryPaths.removeAllForSignal()
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
