package mla

import (
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/decide"
)

// Transfer describes a proposed transfer of a detained person (paras.
// 11-12). The zero Transfer is outside para. 11 (no detention, no purpose).
type Transfer struct {
	// Detained: the person is being detained or is serving a sentence in the
	// territory of the sending State.
	Detained bool `json:"detained,omitempty"`
	// Purpose is why the person's presence is requested.
	Purpose TransferPurpose `json:"purpose"`
	// Offence is the offence the proceedings concern; para. 11 covers
	// offences established under the Convention.
	Offence convention.Offence `json:"offence"`
	// Consent: the person freely gives informed consent (11(a)).
	Consent convention.Judgement `json:"consent"`
	// AuthoritiesAgree: the competent authorities of both States agree
	// (11(b)); Conditions records the conditions they set.
	AuthoritiesAgree convention.Judgement `json:"authorities_agree"`
	Conditions       string               `json:"conditions,omitempty"`
	// CustodyWaived: the sending State requested or authorized that the
	// person not be kept in custody (12(a)).
	CustodyWaived bool `json:"custody_waived,omitempty"`
}

// DecideTransfer applies paras. 11-13 to a proposed transfer. A detained
// person whose presence is requested for identification, testimony or
// otherwise providing assistance in obtaining evidence, in proceedings on
// an offence established under the Convention, may be transferred if the
// person freely gives informed consent (11(a)) and the competent
// authorities of both States agree (11(b)). The receiving State then keeps
// the person in custody unless the sending State authorizes otherwise
// (12(a)), returns the person without delay as agreed (12(b)), does not
// require extradition proceedings for the return (12(c)), the person gets
// credit for the time in its custody (12(d), see CreditDays), and is
// protected for prior acts (para. 13, see SafeConduct).
//
// Outcomes: Permitted (cites para. 11; the duties listed), Prohibited (a
// condition of 11(a) or (b) fails; cites it), NotApplicable (outside para.
// 11, or citing para. 9 where a treaty governs), Undetermined.
func DecideTransfer(reg Regime, t Transfer) Decision {
	d := decideTransfer(reg, t)
	if d.Outcome == convention.Undetermined && reg == RegimeArticle {
		decide.ResolveNeeded(&d.Result, func(x Term, j judgement) convention.Outcome {
			v := t
			switch x {
			case TestConsent:
				v.Consent = j
			case TestAuthoritiesAgree:
				v.AuthoritiesAgree = j
			}
			return decideTransfer(reg, v).Outcome
		})
	}
	return d
}

func decideTransfer(reg Regime, t Transfer) Decision {
	d, ok := gate("transfer of detained person", reg)
	if !ok {
		return d
	}
	r := &d.Result
	r.Cite = mla(11)
	det := decide.TestBool(r, TestDetained, t.Detained)
	purpose := decide.TestBool(r, TestTransferPurpose, t.Purpose >= TransferIdentification && t.Purpose <= TransferEvidence &&
		t.Offence.EstablishedUnderConvention())
	if !det || !purpose {
		r.Outcome = convention.NotApplicable
		return d
	}
	consent := decide.Need(r, TestConsent, decide.Test(r, TestConsent, t.Consent))
	agree := decide.Need(r, TestAuthoritiesAgree, decide.Test(r, TestAuthoritiesAgree, t.AuthoritiesAgree))
	switch {
	case consent == no:
		r.Outcome, r.Cite, r.Needed = convention.Prohibited, mlaPoint(11, 'a'), Set{}
	case agree == no:
		r.Outcome, r.Cite, r.Needed = convention.Prohibited, mlaPoint(11, 'b'), Set{}
	case consent == yes && agree == yes:
		r.Outcome = convention.Permitted
		if !decide.TestBool(r, TestCustodyWaived, t.CustodyWaived) {
			r.Duties = r.Duties.With(DutyKeepCustody)
		}
		r.Duties = r.Duties.With(DutyReturn).With(DutyNoExtradition).With(DutyCredit).With(DutyTransferProtection)
	default:
		r.Outcome = convention.Undetermined
	}
	return d
}

// CreditDays returns the days of credit a transferred person receives
// against the sentence served in the sending State for time spent in the
// receiving State's custody (para. 12(d)), as of asOf. Counting is
// inclusive: both the day of transfer (custody.Start) and the day of
// return (custody.End) count as days in custody, so a transfer and return
// on the same day gives one day. "Time spent" is time already spent: a
// custody that ends after asOf, or has no end yet (zero End), counts
// through asOf; a zero asOf counts the custody as recorded. It returns 0
// for a zero or inverted period, or when asOf is before the custody's
// start.
func CreditDays(custody convention.Period, asOf convention.Date) int {
	if !asOf.IsZero() && (custody.End.IsZero() || custody.End.After(asOf)) {
		custody.End = asOf
	}
	return custody.Days()
}
