import Foundation
import TestSupport
import XCTest

/// Headless Chromium, for tests that open a page the way a reader would.
enum Chromium {
    /// The browser, or a skip when it is not installed.
    static func executable() throws -> URL {
        guard let path = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("chromium is not installed (scripts/setup.sh installs it)")
        }
        return URL(fileURLWithPath: path)
    }

    /// Opens `file` (scripts run) and returns the DOM after loading, serialised, and the
    /// console messages the page logged. `profile` is a scratch folder for the browser.
    static func dumpDOM(of file: String, profile: URL) throws -> (dom: String, console: [Substring]) {
        let opened = try ProcessRunner.run(try executable(), [
            "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--log-level=0",
            "--user-data-dir=" + profile.path, "--dump-dom", "file://" + file,
        ])
        return (opened.stdout, opened.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") })
    }
}
