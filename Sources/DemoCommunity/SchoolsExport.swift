import BackboneCore

/// `district/schools.csv`: the SIS school table, the district's codes and the names
/// community partners write on their rosters.
enum SchoolsExport {
    static func write(folder: String) throws -> WrittenFile {
        let file = try OutputFile(folder: folder, path: "district/schools.csv")
        file.header(["School_ID", "School_Name", "Low_Grade", "High_Grade"])
        for school in RivertonSchools.all {
            file.field(school.code)
            file.field(school.name)
            file.field(GradeLevel.label(school.grades.lowerBound))
            file.field(GradeLevel.label(school.grades.upperBound))
            file.endRow()
        }
        return try file.finish()
    }
}
