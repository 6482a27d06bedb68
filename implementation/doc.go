// Package implementation implements the Mechanism of Implementation
// chapter of the Convention, as in [convention.TextVersion], and the
// obligations of its Technical Assistance and Preventive Measures chapters.
//
// It gives a foreign ministry or the Secretariat:
//
//   - the review calendar ([Calendar]): the Commission's annual discussions,
//     mid-term and ministerial reviews counted from the Convention's entry
//     into force, each party's five-yearly report counted from the
//     Convention's entry into force for it, what falls due in a period
//     ([Calendar.Due]) and what a party has missed ([Calendar.Missed]);
//   - the Commission's requests for information and what a party furnished
//     in answer, as a typed checklist ([Checklist], [Request], [Item])
//     assessed against its duties ([AssessChecklist]): every item of
//     Information art., para. 1 is owed as the Commission requests it, by
//     its dates and on its forms;
//   - the Commission's decisions under review by the Council or the General
//     Assembly ([ReviewDecision]), the bodies ([Body]), the expenses
//     ([ExpensesBorneBy]) and the Secretariat ([Secretariat],
//     [SecretariatTasks]);
//   - the catalogue of obligations, with the strength of each ([Catalogue]),
//     and a State's self-assessment against it ([SelfAssess]): what it has,
//     lacks, is excused from by a qualifier, and may still choose.
//
// Whether a State's measures meet an obligation, and whether a qualifier
// ("to the extent necessary", "as appropriate") excuses it, are the State's
// judgements: the package takes them as inputs.
//
// # Articles
//
//   - Implementation art., para. 1: [TermImplementationMeasures], [SelfAssess].
//   - Implementation art., para. 2: [TermStricterMeasures], [Catalogue].
//   - Implementation body art., para. 1: [Commission].
//   - Implementation body art., para. 2(a)-(c): [Body], [Commission], [Council], [GeneralAssembly].
//   - Expenses art., para. 1: [ExpensesBorneBy], [ExpensesDecidedBy].
//   - Review art., para. 1: [ReviewDecision], [CommissionDecision.Validate].
//   - Review art., para. 2(a)-(c): [Calendar], [Calendar.Commission], [EventMidTermReview],
//     [EventMinisterialReview], [EventAnnualDiscussion].
//   - Functions art., para. 3: [Checklist], [AssessChecklist], [InfoMeasures], [TermInfoMeasures].
//   - Secretariat art., para. 1: [Secretariat].
//   - Secretariat art., para. 2(a)-(c): [SecretariatTasks].
//   - Information art., para. 1: [Request], [InfoKind], [Checklist], [AssessChecklist];
//     1(a) also [Calendar.Reports], [Calendar.History], [Calendar.Missed] (the
//     five-year rhythm, for planning).
//   - Information art., para. 2: [Request] (the Commission's manner, dates and
//     forms are inputs), [AssessChecklist].
//   - Confiscation art., para. 5: [Checklist], [AssessChecklist].
//   - Training, Technical assistance, Prevention, Society, Private sector and
//     Victims arts.: [Catalogue], [Term], [SelfAssess].
//
// # Left to domestic law
//
// Functions art., paras. 1 and 2 empower the Commission (recommendations,
// means of implementation, supplemental review mechanisms); they are its
// own decisions, tested against nothing. Technical assistance art., para. 3
// is a saving clause with nothing to decide. The content of the measures a
// State takes (its training programmes, its prevention policies) is
// domestic policy: the catalogue records whether the State reports having
// them, not whether they are good.
//
// # References
//
//   - UNTOC arts. 29-34 (training, technical assistance, prevention,
//     Conference of the Parties, secretariat, implementation).
//   - Single Convention on Narcotic Drugs, 1961, arts. 5-8 and 18 (the
//     Commission on Narcotic Drugs as implementing body, the model of the
//     chapter).
//   - UNCAC art. 13 (participation of society).
//   - Charter of the United Nations, arts. 60 and 66 (the Economic and
//     Social Council under the authority of the General Assembly).
//   - Commission on Narcotic Drugs, high-level review (2014) and ministerial
//     segment (2019) following the Political Declaration of 2009: a practice
//     of alternating mid-term and ministerial reviews, which the text's
//     "every five years" does not follow (see Calendar).
package implementation
