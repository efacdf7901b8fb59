import CFuzzerDriver
import Foundation
import Graph
import GraphvizBridge

/// The program: libFuzzer's driver (its options, corpus folders and inputs on the command line)
/// running `fuzz` on each input.
@main
enum TwinningFuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, { data, size in fuzz(data!, size) }))
    }
}

/// libFuzzer's entry point: runs the harness that `FUZZ_HARNESS` names on one input.
///
/// libFuzzer calls this once per input, from one thread. A harness returns normally for any
/// input the code under test handles (accepted or refused with an error); a crash, a
/// sanitizer report, or a `Finding.trap` (a writer whose output does not read back) is a
/// finding, which libFuzzer saves as `crash-…` in its artifact folder.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    Selected.harness.run(bytes)
    return 0
}

/// The harness chosen for this process, once.
enum Selected {
    static let harness: Harness = {
        Graphviz.register()
        let name = ProcessInfo.processInfo.environment["FUZZ_HARNESS"] ?? ""
        guard let harness = Harness.all.first(where: { $0.name == name }) else {
            let names = Harness.all.map(\.name).joined(separator: " ")
            FileHandle.standardError.write(Data("twinning-fuzz: set FUZZ_HARNESS to one of: \(names)\n".utf8))
            exit(2)
        }
        return harness
    }()
}

/// libFuzzer's initialisation hook: `FUZZ_HARNESS=list` prints the harness names, one a line,
/// and exits (scripts/fuzz.sh reads the list from here).
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    if ProcessInfo.processInfo.environment["FUZZ_HARNESS"] == "list" {
        print(Harness.all.map(\.name).joined(separator: "\n"))
        exit(0)
    }
    _ = Selected.harness
    return 0
}
