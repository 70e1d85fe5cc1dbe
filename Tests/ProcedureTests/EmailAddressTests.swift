import Testing
@testable import Procedure

/// Issue 14: an officer's address is copied into a `To:` header, so it is accepted only
/// when strictly plain (EmailAddress.validated).
@Suite("E-mail addresses")
struct EmailAddressTests {
    @Test(arguments: ["nvan@localhost", "n.van+dexuat@ubnd.uongbi.quangninh.gov.vn", "a_b-c=d@x-y.example.vn",
                      "  tlan@uongbi.gov.vn  ", "A1@B2.C3"])
    func plainAddressesAreAccepted(_ address: String) {
        #expect(EmailAddress.validated(address) == address.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: ["", "@", "nvan", "nvan@", "@localhost", "a@@localhost", "a@b@localhost", "a@vn", "a@.vn", "a@vn.",
                      "a@x..vn", ".a@x.vn", "a.@x.vn", "a..b@x.vn", "a@-x.vn", "a@x-.vn", "a@x_y.vn",
                      "Nguyễn@x.vn", "a@ủy.vn", "\"a\"@x.vn", "<a@x.vn>", "A <a@x.vn>", "a@x.vn, b@x.vn",
                      "a@x.vn\nBcc: b@x.vn", "a@x.vn\r\n", "a b@x.vn", "a(c)@x.vn", "a\\b@x.vn", "a'b@x.vn",
                      "a|b@x.vn", "a`b@x.vn", "a$b@x.vn"])
    func everythingElseIsRefused(_ address: String) {
        #expect(EmailAddress.validated(address) == nil, "\(address.debugDescription) was accepted")
    }

    /// Every ASCII character and a sample of the others, put into the local part and the
    /// domain of a good address: only the documented ones keep it acceptable.
    @Test func everyCharacterIsClassified() {
        let local: Set<Character> = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-+=")
        let domain: Set<Character> = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
        let others = [0x85, 0xA0, 0x200B, 0x2028, 0x2029, 0x202E, 0xFEFF, 0x1F600].compactMap(Unicode.Scalar.init).map(Character.init)
        for c in (0..<128).compactMap(Unicode.Scalar.init).map(Character.init) + others {
            #expect((EmailAddress.validated("a\(c)a@x.vn") != nil) == local.contains(c), "local part with \(String(c).debugDescription)")
            #expect((EmailAddress.validated("a@x\(c)x.vn") != nil) == (domain.contains(c) || c == "."), "domain with \(String(c).debugDescription)")
        }
    }

    @Test func theLengthIsBounded() {
        let label = String(repeating: "a", count: 60)
        let long = "a@" + Array(repeating: label, count: 5).joined(separator: ".") + ".vn"
        #expect(long.utf8.count > 254 && EmailAddress.validated(long) == nil)
        let fits = "a@" + Array(repeating: label, count: 3).joined(separator: ".") + ".vn"
        #expect(EmailAddress.validated(fits) == fits)
        #expect(EmailAddress.validated(String(repeating: "a", count: 65) + "@x.vn") == nil)
    }
}
