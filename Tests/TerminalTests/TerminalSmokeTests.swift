import Testing
@testable import Terminal

@Test func terminalModuleIsNamed() {
    #expect(TerminalInfo.name == "Terminal")
}
