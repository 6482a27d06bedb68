package mla

import (
	"slices"
	"strconv"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/decide"
	"github.com/treatyrules/cybercrime/internal/rules"
)

// SafeConductDays is the period of para. 28: fifteen consecutive days with
// an opportunity of leaving, unless the States agree on another period.
const SafeConductDays = 15

// Stay records the events of a person's presence in the territory of the
// requesting (receiving) State, from which SafeConduct computes the
// protection of para. 13 or para. 28 on any date.
//
// The zero Stay has no basis and is invalid.
type Stay struct {
	// Basis is the provision that protects the person: BasisTransfer (para.
	// 13) or BasisSafeConduct (para. 28).
	Basis Basis `json:"basis"`
	// Arrived is the day the person entered the territory (for a transfer,
	// the day of the transfer).
	Arrived convention.Date `json:"arrived"`
	// Informed is the day the competent authorities officially informed the
	// person that his or her presence is no longer required (para. 28), or
	// zero.
	Informed convention.Date `json:"informed,omitzero"`
	// AgreedDays is the period the States agreed in place of fifteen
	// consecutive days (para. 28); 0 means none was agreed.
	AgreedDays int `json:"agreed_days,omitempty"`
	// Unable are the periods in which the person had no opportunity of
	// leaving (illness, a closed border, a further summons), both ends
	// included; a zero End means the period is still running (para. 28).
	Unable []convention.Period `json:"unable,omitempty"`
	// Departed is the day the person left the territory (for a transfer,
	// the return to the sending State), or zero.
	Departed convention.Date `json:"departed,omitzero"`
	// Returned is the day the person came back after leaving, or zero;
	// ReturnVoluntary says whether of his or her own free will (para. 28).
	// A return at the requesting State's request is not voluntary.
	Returned        convention.Date      `json:"returned,omitzero"`
	ReturnVoluntary convention.Judgement `json:"return_voluntary"`
	// SendingAgreed is the day the sending State agreed that the transferred
	// person may be prosecuted, detained, punished or restricted for prior
	// acts (para. 13), or zero.
	SendingAgreed convention.Date `json:"sending_agreed,omitzero"`
}

var stayChecks = []check[Stay]{
	// Para. 28: "a witness, expert or other person who ... consents"; para.
	// 13: "a person ... transferred in accordance with paragraphs 11 and 12".
	{Cite: mla(28), Field: "Basis", Quote: "Without prejudice to the application of paragraph 13 ..., a witness, expert or other person",
		Test: func(s Stay) (string, error) {
			switch {
			case s.Basis == BasisUnknown:
				return "", errMissing
			case !s.Basis.IsValid():
				return s.Basis.String(), errInvalid
			}
			return "", nil
		}},
	// Para. 28: "in the territory of the requesting State Party".
	{Cite: mla(28), Field: "Arrived", Quote: "in the territory of the requesting State Party",
		Test: func(s Stay) (string, error) {
			if s.Arrived.IsZero() {
				return "", errMissing
			}
			return "", nil
		}},
	// Para. 28: "from the date on which he or she has been officially
	// informed that his or her presence is no longer required".
	{Cite: mla(28), Field: "Informed", Quote: "from the date on which he or she has been officially informed",
		Test: func(s Stay) (string, error) {
			if !s.Informed.IsZero() && s.Informed.Before(s.Arrived) {
				return "informed before arriving", errInconsistent
			}
			return "", nil
		}},
	// Para. 28: "for a period of fifteen consecutive days or for any period
	// agreed upon by the States Parties".
	{Cite: mla(28), Field: "AgreedDays", Quote: "or for any period agreed upon by the States Parties",
		Test: func(s Stay) (string, error) {
			if s.AgreedDays < 0 || s.AgreedDays > maxAgreedDays {
				return "the agreed period is a number of days from 1 to 3660", errInvalid
			}
			return "", nil
		}},
	// Para. 28: "having had ... an opportunity of leaving".
	{Cite: mla(28), Field: "Unable", Quote: "having had ... an opportunity of leaving",
		Test: func(s Stay) (string, error) {
			for _, p := range s.Unable {
				if p.Start.IsZero() || !p.End.IsZero() && p.End.Before(p.Start) {
					return "a period without a start, or ending before it starts", errInvalid
				}
			}
			return "", nil
		}},
	// Para. 28: "prior to his or her departure"; "having left it".
	{Cite: mla(28), Field: "Departed", Quote: "or, having left it, has returned of his or her own free will",
		Test: func(s Stay) (string, error) {
			if !s.Departed.IsZero() && s.Departed.Before(s.Arrived) {
				return "departed before arriving", errInconsistent
			}
			return "", nil
		}},
	{Cite: mla(28), Field: "Returned", Quote: "or, having left it, has returned of his or her own free will",
		Test: func(s Stay) (string, error) {
			switch {
			case !s.ReturnVoluntary.IsValid():
				return s.ReturnVoluntary.String(), errInvalid
			case s.Returned.IsZero():
				return "", nil
			case s.Departed.IsZero() || !s.Returned.After(s.Departed):
				return "returned without having left", errInconsistent
			}
			return "", nil
		}},
	// Para. 13: "Unless the State Party from which a person is to be
	// transferred ... so agrees".
	{Cite: mla(13), Field: "SendingAgreed", Quote: "Unless the State Party from which a person is to be transferred ... so agrees",
		Test: func(s Stay) (string, error) {
			if !s.SendingAgreed.IsZero() && s.Basis != BasisTransfer {
				return "only a transferred person's sending State agrees under para. 13", errInconsistent
			}
			return "", nil
		}},
}

// maxAgreedDays bounds an agreed period (ten years) so that date arithmetic
// stays within range.
const maxAgreedDays = 3660

// StayRules returns the validation rules of Stay, in table order.
func StayRules() []convention.RuleInfo { return rules.Infos(stayChecks) }

// Validate reports every defect of the stay as convention.Problems, or nil.
func (s Stay) Validate() error { return rules.Run(s, stayChecks).Err() }

// Status is the protection of a person on one date (paras. 13, 28), as
// SafeConduct computes it. The zero Status has OutcomeUnknown: nothing was
// computed.
type Status struct {
	Decision
	// Ceased is the first day without protection, when the outcome is
	// Ceased; zero otherwise. It equals Result.Date.
	Ceased convention.Date
	// Reason is the test that ended the protection: TestRemained,
	// TestReturnedFreely (para. 28), TestSendingAgreed or
	// TestReturnedToSending (para. 13); TermUnknown while protected.
	Reason Term
	// Until is, while the para. 28 period runs, the first day without
	// protection should the person stay on with an opportunity of leaving
	// every day from now; zero when the period has not started or cannot
	// complete (an open-ended inability to leave).
	Until convention.Date
	// Days is the period of para. 28 applied: fifteen, or the agreed
	// period; zero until official notice.
	Days int
}

// Explain renders the status, noting the run of days of opportunity that
// the para. 28 period counted. Its values (para. 28): "period_days", the
// period applied (fifteen, or the agreed period) once the person has been
// officially informed; "until", while that period runs, the first day
// without protection should the person stay on (Until).
func (s Status) Explain() convention.Explanation {
	e := s.Decision.Explain()
	if !e.Date.IsZero() && e.DateLabel == "" {
		e.DateLabel = "first day without protection"
	}
	if s.Days > 0 {
		e.AddValue("period_days", mla(28), strconv.Itoa(s.Days))
	}
	if !s.Until.IsZero() {
		e.AddValue("until", mla(28), s.Until.String())
	}
	end := s.Until
	if s.Reason == TestRemained {
		end = s.Ceased
	}
	if !end.IsZero() { // a period ran: s.Days is set
		note := strconv.Itoa(s.Days) + " consecutive days with an opportunity of leaving, " +
			end.AddDays(-s.Days).String() + " to " + end.AddDays(-1).String() + "; first day without protection " + end.String()
		for i := range e.Steps {
			if e.Steps[i].Name == terms[TestPeriodElapsed].Name {
				e.Steps[i].Note = note
			}
		}
	}
	return e
}

// String renders Explain as text.
func (s Status) String() string { return s.Explain().String() }

// SafeConduct computes the protection of a person in the requesting
// State's territory on date on (paras. 13, 28).
//
// Para. 28 (BasisSafeConduct). A witness, expert or other person who came
// at the requesting State's request is protected from the day of arrival
// (before it, the outcome is NotApplicable). Protection ceases:
//   - when, having had an opportunity of leaving for fifteen consecutive
//     days (or the period the States agreed, AgreedDays) from the date of
//     official notice that presence is no longer required, the person has
//     nevertheless remained voluntarily. Counting: the day of notice N is
//     not counted; the days of opportunity are N+1 to N+15, and the person
//     who is still there is unprotected from N+16 (Ceased = N+16). Each day
//     on which leaving was not possible (Stay.Unable) interrupts the run,
//     and the consecutive count restarts on the day after the interruption
//     ends: if the last day of inability is E, cessation is at the
//     earliest E+16. An absence from the territory followed by an
//     involuntary return counts as such an interruption, up to and
//     including the day of return. A person who leaves before the first
//     day without protection has not remained.
//   - when, having left, the person returns of his or her own free will:
//     protection ends on the day of return, at once and whether or not the
//     period had started.
//
// Para. 13 (BasisTransfer). A transferred person is protected from the day
// of transfer until the sending State agrees otherwise (ceased on the day
// of its agreement) or the person is returned to it (ceased on the day
// after Departed, the day of return counting as a day in the territory).
//
// Once ceased, protection never revives: a later date gives Ceased with the
// same date. Outcomes: Protected, Ceased (with Ceased, Reason and
// Result.Date), NotApplicable (before arrival, or citing para. 9 where a
// treaty governs), Undetermined (a return whose voluntariness is
// unassessed could end it). The error is only s.Validate's.
func SafeConduct(reg Regime, s Stay, on convention.Date) (Status, error) {
	if err := s.Validate(); err != nil {
		return Status{}, err
	}
	st := safeConduct(reg, s, on)
	if st.Outcome == convention.Undetermined && reg == RegimeArticle {
		decide.ResolveNeeded(&st.Result, func(_ Term, j judgement) convention.Outcome {
			v := s
			v.ReturnVoluntary = j
			return safeConduct(reg, v, on).Outcome
		})
	}
	return st, nil
}

func safeConduct(reg Regime, s Stay, on convention.Date) Status {
	d, ok := gate("safe conduct", reg)
	st := Status{Decision: d}
	if !ok {
		return st
	}
	r := &st.Result
	if s.Basis == BasisTransfer {
		r.Cite = mla(13)
	} else {
		r.Cite = mla(28)
	}
	if !decide.TestBool(r, TestInTerritory, !on.Before(s.Arrived)) {
		r.Outcome = convention.NotApplicable
		return st
	}
	if s.Basis == BasisTransfer {
		transferProtection(&st, s, on)
		return st
	}
	r.Duties = r.Duties.With(DutySafeConduct)

	// Candidate 1: remained voluntarily after the period.
	var remained convention.Date
	if !s.Informed.IsZero() {
		days := SafeConductDays
		if s.AgreedDays > 0 {
			days = s.AgreedDays
		}
		absence := convention.Period{Start: s.Departed}
		if !s.Returned.IsZero() && s.ReturnVoluntary == no {
			absence.End = s.Returned
		}
		st.Days = days
		remained = firstAfterRun(s.Informed.AddDays(1), days, s.Unable, absence)
		st.Until = remained
		if decide.TestBool(r, TestPeriodElapsed, !remained.IsZero() && !on.Before(remained)) {
			decide.TestBool(r, TestRemained, true)
		} else {
			remained = convention.Date{}
		}
	}
	// Candidate 2: returned of his or her own free will.
	var returned convention.Date
	free := no
	if !s.Returned.IsZero() && !on.Before(s.Returned) {
		free = decide.Test(r, TestReturnedFreely, s.ReturnVoluntary)
		returned = s.Returned
	}
	switch {
	case !remained.IsZero() && (returned.IsZero() || free == no || !returned.Before(remained)):
		cease(&st, remained, TestRemained)
	case free == yes:
		cease(&st, returned, TestReturnedFreely)
	case free == unassessed && !returned.IsZero():
		decide.Need(r, TestReturnedFreely, free)
		r.Outcome = convention.Undetermined
	default:
		r.Outcome = convention.Protected
	}
	return st
}

// cease ends the protection on day on: the duty of non-prosecution no
// longer applies.
func cease(st *Status, on convention.Date, reason Term) {
	st.Outcome, st.Date, st.Ceased, st.Reason, st.Until = convention.Ceased, on, on, reason, convention.Date{}
	st.Duties = Set{}
}

// transferProtection applies para. 13.
func transferProtection(st *Status, s Stay, on convention.Date) {
	r := &st.Result
	r.Duties = r.Duties.With(DutyTransferProtection)
	agreed := !s.SendingAgreed.IsZero() && !on.Before(s.SendingAgreed)
	back := !s.Departed.IsZero() && on.After(s.Departed)
	decide.TestBool(r, TestSendingAgreed, agreed)
	decide.TestBool(r, TestReturnedToSending, back)
	switch {
	case agreed && (!back || !s.Departed.Before(s.SendingAgreed)):
		// An agreement given before the person arrived leaves no day of
		// protection: the first day without it is the day of arrival.
		from := s.SendingAgreed
		if s.Arrived.After(from) {
			from = s.Arrived
		}
		cease(st, from, TestSendingAgreed)
	case back:
		cease(st, s.Departed.AddDays(1), TestReturnedToSending)
	default:
		r.Outcome = convention.Protected
	}
}

// firstAfterRun returns the day after the first run of n consecutive days,
// starting on or after start, that no interruption overlaps: the first day
// without protection under para. 28. It returns the zero Date when an
// open-ended interruption (zero End) blocks every later run, or when the
// dates leave the supported range. It allocates nothing and leaves the
// interruptions unsorted: it repeats passes until no interruption moves the
// start, which ends because each move is strictly forward.
func firstAfterRun(start convention.Date, n int, unable []convention.Period, absence convention.Period) convention.Date {
	if len(unable) > fewInterruptions {
		return firstAfterRunSorted(start, n, unable, absence)
	}
	s := start
	for moved := true; moved; {
		moved = false
		for i := 0; i <= len(unable); i++ {
			q := absence
			if i < len(unable) {
				q = unable[i]
			}
			if q.Start.IsZero() || s.IsZero() {
				continue
			}
			last := s.AddDays(n - 1)
			if q.Start.After(last) || !q.End.IsZero() && q.End.Before(s) {
				continue
			}
			if q.End.IsZero() {
				return convention.Date{}
			}
			s, moved = q.End.AddDays(1), true
		}
	}
	return s.AddDays(n)
}

// fewInterruptions is the number of interruptions up to which
// firstAfterRun repeats passes over them unsorted (no allocation); beyond
// it, it sorts a copy, so that a stay with many interruptions costs
// O(n log n), not O(n²).
const fewInterruptions = 16

// firstAfterRunSorted is firstAfterRun over the interruptions sorted by
// their start: one pass moves the start past each interruption that
// overlaps the run, until one starts after the run's last day.
func firstAfterRunSorted(start convention.Date, n int, unable []convention.Period, absence convention.Period) convention.Date {
	qs := make([]convention.Period, 0, len(unable)+1)
	for _, q := range unable {
		if !q.Start.IsZero() {
			qs = append(qs, q)
		}
	}
	if !absence.Start.IsZero() {
		qs = append(qs, absence)
	}
	slices.SortFunc(qs, func(a, b convention.Period) int { return a.Start.Compare(b.Start) })
	s := start
	for _, q := range qs {
		if s.IsZero() || q.Start.After(s.AddDays(n-1)) {
			break
		}
		if !q.End.IsZero() && q.End.Before(s) {
			continue
		}
		if q.End.IsZero() {
			return convention.Date{}
		}
		s = q.End.AddDays(1)
	}
	return s.AddDays(n)
}

// MarshalJSON renders the status as its Explanation.
func (s Status) MarshalJSON() ([]byte, error) { return jsonMarshal(s.Explain()) }
