package implementation_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/implementation"
)

// Implementation body art., para. 2(a)-(c) defines three bodies; no other
// value is one.
func TestBodiesArePara2Only(t *testing.T) {
	for i, b := range []implementation.Body{implementation.Commission, implementation.Council, implementation.GeneralAssembly} {
		assert.True(t, b.IsValid())
		assert.NotEmpty(t, b.Name())
		assert.Equal(t, convention.CitePoint(convention.ArtBody, 2, rune('a'+i)), b.Cite())
	}
	for _, b := range []implementation.Body{implementation.BodyUnknown, implementation.GeneralAssembly + 1} {
		assert.False(t, b.IsValid(), "%d", b)
		assert.Empty(t, b.Name(), "%d", b)
		assert.True(t, b.Cite().IsZero(), "%d", b)
	}
}

// Review art., para. 1: the General Assembly's latest act governs over the
// Council's acts, earlier or later; a later Council act is recorded with
// its date; of one body's acts on the same day the greater reference
// prevails, whatever the order of the record.
func TestReviewDecisionPara1TheAssemblysActPrevails(t *testing.T) {
	rev := func(by implementation.Body, act implementation.ReviewAct, on, ref string) implementation.Review {
		return implementation.Review{By: by, Act: act, Date: d(on), Ref: ref}
	}
	dec := implementation.CommissionDecision{Ref: "CCPCJ 31/1", Adopted: d("2031-05-20"), Reviews: []implementation.Review{
		rev(implementation.GeneralAssembly, implementation.ActApproved, "2031-12-10", "A/RES/86/1"),
		rev(implementation.GeneralAssembly, implementation.ActApproved, "2032-03-01", "A/RES/86/2"),
		rev(implementation.Council, implementation.ActModified, "2032-07-20", "E/2032/9"),
		rev(implementation.GeneralAssembly, implementation.ActApproved, "2032-12-10", "A/RES/87/1"),
	}}
	s, err := implementation.ReviewDecision(dec, d("2032-08-01"))
	require.NoError(t, err)
	assert.Equal(t, implementation.GeneralAssembly, s.By)
	assert.Equal(t, d("2032-07-20"), s.CouncilAfter)
	assert.Equal(t, "approved by general-assembly on 2032-03-01 (A/RES/86/2), which the council's later act of 2032-07-20 does not displace (Review art., para. 1)", s.String())

	s, err = implementation.ReviewDecision(dec, d("2033-01-01"))
	require.NoError(t, err)
	assert.Equal(t, implementation.GeneralAssembly, s.By)
	assert.Zero(t, s.CouncilAfter, "no Council act after the Assembly's latest")
	assert.Equal(t, "approved by general-assembly on 2032-12-10 (A/RES/87/1) (Review art., para. 1)", s.String())

	sameDay := implementation.CommissionDecision{Ref: "CCPCJ 31/2", Adopted: d("2031-05-20"), Reviews: []implementation.Review{
		rev(implementation.Council, implementation.ActApproved, "2031-07-20", "E/2031/2"),
		rev(implementation.Council, implementation.ActApproved, "2031-07-20", "E/2031/1"),
	}}
	for range 2 {
		s, err = implementation.ReviewDecision(sameDay, d("2031-08-01"))
		require.NoError(t, err)
		assert.Equal(t, "E/2031/2", s.Ref, "the same day, the same act, the same body: the greater reference")
		sameDay.Reviews[0], sameDay.Reviews[1] = sameDay.Reviews[1], sameDay.Reviews[0]
	}
	assemblyAndCouncil := implementation.CommissionDecision{Ref: "CCPCJ 31/4", Adopted: d("2031-05-20"), Reviews: []implementation.Review{
		rev(implementation.GeneralAssembly, implementation.ActApproved, "2031-12-10", "A/RES/86/9"),
		rev(implementation.Council, implementation.ActApproved, "2031-12-10", "E/2031/99"),
	}}
	for range 2 {
		s, err = implementation.ReviewDecision(assemblyAndCouncil, d("2032-01-01"))
		require.NoError(t, err)
		assert.Equal(t, implementation.GeneralAssembly, s.By, "the same day, the same act: the Assembly's over the Council's")
		assert.Equal(t, d("2031-12-10"), s.CouncilAfter, "the Council's act of the same day is recorded")
		assemblyAndCouncil.Reviews[0], assemblyAndCouncil.Reviews[1] = assemblyAndCouncil.Reviews[1], assemblyAndCouncil.Reviews[0]
	}
	noRef := implementation.CommissionDecision{Ref: "CCPCJ 31/3", Adopted: d("2031-05-20"), Reviews: []implementation.Review{
		rev(implementation.Council, implementation.ActApproved, "2031-07-20", "")}}
	s, err = implementation.ReviewDecision(noRef, d("2031-08-01"))
	require.NoError(t, err)
	assert.Equal(t, "approved by council on 2031-07-20 (Review art., para. 1)", s.String(), "no reference, none printed")
}

// Review art., para. 2: the events falling due in a period are those of
// the whole calendar whose due date lies in it, both ends included,
// however far the period lies from the entry into force.
func TestCalendarCommissionIsTheWholeCalendarCutToThePeriod(t *testing.T) {
	l, _ := fixture(t)
	c := implementation.NewCalendar(l)
	all, err := c.Commission(convention.Period{Start: d("2003-01-01"), End: d("2400-12-31")})
	require.NoError(t, err)
	// In force 2003-09-29: the years of the Convention end on 28 September
	// of 2004 ... 2400; 397 annual discussions, 79 mid-term and 39
	// ministerial reviews, each numbered from 1, none before the entry
	// into force.
	count := map[implementation.EventKind]int{}
	for _, e := range all {
		count[e.Kind]++
		assert.Equal(t, count[e.Kind], e.Cycle, "%s", e)
		assert.True(t, e.Due.After(d("2003-09-29")), "%s", e)
		assert.Equal(t, 9, int(e.Due.Month()), "%s", e)
		assert.Equal(t, 28, e.Due.Day(), "%s", e)
	}
	assert.Equal(t, map[implementation.EventKind]int{implementation.EventAnnualDiscussion: 397,
		implementation.EventMidTermReview: 79, implementation.EventMinisterialReview: 39}, count)
	for _, p := range []convention.Period{
		{Start: d("2008-09-28"), End: d("2008-09-28")}, // a single day, the first mid-term review's
		{Start: d("2008-09-29"), End: d("2013-09-27")},
		{Start: d("2013-09-28"), End: d("2013-09-28")},
		{Start: d("2061-02-03"), End: d("2093-09-28")},
		{Start: d("2203-09-28"), End: d("2213-09-28")},
		{Start: d("2399-01-01"), End: d("2400-12-31")},
	} {
		got, err := c.Commission(p)
		require.NoError(t, err)
		var want []implementation.Event
		for _, e := range all {
			if p.Contains(e.Due) {
				want = append(want, e)
			}
		}
		assert.Equal(t, len(want), len(got), "%s", p)
		assert.Equal(t, want, got, "%s", p)
	}
}

// Information art., para. 1(a) and Review art., para. 2: everything due on
// one day is listed by kind in the order of the text, then by party.
func TestCalendarDueSortsByDateKindAndParty(t *testing.T) {
	l, _ := fixture(t)
	es, err := implementation.NewCalendar(l).Due(convention.Period{Start: d("2008-09-28"), End: d("2008-10-31")})
	require.NoError(t, err)
	require.Greater(t, len(es), 3)
	long, err := implementation.NewCalendar(l).Due(convention.Period{Start: d("2004-01-01"), End: d("2060-12-31")})
	require.NoError(t, err)
	es = append(es, long...) // checked in two runs: one day, many years
	assert.Equal(t, implementation.EventMidTermReview, es[0].Kind)
	assert.Equal(t, implementation.EventAnnualDiscussion, es[1].Kind)
	for i := 1; i < len(es); i++ {
		a, b := es[i-1], es[i]
		if i == len(es)-len(long) {
			continue // the second run starts
		}
		switch {
		case a.Due != b.Due:
			assert.True(t, a.Due.Before(b.Due))
		case a.Kind != b.Kind:
			assert.Less(t, a.Kind, b.Kind)
		default:
			assert.Negative(t, a.Party.Compare(b.Party), "%s before %s", a.Party, b.Party)
		}
	}
}

// A period is closed, its start on or before its end: a single day is one.
func TestCalendarPeriodsAreClosed(t *testing.T) {
	l, s := fixture(t)
	c := implementation.NewCalendar(l)
	for _, p := range []convention.Period{{}, {Start: d("2008-01-01")}, {End: d("2008-01-01")}, {Start: d("2008-01-02"), End: d("2008-01-01")}} {
		_, err := c.Commission(p)
		assert.Error(t, err, "%+v", p)
		_, err = c.Reports(s[0], p)
		assert.Error(t, err, "%+v", p)
	}
	_, err := c.Commission(convention.Period{Start: d("2008-01-01"), End: d("2008-01-01")})
	assert.NoError(t, err)
}

// Information art., para. 1(a): a report furnished on a cycle's last day
// is on time, one furnished before the party was bound or after the date
// assessed counts for nothing, and the cycle whose last day is the date
// assessed is still open.
func TestReportHistoryBoundaries(t *testing.T) {
	l, s := fixture(t)
	c := implementation.NewCalendar(l)
	h, err := c.History(s[0], []convention.Date{d("2003-01-01"), d("2008-09-28"), d("2013-09-29")}, d("2013-09-28"))
	require.NoError(t, err)
	require.Len(t, h, 2)
	assert.Equal(t, implementation.ReportFiled, h[0].State, "filed on the cycle's last day")
	assert.Equal(t, d("2008-09-28"), h[0].Filed, "not the report of 2003, before the Convention bound the party")
	assert.Equal(t, implementation.ReportOpen, h[1].State, "its last day is the date assessed")
	assert.True(t, h[1].Filed.IsZero(), "the report of 2013-09-29 is after the date assessed")

	h, err = c.History(s[0], []convention.Date{d("2003-09-29"), d("2014-01-01")}, d("2014-06-01"))
	require.NoError(t, err)
	require.Len(t, h, 3)
	assert.Equal(t, implementation.ReportFiled, h[0].State, "filed on the cycle's first day")
	assert.Equal(t, implementation.ReportLate, h[1].State)
	assert.Equal(t, d("2014-01-01"), h[1].Filed)
	assert.Equal(t, implementation.ReportOpen, h[2].State)

	_, err = c.History(s[0], nil, convention.Date{})
	assert.Error(t, err, "no date assessed")
	_, err = c.History(s[0], []convention.Date{d("2008-01-01"), {}}, d("2014-06-01"))
	assert.Error(t, err, "a report without a date")
	missed, err := c.Missed(s[0], []convention.Date{d("2008-01-01")}, d("2019-01-01"))
	require.NoError(t, err)
	require.Len(t, missed, 2, "the report of 2008 counts for the first cycle only")
	assert.Equal(t, d("2013-09-28"), missed[0].Due)
	assert.Equal(t, d("2018-09-28"), missed[1].Due)
}

// pad adds n requests of the Commission, each answered the next day, to a
// checklist: enough of them and the checklist is looked up through an
// index instead of scanned.
func pad(c implementation.Checklist, n int) implementation.Checklist {
	c.Requests = append([]implementation.Request(nil), c.Requests...)
	c.Furnished = append([]implementation.Item(nil), c.Furnished...)
	for i := range n {
		ref := fmt.Sprintf("P-%d", i)
		c.Requests = append(c.Requests, implementation.Request{Ref: ref, Kind: implementation.InfoCases, Made: d("2003-10-01"), Due: d("2003-12-31")})
		c.Furnished = append([]implementation.Item{{Title: "case", Furnished: d("2003-10-02"), Request: ref}}, c.Furnished...)
	}
	return c
}

// Information art., paras. 1 and 2: what a State owes on each request does
// not depend on how many other requests the checklist holds: a short
// checklist (scanned) and a long one (indexed) give the same answer, the
// earliest answer furnished by the date assessed counting for each
// request, a request made on the date assessed counting, an answer on the
// Commission's date on time.
func TestAssessChecklistLengthNeverChangesTheAnswer(t *testing.T) {
	l, s := fixture(t)
	yes := implementation.InformationFacts{LawsPromulgated: convention.Yes, ConfiscationLaws: convention.No}
	full := baseChecklist(s)
	twice := pad(full, 0)
	twice.Furnished = append([]implementation.Item{{Title: "Case 12/2010, late copy", Furnished: d("2010-07-01"), Request: "R-cases"}}, twice.Furnished...)
	afterAsOf := drop(full, "R-cases")
	afterAsOf.Furnished = append(afterAsOf.Furnished, implementation.Item{Title: "Case 12/2010", Furnished: d("2015-01-01"), Request: "R-cases"})
	onDue := drop(full, "R-cases")
	onDue.Furnished = append(onDue.Furnished, implementation.Item{Title: "Case 12/2010", Furnished: d("2010-06-30"), Request: "R-cases"})
	madeToday := implementation.Checklist{Party: s[0], Requests: []implementation.Request{{Ref: "R-today", Kind: implementation.InfoLaws, Made: d("2014-01-01"), Due: d("2014-01-01")}}}
	for _, tc := range []struct {
		name    string
		c       implementation.Checklist
		asOf    string
		want    convention.Outcome
		overdue int
	}{
		{"every request answered", full, "2014-01-01", convention.Satisfied, 0},
		{"para. 1(a) unanswered the day after the Commission's date", drop(full, "R-report"), "2008-09-29", convention.NotSatisfied, 1},
		{"para. 1(a) unanswered on the Commission's date", drop(full, "R-report"), "2008-09-28", convention.Satisfied, 0},
		{"para. 2: the earliest answer counts, a later copy does not make it late", twice, "2014-01-01", convention.Satisfied, 0},
		{"para. 1(c): an answer after the date assessed is not counted", afterAsOf, "2014-01-01", convention.NotSatisfied, 1},
		{"para. 2: an answer on the Commission's date is on time", onDue, "2014-01-01", convention.Satisfied, 0},
		{"para. 1: a request made on the date assessed counts, and is pending", madeToday, "2014-01-01", convention.Satisfied, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, n := range []int{0, 40} {
				r, err := implementation.AssessChecklist(l, pad(tc.c, n), yes, d(tc.asOf))
				require.NoError(t, err, "%d more requests", n)
				assert.Equal(t, tc.want, r.Outcome, "%d more requests", n)
				assert.Equal(t, tc.overdue, r.Overdue, "%d more requests", n)
				assert.Zero(t, r.Late, "%d more requests", n)
			}
		})
	}
	r, err := implementation.AssessChecklist(l, madeToday, yes, d("2014-01-01"))
	require.NoError(t, err)
	assert.Equal(t, 1, r.Pending)
	assert.True(t, r.Duties.Has(implementation.TermInfoLaws))
	r, err = implementation.AssessChecklist(l, madeToday, yes, d("2013-12-31"))
	require.NoError(t, err)
	assert.False(t, r.Duties.Has(implementation.TermInfoLaws), "a request made after the date assessed is not counted")
	for _, n := range []int{0, 40} {
		dup := pad(full, n)
		dup.Requests = append(dup.Requests, implementation.Request{Ref: "R-laws", Kind: implementation.InfoLaws, Made: d("2020-01-01")})
		assert.Error(t, dup.Validate(), "a ref used twice, %d more requests", n)
		unknown := pad(full, n)
		unknown.Furnished = append(unknown.Furnished, implementation.Item{Title: "x", Furnished: d("2020-01-01"), Request: "R-none"})
		assert.Error(t, unknown.Validate(), "an answer to no request, %d more requests", n)
		noAddress := pad(full, n)
		noAddress.Furnished = append(noAddress.Furnished, implementation.Item{Title: "x", Furnished: d("2020-01-01"), Request: "R-authorities",
			Authorities: []implementation.Authority{{Name: "Ministry of Justice"}}})
		assert.Error(t, noAddress.Validate(), "an authority named without its address, %d more requests", n)
	}
}

// The kinds of information of Information art., para. 1 and Functions
// art., para. 3 are the declared ones: each cites its paragraph and
// triggers its duty; no other value does.
func TestInfoKindsAreDeclaredOnly(t *testing.T) {
	kinds := []implementation.InfoKind{implementation.InfoRequested, implementation.InfoReport, implementation.InfoLaws,
		implementation.InfoCases, implementation.InfoAuthorities, implementation.InfoMeasures}
	for _, k := range kinds {
		assert.True(t, k.IsValid(), "%s", k)
		assert.False(t, k.Cite().IsZero(), "%s", k)
		assert.NotEqual(t, implementation.TermUnknown, k.Duty(), "%s", k)
	}
	assert.Equal(t, convention.Cite(convention.ArtFunctions, 3), implementation.InfoMeasures.Cite())
	for _, k := range []implementation.InfoKind{implementation.InfoUnknown, implementation.InfoMeasures + 1} {
		assert.False(t, k.IsValid(), "%d", k)
		assert.True(t, k.Cite().IsZero(), "%d", k)
		assert.Equal(t, implementation.TermUnknown, k.Duty(), "%d", k)
	}
}

// Implementation art., para. 2: "Each State Party may adopt more strict or
// severe measures": the last option of the catalogue is one a State may
// report having taken.
func TestSelfAssessStricterMeasuresMayBeReported(t *testing.T) {
	r, err := implementation.SelfAssess(implementation.Assessment{Party: convention.MustPartyID("KEN"),
		Has: convention.SetOf(implementation.TermStricterMeasures, implementation.TermTrainingProgrammes)})
	require.NoError(t, err)
	assert.True(t, r.Has.Has(implementation.TermStricterMeasures))
	assert.False(t, r.MayChoose.Has(implementation.TermStricterMeasures))
}

// The report reads as a lawyer reads it: what the State lacks and what its
// qualifiers excuse carry their qualifier; what it has does not repeat it.
func TestReportStringShowsQualifiersWhereTheyMatter(t *testing.T) {
	r, err := implementation.SelfAssess(implementation.Assessment{Party: convention.MustPartyID("KEN"),
		Has:         convention.SetOf(implementation.TermAssistanceOptimal),
		NotRequired: convention.SetOf(implementation.TermTrainingProgrammes)})
	require.NoError(t, err)
	s := r.String()
	q := func(t implementation.Term) string { return " (" + t.Qualifier() + ")" }
	require.NotEmpty(t, implementation.TermAssistanceOptimal.Qualifier())
	assert.Contains(t, s, implementation.TermTrainingProgrammes.Describe().Text+q(implementation.TermTrainingProgrammes), "excused: with its qualifier")
	assert.Contains(t, s, implementation.TermTrainingConferences.Describe().Text+q(implementation.TermTrainingConferences), "lacking: with its qualifier")
	assert.NotContains(t, s, implementation.TermAssistanceOptimal.Describe().Text+q(implementation.TermAssistanceOptimal), "had: the qualifier is not repeated")
	assert.Contains(t, s, implementation.TermVictimsRights.Describe().Text+"\n", "no qualifier, none printed")
}

// Every enumeration of the package prints its zero value and a value past
// its last as the type and number, never as a token; neither marshals, and
// no word reads as the zero value.
func TestEnumerationsDeclaredValuesOnly(t *testing.T) {
	type enum interface {
		String() string
		MarshalText() ([]byte, error)
	}
	for _, tc := range []struct {
		zero, past enum
		typ        string
		n          int
	}{
		{implementation.BodyUnknown, implementation.GeneralAssembly + 1, "Body", 4},
		{implementation.ActUnknown, implementation.ActModified + 1, "ReviewAct", 3},
		{implementation.EventUnknown, implementation.EventReport + 1, "EventKind", 5},
		{implementation.InfoUnknown, implementation.InfoMeasures + 1, "InfoKind", 7},
		{implementation.ReportUnknown, implementation.ReportMissed + 1, "ReportState", 5},
	} {
		assert.Equal(t, tc.typ+"(0)", tc.zero.String())
		assert.Equal(t, fmt.Sprintf("%s(%d)", tc.typ, tc.n), tc.past.String())
		for _, v := range []enum{tc.zero, tc.past} {
			_, err := v.MarshalText()
			assert.ErrorIs(t, err, convention.ErrInvalid, "%s", v)
		}
	}
	var b implementation.Body
	assert.Error(t, b.UnmarshalText([]byte("unknown")), "the zero value's token is never read")
	assert.Error(t, b.UnmarshalText([]byte("assembly")))
	require.NoError(t, b.UnmarshalText([]byte("general-assembly")))
	assert.Equal(t, implementation.GeneralAssembly, b)
	var k implementation.InfoKind
	require.NoError(t, k.UnmarshalText([]byte("measures")), "the last kind reads")
	assert.Equal(t, implementation.InfoMeasures, k)
}

// The explanation of a checklist counts what is overdue, late and pending,
// each only when there is one.
func TestChecklistExplainCountsOnlyWhatThereIs(t *testing.T) {
	l, s := fixture(t)
	yes := implementation.InformationFacts{LawsPromulgated: convention.Yes, ConfiscationLaws: convention.No}
	req := implementation.Request{Ref: "R", Kind: implementation.InfoCases, Made: d("2010-01-01"), Due: d("2010-06-30")}
	notes := func(c implementation.Checklist, asOf string) string {
		r, err := implementation.AssessChecklist(l, c, yes, d(asOf))
		require.NoError(t, err)
		return strings.Join(r.Explain().Notes, "\n")
	}
	c := implementation.Checklist{Party: s[0], Requests: []implementation.Request{req}}
	assert.Contains(t, notes(c, "2010-07-01"), "1 request(s) overdue, the first due by 2010-06-30")
	assert.NotContains(t, notes(c, "2010-07-01"), "not yet answered")
	assert.Contains(t, notes(c, "2010-06-30"), "1 request(s) not yet answered, not overdue")
	assert.NotContains(t, notes(c, "2010-06-30"), "overdue, the first")
	c.Furnished = []implementation.Item{{Title: "case", Furnished: d("2010-07-05"), Request: "R"}}
	assert.Contains(t, notes(c, "2010-08-01"), "1 request(s) answered after the date the Commission set")
	c.Furnished[0].Furnished = d("2010-06-01")
	n := notes(c, "2010-08-01")
	for _, w := range []string{"overdue", "answered after", "not yet answered"} {
		assert.NotContains(t, n, w)
	}
}

// Functions art., para. 3 and Information art., para. 1: the explanation
// says a Member State not a Party is only encouraged, and says that
// nothing was requested only of a State Party.
func TestChecklistExplainNotesWhoOwesWhat(t *testing.T) {
	l, s := fixture(t)
	yes := implementation.InformationFacts{LawsPromulgated: convention.Yes, ConfiscationLaws: convention.No}
	notes := func(p convention.PartyID) string {
		r, err := implementation.AssessChecklist(l, implementation.Checklist{Party: p}, yes, d("2014-01-01"))
		require.NoError(t, err)
		return strings.Join(r.Explain().Notes, "\n")
	}
	party, notParty := notes(s[0]), notes(s[44])
	assert.Contains(t, party, "no request of the Commission by the date assessed")
	assert.NotContains(t, party, "is encouraged")
	assert.Contains(t, notParty, "a Member State not a Party is encouraged")
	assert.NotContains(t, notParty, "no request of the Commission")
}

// An unknown word is quoted in the error in full up to forty characters,
// and cut after forty, so that hostile input does not flood a log.
func TestUnknownWordsAreQuotedUpToFortyCharacters(t *testing.T) {
	forty := strings.Repeat("x", 40)
	var k implementation.EventKind
	err := k.UnmarshalText([]byte(forty))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"`+forty+`"`, "forty characters are quoted whole")
	err = k.UnmarshalText([]byte(forty + "y"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"`+forty+`..."`, "the forty-first is cut")
}

// Review art., para. 1: "Decisions and recommendations of the Commission
// shall be subject to approval or modification": asked of a day before the
// Commission adopted it, there is no decision to stand yet, and the input is
// inconsistent; on the day of adoption it stands as adopted.
func TestReviewDecisionPara1BeforeAdoptionIsInconsistent(t *testing.T) {
	dec := implementation.CommissionDecision{Ref: "CCPCJ 31/1", Adopted: d("2027-05-20")}
	_, err := implementation.ReviewDecision(dec, d("2027-05-19"))
	require.ErrorIs(t, err, convention.ErrInconsistent)
	assert.Equal(t, "as_of", convention.AsProblems(err)[0].Path)
	s, err := implementation.ReviewDecision(dec, d("2027-05-20"))
	require.NoError(t, err)
	assert.Equal(t, implementation.ActUnknown, s.Act)
}
