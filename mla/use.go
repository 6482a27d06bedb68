package mla

import (
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/decide"
)

// gate opens a decision on a matter of paragraphs 10 to 30: it proceeds
// only under RegimeArticle. Where the treaty governs the decision is
// NotApplicable citing para. 9; where the regime is unknown it is
// Undetermined and needs the para. 9 facts (see DecideRegime).
func gate(name string, reg Regime) (Decision, bool) {
	d := Decision{Name: name, Regime: reg}
	switch reg {
	case RegimeArticle:
		return d, true
	case RegimeTreaty:
		d.Outcome, d.Cite = convention.NotApplicable, mla(9)
	default:
		d.Outcome, d.Cite = convention.Undetermined, mla(9)
		d.Needed = convention.SetOf(TestTreatyBound, TestArticleInLieu)
	}
	return d, false
}

// Spontaneous describes information transmitted without prior request
// (para. 5) and what the transmitting authority asked of the receiver
// (para. 6). The zero Spontaneous has the belief of para. 5 unassessed and
// no confidentiality or restriction asked for.
type Spontaneous struct {
	// CouldAssist: the transmitting authority believes the information could
	// assist the other authority in undertaking or successfully concluding
	// inquiries and criminal proceedings, or could result in a request
	// (para. 5).
	CouldAssist convention.Judgement `json:"could_assist"`
	// Confidential: the transmitting authority asked that the information
	// remain confidential, even temporarily (para. 6).
	Confidential bool `json:"confidential,omitempty"`
	// Restricted: it placed restrictions on the information's use (para. 6).
	Restricted bool `json:"restricted,omitempty"`
}

// Use is a proposed use or disclosure of information or evidence received
// from another State (paras. 6, 20). The zero Use is a use, not a
// disclosure, within the proceedings stated, with every judgement
// unassessed.
type Use struct {
	// Disclosure: the use is a disclosure in the receiving (requesting)
	// State's proceedings.
	Disclosure bool `json:"disclosure,omitempty"`
	// Exculpatory: the information or evidence is exculpatory to an accused
	// person.
	Exculpatory convention.Judgement `json:"exculpatory"`
	// WithinRestrictions: the use respects the confidentiality and the
	// restrictions the transmitting authority asked for (para. 6).
	WithinRestrictions convention.Judgement `json:"within_restrictions"`
	// OtherProceedings: the information or evidence is to be transmitted or
	// used for investigations, prosecutions or proceedings other than those
	// stated in the request (para. 20).
	OtherProceedings bool `json:"other_proceedings,omitempty"`
	// Consent: the requested State gave its prior consent to that use
	// (para. 20).
	Consent convention.Judgement `json:"consent"`
	// AdvanceNoticePossible: advance notice of an exculpatory disclosure is
	// possible; No marks the exceptional case where it is not (paras. 6,
	// 20).
	AdvanceNoticePossible convention.Judgement `json:"advance_notice_possible"`
	// ConsultationRequested: the requested State asked to be consulted on
	// the disclosure (para. 20).
	ConsultationRequested bool `json:"consultation_requested,omitempty"`

	// The fields below record what was done, for the review of a use or
	// disclosure already made (ReviewSpontaneousUse, ReviewEvidenceUse).

	// NotifiedInAdvance: the other State (the transmitting State, para. 6;
	// the requested State, para. 20) was notified of the disclosure before
	// it was made.
	NotifiedInAdvance bool `json:"notified_in_advance,omitempty"`
	// InformedWithoutDelay: the other State was informed of the disclosure
	// without delay after it was made. Whether the time taken was "without
	// delay" is the case system's judgement: the text counts no days.
	InformedWithoutDelay bool `json:"informed_without_delay,omitempty"`
	// Consulted: the requested State, having asked to be consulted on the
	// disclosure, was consulted before it was made (para. 20).
	Consulted bool `json:"consulted,omitempty"`
}

// exculpatory records whether the use is an exculpatory disclosure.
func exculpatory(r *convention.Result[Term], t Term, u Use) judgement {
	j := no
	if u.Disclosure {
		j = u.Exculpatory
	}
	return decide.Need(r, t, decide.Test(r, t, j))
}

// notice records the notice an exculpatory disclosure needs: advance notice,
// the rule; or, where the State assessed that advance notice is not
// possible in an exceptional case, information without delay after the
// disclosure. While that exception is unassessed the rule applies.
func notice(r *convention.Result[Term], possible judgement, test, advance, after Term) {
	if decide.Test(r, test, possible) == no {
		r.Duties = r.Duties.With(after)
		return
	}
	r.Duties = r.Duties.With(advance)
}

// SpontaneousTransmission applies para. 5: without prejudice to domestic
// law, competent authorities may transmit information on criminal matters
// without prior request where they believe it could assist the other
// authority or result in a request. Paragraph 5 is outside paragraphs 10 to
// 30 and applies under either regime.
//
// Outcomes: Permitted (cites para. 5), NotApplicable when the authority
// holds no such belief, Undetermined while the belief is unassessed.
func SpontaneousTransmission(s Spontaneous) Decision {
	d := Decision{Name: "spontaneous transmission"}
	d.Cite = mla(5)
	switch decide.Need(&d.Result, TestMayAssist, decide.Test(&d.Result, TestMayAssist, s.CouldAssist)) {
	case yes:
		d.Outcome = convention.Permitted
	case no:
		d.Outcome = convention.NotApplicable
	default:
		d.Outcome = convention.Undetermined
		decide.ResolveNeeded(&d.Result, func(_ Term, j judgement) convention.Outcome {
			return SpontaneousTransmission(Spontaneous{CouldAssist: j}).Outcome
		})
	}
	return d
}

// SpontaneousUse applies para. 6 to a proposed use of spontaneously
// transmitted information. The receiving authority shall comply with a
// request for confidentiality, even temporary, or with restrictions on use;
// but it may disclose in its proceedings information exculpatory to an
// accused person, notifying the transmitting State in advance, or, where
// advance notice is not possible in an exceptional case, informing it
// without delay.
//
// Outcomes: Permitted (with DutyNotifyDisclosure or DutyInformDisclosure for
// an exculpatory disclosure, DutyRespectRestrictions for a use within
// them), Prohibited (a use outside the restrictions that is not an
// exculpatory disclosure), Undetermined while a judgement that decides is
// unassessed. All cite para. 6, which applies under either regime.
func SpontaneousUse(s Spontaneous, u Use) Decision {
	d := decideSpontaneousUse(s, u)
	if d.Outcome == convention.Undetermined {
		decide.ResolveNeeded(&d.Result, func(t Term, j judgement) convention.Outcome { return decideSpontaneousUse(s, u.with(t, j)).Outcome })
	}
	return d
}

// with returns u with the judgement test t reads set to j.
func (u Use) with(t Term, j judgement) Use {
	switch t {
	case TestExculpatory, TestExculpatoryEvidence:
		u.Exculpatory = j
	case TestWithinRestrictions:
		u.WithinRestrictions = j
	case TestConsentToUse:
		u.Consent = j
	case TestAdvanceNoticePossible, TestEvidenceNoticePossible:
		u.AdvanceNoticePossible = j
	}
	return u
}

func decideSpontaneousUse(s Spontaneous, u Use) Decision {
	d := Decision{Name: "use of spontaneous information"}
	r := &d.Result
	r.Cite = mla(6)
	if !decide.TestBool(r, TestRestricted, s.Confidential || s.Restricted) {
		r.Outcome = convention.Permitted
		return d
	}
	r.Duties = r.Duties.With(DutyRespectRestrictions)
	exc := exculpatory(r, TestExculpatory, u)
	if exc == yes {
		notice(r, u.AdvanceNoticePossible, TestAdvanceNoticePossible, DutyNotifyDisclosure, DutyInformDisclosure)
		r.Outcome, r.Needed = convention.Permitted, Set{}
		return d
	}
	permitIf(r, TestWithinRestrictions, u.WithinRestrictions, exc)
	return d
}

// permitIf decides a use that is not (or not yet known to be) an
// exculpatory disclosure: permitted when test t (the restrictions
// respected, para. 6; the prior consent given, para. 20) holds; prohibited
// when it fails and the use is not an exculpatory disclosure; undetermined
// otherwise.
func permitIf(r *convention.Result[Term], t Term, j, exc judgement) {
	switch decide.Need(r, t, decide.Test(r, t, j)) {
	case yes:
		r.Outcome, r.Needed = convention.Permitted, Set{}
	case no:
		r.Outcome = convention.Undetermined
		if exc == no {
			r.Outcome = convention.Prohibited
		}
	default:
		r.Outcome = convention.Undetermined
	}
}

// EvidenceUse applies para. 20 to a proposed use by the requesting State of
// information or evidence the requested State furnished: it shall not be
// transmitted or used for proceedings other than those stated in the
// request without the requested State's prior consent; but exculpatory
// information or evidence may be disclosed in the requesting State's
// proceedings, with notice prior to the disclosure (and consultation if the
// requested State so asks) or, where advance notice is not possible in an
// exceptional case, information without delay. The notice duties attach to
// every exculpatory disclosure, whatever the proceedings, on the words "in
// the latter case".
//
// Outcomes: Permitted (with the notice duties for an exculpatory
// disclosure), Prohibited (other proceedings, consent refused, not an
// exculpatory disclosure), Undetermined (consent or the exculpatory nature
// unassessed), NotApplicable citing para. 9 where a treaty governs. The
// result cites para. 20.
func EvidenceUse(reg Regime, u Use) Decision { return resolveUse(reg, u, decideEvidenceUse) }

// resolveUse runs the decision and, when its outcome under the article is
// Undetermined, records what each needed fact would change.
func resolveUse(reg Regime, u Use, decision func(Regime, Use) Decision) Decision {
	d := decision(reg, u)
	if d.Outcome == convention.Undetermined && reg == RegimeArticle {
		decide.ResolveNeeded(&d.Result, func(t Term, j judgement) convention.Outcome { return decision(reg, u.with(t, j)).Outcome })
	}
	return d
}

func decideEvidenceUse(reg Regime, u Use) Decision {
	d, ok := gate("use of evidence", reg)
	if !ok {
		return d
	}
	r := &d.Result
	r.Cite = mla(20)
	other := decide.TestBool(r, TestOtherProceedings, u.OtherProceedings)
	exc := exculpatory(r, TestExculpatoryEvidence, u)
	if exc == yes {
		notice(r, u.AdvanceNoticePossible, TestEvidenceNoticePossible, DutyNotifyEvidence, DutyInformEvidence)
		if r.Duties.Has(DutyNotifyEvidence) && decide.TestBool(r, TestConsultationAsked, u.ConsultationRequested) {
			r.Duties = r.Duties.With(DutyConsultEvidence)
		}
	}
	if !other || exc == yes {
		r.Outcome, r.Needed = convention.Permitted, Set{}
		return d
	}
	permitIf(r, TestConsentToUse, u.Consent, exc)
	return d
}

// reviewNotice reviews the notice given of an exculpatory disclosure
// already made (paras. 6, 20): advance notice, the rule; or, in an
// exceptional case where advance notice was not possible, information
// without delay. It records violation v when the notice owed was not given
// and reports whether that turns on the unassessed exceptional case.
func reviewNotice(r *convention.Result[Term], u Use, possible Term, v Term) (undetermined bool) {
	if u.NotifiedInAdvance {
		return false
	}
	switch r.Answer(possible) {
	case yes:
		// "shall notify ... in advance": advance notice was possible.
		r.Violations = r.Violations.With(v)
	case no:
		// "If, in an exceptional case, advance notice is not possible, ...
		// shall inform ... without delay".
		if !u.InformedWithoutDelay {
			r.Violations = r.Violations.With(v)
		}
	default:
		if !u.InformedWithoutDelay {
			// A breach whether or not the case was exceptional.
			r.Violations = r.Violations.With(v)
			return false
		}
		decide.Need(r, possible, unassessed)
		return true
	}
	return false
}

// settle turns a decision on a proposed use into the review of the use
// made: Permitted becomes Lawful unless a violation was found, Prohibited
// becomes Unlawful with violation v, and an open question leaves it
// Undetermined.
func settle(r *convention.Result[Term], undetermined bool, v Term) {
	switch {
	case r.Outcome == convention.Prohibited:
		r.Outcome, r.Violations, r.Needed = convention.Unlawful, r.Violations.With(v), Set{}
	case !r.Violations.IsEmpty():
		r.Outcome, r.Needed = convention.Unlawful, Set{}
	case r.Outcome == convention.Undetermined || undetermined:
		r.Outcome = convention.Undetermined
	case r.Outcome == convention.Permitted:
		r.Outcome = convention.Lawful
	}
}

// ReviewSpontaneousUse reviews a use or disclosure of spontaneously
// transmitted information already made (para. 6): a use against the
// confidentiality or restrictions asked for is unlawful
// (ViolationRestrictions) unless it is the disclosure, in the receiving
// State's proceedings, of information exculpatory to an accused person;
// such a disclosure is lawful where the transmitting State was notified in
// advance or, "in an exceptional case" where advance notice was not
// possible, informed without delay, and otherwise breaks para. 6
// (ViolationDisclosureNotice). A disclosure not preceded by advance notice
// and followed by information without delay is Undetermined while the
// exceptional case is unassessed; without either it is Unlawful whatever
// the case.
//
// Outcomes: Lawful, Unlawful with Violations, Undetermined (with the facts
// needed and what each would change). The result cites para. 6.
func ReviewSpontaneousUse(s Spontaneous, u Use) Decision {
	d := reviewSpontaneousUse(s, u)
	if d.Outcome == convention.Undetermined {
		decide.ResolveNeeded(&d.Result, func(t Term, j judgement) convention.Outcome { return reviewSpontaneousUse(s, u.with(t, j)).Outcome })
	}
	return d
}

func reviewSpontaneousUse(s Spontaneous, u Use) Decision {
	d := decideSpontaneousUse(s, u)
	d.Name = "review of the use of spontaneous information"
	r := &d.Result
	open := false
	if r.Duties.Has(DutyNotifyDisclosure) || r.Duties.Has(DutyInformDisclosure) {
		open = reviewNotice(r, u, TestAdvanceNoticePossible, ViolationDisclosureNotice)
	}
	settle(r, open, ViolationRestrictions)
	exculpatoryOpen(&d, TestExculpatory, func(j judgement) Decision {
		return reviewSpontaneousUse(s, u.with(TestExculpatory, j))
	})
	return d
}

// exculpatoryOpen settles the review of a disclosure already made whose
// exculpatory nature (test t) is unassessed: an exculpatory disclosure
// needed notice (paras. 6, 20), another use only the restrictions or the
// consent. The review is the one both answers give, with the violations
// both find; where they differ it waits on t.
func exculpatoryOpen(d *Decision, t Term, again func(judgement) Decision) {
	r := &d.Result
	if r.Answer(t) != unassessed || !r.Asked.Has(t) {
		return
	}
	ifYes, ifNo := again(yes), again(no)
	if ifYes.Outcome != ifNo.Outcome || ifYes.Outcome == convention.Undetermined {
		r.Outcome, r.Violations = convention.Undetermined, Set{}
		decide.Need(r, t, unassessed)
		return
	}
	r.Outcome, r.Violations = ifYes.Outcome, ifYes.Violations.Intersect(ifNo.Violations)
	if ifYes.Violations == ifNo.Violations {
		r.Needed = r.Needed.Without(t)
	} else {
		// Unlawful either way, on a provision that waits on t.
		decide.Need(r, t, unassessed)
	}
}

// ReviewEvidenceUse reviews a transmission, use or disclosure already made
// by the requesting State of information or evidence the requested State
// furnished (para. 20): for proceedings other than those stated in the
// request without prior consent it is unlawful (ViolationNoConsent),
// unless it is the disclosure, in the requesting State's proceedings, of
// information or evidence exculpatory to an accused person. Such a
// disclosure is lawful where the requested State was notified prior to it
// and, if it so requested, consulted, or, "in an exceptional case" where
// advance notice was not possible, informed without delay (consultation
// goes with prior notice); otherwise it breaks para. 20
// (ViolationEvidenceNotice). A disclosure whose exculpatory nature is
// unassessed waits on it only where the answer changes lawfulness; where
// both answers make it unlawful, it is Unlawful, its violation waiting on
// that answer (Needed).
//
// Outcomes: Lawful, Unlawful with Violations, Undetermined (with the facts
// needed), NotApplicable citing para. 9 where a treaty governs. The result
// cites para. 20.
func ReviewEvidenceUse(reg Regime, u Use) Decision { return resolveUse(reg, u, reviewEvidenceUse) }

func reviewEvidenceUse(reg Regime, u Use) Decision {
	d := decideEvidenceUse(reg, u)
	if reg != RegimeArticle {
		return d
	}
	d.Name = "review of the use of evidence"
	r := &d.Result
	open := false
	if r.Duties.Has(DutyNotifyEvidence) || r.Duties.Has(DutyInformEvidence) {
		open = reviewNotice(r, u, TestEvidenceNoticePossible, ViolationEvidenceNotice)
	}
	// "notify the requested State Party prior to the disclosure and, if so
	// requested, consult with the requested State Party": consultation
	// goes with prior notice, which the exceptional case ("advance notice
	// is not possible") replaces by information without delay. While that
	// case is unassessed, a disclosure made without consultation waits on
	// it, unless prior notice was given, which shows it was possible.
	if r.Duties.Has(DutyConsultEvidence) && !u.Consulted {
		if r.Answer(TestEvidenceNoticePossible) == unassessed && !u.NotifiedInAdvance {
			decide.Need(r, TestEvidenceNoticePossible, unassessed)
			open = true
		} else {
			r.Violations = r.Violations.With(ViolationEvidenceNotice)
		}
	}
	settle(r, open, ViolationNoConsent)
	exculpatoryOpen(&d, TestExculpatoryEvidence, func(j judgement) Decision {
		return reviewEvidenceUse(reg, u.with(TestExculpatoryEvidence, j))
	})
	return d
}
