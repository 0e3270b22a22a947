/// A standardized given name and where it stands in the nickname list, looked up once per
/// distinct name so that comparing two names never hashes a string.
public struct GivenName: Sendable, Hashable {
    public let name: StandardizedName
    /// The name's id in the nickname list, or -1 when the list does not have it.
    public let nicknameId: Int32
    /// Sorted ids of the names the list makes equivalent to this one, itself included.
    public let equivalents: [Int32]

    public init(name: StandardizedName, nicknameId: Int32, equivalents: [Int32]) {
        self.name = name
        self.nicknameId = nicknameId
        self.equivalents = equivalents
    }

    /// Whether the nickname list relates the two names (the same list must have made both).
    public func isNicknameEquivalent(to other: GivenName) -> Bool {
        guard nicknameId >= 0, other.nicknameId >= 0 else { return false }
        var low = 0, high = equivalents.count
        while low < high {
            let mid = (low + high) / 2
            if equivalents[mid] < other.nicknameId { low = mid + 1 } else { high = mid }
        }
        return low < equivalents.count && equivalents[low] == other.nicknameId
    }
}
