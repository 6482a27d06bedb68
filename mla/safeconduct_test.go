package mla_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
	"github.com/treatyrules/cybercrime/mla/mlatest"
)

func TestMLAPara28And13SafeConduct(t *testing.T) {
	witness := func(arrived string) mla.Stay { return mla.Stay{Basis: mla.BasisSafeConduct, Arrived: d(arrived)} }
	for _, tc := range []struct {
		name   string
		stay   func() mla.Stay
		on     string
		want   convention.Outcome
		ceased string
		reason mla.Term
		until  string
	}{
		{"para. 28 before arrival", func() mla.Stay { return witness("2028-02-01") }, "2028-01-31", convention.NotApplicable, "", 0, ""},
		{"para. 28 protected before official notice", func() mla.Stay { return witness("2028-02-01") }, "2028-02-10", convention.Protected, "", 0, ""},
		{"para. 28 leap year: notice 14 February, last protected day 29 February", func() mla.Stay {
			s := witness("2028-02-01")
			s.Informed = d("2028-02-14")
			return s
		}, "2028-02-29", convention.Protected, "", 0, "2028-03-01"},
		{"para. 28 leap year: notice 14 February, ceased 1 March", func() mla.Stay {
			s := witness("2028-02-01")
			s.Informed = d("2028-02-14")
			return s
		}, "2028-03-01", convention.Ceased, "2028-03-01", mla.TestRemained, ""},
		{"para. 28 common year: notice 14 February, ceased 2 March", func() mla.Stay {
			s := witness("2027-02-01")
			s.Informed = d("2027-02-14")
			return s
		}, "2027-03-02", convention.Ceased, "2027-03-02", mla.TestRemained, ""},
		{"para. 28 common year: 1 March still protected", func() mla.Stay {
			s := witness("2027-02-01")
			s.Informed = d("2027-02-14")
			return s
		}, "2027-03-01", convention.Protected, "", 0, "2027-03-02"},
		{"para. 28 month end: notice 31 January, ceased 16 February", func() mla.Stay {
			s := witness("2028-01-10")
			s.Informed = d("2028-01-31")
			return s
		}, "2028-12-31", convention.Ceased, "2028-02-16", mla.TestRemained, ""},
		{"para. 28 an interruption restarts the consecutive count", func() mla.Stay {
			s := witness("2028-02-01")
			s.Informed = d("2028-02-14")
			s.Unable = []convention.Period{{Start: d("2028-02-20"), End: d("2028-02-22")}}
			return s
		}, "2028-03-08", convention.Protected, "", 0, "2028-03-09"},
		{"para. 28 after an interruption, ceased 16 days after its last day", func() mla.Stay {
			s := witness("2028-02-01")
			s.Informed = d("2028-02-14")
			s.Unable = []convention.Period{{Start: d("2028-02-28"), End: d("2028-03-02")}, {Start: d("2028-02-20"), End: d("2028-02-22")}}
			return s
		}, "2028-03-18", convention.Ceased, "2028-03-18", mla.TestRemained, ""},
		{"para. 28 inability before notice does not count", func() mla.Stay {
			s := witness("2028-02-01")
			s.Informed = d("2028-02-14")
			s.Unable = []convention.Period{{Start: d("2028-02-02"), End: d("2028-02-14")}}
			return s
		}, "2028-03-01", convention.Ceased, "2028-03-01", mla.TestRemained, ""},
		{"para. 28 open-ended inability to leave", func() mla.Stay {
			s := witness("2028-02-01")
			s.Informed = d("2028-02-14")
			s.Unable = []convention.Period{{Start: d("2028-02-20")}}
			return s
		}, "2029-01-01", convention.Protected, "", 0, ""},
		{"para. 28 agreed period of 30 days replaces 15", func() mla.Stay {
			s := witness("2028-02-01")
			s.Informed, s.AgreedDays = d("2028-02-14"), 30
			return s
		}, "2028-03-16", convention.Ceased, "2028-03-16", mla.TestRemained, ""},
		{"para. 28 left on the last day of the period", func() mla.Stay {
			s := witness("2028-02-01")
			s.Informed, s.Departed = d("2028-02-14"), d("2028-02-29")
			return s
		}, "2028-06-01", convention.Protected, "", 0, ""},
		{"para. 28 left on the first day without protection", func() mla.Stay {
			s := witness("2028-02-01")
			s.Informed, s.Departed = d("2028-02-14"), d("2028-03-01")
			return s
		}, "2028-03-01", convention.Ceased, "2028-03-01", mla.TestRemained, ""},
		{"para. 28 voluntary return ends it at once", func() mla.Stay {
			s := witness("2028-02-01")
			s.Informed, s.Departed, s.Returned, s.ReturnVoluntary = d("2028-02-14"), d("2028-02-20"), d("2028-02-25"), y
			return s
		}, "2028-02-25", convention.Ceased, "2028-02-25", mla.TestReturnedFreely, ""},
		{"para. 28 voluntary return before any notice", func() mla.Stay {
			s := witness("2028-02-01")
			s.Departed, s.Returned, s.ReturnVoluntary = d("2028-02-10"), d("2028-02-12"), y
			return s
		}, "2028-02-12", convention.Ceased, "2028-02-12", mla.TestReturnedFreely, ""},
		{"para. 28 involuntary return restarts the count after the return", func() mla.Stay {
			s := witness("2028-02-01")
			s.Informed, s.Departed, s.Returned, s.ReturnVoluntary = d("2028-02-14"), d("2028-02-20"), d("2028-02-25"), n
			return s
		}, "2028-03-12", convention.Ceased, "2028-03-12", mla.TestRemained, ""},
		{"para. 28 voluntariness of the return unassessed", func() mla.Stay {
			s := witness("2028-02-01")
			s.Informed, s.Departed, s.Returned = d("2028-02-14"), d("2028-02-20"), d("2028-02-25")
			return s
		}, "2028-02-26", convention.Undetermined, "", 0, ""},
		{"para. 13 transferred person protected", func() mla.Stay {
			return mla.Stay{Basis: mla.BasisTransfer, Arrived: d("2028-02-28"), SendingAgreed: d("2028-03-10")}
		}, "2028-03-09", convention.Protected, "", 0, ""},
		{"para. 13 the sending State agrees", func() mla.Stay {
			return mla.Stay{Basis: mla.BasisTransfer, Arrived: d("2028-02-28"), SendingAgreed: d("2028-03-10")}
		}, "2028-03-10", convention.Ceased, "2028-03-10", mla.TestSendingAgreed, ""},
		{"para. 13 returned to the sending State on 29 February", func() mla.Stay {
			return mla.Stay{Basis: mla.BasisTransfer, Arrived: d("2028-02-28"), Departed: d("2028-02-29")}
		}, "2028-03-01", convention.Ceased, "2028-03-01", mla.TestReturnedToSending, ""},
		{"para. 13 day of return still protected", func() mla.Stay {
			return mla.Stay{Basis: mla.BasisTransfer, Arrived: d("2028-02-28"), Departed: d("2028-02-29")}
		}, "2028-02-29", convention.Protected, "", 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st, err := mla.SafeConduct(mla.RegimeArticle, tc.stay(), d(tc.on))
			require.NoError(t, err)
			assert.Equal(t, tc.want, st.Outcome, st.String())
			var ceased, until convention.Date
			if tc.ceased != "" {
				ceased = d(tc.ceased)
			}
			if tc.until != "" {
				until = d(tc.until)
			}
			assert.Equal(t, ceased, st.Ceased)
			assert.Equal(t, ceased, st.Date)
			assert.Equal(t, tc.reason, st.Reason)
			assert.Equal(t, until, st.Until)
			if tc.want == convention.Undetermined {
				w, ok := st.WhatIf(mla.TestReturnedFreely)
				require.True(t, ok)
				assert.Equal(t, convention.Ceased, w.IfYes)
				assert.Equal(t, convention.Protected, w.IfNo)
			}
		})
	}
}

func TestMLAPara9SafeConductUnderTreaty(t *testing.T) {
	s := mla.Stay{Basis: mla.BasisSafeConduct, Arrived: d("2028-02-01")}
	st, err := mla.SafeConduct(mla.RegimeTreaty, s, d("2028-02-02"))
	require.NoError(t, err)
	assert.Equal(t, convention.NotApplicable, st.Outcome)
	assert.Equal(t, mlaCite(9), st.Cite)
	st, _ = mla.SafeConduct(mla.RegimeUnknown, s, d("2028-02-02"))
	assert.Equal(t, convention.Undetermined, st.Outcome)
	assert.True(t, st.Needed.Has(mla.TestTreatyBound))
}

func TestMLAPara28StayValidation(t *testing.T) {
	ps := convention.AsProblems(mla.Stay{}.Validate())
	assert.Equal(t, []convention.Citation{mlaCite(28), mlaCite(28)}, ps.Cites())
	bad := mla.Stay{Basis: mla.BasisSafeConduct, Arrived: d("2028-02-10"), Informed: d("2028-02-01"), AgreedDays: -1,
		Unable: []convention.Period{{End: d("2028-02-01")}}, Departed: d("2028-02-01"), Returned: d("2028-01-01"),
		SendingAgreed: d("2028-02-11")}
	ps = convention.AsProblems(bad.Validate())
	assert.Len(t, ps, 6, "%v", ps.Strings())
	assert.Contains(t, ps.Cites(), mlaCite(13))
	assert.Len(t, mla.StayRules(), 8)
	_, err := mla.SafeConduct(mla.RegimeArticle, bad, d("2028-02-10"))
	assert.Error(t, err)

	// "any period agreed upon by the States Parties": up to ten years.
	ok := mla.Stay{Basis: mla.BasisSafeConduct, Arrived: d("2028-02-10"), AgreedDays: 3660}
	assert.NoError(t, ok.Validate())
	ok.AgreedDays = 3661
	assert.Equal(t, []string{"AgreedDays"}, fields(ok.Validate()))
}

// Before official notice no period runs: the explanation gives neither the
// period nor a day the protection would end.
func TestMLAPara28NoPeriodBeforeNotice(t *testing.T) {
	st, err := mla.SafeConduct(mla.RegimeArticle, mla.Stay{Basis: mla.BasisSafeConduct, Arrived: d("2028-02-01")}, d("2028-02-29"))
	require.NoError(t, err)
	assert.Equal(t, convention.Protected, st.Outcome)
	e := st.Explain()
	_, ok := e.Value("period_days")
	assert.False(t, ok)
	_, ok = e.Value("until")
	assert.False(t, ok)
	assert.Zero(t, st.Days)
	st, err = mla.SafeConduct(mla.RegimeArticle, mla.Stay{Basis: mla.BasisSafeConduct, Arrived: d("2028-02-01"), Informed: d("2028-02-14")}, d("2028-02-29"))
	require.NoError(t, err)
	v, _ := st.Explain().Value("period_days")
	assert.Equal(t, "15", v)
	v, _ = st.Explain().Value("until")
	assert.Equal(t, "2028-03-01", v, "14 February + 16 days, 29 February counted")
}

func TestMLAPara12dCreditDays(t *testing.T) {
	for _, tc := range []struct {
		name       string
		start, end string
		asOf       string
		want       int
	}{
		{"para. 12(d) same day counts as one", "2028-03-01", "2028-03-01", "", 1},
		{"para. 12(d) across 29 February", "2028-02-28", "2028-03-01", "", 3},
		{"para. 12(d) across the end of February, common year", "2027-02-28", "2027-03-01", "", 2},
		{"para. 12(d) across a month end", "2028-01-31", "2028-02-01", "", 2},
		{"para. 12(d) a whole leap year", "2028-01-01", "2028-12-31", "", 366},
		{"para. 12(d) open-ended, counted through asOf", "2028-02-01", "", "2028-02-29", 29},
		{"para. 12(d) open-ended, asOf before the transfer", "2028-02-01", "", "2028-01-31", 0},
		{"para. 12(d) inverted period", "2028-02-01", "2028-01-01", "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := convention.Period{Start: d(tc.start)}
			if tc.end != "" {
				p.End = d(tc.end)
			}
			var asOf convention.Date
			if tc.asOf != "" {
				asOf = d(tc.asOf)
			}
			assert.Equal(t, tc.want, mla.CreditDays(p, asOf))
		})
	}
}

func TestMLAPara11Transfer(t *testing.T) {
	base := mla.Transfer{Detained: true, Purpose: mla.TransferTestimony,
		Offence: convention.Offence{Conduct: "c", Established: "illegal-access"}, Consent: y, AuthoritiesAgree: y}
	for _, tc := range []struct {
		name string
		mod  func(t *mla.Transfer)
		want convention.Outcome
		cite convention.Citation
	}{
		{"para. 11 consent and agreement", func(*mla.Transfer) {}, convention.Permitted, mlaCite(11)},
		{"para. 11(a) no informed consent", func(t *mla.Transfer) { t.Consent = n }, convention.Prohibited, mlaPoint(11, 'a')},
		{"para. 11(b) authorities do not agree", func(t *mla.Transfer) { t.AuthoritiesAgree = n }, convention.Prohibited, mlaPoint(11, 'b')},
		{"para. 11 consent unassessed", func(t *mla.Transfer) { t.Consent = convention.Unassessed }, convention.Undetermined, mlaCite(11)},
		{"para. 11 person not detained", func(t *mla.Transfer) { t.Detained = false }, convention.NotApplicable, mlaCite(11)},
		{"para. 11 purpose not covered", func(t *mla.Transfer) { t.Purpose = mla.TransferOther }, convention.NotApplicable, mlaCite(11)},
		// "for purposes of identification, testimony or otherwise providing
		// assistance in obtaining evidence".
		{"para. 11 identification", func(t *mla.Transfer) { t.Purpose = mla.TransferIdentification }, convention.Permitted, mlaCite(11)},
		{"para. 11 assistance in obtaining evidence", func(t *mla.Transfer) { t.Purpose = mla.TransferEvidence }, convention.Permitted, mlaCite(11)},
		{"para. 11 purpose not given", func(t *mla.Transfer) { t.Purpose = mla.TransferPurpose(0) }, convention.NotApplicable, mlaCite(11)},
		{"para. 11 offence not established under the Convention", func(t *mla.Transfer) { t.Offence.Established = "" }, convention.NotApplicable, mlaCite(11)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := base
			tc.mod(&x)
			dec := mla.DecideTransfer(mla.RegimeArticle, x)
			assert.Equal(t, tc.want, dec.Outcome, dec.String())
			assert.Equal(t, tc.cite, dec.Cite)
		})
	}
	dec := mla.DecideTransfer(mla.RegimeArticle, base)
	assert.Equal(t, convention.SetOf(mla.DutyKeepCustody, mla.DutyReturn, mla.DutyNoExtradition, mla.DutyCredit, mla.DutyTransferProtection), dec.Duties)
	base.CustodyWaived = true
	dec = mla.DecideTransfer(mla.RegimeArticle, base)
	assert.False(t, dec.Duties.Has(mla.DutyKeepCustody), "para. 12(a) unless otherwise authorized")
	assert.Equal(t, convention.NotApplicable, mla.DecideTransfer(mla.RegimeTreaty, base).Outcome)
}

// Para. 28: "for a period of fifteen consecutive days ... an opportunity of
// leaving": what counts is which days the person could not leave, not the
// order in which the case system lists them nor how often: listing every
// interruption three times, in reverse order, never changes the protection
// (and takes the sorted path for more than a few interruptions).
func TestMLAPara28InterruptionsCountAsDaysNotAsAList(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := mlatest.Stay().Draw(t, "stay")
		for range rapid.IntRange(0, 8).Draw(t, "more") {
			start := s.Arrived.AddDays(rapid.IntRange(0, 60).Draw(t, "Unable.Start"))
			s.Unable = append(s.Unable, convention.Period{Start: start, End: start.AddDays(rapid.IntRange(0, 5).Draw(t, "Unable.Days"))})
		}
		on := s.Arrived.AddDays(rapid.IntRange(0, 120).Draw(t, "on"))
		want, err := mla.SafeConduct(mla.RegimeArticle, s, on)
		require.NoError(t, err)
		many := s
		many.Unable = nil
		for range 3 {
			for i := len(s.Unable) - 1; i >= 0; i-- {
				many.Unable = append(many.Unable, s.Unable[i])
			}
		}
		got, err := mla.SafeConduct(mla.RegimeArticle, many, on)
		require.NoError(t, err)
		assert.Equal(t, want.Outcome, got.Outcome)
		assert.Equal(t, want.Ceased, got.Ceased)
		assert.Equal(t, want.Until, got.Until)
	})
}

// Para. 12(d): "the person transferred shall receive credit for service of
// the sentence being served in the State from which he or she was
// transferred for time spent in the custody of the State Party to which he
// or she was transferred". Time spent is time already spent on the day
// asked: a custody recorded to end later counts through that day; one that
// ended before it counts whole; a zero day counts the custody as recorded.
func TestMLAPara12dCreditIsForTimeAlreadySpent(t *testing.T) {
	custody := convention.Period{Start: d("2026-01-30"), End: d("2026-03-15")}
	assert.Equal(t, 4, mla.CreditDays(custody, d("2026-02-02")), "30 January to 2 February, both counted")
	assert.Equal(t, 45, mla.CreditDays(custody, d("2026-04-01")), "the whole custody, once ended")
	assert.Equal(t, 45, mla.CreditDays(custody, convention.Date{}), "no day given: as recorded")
	assert.Equal(t, 0, mla.CreditDays(custody, d("2026-01-29")), "before the transfer, nothing yet")
}

// Para. 13: "Unless the State Party from which a person is to be
// transferred ... so agrees, that person ... shall not be prosecuted": an
// agreement given before the person arrives leaves no day of protection,
// and the first day without it is the day of arrival, never a day before
// the person was in the territory.
func TestMLAPara13AgreementBeforeArrivalEndsProtectionOnArrival(t *testing.T) {
	before := mla.Stay{Basis: mla.BasisTransfer, Arrived: d("2026-01-10"), SendingAgreed: d("2026-01-05")}
	st, err := mla.SafeConduct(mla.RegimeArticle, before, d("2026-01-12"))
	require.NoError(t, err)
	assert.Equal(t, convention.Ceased, st.Outcome)
	assert.Equal(t, d("2026-01-10"), st.Date, "the day of arrival")
	after := before
	after.SendingAgreed = d("2026-01-20")
	st, err = mla.SafeConduct(mla.RegimeArticle, after, d("2026-01-15"))
	require.NoError(t, err)
	assert.Equal(t, convention.Protected, st.Outcome, "protected until the agreement")
	st, err = mla.SafeConduct(mla.RegimeArticle, after, d("2026-01-20"))
	require.NoError(t, err)
	assert.Equal(t, d("2026-01-20"), st.Date, "the day of the agreement")
}
