package preservation_test

import (
	"fmt"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
)

// request is the request of the examples: France asks the United States to
// preserve a phishing account's data.
func request() preservation.Request {
	return preservation.Request{
		Ref:        "FR-PRES-2026-114",
		Case:       "PARQUET-CYBER-2026-88",
		Requesting: convention.MustPartyID("FRA"),
		Requested:  convention.MustPartyID("USA"),
		Authority:  "Paris Public Prosecutor, cybercrime section",
		Offence: convention.Offence{
			Conduct:     "obtaining bank credentials by sending fraudulent e-mails",
			Name:        "escroquerie",
			Established: "computer-fraud",
			MaxPenalty:  convention.Imprisonment(7, 0),
		},
		Summary:      "Since October 2026 a phishing campaign has targeted customers of French banks.",
		Data:         "Subscriber information and connection logs of phisher@example.com",
		Relationship: "The account sent the phishing e-mails.",
		Custodian:    "Example Mail Inc.",
		Necessity:    "The provider deletes connection logs after 30 days.",
		IntendsMLA:   true,
	}
}

func ExampleAssess() {
	facts := preservation.Facts{
		Discrimination:   convention.DiscriminationFacts{Belief: convention.No},
		InTerritory:      convention.Yes,
		PoliticalOffence: convention.No, EssentialInterests: convention.No,
		NotEnsureAvailability: convention.No, ThreatensInvestigation: convention.No,
	}
	d, err := preservation.Assess(request(), preservation.Profile{}, facts, convention.MustDate("2026-11-26"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Outcome, "-", d.Cite)
	for _, t := range d.Duties.Slice() {
		fmt.Println("duty:", t.Cite(), t)
	}
	fmt.Println("keep at least through", d.MinimumEnd)
	fmt.Println("dual criminality:", d.Dual.Outcome, "-", d.Dual.Cite)
	// Output:
	// obliged - Preservation art., para. 3
	// duty: Preservation art., para. 3 preserve
	// duty: Preservation art., para. 7 preserve-ninety-days
	// keep at least through 2027-02-23
	// dual criminality: not-required - Preservation art., para. 3
}

// A State that requires dual criminality for search, seizure or disclosure,
// and declared the para. 4 reservation, may refuse to preserve data for an
// offence not established under the Convention when it has reason to
// believe dual criminality will fail at the time of disclosure.
func ExampleAssess_reservation() {
	r := request()
	r.Offence = convention.Offence{Conduct: "criticising a public official online", Name: "outrage", MaxPenalty: convention.Imprisonment(1, 0)}
	profile := preservation.Profile{RequiresDualCriminality: true, Reservation: true}
	facts := preservation.Facts{Discrimination: convention.DiscriminationFacts{Belief: convention.No},
		InTerritory: convention.Yes, DualCriminalityFails: convention.Yes,
		PoliticalOffence: convention.No, EssentialInterests: convention.No,
		NotEnsureAvailability: convention.No, ThreatensInvestigation: convention.No}
	d, _ := preservation.Assess(r, profile, facts, convention.Date{})
	fmt.Println(d.Outcome, "-", d.Cite)
	for _, g := range d.Available.Slice() {
		fmt.Println("available:", g.Cite(), g)
	}
	for _, g := range d.Barred.Slice() {
		fmt.Println("barred:", g.Cite(), g)
	}
	// Output:
	// may-refuse - Preservation art., para. 5
	// available: Preservation art., para. 4 reservation
	// barred: Preservation art., para. 3 absence-of-dual-criminality
	// barred: Preservation art., para. 5 other
}

// Para. 6: preservation would tip off the suspect. The requested State
// informs the requesting State and awaits its determination.
func ExampleAssess_inform() {
	facts := preservation.Facts{Discrimination: convention.DiscriminationFacts{Belief: convention.No}, InTerritory: convention.Yes,
		PoliticalOffence: convention.No, EssentialInterests: convention.No,
		NotEnsureAvailability: convention.No, ThreatensInvestigation: convention.Yes}
	d, _ := preservation.Assess(request(), preservation.Profile{}, facts, convention.Date{})
	fmt.Print(d.Summary())
	// Output:
	// INFORM the requesting State promptly (Preservation art., para. 6): it determines whether the request should nevertheless be executed.
	// UNDETERMINED: assess first:
	//   - Preservation art., para. 6: Has the requesting State, so informed, determined that the request should nevertheless be executed? (if yes: obliged; if no: no-obligation)
}

func ExampleReview() {
	facts := preservation.Facts{InTerritory: convention.Yes, PoliticalOffence: convention.No, EssentialInterests: convention.No}
	bankSecrecy := preservation.Response{Action: preservation.ActionRefuse, Grounds: convention.SetOf(preservation.GroundOther)}
	v, _ := preservation.Review(request(), preservation.Profile{}, facts, bankSecrecy)
	fmt.Print(v.Summary())
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
	facts := preservation.Facts{Discrimination: convention.DiscriminationFacts{Belief: convention.No}, InTerritory: convention.Yes,
		PoliticalOffence: convention.No, EssentialInterests: convention.No,
		NotEnsureAvailability: convention.No, ThreatensInvestigation: convention.Yes, Proceed: convention.No}
	d, _ := preservation.Assess(request(), preservation.Profile{}, facts, convention.Date{})
	fmt.Println("assessed:", d.Outcome, "-", d.Cite)
	for _, v := range []preservation.Response{
		{Action: preservation.ActionNotExecute},
		{Action: preservation.ActionPreserve, Period: convention.Period{Start: convention.MustDate("2026-11-26")}, Informed: true},
	} {
		out, _ := preservation.Review(request(), preservation.Profile{}, facts, v)
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
	facts := preservation.Facts{InTerritory: convention.Yes, NotEnsureAvailability: convention.No, ThreatensInvestigation: convention.No}
	for _, end := range []string{"2027-05-28", "2027-05-29", "2027-05-30"} {
		p := convention.Period{Start: convention.MustDate("2027-03-01"), End: convention.MustDate(end)}
		v, _ := preservation.Review(request(), preservation.Profile{}, facts, preservation.Response{Action: preservation.ActionPreserve, Period: p})
		fmt.Println(p, p.Days(), "days:", v.Outcome, v.Violations.Slice())
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

func ExampleContactAssistance() {
	c := preservation.Contact{Office: "Computer Crime Section 24/7", Preservation: preservation.CapacityCarryOut, Information: preservation.CapacityFacilitate}
	a, _ := preservation.ContactAssistance(c, request().Offence, convention.DiscriminationFacts{Belief: convention.No})
	fmt.Println(a.Outcome, "-", a.Cite)
	for _, t := range a.Duties.Slice() {
		fmt.Println(t.Cite(), t)
	}
	// Output:
	// obliged - 24/7 network art., para. 2
	// 24/7 network art., para. 2(a) carry-out-preservation
	// 24/7 network art., para. 2(b) facilitate-information
}

func ExampleRequest_Validate() {
	r := request()
	r.Necessity, r.Custodian, r.IntendsMLA = "", "", false
	for _, p := range convention.AsProblems(r.Validate()) {
		fmt.Println(p)
	}
	// Output:
	// Preservation art., para. 2(d): Custodian: missing: identify the custodian or the system's location, or state that no such information is available (NoneAvailable)
	// Preservation art., para. 2(e): Necessity: missing: the necessity of the preservation
	// Preservation art., para. 2(f): IntendsMLA: missing: the intent to submit a request for mutual legal assistance for search, seizure or disclosure
}

// The request for mutual legal assistance that follows (MLA art., para.
// 3(d)) quotes the preservation request's reference.
func ExampleRequest_Link() {
	l := request().Link()
	fmt.Println(l.Cite, l.Preservation, l.Case, l.Requesting, "->", l.Requested)
	fmt.Println(l.Connects("FR-PRES-2026-114", convention.MustPartyID("FRA"), convention.MustPartyID("USA")))
	// Output:
	// MLA art., para. 3(d) FR-PRES-2026-114 PARQUET-CYBER-2026-88 FRA -> USA
	// true
}

func ExampleRules() {
	for _, r := range preservation.Rules() {
		fmt.Println(r.Cite, r.Field)
	}
	// Output:
	// Preservation art., para. 1 Requesting
	// Preservation art., para. 1 Requested
	// Preservation art., para. 2(a) Authority
	// Preservation art., para. 2(b) Offence
	// Preservation art., para. 2(b) Summary
	// Preservation art., para. 2(c) Data
	// Preservation art., para. 2(c) Relationship
	// Preservation art., para. 2(d) Custodian
	// Preservation art., para. 2(e) Necessity
	// Preservation art., para. 2(f) IntendsMLA
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
