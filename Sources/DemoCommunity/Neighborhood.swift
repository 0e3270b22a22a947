/// Riverton's five neighborhoods, each one ZIP code, with the income and family mix that
/// make its schools differ. The ZIP codes and streets are fictional.
enum Neighborhood: Int, CaseIterable, Sendable {
    case northside, riverside, lincoln, oakHill, mapleGrove

    var zip: String { ["45801", "45802", "45804", "45805", "45807"][rawValue] }

    /// Index into `RivertonSchools.middle`.
    var middleSchool: Int { rawValue < 3 ? 0 : 1 }

    /// Expected share of children eligible for free or reduced-price lunch.
    var lunchRate: Double { [0.74, 0.56, 0.60, 0.26, 0.20][rawValue] }

    /// Share of the district's children living here.
    var weight: Int { [22, 21, 19, 19, 19][rawValue] }

    /// Families by heritage, in tenths of a percent, in `Heritage.allCases` order.
    var heritageWeights: [Int] {
        switch self {
        case .northside: return [140, 230, 80, 420, 30, 5, 0, 5, 35, 5, 10, 5, 35]
        case .riverside: return [350, 120, 20, 340, 30, 10, 5, 10, 25, 20, 10, 5, 55]
        case .lincoln: return [370, 150, 25, 300, 20, 15, 5, 15, 15, 10, 10, 5, 60]
        case .oakHill: return [580, 50, 5, 150, 10, 40, 15, 40, 5, 10, 10, 5, 80]
        case .mapleGrove: return [620, 50, 5, 140, 10, 20, 10, 30, 5, 10, 10, 0, 90]
        }
    }

    var streets: [String] {
        switch self {
        case .northside: return ["Mill St", "Foundry Ave", "Canal St", "Depot Rd", "N Main St", "Elm St", "Ash St", "Rail Ave"]
        case .riverside: return ["River Rd", "Water St", "Willow Ln", "Bridge St", "Ferry Ave", "Shore Dr", "Harbor Ct"]
        case .lincoln: return ["Lincoln Ave", "Market St", "Church St", "Court St", "S Main St", "Union St", "Third St"]
        case .oakHill: return ["Oak Hill Dr", "Summit Ave", "Ridge Rd", "Chestnut Ln", "Highland Ave", "Crest Ct"]
        case .mapleGrove: return ["Maple Grove Blvd", "Birch Ln", "Meadow Dr", "Orchard Way", "Sycamore Ct", "Aspen Cir"]
        }
    }

    /// ZIP codes just outside the district, where some program participants live.
    static let outsideZips = ["45806", "45809", "45833", "45817"]
}
