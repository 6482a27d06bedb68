package mla_test

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

// A request written on the OAS "Form for requesting mutual legal
// assistance in criminal matters" (the REMJA network's form), entered item
// by item without losing any that a decision depends on: the States and
// their central authorities, the legal basis (the Inter-American
// Convention and this Convention), the reference numbers, urgency and its
// reasons with a deadline, confidentiality, the authority conducting the
// proceeding, the summary of facts, each offence with its legal provision
// and penalty, the persons with their roles and nationality, the
// assistance requested and the procedure, the purpose, contacts,
// attachments and the translation.
func Example_oasForm() {
	req := mla.Request{
		// 1-3. Requesting and requested States; references.
		Requesting: convention.MustPartyID("ARG"), Requested: convention.MustPartyID("CHL"),
		Ref:  "AR-MJ-DAJI-2026-0815",               // central authority's reference
		Case: "Causa 4471/2026, Juzgado Federal 3", // requesting authority's file
		// 4. Legal basis.
		Basis: convention.LegalBasis{Invoked: []convention.LegalBasisKind{convention.BasisTreaty, convention.BasisConvention},
			Treaty: "Inter-American Convention on Mutual Assistance in Criminal Matters (Nassau, 1992)"},
		Contents: mla.Contents{
			// 5. Requesting authority (the central authority transmitting).
			RequestingAuthority: "Ministerio de Justicia y Derechos Humanos, Dirección de Asistencia Jurídica Internacional",
			// 6. Proceeding and the authority conducting it.
			SubjectMatter: "fraudulent transfers from the accounts of a pension fund after unauthorised access to its systems",
			Nature:        mla.NatureInvestigation,
			Conducting:    mla.Authority{Name: "Juzgado Nacional en lo Criminal y Correccional Federal N.º 3", Functions: "investigating judge"},
			// 7. Summary of facts.
			Facts: "Between 2 and 9 March 2026 unknown persons accessed the fund's payment server and ordered 41 transfers to accounts held in Chile.",
			// 10. Assistance requested, typed and in words, and the procedure.
			Purposes:         mla.PurposesOf(mla.PurposeStoredData, mla.PurposeRecords, mla.PurposeEvidence),
			AssistanceSought: "subscriber information for an IP address; bank records of two accounts; a witness statement",
			Data: []convention.DataSought{{
				Category: convention.DataSubscriber, Provider: "Proveedor de Internet SpA",
				Identifiers: []convention.Identifier{{Kind: convention.IdentifierIPAddress, Value: "198.51.100.23", Port: 51422,
					At: convention.MustTimestamp("2026-03-04T03:12:55-03:00")}},
			}},
			Procedure: "certified copies; the witness heard in the presence of the defence",
			// 9. Persons, with their role and nationality.
			Subjects: []mla.Subject{
				{Kind: mla.SubjectPerson, Identity: "R. Pérez", Role: convention.PersonSuspect, Nationality: "AR", Location: "Santiago"},
				{Kind: mla.SubjectPerson, Identity: "M. Soto", Role: convention.PersonWitness, Nationality: "CL", Location: "Valparaíso"},
				{Kind: mla.SubjectAccount, Identity: "CL-BANCO-00931-2", Role: convention.PersonRoleNotGiven},
			},
			// 11. Purpose of the assistance.
			Aim: "evidence for the indictment of the persons who ordered the transfers",
		},
		// 8. Offences, with their legal provisions and penalties.
		Offences: convention.Offences{
			{Conduct: "accessing the fund's payment server without right", Name: "acceso ilegítimo (art. 153 bis Código Penal)",
				Established: "illegal-access", MaxPenalty: convention.Imprisonment(0, 6)},
			{Conduct: "ordering transfers by manipulating the payment system", Name: "estafa informática (art. 173 inc. 16 Código Penal)",
				Established: "computer-fraud", MaxPenalty: convention.Imprisonment(6, 0)},
			{Conduct: "acting together in a group formed to commit offences", Name: "asociación ilícita (art. 210 Código Penal)",
				MaxPenalty: convention.Imprisonment(10, 0)},
		},
		ElectronicEvidence: true,
		// 12. Urgency, its reasons and a deadline.
		Urgency:         convention.Urgency{Urgent: true, Reasons: "the suspect is detained; the hearing on detention is set for 30 June 2026"},
		Deadline:        convention.MustDate("2026-06-20"),
		DeadlineReasons: "the hearing on detention on 30 June 2026",
		// 13. Confidentiality: do not notify the account holders.
		Confidentiality: convention.Confidentiality{Required: true, NoNotice: true, Reasons: "the funds could be moved"},
		// Transmission, channel, form, language and translation.
		Channel: mla.ChannelCentralAuthority, Form: mla.FormRecord,
		Language:     convention.In(language.Spanish),
		Made:         convention.MustDate("2026-05-12"),
		Transmission: convention.Transmission{Sent: convention.MustDate("2026-05-12"), Means: convention.MeansElectronic, Reference: "DAJI-E-2211"},
		// 14. Contacts.
		Contacts: convention.Contacts{
			Requesting: convention.ContactPoint{Name: "Dra. L. Gómez", Role: "secretaria del juzgado", Telephone: "+54 11 4000 0000",
				Email: "lgomez@pjn.example", TimeZone: "America/Argentina/Buenos_Aires"},
		},
		// 15. Attachments.
		Attachments: []convention.Attachment{
			{Kind: convention.AttachmentLaw, Title: "Código Penal, arts. 153 bis, 173 inc. 16, 210", Language: language.Spanish},
			{Kind: convention.AttachmentOrder, Title: "Auto del juez de 8 de mayo de 2026", Ref: "4471/2026-17"},
		},
	}
	if err := req.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	// Chile and Argentina are bound by the Inter-American Convention and
	// have agreed to apply paragraphs 10 to 30 in lieu of it.
	y, n := convention.Yes, convention.No
	profile := mla.Profile{Treaty: y, ArticleInLieu: y, CentralAuthority: "Ministerio de Relaciones Exteriores, Dirección de Asuntos Jurídicos",
		Languages: []language.Tag{language.Spanish}}
	facts := mla.Facts{
		Offences: []mla.OffenceFacts{{Requested: convention.Characterisation{Criminal: y}}, {Requested: convention.Characterisation{Criminal: y}},
			{Requested: convention.Characterisation{Criminal: y}}},
		BankSecrecy: y, Fiscal: n, DeMinimis: n, OtherProvisions: n, Authenticity: y, MoreInformation: n,
		ProcedureLawful: y, ProcedurePossible: y, CanKeepConfidential: y,
		EssentialInterests: n, DomesticProhibition: n, Disproportionate: n, ContraryToLegalSystem: n,
		InterferesOngoing: n, CostsAgreedOtherwise: n, SubstantialCosts: n,
		Discrimination: convention.DiscriminationFacts{Belief: n},
	}
	d, err := mla.Assess(req, profile, facts)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Outcome, "-", d.Cite)
	for _, v := range d.Explain().Values {
		fmt.Printf("%s: %s\n", v.Name, v.Value)
	}
	for _, t := range []mla.Term{mla.DutyWidestMeasure, mla.DutyElectronicEvidence, mla.DutyDeadline, mla.DutyKeepConfidential, mla.DutyFollowProcedure} {
		fmt.Printf("%s: %v\n", t.Describe().Name, d.Duties.Has(t))
	}
	fmt.Println("bank secrecy barred:", d.Barred.Has(mla.GroundBankSecrecy))
	// Output:
	// obliged - MLA art., para. 1
	// legal_basis: treaty (Inter-American Convention on Mutual Assistance in Criminal Matters (Nassau, 1992)), convention
	// regime: article
	// offences_within_article: 0,1,2
	// widest-measure: true
	// assist-electronic-evidence: true
	// account-for-deadline: true
	// keep-request-confidential: true
	// follow-specified-procedure: true
	// bank secrecy barred: true
}
