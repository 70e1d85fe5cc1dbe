import Testing
@testable import Papers

@Suite struct PapersModuleTests {
    @Test func formatVersionIsPositive() {
        #expect(Papers.formatVersion >= 1)
    }
}
