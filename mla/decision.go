package mla

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/decide"
)

// judgement abbreviates convention.Judgement inside the package.
type judgement = convention.Judgement

const (
	unassessed = convention.Unassessed
	yes        = convention.Yes
	no         = convention.No
)

// Decision is the result of one of the package's decisions: the shared
// convention.Result over [Term] (outcome, citation, tests, grounds
// available and barred, duties, violations, facts needed), plus what the
// decision computes, in typed fields and, by the names below, in the
// explanation's Values (each with the paragraph it rests on):
//
//   - "legal_basis" (para. 9): the basis the request invokes, or "not
//     stated: decided as a request under the Convention"; Basis.
//   - "regime" (para. 9): "article" or "treaty"; Regime.
//   - "offences_within_article" (paras. 1, 4): the indexes (into
//     Request.Offences, from 0, comma separated) of the offences that
//     bring the request within the article; Within.
//   - "offences_without_dual_criminality" (para. 10): the offences para.
//     10's ground reaches; WithoutDualCriminality.
//   - "offences_without_traffic_data" (para. 3(e)): the offences for which
//     real-time collection of traffic data would not be available;
//     WithoutTrafficData.
//   - "unserved_purposes" (para. 3): the purposes the requested State
//     cannot serve, as words; Unserved.
//   - "lacking_contents" (para. 16): the sub-paragraphs of para. 16 the
//     request lacks ("16(c), 16(f)"); Lacking.
//
// Building a Decision allocates nothing; it shares the request's offences
// and legal basis, read-only, for its explanation. Explain and String
// render it on demand. The zero Decision has OutcomeUnknown: nothing was
// decided.
type Decision struct {
	convention.Result[Term]
	// Regime is the regime that governs, where the decision depends on it;
	// RegimeUnknown otherwise or when it could not be told.
	Regime Regime
	// Basis is the legal basis the request invokes (para. 9); its zero value
	// states none, and the request was decided as one under the Convention.
	Basis convention.LegalBasis
	// Within holds the offences that bring the request within the article
	// (para. 1: established under the Convention; paras. 1 and 4: a serious
	// offence, where the assistance is the collection of evidence in
	// electronic form).
	Within OffenceSet
	// WithoutDualCriminality holds the offences within the article whose
	// conduct is not a criminal offence in the requested State: para. 10's
	// ground reaches them, and a refusal in part as to them
	// (Response.Offences) rests on it. The ground is available for the
	// request as a whole (Available) only where it reaches every offence
	// decided on.
	WithoutDualCriminality OffenceSet
	// WithoutTrafficData holds the offences within the article for which
	// real-time collection of traffic data would not be available in a
	// similar domestic case (para. 3(e)): the ground reaches them, and a
	// refusal in part as to them. It is available for the request as a
	// whole only where it reaches every offence decided on.
	WithoutTrafficData OffenceSet
	// Unserved holds the purposes of para. 3 the requested State cannot
	// serve on its own answers (3(e) for no offence, (f), (m)).
	Unserved Purposes
	// Lacking holds the sub-paragraphs of para. 16 the request lacks, bit 0
	// for (a) to bit 5 for (f); see LacksContents.
	Lacking uint8
	// Name labels the decision in its explanation ("assessment",
	// "review", ...).
	Name string

	decided        OffenceSet                     // the offences decided on (within the article, or open)
	dualOpen       OffenceSet                     // offences decided on whose conduct is unassessed (para. 10)
	trafficOpen    OffenceSet                     // offences decided on whose traffic data answer is unassessed (para. 3(e))
	scope          judgement                      // whether assistance is owed (paras. 1, 2, 4), when assessed
	basisRead      bool                           // the decision read the request's legal basis
	notPursuant    bool                           // the request invokes no basis under the Convention (paras. 7, 9)
	unboundTreaty  bool                           // it invokes a treaty the profile records no MLA treaty for
	offences       convention.Offences            // the request's offences, for the explanation
	discrimination convention.DiscriminationFacts // the belief of Cooperation art., para. 3, for its note
}

// LacksContents reports whether the request lacks the element of para. 16
// in sub-paragraph point ('a' to 'f').
func (d Decision) LacksContents(point rune) bool {
	return point >= 'a' && point <= 'f' && d.Lacking&(1<<(point-'a')) != 0
}

// DualCriminalityUnassessed returns the offences decided on whose conduct
// is not yet characterised in the requested State (para. 10): para. 10's
// ground may yet reach them.
func (d Decision) DualCriminalityUnassessed() OffenceSet { return d.dualOpen }

// RefusalGrounds returns the available grounds on which a refusal may rest.
func (d Decision) RefusalGrounds() Set { return d.Available.Intersect(refusalGrounds) }

// MayPostpone reports whether postponement is available (para. 26).
func (d Decision) MayPostpone() bool { return d.Available.Has(GroundPostpone) }

// Explain renders the decision as data: the values it computed, and notes
// on the legal basis, the regime, the offences, dual criminality (para.
// 10), the purposes not served and the contents lacking.
func (d Decision) Explain() convention.Explanation {
	e := d.Result.Explain()
	e.Decision = d.Name
	if d.basisRead {
		basis := d.Basis.String()
		if !d.Basis.Stated() {
			basis = "not stated: decided as a request under the Convention"
			e.Notes = append(e.Notes, "the request states no legal basis: it is decided as a request made pursuant to the article (MLA art., para. 9)")
		}
		e.AddValue("legal_basis", mla(9), basis)
	}
	if d.notPursuant {
		e.Notes = append(e.Notes, "the request invokes "+d.Basis.String()+", not this Convention: it is not a request \"made pursuant to this article\", which does not apply to it, and the obligations under any other treaty are not affected (MLA art., paras. 7 and 9)")
		if d.unboundTreaty {
			e.Notes = append(e.Notes, "the requested State's profile records no treaty of mutual legal assistance between the States: the request is decided as it invokes its basis, and whether that treaty binds them is for the States")
		}
	}
	if d.Regime.IsValid() {
		e.AddValue("regime", mla(9), d.Regime.String())
	}
	if d.Regime == RegimeTreaty {
		e.Notes = append(e.Notes, "the States are bound by a treaty of mutual legal assistance and have not agreed otherwise: "+
			"the treaty's corresponding provisions govern in place of paragraphs 10 to 30 of the article, which were not applied (MLA art., paras. 7 and 9)")
	}
	if d.Asked.Has(TestEstablished) && len(d.offences) > 1 {
		e.AddValue("offences_within_article", mla(1), d.Within.indexes())
		if out := OffenceSet(1<<uint(min(len(d.offences), MaxOffences))-1) &^ d.Within; !out.IsEmpty() && !d.Within.IsEmpty() {
			e.Notes = append(e.Notes, "the article reaches "+d.Within.lawyer(d.offences)+"; it imposes nothing as to "+out.lawyer(d.offences)+" (MLA art., paras. 1 and 4)")
		}
	}
	if !d.WithoutDualCriminality.IsEmpty() {
		e.AddValue("offences_without_dual_criminality", mla(10), d.WithoutDualCriminality.indexes())
		if len(d.offences) > 1 {
			e.Notes = append(e.Notes, d.dualCriminalityNote())
		}
	}
	if d.Available.Has(GroundDualCriminality) || !d.WithoutDualCriminality.IsEmpty() {
		e.Notes = append(e.Notes, "absent dual criminality the requested State may nonetheless provide assistance, to the extent it decides at its discretion")
	}
	if d.Asked.Has(TestDualCriminality) { // a request decided on names an offence
		var cs []string
		for _, o := range d.offences[:min(len(d.offences), MaxOffences)] {
			cs = append(cs, strconv.Quote(o.Conduct))
		}
		for i := range e.Steps {
			if e.Steps[i].Name == terms[TestDualCriminality].Name {
				e.Steps[i].Note = "conduct compared: " + strings.Join(cs, ", ") + "; offence names not compared"
				if len(d.offences) > 1 && !d.WithoutDualCriminality.IsEmpty() && !d.Available.Has(GroundDualCriminality) {
					// The answer is the request's: yes where the conduct of
					// some offence is criminal in both States.
					e.Steps[i].Note += "; not criminal in the requested State for " + d.WithoutDualCriminality.lawyer(d.offences)
				}
			}
		}
	}
	if !d.WithoutTrafficData.IsEmpty() {
		e.AddValue("offences_without_traffic_data", mlaPoint(3, 'e'), d.WithoutTrafficData.indexes())
	}
	if !d.Unserved.IsEmpty() {
		var ps, ws []string
		for _, p := range d.Unserved.All() {
			ps = append(ps, p.Cite().String()+" ("+p.String()+")")
			ws = append(ws, p.String())
		}
		e.AddValue("unserved_purposes", mla(3), strings.Join(ws, ","))
		e.Notes = append(e.Notes, "purposes the requested State cannot serve: "+strings.Join(ps, ", "))
	}
	if d.Lacking != 0 {
		var ps, vs []string
		for i, what := range lackingText {
			if d.Lacking&(1<<i) != 0 {
				c := mlaPoint(16, rune('a'+i))
				ps = append(ps, c.String()+" ("+what+")")
				vs = append(vs, "16("+string(rune('a'+i))+")")
			}
		}
		e.AddValue("lacking_contents", mla(16), strings.Join(vs, ", "))
		e.Notes = append(e.Notes, "the request lacks what paragraph 16 says it shall contain: "+strings.Join(ps, "; ")+
			"; it is not made in conformity with the article (paragraph 22(a)), and the requested State may ask for the information (paragraph 17)")
	}
	if d.Asked.Has(TestDiscrimination) {
		if n := d.discrimination.Note(); n != "" {
			e.Notes = append(e.Notes, n)
		}
	}
	return e
}

// dualCriminalityNote says which offences para. 10's ground reaches and
// whether it reaches the request as a whole.
func (d Decision) dualCriminalityNote() string {
	reach := d.WithoutDualCriminality.lawyer(d.offences)
	switch {
	case d.Available.Has(GroundDualCriminality):
		return "absence of dual criminality reaches " + reach + ": every offence decided on, and so the request as a whole (MLA art., para. 10)"
	case d.Open.Has(TestDualCriminality):
		return "absence of dual criminality reaches " + reach + ": the requested State may decline assistance as to those offences (a refusal in part); " +
			"whether it reaches the request as a whole waits on the conduct of the other offences (MLA art., para. 10)"
	}
	return "absence of dual criminality reaches " + reach + " alone: the requested State may decline assistance as to those offences (a refusal in part), " +
		"not the request as a whole, for the conduct of another offence decided on is a criminal offence in the requested State and the duty it creates stands (MLA art., para. 10)"
}

// lackingText names the elements of para. 16(a)-(f).
var lackingText = [...]string{
	"the identity of the authority making the request",
	"the subject matter and nature of the proceeding and the name and functions of the authority conducting it",
	"a summary of the relevant facts",
	"a description of the assistance sought",
	"the identification of the persons, items or accounts concerned",
	"the purpose for which the assistance is sought",
}

// String renders Explain as a lawyer reads it.
func (d Decision) String() string { return d.Explain().String() }

// MarshalJSON renders the decision as its Explanation.
func (d Decision) MarshalJSON() ([]byte, error) {
	return jsonMarshal(d.Explain())
}

// inputs flattens a request, profile and facts into the judgements the
// decisions read, so that ResolveNeeded can set any one of them.
type inputs struct {
	// paras. 7, 9
	pursuant       bool
	basis          convention.LegalBasis
	treaty, inLieu judgement
	// paras. 1, 2, 4
	offences    convention.Offences
	all         OffenceSet // every offence decided on (at most MaxOffences)
	established OffenceSet
	serious     perOffence
	electronic  bool
	legal       judgement
	// para. 3
	sought         Purposes
	traffic        perOffence
	content, other judgement
	// para. 8
	bank judgement
	// para. 10
	dual                 perOffence
	deMinimis, otherProv judgement
	// paras. 14-16
	designated, oral, written, oralAllowed, channel, confirmed bool
	language, authenticity                                     judgement
	lacking                                                    uint8
	// para. 17
	more judgement
	// para. 18
	procedure                     bool
	procLawful, procPossible      judgement
	confidential, deadline        bool
	canKeep                       judgement
	essential, prohibited, dispro judgement
	legalSystem, fiscal           judgement
	interferes                    judgement
	costsAgreed, substantial      judgement
	// para. 30
	records bool
	public  judgement
	// Cooperation art., para. 3
	discrimination judgement
	discFacts      convention.DiscriminationFacts
}

func newInputs(r Request, p Profile, f Facts, lacking uint8) inputs {
	in := requestInputs(r, p, lacking)
	in.withFacts(f)
	in.judge(f)
	return in
}

// requestInputs reads the request and the requested State's profile, the
// part of the inputs that does not change as the State makes its
// judgements; lacking holds the para. 16 elements the request lacks (see
// Request.receive).
func requestInputs(r Request, p Profile, lacking uint8) inputs {
	in := inputs{
		pursuant: r.Basis.UnderConvention(), basis: r.Basis,
		treaty: p.Treaty, inLieu: p.ArticleInLieu,
		offences: r.Offences, electronic: r.electronic(), legal: r.LegalPersonLiable,
		sought:       r.Purposes,
		designated:   p.CentralAuthority != "",
		oral:         r.Form == FormOral,
		written:      r.Form == FormWriting || r.Form == FormRecord,
		channel:      channelConforms(r, p),
		language:     r.Language.Acceptable(p.Languages),
		procedure:    strings.TrimSpace(r.Procedure) != "",
		confidential: r.Confidentiality.Asked(),
		records:      r.GovernmentRecords,
		deadline:     !r.Deadline.IsZero() && strings.TrimSpace(r.DeadlineReasons) != "",
		lacking:      lacking,
	}
	for i, o := range r.Offences[:min(len(r.Offences), MaxOffences)] {
		in.all = in.all.With(i)
		if o.EstablishedUnderConvention() {
			in.established = in.established.With(i)
		}
		in.serious.set(i, o.Serious())
	}
	in.oralAllowed = in.oral && r.Urgent() && p.Oral
	in.confirmed = !r.Confirmed.IsZero()
	return in
}

// withFacts sets the requested State's judgements.
func (in *inputs) withFacts(f Facts) {
	in.content, in.other = f.ContentDataPermitted, f.OtherAssistanceLawful
	in.traffic = perOffence{}
	for i, o := range f.Offences[:min(len(f.Offences), in.all.Len())] {
		in.traffic.set(i, o.TrafficDataAvailable)
	}
	in.bank = f.BankSecrecy
	in.deMinimis, in.otherProv = f.DeMinimis, f.OtherProvisions
	in.authenticity = f.Authenticity
	in.more = f.MoreInformation
	in.procLawful, in.procPossible = f.ProcedureLawful, f.ProcedurePossible
	in.canKeep = f.CanKeepConfidential
	in.essential, in.prohibited, in.dispro = f.EssentialInterests, f.DomesticProhibition, f.Disproportionate
	in.legalSystem, in.fiscal, in.interferes = f.ContraryToLegalSystem, f.Fiscal, f.InterferesOngoing
	in.costsAgreed, in.substantial = f.CostsAgreedOtherwise, f.SubstantialCosts
	in.public = f.RecordsPublic
}

// judge adds the judgements the shared clauses of the Cooperation article
// decide: dual criminality (para. 2, as MLA art., para. 10 uses it, on
// each offence's conduct) and non-discrimination (para. 3).
func (in *inputs) judge(f Facts) {
	in.dual = perOffence{}
	for i, o := range f.Offences[:min(len(f.Offences), in.all.Len())] {
		in.dual.set(i, convention.DualCriminalityMet(yes, o.Requested.Criminal))
	}
	in.discrimination = convention.NoObligationArises(f.Discrimination)
	in.discFacts = f.Discrimination
}

// set overrides the judgement that test t reads; used to resolve what an
// unassessed fact would change. A judgement held per offence is set for
// every offence on which it is still unassessed. Tests that are never
// needed (para. 2's liability of legal persons adds a duty; bank secrecy
// and fiscal matters are never grounds) have no case.
func (in *inputs) set(t Term, j judgement) {
	switch t {
	case TestTreatyBound:
		in.treaty = j
	case TestArticleInLieu:
		in.inLieu = j
	case TestSerious:
		in.serious.fill(in.all, j)
	case TestTrafficData:
		in.traffic.fill(in.all, j)
	case TestContentData:
		in.content = j
	case TestOtherAssistance:
		in.other = j
	case TestDualCriminality:
		in.dual.fill(in.all, j)
	case TestDeMinimis:
		in.deMinimis = j
	case TestOtherProvisions:
		in.otherProv = j
	case TestLanguage:
		in.language = j
	case TestAuthenticity:
		in.authenticity = j
	case TestMoreInformation:
		in.more = j
	case TestProcedureLawful:
		in.procLawful = j
	case TestProcedurePossible:
		in.procPossible = j
	case TestCanKeepConfidential:
		in.canKeep = j
	case TestEssentialInterests:
		in.essential = j
	case TestDomesticProhibition:
		in.prohibited = j
	case TestDisproportionate:
		in.dispro = j
	case TestLegalSystem:
		in.legalSystem = j
	case TestInterferes:
		in.interferes = j
	case TestCostsAgreed:
		in.costsAgreed = j
	case TestSubstantialCosts:
		in.substantial = j
	case TestPublicRecord:
		in.public = j
	case TestDiscrimination:
		in.discrimination = j
	}
}

// channelConforms applies para. 14: requests go to the central authority,
// or through diplomatic channels where the requested State requires them,
// or through INTERPOL in urgent circumstances where the States agree. A
// request sent through diplomatic channels to a State that does not
// require them, or by another route, is not transmitted as para. 14 says;
// the consequence is only the optional ground of para. 22(a).
func channelConforms(r Request, p Profile) bool {
	switch r.Channel {
	case ChannelCentralAuthority:
		return !p.Diplomatic
	case ChannelDiplomatic:
		return p.Diplomatic
	case ChannelInterpol:
		return r.Urgent() && p.Interpol
	}
	return false
}

// regime applies para. 9 and records its tests.
func (in *inputs) regime(r *convention.Result[Term]) Regime {
	t := decide.Test(r, TestTreatyBound, in.treaty)
	if t == no {
		return RegimeArticle
	}
	l := decide.Test(r, TestArticleInLieu, in.inLieu)
	switch {
	case l == yes:
		return RegimeArticle
	case t == yes && l == no:
		return RegimeTreaty
	}
	decide.Need(r, TestTreatyBound, t)
	decide.Need(r, TestArticleInLieu, l)
	return RegimeUnknown
}

// scope applies paras. 1, 2 and 4: assistance is owed (the widest measure)
// in proceedings on offences established under the Convention and for the
// collection of electronic evidence of a serious criminal offence; and, in
// proceedings on those offences for which a legal person may be held liable
// in the requesting State "in accordance with article [on liability of
// legal persons] of this Convention", to the fullest extent possible under
// the requested State's laws. Para. 2 reaches only offences established
// under the Convention (the liability article applies to them), so it adds
// a duty within para. 1's scope and never widens it. It returns whether
// assistance is owed and the paragraph it rests on.
func (in *inputs) scope(r *convention.Result[Term]) (owed judgement, cite convention.Citation, within, open OffenceSet) {
	est := decide.TestBool(r, TestEstablished, !in.established.IsEmpty())
	within = in.established
	serious := no
	if decide.TestBool(r, TestElectronic, in.electronic) {
		// Paras. 1 and 4: "the collection of evidence in electronic form of
		// a serious criminal offense", offence by offence.
		serious = decide.Test(r, TestSerious, in.serious.anyYes(in.all))
		within |= in.serious.yes & in.all
		open = in.all &^ (in.serious.yes | in.serious.no) &^ within
	}
	if est {
		r.Duties = r.Duties.With(DutyWidestMeasure)
		if decide.Test(r, TestLegalPerson, in.legal) == yes {
			r.Duties = r.Duties.With(DutyFullestExtent)
		}
	}
	if serious == yes {
		r.Duties = r.Duties.With(DutyWidestMeasure).With(DutyElectronicEvidence)
	}
	owed = no
	switch {
	case !within.IsEmpty():
		owed = yes
	case !open.IsEmpty():
		owed = unassessed
		decide.Need(r, TestSerious, serious)
	}
	return owed, mla(1), within, open
}

// groundIf records test t answered j and, when j is when, makes ground g
// available; an unassessed answer is needed.
func groundIf(r *convention.Result[Term], t Term, j, when judgement, g Term) judgement {
	if decide.Need(r, t, decide.Test(r, t, j)) == when {
		r.Available = r.Available.With(g)
	}
	return j
}

// purposeConditions applies para. 3(e), (f), (m) to the purposes sought
// and returns those the requested State cannot serve. Para. 3(e) reaches
// the offences, among those decided on (s), "for which real-time
// collection of traffic data would be available in a similar domestic
// case": its ground reaches each offence for which collection would not be
// available, and the purpose cannot be served when that is every offence.
func (in *inputs) purposeConditions(d *Decision, s OffenceSet) Purposes {
	r := &d.Result
	var unserved Purposes
	if in.sought.Has(PurposeTrafficData) {
		// The ground reaches the request as a whole only where collection
		// would be available for no offence: an offence for which it would
		// be keeps the purpose within para. 3(e), and adding an offence never
		// takes that away. It waits while no offence is answered yes and
		// some are unassessed.
		d.WithoutTrafficData = in.traffic.no & s
		d.trafficOpen = s &^ (in.traffic.yes | in.traffic.no)
		if groundIf(r, TestTrafficData, in.traffic.anyYes(s), no, GroundTrafficData) == no {
			unserved = unserved.With(PurposeTrafficData)
		}
	}
	for _, c := range [...]struct {
		p      Purpose
		t, g   Term
		answer judgement
	}{
		{PurposeContentData, TestContentData, GroundContentData, in.content},
		{PurposeOther, TestOtherAssistance, GroundOtherAssistance, in.other},
	} {
		if in.sought.Has(c.p) && groundIf(r, c.t, c.answer, no, c.g) == no {
			unserved = unserved.With(c.p)
		}
	}
	return unserved
}

// conformity applies paras. 14, 15 and 16 and returns whether the request
// conforms to them (para. 22(a): "not made in conformity with the
// provisions of this article").
func (in *inputs) conformity(r *convention.Result[Term]) judgement {
	contents := convention.Known(decide.TestBool(r, TestContents, in.lacking == 0))
	return in.form(r).And(contents)
}

// form applies paras. 14 and 15 and returns whether the request conforms
// to them.
func (in *inputs) form(r *convention.Result[Term]) judgement {
	if !decide.TestBool(r, TestDesignated, in.designated) {
		r.Duties = r.Duties.With(DutyDesignate)
	}
	form := convention.Known(decide.TestBool(r, TestWriting, in.written))
	if in.oral {
		form = convention.Known(decide.TestBool(r, TestOralAllowed, in.oralAllowed))
		if in.oralAllowed && !in.confirmed {
			r.Duties = r.Duties.With(DutyConfirmInWriting)
		}
	}
	channel := convention.Known(decide.TestBool(r, TestChannel, in.channel))
	lang := decide.Need(r, TestLanguage, decide.Test(r, TestLanguage, in.language))
	auth := decide.Need(r, TestAuthenticity, decide.Test(r, TestAuthenticity, in.authenticity))
	return form.And(channel).And(lang).And(auth)
}

// article applies paragraphs 10 to 30 to a request: the grounds of paras.
// 10, 17, 22, 23, 26 and 30(b), and the duties of paras. 18, 21, 24, 25,
// 27, 29 and 30(a).
func (in *inputs) article(d *Decision, s OffenceSet) {
	r := &d.Result
	// Para. 10 on the conduct of each offence decided on: "may decline to
	// render mutual legal assistance ... on the ground of absence of dual
	// criminality". The ground reaches each offence whose conduct is not
	// criminal in the requested State (a refusal in part, as to them); it
	// reaches the request as a whole only where it reaches every offence.
	// An offence whose conduct is criminal there keeps the duty it
	// creates; while none is and some are unassessed, the answer waits.
	d.WithoutDualCriminality = in.dual.no & s
	d.dualOpen = s &^ (in.dual.yes | in.dual.no)
	groundIf(r, TestDualCriminality, in.dual.anyYes(s), no, GroundDualCriminality)
	groundIf(r, TestDeMinimis, in.deMinimis, yes, GroundDeMinimis)
	groundIf(r, TestOtherProvisions, in.otherProv, yes, GroundOtherProvisions)
	in.execution(r)
	if decide.TestBool(r, TestConfidentialityRequired, in.confidential) {
		// Para. 21: the requested State keeps the request confidential or,
		// if it cannot comply, promptly informs the requesting State.
		if decide.Need(r, TestCanKeepConfidential, decide.Test(r, TestCanKeepConfidential, in.canKeep)) == no {
			r.Duties = r.Duties.With(DutyInformConfidentiality)
		} else {
			r.Duties = r.Duties.With(DutyKeepConfidential)
		}
	}
	conf := decide.Test(r, TestConformity, in.conformity(r))
	if conf == no {
		r.Available = r.Available.With(GroundNonConformity)
	}
	// Para. 17: "may request additional information when it appears
	// necessary for the execution of the request ... or when it can
	// facilitate such execution". What para. 16 says a request "shall
	// contain" can facilitate execution by definition: lacking it, the
	// course is open whatever the State's own judgement.
	groundIf(r, TestMoreInformation, in.more.Or(convention.Known(in.lacking != 0)), yes, GroundMoreInformation)
	groundIf(r, TestEssentialInterests, in.essential, yes, GroundEssentialInterests)
	groundIf(r, TestDomesticProhibition, in.prohibited, yes, GroundDomesticProhibition)
	groundIf(r, TestDisproportionate, in.dispro, yes, GroundDisproportionate)
	groundIf(r, TestLegalSystem, in.legalSystem, yes, GroundLegalSystem)
	if decide.Test(r, TestFiscal, in.fiscal) == yes {
		r.Barred = r.Barred.With(GroundFiscal)
	}
	r.Duties = r.Duties.With(DutyExecuteSoon).With(DutyProgress).With(DutyInformNoLongerRequired)
	if decide.TestBool(r, TestDeadline, in.deadline) {
		r.Duties = r.Duties.With(DutyDeadline)
	}
	groundIf(r, TestInterferes, in.interferes, yes, GroundPostpone)
	in.costs(r)
	if in.records {
		// Para. 30: copies of public records "shall" be provided (a); others
		// "may, at its discretion" be provided in whole, in part or on
		// conditions (b).
		switch decide.Need(r, TestPublicRecord, decide.Test(r, TestPublicRecord, in.public)) {
		case yes:
			r.Duties = r.Duties.With(DutyProvidePublic)
		case no:
			r.Available = r.Available.With(GroundNonPublic)
		}
	}
}

// execution applies para. 18.
func (in *inputs) execution(r *convention.Result[Term]) judgement {
	r.Duties = r.Duties.With(DutyExecuteDomesticLaw)
	if !decide.TestBool(r, TestProcedureSpecified, in.procedure) {
		return no
	}
	lawful := decide.Need(r, TestProcedureLawful, decide.Test(r, TestProcedureLawful, in.procLawful))
	possible := no
	if lawful != no {
		possible = decide.Need(r, TestProcedurePossible, decide.Test(r, TestProcedurePossible, in.procPossible))
	}
	follow := lawful.And(possible)
	if follow == yes {
		r.Duties = r.Duties.With(DutyFollowProcedure)
	}
	return follow
}

// costs applies para. 29 and returns whether the requested State bears the
// ordinary costs.
func (in *inputs) costs(r *convention.Result[Term]) judgement {
	bears := decide.Need(r, TestCostsAgreed, decide.Test(r, TestCostsAgreed, in.costsAgreed)).Not()
	if bears == yes {
		r.Duties = r.Duties.With(DutyBearCosts)
	}
	if decide.Need(r, TestSubstantialCosts, decide.Test(r, TestSubstantialCosts, in.substantial)) == yes {
		r.Duties = r.Duties.With(DutyConsultCosts)
	}
	return bears
}

// common applies what holds under either regime of para. 9, outside
// paragraphs 10 to 30: para. 3's conditions, para. 8 and Cooperation art.,
// para. 3.
func (in *inputs) common(d *Decision, s OffenceSet) {
	r := &d.Result
	groundIf(r, TestDiscrimination, in.discrimination, yes, GroundDiscrimination)
	d.discrimination = in.discFacts
	d.Unserved = in.purposeConditions(d, s)
	if decide.Test(r, TestBankSecrecy, in.bank) == yes {
		r.Barred = r.Barred.With(GroundBankSecrecy)
	}
}

// commonGrounds are the refusal grounds that hold under either regime of
// para. 9: Cooperation art., para. 3 ("Nothing in this Convention shall be
// interpreted as imposing an obligation ... to provide assistance") and the
// conditions of MLA art., para. 3(e), (f), (m). A treaty displaces
// paragraphs 10 to 30 only.
var commonGrounds = convention.SetOf(GroundDiscrimination, GroundTrafficData, GroundContentData, GroundOtherAssistance)

// commonTests are the tests that make the common grounds available.
var commonTests = convention.SetOf(TestDiscrimination, TestTrafficData, TestContentData, TestOtherAssistance)

// outcomeGrounds are the tests whose unassessed answer could make a
// refusal ground available.
var outcomeGrounds = convention.SetOf(
	TestDiscrimination, TestTrafficData, TestContentData, TestOtherAssistance,
	TestDualCriminality, TestDeMinimis, TestOtherProvisions,
	TestConformity, TestLanguage, TestAuthenticity,
	TestEssentialInterests, TestDomesticProhibition, TestDisproportionate, TestLegalSystem,
	TestPublicRecord,
)

// assessed is assess on a copy, for resolve.
func (in inputs) assessed() Decision { return in.assess() }

// assess is Assess without validation or what-ifs.
func (in *inputs) assess() Decision {
	d := Decision{Name: "assessment", Lacking: in.lacking, offences: in.offences}
	r := &d.Result
	if in.outside(&d) {
		d.Lacking = 0
		return d
	}
	d.Regime = in.regime(r)
	owed, cite, within, open := in.scope(r)
	d.scope, d.Within = owed, within
	s := within | open // the offences decided on
	d.decided = s
	if owed == no {
		r.Outcome, r.Cite, d.Lacking = convention.NotApplicable, cite, 0
		return d
	}
	in.common(&d, s)
	common := r.Available.Intersect(commonGrounds)
	if d.Regime == RegimeTreaty {
		// Paragraphs 10 to 30 give way to the treaty (para. 9); what lies
		// outside them still decides.
		d.Lacking = 0
		switch open := r.Needed.Intersect(commonTests); {
		case owed == unassessed:
			r.Outcome, r.Cite = convention.Undetermined, cite
		case !common.IsEmpty():
			r.Outcome, r.Cite = convention.MayRefuse, firstCite(common)
		case !open.IsEmpty():
			r.Outcome, r.Cite = convention.Undetermined, firstCite(open)
		default:
			r.Outcome, r.Cite = convention.NotApplicable, mla(9)
		}
		return d
	}
	in.article(&d, s)
	refusal := d.RefusalGrounds()
	if !refusal.IsEmpty() {
		r.Duties = r.Duties.With(DutyReasons)
	}
	if !refusal.Intersect(para22Grounds).IsEmpty() || d.MayPostpone() {
		r.Duties = r.Duties.With(DutyConsult)
	}
	switch {
	case owed == unassessed:
		r.Outcome, r.Cite = convention.Undetermined, cite
	case d.Regime == RegimeUnknown && !common.IsEmpty():
		// Available whichever regime governs.
		r.Outcome, r.Cite = convention.MayRefuse, firstCite(common)
	case d.Regime == RegimeUnknown:
		r.Outcome, r.Cite = convention.Undetermined, mla(9)
	case !refusal.IsEmpty():
		r.Outcome, r.Cite = convention.MayRefuse, firstCite(refusal)
	case !r.Needed.Intersect(outcomeGrounds).IsEmpty():
		r.Outcome, r.Cite = convention.Undetermined, mla(22)
	default:
		r.Outcome, r.Cite = convention.Obliged, cite
	}
	return d
}

// outside records the legal basis the request invokes in d and reports
// whether the request is outside the article for it: paras. 7 and 9,
// "requests made pursuant to this article", and the article "shall not
// affect the obligations under any other treaty". A request that invokes
// only another basis is NotApplicable, citing para. 7 where it invokes a
// treaty and para. 9 otherwise.
func (in *inputs) outside(d *Decision) bool {
	d.Basis, d.basisRead = in.basis, true
	if in.pursuant {
		return false
	}
	d.notPursuant, d.scope = true, no
	d.unboundTreaty = in.basis.Invokes(convention.BasisTreaty) && in.treaty == no
	d.Outcome, d.Cite = convention.NotApplicable, mla(9)
	if in.basis.Invokes(convention.BasisTreaty) {
		d.Cite = mla(7)
	}
	return true
}

// firstCite returns the earliest citation among the members of s.
func firstCite(s Set) convention.Citation {
	t, _ := s.First()
	return t.Describe().Cite
}

// resolve fills in what each needed fact would change, re-running again
// with that fact set.
func (in *inputs) resolve(d *Decision, again func(inputs) Decision) {
	if d.Outcome != convention.Undetermined {
		return
	}
	decide.ResolveNeeded(&d.Result, func(t Term, j judgement) convention.Outcome {
		c := *in
		c.set(t, j)
		return again(c).Outcome
	})
}

// DecideRegime applies para. 9: paragraphs 10 to 30 govern where the States
// are not bound by an MLA treaty, or where they agreed to apply those
// paragraphs in lieu of it; otherwise the treaty's corresponding provisions
// govern (and para. 7 keeps the treaty's obligations intact).
//
// Outcomes: Satisfied (paragraphs 10 to 30 apply; Regime is RegimeArticle),
// NotApplicable (the treaty governs; Regime is RegimeTreaty), or
// Undetermined with the profile facts needed. The result cites para. 9.
func DecideRegime(p Profile) Decision {
	in := inputs{treaty: p.Treaty, inLieu: p.ArticleInLieu}
	d := decideRegime(in)
	in.resolve(&d, decideRegime)
	return d
}

func decideRegime(in inputs) Decision {
	d := Decision{Name: "regime"}
	d.Regime = in.regime(&d.Result)
	d.Cite = mla(9)
	switch d.Regime {
	case RegimeArticle:
		d.Outcome = convention.Satisfied
	case RegimeTreaty:
		d.Outcome = convention.NotApplicable
	default:
		d.Outcome = convention.Undetermined
	}
	return d
}

// Scope applies paras. 1, 2 and 4 to a request, offence by offence
// (Decision.Within holds the offences that bring it within the article),
// after the legal basis it invokes (paras. 7, 9: the article applies to
// requests "made pursuant to this article").
//
// Outcomes: Obliged, with the duties owed (DutyWidestMeasure, para. 1, for
// an offence established under the Convention or for electronic evidence
// of a serious criminal offence; DutyElectronicEvidence, para. 4, for the
// latter; DutyFullestExtent, para. 2, for an offence established under the
// Convention for which a legal person may be held liable in the requesting
// State, to the fullest extent possible under the requested State's laws);
// NotApplicable when no basis holds (para. 2 is no basis of its own: it
// reaches offences "for which a legal person may be held liable in
// accordance with article [on liability of legal persons] of this
// Convention", which are offences established under the Convention);
// Undetermined when the seriousness of an offence is unassessed and no
// other basis holds. The result cites para. 1; or NotApplicable citing
// para. 7 (a treaty invoked) or 9 when the request invokes no basis under
// the Convention. The error is only the
// Problems that keep the library from deciding (see Request.Validate): a
// request that lacks an element of para. 16 is still in or out of scope.
func Scope(r Request) (Decision, error) {
	lacking, err := r.receive(convention.Catalogue{})
	if err != nil {
		return Decision{}, err
	}
	in := newInputs(r, Profile{}, Facts{}, lacking)
	d := decideScope(in)
	in.resolve(&d, decideScope)
	return d, nil
}

func decideScope(in inputs) Decision {
	d := Decision{Name: "scope", offences: in.offences}
	if in.outside(&d) {
		return d
	}
	owed, cite, within, _ := in.scope(&d.Result)
	d.Cite, d.Within = cite, within
	switch owed {
	case yes:
		d.Outcome = convention.Obliged
	case no:
		d.Outcome = convention.NotApplicable
	default:
		d.Outcome = convention.Undetermined
	}
	return d
}

// CheckForm applies paras. 14 and 15 to a request and the requested State's
// profile: written form, or an oral request in urgent circumstances where
// agreed (then to be confirmed in writing forthwith, DutyConfirmInWriting);
// a language the requested State notified as acceptable, matched as
// convention.LanguageAcceptable matches (a regional variant of a notified
// language is acceptable, "en-GB" for "en"; another script is not,
// "zh-Hant" for "zh"); the central authority, diplomatic channels where the
// requested State requires them, or INTERPOL in urgent circumstances where
// it agreed; and conditions allowing authenticity to be established (a
// judgement in Facts).
//
// Outcomes: Satisfied, NotSatisfied (para. 22(a) is then available),
// Undetermined (no language notified, or authenticity unassessed), or
// NotApplicable citing para. 9 where an MLA treaty governs. An oral
// request or a request through INTERPOL without urgency is NotSatisfied; a
// request whose language is not given leaves the language unassessed. The
// error is only the Problems that keep the library from deciding (see
// Request.Validate), with those of f (Facts.Validate), prefixed "Facts.".
// The contents of para. 16 are Assess's to decide.
func CheckForm(r Request, p Profile, f Facts) (Decision, error) {
	lacking, err := r.receive(p.Recognised)
	if err != nil || !factsFit(&f, len(r.Offences)) {
		return Decision{}, decisionError(err, f, len(r.Offences), nil)
	}
	in := newInputs(r, p, f, lacking)
	d := decideForm(in)
	in.resolve(&d, decideForm)
	return d, nil
}

func decideForm(in inputs) Decision {
	d := Decision{Name: "form"}
	if in.outside(&d) {
		return d
	}
	d.Regime = in.regime(&d.Result)
	if d.Regime == RegimeTreaty {
		d.Outcome, d.Cite = convention.NotApplicable, mla(9)
		return d
	}
	ok := in.form(&d.Result)
	d.Cite = mla(15)
	if !in.channel {
		d.Cite = mla(14)
	}
	switch {
	case d.Regime == RegimeUnknown:
		d.Outcome, d.Cite = convention.Undetermined, mla(9)
	case ok == yes:
		d.Outcome = convention.Satisfied
	case ok == no:
		d.Outcome = convention.NotSatisfied
	default:
		d.Outcome = convention.Undetermined
	}
	return d
}

// Assess assesses a request in the light of the requested State's profile
// and judgements, evaluating every ground without short-circuit.
//
// It reports, in the Decision:
//   - Regime (para. 9). Where the treaty governs, nothing of paragraphs 10
//     to 30 is tested or cited, and the explanation says the treaty
//     governs; the rules outside those paragraphs still decide (paras. 1-4,
//     8 and Cooperation art., para. 3): the outcome is MayRefuse where a
//     ground of Cooperation art., para. 3 or of para. 3(e), (f), (m) is
//     available, and otherwise NotApplicable citing para. 9. Where the
//     regime is unknown, such a ground gives MayRefuse too: it is available
//     whichever regime governs.
//   - Scope (paras. 1, 2, 4) as duties; NotApplicable citing para. 1 when
//     no basis holds, whatever the regime.
//   - Available grounds: para. 3(e), (f), (m) for purposes the requested
//     State cannot serve (listed in Unserved); para. 10 (absence of dual
//     criminality, tested on the conduct under convention.
//     EvaluateDualCriminality, which leaves assistance at the State's
//     discretion; de minimis; available under other provisions); para.
//     22(a) (non-conformity with paras. 14-16) to 22(e); para. 30(b)
//     (non-public government records, at the State's discretion);
//     Cooperation art., para. 3 (via convention.NoObligationArises). The
//     optional courses of para. 17 (GroundMoreInformation) and para. 26
//     (GroundPostpone) are also listed as available.
//   - A request that lacks an element of para. 16, or is made orally or
//     through INTERPOL without urgency, is decided, not rejected: it is
//     "not made in conformity with the provisions of this article", so
//     para. 22(a) is available, with the duties that go with refusing
//     (reasons, para. 24; consultation, para. 27); and where para. 16
//     elements are lacking the requested State may ask for them (para. 17,
//     GroundMoreInformation). The explanation names the elements lacking;
//     Request.Validate lists every problem with its field.
//   - Barred grounds: bank secrecy (para. 8) and fiscal matters (para. 23,
//     never the sole ground); they are never available.
//   - Duties: consult before refusing under para. 22 or postponing (para.
//     27); reasons for any refusal (para. 24); keep the request
//     confidential, or inform promptly when that cannot be done (para. 21);
//     execute as soon as possible, take account of a reasoned deadline,
//     answer progress requests (para. 25); execute under domestic law and,
//     where lawful and possible, by the specified procedure (para. 18);
//     costs (para. 29); provide public government records (para. 30(a)).
//     Duties of the requesting State are listed too: confirm an oral
//     request in writing (para. 15); inform promptly when the assistance is
//     no longer required (para. 25).
//
// Outcomes: MayRefuse (some refusal ground available; the choice is the
// requested State's), Obliged (none available), NotApplicable (out of
// scope, or treaty-governed with no ground outside paragraphs 10 to 30),
// Undetermined (the regime, the scope or a fact that could make a refusal
// ground available is unassessed; Needed and the what-ifs say which).
// Needed may also list facts that only affect optional courses and duties
// while the outcome is determined. The error is only the Problems that
// keep the library from deciding (see Request.Validate), with those of f
// (see Facts.Validate; judgements on more offences than the request
// names), prefixed "Facts.".
func Assess(r Request, p Profile, f Facts) (Decision, error) {
	lacking, err := r.receive(p.Recognised)
	if err != nil || !factsFit(&f, len(r.Offences)) {
		return Decision{}, decisionError(err, f, len(r.Offences), nil)
	}
	pr := prepared(r, p, lacking)
	in := pr.inputs(f)
	d := in.assess()
	in.resolve(&d, inputs.assessed)
	return d, nil
}

// decisionError merges the request's problems (err, from receive) with
// those of the judgements f on a request naming the given number of
// offences and, when resp is not nil, of the response.
func decisionError(err error, f Facts, offences int, resp *Response) error {
	ps := append(convention.AsProblems(err), inputProblems(f, offences, resp)...)
	ps.Sort()
	return ps.Err()
}

func jsonMarshal(v any) ([]byte, error) { return json.Marshal(v) }
