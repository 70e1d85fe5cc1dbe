import Ledger
import Procedure

/// §7.5 on paper: a decision or conclusion taken by a deputy under a delegation, or by an
/// officer in charge of a vacant post, is signed for the head.
///
/// Nghị định số 30/2020/NĐ-CP, Điều 13 khoản 1: the head may give a deputy the signing of
/// documents within the head's authority ("ký thay"), and "trường hợp cấp phó được giao
/// phụ trách hoặc điều hành thì thực hiện ký như cấp phó ký thay cấp trưởng" — so both
/// sign alike. Phụ lục I, mục II (thể thức chữ ký, quyền hạn và chức vụ người ký): "KT."
/// over the head's title in capitals, then the signer's own title and name:
///
///     KT. TRƯỞNG PHÒNG
///     PHÓ TRƯỞNG PHÒNG
///     (chữ ký)
///     Vũ Thị Lan
///
/// "TUQ." needs a written authorisation to a subordinate who is not a deputy, "TL." a
/// regulation, "Q." an officer appointed "Quyền …" — none of them is what §7.5 records.
extension DocumentBuilder {
    /// The event the signature of `kind` answers for: the last decision or conclusion.
    public static func signingEvent(_ kind: OfficialDocumentKind, in events: [Event]) -> Event? {
        switch kind {
        case .minutes: nil
        case .decision: events.last { if case .decided = $0.change { true } else { false } }
        case .conclusion: events.last { if case .concluded = $0.change { true } else { false } }
        }
    }

    /// The head's title a "KT." line names: the delegating head's position; for an officer
    /// in charge (the post vacant), their own position without "Phó ", or the usual title
    /// of the unit (`SignatureBlock.usualHeadTitle`).
    static func headTitle(for acting: Acting, signer: Officer?, org: Organization) -> String {
        if let head = acting.head.flatMap({ org.officer($0) }), !head.position.isEmpty { return head.position }
        if let own = signer?.position, own.lowercased().hasPrefix("phó ") {
            let rest = own.dropFirst(4)
            return rest.prefix(1).uppercased() + rest.dropFirst()
        }
        return SignatureBlock.usualHeadTitle(of: org.unit(acting.unitID))
    }

    /// Rewrites the signature block when the signing event was taken on a delegation or
    /// an appointment.
    static func signForTheHead(_ doc: inout OfficialDocument, _ kind: OfficialDocumentKind, events: [Event], org: Organization) {
        guard let event = signingEvent(kind, in: events), let acting = event.actor.acting else { return }
        let signer = org.officer(event.actor.login)
        let block = SignatureBlock.make(signer: signer?.position ?? "", name: signer?.name ?? event.actor.login, unit: org.unit(acting.unitID),
                                        collective: !doc.signatureOnBehalfOf.isEmpty,
                                        forHead: headTitle(for: acting, signer: signer, org: org))
        sign(&doc, block)
    }

    /// Puts `block` in the document, its stored parts marked (`s`).
    static func sign(_ doc: inout OfficialDocument, _ block: SignatureBlock) {
        doc.signatureOnBehalfOf = block.onBehalfOf
        doc.signatureAuthority = block.authority.isEmpty ? "" : s(block.authority)
        doc.signaturePosition = s(block.position)
        doc.signerName = s(block.name)
    }

    /// The thẩm quyền ban hành under a decision's title: the collective body's name for its
    /// act ("Ủy ban nhân dân phường Uông Bí"), else the head's title and the unit's name
    /// ("Trạm trưởng Trạm Y tế phường Uông Bí"), the unit named once.
    static func issuingAuthority(_ unitID: String, org: Organization, signer: Officer?, collective: Bool) -> String {
        let unitName = org.unit(unitID)?.name ?? unitID
        return collective ? unitName : SignatureBlock.authorityLine(title: unitHeadTitle(unitID, org: org, signer: signer), unit: unitName)
    }

    /// The head's title of a unit: its head's, else the title a deputy signer stands in
    /// for ("Phó Trưởng phòng" → "Trưởng phòng"), else the usual one of the unit's kind.
    static func unitHeadTitle(_ unitID: String, org: Organization, signer: Officer?) -> String {
        let unit = org.unit(unitID)
        if let head = org.head(of: unitID), !head.position.isEmpty { return SignatureBlock.title(of: head.position, in: unit) }
        if let own = signer.map({ SignatureBlock.title(of: $0.position, in: unit) }), own.lowercased().hasPrefix("phó ") {
            let rest = own.dropFirst(4)
            return rest.prefix(1).uppercased() + rest.dropFirst()
        }
        return SignatureBlock.usualHeadTitle(of: unit)
    }

    /// "Trưởng phòng" → "trưởng phòng" inside a sentence; the rest as written ("Chánh Văn phòng").
    static func lowerFirst(_ text: String) -> String { text.prefix(1).lowercased() + text.dropFirst() }
}
