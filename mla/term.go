package mla

import (
	"strconv"

	"github.com/treatyrules/cybercrime/convention"
)

// Term is the decision vocabulary of the package: every test a decision
// asks, every ground of refusal (or other optional course), every duty and
// every violation, each with the paragraph it comes from. Members are
// declared in the order of the text; [Term.Describe] returns each one's
// table entry. The zero Term is TermUnknown and describes nothing.
//
// Tests double as the facts a decision may need: a test whose answer is a
// State's judgement (a [convention.Judgement] input) is listed in
// Result.Needed while that judgement is unassessed.
type Term uint8

// The terms, in the order of the text. The Cooperation art., para. 3 terms
// come first because that article precedes this one. Each constant's kind,
// paragraph, name and words are in its Describe entry; the prefix says the
// kind: Test (a question, often a State's judgement), Ground (a ground of
// refusal or another optional course), Duty and Violation.
const (
	TermUnknown Term = iota

	// Cooperation art., para. 3 (non-discrimination), applied through
	// convention.EvaluateNonDiscrimination.
	TestDiscrimination
	GroundDiscrimination

	// Para. 1: scope.
	TestEstablished
	TestElectronic
	TestSerious
	DutyWidestMeasure
	// Para. 2: legal persons.
	TestLegalPerson
	DutyFullestExtent
	// Para. 3: purposes that carry their own conditions.
	TestTrafficData
	GroundTrafficData
	TestContentData
	GroundContentData
	TestOtherAssistance
	GroundOtherAssistance
	// Para. 4: electronic evidence of serious offences.
	DutyElectronicEvidence
	// Para. 5: spontaneous transmission.
	TestMayAssist
	// Para. 6: confidentiality of spontaneous information.
	TestRestricted
	TestWithinRestrictions
	TestExculpatory
	TestAdvanceNoticePossible
	DutyRespectRestrictions
	DutyNotifyDisclosure
	DutyInformDisclosure
	ViolationRestrictions
	ViolationDisclosureNotice
	// Para. 8: bank secrecy.
	TestBankSecrecy
	GroundBankSecrecy
	ViolationBankSecrecy
	// Para. 9: which regime governs.
	TestTreatyBound
	TestArticleInLieu
	// Para. 10: dual criminality, de minimis, other provisions.
	TestDualCriminality
	TestDeMinimis
	TestOtherProvisions
	GroundDualCriminality
	GroundDeMinimis
	GroundOtherProvisions
	// Para. 11: transfer of detained persons.
	TestDetained
	TestTransferPurpose
	TestConsent
	TestAuthoritiesAgree
	// Para. 12: duties of the receiving State.
	TestCustodyWaived
	DutyKeepCustody
	DutyReturn
	DutyNoExtradition
	DutyCredit
	// Para. 13: protection of the transferred person.
	TestSendingAgreed
	TestReturnedToSending
	DutyTransferProtection
	// Para. 14: central authority and channels.
	TestDesignated
	TestChannel
	DutyDesignate
	// Para. 15: form and language.
	TestWriting
	TestOralAllowed
	TestLanguage
	TestAuthenticity
	DutyConfirmInWriting
	// Para. 16: contents.
	TestContents
	// Para. 17: additional information.
	TestMoreInformation
	GroundMoreInformation
	// Para. 18: execution.
	TestProcedureSpecified
	TestProcedureLawful
	TestProcedurePossible
	DutyExecuteDomesticLaw
	DutyFollowProcedure
	// Para. 19: video conference.
	TestHeardInTerritory
	TestAppearanceImpracticable
	TestVideoPrinciples
	TestRequestingConducts
	// Para. 20: use of evidence furnished.
	TestOtherProceedings
	TestConsentToUse
	TestExculpatoryEvidence
	TestEvidenceNoticePossible
	TestConsultationAsked
	DutyNotifyEvidence
	DutyConsultEvidence
	DutyInformEvidence
	ViolationNoConsent
	ViolationEvidenceNotice
	// Para. 21: confidentiality of the request.
	TestConfidentialityRequired
	TestCanKeepConfidential
	DutyKeepConfidential
	DutyInformConfidentiality
	ViolationConfidentiality
	// Para. 22: grounds of refusal.
	TestConformity
	GroundNonConformity
	TestEssentialInterests
	GroundEssentialInterests
	TestDomesticProhibition
	GroundDomesticProhibition
	TestDisproportionate
	GroundDisproportionate
	TestLegalSystem
	GroundLegalSystem
	// Para. 23: fiscal matters.
	TestFiscal
	GroundFiscal
	ViolationFiscalSole
	// Para. 24: reasons.
	DutyReasons
	ViolationNoReasons
	// Para. 25: speed and progress.
	TestDeadline
	DutyExecuteSoon
	DutyDeadline
	DutyProgress
	DutyInformNoLongerRequired
	// Para. 26: postponement.
	TestInterferes
	GroundPostpone
	ViolationPostponeNoGround
	// Para. 27: consultation.
	DutyConsult
	ViolationNoConsultation
	ViolationConditionsNoGround
	DutyComplyConditions
	// Para. 28: safe conduct.
	TestInTerritory
	TestPeriodElapsed
	TestRemained
	TestReturnedFreely
	DutySafeConduct
	// Para. 29: costs.
	TestCostsAgreed
	TestSubstantialCosts
	DutyBearCosts
	DutyConsultCosts
	// Para. 30: government records.
	TestPublicRecord
	DutyProvidePublic
	GroundNonPublic
	// Para. 1 again, as the duty a refusal without ground breaches.
	ViolationNoGround

	// Joint investigations art.
	TestJointAgreement
	TestCaseAgreement
	TestSovereignty
	DutySovereignty

	numTerms
)

func mla(p int) convention.Citation { return convention.Cite(convention.ArtMLA, p) }
func mlaPoint(p int, r rune) convention.Citation {
	return convention.CitePoint(convention.ArtMLA, p, r)
}

var (
	citeCoop3 = convention.Cite(convention.ArtCooperation, 3)
	citeJoint = convention.Cite(convention.ArtJointInvestigations, 0)
)

func test(c convention.Citation, name, text, uses string) convention.Description {
	return convention.Description{Kind: convention.KindTest, Cite: c, Name: name, Text: text, Uses: uses}
}

func ground(c convention.Citation, name, text string) convention.Description {
	return convention.Description{Kind: convention.KindGround, Cite: c, Name: name, Text: text, Optional: true}
}

func duty(c convention.Citation, name, text string) convention.Description {
	return convention.Description{Kind: convention.KindDuty, Cite: c, Name: name, Text: text}
}

func violation(c convention.Citation, name, text string) convention.Description {
	return convention.Description{Kind: convention.KindViolation, Cite: c, Name: name, Text: text}
}

var terms = [numTerms]convention.Description{
	TestDiscrimination: test(citeCoop3, "discrimination-belief",
		"Has the requested State substantial grounds for believing the request was made to prosecute or punish a person on account of sex, race, religion, nationality, ethnic origin or political opinions, or that compliance would prejudice the person's position for one of those reasons?",
		"Facts.Discrimination.Belief"),
	GroundDiscrimination: ground(citeCoop3, "discrimination",
		"No obligation to assist: substantial grounds for believing the request is discriminatory or would prejudice the person's position on a listed ground"),

	TestEstablished: test(mla(1), "offence-established",
		"Does the request relate to an offence established under the Convention?", "Request.Offence.Established"),
	TestElectronic: test(mla(1), "electronic-evidence",
		"Is the assistance sought the collection of evidence in electronic form?", "Request.ElectronicEvidence, Request.Purposes"),
	TestSerious: test(mla(1), "serious-offence",
		"Is the offence a serious criminal offence (maximum deprivation of liberty of at least four years)?", "Request.Offence.MaxPenalty"),
	DutyWidestMeasure: duty(mla(1), "widest-measure",
		"Afford the widest measure of mutual legal assistance in the proceedings on the offence"),
	TestLegalPerson: test(mla(2), "legal-person-liable",
		"May a legal person be held liable for the offence, established under the Convention, in the requesting State in accordance with the Convention's article on liability of legal persons?", "Request.Offence.Established, Request.LegalPersonLiable"),
	DutyFullestExtent: duty(mla(2), "fullest-extent",
		"Afford assistance to the fullest extent possible under the requested State's relevant laws, treaties, agreements and arrangements"),

	TestTrafficData: test(mlaPoint(3, 'e'), "traffic-data-available",
		"Would real-time collection of traffic data be available in a similar domestic case of the requested State?", "Facts.TrafficDataAvailable"),
	TestContentData: test(mlaPoint(3, 'f'), "content-data-permitted",
		"Do the applicable treaties and domestic laws permit collecting or recording the content data?", "Facts.ContentDataPermitted"),
	TestOtherAssistance: test(mlaPoint(3, 'm'), "other-assistance-lawful",
		"Is the other type of assistance sought not contrary to the requested State's domestic law?", "Facts.OtherAssistanceLawful"),
	GroundTrafficData: ground(mlaPoint(3, 'e'), "traffic-data-unavailable",
		"Real-time collection of traffic data would not be available in a similar domestic case of the requested State"),
	GroundContentData: ground(mlaPoint(3, 'f'), "content-data-not-permitted",
		"Collecting or recording the content data is not permitted under the applicable treaties and domestic laws"),
	GroundOtherAssistance: ground(mlaPoint(3, 'm'), "other-assistance-contrary",
		"The other type of assistance sought is contrary to the requested State's domestic law"),
	DutyElectronicEvidence: duty(mla(4), "assist-electronic-evidence",
		"Afford assistance for the collection of evidence in electronic form of a serious criminal offence"),

	TestMayAssist: test(mla(5), "could-assist",
		"Does the transmitting authority believe the information could assist inquiries or proceedings, or could result in a request?", "Spontaneous.CouldAssist"),
	TestRestricted: test(mla(6), "restricted",
		"Did the transmitting authority ask that the information remain confidential, or restrict its use?", "Spontaneous.Confidential, Spontaneous.Restricted"),
	TestWithinRestrictions: test(mla(6), "within-restrictions",
		"Does the proposed use respect the confidentiality and restrictions asked for?", "Use.WithinRestrictions"),
	TestExculpatory: test(mla(6), "exculpatory-disclosure",
		"Is the use a disclosure, in the receiving State's proceedings, of information exculpatory to an accused person?", "Use.Disclosure, Use.Exculpatory"),
	TestAdvanceNoticePossible: test(mla(6), "advance-notice-possible",
		"Is advance notice of the disclosure possible (not an exceptional case)?", "Use.AdvanceNoticePossible"),
	DutyRespectRestrictions: duty(mla(6), "respect-restrictions",
		"Comply with the request that the information remain confidential or with the restrictions on its use"),
	DutyNotifyDisclosure: duty(mla(6), "notify-disclosure-in-advance",
		"Notify the transmitting State in advance of the intended disclosure"),
	DutyInformDisclosure: duty(mla(6), "inform-disclosure-without-delay",
		"Inform the transmitting State of the disclosure without delay (advance notice not possible in an exceptional case)"),
	ViolationRestrictions: violation(mla(6), "restrictions-not-respected",
		"Spontaneously transmitted information was used or disclosed against the confidentiality or the restrictions on use asked for, other than by disclosing exculpatory information in the receiving State's proceedings"),
	ViolationDisclosureNotice: violation(mla(6), "disclosure-not-notified",
		"The transmitting State was not notified in advance of the exculpatory disclosure, advance notice being possible, or, in an exceptional case where it was not, was not informed of it without delay"),

	TestBankSecrecy: test(mla(8), "bank-secrecy-at-stake",
		"Is bank secrecy at stake in the request?", "Facts.BankSecrecy"),
	GroundBankSecrecy: ground(mla(8), "bank-secrecy",
		"Bank secrecy (never a ground for declining assistance)"),
	ViolationBankSecrecy: violation(mla(8), "declined-for-bank-secrecy",
		"Assistance declined on the ground of bank secrecy"),

	TestTreatyBound: test(mla(9), "treaty-bound",
		"Are the States bound by a treaty of mutual legal assistance?", "Profile.Treaty"),
	TestArticleInLieu: test(mla(9), "article-in-lieu",
		"Have the States agreed to apply paragraphs 10 to 30 in lieu of the treaty?", "Profile.ArticleInLieu"),

	TestDualCriminality: test(mla(10), "dual-criminality",
		"Is the conduct underlying the offence a criminal offence under the laws of both States?", "Request.Offence.Conduct, Facts.Requested.Criminal"),
	TestDeMinimis: test(mla(10), "is-de-minimis",
		"Does the request involve a matter of a de minimis nature?", "Facts.DeMinimis"),
	TestOtherProvisions: test(mla(10), "is-available-otherwise",
		"Is the cooperation or assistance sought available under other provisions of the Convention?", "Facts.OtherProvisions"),
	GroundDualCriminality: ground(mla(10), "no-dual-criminality",
		"Absence of dual criminality (the requested State may nonetheless assist, to the extent it decides at its discretion)"),
	GroundDeMinimis: ground(mla(10), "de-minimis",
		"The request involves a matter of a de minimis nature"),
	GroundOtherProvisions: ground(mla(10), "available-otherwise",
		"The assistance sought is available under other provisions of the Convention"),

	TestDetained: test(mla(11), "detained",
		"Is the person detained or serving a sentence in the territory of the sending State?", "Transfer.Detained"),
	TestTransferPurpose: test(mla(11), "transfer-purpose",
		"Is the person's presence requested for identification, testimony or otherwise providing assistance in obtaining evidence, in proceedings on an offence established under the Convention?", "Transfer.Purpose, Transfer.Offence"),
	TestConsent: test(mlaPoint(11, 'a'), "informed-consent",
		"Does the person freely give his or her informed consent?", "Transfer.Consent"),
	TestAuthoritiesAgree: test(mlaPoint(11, 'b'), "authorities-agree",
		"Do the competent authorities of both States agree?", "Transfer.AuthoritiesAgree"),
	TestCustodyWaived: test(mlaPoint(12, 'a'), "custody-waived",
		"Has the sending State requested or authorized that the person not be kept in custody?", "Transfer.CustodyWaived"),
	DutyKeepCustody: duty(mlaPoint(12, 'a'), "keep-in-custody",
		"The receiving State keeps the person transferred in custody"),
	DutyReturn: duty(mlaPoint(12, 'b'), "return-without-delay",
		"The receiving State returns the person to the sending State's custody without delay, as agreed"),
	DutyNoExtradition: duty(mlaPoint(12, 'c'), "no-extradition-for-return",
		"The receiving State does not require the sending State to initiate extradition proceedings for the return"),
	DutyCredit: duty(mlaPoint(12, 'd'), "credit-time-served",
		"The person receives credit, against the sentence served in the sending State, for time in the receiving State's custody"),
	TestSendingAgreed: test(mla(13), "sending-state-agreed",
		"Has the sending State agreed that the person may be prosecuted, detained, punished or restricted for prior acts?", "Stay.SendingAgreed"),
	TestReturnedToSending: test(mla(13), "returned-to-sending-state",
		"Has the person been returned to the sending State?", "Stay.Departed"),
	DutyTransferProtection: duty(mla(13), "transfer-protection",
		"Do not prosecute, detain, punish or restrict the personal liberty of the transferred person for acts, omissions or convictions prior to departure from the sending State"),

	TestDesignated: test(mla(14), "central-authority-designated",
		"Has the requested State designated a central authority?", "Profile.CentralAuthority"),
	TestChannel: test(mla(14), "channel",
		"Was the request transmitted to the central authority, through diplomatic channels where the requested State requires them, or through INTERPOL in urgent circumstances where the States agree?",
		"Request.Channel, Request.Urgent, Profile.Diplomatic, Profile.Interpol"),
	DutyDesignate: duty(mla(14), "designate-central-authority",
		"The requested State designates a central authority and notifies the Secretary-General"),
	TestWriting: test(mla(15), "written",
		"Is the request made in writing or by a means capable of producing a written record?", "Request.Form"),
	TestOralAllowed: test(mla(15), "oral-allowed",
		"Is the oral request made in urgent circumstances, where the States agreed?", "Request.Form, Request.Urgent, Profile.Oral"),
	TestLanguage: test(mla(15), "language",
		"Is the request in a language the requested State notified as acceptable?", "Request.Language, Profile.Languages"),
	TestAuthenticity: test(mla(15), "authenticity",
		"Is the request made under conditions allowing the requested State to establish authenticity?", "Facts.Authenticity"),
	DutyConfirmInWriting: duty(mla(15), "confirm-in-writing",
		"The requesting State confirms the oral request in writing forthwith"),

	TestContents: test(mla(16), "contents-complete",
		"Does the request contain what paragraph 16 requires: the requesting authority; the subject matter and nature of the proceeding and the name and functions of the authority conducting it; a summary of the facts (except for service of documents only); the assistance sought; as appropriate, the persons, items or accounts concerned; and the purpose?",
		"Request.Contents, Request.Offence.Conduct"),

	TestMoreInformation: test(mla(17), "more-information",
		"Does additional information appear necessary for execution under domestic law, or could it facilitate execution?", "Facts.MoreInformation"),
	GroundMoreInformation: ground(mla(17), "request-more-information",
		"The requested State may request additional information"),

	TestProcedureSpecified: test(mla(18), "procedure-specified",
		"Does the request specify a particular procedure?", "Request.Procedure"),
	TestProcedureLawful: test(mla(18), "procedure-not-contrary",
		"Is the specified procedure not contrary to the requested State's domestic law?", "Facts.ProcedureLawful"),
	TestProcedurePossible: test(mla(18), "procedure-possible",
		"Is it possible to follow the specified procedure?", "Facts.ProcedurePossible"),
	DutyExecuteDomesticLaw: duty(mla(18), "execute-under-domestic-law",
		"Execute the request in accordance with the requested State's domestic law"),
	DutyFollowProcedure: duty(mla(18), "follow-specified-procedure",
		"Follow the procedures specified in the request"),

	TestHeardInTerritory: test(mla(19), "witness-in-territory",
		"Is the individual in the requested State's territory, to be heard as a witness or expert by the requesting State's judicial authorities, and has the requesting State asked for a hearing by video conference?", "Hearing.Role, Hearing.InTerritory, Hearing.AskedFor"),
	TestAppearanceImpracticable: test(mla(19), "appearance-impracticable",
		"Is it not possible or not desirable for the individual to appear in person in the requesting State?", "Hearing.AppearanceImpracticable"),
	TestVideoPrinciples: test(mla(19), "video-possible",
		"Is a hearing by video conference possible and consistent with fundamental principles of the requested State's domestic law?", "Hearing.Possible"),
	TestRequestingConducts: test(mla(19), "requesting-conducts",
		"Have the States agreed that a judicial authority of the requesting State conducts the hearing?", "Hearing.RequestingConducts"),

	TestOtherProceedings: test(mla(20), "other-proceedings",
		"Is the information or evidence to be transmitted or used for proceedings other than those stated in the request?", "Use.OtherProceedings"),
	TestConsentToUse: test(mla(20), "prior-consent",
		"Has the requested State given its prior consent?", "Use.Consent"),
	TestExculpatoryEvidence: test(mla(20), "exculpatory-evidence-disclosure",
		"Is the use a disclosure, in the requesting State's proceedings, of information or evidence exculpatory to an accused person?", "Use.Disclosure, Use.Exculpatory"),
	TestEvidenceNoticePossible: test(mla(20), "prior-notice-possible",
		"Is notice prior to the disclosure possible (not an exceptional case)?", "Use.AdvanceNoticePossible"),
	TestConsultationAsked: test(mla(20), "consultation-requested",
		"Has the requested State asked to be consulted?", "Use.ConsultationRequested"),
	DutyNotifyEvidence: duty(mla(20), "notify-before-disclosure",
		"Notify the requested State prior to the disclosure"),
	DutyConsultEvidence: duty(mla(20), "consult-on-disclosure",
		"Consult with the requested State on the disclosure, as it requested"),
	DutyInformEvidence: duty(mla(20), "inform-evidence-disclosure-without-delay",
		"Inform the requested State of the disclosure without delay (advance notice not possible in an exceptional case)"),
	ViolationNoConsent: violation(mla(20), "used-without-consent",
		"Information or evidence furnished was transmitted or used for proceedings other than those stated in the request without the requested State's prior consent, other than by disclosing exculpatory information or evidence"),
	ViolationEvidenceNotice: violation(mla(20), "evidence-disclosure-not-notified",
		"The requested State was not notified prior to the exculpatory disclosure, advance notice being possible, or not consulted as it requested, or, in an exceptional case where advance notice was not possible, not informed of the disclosure without delay"),

	TestConfidentialityRequired: test(mla(21), "confidentiality-required",
		"Has the requesting State required that the fact and substance of the request be kept confidential?", "Request.Confidential"),
	TestCanKeepConfidential: test(mla(21), "can-keep-confidential",
		"Can the requested State comply with the requirement of confidentiality?", "Facts.CanKeepConfidential"),
	DutyKeepConfidential: duty(mla(21), "keep-request-confidential",
		"Keep confidential the fact and substance of the request, except to the extent necessary to execute it"),
	DutyInformConfidentiality: duty(mla(21), "inform-confidentiality",
		"Promptly inform the requesting State that the requirement of confidentiality cannot be complied with"),
	ViolationConfidentiality: violation(mla(21), "confidentiality-not-reported",
		"The requesting State was not promptly informed that confidentiality cannot be kept"),

	TestConformity: test(mlaPoint(22, 'a'), "conformity",
		"Is the request made in conformity with the provisions of the article (contents, form, language and channel)?", "Request.Contents, Request.Form, Request.Language, Request.Channel, Profile, Facts.Authenticity"),
	TestEssentialInterests: test(mlaPoint(22, 'b'), "prejudice-to-essential-interests",
		"Does the requested State consider that execution is likely to prejudice its sovereignty, security, ordre public or other essential interests?", "Facts.EssentialInterests"),
	TestDomesticProhibition: test(mlaPoint(22, 'c'), "prohibited-domestically",
		"Would the requested State's authorities be prohibited by its domestic law from carrying out the action for any similar offence under their own jurisdiction?", "Facts.DomesticProhibition"),
	TestDisproportionate: test(mlaPoint(22, 'd'), "is-disproportionate",
		"Is the request disproportionate to the offence under investigation or prosecution?", "Facts.Disproportionate"),
	TestLegalSystem: test(mlaPoint(22, 'e'), "is-contrary-to-legal-system",
		"Would granting the request be contrary to the requested State's legal system relating to mutual legal assistance?", "Facts.ContraryToLegalSystem"),
	GroundNonConformity: ground(mlaPoint(22, 'a'), "non-conformity",
		"The request is not made in conformity with the provisions of the article"),
	GroundEssentialInterests: ground(mlaPoint(22, 'b'), "essential-interests",
		"Execution is likely to prejudice the requested State's sovereignty, security, ordre public or other essential interests"),
	GroundDomesticProhibition: ground(mlaPoint(22, 'c'), "domestic-prohibition",
		"The requested State's domestic law would prohibit the action requested with regard to any similar offence"),
	GroundDisproportionate: ground(mlaPoint(22, 'd'), "disproportionate",
		"The request is disproportionate to the offence"),
	GroundLegalSystem: ground(mlaPoint(22, 'e'), "contrary-to-legal-system",
		"Granting the request would be contrary to the requested State's legal system relating to mutual legal assistance"),

	TestFiscal: test(mla(23), "involves-fiscal-matters",
		"Is the offence also considered to involve fiscal matters?", "Facts.Fiscal"),
	GroundFiscal: ground(mla(23), "fiscal-matters",
		"The offence also involves fiscal matters (never a ground on its own)"),
	ViolationFiscalSole: violation(mla(23), "refused-on-fiscal-ground-alone",
		"Request refused on the sole ground that the offence also involves fiscal matters"),

	DutyReasons: duty(mla(24), "give-reasons",
		"Give reasons for any refusal"),
	ViolationNoReasons: violation(mla(24), "no-reasons",
		"Refusal without reasons"),

	TestDeadline: test(mla(25), "reasoned-deadline",
		"Has the requesting State suggested a deadline and given reasons for it?", "Request.Deadline, Request.DeadlineReasons"),
	DutyExecuteSoon: duty(mla(25), "execute-as-soon-as-possible",
		"Execute the request as soon as possible"),
	DutyDeadline: duty(mla(25), "account-for-deadline",
		"Take as full account as possible of the deadline suggested, for which reasons are given"),
	DutyProgress: duty(mla(25), "answer-progress-requests",
		"Respond to reasonable requests on the progress of the handling of the request"),
	DutyInformNoLongerRequired: duty(mla(25), "inform-no-longer-required",
		"The requesting State promptly informs the requested State when the assistance sought is no longer required"),

	TestInterferes: test(mla(26), "interferes-with-proceedings",
		"Does assistance interfere with an ongoing investigation, prosecution or other proceeding?", "Facts.InterferesOngoing"),
	GroundPostpone: ground(mla(26), "postpone",
		"Postpone: assistance interferes with an ongoing investigation, prosecution or other proceeding"),
	ViolationPostponeNoGround: violation(mla(26), "postponed-without-ground",
		"Execution postponed though assistance does not interfere with an ongoing investigation, prosecution or proceeding"),

	DutyConsult: duty(mla(27), "consult-before-refusing",
		"Before refusing under paragraph 22 or postponing under paragraph 26, consult the requesting State on whether assistance may be granted on terms and conditions"),
	ViolationNoConsultation: violation(mla(27), "no-prior-consultation",
		"Refused under paragraph 22, or postponed, without first consulting the requesting State"),
	ViolationConditionsNoGround: violation(mla(27), "conditions-without-ground",
		"Assistance made subject to conditions though no ground of refusal or postponement is available"),
	DutyComplyConditions: duty(mla(27), "comply-with-conditions",
		"The requesting State, having accepted assistance subject to the conditions, complies with them"),

	TestInTerritory: test(mla(28), "in-territory",
		"Is the person, having consented to assist at the requesting State's request, in its territory?", "Stay.Arrived"),
	TestPeriodElapsed: test(mla(28), "period-elapsed",
		"Has the person had, since being officially informed that presence is no longer required, the consecutive days (fifteen, or the agreed period) with an opportunity of leaving?",
		"Stay.Informed, Stay.AgreedDays, Stay.Unable"),
	TestRemained: test(mla(28), "remained",
		"Has the person nevertheless remained voluntarily in the requesting State's territory?", "Stay.Departed"),
	TestReturnedFreely: test(mla(28), "returned-freely",
		"Having left the territory, has the person returned of his or her own free will?", "Stay.Returned, Stay.ReturnVoluntary"),
	DutySafeConduct: duty(mla(28), "safe-conduct",
		"Do not prosecute, detain, punish or restrict the person's liberty for acts, omissions or convictions prior to departure from the requested State"),

	TestCostsAgreed: test(mla(29), "costs-agreed-otherwise",
		"Have the States agreed otherwise on the ordinary costs?", "Facts.CostsAgreedOtherwise"),
	TestSubstantialCosts: test(mla(29), "substantial-costs",
		"Are or will expenses of a substantial or extraordinary nature be required?", "Facts.SubstantialCosts"),
	DutyBearCosts: duty(mla(29), "bear-ordinary-costs",
		"The requested State bears the ordinary costs of executing the request"),
	DutyConsultCosts: duty(mla(29), "consult-on-costs",
		"Consult on the terms and conditions of execution, whether it can be executed, and how the costs are borne"),

	TestPublicRecord: test(mlaPoint(30, 'a'), "public-record",
		"Are the government records, documents or information sought available to the general public under the requested State's domestic law?", "Request.GovernmentRecords, Facts.RecordsPublic"),
	DutyProvidePublic: duty(mlaPoint(30, 'a'), "provide-public-records",
		"Provide copies of the government records, documents or information available to the general public"),
	GroundNonPublic: ground(mlaPoint(30, 'b'), "non-public-discretion",
		"Provide non-public government records at discretion: in whole, in part or subject to conditions, or not at all"),

	ViolationNoGround: violation(mla(1), "refused-without-ground",
		"Refusal or conditions with no available ground, against the duty to afford assistance"),

	TestJointAgreement: test(citeJoint, "joint-agreement",
		"Have the States concluded an agreement or arrangement under which joint investigative bodies may be established?", "Joint.Agreement"),
	TestCaseAgreement: test(citeJoint, "case-agreement",
		"Have the States agreed, for this case, to undertake a joint investigation?", "Joint.CaseAgreement"),
	TestSovereignty: test(citeJoint, "sovereignty-respected",
		"Is the sovereignty of the State in whose territory the investigation is to take place fully respected?", "Joint.SovereigntyRespected"),
	DutySovereignty: duty(citeJoint, "respect-sovereignty",
		"Ensure that the sovereignty of the State in whose territory the investigation takes place is fully respected"),
}

// Describe returns the term's table entry: kind, citation, name and text;
// the zero Description for TermUnknown or an undeclared value.
func (t Term) Describe() convention.Description {
	if t < numTerms {
		return terms[t]
	}
	return convention.Description{}
}

// String returns the term's name, prefixed by its kind ("ground:
// essential-interests"), or Term(n) for an undeclared value.
func (t Term) String() string {
	if t > TermUnknown && t < numTerms {
		return terms[t].Kind.String() + ":" + terms[t].Name
	}
	return "Term(" + strconv.Itoa(int(t)) + ")"
}

// Terms returns every declared term, in the order of the text.
func Terms() []Term { return convention.TermsOf[Term]() }

// Set is a set of terms (grounds invoked, duties, ...). The zero Set is
// empty.
type Set = convention.Set[Term]

// refusalGrounds are the grounds on which the requested State may refuse
// all or part of the request (as opposed to the optional courses of
// postponing and asking for more information, and the barred grounds).
// Declining to provide non-public government records (para. 30(b), "May,
// at its discretion, provide ... in whole, in part or subject to such
// conditions") is among them: it refuses that part of the assistance.
var refusalGrounds = convention.SetOf(
	GroundDiscrimination,
	GroundTrafficData, GroundContentData, GroundOtherAssistance,
	GroundDualCriminality, GroundDeMinimis, GroundOtherProvisions,
	GroundNonConformity, GroundEssentialInterests, GroundDomesticProhibition, GroundDisproportionate, GroundLegalSystem,
	GroundNonPublic,
)

// para22Grounds are the grounds of para. 22, before which para. 27 requires
// consultation.
var para22Grounds = convention.SetOf(
	GroundNonConformity, GroundEssentialInterests, GroundDomesticProhibition, GroundDisproportionate, GroundLegalSystem,
)

// barredGrounds are the grounds the text excludes: bank secrecy (para. 8)
// and fiscal matters as the sole ground (para. 23).
var barredGrounds = convention.SetOf(GroundBankSecrecy, GroundFiscal)

// RefusalGrounds returns the set of grounds on which a refusal may rest
// (Cooperation art., para. 3; MLA art., paras. 3(e), (f), (m), 10, 22 and
// 30(b)).
func RefusalGrounds() Set { return refusalGrounds }

// BarredGrounds returns the grounds the text excludes: bank secrecy (para.
// 8) and fiscal matters as the sole ground (para. 23).
func BarredGrounds() Set { return barredGrounds }
