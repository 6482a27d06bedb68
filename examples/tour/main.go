// Command tour shows the library deciding real scenarios under the draft UN
// convention on cybercrime, each decision with its citations.
//
//	go run ./examples/tour
//
// Every scenario is a case a central authority, a prosecutor or a 24/7
// point of contact meets: an incoming request checked, a refusal reviewed,
// a time limit computed, the Convention's status between two States on a
// date. The States' judgements are inputs; the library says what follows
// from them under the text.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/extradition"
	"github.com/treatyrules/cybercrime/implementation"
	"github.com/treatyrules/cybercrime/mla"
	"github.com/treatyrules/cybercrime/preservation"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "tour:", err)
		os.Exit(1)
	}
}

// scenario is one stop of the tour.
type scenario struct {
	title string
	run   func(w io.Writer) error
}

func scenarios() []scenario {
	return []scenario{
		{"An incoming request for mutual legal assistance, checked against MLA art., para. 16", mlaValidate},
		{"Bank secrecy and fiscal matters cannot carry a refusal (MLA art., paras. 8, 23)", mlaReviewBarred},
		{"Essential interests: a refusal the requested State may make, and what it owes first", mlaEssentialInterests},
		{"A judgement not yet made: the decision waits, and says what each answer would change", mlaUndetermined},
		{"Safe conduct of a witness in a leap year (MLA art., para. 28)", safeConduct},
		{"Three in the morning: a 24/7 point of contact receives a preservation request", preservationAssess},
		{"How long must the data be kept? (Preservation art., para. 7)", preservationPeriod},
		{"Refusing preservation on a ground para. 5 does not list", preservationReview},
		{"Extradition of a national: extradite or prosecute (Extradition art., para. 10)", extraditionNational},
		{"Confiscation: the routes domestic law opens, and lifting a freeze (Confiscation art., paras. 1, 7, 8)", confiscationFreeze},
		{"Dual criminality turns on conduct, not labels (Cooperation art., para. 2)", dualCriminality},
		{"Entry into force, reckoned as the depositary does: UNTOC's history", ledgerHistory},
		{"An amendment put to the vote: abstentions are not votes", amendmentVote},
		{"A dispute: arbitration requested on 31 August", dispute},
		{"The Commission's review calendar and a party's reports", calendar},
		{"Drafting slips the library records, and the intent it encodes", draftingSlips},
	}
}

func run(w io.Writer) error {
	fmt.Fprintf(w, "Tour of github.com/treatyrules/cybercrime\nText: %s\n", convention.TextVersion)
	for i, s := range scenarios() {
		fmt.Fprintf(w, "\n== %d. %s ==\n", i+1, s.title)
		if err := s.run(w); err != nil {
			return fmt.Errorf("%s: %w", s.title, err)
		}
	}
	return nil
}

// brief prints a decision's outcome and the grounds, duties, violations
// and needs it carries, each with its citation.
func brief[T convention.Term](w io.Writer, label string, r convention.Result[T]) {
	fmt.Fprintf(w, "%s: %s (%s)", label, r.Outcome, r.Cite)
	if !r.Date.IsZero() {
		fmt.Fprintf(w, ", %s %s", r.DateLabel, r.Date)
	}
	fmt.Fprintln(w)
	for _, s := range []struct {
		name string
		set  convention.Set[T]
	}{{"ground available", r.Available}, {"ground barred", r.Barred}, {"duty", r.Duties}, {"violation", r.Violations}} {
		for _, t := range s.set.Slice() {
			d := t.Describe()
			fmt.Fprintf(w, "  %s: %s [%s]\n", s.name, d.Text, d.Cite)
		}
	}
	for _, n := range r.Explain().Needed {
		fmt.Fprintf(w, "  still needed: %s [%s] (if yes: %s; if no: %s)\n", n.Text, n.Cite, n.IfYes, n.IfNo)
	}
}

// The MLA scenarios: France asks Kenya for bank records of an account that
// received ransom payments.

func mlaRequest() mla.Request {
	return mla.Request{
		Ref: "FR-2026-0042", Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("KEN"),
		Contents: mla.Contents{
			RequestingAuthority: "Ministère de la Justice (BEPI)",
			SubjectMatter:       "ransomware attack on a hospital",
			Nature:              mla.NatureInvestigation,
			Conducting:          mla.Authority{Name: "Juge d'instruction, Paris", Functions: "investigating judge"},
			Facts:               "On 3 March 2026 the hospital's servers were encrypted and a ransom demanded.",
			Purposes:            mla.PurposesOf(mla.PurposeRecords),
			AssistanceSought:    "certified copies of the records of account KE-ACC-001122",
			Subjects:            []mla.Subject{{Kind: mla.SubjectAccount, Identity: "KE-ACC-001122"}},
			Aim:                 "evidence of the ransom payments",
		},
		Offences: convention.Offences{{Conduct: "encrypting a hospital's data and demanding a ransom", Established: "data-interference",
			MaxPenalty: convention.Imprisonment(10, 0)}},
		LegalPersonLiable: convention.No,
		Channel:           mla.ChannelCentralAuthority, Form: mla.FormWriting, Language: convention.In(language.French),
	}
}

func mlaProfile() mla.Profile {
	return mla.Profile{Treaty: convention.No, CentralAuthority: "Office of the Attorney General",
		Languages: []language.Tag{language.English, language.French}}
}

func mlaFacts() mla.Facts {
	y, n := convention.Yes, convention.No
	return mla.Facts{BankSecrecy: n, Fiscal: n, Offences: []mla.OffenceFacts{{Requested: convention.Characterisation{Criminal: y}}},
		DeMinimis: n, OtherProvisions: n, Authenticity: y, MoreInformation: n, CanKeepConfidential: y,
		EssentialInterests: n, DomesticProhibition: n, Disproportionate: n, ContraryToLegalSystem: n,
		InterferesOngoing: n, CostsAgreedOtherwise: n, SubstantialCosts: n,
		Discrimination: convention.DiscriminationFacts{Belief: n}}
}

func mlaValidate(w io.Writer) error {
	r := mlaRequest()
	r.Facts, r.Aim, r.Conducting = "", "", mla.Authority{}
	r.Related = []convention.Related{{Ref: "PRES-7", Relation: convention.RelationFollows}}
	fmt.Fprintln(w, "The request arrives without a summary of facts, an aim or the conducting authority,")
	fmt.Fprintln(w, "and names preserved data without asking for it under para. 3(d). Every problem at once:")
	for _, p := range convention.AsProblems(r.Validate()) {
		fmt.Fprintf(w, "  - %s\n", p)
	}
	return nil
}

func mlaReviewBarred(w io.Writer) error {
	f := mlaFacts()
	f.BankSecrecy, f.Fiscal = convention.Yes, convention.Yes
	resp := mla.Response{Action: mla.ActionRefuse, Grounds: convention.SetOf(mla.GroundBankSecrecy, mla.GroundFiscal)}
	fmt.Fprintln(w, "Kenya proposes to refuse: the account is covered by bank secrecy, and the case involves tax.")
	d, err := mla.Review(mlaRequest(), mlaProfile(), f, resp)
	if err != nil {
		return err
	}
	brief(w, "review of the proposed refusal", d.Result)
	return nil
}

func mlaEssentialInterests(w io.Writer) error {
	pr, err := mla.Prepare(mlaRequest(), mlaProfile())
	if err != nil {
		return err
	}
	f := mlaFacts()
	f.EssentialInterests = convention.Yes
	fmt.Fprintln(w, "Kenya considers that execution would prejudice its essential interests (its own judgement).")
	a, err := pr.Assess(f)
	if err != nil {
		return err
	}
	brief(w, "assessment", a.Result)
	refuse := mla.Response{Action: mla.ActionRefuse, Grounds: convention.SetOf(mla.GroundEssentialInterests)}
	v, err := pr.Review(f, refuse)
	if err != nil {
		return err
	}
	brief(w, "refusal without consultation or reasons", v.Result)
	refuse.Consulted, refuse.Reasons = true, true
	if v, err = pr.Review(f, refuse); err != nil {
		return err
	}
	brief(w, "refusal after consulting, with reasons", v.Result)
	return nil
}

func mlaUndetermined(w io.Writer) error {
	f := mlaFacts()
	f.EssentialInterests, f.Disproportionate = convention.Unassessed, convention.Unassessed
	d, err := mla.Assess(mlaRequest(), mlaProfile(), f)
	if err != nil {
		return err
	}
	brief(w, "assessment", d.Result)
	return nil
}

func safeConduct(w io.Writer) error {
	s := mla.Stay{Basis: mla.BasisSafeConduct, Arrived: convention.MustDate("2028-02-01"),
		Informed: convention.MustDate("2028-02-14")}
	fmt.Fprintln(w, "A witness is officially told on 14 February 2028 that presence is no longer required.")
	for _, on := range []string{"2028-02-29", "2028-03-01"} {
		st, err := mla.SafeConduct(mla.RegimeArticle, s, convention.MustDate(on))
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "  on %s: %s (%s)\n", on, st.Outcome, st.Cite)
	}
	s.Unable = []convention.Period{{Start: convention.MustDate("2028-02-20"), End: convention.MustDate("2028-02-22")}}
	st, err := mla.SafeConduct(mla.RegimeArticle, s, convention.MustDate("2028-03-01"))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  flights grounded 20-22 February, the fifteen days restart: on 2028-03-01 %s, until %s\n", st.Outcome, st.Until)
	return nil
}

// The preservation scenarios: France asks the United States to preserve a
// phishing account's data.

func preservationRequest() preservation.Request {
	return preservation.Request{
		Ref: "FR-PRES-2026-114", Case: "PARQUET-CYBER-2026-88",
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("USA"),
		Authority: "Paris Public Prosecutor, cybercrime section",
		Offences: convention.Offences{{Conduct: "obtaining bank credentials by sending fraudulent e-mails", Name: "escroquerie",
			Established: "computer-fraud", MaxPenalty: convention.Imprisonment(7, 0)}},
		Summary: "Since October 2026 a phishing campaign has targeted customers of French banks.",
		Data: []convention.DataSought{{Category: convention.DataSubscriber, Provider: "Example Mail Inc.",
			Description: "Subscriber information and connection logs of phisher@example.com"}},
		Relationship: "The account sent the phishing e-mails.",
		Necessity:    "The provider deletes connection logs after 30 days.",
		IntendsMLA:   true,
	}
}

func preservationFacts() preservation.Facts {
	n := convention.No
	return preservation.Facts{Discrimination: convention.DiscriminationFacts{Belief: n}, InTerritory: convention.Yes, PoliticalOffences: preservation.OffenceJudgements{n}, EssentialInterests: n,
		NotEnsureAvailability: n, ThreatensInvestigation: n}
}

func preservationAssess(w io.Writer) error {
	d, err := preservation.Assess(preservationRequest(), preservation.Profile{}, preservationFacts(), convention.MustDate("2026-11-26"))
	if err != nil {
		return err
	}
	fmt.Fprint(w, d.Summary())
	brief(w, "decision", d.Result)
	fmt.Fprintf(w, "dual criminality: %s (%s)\n", d.Dual.Outcome, d.Dual.Cite)
	return nil
}

func preservationPeriod(w io.Writer) error {
	e := preservation.Events{Started: convention.MustDate("2026-11-26")}
	for _, on := range []string{"2027-02-23", "2027-02-24"} {
		s, err := preservation.Obligation(e, convention.MustDate(on))
		if err != nil {
			return err
		}
		fmt.Fprint(w, s.Summary())
	}
	e.MLAReceived, e.MLARef = convention.MustDate("2027-02-10"), "FR-2027-0007"
	s, err := preservation.Obligation(e, convention.MustDate("2027-06-01"))
	if err != nil {
		return err
	}
	fmt.Fprint(w, s.Summary())
	return nil
}

func preservationReview(w io.Writer) error {
	v := preservation.Response{Action: preservation.ActionRefuse, Grounds: convention.SetOf(preservation.GroundNoDualCriminality)}
	fmt.Fprintln(w, "The requested State proposes to refuse because the conduct is not an offence under its law.")
	d, err := preservation.Review(preservationRequest(), preservation.Profile{}, preservationFacts(), v)
	if err != nil {
		return err
	}
	brief(w, "review", d.Result)
	return nil
}

func extraditionNational(w io.Writer) error {
	r := extradition.Request{
		Ref: "EXT-2026-0042", Date: convention.MustDate("2026-11-26"),
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("BRA"),
		Person: extradition.Person{Name: "J. Doe", InRequestedState: convention.Yes, National: convention.Yes},
		Offences: []extradition.Charge{{
			Offence: convention.Offence{Conduct: "accessing a bank's payment servers without right and transferring funds",
				Name: "escroquerie informatique", Established: "computer-fraud", MaxPenalty: convention.Imprisonment(7, 0)},
			Requested: convention.Characterisation{Criminal: convention.Yes, Name: "estelionato eletrônico"},
		}},
		Purpose:         extradition.PurposeProsecution,
		SubmitIfRefused: true,
	}
	p := extradition.Profile{TreatyConditional: convention.Yes, Treaty: convention.No, Notification: extradition.NotifiedConvention}
	f := extradition.Facts{
		Discrimination:    convention.DiscriminationFacts{Belief: convention.No},
		MinimumPenaltyMet: convention.Yes, DomesticGround: convention.No, ConsultAppropriate: convention.Yes,
		NationalityGround: convention.Yes, // Brazil's law bars the extradition of its nationals (para. 7)
	}
	fmt.Fprintln(w, "Brazil, which takes the Convention as its legal basis, is asked by France to surrender a Brazilian national.")
	refusal := extradition.Response{Action: extradition.ActionRefuse, Grounds: convention.SetOf(extradition.GroundNationality)}
	v, err := extradition.Review(r, p, f, refusal)
	if err != nil {
		return err
	}
	brief(w, "refusing for nationality, without more", v.Result)
	refusal.Action, refusal.Consulted = extradition.ActionRefuseAndSubmit, true
	v, err = extradition.Review(r, p, f, refusal)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "refusing and submitting the case for prosecution, after consulting: %s\n", v.Outcome)
	return nil
}

func confiscationFreeze(w io.Writer) error {
	r := confiscation.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("KEN"),
		Contents: mla.Contents{
			RequestingAuthority: "Ministère de la Justice",
			SubjectMatter:       "ransomware attack on a hospital",
			Nature:              mla.NatureProsecution,
			Conducting:          mla.Authority{Name: "Parquet national cyber", Functions: "public prosecutor"},
			Facts:               "The ransom was paid into a Nairobi account.",
			AssistanceSought:    "freezing and confiscation of the account balance",
			Aim:                 "enforcement of the confiscation order",
		},
		Offences: convention.Offences{{Conduct: "encrypting a hospital's data for ransom", Established: "data-interference"}},
		Channel:  mla.ChannelCentralAuthority, Form: mla.FormWriting, Language: convention.In(language.French),
		Made:              convention.MustDate("2026-11-02"),
		Kinds:             confiscation.KindsOf(confiscation.KindEnforceOrder, confiscation.KindProvisional),
		ConfiscationBasis: confiscation.BasisConviction,
		Property:          []confiscation.Property{{Category: confiscation.CategoryProceeds, Description: "balance of account KE-ACC-001122", Value: convention.MustMoney("EUR 412000")}},
		Statement:         "The ransom was traced to account KE-ACC-001122.",
		Order: confiscation.Order{Type: confiscation.OrderConfiscation, Authority: "Tribunal correctionnel de Paris",
			Court: true, Issued: convention.MustDate("2026-10-12"), AdmissibleCopy: true, Final: true},
		Extent: "the whole balance", ThirdParties: "the holder and the bank were notified",
		Actions: "freeze the account pending enforcement",
	}
	p := confiscation.Profile{
		Profile: mla.Profile{Treaty: convention.No, CentralAuthority: "Office of the Attorney General",
			Languages: []language.Tag{language.English, language.French}},
		Capacity: confiscation.Capacity{EnforceForeign: convention.Yes, OrderDomestic: convention.No,
			FreezeOnRequest: convention.Yes, PreserveOther: convention.Yes},
	}
	n, y := convention.No, convention.Yes
	f := confiscation.Facts{
		Facts: mla.Facts{BankSecrecy: n, Offences: []mla.OffenceFacts{{Requested: convention.Characterisation{Criminal: y}}}, DeMinimis: n, OtherProvisions: n,
			Authenticity: y, MoreInformation: n, CanKeepConfidential: y, EssentialInterests: n, DomesticProhibition: n,
			Disproportionate: n, ContraryToLegalSystem: n, Fiscal: n, InterferesOngoing: n, CostsAgreedOtherwise: n,
			SubstantialCosts: n, Discrimination: convention.DiscriminationFacts{Belief: n}},
		Jurisdiction: y, InTerritory: y, SufficientEvidence: y, TimelyEvidence: y,
		DeMinimisValue: n, ThirdPartyRights: n, LiftRequired: n, OpportunityPossible: y,
	}
	pr, err := confiscation.Prepare(r, p)
	if err != nil {
		return err
	}
	d, err := pr.Assess(f)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "France asks Kenya to enforce a final confiscation order over EUR 412000 and to freeze the account meanwhile.\n")
	fmt.Fprintf(w, "assessment: %s (%s); routes Kenyan law opens: %s (the choice between them is Kenya's)\n", d.Outcome, d.Cite, d.Routes)
	f.SufficientEvidence = convention.No
	lift := confiscation.Response{Action: confiscation.ActionLift, Grounds: convention.SetOf(confiscation.GroundEvidence)}
	v, err := pr.Review(f, lift)
	if err != nil {
		return err
	}
	brief(w, "lifting the freeze for insufficient evidence, without hearing France", v.Result)
	lift.Opportunity = true
	v, err = pr.Review(f, lift)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "after giving France the opportunity to argue for it: %s (%s)\n", v.Outcome, v.Cite)
	return nil
}

func dualCriminality(w io.Writer) error {
	r := convention.EvaluateDualCriminality(
		"encrypting a hospital's patient records and demanding payment for the key",
		convention.Characterisation{Criminal: convention.Yes, Name: "ransomware extortion", Category: "computer crime"},
		convention.Characterisation{Criminal: convention.Yes, Name: "aggravated blackmail", Category: "offence against property"},
		convention.Citation{})
	fmt.Fprint(w, r)
	return nil
}

// untoc builds a ledger shaped like UNTOC's history: forty States deposit,
// the fortieth on 1 July 2003; a forty-first deposits on 15 October 2003.
func untoc() (convention.Ledger, []convention.PartyID, error) {
	codes := strings.Fields("ARG AUS AUT BEL BRA CAN CHL CHN COL CRI CYP CZE DEU DNK EGY ESP EST FIN FRA GBR " +
		"GRC HUN IDN IND IRL ISL ITA JPN KEN KOR LTU LVA MEX NGA NLD NOR NZL PER POL PRT SEN ZAF")
	var parties []convention.Party
	var acts []convention.Action
	var ids []convention.PartyID
	for i, c := range codes {
		id := convention.MustPartyID(c)
		ids = append(ids, id)
		parties = append(parties, convention.Party{ID: id})
		acts = append(acts, convention.Action{Kind: convention.ActionSignature, Party: id, Date: convention.MustDate("2000-12-12")})
		on := convention.MustDate("2001-03-01").AddDays(20 * i)
		switch i {
		case 39:
			on = convention.MustDate("2003-07-01")
		case 40:
			on = convention.MustDate("2003-10-15")
		case 41:
			continue
		}
		acts = append(acts, convention.Action{Kind: convention.ActionRatification, Party: id, Date: on})
	}
	l, err := convention.Build(parties, acts)
	return l, ids, err
}

func ledgerHistory(w io.Writer) error {
	l, ids, err := untoc()
	if err != nil {
		return err
	}
	p, fortieth, _ := l.Fortieth()
	eif, _ := l.EntryIntoForce()
	fmt.Fprintf(w, "fortieth instrument: %s on %s; in force on the ninetieth day after: %s (%s)\n",
		p, fortieth, eif, convention.Cite(convention.ArtEntryIntoForce, 1))
	late, _ := l.PartyEntryIntoForce(ids[40])
	fmt.Fprintf(w, "%s deposits on 2003-10-15: in force for it on the thirtieth day after, %s (%s)\n",
		ids[40], late, convention.Cite(convention.ArtEntryIntoForce, 2))
	brief(w, fmt.Sprintf("in force between %s and %s on 2003-11-01", ids[0], ids[40]),
		l.StatusBetween(ids[0], ids[40], convention.MustDate("2003-11-01")))
	l, err = l.Add(convention.Action{Kind: convention.ActionDenunciation, Party: ids[3], Date: convention.MustDate("2028-02-29")})
	if err != nil {
		return err
	}
	c, _ := l.Ceases(ids[3])
	fmt.Fprintf(w, "%s denounces on 2028-02-29: ceases to be a Party on %s (%s)\n", ids[3], c, convention.Cite(convention.ArtDenunciation, 1))
	return nil
}

func amendmentVote(w io.Writer) error {
	l, ids, err := untoc()
	if err != nil {
		return err
	}
	r := convention.AmendmentProposalAdmissible(l, ids[0], convention.MustDate("2008-09-28"))
	fmt.Fprintf(w, "a proposal filed on 2008-09-28: %s (%s); %s %s\n", r.Outcome, r.Cite, r.DateLabel, r.Date)
	l, err = l.Add(convention.Action{Kind: convention.ActionAmendmentProposal, Party: ids[0], Date: convention.MustDate("2010-01-04"), Amendment: "C.N.1.2010"})
	if err != nil {
		return err
	}
	v := convention.Vote{Amendment: "C.N.1.2010", Body: "Commission on Crime Prevention and Criminal Justice",
		Date: convention.MustDate("2010-05-20"), Consensus: convention.No, EffortsExhausted: convention.Yes}
	for i, p := range ids[:30] {
		c := convention.ChoiceFor
		switch {
		case i < 10:
			c = convention.ChoiceAgainst
		case i >= 26:
			c = convention.ChoiceAbstain
		}
		v.Ballots = append(v.Ballots, convention.Ballot{Party: p, Choice: c})
	}
	d, err := convention.DecideAmendment(l, v)
	if err != nil {
		return err
	}
	fmt.Fprint(w, d)
	return nil
}

func dispute(w io.Writer) error {
	l, ids, err := untoc()
	if err != nil {
		return err
	}
	dsp := convention.Dispute{Parties: [2]convention.PartyID{ids[0], ids[1]}, NegotiationFailed: convention.Yes,
		ArbitrationRequest: convention.MustDate("2025-08-31"), RequestedBy: ids[0], OrganisationAgreed: convention.No}
	for _, on := range []string{"2026-02-27", "2026-02-28"} {
		r, err := convention.DecideDispute(l, dsp, convention.MustDate(on))
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "on %s: %s (%s), %s %s\n", on, r.Outcome, r.Cite, r.DateLabel, r.Date)
	}
	return nil
}

func calendar(w io.Writer) error {
	l, ids, err := untoc()
	if err != nil {
		return err
	}
	cal := implementation.NewCalendar(l)
	es, err := cal.Commission(convention.Period{Start: convention.MustDate("2008-01-01"), End: convention.MustDate("2013-12-31")})
	if err != nil {
		return err
	}
	for _, e := range es {
		if e.Kind != implementation.EventAnnualDiscussion {
			fmt.Fprintln(w, e)
		}
	}
	missed, err := cal.Missed(ids[0], []convention.Date{convention.MustDate("2008-05-01")}, convention.MustDate("2019-01-01"))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s filed one report, on 2008-05-01; by 2019-01-01 it has missed: %v\n", ids[0], missed)
	return nil
}

func draftingSlips(w io.Writer) error {
	for _, c := range []convention.Citation{
		convention.Cite(convention.ArtConfiscation, 3),
		convention.Cite(convention.ArtEntryIntoForce, 2),
		convention.Cite(convention.ArtAmendment, 1),
	} {
		p, ok := convention.LookupProvision(c)
		if !ok {
			return fmt.Errorf("%s is not registered", c)
		}
		fmt.Fprintf(w, "- %s: %s\n", p.Cite, p.Note)
	}
	fmt.Fprintf(w, "(%d drafting notes in all: convention.DraftingNotes)\n", len(convention.DraftingNotes()))
	return nil
}
