import Foundation

/// The operating system's words for a failed file operation ("No space left on device",
/// "File too large"), where Foundation's description on Linux says only that it failed.
public enum FileErrorReason {
    public static func of(_ error: Error) -> String {
        if let diagnostic = error as? Diagnostic { return diagnostic.message }
        if let failure = error as? InternalError { return failure.diagnostic.message }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
