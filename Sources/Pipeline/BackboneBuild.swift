import BackboneCore
import Foundation

/// Which build of Backbone is running: the SHA-256 of its executable, so a stage cache entry
/// written by another build (same version number, changed code) is never taken for this one's.
enum BackboneBuild {
    static let digest: String = {
        for path in ["/proc/self/exe", Bundle.main.executablePath].compactMap({ $0 }) {
            if let digest = try? ContentHash.sha256(file: path) { return digest.sha256 }
        }
        return "unknown"
    }()
}
