package confiscation

import "github.com/treatyrules/cybercrime/mla"

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
	ok  bool
}

// Prepare validates r (para. 3, MLA art., paras. 14-16, 25 and 32) and
// reads it with the requested State's profile p. The error is only
// r.Validate's Problems.
func Prepare(r Request, p Profile) (Prepared, error) {
	own := r.ownProblems()
	pr, err := prepareMLA(r, p)
	if len(own) > 0 || err != nil {
		return Prepared{}, merge(own, err).Err()
	}
	return Prepared{r: r, p: p, mla: pr, ok: true}, nil
}

// Assess decides the prepared request on the requested State's judgements
// f, as Assess does.
func (pr Prepared) Assess(f Facts) Decision {
	if !pr.ok {
		return Decision{}
	}
	md := pr.mla.Assess(f.Facts)
	in := newInputs(pr.r, pr.p, f)
	d, s := in.assess(md)
	d.Conduct = pr.r.Offence.Conduct
	in.resolveAssessment(&d, md, s)
	return d
}
