package implementation_test

import (
	"bufio"
	"fmt"
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

// baseChecklist: ABW (a Party from 2003-09-29) asked by the Commission
// for each kind of information, with dates and a form, and answering each
// on time.
func baseChecklist(s []convention.PartyID) implementation.Checklist {
	return implementation.Checklist{Party: s[0],
		Requests: []implementation.Request{
			{Ref: "R-authorities", Kind: implementation.InfoAuthorities, Made: d("2003-10-01"), Due: d("2003-12-31")},
			{Ref: "R-laws", Kind: implementation.InfoLaws, Made: d("2004-01-01"), Due: d("2004-06-30")},
			{Ref: "R-report", Kind: implementation.InfoReport, Made: d("2008-01-15"), Due: d("2008-09-28"), Form: "questionnaire"},
			{Ref: "R-cases", Kind: implementation.InfoCases, Made: d("2010-01-01"), Due: d("2010-06-30")},
			{Ref: "R-general", Kind: implementation.InfoRequested, Made: d("2012-01-01")},
			{Ref: "R-measures", Kind: implementation.InfoMeasures, Made: d("2012-01-01"), Due: d("2012-12-31")},
		},
		Furnished: []implementation.Item{
			{Title: "Central authorities", Furnished: d("2003-11-01"), Request: "R-authorities",
				Authorities: []implementation.Authority{{Name: "Ministry of Justice", Address: "Oranjestad"}}},
			{Title: "Cybercrime Act", Furnished: d("2004-03-10"), Request: "R-laws"},
			{Title: "First report", Furnished: d("2008-06-01"), Request: "R-report", Form: "questionnaire"},
			{Title: "Case 12/2010", Furnished: d("2010-05-10"), Request: "R-cases"},
			{Title: "Reply", Furnished: d("2012-03-01"), Request: "R-general"},
			{Title: "National plan", Furnished: d("2012-06-01"), Request: "R-measures"},
		},
		ConfiscationLaws: []implementation.Item{{Title: "Proceeds Act", Furnished: d("2004-01-10")}},
	}
}

// drop returns c without its answer to the request ref.
func drop(c implementation.Checklist, ref string) implementation.Checklist {
	var out []implementation.Item
	for _, it := range c.Furnished {
		if it.Request != ref {
			out = append(out, it)
		}
	}
	c.Furnished = out
	return c
}

// TestAssessChecklistInformationParas1And2 fixes the reading of "The States
// Parties shall furnish to the Commission such information as it may
// request ..., and in particular: (a) ... (d)" and "in such manner and by
// such dates and use such forms as the Commission may request": every item
// is owed as the Commission requests it, by its date and on its form; none
// from the first day, none by the library's own dates.
func TestAssessChecklistInformationParas1And2(t *testing.T) {
	l, s := fixture(t)
	full := baseChecklist(s)
	yes := implementation.InformationFacts{LawsPromulgated: convention.Yes, ConfiscationLaws: convention.Yes}
	with := func(c implementation.Checklist, f func(*implementation.Checklist)) implementation.Checklist {
		c.Requests = append([]implementation.Request(nil), c.Requests...)
		c.Furnished = append([]implementation.Item(nil), c.Furnished...)
		f(&c)
		return c
	}
	none := implementation.Checklist{Party: s[0]}
	tests := []struct {
		name       string
		c          implementation.Checklist
		facts      implementation.InformationFacts
		asOf       convention.Date
		want       convention.Outcome
		violations []implementation.Term
		needed     []implementation.Term
	}{
		{"information para. 1: everything requested furnished on time and form", full, yes, d("2014-01-01"), convention.Satisfied, nil, nil},
		{"information para. 1: \"such information as it may request\": no request, nothing owed, not even (a) or (d)", none,
			implementation.InformationFacts{LawsPromulgated: convention.Yes, ConfiscationLaws: convention.No}, d("2014-01-01"), convention.Satisfied, nil, nil},
		{"information para. 1(a): a report requested and unanswered past the Commission's date", drop(full, "R-report"), yes, d("2008-09-29"),
			convention.NotSatisfied, []implementation.Term{implementation.TermInfoReport}, nil},
		{"information para. 1(a): unanswered on the Commission's date itself, pending", drop(full, "R-report"), yes, d("2008-09-28"),
			convention.Satisfied, nil, nil},
		{"information para. 2: \"by such dates ... as the Commission may request\": its date, not the library's five-year cycle",
			with(full, func(c *implementation.Checklist) {
				c.Requests[2].Due, c.Furnished[2].Furnished = d("2010-12-31"), d("2010-06-01")
			}), yes, d("2014-01-01"),
			convention.Satisfied, nil, nil},
		{"information para. 2: a request with no date set is owed and never overdue", drop(full, "R-general"), yes, d("2030-01-01"),
			convention.Satisfied, nil, nil},
		{"information para. 2: answered after the date set", with(full, func(c *implementation.Checklist) { c.Furnished[3].Furnished = d("2010-07-01") }), yes, d("2014-01-01"),
			convention.NotSatisfied, []implementation.Term{implementation.TermInfoManner}, nil},
		{"information para. 2: \"use such forms\": answered on another form", with(full, func(c *implementation.Checklist) { c.Furnished[2].Form = "letter" }), yes, d("2014-01-01"),
			convention.NotSatisfied, []implementation.Term{implementation.TermInfoManner}, nil},
		{"information para. 1(d): \"names and addresses of the governmental authorities\": an answer naming none furnishes none", with(full, func(c *implementation.Checklist) {
			for i := range c.Furnished {
				if c.Furnished[i].Request == "R-authorities" {
					c.Furnished[i].Authorities = nil
				}
			}
		}), yes, d("2014-01-01"),
			convention.NotSatisfied, []implementation.Term{implementation.TermInfoAuthorities}, nil},
		{"information para. 2: \"use such forms\": an answer naming no form does not show the form prescribed", with(full, func(c *implementation.Checklist) { c.Furnished[2].Form = "" }), yes, d("2014-01-01"),
			convention.NotSatisfied, []implementation.Term{implementation.TermInfoManner}, nil},
		{"information para. 1(b): no laws promulgated, nothing to furnish", drop(full, "R-laws"),
			implementation.InformationFacts{LawsPromulgated: convention.No, ConfiscationLaws: convention.Yes}, d("2014-01-01"), convention.Satisfied, nil, nil},
		{"information para. 1(b): laws promulgated and not furnished by the date", drop(full, "R-laws"), yes, d("2014-01-01"),
			convention.NotSatisfied, []implementation.Term{implementation.TermInfoLaws}, nil},
		{"information para. 1(b): whether laws were promulgated is unassessed", drop(full, "R-laws"),
			implementation.InformationFacts{ConfiscationLaws: convention.Yes}, d("2014-01-01"), convention.Undetermined, nil, []implementation.Term{implementation.TermLawsPromulgated}},
		{"information para. 1(c): cases requested and not furnished by the date", drop(full, "R-cases"), yes, d("2014-01-01"),
			convention.NotSatisfied, []implementation.Term{implementation.TermInfoCases}, nil},
		{"information para. 1(d): authorities requested and not named by the date", drop(full, "R-authorities"), yes, d("2014-01-01"),
			convention.NotSatisfied, []implementation.Term{implementation.TermInfoAuthorities}, nil},
		{"information para. 1: a request made after the date assessed does not count", drop(full, "R-measures"), yes, d("2011-12-31"),
			convention.Satisfied, nil, nil},
		{"functions para. 3: \"as required by the Commission\": measures required and not furnished by the date", drop(full, "R-measures"), yes, d("2014-01-01"),
			convention.NotSatisfied, []implementation.Term{implementation.TermInfoMeasures}, nil},
		{"functions para. 3: not a Party, only encouraged", with(full, func(c *implementation.Checklist) { c.Party = s[44] }), yes, d("2014-01-01"),
			convention.NotApplicable, nil, nil},
		{"confiscation para. 5: copies owed without any request once such laws exist", with(none, func(c *implementation.Checklist) {}), yes, d("2014-01-01"),
			convention.NotSatisfied, []implementation.Term{implementation.TermInfoConfiscation}, nil},
		{"confiscation para. 5: no such laws, nothing owed", with(none, func(c *implementation.Checklist) {}),
			implementation.InformationFacts{ConfiscationLaws: convention.No}, d("2014-01-01"), convention.Satisfied, nil, nil},
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
	r, err := implementation.AssessChecklist(l, drop(full, "R-laws"), implementation.InformationFacts{ConfiscationLaws: convention.Yes}, d("2014-01-01"))
	require.NoError(t, err)
	w, ok := r.WhatIf(implementation.TermLawsPromulgated)
	require.True(t, ok)
	assert.Equal(t, convention.NotSatisfied, w.IfYes)
	assert.Equal(t, convention.Satisfied, w.IfNo)

	r, err = implementation.AssessChecklist(l, none, implementation.InformationFacts{ConfiscationLaws: convention.No}, d("2014-01-01"))
	require.NoError(t, err)
	assert.True(t, r.Duties.IsEmpty(), "no request: no duty of Information art., para. 1 is triggered: %s", r)
	assert.Equal(t, convention.No, r.Answer(implementation.TermRequested))
}

// TestAssessChecklistAnsweringOnTimeNeverHurts: answering an unanswered
// request of the Commission by its date, on its form, never adds a
// violation; and a request with no date never makes its item's duty a
// violation.
func TestAssessChecklistAnsweringOnTimeNeverHurts(t *testing.T) {
	l, _ := fixture(t)
	rapid.Check(t, func(t *rapid.T) {
		c := implementationtest.Checklist().Draw(t, "Checklist")
		f := implementationtest.Facts().Draw(t, "Facts")
		asOf := conventiontest.DateBetween(d("2004-01-01"), d("2030-01-01")).Draw(t, "AsOf")
		before, err := implementation.AssessChecklist(l, c, f, asOf)
		require.NoError(t, err)
		for _, req := range c.Requests {
			if req.Due.IsZero() && before.Violations.Has(req.Kind.Duty()) {
				late := false
				for _, other := range c.Requests {
					late = late || other.Kind == req.Kind && !other.Due.IsZero()
				}
				require.True(t, late, "a request with no date is never overdue: %s", req.Ref)
			}
		}
		if len(c.Requests) == 0 {
			return
		}
		req := rapid.SampledFrom(c.Requests).Draw(t, "Answer")
		on := req.Made
		c.Furnished = append([]implementation.Item{{Title: "answer", Furnished: on, Request: req.Ref, Form: req.Form,
			Authorities: []implementation.Authority{{Name: "Ministry of Justice", Address: "1 Main Street"}}}}, c.Furnished...)
		after, err := implementation.AssessChecklist(l, c, f, asOf)
		require.NoError(t, err)
		require.True(t, after.Violations.Minus(before.Violations).IsEmpty(), "before %s\nafter %s", before, after)
	})
}

func TestChecklistRulesEachBrokenAlone(t *testing.T) {
	covered := map[convention.Citation]bool{}
	rapid.Check(t, func(t *rapid.T) {
		b := implementationtest.BrokenChecklist().Draw(t, "Broken")
		require.Equal(t, b.Want, convention.AsProblems(b.Value.Validate()).Cites())
		covered[b.Want[0]] = true
	})
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
		{"review para. 1: \"in the same way as other decisions\": a later act of the Council does not displace the Assembly's", []implementation.Review{
			rev(implementation.GeneralAssembly, implementation.ActModified, "2031-12-10", "A/RES/86/1"),
			rev(implementation.Council, implementation.ActApproved, "2032-07-20", "E/2032/1")},
			d("2033-01-01"), implementation.ActModified, implementation.GeneralAssembly},
		{"review para. 1: a later act of the General Assembly governs", []implementation.Review{
			rev(implementation.Council, implementation.ActApproved, "2031-07-20", "E/2031/1"),
			rev(implementation.GeneralAssembly, implementation.ActModified, "2031-12-10", "A/RES/86/1")},
			d("2033-01-01"), implementation.ActModified, implementation.GeneralAssembly},
		{"review para. 1: the same day, the Assembly's approval over the Council's modification", []implementation.Review{
			rev(implementation.GeneralAssembly, implementation.ActApproved, "2031-12-10", "A/RES/86/1"),
			rev(implementation.Council, implementation.ActModified, "2031-12-10", "E/2031/9")},
			d("2033-01-01"), implementation.ActApproved, implementation.GeneralAssembly},
		{"review para. 1: the same day, of one body's acts a modification over an approval", []implementation.Review{
			rev(implementation.Council, implementation.ActApproved, "2031-12-10", "E/2031/8"),
			rev(implementation.Council, implementation.ActModified, "2031-12-10", "E/2031/9")},
			d("2033-01-01"), implementation.ActModified, implementation.Council},
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
	// The Council's later act is recorded, not silently dropped.
	dec := base
	dec.Reviews = []implementation.Review{rev(implementation.GeneralAssembly, implementation.ActModified, "2031-12-10", "A/RES/86/1"),
		rev(implementation.Council, implementation.ActApproved, "2032-07-20", "E/2032/1")}
	st, err := implementation.ReviewDecision(dec, d("2033-01-01"))
	require.NoError(t, err)
	assert.Equal(t, d("2032-07-20"), st.CouncilAfter)
	assert.Contains(t, st.String(), "which the council's later act of 2032-07-20 does not displace")
	st, err = implementation.ReviewDecision(dec, d("2032-01-01"))
	require.NoError(t, err)
	assert.Zero(t, st.CouncilAfter, "before the Council acts there is nothing to record")
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

// TestUnknownPartyIsAnError: the checklist and the calendar of a State the
// ledger does not list say so, rather than treating it as not a Party.
func TestUnknownPartyIsAnError(t *testing.T) {
	l, _ := fixture(t)
	zwe := convention.MustPartyID("ZWE")
	_, err := implementation.AssessChecklist(l, implementation.Checklist{Party: zwe}, implementation.InformationFacts{}, d("2014-01-01"))
	assertCites(t, err, convention.Cite(convention.ArtDepositary, 1))
	_, err = implementation.NewCalendar(l).Reports(zwe, period("2003-01-01/2014-01-01"))
	assertCites(t, err, convention.Cite(convention.ArtDepositary, 1))
	_, err = implementation.NewCalendar(l).History(zwe, nil, d("2014-01-01"))
	assertCites(t, err, convention.Cite(convention.ArtDepositary, 1))
}

// Hostile sizes: a checklist of 100,000 requests, each answered, is
// validated and assessed in linear time (each answer is matched to its
// request through an index, not by scanning the list), and a second use
// of a ref among them is still found.
func TestAssessChecklistHostileSizesAreLinear(t *testing.T) {
	l, s := fixture(t)
	f := implementation.InformationFacts{LawsPromulgated: convention.Yes, ConfiscationLaws: convention.No}
	c := hostileChecklist(s[0], 100_000)
	r, err := implementation.AssessChecklist(l, c, f, d("2011-01-01"))
	require.NoError(t, err)
	assert.Equal(t, convention.Satisfied, r.Outcome)
	assert.Zero(t, r.Overdue)
	c.Furnished = c.Furnished[:50_000] // the answers to the last 50,000 requests
	r, err = implementation.AssessChecklist(l, c, f, d("2011-01-01"))
	require.NoError(t, err)
	assert.Equal(t, convention.NotSatisfied, r.Outcome)
	assert.Equal(t, 50_000, r.Overdue)
	c.Requests[70_000].Ref = c.Requests[12].Ref
	err = c.Validate()
	require.Error(t, err)
	assert.Contains(t, err.Error(), `request 70000: ref "R-12" used twice`)
	c.Furnished[3].Request = "R-none"
	details := ""
	for _, p := range convention.AsProblems(c.Validate()) {
		details += p.Detail + "; "
	}
	assert.Contains(t, details, "answers no listed request")
}

// Information art., para. 1(a): "A report every five years on the working of
// the Convention within each of their territories": a party's cycles run
// from the Convention's entry into force for it, none falls due once it has
// ceased to be a Party, and a State that accedes again after its
// denunciation took effect begins new cycles from its new entry into force.
func TestInformationPara1aReportCyclesFollowTheParty(t *testing.T) {
	l, s := fixture(t)
	var err error
	l, err = l.Add(convention.Action{Kind: convention.ActionDenunciation, Party: s[0], Date: d("2030-01-10")})
	require.NoError(t, err)
	l, err = l.Add(convention.Action{Kind: convention.ActionAccession, Party: s[0], Date: d("2031-03-01")})
	require.NoError(t, err)
	c := implementation.NewCalendar(l)
	h, err := c.History(s[0], nil, d("2036-06-01"))
	require.NoError(t, err)
	var dues []string
	for _, rc := range h {
		dues = append(dues, fmt.Sprintf("%d %s %s", rc.Cycle, rc.Due, rc.State))
	}
	assert.Equal(t, []string{
		"1 2008-09-28 missed", "2 2013-09-28 missed", "3 2018-09-28 missed", "4 2023-09-28 missed", "5 2028-09-28 missed",
		// ceased 2031-01-10: no sixth cycle (due 2033-09-28)
		"1 2036-03-30 missed", "2 2041-03-30 open", // in force again 2031-03-31
	}, dues)
	late, err := c.Reports(s[40], convention.Period{Start: d("2003-01-01"), End: d("2009-12-31")})
	require.NoError(t, err)
	require.Len(t, late, 1)
	assert.Equal(t, d("2008-10-30"), late[0].Due, "from its own entry into force (2003-10-31), not the general date")
}

// TestInformationPara1bLapseOfMannerWaitsOnWhetherLawsWerePromulgated: "The
// text of all laws and regulations from time to time promulgated" asks
// nothing of a State that has promulgated none, and "shall furnish the
// information referred to in the preceding paragraph in such manner and by
// such dates and use such forms as the Commission may request" is breached
// only where there was information to furnish. Laws furnished late, or on
// another form, breach para. 2 if laws were promulgated and break nothing
// if none were: while that is unassessed the outcome waits on it, unless
// another breach decides.
func TestInformationPara1bLapseOfMannerWaitsOnWhetherLawsWerePromulgated(t *testing.T) {
	l, s := fixture(t)
	laws := func(furnished, form string) implementation.Checklist {
		return implementation.Checklist{Party: s[0],
			Requests:  []implementation.Request{{Ref: "R-laws", Kind: implementation.InfoLaws, Made: d("2004-01-01"), Due: d("2004-06-30"), Form: "F-1"}},
			Furnished: []implementation.Item{{Title: "Cybercrime Act", Furnished: d(furnished), Request: "R-laws", Form: form}},
		}
	}
	facts := func(j convention.Judgement) implementation.InformationFacts {
		return implementation.InformationFacts{LawsPromulgated: j, ConfiscationLaws: convention.No}
	}
	overdue := laws("2004-07-01", "F-1")
	overdue.Requests = append(overdue.Requests, implementation.Request{Ref: "R-cases", Kind: implementation.InfoCases, Made: d("2004-01-01"), Due: d("2004-06-30")})
	manner := []implementation.Term{implementation.TermInfoManner}
	tests := []struct {
		name       string
		c          implementation.Checklist
		laws       convention.Judgement
		want       convention.Outcome
		violations []implementation.Term
		needed     []implementation.Term
	}{
		{"late, laws promulgated: para. 2 breached", laws("2004-07-01", "F-1"), convention.Yes, convention.NotSatisfied, manner, nil},
		{"late, none promulgated: nothing was owed", laws("2004-07-01", "F-1"), convention.No, convention.Satisfied, nil, nil},
		{"late, unassessed: waits on the laws", laws("2004-07-01", "F-1"), convention.Unassessed, convention.Undetermined, nil,
			[]implementation.Term{implementation.TermLawsPromulgated}},
		{"another form, laws promulgated: para. 2 breached", laws("2004-06-01", "letter"), convention.Yes, convention.NotSatisfied, manner, nil},
		{"another form, none promulgated: nothing was owed", laws("2004-06-01", "letter"), convention.No, convention.Satisfied, nil, nil},
		{"another form, unassessed: waits on the laws", laws("2004-06-01", "letter"), convention.Unassessed, convention.Undetermined, nil,
			[]implementation.Term{implementation.TermLawsPromulgated}},
		{"on time and form, unassessed: satisfied whatever the answer", laws("2004-06-30", "F-1"), convention.Unassessed, convention.Satisfied, nil, nil},
		{"late, unassessed, another request overdue: that breach decides", overdue, convention.Unassessed, convention.NotSatisfied,
			[]implementation.Term{implementation.TermInfoCases}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := implementation.AssessChecklist(l, tc.c, facts(tc.laws), d("2005-01-01"))
			require.NoError(t, err)
			assert.Equal(t, tc.want, r.Outcome, r.String())
			assert.Equal(t, convention.SetOf(tc.violations...), r.Violations, r.String())
			assert.Equal(t, convention.SetOf(tc.needed...), r.Needed, r.String())
			assert.Equal(t, tc.laws != convention.No, r.Duties.Has(implementation.TermInfoLaws),
				"\"from time to time promulgated\": no laws, no duty to furnish them")
			if tc.want == convention.Undetermined {
				w, ok := r.WhatIf(implementation.TermLawsPromulgated)
				require.True(t, ok)
				assert.Equal(t, convention.NotSatisfied, w.IfYes)
				assert.Equal(t, convention.Satisfied, w.IfNo)
			}
		})
	}
}

// TestInformationPara1DatesThatPassedBeforeTheStateWasBound: "The States
// Parties shall furnish ... such information as it may request": the duty
// binds a State Party, and a date of the Commission that passed before the
// Convention entered into force for the State (CHN: in force on 29
// February 2028) binds it to nothing; a request due after that day does.
func TestInformationPara1DatesThatPassedBeforeTheStateWasBound(t *testing.T) {
	l, s := fixture(t)
	chn := s[43]
	req := func(made, due string) implementation.Checklist {
		return implementation.Checklist{Party: chn, Requests: []implementation.Request{
			{Ref: "R-authorities", Kind: implementation.InfoAuthorities, Made: d(made), Due: d(due)}}}
	}
	f := implementation.InformationFacts{LawsPromulgated: convention.Yes, ConfiscationLaws: convention.No}
	tests := []struct {
		name       string
		c          implementation.Checklist
		want       convention.Outcome
		violations []implementation.Term
	}{
		{"due the day before the Convention was in force for it: no breach", req("2027-06-01", "2028-02-28"), convention.Satisfied, nil},
		{"due on the day it entered into force for it: breached", req("2027-06-01", "2028-02-29"), convention.NotSatisfied,
			[]implementation.Term{implementation.TermInfoAuthorities}},
		{"made and due while a Party: breached", req("2028-03-01", "2028-06-30"), convention.NotSatisfied,
			[]implementation.Term{implementation.TermInfoAuthorities}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := implementation.AssessChecklist(l, tc.c, f, d("2029-01-01"))
			require.NoError(t, err)
			assert.Equal(t, tc.want, r.Outcome, r.String())
			assert.Equal(t, convention.SetOf(tc.violations...), r.Violations, r.String())
		})
	}
}

// TestConfiscationPara5SubsequentChangesAreFurnished: "Each State Party
// shall furnish copies of its laws and regulations that give effect to this
// article and of any subsequent changes to such laws and regulations or a
// description thereof": a copy furnished before the latest change does not
// cover it; one furnished on or after the change does; a change after the
// date assessed is not yet owed; a change to laws the State judges it does
// not have is a contradiction.
func TestConfiscationPara5SubsequentChangesAreFurnished(t *testing.T) {
	l, s := fixture(t)
	copies := func(dates ...string) implementation.Checklist {
		c := implementation.Checklist{Party: s[0]}
		for _, x := range dates {
			c.ConfiscationLaws = append(c.ConfiscationLaws, implementation.Item{Title: "Proceeds Act", Furnished: d(x)})
		}
		return c
	}
	changed := func(j convention.Judgement, on string) implementation.InformationFacts {
		f := implementation.InformationFacts{LawsPromulgated: convention.Yes, ConfiscationLaws: j}
		if on != "" {
			f.ConfiscationLawsChanged = d(on)
		}
		return f
	}
	owed := []implementation.Term{implementation.TermInfoConfiscation}
	tests := []struct {
		name       string
		c          implementation.Checklist
		f          implementation.InformationFacts
		want       convention.Outcome
		violations []implementation.Term
		needed     []implementation.Term
	}{
		{"no change: the first copy suffices", copies("2004-01-10"), changed(convention.Yes, ""), convention.Satisfied, nil, nil},
		{"changed after the only copy: the change is owed", copies("2004-01-10"), changed(convention.Yes, "2010-05-01"), convention.NotSatisfied, owed, nil},
		{"a copy furnished on the day of the change covers it", copies("2004-01-10", "2010-05-01"), changed(convention.Yes, "2010-05-01"), convention.Satisfied, nil, nil},
		{"a copy furnished after the change covers it", copies("2004-01-10", "2010-06-01"), changed(convention.Yes, "2010-05-01"), convention.Satisfied, nil, nil},
		{"a change after the date assessed is not yet owed", copies("2004-01-10"), changed(convention.Yes, "2012-01-01"), convention.Satisfied, nil, nil},
		{"changed, laws unassessed, no copy since: waits on the laws", copies("2004-01-10"), changed(convention.Unassessed, "2010-05-01"),
			convention.Undetermined, nil, []implementation.Term{implementation.TermConfiscationLaws}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := implementation.AssessChecklist(l, tc.c, tc.f, d("2011-01-01"))
			require.NoError(t, err)
			assert.Equal(t, tc.want, r.Outcome, r.String())
			assert.Equal(t, convention.SetOf(tc.violations...), r.Violations, r.String())
			assert.Equal(t, convention.SetOf(tc.needed...), r.Needed, r.String())
		})
	}
	_, err := implementation.AssessChecklist(l, copies(), changed(convention.No, "2010-05-01"), d("2011-01-01"))
	assertCites(t, err, convention.Cite(convention.ArtConfiscation, 5))
}
