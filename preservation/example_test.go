package preservation_test

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
)

// France asks the United States to preserve a phishing account's data; the
// United States holds no ground of refusal and no para. 6 belief.
func ExampleAssess() {
	r := preservation.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("USA"),
		Authority: "Paris Public Prosecutor, cybercrime section",
		Offences: convention.Offences{{Conduct: "obtaining bank credentials by sending fraudulent e-mails",
			Name: "escroquerie", Established: "computer-fraud", MaxPenalty: convention.Imprisonment(7, 0)}},
		Summary: "Since October 2026 a phishing campaign has targeted customers of French banks.",
		Data: []convention.DataSought{{Category: convention.DataSubscriber, Provider: "Example Mail Inc.",
			Identifiers: []convention.Identifier{{Kind: convention.IdentifierEmail, Value: "phisher@example.com"}}}},
		Relationship: "The account sent the phishing e-mails.",
		Necessity:    "The provider deletes connection logs after 30 days.",
		IntendsMLA:   true,
	}
	no := convention.No
	facts := preservation.Facts{
		Discrimination: convention.DiscriminationFacts{Belief: no},
		InTerritory:    convention.Yes, PoliticalOffences: preservation.OffenceJudgements{no}, EssentialInterests: no,
		NotEnsureAvailability: no, ThreatensInvestigation: no,
	}
	d, err := preservation.Assess(r, preservation.Profile{}, facts, convention.MustDate("2026-11-26"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Outcome, "-", d.Cite)
	for _, t := range d.Duties.Slice() {
		fmt.Println("duty:", t.Cite(), t)
	}
	fmt.Println("keep at least through", d.MinimumEnd, "- may release from", d.ReleaseFrom)
	fmt.Println("dual criminality:", d.Dual.Outcome, "-", d.Dual.Cite)
	// Output:
	// obliged - Preservation art., para. 3
	// duty: Preservation art., para. 3 preserve
	// duty: Preservation art., para. 7 preserve-ninety-days
	// keep at least through 2027-02-23 - may release from 2027-02-24
	// dual criminality: not-required - Preservation art., para. 3
}

// A State that requires dual criminality for search, seizure or disclosure,
// and declared the para. 4 reservation, may refuse to preserve data for
// offences not established under the Convention when it has reason to
// believe dual criminality will fail at the time of disclosure; a request
// that also names a Convention offence cannot be refused under it
// ("in respect of offenses other than those established under the
// Convention").
func ExampleAssess_reservation() {
	insult := convention.Offence{Conduct: "criticising a public official online", Name: "outrage", MaxPenalty: convention.Imprisonment(1, 0)}
	access := convention.Offence{Conduct: "entering the official's mailbox without right", Name: "accès frauduleux", Established: "illegal-access"}
	r := preservation.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("USA"),
		Authority: "Paris Public Prosecutor", Offences: convention.Offences{insult},
		Summary: "Insulting posts about the mayor.", Relationship: "The posts were made from the account.",
		Data:      []convention.DataSought{{Category: convention.DataSubscriber, Provider: "Example Social Inc."}},
		Necessity: "Logs expire after 30 days.", IntendsMLA: true,
	}
	profile := preservation.Profile{RequiresDualCriminality: true, Reservation: true}
	no := convention.No
	facts := preservation.Facts{Discrimination: convention.DiscriminationFacts{Belief: no},
		InTerritory: convention.Yes, DualCriminalityFails: convention.Yes,
		PoliticalOffences: preservation.OffenceJudgements{no, no}, EssentialInterests: no,
		NotEnsureAvailability: no, ThreatensInvestigation: no}
	d, _ := preservation.Assess(r, profile, facts, convention.Date{})
	fmt.Println(d.Outcome, "- available:", d.Available.Slice(), "- the reservation reaches", d.ReservationReaches)

	r.Offences = convention.Offences{insult, access}
	d, _ = preservation.Assess(r, profile, facts, convention.Date{})
	fmt.Println(d.Outcome, "- available:", d.Available.Slice(), "- the reservation reaches", d.ReservationReaches, "but not", d.Established)
	// Output:
	// may-refuse - available: [reservation] - the reservation reaches offences[0]
	// obliged - available: [] - the reservation reaches offences[0] but not offences[1]
}

// Para. 6: preservation would tip off the suspect. The requested State
// informs the requesting State and awaits its determination. The request's
// own confidentiality request ("do not notify the account holder") is shown
// beside the requested State's belief, which stays its own.
func ExampleAssess_inform() {
	r := preservation.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("USA"),
		Authority: "Paris Public Prosecutor", Summary: "Phishing campaign.", Relationship: "The account sent the e-mails.",
		Offences:        convention.Offences{{Conduct: "phishing", Established: "computer-fraud"}},
		Data:            []convention.DataSought{{Category: convention.DataContent, Provider: "Example Mail Inc."}},
		Necessity:       "Logs expire after 30 days.",
		IntendsMLA:      true,
		Confidentiality: convention.Confidentiality{NoNotice: true, Reasons: "the suspect would delete the account"},
	}
	no := convention.No
	facts := preservation.Facts{Discrimination: convention.DiscriminationFacts{Belief: no}, InTerritory: convention.Yes,
		PoliticalOffences: preservation.OffenceJudgements{no}, EssentialInterests: no,
		NotEnsureAvailability: no, ThreatensInvestigation: convention.Yes}
	d, _ := preservation.Assess(r, preservation.Profile{}, facts, convention.Date{})
	fmt.Print(d.Summary())
	for _, s := range d.Explain().Steps {
		if s.Note != "" {
			fmt.Println(s.Name+":", s.Note)
		}
	}
	// Output:
	// INFORM the requesting State promptly (Preservation art., para. 6): it determines whether the request should nevertheless be executed.
	// UNDETERMINED: assess first:
	//   - Preservation art., para. 6: Has the requesting State, so informed, determined that the request should nevertheless be executed? (if yes: obliged; if no: no-obligation)
	// threatens-investigation: the requesting State asks: do not notify the account holder or other person concerned (reasons: the suspect would delete the account); the belief remains the requested State's
}

// A request made only under another treaty (here the Budapest Convention,
// art. 29) is not a request under this article; one stating no basis is
// decided as under the Convention, and the explanation says so.
func ExampleAssess_legalBasis() {
	r := preservation.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("USA"),
		Basis:     convention.LegalBasis{Invoked: []convention.LegalBasisKind{convention.BasisTreaty}, Treaty: "Budapest Convention, art. 29"},
		Authority: "Paris Public Prosecutor", Summary: "Phishing campaign.", Relationship: "The account sent the e-mails.",
		Offences:  convention.Offences{{Conduct: "phishing", Established: "computer-fraud"}},
		Data:      []convention.DataSought{{Category: convention.DataContent, Provider: "Example Mail Inc."}},
		Necessity: "Logs expire after 30 days.", IntendsMLA: true,
	}
	no := convention.No
	facts := preservation.Facts{Discrimination: convention.DiscriminationFacts{Belief: no}, InTerritory: convention.Yes,
		PoliticalOffences: preservation.OffenceJudgements{no}, EssentialInterests: no, NotEnsureAvailability: no, ThreatensInvestigation: no}
	d, _ := preservation.Assess(r, preservation.Profile{}, facts, convention.Date{})
	fmt.Print(d.Summary())
	r.Basis = convention.LegalBasis{}
	d, _ = preservation.Assess(r, preservation.Profile{}, facts, convention.Date{})
	basis, _ := d.Explain().Value("basis")
	fmt.Println(d.Outcome, "- basis:", basis)
	// Output:
	// OUTSIDE THE ARTICLE: the request invokes treaty (Budapest Convention, art. 29), not this Convention (Preservation art., para. 1: "A State Party may request another State Party"); it is decided under that basis, not under the Preservation article.
	// obliged - basis: not stated: decided as under the Convention
}

// Prepare validates a request once; each new set of judgements then costs
// only the decision.
func ExamplePrepare() {
	r := preservation.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("USA"),
		Authority: "Paris Public Prosecutor", Summary: "Phishing campaign.", Relationship: "The account sent the e-mails.",
		Offences:  convention.Offences{{Conduct: "phishing", Established: "computer-fraud"}},
		Data:      []convention.DataSought{{Category: convention.DataContent, Provider: "Example Mail Inc."}},
		Necessity: "Logs expire after 30 days.", IntendsMLA: true,
	}
	pr, err := preservation.Prepare(r, preservation.Profile{})
	if err != nil {
		fmt.Println(err)
		return
	}
	var f preservation.Facts // nothing assessed yet
	fmt.Println(pr.Assess(f, convention.Date{}).Needed.Slice())
	f.InTerritory = convention.Yes
	f.Discrimination.Belief, f.EssentialInterests = convention.No, convention.No
	f.PoliticalOffences[0], f.NotEnsureAvailability, f.ThreatensInvestigation = convention.No, convention.No, convention.No
	fmt.Println(pr.Assess(f, convention.Date{}).Outcome)
	// Output:
	// [discrimination-belief in-territory political-offence-considered essential-interests-considered will-not-ensure-availability threatens-investigation]
	// obliged
}

// A case system talking JSON sends the request, the profile and the facts,
// and stores the decision's explanation: citations carry their identifier
// and the lawyer's text, computed values are named fields.
func ExampleDecision_MarshalJSON() {
	in := []byte(`{
	  "request": {"requesting": "FRA", "requested": "USA", "authority": "Paris Public Prosecutor",
	    "offences": [{"conduct": "phishing", "established": "computer-fraud", "max_penalty": "7y"}],
	    "summary": "Phishing campaign.", "relationship": "The account sent the e-mails.",
	    "data": [{"category": "subscriber", "provider": "Example Mail Inc.",
	      "identifiers": [{"kind": "ip-address", "value": "192.0.2.10", "port": 443, "at": "2026-11-20T14:05:09+01:00"}]}],
	    "necessity": "Logs expire after 30 days.", "intends_mla": true, "language": {"original": "fr", "translations": ["en"]}},
	  "facts": {"discrimination": {"belief": "no"}, "in_territory": "yes", "political_offences": ["no"],
	    "essential_interests": "no", "not_ensure_availability": "no", "threatens_investigation": "no"}
	}`)
	var x struct {
		Request preservation.Request `json:"request"`
		Profile preservation.Profile `json:"profile"`
		Facts   preservation.Facts   `json:"facts"`
	}
	if err := json.Unmarshal(in, &x); err != nil {
		fmt.Println(err)
		return
	}
	d, err := preservation.Assess(x.Request, x.Profile, x.Facts, convention.MustDate("2026-11-26"))
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := json.Marshal(d)
	var out struct {
		Outcome string `json:"outcome"`
		Cite    struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		} `json:"cite"`
		Values []struct{ Name, Value string } `json:"values"`
	}
	_ = json.Unmarshal(b, &out)
	fmt.Println(out.Outcome, out.Cite.ID, "=", out.Cite.Text)
	for _, v := range out.Values {
		fmt.Println(v.Name+":", v.Value)
	}
	// Output:
	// obliged art_preservation__para_3 = Preservation art., para. 3
	// basis: not stated: decided as under the Convention
	// offences-established: offences[0]
	// minimum-end: 2027-02-23
	// release-from: 2027-02-24
}

// Invalid JSON input gets problems with their JSON path, so that a form can
// highlight the field.
func ExampleRequest_Validate() {
	var r preservation.Request
	_ = json.Unmarshal([]byte(`{"requesting": "FRA", "requested": "USA", "authority": "Paris Public Prosecutor",
	  "offences": [{"conduct": "phishing"}], "summary": "Phishing campaign.", "relationship": "The account sent the e-mails.",
	  "data": [{"identifiers": [{"kind": "ip-address", "value": "192.0.2.10", "at": "2026-11-20T14:05:09"}]}],
	  "intends_mla": true}`), &r)
	for _, p := range convention.AsProblems(r.Validate()) {
		fmt.Println(p.Path+":", p)
	}
	// Output:
	// data[0].identifiers[0].at: Preservation art., para. 2(c): Data[0].Identifiers[0].At: invalid: the moment an IP address was used needs its time zone (write e.g. 2026-03-03T14:05:09+01:00 or ...Z)
	// necessity: Preservation art., para. 2(e): Necessity: missing: the necessity of the preservation
}

// A bank-secrecy refusal is not among the grounds of para. 5.
func ExampleReview() {
	r := preservation.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("USA"),
		Authority: "Paris Public Prosecutor", Summary: "Phishing campaign.", Relationship: "The account sent the e-mails.",
		Offences:  convention.Offences{{Conduct: "phishing", Established: "computer-fraud"}},
		Data:      []convention.DataSought{{Category: convention.DataContent, Provider: "Example Bank"}},
		Necessity: "Logs expire after 30 days.", IntendsMLA: true,
	}
	facts := preservation.Facts{InTerritory: convention.Yes}
	bankSecrecy := preservation.Response{Action: preservation.ActionRefuse, Grounds: convention.SetOf(preservation.GroundOther)}
	d, _ := preservation.Review(r, preservation.Profile{}, facts, bankSecrecy)
	fmt.Print(d.Summary())
	// Output:
	// UNLAWFUL: the proposed refusal breaks the Preservation article:
	//   - Preservation art., para. 5: The refusal rests on a ground paragraph 5 does not list: a request for preservation may only be refused on the grounds of paragraphs 4 and 5.
}

// Para. 6: the requested State believes preservation would tip off the
// suspect and informs the requesting State, "which shall then determine
// whether the request should nevertheless be executed". It determines that
// it should not: not executing is lawful, and preserving would go against
// its determination.
func ExampleReview_notExecute() {
	r := preservation.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("USA"),
		Authority: "Paris Public Prosecutor", Summary: "Phishing campaign.", Relationship: "The account sent the e-mails.",
		Offences:  convention.Offences{{Conduct: "phishing", Established: "computer-fraud"}},
		Data:      []convention.DataSought{{Category: convention.DataContent, Provider: "Example Mail Inc."}},
		Necessity: "Logs expire after 30 days.", IntendsMLA: true,
	}
	no := convention.No
	facts := preservation.Facts{Discrimination: convention.DiscriminationFacts{Belief: no}, InTerritory: convention.Yes,
		PoliticalOffences: preservation.OffenceJudgements{no}, EssentialInterests: no,
		NotEnsureAvailability: no, ThreatensInvestigation: convention.Yes, Proceed: no}
	d, _ := preservation.Assess(r, preservation.Profile{}, facts, convention.Date{})
	fmt.Println("assessed:", d.Outcome, "-", d.Cite)
	for _, v := range []preservation.Response{
		{Action: preservation.ActionNotExecute},
		{Action: preservation.ActionPreserve, Period: convention.Period{Start: convention.MustDate("2026-11-26")}, Informed: true},
	} {
		out, _ := preservation.Review(r, preservation.Profile{}, facts, v)
		fmt.Println(v.Action, "->", out.Outcome, out.Violations.Slice())
	}
	// Output:
	// assessed: no-obligation - Preservation art., para. 6
	// not-execute -> lawful []
	// preserve -> unlawful [executed-against-determination]
}

// A proposed period is checked against the ninety days of para. 7. The day
// preservation is effected (the period's Start) is the first of them: the
// days of a proposed period are its convention.Period.Days, both ends
// included, so 1 March to 29 May is ninety days.
func ExampleReview_period() {
	r := preservation.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("USA"),
		Authority: "Paris Public Prosecutor", Summary: "Phishing campaign.", Relationship: "The account sent the e-mails.",
		Offences:  convention.Offences{{Conduct: "phishing", Established: "computer-fraud"}},
		Data:      []convention.DataSought{{Category: convention.DataContent, Provider: "Example Mail Inc."}},
		Necessity: "Logs expire after 30 days.", IntendsMLA: true,
	}
	facts := preservation.Facts{InTerritory: convention.Yes, NotEnsureAvailability: convention.No, ThreatensInvestigation: convention.No}
	for _, end := range []string{"2027-05-28", "2027-05-29", "2027-05-30"} {
		p := convention.Period{Start: convention.MustDate("2027-03-01"), End: convention.MustDate(end)}
		d, _ := preservation.Review(r, preservation.Profile{}, facts, preservation.Response{Action: preservation.ActionPreserve, Period: p})
		fmt.Println(p, p.Days(), "days:", d.Outcome, d.Violations.Slice())
	}
	// Output:
	// 2027-03-01/2027-05-28 89 days: unlawful [period-too-short]
	// 2027-03-01/2027-05-29 90 days: lawful []
	// 2027-03-01/2027-05-30 91 days: lawful []
}

// MinimumEnd counts the day preservation is effected as the first of the
// ninety: the last mandatory day is started + 89 days, and the Period from
// started through it is ninety days long. Month ends and 29 February
// included.
func ExampleMinimumEnd() {
	for _, s := range []string{"2027-03-01", "2026-11-26", "2027-12-01", "2027-12-02", "2026-12-02", "2028-02-29", "2027-01-31"} {
		start := convention.MustDate(s)
		end := preservation.MinimumEnd(start)
		fmt.Println(s, "->", end, convention.Period{Start: start, End: end}.Days(), "days")
	}
	// Output:
	// 2027-03-01 -> 2027-05-29 90 days
	// 2026-11-26 -> 2027-02-23 90 days
	// 2027-12-01 -> 2028-02-28 90 days
	// 2027-12-02 -> 2028-02-29 90 days
	// 2026-12-02 -> 2027-03-01 90 days
	// 2028-02-29 -> 2028-05-28 90 days
	// 2027-01-31 -> 2027-04-30 90 days
}

func ExampleObligation() {
	e := preservation.Events{Started: convention.MustDate("2026-11-26"), MLAReceived: convention.MustDate("2027-02-01")}
	for _, asOf := range []string{"2026-12-24", "2027-05-01"} {
		s, _ := preservation.Obligation(e, convention.MustDate(asOf))
		fmt.Print(s.Summary())
	}
	e.Decided = convention.MustDate("2027-04-15")
	s, _ := preservation.Obligation(e, convention.MustDate("2027-05-01"))
	fmt.Print(s.Summary())
	// Output:
	// MUST PRESERVE on 2026-12-24, through 2027-02-23 inclusive; may release from 2027-02-24 (Preservation art., para. 7: the ninety days from 2026-11-26, that day included).
	// If a request for search, seizure or disclosure is received before release, keep the data until a decision on it.
	// MUST PRESERVE on 2027-05-01, with no end date: until a decision is taken on the request for search, seizure or disclosure received on 2027-02-01 (Preservation art., para. 7).
	// NO LONGER REQUIRED on 2027-05-01: the obligation to preserve ended on 2027-04-14 (Preservation art., para. 7: the ninety days from 2026-11-26, that day included, and a decision on the request received on 2027-02-01 was taken on 2027-04-15).
}

// A request for search, seizure or disclosure received after the ninety
// days, while the data is still preserved, revives the obligation; one
// received after release finds nothing to continue.
func ExampleObligation_lateRequest() {
	e := preservation.Events{Started: convention.MustDate("2026-11-26"), MLAReceived: convention.MustDate("2027-03-15")}
	s, _ := preservation.Obligation(e, convention.MustDate("2027-03-15"))
	fmt.Println(s.Outcome, s.Pending)
	e.Released = convention.MustDate("2027-03-01")
	s, _ = preservation.Obligation(e, convention.MustDate("2027-03-15"))
	fmt.Println(s.Outcome, s.Until)
	// Output:
	// obliged true
	// no-obligation 2027-02-23
}

func ExampleStatus_ReleaseFrom() {
	s, _ := preservation.Obligation(preservation.Events{Started: convention.MustDate("2027-12-02")}, convention.MustDate("2028-01-15"))
	fmt.Println(s.Outcome, "until", s.Until, "release from", s.ReleaseFrom())
	// Output:
	// obliged until 2028-02-29 release from 2028-03-01
}

func ExampleCheckContact() {
	c := preservation.Contact{
		Office:         "Police 24/7 desk",
		AroundTheClock: convention.Yes,
		Preservation:   preservation.CapacityFacilitate,
		Information:    preservation.CapacityFacilitate,
		Expedited:      convention.Yes,
		// Outside the central authority, and unable to reach it quickly.
		PartOfAuthority: convention.No,
		Coordinates:     convention.No,
		Personnel:       convention.Yes,
	}
	d, _ := preservation.CheckContact(c)
	fmt.Println(d.Outcome, "-", d.Cite)
	for _, v := range d.Violations.Slice() {
		fmt.Println(v.Cite(), v)
	}
	// Output:
	// not-satisfied - 24/7 network art., para. 4
	// 24/7 network art., para. 4 no-coordination
}

// The 24/7 network's scope is every offence of the matter: one offence
// established under the Convention, or a serious criminal offence, brings
// it within para. 1.
func ExampleContactAssistance() {
	c := preservation.Contact{Office: "Computer Crime Section 24/7", Preservation: preservation.CapacityCarryOut, Information: preservation.CapacityFacilitate}
	offences := convention.Offences{
		{Conduct: "online insult", MaxPenalty: convention.Imprisonment(1, 0)},
		{Conduct: "phishing", Established: "computer-fraud"},
	}
	a, _ := preservation.ContactAssistance(c, offences, convention.DiscriminationFacts{Belief: convention.No})
	fmt.Println(a.Outcome, "-", a.Cite, "- in scope:", a.InScope)
	for _, t := range a.Duties.Slice() {
		fmt.Println(t.Cite(), t)
	}
	// Output:
	// obliged - 24/7 network art., para. 2 - in scope: offences[1]
	// 24/7 network art., para. 2(a) carry-out-preservation
	// 24/7 network art., para. 2(b) facilitate-information
}

// The request for mutual legal assistance that follows (MLA art., para.
// 3(d)) quotes the preservation request's reference.
func ExampleRequest_Link() {
	r := preservation.Request{
		Ref: "FR-PRES-2026-114", Case: "PARQUET-CYBER-2026-88",
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("USA"),
		Data: []convention.DataSought{{Category: convention.DataContent, Provider: "Example Mail Inc."}},
	}
	l := r.Link()
	fmt.Println(l.Cite, l.Preservation, l.Case, l.Requesting, "->", l.Requested, "-", l.Custodian())
	fmt.Println(l.Connects("FR-PRES-2026-114", convention.MustPartyID("FRA"), convention.MustPartyID("USA")))
	// Output:
	// MLA art., para. 3(d) FR-PRES-2026-114 PARQUET-CYBER-2026-88 FRA -> USA - Example Mail Inc.
	// true
}

func ExampleRules() {
	enc := json.NewEncoder(os.Stdout)
	for _, r := range preservation.Rules()[:4] {
		_ = enc.Encode(r)
	}
	fmt.Println(len(preservation.Rules()), "rules")
	// Output:
	// {"cite":{"id":"art_preservation","text":"Preservation art."},"field":"Language","quote":"(the article says nothing of languages: consistency only)"}
	// {"cite":{"id":"art_preservation","text":"Preservation art."},"field":"Contacts","quote":"(contact points: consistency only)"}
	// {"cite":{"id":"art_preservation","text":"Preservation art."},"field":"Persons","quote":"(persons concerned: consistency only)"}
	// {"cite":{"id":"art_preservation","text":"Preservation art."},"field":"Related","quote":"(related requests: consistency only)"}
	// 19 rules
}

func ExampleProfile_ReservationOpen() {
	p := preservation.Profile{RequiresDualCriminality: true, Reservation: true}
	fmt.Println(p.ReservationOpen(convention.Offence{Conduct: "online insult"}))
	fmt.Println(p.ReservationOpen(convention.Offence{Conduct: "phishing", Established: "computer-fraud"}))
	// Output:
	// true
	// false
}

func ExampleTerm_Describe() {
	d := preservation.GroundPoliticalOffence.Describe()
	fmt.Println(d.Kind, d.Cite, d.Name, d.Optional)
	fmt.Println(d.Cite.EID())
	// Output:
	// ground Preservation art., para. 5(a) political-offence true
	// art_preservation__para_5__point_a
}
