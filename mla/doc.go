// Package mla implements the mutual legal assistance, joint investigations
// and law enforcement cooperation articles of the Convention, as in
// [convention.TextVersion].
//
// A [Request] carries the contents of para. 16 ([Contents], reusable on its
// own), the purposes of para. 3 ([Purposes]), the offence, and the urgency,
// channel, form and language of paras. 14-15. [Request.Validate] reports
// every missing or inconsistent element at once. The requested State's
// standing position towards the requesting State is a [Profile]; its
// judgements on the case ("considers", "would be prohibited",
// "disproportionate") are [Facts], each a [convention.Judgement] that may be
// unassessed. Decisions return a [Decision]: the shared
// [convention.Result] over the package's vocabulary [Term], with the
// [Regime] that governs and the purposes that cannot be served. Decisions
// evaluate every ground, never choose where the text says "may", and return
// [convention.Undetermined] with the facts needed and what each would
// change when a judgement they turn on is unassessed. Deciding allocates
// nothing; Explain and String render the reasoning.
//
// A case system that decides one request many times, as the requested
// State's judgements come in or as responses are drafted, validates it
// once with [Prepare] and decides the [Prepared] request with
// [Prepared.Assess] and [Prepared.Review], which skip validation.
//
// The article governs assistance between States Parties only. Under para.
// 32 it creates no right of a private person to obtain or exclude evidence
// or to impede the execution of a request, and nothing in this package
// confers or decides such a right: its outcomes are the States' duties and
// powers towards each other.
//
// # Articles
//
// Mutual legal assistance article:
//
//   - Para. 1 (widest measure: offences established under the Convention,
//     electronic evidence of serious offences): [Scope], [Assess].
//   - Para. 2 (legal persons, to the fullest extent possible): [Scope].
//   - Para. 3 (purposes (a)-(m); conditions of 3(e), (f), (m); preserved
//     data in 3(d)): [Purpose], [Purposes], [Request.Validate], [Assess]
//     (Decision.Unserved); [FollowUp] starts the request that follows a
//     preservation request, and [Request.Follows] tells whether a request
//     connects to one (Preservation art., paras. 1 and 7).
//   - Para. 4 (electronic evidence of serious offences): [Scope].
//   - Para. 5 (spontaneous transmission): [SpontaneousTransmission].
//   - Para. 6 (confidentiality of spontaneous information, exculpatory
//     disclosure): [SpontaneousUse].
//   - Para. 7 (other treaties unaffected): [DecideRegime], noted in
//     explanations where a treaty governs.
//   - Para. 8 (no refusal for bank secrecy): [Assess] (barred ground),
//     [Review] (violation).
//   - Para. 9 (paras. 10-30 or the MLA treaty): [DecideRegime], [Regime];
//     every decision on paras. 10-30 takes the regime and, where the treaty
//     governs, returns NotApplicable citing para. 9 and says so.
//   - Para. 10 (dual criminality, de minimis, other provisions): [Assess],
//     through [convention.EvaluateDualCriminality].
//   - Paras. 11-12 (transfer of detained persons; credit for time served):
//     [DecideTransfer], [Transfer], [CreditDays].
//   - Para. 13 (protection of the transferred person): [SafeConduct] with
//     [BasisTransfer], [DecideTransfer].
//   - Para. 14 (central authority and channels): [CheckForm], [Assess]
//     (ground 22(a)), [Request.Validate].
//   - Para. 15 (form, language, oral requests): [CheckForm],
//     [Request.Validate]. Languages match as [convention.LanguageAcceptable]
//     matches: a regional variant of a notified language is acceptable
//     ("fr-CA" where "fr" was notified, "en-US" where "en-GB" was); another
//     script is not ("zh-Hant" where "zh", Simplified Chinese, was).
//   - Para. 16 (contents): [Contents.Validate], [Request.Validate],
//     [ContentRules], [Rules].
//   - Para. 17 (additional information): [Assess] ([GroundMoreInformation]).
//   - Para. 18 (execution under domestic law and specified procedures):
//     [Execution], [Assess].
//   - Para. 19 (video conference): [VideoHearing].
//   - Para. 20 (use of evidence, exculpatory disclosure): [EvidenceUse].
//   - Para. 21 (confidentiality of the request): [Assess], [Review].
//   - Para. 22 (grounds of refusal): [Assess], [Review].
//   - Para. 23 (fiscal matters never the sole ground): [Assess], [Review].
//   - Para. 24 (reasons for refusal): [Assess], [Review].
//   - Para. 25 (speed, deadlines, progress): [Assess].
//   - Para. 26 (postponement): [Assess], [Review].
//   - Para. 27 (consultation before refusal or postponement): [Assess],
//     [Review].
//   - Para. 28 (safe conduct): [SafeConduct], [Stay], [Status].
//   - Para. 29 (costs): [Costs], [Assess].
//   - Para. 30 (government records): [GovernmentRecords].
//   - Para. 32 (no private rights): stated above.
//
// Joint investigations article: [JointInvestigation].
//
// # Reading choices
//
//   - Para. 27 requires consultation before refusing "pursuant to paragraph
//     22" or postponing: a refusal resting only on para. 10, para. 3 or
//     Cooperation art., para. 3 grounds needs reasons (para. 24) but, on
//     those words, no prior consultation.
//   - Conditions (para. 27) are what a State that could refuse or postpone
//     offers instead; executing on conditions with no ground of refusal or
//     postponement available is reported as a violation.
//   - A refusal is lawful when one invoked ground is available; invoking
//     bank secrecy is always a violation (para. 8: "shall not decline ... on
//     the ground of bank secrecy"); fiscal matters are a violation only when
//     no other invoked ground is available (para. 23: "sole ground").
//   - Dual criminality (para. 10) is tested on the conduct, never on the
//     offence's name; the requesting State's characterisation is the
//     request's offence, which it investigates as criminal.
//   - A request through diplomatic channels to a State that does not
//     require them, or by another route, is not transmitted as para. 14
//     says; the only consequence is the optional ground of para. 22(a).
//   - Safe conduct (para. 28): the day of official notice is not counted;
//     the fifteen (or agreed) days of opportunity are the following days;
//     any day on which leaving was not possible restarts the count; a
//     voluntary return ends protection on the day of return. See
//     [SafeConduct].
//   - Credit for time served (para. 12(d)) counts both the day of transfer
//     and the day of return: see [CreditDays].
//   - Para. 16(e) ("as appropriate"): a person must be identified when the
//     purposes are 3(a), (b) or (k), and the specified communications (an
//     item or account) when they are 3(e) or (f).
//
// # Left to domestic law
//
//   - Para. 31 (considering further agreements) is a treaty-making policy
//     duty with no case-level test.
//   - What the State "considers" or "deems appropriate" (paras. 10, 22(b),
//     26, 30(b)), the conditions of real-time collection and interception
//     (3(e), (f)), and what its domestic law permits or prohibits (3(m),
//     18, 22(c), 22(e)) are the State's judgements, taken as [Facts].
//   - Whether "forthwith" (para. 15), "as soon as possible" (para. 25),
//     "promptly" (para. 21) or "without delay" (paras. 6, 12(b), 20) were
//     met is not counted in days by the text; the library reports the duty.
//   - Law enforcement cooperation article (paras. 1-3): measures each State
//     adopts "consistent with their respective domestic legal and
//     administrative systems", agreements it considers, and cooperation
//     "within their means": no test a request or case can be checked
//     against. The registry records why.
//   - Joint investigations article: whether to conclude agreements is each
//     State's consideration.
//
// # References
//
//   - The seed text: United States proposal, MUTUAL LEGAL ASSISTANCE (paras.
//     1-32), JOINT INVESTIGATIONS and LAW ENFORCEMENT COOPERATION articles;
//     GENERAL PROVISIONS ON INTERNATIONAL COOPERATION, paras. 2-3.
//   - United Nations Convention against Transnational Organized Crime
//     (UNTOC), arts. 18 (the source of the MLA article), 19 and 27; art.
//     2(b) for "serious crime".
//   - Council of Europe Convention on Cybercrime (ETS No. 185), arts. 29-34
//     for purposes 3(d)-(f).
//   - golang.org/x/text/language for the matching of languages.
package mla
