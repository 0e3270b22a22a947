/// Everything one run adds to the history. A failed run has only `run`.
public struct RunRecord: Sendable {
    public var run: RecordedRun
    public var inputs: [RecordedInput]
    public var sourceRows: [RecordedSourceRows]
    public var stages: [RecordedStage]
    public var outputs: [RecordedOutput]
    public var values: [PublishedValue]

    public init(
        run: RecordedRun, inputs: [RecordedInput] = [], sourceRows: [RecordedSourceRows] = [], stages: [RecordedStage] = [],
        outputs: [RecordedOutput] = [], values: [PublishedValue] = []
    ) {
        self.run = run
        self.inputs = inputs
        self.sourceRows = sourceRows
        self.stages = stages
        self.outputs = outputs
        self.values = values
    }
}
