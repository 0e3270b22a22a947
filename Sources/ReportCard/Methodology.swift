/// What the methodology page says about how the card was made, taken from the pipeline file:
/// so a reader can check that the published figures come from these files and these rules.
public struct Methodology: Sendable {
    /// One partner export, with the content hash of every file read.
    public struct Source: Sendable {
        public struct File: Sendable {
            /// The file's name without its folder: a server's paths are not published.
            public var name: String
            public var bytes: Int
            /// SHA-256 of the file's bytes, in lowercase hex.
            public var sha256: String

            public init(name: String, bytes: Int, sha256: String) {
                self.name = name
                self.bytes = bytes
                self.sha256 = sha256
            }
        }

        public var id: String
        public var partner: String
        public var table: String
        public var format: String
        public var files: [File]
        /// Each validation rule as the data-quality page names it, with its severity.
        public var rules: [String]

        public init(id: String, partner: String, table: String, format: String, files: [File], rules: [String]) {
            self.id = id
            self.partner = partner
            self.table = table
            self.format = format
            self.files = files
            self.rules = rules
        }
    }

    /// A named setting of one stage, as written in the pipeline file.
    public struct Setting: Sendable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public var pipelineFile: String
    public var sources: [Source]
    public var suppression: [Setting]
    public var linkage: [Setting]

    public init(pipelineFile: String, sources: [Source], suppression: [Setting], linkage: [Setting]) {
        self.pipelineFile = pipelineFile
        self.sources = sources
        self.suppression = suppression
        self.linkage = linkage
    }
}
