import BackboneCore
import Linkage
import Testing

@Suite struct NicknameTableTests {
    let table: NicknameTable

    init() throws {
        table = try NicknameTable.bundled()
    }

    @Test func loadsTheWholePublicList() {
        // 2,691 rows over 2,164 distinct names once "k.c." and "l.r." lose their dots.
        #expect(table.nameCount == 2164)
    }

    @Test func relatesFormalNamesAndTheirNicknamesBothWays() {
        #expect(table.areEquivalent("Bill", "WILLIAM"))
        #expect(table.areEquivalent("william", "bill"))
        #expect(table.areEquivalent("Liz", "Elizabeth"))
        #expect(table.areEquivalent("Beth", "Elizabeth"))
        #expect(table.areEquivalent("Jon", "Jonathan"))
        #expect(table.areEquivalent("Casey", "K.C."))
    }

    @Test func doesNotRelateNamesThatOnlyShareAFormalName() {
        // Both are listed under ROBERT, but neither under the other.
        #expect(table.areEquivalent("Bill", "Robert"))
        #expect(table.areEquivalent("Bob", "Robert"))
        #expect(!table.areEquivalent("Bill", "Bob"))
    }

    @Test func leavesOutNamesTheListDoesNotHave() {
        // nicknames 1.0.1 is an English list: no Spanish pairs such as Chuy for Jesús.
        #expect(!table.areEquivalent("Chuy", "Jesús"))
        #expect(table.givenName(StandardizedName.given("Chuy")!).nicknameId == -1)
        #expect(!table.areEquivalent("Zzyzx", "Zzyzx"))
    }

    @Test func readsAListWithCRLFLineEnds() throws {
        let small = try NicknameTable(csv: "name1,relationship,name2\r\nrobert,has_nickname,bob\r\n", file: "small.csv")
        #expect(small.nameCount == 2)
        #expect(small.areEquivalent("BOB", "Robert"))
    }

    @Test func namesEveryMalformedLine() {
        let csv = "name1,relationship,name2\nrobert,has_nickname\nann,is_cousin_of,nan\n,has_nickname,bob\nrobert,has_nickname,bob\n"
        #expect {
            try NicknameTable(csv: csv, file: "bad.csv")
        } throws: { error in
            let lines = (error as? DiagnosticsError)?.diagnostics.compactMap(\.location?.line)
            return lines == [2, 3, 4]
        }
    }
}
