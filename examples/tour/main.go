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
//
// Each stop tells its story, asks its question and prints the library's
// answer in words a lawyer reads. It shows only the grounds, duties and
// violations the story turns on, picked out of the decision by term
// (Set.Intersect) or shown whole where the whole is the story; a
// decision's String and Explain give the full reasoning, every test with
// its answer.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

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
		{"An incoming request for mutual legal assistance is checked", mlaValidate},
		{"Bank secrecy and fiscal matters cannot carry a refusal", mlaReviewBarred},
		{"Essential interests: a refusal the requested State may make, and what it owes first", mlaEssentialInterests},
		{"A judgement not yet made: the decision waits, and says what each answer would change", mlaUndetermined},
		{"Safe conduct of a witness in a leap year", safeConduct},
		{"Three in the morning: a 24/7 point of contact receives a preservation request", preservationAssess},
		{"How long must the data be kept?", preservationPeriod},
		{"Refusing preservation for want of dual criminality", preservationReview},
		{"Extradition of a national: extradite or prosecute", extraditionNational},
		{"Confiscation: the routes domestic law opens, and lifting a freeze", confiscationFreeze},
		{"Dual criminality turns on conduct, not labels", dualCriminality},
		{"Entry into force and denunciation, reckoned as the depositary does", ledgerHistory},
		{"An amendment put to the vote: abstentions are not votes", amendmentVote},
		{"A dispute: arbitration requested on 31 August", dispute},
		{"The Commission's review calendar and a State's reports", calendar},
		{"Slips in the draft, and the intent the library encodes", draftingSlips},
	}
}

func run(w io.Writer) error {
	say(w, "A tour of github.com/treatyrules/cybercrime: the library deciding real scenarios.")
	fmt.Fprintln(w)
	say(w, "The text applied: %s. "+
		"The proposal numbers no articles: each is cited by a short form of its heading, so that "+
		`"MLA art., para. 22(b)" is paragraph 22(b) of the article on mutual legal assistance. `+
		"In each stop the States' own judgements are given as facts, and the library says what follows from them "+
		"under the text. The articles cited:",
		convention.TextTitle)
	for _, a := range []convention.Article{
		convention.ArtCooperation, convention.ArtExtradition, convention.ArtPreservation, convention.ArtMLA,
		convention.ArtConfiscation, convention.ArtReview, convention.ArtInformation, convention.ArtDisputes,
		convention.ArtEntryIntoForce, convention.ArtAmendment, convention.ArtDenunciation,
	} {
		fmt.Fprintf(w, "  %-22s %s\n", a, a.Heading())
	}
	for i, s := range scenarios() {
		fmt.Fprintf(w, "\n== %d. %s ==\n", i+1, s.title)
		if err := s.run(w); err != nil {
			return fmt.Errorf("%s: %w", s.title, err)
		}
	}
	return nil
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

// problem says in words what one problem of a request is, quoting the words
// of the paragraph it breaks from the package's rules.
func problem(p convention.Problem, rules []convention.RuleInfo) string {
	quote := ""
	for _, r := range rules {
		if r.Cite == p.Cite && r.Field == p.Field {
			quote = r.Quote
			break
		}
	}
	if errors.Is(p, convention.ErrMissing) {
		return fmt.Sprintf("%s: the request does not give %q.", p.Cite, quote)
	}
	return fmt.Sprintf("%s: %s (the paragraph: %q).", p.Cite, p.Detail, quote)
}

func mlaValidate(w io.Writer) error {
	r := mlaRequest()
	r.Facts, r.Aim, r.Conducting = "", "", mla.Authority{}
	r.Related = []convention.Related{{Ref: "PRES-7", Relation: convention.RelationFollows}}
	say(w, "France's Ministry of Justice sends Kenya a request for the records of a bank account that "+
		"received ransom payments. The draft gives no summary of the facts, no purpose and no authority "+
		"conducting the investigation; and it follows an earlier request to preserve data without asking "+
		"for that data.")
	say(w, "Question: does the request contain what the article requires?")
	ps := convention.AsProblems(r.Validate())
	say(w, "Answer: no. The library reports the %d problems at once, each with the words of the text:", len(ps))
	for _, p := range ps {
		item(w, "%s", problem(p, mla.Rules()))
	}
	return nil
}

// generalDuties prints the paragraphs of the duties every MLA decision
// carries, which the tour leaves out after saying so once.
func generalDuties(w io.Writer, duties mla.Set) {
	var paras []string
	for _, t := range duties.Slice() {
		p := fmt.Sprint(t.Describe().Cite.Para())
		if !slices.Contains(paras, p) {
			paras = append(paras, p)
		}
	}
	say(w, "(The article's general duties, MLA art., paras. %s, apply throughout; "+
		"the tour leaves them out from here on.)", inWords(paras))
}

func mlaReviewBarred(w io.Writer) error {
	f := mlaFacts()
	f.BankSecrecy, f.Fiscal = convention.Yes, convention.Yes
	resp := mla.Response{Action: mla.ActionRefuse, Grounds: convention.SetOf(mla.GroundBankSecrecy, mla.GroundFiscal)}
	say(w, "Kenya proposes to refuse France's request, without giving reasons: the account is covered by "+
		"bank secrecy, and the case also involves tax.")
	say(w, "Question: would a refusal on these grounds be lawful?")
	d, err := mla.Review(mlaRequest(), mlaProfile(), f, resp)
	if err != nil {
		return err
	}
	answer(w, d.Result)
	list(w, "Neither ground can carry a refusal:", d.Barred)
	list(w, "The refusal would break:", d.Violations)
	generalDuties(w, d.Duties)
	return nil
}

func mlaEssentialInterests(w io.Writer) error {
	pr, err := mla.Prepare(mlaRequest(), mlaProfile())
	if err != nil {
		return err
	}
	f := mlaFacts()
	f.EssentialInterests = convention.Yes
	say(w, "Kenya considers that executing France's request would prejudice its essential interests, "+
		"a judgement the text leaves to the requested State.")
	say(w, "Question: may Kenya refuse, and what must it do first?")
	a, err := pr.Assess(f)
	if err != nil {
		return err
	}
	answer(w, a.Result)
	list(w, "The ground available:", a.Available)
	list(w, "What Kenya owes France if it refuses:", a.Duties.Intersect(convention.SetOf(mla.DutyConsult, mla.DutyReasons)))

	refuse := mla.Response{Action: mla.ActionRefuse, Grounds: convention.SetOf(mla.GroundEssentialInterests)}
	v, err := pr.Review(f, refuse)
	if err != nil {
		return err
	}
	say(w, "Kenya refuses without consulting France and without giving reasons: %s (%s).", says(v.Outcome), v.Cite)
	list(w, "The refusal breaks:", v.Violations)
	refuse.Consulted, refuse.Reasons = true, true
	if v, err = pr.Review(f, refuse); err != nil {
		return err
	}
	say(w, "Kenya first consults France, then refuses with reasons: %s (%s).", says(v.Outcome), v.Cite)
	return nil
}

func mlaUndetermined(w io.Writer) error {
	f := mlaFacts()
	f.EssentialInterests, f.Disproportionate = convention.Unassessed, convention.Unassessed
	say(w, "Kenya has not yet decided whether executing France's request would prejudice its essential "+
		"interests, nor whether the request is disproportionate to the offence. It has answered every other question.")
	say(w, "Question: must Kenya assist?")
	d, err := mla.Assess(mlaRequest(), mlaProfile(), f)
	if err != nil {
		return err
	}
	answer(w, d.Result)
	say(w, "The answer turns on two judgements of Kenya's own, which the library never guesses. What each "+
		"answer would bring, the other judgement still open:")
	for _, n := range d.Explain().Needed {
		item(w, "%s (%s) If Kenya answers yes: %s; if no: %s.", n.Text, n.Cite, says(n.IfYes), says(n.IfNo))
	}
	f.EssentialInterests, f.Disproportionate = convention.No, convention.No
	if d, err = mla.Assess(mlaRequest(), mlaProfile(), f); err != nil {
		return err
	}
	say(w, "Once Kenya answers no to both: %s (%s).", says(d.Outcome), d.Cite)
	return nil
}

func safeConduct(w io.Writer) error {
	s := mla.Stay{Basis: mla.BasisSafeConduct, Arrived: convention.MustDate("2028-02-01"),
		Informed: convention.MustDate("2028-02-14")}
	say(w, "A witness came to the requesting State at its request to give evidence, arriving on 1 February "+
		"2028. On 14 February its authorities officially inform the witness that presence is no longer required.")
	say(w, "Question: how long is the witness safe there from prosecution and detention?")
	for _, on := range []convention.Date{convention.MustDate("2028-02-29"), convention.MustDate("2028-03-01")} {
		st, err := mla.SafeConduct(mla.RegimeArticle, s, on)
		if err != nil {
			return err
		}
		say(w, "Answer for %s: %s (%s).", day(on), says(st.Outcome), st.Cite)
		if !st.Ceased.IsZero() {
			say(w, "The %d days in which the witness could leave ran from %s to %s, the day of the notice not "+
				"counted and 2028 being a leap year; having stayed on, the witness lost the protection on %s.",
				st.Days, day(s.Informed.AddDays(1)), day(st.Ceased.AddDays(-1)), day(st.Ceased))
		}
	}
	s.Unable = []convention.Period{{Start: convention.MustDate("2028-02-20"), End: convention.MustDate("2028-02-22")}}
	st, err := mla.SafeConduct(mla.RegimeArticle, s, convention.MustDate("2028-03-01"))
	if err != nil {
		return err
	}
	say(w, "Suppose instead that flights were grounded from 20 to 22 February: the witness could not leave, "+
		"and the fifteen consecutive days start again after them.")
	say(w, "Answer for 1 March 2028: %s (%s); if the witness stays on, the protection ends on %s.",
		says(st.Outcome), st.Cite, day(st.Until))
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
	say(w, "At three in the morning on 26 November 2026, the United States' 24/7 point of contact receives "+
		"France's request to preserve the subscriber information and connection logs of an e-mail account "+
		"used in a phishing campaign. The provider deletes its logs after 30 days.")
	say(w, "Question: must the United States preserve the data, and for how long?")
	d, err := preservation.Assess(preservationRequest(), preservation.Profile{}, preservationFacts(), convention.MustDate("2026-11-26"))
	if err != nil {
		return err
	}
	answer(w, d.Result)
	say(w, "%s", d.Summary())
	list(w, "Grounds the United States cannot invoke:", d.Barred)
	return nil
}

func preservationPeriod(w io.Writer) error {
	e := preservation.Events{Started: convention.MustDate("2026-11-26")}
	say(w, "The United States preserved the data on %s. The ninety days of paragraph 7 run from that day "+
		"to %s, both included.", day(e.Started), day(preservation.MinimumEnd(e.Started)))
	say(w, "Question: must it still keep the data on a given day?")
	for _, on := range []convention.Date{convention.MustDate("2027-02-23"), convention.MustDate("2027-02-24")} {
		s, err := preservation.Obligation(e, on)
		if err != nil {
			return err
		}
		say(w, "Answer for %s: %s (%s).", day(on), says(s.Outcome), s.Cite)
	}
	say(w, "No request for disclosure having come, from 24 February the United States may release the data or keep it.")
	e.MLAReceived, e.MLARef = convention.MustDate("2027-02-10"), "FR-2027-0007"
	s, err := preservation.Obligation(e, convention.MustDate("2027-06-01"))
	if err != nil {
		return err
	}
	say(w, "Suppose instead that France's request for disclosure of the data arrived on %s, within the "+
		"ninety days, and is not yet decided.", day(s.MLAReceived))
	if s.Pending {
		say(w, "Answer for %s: %s (%s): the data must be kept until a decision on that request, however long it takes.",
			day(s.AsOf), says(s.Outcome), s.Cite)
	}
	return nil
}

func preservationReview(w io.Writer) error {
	v := preservation.Response{Action: preservation.ActionRefuse, Grounds: convention.SetOf(preservation.GroundNoDualCriminality)}
	say(w, "The United States proposes to refuse France's request because the conduct is not an offence "+
		"under its own law.")
	say(w, "Question: is the refusal lawful?")
	d, err := preservation.Review(preservationRequest(), preservation.Profile{}, preservationFacts(), v)
	if err != nil {
		return err
	}
	answer(w, d.Result)
	list(w, "The refusal breaks:", d.Violations)
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
	say(w, "On 26 November 2026 France asks Brazil to surrender a Brazilian national, for prosecution for "+
		"computer fraud. Brazil has no extradition treaty with France and takes the Convention as its legal "+
		"basis; its law bars the extradition of its nationals. France asks that, if Brazil refuses, it submit "+
		"the case to its own prosecutors.")
	say(w, "Question: would a refusal because the person is a Brazilian national, without more, be lawful?")
	refusal := extradition.Response{Action: extradition.ActionRefuse, Grounds: convention.SetOf(extradition.GroundNationality)}
	v, err := extradition.Review(r, p, f, refusal)
	if err != nil {
		return err
	}
	answer(w, v.Result)
	list(w, "The ground Brazil's law gives it:", v.Available)
	list(w, "The duties that come with refusing on it:", v.Duties.Intersect(convention.SetOf(extradition.DutySubmit, extradition.DutyConsult)))
	list(w, "Refusing without more breaks:", v.Violations)
	refusal.Action, refusal.Consulted = extradition.ActionRefuseAndSubmit, true
	if v, err = extradition.Review(r, p, f, refusal); err != nil {
		return err
	}
	say(w, "Brazil consults France, then refuses and submits the case to its prosecutors: %s (%s).", says(v.Outcome), v.Cite)
	return nil
}

// route says in words what a route open to the requested State is
// (Confiscation art., paras. 1 and 2).
func route(r confiscation.Route) string {
	switch r {
	case confiscation.RouteObtainOrder:
		return "obtain an order of confiscation from its own courts and give effect to it (para. 1(a))"
	case confiscation.RouteEnforceOrder:
		return "give effect to France's order of confiscation (para. 1(b))"
	case confiscation.RouteIdentifyTrace:
		return "identify and trace the property (para. 2)"
	case confiscation.RouteFreezeOnOrder:
		return "freeze or seize the property on France's freezing order (para. 2)"
	case confiscation.RouteFreezeOnRequest:
		return "freeze or seize the property on France's request (para. 2)"
	}
	return r.String()
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
	say(w, "On 2 November 2026 France asks Kenya to give effect to a final order of the Paris criminal court "+
		"confiscating EUR 412,000, the ransom paid into a Nairobi account, and to freeze the account meanwhile. "+
		"Kenyan law lets its courts give effect to foreign orders of confiscation and freeze property on "+
		"request, but not make an order of confiscation of their own on such a request.")
	say(w, "Question: must Kenya act, and how?")
	d, err := pr.Assess(f)
	if err != nil {
		return err
	}
	answer(w, d.Result)
	say(w, "The ways Kenyan law opens, among which Kenya chooses:")
	for _, rt := range d.Routes.All() {
		item(w, "%s", route(rt))
	}

	f.SufficientEvidence = convention.No
	lift := confiscation.Response{Action: confiscation.ActionLift, Grounds: convention.SetOf(confiscation.GroundEvidence)}
	say(w, "Later Kenya finds that it has not received sufficient evidence, and proposes to lift the freeze "+
		"at once, without hearing France.")
	say(w, "Question: would lifting the freeze without hearing France be lawful?")
	v, err := pr.Review(f, lift)
	if err != nil {
		return err
	}
	answer(w, v.Result)
	list(w, "The ground is available:", v.Available)
	list(w, "But first:", v.Duties.Intersect(convention.SetOf(confiscation.DutyOpportunity)))
	list(w, "Lifting the freeze without hearing France breaks:", v.Violations)
	lift.Opportunity = true
	if v, err = pr.Review(f, lift); err != nil {
		return err
	}
	say(w, "Kenya first gives France the opportunity to argue for the freeze, then lifts it: %s (%s).", says(v.Outcome), v.Cite)
	return nil
}

func dualCriminality(w io.Writer) error {
	say(w, `The requesting State prosecutes "ransomware extortion", a computer crime. The requested State's `+
		`law has no such offence, but punishes the same conduct as "aggravated blackmail", an offence against property.`)
	say(w, "Question: where dual criminality is required, is it met?")
	r := convention.EvaluateDualCriminality(
		"encrypting a hospital's patient records and demanding payment for the key",
		convention.Characterisation{Criminal: convention.Yes, Name: "ransomware extortion", Category: "computer crime"},
		convention.Characterisation{Criminal: convention.Yes, Name: "aggravated blackmail", Category: "offence against property"},
		convention.Citation{})
	answer(w, r.Result)
	say(w, "The conduct compared is %q:", r.Conduct)
	for _, s := range r.Explain().Steps {
		item(w, "%s %s.", s.Question, s.Answer)
	}
	say(w, `The names and categories of the offences are not compared: the text deems the condition fulfilled `+
		`"irrespective of" them.`)
	return nil
}

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
	say(w, "The depositary's record is modelled on UNTOC's: forty States ratify, the fortieth instrument "+
		"deposited on 1 July 2003 as UNTOC's was (the States named are illustrative).")
	p, fortieth, _ := l.Fortieth()
	eif, _ := l.EntryIntoForce()
	say(w, "Question: when does the Convention enter into force?")
	say(w, "Answer: on %s, the ninetieth day after %s deposited the fortieth instrument on %s (%s).",
		day(eif), name(p), day(fortieth), convention.Cite(convention.ArtEntryIntoForce, 1))

	late, _ := l.PartyEntryIntoForce(ids[40])
	say(w, "Question: %s ratifies on 15 October 2003; when does the Convention enter into force for it?", name(ids[40]))
	say(w, "Answer: on %s, the thirtieth day after its deposit (%s).", day(late), convention.Cite(convention.ArtEntryIntoForce, 2))

	s := l.StatusBetween(ids[0], ids[40], convention.MustDate("2003-11-01"))
	say(w, "Question: on 1 November 2003, is the Convention in force between %s and %s?", name(ids[0]), name(ids[40]))
	say(w, "Answer: %s (%s); it is in force between them from %s.", says(s.Outcome), s.Cite, day(s.Date))

	l, err = l.Add(convention.Action{Kind: convention.ActionDenunciation, Party: ids[3], Date: convention.MustDate("2028-02-29")})
	if err != nil {
		return err
	}
	c, _ := l.Ceases(ids[3])
	say(w, "Question: the Secretary-General receives %s's denunciation on 29 February 2028; when does it take effect?", name(ids[3]))
	say(w, "Answer: one year after, on %s, 2029 having no 29 February; %s then ceases to be a Party (%s).",
		day(c), name(ids[3]), convention.Cite(convention.ArtDenunciation, 1))
	return nil
}

func amendmentVote(w io.Writer) error {
	l, ids, err := untoc()
	if err != nil {
		return err
	}
	say(w, "%s files a proposal of amendment with the Secretary-General on 28 September 2008.", name(ids[0]))
	say(w, "Question: may it propose an amendment on that day?")
	r := convention.AmendmentProposalAdmissible(l, ids[0], convention.MustDate("2008-09-28"))
	say(w, "Answer: %s (%s): only after the expiry of five years from the entry into force; proposals may be "+
		"filed from %s.", says(r.Outcome), r.Cite, day(r.Date))

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
	say(w, "%s files it again on 4 January 2010. On %s the %s, its efforts at consensus exhausted, votes: "+
		"%d States for, %d against, %d abstaining.", name(ids[0]), day(v.Date), v.Body, d.For, d.Against, d.Abstaining)
	say(w, "Question: is the amendment adopted?")
	answer(w, d.Result)
	say(w, "Why:")
	for _, s := range d.Explain().Steps {
		item(w, "%s %s.", s.Question, s.Answer)
	}
	for _, note := range d.Explain().Notes {
		item(w, "%s.", note)
	}
	return nil
}

func dispute(w io.Writer) error {
	l, ids, err := untoc()
	if err != nil {
		return err
	}
	dsp := convention.Dispute{Parties: [2]convention.PartyID{ids[0], ids[1]}, NegotiationFailed: convention.Yes,
		ArbitrationRequest: convention.MustDate("2025-08-31"), RequestedBy: ids[0], OrganisationAgreed: convention.No}
	say(w, "%s and %s could not settle a dispute through negotiation. %s requested arbitration on 31 August "+
		"2025, and the two have not agreed on its organization.", name(ids[0]), name(ids[1]), name(ids[0]))
	say(w, "Question: may either refer the dispute to the International Court of Justice?")
	before, err := convention.DecideDispute(l, dsp, convention.MustDate("2026-02-27"))
	if err != nil {
		return err
	}
	say(w, "Answer for 27 February 2026: %s (%s); %s %s.", says(before.Outcome), before.Cite, before.DateLabel, day(before.Date))
	after, err := convention.DecideDispute(l, dsp, convention.MustDate("2026-02-28"))
	if err != nil {
		return err
	}
	say(w, "Answer for 28 February 2026: %s (%s).", says(after.Outcome), after.Cite)
	if s, ok := before.Explain().Step(convention.FinalSixMonths.String()); ok {
		say(w, "Why: %s On 27 February, %s: %s.", s.Question, s.Answer, s.Note)
	}
	return nil
}

// event says in words what an event of the review calendar is.
func event(e implementation.Event) string {
	switch e.Kind {
	case implementation.EventMidTermReview:
		return "Mid-term review of implementation"
	case implementation.EventMinisterialReview:
		return "High-level ministerial review of implementation"
	case implementation.EventAnnualDiscussion:
		return "Annual discussion on treaty implementation"
	case implementation.EventReport:
		return "Report on the working of the Convention"
	}
	return e.Kind.String()
}

func calendar(w io.Writer) error {
	l, ids, err := untoc()
	if err != nil {
		return err
	}
	cal := implementation.NewCalendar(l)
	say(w, "In the record of stop 12, the Convention entered into force on 29 September 2003.")
	say(w, "Question: which periodic reviews of implementation fall due from 2008 to 2013?")
	es, err := cal.Commission(convention.Period{Start: convention.MustDate("2008-01-01"), End: convention.MustDate("2013-12-31")})
	if err != nil {
		return err
	}
	say(w, "Answer, counted from the entry into force (the text sets no other starting point), besides the annual discussions:")
	for _, e := range es {
		if e.Kind != implementation.EventAnnualDiscussion {
			item(w, "%s, for %s to %s (%s).", event(e), day(e.Period.Start), day(e.Period.End), e.Kind.Cite())
		}
	}
	say(w, "%s furnished one report on the working of the Convention, on 1 May 2008.", name(ids[0]))
	say(w, "Question: on 1 January 2019, in which five-year cycles has it furnished none?")
	missed, err := cal.Missed(ids[0], []convention.Date{convention.MustDate("2008-05-01")}, convention.MustDate("2019-01-01"))
	if err != nil {
		return err
	}
	say(w, "Answer: in %d cycles:", len(missed))
	for _, e := range missed {
		item(w, "%s to %s (%s).", day(e.Period.Start), day(e.Period.End), e.Kind.Cite())
	}
	say(w, "Whether a report was owed by a given date depends on what the Commission requested (%s).",
		convention.Cite(convention.ArtInformation, 2))
	return nil
}

func draftingSlips(w io.Writer) error {
	say(w, "The draft has slips: wrong cross-references, missing words, a body it never creates. The library "+
		"records each, with the intent it encodes. Three of them:")
	for _, s := range []struct {
		cite convention.Citation
		gist string
	}{
		{convention.Cite(convention.ArtConfiscation, 3),
			`refers to "paragraph 15" of the MLA article for a request's contents, which this text lists in paragraph 16; the library applies paragraph 16.`},
		{convention.Cite(convention.ArtEntryIntoForce, 2),
			`lacks the words "whichever is later": read literally, it could bring the Convention into force for a State before it is in force at all. As the depositary does under UNTOC, the library takes the later date.`},
		{convention.Cite(convention.ArtAmendment, 1),
			`gives amendments to a "Conference of the Parties" the text never establishes; the library applies the voting rule to the body that meets (stop 13).`},
	} {
		if p, ok := convention.LookupProvision(s.cite); !ok || p.Note == "" {
			return fmt.Errorf("%s carries no drafting note", s.cite)
		}
		item(w, "%s %s", s.cite, s.gist)
	}
	say(w, "The library records %d such notes in all, each in full; a program lists them with convention.DraftingNotes().",
		len(convention.DraftingNotes()))
	return nil
}

// Printing. The helpers below only print: each stop's decisions are plain
// calls of the library, in the stop's own function.

// width is the width the tour wraps its paragraphs at.
const width = 96

// say prints a paragraph, wrapped.
func say(w io.Writer, format string, args ...any) {
	wrap(w, "", "", fmt.Sprintf(format, args...))
}

// item prints one entry of a list, wrapped and indented.
func item(w io.Writer, format string, args ...any) {
	wrap(w, "  - ", "    ", fmt.Sprintf(format, args...))
}

// wrap prints text in lines of at most width columns where its words allow,
// the first line starting with first, the others with rest. It never breaks
// a line before a glued word.
func wrap(w io.Writer, first, rest, text string) {
	var units []string
	prev := ""
	for _, word := range strings.Fields(text) {
		if len(units) > 0 && glued(prev, word) {
			units[len(units)-1] += " " + word
		} else {
			units = append(units, word)
		}
		prev = word
	}
	line := first
	for i, u := range units {
		switch {
		case i == 0:
			line += u
		case len(line)+1+len(u) > width:
			fmt.Fprintln(w, line)
			line = rest + u
		default:
			line += " " + u
		}
	}
	fmt.Fprintln(w, line)
}

// glued reports whether word stays on the line of the word before it, prev,
// so that a citation ("MLA art., para. 24", "Entry into force art.") or a
// date ("26 November 2026") is never split.
func glued(prev, word string) bool {
	switch word {
	case "art.", "art.,", "para.", "paras.", "into", "force":
		return true
	}
	digit := func(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }
	return digit(word) || digit(prev) && word[0] >= 'A' && word[0] <= 'Z'
}

// The words the tour prints for the library's outcomes, whose String is a
// token such as "may-refuse".
var outcomeWords = map[convention.Outcome]string{
	convention.Undetermined:  "not yet determined",
	convention.NotApplicable: "not applicable",
	convention.Obliged:       "obliged",
	convention.MayRefuse:     "may refuse",
	convention.NoObligation:  "no obligation",
	convention.Discretionary: "at the State's discretion",
	convention.Lawful:        "lawful",
	convention.Unlawful:      "unlawful",
	convention.Satisfied:     "satisfied",
	convention.NotSatisfied:  "not satisfied",
	convention.NotRequired:   "not required",
	convention.Permitted:     "permitted",
	convention.Prohibited:    "not permitted",
	convention.Protected:     "protected",
	convention.Ceased:        "no longer protected",
	convention.InForce:       "in force",
	convention.NotInForce:    "not in force",
	convention.Adopted:       "adopted",
	convention.NotAdopted:    "not adopted",
	convention.Due:           "due",
	convention.NotDue:        "not yet",
}

// says returns an outcome in words.
func says(o convention.Outcome) string {
	if s, ok := outcomeWords[o]; ok {
		return s
	}
	return o.String()
}

// answer prints the library's answer: the outcome in words and the
// paragraph it rests on.
func answer[T convention.Term](w io.Writer, r convention.Result[T]) {
	say(w, "Answer: %s (%s).", says(r.Outcome), r.Cite)
}

// list prints the terms of s after a heading, each in the library's words
// with its paragraph; nothing when s is empty.
func list[T convention.Term](w io.Writer, heading string, s convention.Set[T]) {
	if s.IsEmpty() {
		return
	}
	say(w, "%s", heading)
	for _, t := range s.Slice() {
		d := t.Describe()
		item(w, "%s (%s)", strings.TrimSuffix(d.Text, "."), d.Cite)
	}
}

// name is a State's name in English, from its ISO 3166 code.
func name(p convention.PartyID) string {
	r, err := language.ParseRegion(p.String())
	if err != nil {
		return p.String()
	}
	return display.English.Regions().Name(r)
}

// day writes a date as a lawyer does: "29 February 2028".
func day(d convention.Date) string {
	return fmt.Sprintf("%d %s %d", d.Day(), d.Month(), d.Year())
}

// inWords joins "a", "b" and "c" as "a, b and c".
func inWords(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
