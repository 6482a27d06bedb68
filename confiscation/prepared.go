package confiscation

import (
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/decide"
	"github.com/treatyrules/cybercrime/mla"
)

// Prepared is a request checked once against the article and the MLA
// article it applies (Request.Validate), read with the requested State's
// Profile, ready to be decided as often as the requested State's judgements
// come in: each new Facts, each proposed Response, then costs only the
// decision, without validating the request again.
//
// Assess and Review are Prepare followed by Prepared.Assess and
// Prepared.Review.
//
// The zero Prepared is a request not yet prepared: its decisions are the
// zero Decision (OutcomeUnknown, nothing decided).
type Prepared struct {
	r   Request
	p   Profile
	mla mla.Prepared
	// value compares the property's estimated value with the State's de
	// minimis threshold (para. 7), once.
	value valuation
	ok    bool
}

// Prepare validates r (para. 3, MLA art., paras. 14-16, 25 and 32) and
// reads it with the requested State's profile p: its de minimis threshold
// is checked (p.Validate) and compared once with the estimated value of
// the property (para. 7). The error is r.Validate's Problems, with those
// of p.Validate (fields prefixed "Profile.") and, where the threshold
// gives no rate for the currency of an estimated value, a para. 7 problem
// on that value: amounts in different currencies are never compared
// without a rate.
func Prepare(r Request, p Profile) (Prepared, error) {
	own := r.ownProblems()
	if ps := p.problems(); len(ps) > 0 {
		own = append(own, ps.Prefixed("Profile.")...)
	} else {
		own = append(own, p.DeMinimis.comparable(r.Property)...)
	}
	pr, err := prepareMLA(r, p)
	if len(own) > 0 || err != nil {
		return Prepared{}, merge(own, err).Err()
	}
	return Prepared{r: r, p: p, mla: pr, value: p.DeMinimis.value(r.Property), ok: true}, nil
}

// Assess decides the prepared request on the requested State's judgements
// f, as Assess does.
func (pr Prepared) Assess(f Facts) Decision {
	if !pr.ok {
		return Decision{}
	}
	md, _ := pr.mla.Assess(f.Facts) // TODO(confiscation): return the problems of f.Facts (mla.Prepared.Assess now validates them)
	in := pr.inputs(f)
	d, _ := in.assess(md)
	pr.label(&d, f)
	if d.Outcome == convention.Undetermined {
		decide.ResolveNeeded(&d.Result, func(t Term, j judgement) convention.Outcome {
			c, md2, ok := pr.vary(in, f, md, t, j)
			if !ok {
				return convention.Undetermined
			}
			d2, _ := c.assess(md2)
			return d2.Outcome
		})
	}
	return d
}

// inputs reads the prepared request and profile with the judgements f.
func (pr Prepared) inputs(f Facts) inputs { return newInputs(pr.r, pr.p, f, pr.value) }

// label records in d what its explanation quotes from the inputs.
func (pr Prepared) label(d *Decision, f Facts) {
	d.Conduct = pr.r.Offence.Conduct
	d.disc = f.Discrimination
	d.value, d.judged = pr.value, f.DeMinimisValue
}

// vary returns the inputs and the MLA art.'s assessment with the one fact
// that test t reads set to j, for what-ifs: a fact of the article in the
// inputs, a fact of the MLA art. (or of Cooperation art., para. 3) by
// deciding the MLA art. again. ok is false when the MLA art. cannot decide
// the varied case.
func (pr Prepared) vary(in inputs, f Facts, md mla.Decision, t Term, j judgement) (inputs, mla.Decision, bool) {
	in.set(t, j)
	if t.MLA() == mla.TermUnknown {
		return in, md, true
	}
	p2, f2 := pr.p, f
	setMLA(&p2.Profile, &f2.Facts, pr.r.Language, t, j)
	switch t {
	case TestTreatyBound, TestArticleInLieu, TestLanguage:
		// Facts of the profile: the MLA art. reads the request anew.
		md2, err := assessMLA(pr.r, p2, f2)
		return in, md2, err == nil
	}
	md2, err := pr.mla.Assess(f2.Facts)
	return in, md2, err == nil
}
