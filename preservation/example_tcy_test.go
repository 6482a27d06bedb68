package preservation_test

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
)

// A preservation request written on the Council of Europe T-CY "data
// preservation request" template (Budapest Convention art. 29, sent
// through the 24/7 network), entered item by item without loss: the
// requesting authority and its contact; the offences with their legal
// provisions (attached) and penalties; the summary of facts; the stored
// data with its identifiers (an IP address with port, date, time and time
// zone; an e-mail account) and period; the relationship to the offences;
// the service provider and the location of the system; the necessity and
// urgency; the intention to submit a request for mutual legal assistance;
// and confidentiality ("do not notify the user"). The requested State
// assesses it on the day it is received.
func ExampleRequest_tcyTemplate() {
	r := preservation.Request{
		// Reference, date and transmission (template header).
		Ref: "FR-24/7-2026-0381", Case: "Parquet de Paris J3 26/331/0047",
		Made:         convention.MustDate("2026-11-26"),
		Transmission: convention.Transmission{Sent: convention.MustDate("2026-11-26"), Means: convention.MeansNetwork247, Reference: "OCLCTIC 24/7 #5521"},
		Requesting:   convention.MustPartyID("FRA"), Requested: convention.MustPartyID("IRL"),
		// "Legal basis": the template cites Budapest art. 29; the request
		// is also made under this Convention.
		Basis:    convention.LegalBasis{Invoked: []convention.LegalBasisKind{convention.BasisConvention, convention.BasisTreaty}, Treaty: "Budapest Convention, art. 29"},
		Language: convention.In(language.French, language.English),
		// 1. Requesting authority and contact point.
		Authority: "Paris Public Prosecutor's Office, cybercrime section (J3)",
		Contacts: convention.Contacts{
			Requesting: convention.ContactPoint{Name: "Deputy Prosecutor A. Martin", Role: "prosecutor in charge", Telephone: "+33 1 44 32 00 00",
				Email: "j3.cyber@justice.example.fr", TimeZone: "Europe/Paris", Availability: "24/7 through OCLCTIC"},
			Executing: convention.ContactPoint{Name: "An Garda Síochána 24/7 point of contact", Email: "247@garda.example.ie", TimeZone: "Europe/Dublin"},
		},
		// 2. Offences, their legal provisions and maximum penalties.
		Offences: convention.Offences{
			{Conduct: "accessing bank customers' online accounts without right with credentials obtained by phishing",
				Name: "accès frauduleux à un système de traitement automatisé de données", Established: "illegal-access", MaxPenalty: convention.Imprisonment(3, 0)},
			{Conduct: "obtaining transfers of funds by sending fraudulent e-mails impersonating banks",
				Name: "escroquerie en bande organisée", Established: "computer-fraud", MaxPenalty: convention.Imprisonment(10, 0)},
		},
		Attachments: []convention.Attachment{
			{Kind: convention.AttachmentLaw, Title: "Code pénal, arts. 323-1 and 313-2", Language: language.French},
			{Kind: convention.AttachmentOrder, Title: "Soit-transmis du procureur de la République", Ref: "26/331/0047-ST1"},
		},
		// 3. Summary of the facts.
		Summary: "Since October 2026 some 400 customers of French banks received e-mails imitating their bank; credentials entered on a fake site were used to transfer EUR 1.2 million.",
		Persons: []preservation.Person{{Name: "unknown user of phisher@example.ie", Role: convention.PersonSuspect}},
		// 4. Stored computer data to be preserved, with identifiers.
		Data: []convention.DataSought{
			{Category: convention.DataSubscriber, Provider: "Example Mail Ireland Ltd",
				Identifiers: []convention.Identifier{{Kind: convention.IdentifierEmail, Value: "phisher@example.ie"}},
				Description: "subscriber information of the account"},
			{Category: convention.DataTraffic, Provider: "Example Mail Ireland Ltd",
				Identifiers: []convention.Identifier{{Kind: convention.IdentifierIPAddress, Value: "203.0.113.45", Port: 51234,
					At: convention.MustTimestamp("2026-11-20T14:05:09+01:00")}},
				Period:      convention.Period{Start: convention.MustDate("2026-10-01"), End: convention.MustDate("2026-11-26")},
				Description: "connection logs of the account"},
			{Category: convention.DataContent, Provider: "Example Mail Ireland Ltd",
				Identifiers: []convention.Identifier{{Kind: convention.IdentifierEmail, Value: "phisher@example.ie"}},
				Description: "content of the mailbox, including sent items"},
		},
		// 5. Relationship of the data to the offences.
		Relationship: "The account sent the phishing e-mails; the IP address connected to it when the fake site was set up.",
		// 6. Custodian / service provider (each item's Provider) and
		// location of the computer system.
		Location: "Example Mail data centre, Dublin",
		// 7. Necessity and urgency.
		Necessity: "The provider keeps connection logs for 30 days only.",
		Urgency:   convention.Urgency{Urgent: true, Reasons: "logs of early October will be deleted within days"},
		// 8. Intention to submit a request for mutual legal assistance.
		IntendsMLA: true,
		// 9. Confidentiality: do not notify the user.
		Confidentiality: convention.Confidentiality{NoNotice: true, Required: true, Reasons: "the suspect would delete the account and move the funds"},
	}
	if err := r.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	no := convention.No
	facts := preservation.Facts{
		Discrimination: convention.DiscriminationFacts{Belief: no}, InTerritory: convention.Yes,
		PoliticalOffences: preservation.OffenceJudgements{no, no}, EssentialInterests: no,
		NotEnsureAvailability: no, ThreatensInvestigation: no,
	}
	d, err := preservation.Assess(r, preservation.Profile{Party: convention.MustPartyID("IRL")}, facts, convention.MustDate("2026-11-26"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(d.Summary())
	e := d.Explain()
	for _, name := range []string{"basis", "offences-established", "minimum-end", "release-from"} {
		v, _ := e.Value(name)
		fmt.Println(name+":", v)
	}
	// Output:
	// PRESERVE the data expeditiously (Preservation art., para. 3) and keep it for at least ninety days, the day preservation is effected counting as the first (Preservation art., para. 7): if effected on 2026-11-26, through 2027-02-23 inclusive. Once a request for search, seizure or disclosure is received, keep it until a decision on that request.
	// basis: convention, treaty (Budapest Convention, art. 29)
	// offences-established: offences[0],offences[1]
	// minimum-end: 2027-02-23
	// release-from: 2027-02-24
}
