/// Packing v1's frozen dictionaries (docs/CHAIN.md, "Packing"): for each event kind, the
/// skeleton of its payload (every string emptied, every array cut to its first element, keys
/// sorted), taken once from a 10k demo. **Never edit**: every packed row depends on these
/// bytes. A later dictionary is a new packing number with its own table. `docs/packing-v1.json`
/// is generated from this table (`PackingTests` fails when they differ).
enum PackingDictionaryV1 {
    static let skeletons: [String: String] = [
        "appointment_made": #"{"appointmentMade":{"appointment":{"appointedBy":"","date":"","number":"","officer":"","unitID":""}}}"#,
        "appointment_revoked": #"{"appointmentRevoked":{"day":"","number":""}}"#,
        "attachment_added": #"{"mediaType":"","name":"","number":1,"proposalID":"","sha256":"","size":413}"#,
        "attendance_recorded": #"{"attendanceRecorded":{"attendance":[{"member":"","present":true,"reason":""}],"by":"","stage":""}}"#,
        "ballot_cast": #"{"ballotCast":{"ballot":{"comment":"","day":"","inFavour":true,"member":"","recordedBy":""}}}"#,
        "briefing_recorded": #"{"briefingRecorded":{"briefing":{"attendees":[""],"day":"","id":"","notes":"","presenter":"","recordedBy":"","textIDs":[""],"unitID":""}}}"#,
        "checklist_filled": #"{"checklistFilled":{"answers":[{"comment":"","itemID":"","verdict":""}],"member":""}}"#,
        "closed": #"{"closed":{"day":""}}"#,
        "concluded": #"{"concluded":{"conclusion":{"consequence":"","day":"","number":"","text":""}}}"#,
        "created": #"{"created":{"dossier":{"bottleneck":"","content":"","endDate":"","expectedEffect":"","feasibility":"","field":"","implementers":"","legalBasis":"","necessity":"","negativeImpact":"","positiveImpact":"","resources":{"equipment":"","fundingVND":51000000,"people":""},"scope":"","selfCheck":[{"comment":"","itemID":"","verdict":""}],"startDate":"","targets":[{"description":"","measure":""}],"title":""},"proposer":"","proposerIsManaging":false,"reviewingUnitID":"","unitID":""}}"#,
        "database_created": #"{"databaseCreated":{"administrator":"","demo":true}}"#,
        "decided": #"{"decided":{"decision":{"day":"","kind":"","number":"","reasons":"","responsibilityStatement":"","signedBy":"","tally":{"basis":"","eligible":[""],"headLogin":"","headVote":true,"no":[""],"recused":[""],"yes":[""]}}}}"#,
        "delegation_granted": #"{"delegationGranted":{"delegation":{"date":"","deputy":"","from":"","head":"","number":"","steps":[""],"unitID":"","until":""}}}"#,
        "difficulty_answered": #"{"difficultyAnswered":{"answer":{"by":"","day":"","text":""},"reportID":""}}"#,
        "difficulty_escalated": #"{"difficultyEscalated":{"escalation":{"by":"","day":"","due":"","note":""},"reportID":""}}"#,
        "difficulty_filed": #"{"difficultyFiled":{"report":{"category":"","filedBy":"","filedOn":"","id":"","routedTo":"","status":"","text":"","unitID":""}}}"#,
        "difficulty_resolved": #"{"difficultyResolved":{"reportID":"","resolution":{"by":"","day":"","text":""}}}"#,
        "directive_issued": #"{"directiveIssued":{"directive":{"by":"","day":"","kind":"","reason":""}}}"#,
        "dossier_edited": #"{"dossierEdited":{"dossier":{"bottleneck":"","content":"","endDate":"","expectedEffect":"","feasibility":"","field":"","implementers":"","legalBasis":"","necessity":"","negativeImpact":"","positiveImpact":"","resources":{"equipment":"","fundingVND":17000000,"people":""},"scope":"","selfCheck":[{"comment":"","itemID":"","verdict":""}],"startDate":"","targets":[{"description":"","measure":""}],"title":""}}}"#,
        "evaluated": #"{"evaluated":{"evaluation":{"abuseFound":false,"damage":false,"damageDescription":"","damageEstimateVND":83000000,"day":"","excluded":[""],"findings":[{"holds":true,"kind":"","reason":""}],"memberForms":[""],"objectiveCauses":"","outcome":"","participants":[""],"results":[{"achieved":true,"result":"","target":0}],"subjectiveCauses":""}}}"#,
        "forwarded": #"{"forwarded":{"forwarding":{"letterDay":"","letterNumber":"","recordedBy":"","recordedOn":""}}}"#,
        "inspection_recorded": #"{"inspectionRecorded":{"inspection":{"day":"","findings":"","id":"","recommendations":[{"due":"","followUps":[],"number":1,"status":"","text":""}],"recordedBy":"","scope":"","unitID":""}}}"#,
        "measure_recorded": #"{"measureRecorded":{"measure":{"day":"","decidedBy":"","decisionNumber":"","kind":"","reason":"","recordedBy":""}}}"#,
        "meeting_opened": #"{"meetingOpened":{"meeting":{"attendance":[],"chair":"","convened":[""],"day":"","openedBy":"","openedOn":"","recused":[""],"stage":""}}}"#,
        "member_evaluated": #"{"memberEvaluated":{"record":{"form":{"abuseFound":false,"damage":false,"damageDescription":"","damageEstimateVND":49000000,"day":"","findings":[{"holds":true,"kind":"","reason":""}],"objectiveCauses":"","outcome":"","results":[{"achieved":true,"result":"","target":0}],"subjectiveCauses":""},"member":"","recordedBy":""}}}"#,
        "officer_saved": #"{"officerSaved":{"officer":{"isManaging":true,"login":"","name":"","position":"","unitID":""}}}"#,
        "out_of_scope": #"{"outOfScope":{"record":{"channel":"","day":"","ground":"","reasons":""}}}"#,
        "outcome_recorded": #"{"outcomeRecorded":{"outcome":{"decisionDay":"","decisionNumber":"","reasons":"","recordedBy":"","recordedOn":"","result":""}}}"#,
        "party_opinion": #"{"partyOpinion":{"opinion":{"committee":"","day":"","recordedBy":"","stage":"","stance":"","text":""}}}"#,
        "progress_noted": #"{"progressNoted":{"note":{"by":"","day":"","percent":60,"text":""}}}"#,
        "received": #"{"received":{"receipt":{"by":"","day":"","number":""}}}"#,
        "recommendation_followed_up": #"{"recommendationFollowedUp":{"followUp":{"by":"","day":"","note":"","status":""},"inspectionID":"","number":2}}"#,
        "reported": #"{"reported":{"report":{"by":"","day":"","results":[{"achieved":true,"result":"","target":0}],"summary":""}}}"#,
        "resourced": #"{"resourced":{"grant":{"day":"","equipment":"","fundingVND":56000000,"noneNeededReason":"","reassignment":"","staff":""}}}"#,
        "returned": #"{"returned":{"record":{"day":"","reasons":""}}}"#,
        "role_granted": #"{"roleGranted":{"grant":{"login":"","role":"","unitID":""}}}"#,
        "submitted": #"{"submitted":{"day":""}}"#,
        "text_acknowledged": #"{"textAcknowledged":{"acknowledgement":{"day":"","login":"","statement":"","textID":""}}}"#,
        "unit_saved": #"{"unitSaved":{"unit":{"id":"","kind":"","name":"","parentID":"","partyCommittee":"","symbol":""}}}"#,
        "withdrawn": #"{"withdrawn":{"day":"","reason":""}}"#,
    ]
}

extension PackingDictionaryV1 {
    /// v8-body-packing: the skeleton of a proposal's body, put before the created payload in
    /// the body's dictionary (BodyPacking.swift): every body of a 1,000-proposal demo merged
    /// (every key any of them has; strings emptied; arrays cut to one element holding every
    /// key of theirs; keys sorted), without the dossier (the created payload holds it) and
    /// with the checklists' map of logins cut to one empty login. 1,137 bytes a body on
    /// that demo against 1,386 with the created payload alone. **Never edit**, for the same
    /// reason.
    static let proposal = #"{"awaitingReceipt":false,"ballots":[{"comment":"","day":"","inFavour":true,"member":"","recordedBy":""}],"checklists":{"":[{"comment":"","itemID":"","verdict":""}]},"closedOn":"","conclusion":{"consequence":"","day":"","number":"","text":""},"createdAt":1765157703000,"decision":{"day":"","kind":"","number":"","reasons":"","responsibilityStatement":"","signedBy":"","tally":{"basis":"","eligible":[""],"headLogin":"","headVote":true,"no":[""],"present":[""],"recused":[""],"yes":[""]}},"directives":[{"by":"","day":"","kind":"","reason":""}],"evaluation":{"abuseFound":false,"damage":false,"damageDescription":"","damageEstimateVND":54000000,"day":"","excluded":[""],"findings":[{"holds":true,"kind":"","reason":""}],"memberForms":[""],"objectiveCauses":"","outcome":"","participants":[""],"results":[{"achieved":true,"result":"","target":0}],"subjectiveCauses":""},"forwarding":{"letterDay":"","letterNumber":"","recordedBy":"","recordedOn":""},"id":"","lastActor":"","measures":[{"day":"","decidedBy":"","decisionNumber":"","kind":"","reason":"","recordedBy":""}],"meetingRecords":[{"attendance":[{"member":"","present":true,"reason":""}],"attendanceBy":"","chair":"","convened":[""],"day":"","openedBy":"","openedOn":"","recused":[""],"stage":""}],"memberEvaluationRecords":[{"form":{"abuseFound":false,"damage":false,"damageDescription":"","damageEstimateVND":83000000,"day":"","findings":[{"holds":true,"kind":"","reason":""}],"objectiveCauses":"","outcome":"","results":[{"achieved":true,"result":"","target":0}],"subjectiveCauses":""},"member":"","recordedBy":""}],"outOfScope":{"channel":"","day":"","ground":"","reasons":""},"partyOpinions":[{"committee":"","day":"","recordedBy":"","stage":"","stance":"","text":""}],"progress":[{"by":"","day":"","percent":25,"text":""}],"proposer":"","proposerIsManaging":false,"provincialOutcome":{"decisionDay":"","decisionNumber":"","reasons":"","recordedBy":"","recordedOn":"","result":""},"receipts":[{"by":"","day":"","number":""}],"report":{"by":"","day":"","results":[{"achieved":true,"result":"","target":0}],"summary":""},"resources":{"day":"","equipment":"","fundingVND":56000000,"noneNeededReason":"","reassignment":"","staff":""},"returns":[{"day":"","reasons":""}],"reviewingUnitID":"","state":"","submittedOn":"","unitID":"","updatedAt":1773623939000,"version":30,"withdrawal":""}"#
}
