import Testing
@testable import Desk

@Test func formOutcomesCompare() {
    #expect(FormOutcome.cancel == .cancel)
}
