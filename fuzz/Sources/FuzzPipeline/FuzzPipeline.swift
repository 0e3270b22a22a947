import BackboneCore
import Pipeline

/// Any text as a pipeline file: a configuration or located diagnostics; never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? PipelineLoader.load(yaml: text, file: "fuzz.yml")
    return 0
}
