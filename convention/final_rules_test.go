package convention_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
)

// validAction returns an action of kind k by p, dated 2025-01-01, carrying
// exactly the fields its kind requires.
func validAction(k convention.ActionKind, p convention.PartyID) convention.Action {
	return conventiontest.ValidAction(k, p, d("2025-01-01"))
}

// toggle adds field f to a when absent and removes it when present.
func toggle(a convention.Action, f string) convention.Action {
	switch f {
	case "Party":
		if a.Party.IsZero() {
			a.Party = convention.MustPartyID("FRA")
		} else {
			a.Party = convention.PartyID{}
		}
	case "Date":
		a.Date = convention.Date{}
	case "Amendment":
		a.Amendment = convention.AmendmentRef(flip(string(a.Amendment)))
	case "Basis":
		if a.Basis == convention.Unassessed {
			a.Basis = convention.No
		} else {
			a.Basis = convention.Unassessed
		}
	case "Authority":
		a.Authority = flip(a.Authority)
	case "Languages":
		if a.Languages == nil {
			a.Languages = []language.Tag{language.French}
		} else {
			a.Languages = nil
		}
	case "Competence":
		a.Competence = flip(a.Competence)
	case "Body":
		a.Body = flip(a.Body)
	}
	return a
}

func flip(s string) string {
	if s == "" {
		return "x"
	}
	return ""
}

// TestActionRulesEachBrokenAlone breaks each rule of Action.Validate alone,
// from a valid baseline, and checks that exactly its citation is reported.
func TestActionRulesEachBrokenAlone(t *testing.T) {
	covered := map[string]bool{}
	key := func(c convention.Citation, field string) string { return c.String() + "|" + field }
	state, reio := convention.MustPartyID("DEU"), eu
	for _, k := range convention.ActionKinds() {
		for _, p := range []convention.PartyID{state, reio} {
			base := validAction(k, p)
			require.NoError(t, base.Validate(), "%s by %s", k, p)
			for _, f := range []string{"Party", "Date", "Amendment", "Basis", "Authority", "Languages", "Competence", "Body"} {
				if f == "Party" && p.IsREIO() {
					continue // a REIO without its code reads as a State: two rules at once
				}
				t.Run(fmt.Sprintf("%s %s: %s by %s", k.Cite(), k, f, p), func(t *testing.T) {
					ps := convention.AsProblems(toggle(base, f).Validate())
					require.Len(t, ps, 1, ps.Strings())
					assert.Equal(t, k.Cite(), ps[0].Cite)
					assert.Equal(t, f, ps[0].Field)
					covered[key(ps[0].Cite, ps[0].Field)] = true
				})
			}
		}
	}
	general := []struct {
		name string
		a    convention.Action
		cite convention.Citation
	}{
		{"depositary para. 1: unknown kind", convention.Action{Kind: 77, Party: state, Date: d("2025-01-01")}, convention.Cite(convention.ArtDepositary, 1)},
		{"MLA para. 15: undetermined language", convention.Action{Kind: convention.ActionLanguages, Party: state, Date: d("2025-01-01"), Languages: []language.Tag{language.Und}}, convention.Cite(convention.ArtMLA, 15)},
		{"MLA para. 15: language twice", convention.Action{Kind: convention.ActionLanguages, Party: state, Date: d("2025-01-01"), Languages: []language.Tag{language.French, language.French}}, convention.Cite(convention.ArtMLA, 15)},
		{"extradition para. 5(a): answer neither yes nor no", convention.Action{Kind: convention.ActionExtraditionBasis, Party: state, Date: d("2025-01-01"), Basis: 5}, convention.CitePoint(convention.ArtExtradition, 5, 'a')},
	}
	for _, tc := range general {
		t.Run(tc.name, func(t *testing.T) {
			ps := convention.AsProblems(tc.a.Validate())
			require.Len(t, ps, 1, ps.Strings())
			assert.Equal(t, tc.cite, ps[0].Cite)
			covered[key(ps[0].Cite, ps[0].Field)] = true
		})
	}
	for _, r := range convention.ActionRules() {
		assert.True(t, covered[key(r.Cite, r.Field)], "rule %s %s not exercised", r.Cite, r.Field)
		assert.True(t, convention.Registered(r.Cite), r.Cite.String())
		assert.NotEmpty(t, r.Quote)
	}
}

// ledgerFixture is the UNTOC-shaped record with two more States (45 and
// 46) that have done nothing but 45's signature, an organization "AFRICAN-UNION" of
// those two that has signed, and amendment A1 proposed and A2 proposed,
// adopted and accepted by states[0].
func ledgerFixture(t *testing.T) (convention.Ledger, []convention.PartyID) {
	u := newUNTOC()
	states := conventiontest.States(47)
	au := convention.MustPartyID("AFRICAN-UNION")
	parties := append(append([]convention.Party(nil), u.parties...),
		convention.Party{ID: states[45]}, convention.Party{ID: states[46]}, convention.Party{ID: au, Members: states[45:47]})
	acts := append(append([]convention.Action(nil), u.actions...),
		convention.Action{Kind: convention.ActionSignature, Party: states[45], Date: d("2001-01-01")},
		convention.Action{Kind: convention.ActionSignature, Party: au, Date: d("2001-01-02")},
		convention.Action{Kind: convention.ActionAmendmentProposal, Party: states[0], Date: d("2009-01-01"), Amendment: "A1"},
		convention.Action{Kind: convention.ActionAmendmentProposal, Party: states[1], Date: d("2009-01-01"), Amendment: "A2"},
		convention.Action{Kind: convention.ActionAmendmentAdoption, Date: d("2009-06-01"), Amendment: "A2", Body: "Commission"},
		convention.Action{Kind: convention.ActionAmendmentAcceptance, Party: states[0], Date: d("2009-07-01"), Amendment: "A2"},
	)
	l, err := convention.Build(parties, acts)
	require.NoError(t, err)
	return l, states
}

// TestLedgerRulesEachBrokenAlone breaks each ledger rule alone and checks
// that exactly that rule is reported.
func TestLedgerRulesEachBrokenAlone(t *testing.T) {
	l, s := ledgerFixture(t)
	au := convention.MustPartyID("AFRICAN-UNION")
	act := func(k convention.ActionKind, p convention.PartyID, on string) convention.Action {
		a := validAction(k, p)
		a.Date = d(on)
		return a
	}
	amend := func(a convention.Action, ref convention.AmendmentRef) convention.Action { a.Amendment = ref; return a }
	tests := []struct {
		name  string
		rule  string // the start of the rule's quote
		cite  convention.Citation
		field string
		a     convention.Action
	}{
		{"depositary para. 1: unknown party", "The Secretary-General", convention.Cite(convention.ArtDepositary, 1), "Party",
			act(convention.ActionSignature, convention.MustPartyID("ZWE"), "2001-01-01")},
		{"depositary para. 1: recorded twice", "The Secretary-General", convention.Cite(convention.ArtDepositary, 1), "Kind",
			act(convention.ActionSignature, s[0], "2000-12-12")},
		{"signature para. 1: signed twice", "This Convention shall be open", sig, "Date",
			act(convention.ActionSignature, s[0], "2001-05-05")},
		{"signature para. 1: signature after the instrument", "This Convention shall be open", sig, "Date",
			act(convention.ActionSignature, s[42], "2004-05-05")},
		{"signature para. 2: organization without a signing member", "provided that at least one member", convention.Cite(convention.ArtSignature, 2), "Party",
			act(convention.ActionSignature, au, "2000-12-31")},
		{"signature para. 3: ratification without signature", "This Convention is subject to ratification", convention.Cite(convention.ArtSignature, 3), "Kind",
			act(convention.ActionRatification, s[46], "2005-01-01")},
		{"signature para. 3: organization without a member's instrument", "A regional economic integration organization may deposit", convention.Cite(convention.ArtSignature, 3), "Party",
			act(convention.ActionRatification, au, "2005-01-01")},
		{"signature para. 4: organization without a member that is a Party", "open for accession", convention.Cite(convention.ArtSignature, 4), "Party",
			act(convention.ActionAccession, au, "2005-01-01")},
		{"signature para. 3: second instrument", "Instruments of ratification, acceptance or approval shall be deposited", convention.Cite(convention.ArtSignature, 3), "Date",
			act(convention.ActionApproval, s[0], "2005-01-01")},
		{"signature para. 4: accession after an instrument", "Instruments of accession", convention.Cite(convention.ArtSignature, 4), "Date",
			act(convention.ActionAccession, s[0], "2005-01-01")},
		{"signature para. 3: a State declares no competence", "Such organization shall also inform", convention.Cite(convention.ArtSignature, 3), "Party",
			act(convention.ActionCompetence, s[0], "2005-01-01")},
		{"signature para. 3: competence of an organization without instrument", "Such organization shall also inform", convention.Cite(convention.ArtSignature, 3), "Party",
			act(convention.ActionCompetence, au, "2005-01-01")},
		{"extradition para. 5(a): before deposit", "inform the Secretary-General", convention.CitePoint(convention.ArtExtradition, 5, 'a'), "Party",
			act(convention.ActionExtraditionBasis, s[46], "2005-01-01")},
		{"MLA para. 14: before deposit", "The Secretary-General of the United Nations shall be notified of the central", convention.Cite(convention.ArtMLA, 14), "Party",
			act(convention.ActionCentralAuthority, s[46], "2005-01-01")},
		{"MLA para. 15: by an organization", "The Secretary-General of the United Nations shall be notified of the language", convention.Cite(convention.ArtMLA, 15), "Party",
			act(convention.ActionLanguages, eu, "2005-01-01")},
		{"disputes para. 3: \"Each State Party may ... declare\": not an organization", "Each State Party may", convention.Cite(convention.ArtDisputes, 3), "Party",
			act(convention.ActionDisputeReservation, eu, "2000-12-12")},
		{"amendment para. 1: \"a State Party may propose\": not an organization", "a State Party may propose", convention.Cite(convention.ArtAmendment, 1), "Party",
			amend(act(convention.ActionAmendmentProposal, eu, "2010-01-01"), "A3")},
		{"amendment para. 3: \"by States Parties\": not an organization", "is subject to ratification", convention.Cite(convention.ArtAmendment, 3), "Party",
			amend(act(convention.ActionAmendmentAcceptance, eu, "2010-01-01"), "A2")},
		{"denunciation para. 1: \"A State Party may denounce\": not an organization", "A State Party may denounce", convention.Cite(convention.ArtDenunciation, 1), "Party",
			act(convention.ActionDenunciation, eu, "2010-01-01")},
		{"disputes para. 3: reservation after signature and deposit", "at the time of signature", convention.Cite(convention.ArtDisputes, 3), "Date",
			act(convention.ActionDisputeReservation, s[0], "2005-01-01")},
		{"disputes para. 4: withdrawal without reservation", "Any State Party that has made", convention.Cite(convention.ArtDisputes, 4), "Party",
			act(convention.ActionWithdrawReservation, s[0], "2005-01-01")},
		{"amendment para. 1: proposer not a Party", "a State Party may propose", convention.Cite(convention.ArtAmendment, 1), "Party",
			amend(act(convention.ActionAmendmentProposal, s[46], "2010-01-01"), "A3")},
		{"amendment para. 1: before the expiry of five years", "After the expiry of five years", convention.Cite(convention.ArtAmendment, 1), "Date",
			amend(act(convention.ActionAmendmentProposal, s[0], "2008-09-28"), "A3")},
		{"amendment para. 1: proposed twice", "propose an amendment and file it", convention.Cite(convention.ArtAmendment, 1), "Amendment",
			act(convention.ActionAmendmentProposal, s[3], "2010-01-01")},
		{"amendment para. 1: adoption without proposal", "for the purpose of considering", convention.Cite(convention.ArtAmendment, 1), "Amendment",
			amend(act(convention.ActionAmendmentAdoption, convention.PartyID{}, "2010-01-01"), "A7")},
		{"amendment para. 1: adopted twice", "for the purpose of considering", convention.Cite(convention.ArtAmendment, 1), "Amendment",
			amend(act(convention.ActionAmendmentAdoption, convention.PartyID{}, "2010-01-01"), "A2")},
		{"amendment para. 3: acceptance before adoption", "An amendment adopted", convention.Cite(convention.ArtAmendment, 3), "Amendment",
			act(convention.ActionAmendmentAcceptance, s[0], "2010-01-01")},
		{"amendment para. 3: acceptance by a non-Party", "is subject to ratification", convention.Cite(convention.ArtAmendment, 3), "Party",
			amend(act(convention.ActionAmendmentAcceptance, s[46], "2010-01-01"), "A2")},
		{"amendment para. 3: accepted twice", "an instrument of ratification", convention.Cite(convention.ArtAmendment, 3), "Date",
			amend(act(convention.ActionAmendmentAcceptance, s[0], "2010-01-01"), "A2")},
		{"denunciation para. 1: by a non-Party", "A State Party may denounce", convention.Cite(convention.ArtDenunciation, 1), "Party",
			act(convention.ActionDenunciation, s[46], "2010-01-01")},
		{"denunciation para. 1: before entry into force for the party", "A State Party may denounce", convention.Cite(convention.ArtDenunciation, 1), "Party",
			act(convention.ActionDenunciation, s[0], "2003-09-28")},
	}
	covered := map[int]bool{}
	rules := convention.LedgerRules()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.NoError(t, tc.a.Validate())
			_, err := l.Add(tc.a)
			ps := convention.AsProblems(err)
			require.Len(t, ps, 1, ps.Strings())
			assert.Equal(t, tc.cite, ps[0].Cite)
			assert.Equal(t, "Action."+tc.field, ps[0].Field)
			for i, r := range rules {
				if r.Cite == tc.cite && "Action."+r.Field == ps[0].Field && strings.HasPrefix(r.Quote, tc.rule) {
					covered[i] = true
				}
			}
		})
	}
	for i, r := range rules {
		assert.True(t, covered[i], "ledger rule %d (%s %s: %q) not exercised", i, r.Cite, r.Field, r.Quote)
		assert.True(t, convention.Registered(r.Cite), r.Cite.String())
	}
}

// TestFinalCitationsRegistered checks that every citation the final
// provisions emit is in the registry.
func TestFinalCitationsRegistered(t *testing.T) {
	terms := convention.TermsOf[convention.Final]()
	require.NotEmpty(t, terms)
	names := map[string]bool{}
	for _, f := range terms {
		desc := f.Describe()
		assert.True(t, convention.Registered(desc.Cite), "%s: %s", f, desc.Cite)
		assert.NotEmpty(t, desc.Text)
		assert.False(t, names[desc.Name], "name %s twice", desc.Name)
		names[desc.Name] = true
		assert.Equal(t, desc.Name, f.String())
	}
	assert.Equal(t, "Final(200)", convention.Final(200).String())
	assert.Equal(t, convention.Description{}, convention.Final(200).Describe())
	for _, rs := range [][]convention.RuleInfo{convention.VoteRules(), convention.VoteLedgerRules(), convention.DisputeRules()} {
		for _, r := range rs {
			assert.True(t, convention.Registered(r.Cite), r.Cite.String())
		}
	}
	for _, c := range []convention.Citation{
		convention.Cite(convention.ArtEntryIntoForce, 1), convention.Cite(convention.ArtEntryIntoForce, 2),
		convention.Cite(convention.ArtDenunciation, 1), convention.Cite(convention.ArtDenunciation, 2),
		convention.Cite(convention.ArtDenunciation, 3), convention.Cite(convention.ArtAmendment, 5),
		convention.Cite(convention.ArtDepositary, 1), convention.Cite(convention.ArtDepositary, 2),
	} {
		assert.True(t, convention.Registered(c), c.String())
	}
}

// TestReadingsNameTheirTests: every reading cites a registered paragraph
// and says what the library decides; a structured reading quotes its words
// and names a test function, of this package or of package implementation,
// that exists.
func TestReadingsNameTheirTests(t *testing.T) {
	tests := testFunctions(t, ".")
	for name := range testFunctions(t, "../implementation") {
		tests[name] = true
	}
	structured := 0
	for _, r := range convention.Readings() {
		assert.True(t, convention.Registered(r.Cite), r.Cite.String())
		assert.NotEmpty(t, r.Reading, r.Cite.String())
		if r.Test == "" {
			continue
		}
		structured++
		assert.NotEmpty(t, r.Words, r.Cite.String())
		assert.True(t, tests[r.Test], "%s: no test %s", r.Cite, r.Test)
	}
	assert.Greater(t, structured, 10)
	assert.NotEmpty(t, convention.ReadingsOf(convention.Cite(convention.ArtDisputes, 2)))
	assert.NotEmpty(t, convention.ReadingsOf(convention.Cite(convention.ArtInformation, 1)), "the mechanism's readings are among them")
}

// testFunctions returns the names of the Test functions in dir's test files.
func testFunctions(t *testing.T, dir string) map[string]bool {
	out := map[string]bool{}
	files, err := filepath.Glob(filepath.Join(dir, "*_test.go"))
	require.NoError(t, err)
	fset := token.NewFileSet()
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		require.NoError(t, err)
		for _, d := range f.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv == nil && strings.HasPrefix(fn.Name.Name, "Test") {
				out[fn.Name.Name] = true
			}
		}
	}
	return out
}

// TestFidelityTableNamesRealTests: the fidelity table of the package
// documentation names only tests that exist, and covers every paragraph of
// the final provisions.
func TestFidelityTableNamesRealTests(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	text := string(doc)
	start := strings.Index(text, "# Fidelity of the final provisions")
	require.GreaterOrEqual(t, start, 0)
	table := text[start:]
	tests := testFunctions(t, ".")
	for _, name := range regexp.MustCompile(`Test[A-Z][A-Za-z0-9]+`).FindAllString(table, -1) {
		assert.True(t, tests[name], "the fidelity table names %s, which is not a test", name)
	}
	for _, a := range []convention.Article{convention.ArtDisputes, convention.ArtSignature, convention.ArtEntryIntoForce,
		convention.ArtAmendment, convention.ArtDenunciation, convention.ArtDepositary} {
		for p := 1; p <= a.Paragraphs(); p++ {
			row := fmt.Sprintf("%s, %d ", strings.TrimSuffix(convention.Cite(a, p).String(), fmt.Sprintf(", para. %d", p)), p)
			assert.True(t, strings.Contains(table, row), "the fidelity table lacks %s", convention.Cite(a, p))
		}
	}
}

// TestDisputesPara3ReservationAtSignatureNeedsNoConfirmation: "Each State
// Party may, at the time of signature, ratification, acceptance or approval
// of or accession to this Convention, declare that it does not consider
// itself bound by paragraph 2". The treaty expressly allows the reservation
// at signature, so it needs no formal confirmation at the deposit (ILC
// Guide to Practice on Reservations, guideline 2.2.3, the exception to VCLT
// art. 23(2)): it binds the pair from the entry into force on, with or
// without a confirmation, until withdrawn; a State that reserved at neither
// time has no reservation.
func TestDisputesPara3ReservationAtSignatureNeedsNoConfirmation(t *testing.T) {
	u := newUNTOC()
	signed, other := u.states[7], u.states[0] // both signed on 2000-12-12
	sig := convention.Action{Kind: convention.ActionDisputeReservation, Party: signed, Date: d("2000-12-12")}
	dep, ok := u.ledger(t).Participation(signed, 0)
	require.True(t, ok)
	confirm := convention.Action{Kind: convention.ActionDisputeReservation, Party: signed, Date: dep.Deposited}
	dispute := convention.Dispute{Parties: [2]convention.PartyID{signed, other}, NegotiationFailed: convention.Yes}
	asOf := d("2010-01-01")

	for name, l := range map[string]convention.Ledger{
		"made at signature, not confirmed": u.ledger(t, sig),
		"made at signature, confirmed":     u.ledger(t, sig, confirm),
		"made at the deposit only":         u.ledger(t, confirm),
	} {
		assert.True(t, l.Reserved(signed, asOf), name)
		r, err := convention.DecideDispute(l, dispute, asOf)
		require.NoError(t, err, name)
		assert.Equal(t, convention.NoObligation, r.Outcome, name)
		assert.Equal(t, convention.Cite(convention.ArtDisputes, 3), r.Cite, name)
		assert.True(t, r.Barred.Has(convention.FinalRequestArbitration), name)
	}

	// The other side: no reservation at signature or at the deposit, and a
	// reservation at signature withdrawn (para. 4).
	none := u.ledger(t)
	assert.False(t, none.Reserved(signed, asOf))
	r, err := convention.DecideDispute(none, dispute, asOf)
	require.NoError(t, err)
	assert.Equal(t, convention.Discretionary, r.Outcome)
	assert.True(t, r.Available.Has(convention.FinalRequestArbitration))
	withdrawn := u.ledger(t, sig, convention.Action{Kind: convention.ActionWithdrawReservation, Party: signed, Date: d("2005-01-01")})
	assert.True(t, withdrawn.Reserved(signed, d("2004-12-31")))
	assert.False(t, withdrawn.Reserved(signed, asOf))
}
