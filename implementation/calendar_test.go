package implementation_test

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
	"github.com/treatyrules/cybercrime/implementation"
	"github.com/treatyrules/cybercrime/implementation/implementationtest"
)

func period(s string) convention.Period {
	a, b, _ := strings.Cut(s, "/")
	return convention.Period{Start: d(a), End: d(b)}
}

func dates(s string) []convention.Date {
	if s == "-" {
		return nil
	}
	var out []convention.Date
	for _, x := range strings.Split(s, ",") {
		out = append(out, d(x))
	}
	return out
}

func compact(es []implementation.Event) string {
	if len(es) == 0 {
		return "-"
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Due.String()+" "+e.Kind.String()+" "+strconv.Itoa(e.Cycle))
	}
	return strings.Join(out, "; ")
}

// TestCalendarVectors runs the legal test vectors of testdata/calendar.txt.
func TestCalendarVectors(t *testing.T) {
	l, _ := fixture(t)
	c := implementation.NewCalendar(l)
	f, err := os.Open("testdata/calendar.txt")
	require.NoError(t, err)
	defer f.Close()
	id, cite := "", ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		text := strings.TrimSpace(sc.Text())
		switch {
		case text == "" || strings.HasPrefix(text, "#") || strings.HasPrefix(text, "note: "):
		case strings.HasPrefix(text, "== "):
			id = text[3:]
		case strings.HasPrefix(text, "cite: "):
			cite = text[6:]
			_, err := convention.ParseCitation(cite)
			require.NoError(t, err)
		case strings.HasPrefix(text, "ask "):
			q, want, ok := strings.Cut(text[4:], " => ")
			require.True(t, ok, text)
			t.Run(id+" "+cite+": "+q, func(t *testing.T) {
				f := strings.Fields(q)
				var got string
				switch f[0] {
				case "commission":
					es, err := c.Commission(period(f[1]))
					require.NoError(t, err)
					got = compact(es)
				case "reports":
					es, err := c.Reports(convention.MustPartyID(f[1]), period(f[2]))
					require.NoError(t, err)
					got = compact(es)
				case "missed":
					es, err := c.Missed(convention.MustPartyID(f[1]), dates(f[2]), d(f[3]))
					require.NoError(t, err)
					got = compact(es)
				case "history":
					h, err := c.History(convention.MustPartyID(f[1]), dates(f[2]), d(f[3]))
					require.NoError(t, err)
					var parts []string
					for _, rc := range h {
						parts = append(parts, strconv.Itoa(rc.Cycle)+":"+rc.State.String())
					}
					got = strings.Join(parts, "; ")
				default:
					t.Fatalf("unknown question %q", f[0])
				}
				assert.Equal(t, want, got)
			})
		default:
			t.Fatalf("unknown line %q", text)
		}
	}
	require.NoError(t, sc.Err())
}

func TestCalendarDueListsEverything(t *testing.T) {
	l, _ := fixture(t)
	c := implementation.NewCalendar(l)
	es, err := c.Due(period("2008-09-01/2008-12-31"))
	require.NoError(t, err)
	// The reports of the 40 parties in force on 2003-09-29 and CCK's; the
	// mid-term review; the annual discussion.
	assert.Len(t, es, 2+41)
	_, err = c.Due(convention.Period{Start: d("2010-01-01")})
	assertCites(t, err, convention.Cite(convention.ArtReview, 2))
	_, err = c.Reports(convention.MustPartyID("ABW"), period("2010-01-01/2009-01-01"))
	assertCites(t, err, convention.CitePoint(convention.ArtInformation, 1, 'a'))
	none, err := implementation.Calendar{}.Due(period("2010-01-01/2020-01-01"))
	require.NoError(t, err)
	assert.Empty(t, none)
}

// TestCalendarCyclesTileTime: for any origin, the cycles of a series follow
// one another without gap or overlap, and each falls due on its last day.
func TestCalendarCyclesTileTime(t *testing.T) {
	l, s := fixture(t)
	c := implementation.NewCalendar(l)
	rapid.Check(t, func(t *rapid.T) {
		party := rapid.SampledFrom(s[:44]).Draw(t, "Party")
		from := conventiontest.DateBetween(d("2000-01-01"), d("2060-01-01")).Draw(t, "From")
		p := convention.Period{Start: from, End: from.AddYears(rapid.IntRange(0, 40).Draw(t, "Years"))}
		es, err := c.Reports(party, p)
		require.NoError(t, err)
		for i, e := range es {
			require.Equal(t, e.Period.End, e.Due)
			require.True(t, p.Contains(e.Due))
			if i > 0 {
				require.Equal(t, es[i-1].Due.AddDays(1), e.Period.Start, "cycles adjoin")
				require.Equal(t, es[i-1].Cycle+1, e.Cycle)
			}
			require.True(t, l.IsParty(party, e.Due), "reports fall due only while a Party")
		}
	})
}

// TestCalendarMissedNeverCountsAFiledCycle: a report filed within each cycle
// leaves nothing missed; dropping one report misses at most one cycle.
func TestCalendarMissedNeverCountsAFiledCycle(t *testing.T) {
	l, s := fixture(t)
	c := implementation.NewCalendar(l)
	rapid.Check(t, func(t *rapid.T) {
		party := rapid.SampledFrom(s[:14]).Draw(t, "Party")
		asOf := conventiontest.DateBetween(d("2004-01-01"), d("2060-01-01")).Draw(t, "AsOf")
		h, err := c.History(party, nil, asOf)
		require.NoError(t, err)
		var filed []convention.Date
		for _, rc := range h {
			last := rc.Due
			if last.After(asOf) {
				last = asOf
			}
			filed = append(filed, conventiontest.DateBetween(rc.Period.Start, last).Draw(t, "Filed"))
		}
		missed, err := c.Missed(party, filed, asOf)
		require.NoError(t, err)
		require.Empty(t, missed)
		if len(filed) > 0 {
			i := rapid.IntRange(0, len(filed)-1).Draw(t, "Drop")
			missed, err = c.Missed(party, append(append([]convention.Date(nil), filed[:i]...), filed[i+1:]...), asOf)
			require.NoError(t, err)
			require.LessOrEqual(t, len(missed), 1)
		}
	})
}

func TestAssessChecklistInformationPara1(t *testing.T) {
	l, s := fixture(t)
	abw := s[0]
	full := implementation.Checklist{Party: abw,
		Reports:          []convention.Date{d("2008-06-01"), d("2013-06-01")},
		Laws:             []implementation.Item{{Title: "Cybercrime Act", Furnished: d("2004-01-10")}},
		Cases:            []implementation.Item{{Title: "Case 12/2010", Furnished: d("2011-01-10")}},
		Authorities:      []implementation.Authority{{Name: "Ministry of Justice", Address: "Oranjestad", Furnished: d("2003-10-01")}},
		Measures:         []implementation.Item{{Title: "National plan", Furnished: d("2012-01-10")}},
		ConfiscationLaws: []implementation.Item{{Title: "Proceeds Act", Furnished: d("2004-01-10")}},
	}
	yes := implementation.InformationFacts{LawsPromulgated: convention.Yes, CasesRequested: convention.Yes, MeasuresRequested: convention.Yes, ConfiscationLaws: convention.Yes}
	with := func(f func(*implementation.Checklist)) implementation.Checklist {
		c := full
		f(&c)
		return c
	}
	tests := []struct {
		name       string
		c          implementation.Checklist
		facts      implementation.InformationFacts
		asOf       convention.Date
		want       convention.Outcome
		violations []implementation.Term
		needed     []implementation.Term
	}{
		{"information para. 1: everything furnished", full, yes, d("2014-01-01"), convention.Satisfied, nil, nil},
		{"functions para. 3: not a Party, only encouraged", with(func(c *implementation.Checklist) { c.Party = s[44] }), yes, d("2014-01-01"),
			convention.NotApplicable, nil, nil},
		{"information para. 1(a): a report missed", with(func(c *implementation.Checklist) { c.Reports = c.Reports[:1] }), yes, d("2014-01-01"),
			convention.NotSatisfied, []implementation.Term{implementation.TermInfoReport}, nil},
		{"information para. 1(d): no authorities", with(func(c *implementation.Checklist) { c.Authorities = nil }), yes, d("2014-01-01"),
			convention.NotSatisfied, []implementation.Term{implementation.TermInfoAuthorities}, nil},
		{"information para. 1(b): laws furnished after the date assessed do not count", full, yes, d("2004-01-09"),
			convention.NotSatisfied, []implementation.Term{implementation.TermInfoLaws, implementation.TermInfoCases, implementation.TermInfoMeasures, implementation.TermInfoConfiscation}, nil},
		{"information para. 1(c): no cases requested, none owed", with(func(c *implementation.Checklist) { c.Cases = nil }),
			implementation.InformationFacts{LawsPromulgated: convention.Yes, CasesRequested: convention.No, MeasuresRequested: convention.Yes, ConfiscationLaws: convention.Yes},
			d("2014-01-01"), convention.Satisfied, nil, nil},
		{"information para. 1(b): whether laws were promulgated is unassessed", with(func(c *implementation.Checklist) { c.Laws = nil }),
			implementation.InformationFacts{CasesRequested: convention.Yes, MeasuresRequested: convention.Yes, ConfiscationLaws: convention.Yes},
			d("2014-01-01"), convention.Undetermined, nil, []implementation.Term{implementation.TermLawsPromulgated}},
		{"confiscation para. 5: copies owed to the Secretary-General", with(func(c *implementation.Checklist) { c.ConfiscationLaws = nil }), yes, d("2014-01-01"),
			convention.NotSatisfied, []implementation.Term{implementation.TermInfoConfiscation}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := implementation.AssessChecklist(l, tc.c, tc.facts, tc.asOf)
			require.NoError(t, err)
			assert.Equal(t, tc.want, r.Outcome, r.String())
			assert.Equal(t, convention.SetOf(tc.violations...), r.Violations)
			assert.Equal(t, convention.SetOf(tc.needed...), r.Needed)
			for _, c := range r.Citations() {
				assert.True(t, convention.Registered(c), c.String())
			}
		})
	}
	r, err := implementation.AssessChecklist(l, with(func(c *implementation.Checklist) { c.Laws = nil }), implementation.InformationFacts{
		CasesRequested: convention.Yes, MeasuresRequested: convention.Yes, ConfiscationLaws: convention.Yes}, d("2014-01-01"))
	require.NoError(t, err)
	w, ok := r.WhatIf(implementation.TermLawsPromulgated)
	require.True(t, ok)
	assert.Equal(t, convention.NotSatisfied, w.IfYes)
	assert.Equal(t, convention.Satisfied, w.IfNo)
}

func TestChecklistRulesEachBrokenAlone(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := implementationtest.BrokenChecklist().Draw(t, "Broken")
		require.Equal(t, b.Want, convention.AsProblems(b.Value.Validate()).Cites())
	})
	covered := map[convention.Citation]bool{}
	for _, c := range []convention.Citation{convention.Cite(convention.ArtInformation, 1), convention.CitePoint(convention.ArtInformation, 1, 'a'),
		convention.CitePoint(convention.ArtInformation, 1, 'b'), convention.CitePoint(convention.ArtInformation, 1, 'c'),
		convention.CitePoint(convention.ArtInformation, 1, 'd'), convention.Cite(convention.ArtFunctions, 3), convention.Cite(convention.ArtConfiscation, 5)} {
		covered[c] = true
	}
	for _, r := range implementation.ChecklistRules() {
		assert.True(t, covered[r.Cite], "rule %s not broken by BrokenChecklist", r.Cite)
	}
	_, err := implementation.AssessChecklist(convention.Ledger{}, implementation.Checklist{}, implementation.InformationFacts{LawsPromulgated: 9}, d("2020-01-01"))
	assertCites(t, err, convention.Cite(convention.ArtInformation, 1), convention.CitePoint(convention.ArtInformation, 1, 'b'))
}

func TestReviewDecisionPara1(t *testing.T) {
	base := implementation.CommissionDecision{Ref: "CCPCJ 31/1", Adopted: d("2031-05-20")}
	rev := func(by implementation.Body, act implementation.ReviewAct, on, ref string) implementation.Review {
		return implementation.Review{By: by, Act: act, Date: d(on), Ref: ref}
	}
	tests := []struct {
		name string
		rs   []implementation.Review
		asOf convention.Date
		act  implementation.ReviewAct
		by   implementation.Body
	}{
		{"review para. 1: no act yet, subject to review", nil, d("2031-06-01"), implementation.ActUnknown, implementation.BodyUnknown},
		{"review para. 1: approved by the Council", []implementation.Review{rev(implementation.Council, implementation.ActApproved, "2031-07-20", "E/2031/1")},
			d("2031-08-01"), implementation.ActApproved, implementation.Council},
		{"review para. 1: an act after the date assessed is ignored", []implementation.Review{rev(implementation.Council, implementation.ActApproved, "2031-07-20", "E/2031/1")},
			d("2031-07-19"), implementation.ActUnknown, implementation.BodyUnknown},
		{"review para. 1: the General Assembly's modification prevails over a later Council approval", []implementation.Review{
			rev(implementation.GeneralAssembly, implementation.ActModified, "2031-12-10", "A/RES/86/1"),
			rev(implementation.Council, implementation.ActApproved, "2032-07-20", "E/2032/1")},
			d("2033-01-01"), implementation.ActModified, implementation.GeneralAssembly},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dec := base
			dec.Reviews = tc.rs
			s, err := implementation.ReviewDecision(dec, tc.asOf)
			require.NoError(t, err)
			assert.Equal(t, tc.act, s.Act, s.String())
			assert.Equal(t, tc.by, s.By)
			assert.Equal(t, convention.Cite(convention.ArtReview, 1), s.Cite)
		})
	}
	rapid.Check(t, func(t *rapid.T) {
		b := implementationtest.BrokenDecision().Draw(t, "Broken")
		_, err := implementation.ReviewDecision(b.Value, d("2040-01-01"))
		require.Equal(t, b.Want, convention.AsProblems(err).Cites())
	})
}

// TestReviewDecisionNeverDependsOnRecordOrder: the same acts of review in
// any order give the same standing.
func TestReviewDecisionNeverDependsOnRecordOrder(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		dec := implementationtest.Decision().Draw(t, "Decision")
		asOf := conventiontest.DateBetween(dec.Adopted, dec.Adopted.AddYears(3)).Draw(t, "AsOf")
		a, err := implementation.ReviewDecision(dec, asOf)
		require.NoError(t, err)
		dec.Reviews = conventiontest.Shuffle(dec.Reviews).Draw(t, "Order")
		b, err := implementation.ReviewDecision(dec, asOf)
		require.NoError(t, err)
		require.Equal(t, a, b)
	})
}

func assertCites(t *testing.T, err error, want ...convention.Citation) {
	t.Helper()
	ps := convention.AsProblems(err)
	require.NotEmpty(t, ps)
	assert.Equal(t, want, ps.Cites(), ps.Strings())
}

// TestCalendarCommissionCyclesFrom29February: the review cycles of Review
// art., para. 2 ("every five years", "every ten years", annual) counted by
// the one rule of years (convention.Anniversary) from an entry into force
// on 29 February 2028: the years end the day before each anniversary, 28
// February standing for 29 February in a year without it.
func TestCalendarCommissionCyclesFrom29February(t *testing.T) {
	s := conventiontest.States(40)
	var parties []convention.Party
	var acts []convention.Action
	for _, id := range s {
		parties = append(parties, convention.Party{ID: id})
		acts = append(acts, convention.Action{Kind: convention.ActionAccession, Party: id, Date: d("2027-12-01")})
	}
	l, err := convention.Build(parties, acts)
	require.NoError(t, err)
	c := implementation.NewCalendar(l)
	tests := []struct {
		name string
		p    string
		want string
	}{
		{"review para. 2(c): the first year ends on 27 February 2029", "2028-02-29/2029-03-31", "2029-02-27 annual-discussion 1"},
		{"review para. 2(c): the fourth year ends on 28 February 2032, the day before 29 February 2032", "2032-02-01/2032-03-31", "2032-02-28 annual-discussion 4"},
		{"review para. 2(a)-(c): the fifth year, and the first five, end on 27 February 2033", "2033-02-01/2033-03-31",
			"2033-02-27 mid-term-review 1; 2033-02-27 annual-discussion 5"},
		{"review para. 2(a)-(b): ten years end on 27 February 2038", "2038-02-01/2038-03-31",
			"2038-02-27 mid-term-review 2; 2038-02-27 ministerial-review 1; 2038-02-27 annual-discussion 10"},
		{"review para. 2(a)-(b): twenty years end on 28 February 2048", "2048-02-01/2048-03-31",
			"2048-02-28 mid-term-review 4; 2048-02-28 ministerial-review 2; 2048-02-28 annual-discussion 20"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			es, err := c.Commission(period(tc.p))
			require.NoError(t, err)
			assert.Equal(t, tc.want, compact(es))
		})
	}
}
