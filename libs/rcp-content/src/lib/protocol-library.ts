import type { DefaultCategoryKey } from './framework';
import { deepFreeze } from './freeze';
import { typical } from './typical-ratings';
import type { ProtocolTemplate } from './types';

/**
 * The protocol library: common council protocols, each with the way it reads
 * when it gets in the way of relationship-centred practice and the way it reads
 * when it helps. Based on DOMAIN.md §1 (items 1–45, sources in `sourceNote`),
 * plus a few transactional services where standardisation is right, and a few
 * wider-environment conditions a council shapes but does not control.
 *
 * `typicalRatings` are plausible values for the demo generator, not findings.
 * Protocols in the 'wider-environment' category have scope 'wider'; all others
 * are 'organisational'.
 */
export const PROTOCOL_LIBRARY: (ProtocolTemplate & { category: DefaultCategoryKey })[] = deepFreeze(
  [
    // ---------------------------------------------------------------- A. Time and caseload
    {
      key: 'caseload-size',
      name: 'Caseload size and weighting',
      category: 'time-and-caseload',
      type: 'policy',
      serviceArea: "Children's social care",
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'high',
      basis: 'local-practice',
      description:
        'How many families or people each practitioner holds at once, and whether complexity is taken into account.',
      inhibitingExemplar:
        'Cases are allocated to whoever has a gap; counts drift into the mid-twenties and a complex family counts the same as a simple one.',
      enablingExemplar:
        'Caseloads are capped and weighted by complexity, so each worker has room to get to know the families they hold.',
      sourceNote:
        'S39, S40: average caseloads for children’s social workers sit around 16–18, but range from about 10 to over 26 depending on the council.',
      typicalRatings: typical(
        'relational',
        [
          -1,
          {
            'relationships-first': -2,
            'continuity-over-time': -2,
            'empathy-and-listening': -2,
            'vulnerability-and-emotional-support': -2,
            fairness: 0,
            reciprocity: 0,
            'assets-not-deficits': 0,
          },
        ],
        [
          1,
          {
            'relationships-first': 2,
            'continuity-over-time': 2,
            'vulnerability-and-emotional-support': 2,
            reciprocity: 0,
            'assets-not-deficits': 0,
          },
        ],
      ),
    },
    {
      key: 'recording-and-contact-time',
      name: 'Recording requirements and contact time',
      category: 'time-and-caseload',
      type: 'procedure',
      serviceArea: "Children's social care",
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'high',
      basis: 'local-practice',
      description:
        'How much of a practitioner’s week goes on forms, case notes and system updates compared with time spent with people.',
      inhibitingExemplar:
        'Every contact triggers several forms and duplicate entries; most of the week is spent at a desk and a small fraction face to face.',
      enablingExemplar:
        'Recording is cut to what is needed and done alongside families, so most working time is spent with them.',
      sourceNote:
        'S19, S20: in Swindon, workers spent about three-quarters of their time on admin and 14% with families; the Life programme reversed this to roughly 80% with families.',
      typicalRatings: typical(
        'relational',
        [
          -1,
          {
            'relationships-first': -2,
            'empathy-and-listening': -2,
            fairness: 0,
            reciprocity: 0,
          },
        ],
        [
          1,
          {
            'relationships-first': 2,
            'empathy-and-listening': 2,
            'active-collaboration': 2,
            fairness: 0,
            reciprocity: 0,
          },
        ],
      ),
    },
    {
      key: 'home-care-visit-length',
      name: 'Home care visit length',
      category: 'time-and-caseload',
      type: 'contract',
      serviceArea: 'Adult social care',
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'high',
      basis: 'council-policy',
      description:
        'The minimum length of a home care visit and whether carers can use time flexibly across the week.',
      inhibitingExemplar:
        'Visits are booked in 15-minute slots for set tasks; carers must leave on time whatever they find.',
      enablingExemplar:
        'Visits last at least 30 minutes and people can use a weekly allowance of hours flexibly with their carers.',
      sourceNote:
        'S60, S61: about three-quarters of councils were found to commission 15-minute visits, which made up around 14% of home care visits; NICE guidance says visits should normally be at least 30 minutes.',
      typicalRatings: typical(
        'relational',
        [
          -1,
          {
            'relationships-first': -2,
            'empathy-and-listening': -2,
            'kindness-and-human-worth': -2,
            'vulnerability-and-emotional-support': -2,
            'reflection-and-enquiry': 0,
            'challenge-and-holding-tensions': 0,
          },
        ],
        [
          1,
          {
            'relationships-first': 2,
            'kindness-and-human-worth': 2,
            'agency-and-autonomy': 2,
            'versatile-and-unscripted': 2,
            'reflection-and-enquiry': 0,
          },
        ],
      ),
    },
    {
      key: 'case-closure-rules',
      name: 'Case closure rules',
      category: 'time-and-caseload',
      type: 'procedure',
      serviceArea: 'Adult social care',
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'medium',
      basis: 'local-practice',
      description:
        'When and how involvement with a person ends, and whether they can come back easily.',
      inhibitingExemplar:
        'Support is an episode of fixed length; cases close on the set date and a new referral starts from scratch.',
      enablingExemplar:
        'Support lasts as long as it helps, can taper off gradually, and people can return to the same worker without a new referral.',
      sourceNote:
        'S34: Local Area Coordination offers open-ended, longer-term support where needed. Generalised to closure rules (inference).',
      typicalRatings: typical(
        'relational',
        [
          -1,
          {
            'continuity-over-time': -2,
            'relationships-first': -2,
            fairness: 0,
            'reflection-and-enquiry': 0,
          },
        ],
        [1, { 'continuity-over-time': 2, 'relationships-first': 2, fairness: 0 }],
      ),
    },

    // ---------------------------------------------------------------- B. Continuity
    {
      key: 'named-worker',
      name: 'Named worker and rota design',
      category: 'continuity',
      type: 'procedure',
      serviceArea: 'Adult social care',
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'high',
      basis: 'local-practice',
      description:
        'Whether people see the same worker or small group of workers, and who coordinates their support.',
      inhibitingExemplar:
        'Rotas are built for coverage, so a person may see many different carers in a month and nobody is their main contact.',
      enablingExemplar:
        'Each person has the same small group of workers and a named coordinator who knows them and whom they can contact.',
      sourceNote:
        'S60: continuity of carers and a named coordinator are part of the home care guidance.',
      typicalRatings: typical(
        'relational',
        [
          -1,
          {
            'continuity-over-time': -2,
            'relationships-first': -2,
            'mutual-trust': -2,
            fairness: 0,
            'reflection-and-enquiry': 0,
          },
        ],
        [
          1,
          {
            'continuity-over-time': 2,
            'relationships-first': 2,
            'mutual-trust': 2,
            'reflection-and-enquiry': 0,
          },
        ],
      ),
    },
    {
      key: 'team-shape',
      name: 'Team size and structure',
      category: 'continuity',
      type: 'governance',
      serviceArea: "Children's social care",
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'high',
      basis: 'council-policy',
      description: 'How frontline teams are organised and how work passes between them.',
      inhibitingExemplar:
        'Large generic teams pass cases from intake to assessment to long-term teams, so families meet a new face at each stage.',
      enablingExemplar:
        'Small, stable units share a defined group of cases and know every family they hold.',
      sourceNote:
        'S28, S36, S37: Buurtzorg teams have at most 12 nurses caring for 40–60 people; Hackney’s social work units each shared 30–60 cases.',
      typicalRatings: typical(
        'relational',
        [-1, { 'continuity-over-time': -2, fairness: 0 }],
        [
          1,
          {
            'continuity-over-time': 2,
            'shared-purpose': 2,
            'active-collaboration': 2,
            'reflection-and-enquiry': 2,
            'vulnerability-and-emotional-support': 2,
            fairness: 0,
          },
        ],
      ),
    },
    {
      key: 'permanent-staffing',
      name: 'Agency staffing and retention',
      category: 'continuity',
      type: 'hr',
      serviceArea: "Children's social care",
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'high',
      basis: 'local-practice',
      description:
        'Reliance on agency and interim staff, and what the council does to keep permanent staff.',
      inhibitingExemplar:
        'Vacancies are filled by short-term agency workers; turnover is high and families lose their worker every few months.',
      enablingExemplar:
        'Posts are filled permanently and retention is actively managed, so relationships with families can last.',
      sourceNote:
        'S39, S63: national figures showed over 5,000 agency children’s social workers and annual turnover of around 15%.',
      typicalRatings: typical(
        'relational',
        [
          -1,
          {
            'continuity-over-time': -2,
            'mutual-trust': -2,
            fairness: 0,
            reciprocity: 0,
          },
        ],
        [1, { 'continuity-over-time': 2, fairness: 0 }],
      ),
    },
    {
      key: 'referral-hand-offs',
      name: 'Referral pathways and hand-offs',
      category: 'continuity',
      type: 'procedure',
      serviceArea: 'Adult social care',
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'high',
      basis: 'council-policy',
      description: 'How people with several needs move between specialist services.',
      inhibitingExemplar:
        'Each need belongs to a different specialism; people are referred on and must meet each eligibility test and new worker in turn.',
      enablingExemplar:
        'One worker holds the whole story and brings specialists in around the person, instead of passing them along.',
      sourceNote:
        'S11, S24: the Liberated Method describes services as specialisms joined by referral routes and eligibility rules, and replaces this with one worker holding the person’s whole situation.',
      typicalRatings: typical(
        'relational',
        [
          -1,
          {
            'continuity-over-time': -2,
            'relationships-first': -2,
            'trauma-informed-and-safe': -2,
          },
        ],
        [
          1,
          {
            'continuity-over-time': 2,
            'relationships-first': 2,
            'trauma-informed-and-safe': 2,
            'versatile-and-unscripted': 2,
          },
        ],
      ),
    },

    // ---------------------------------------------------------------- C. Discretion and permission
    {
      key: 'procedure-rulebook',
      name: 'Procedure rulebook',
      category: 'discretion-and-permission',
      type: 'policy',
      serviceArea: 'Corporate',
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'high',
      basis: 'council-policy',
      description: 'The volume and detail of procedures frontline staff must follow.',
      inhibitingExemplar:
        'A thick manual sets out each step; departing from it needs approval, so staff follow the steps even when they do not help.',
      enablingExemplar:
        'Staff work to two rules, stay within the law and do no harm (including the harm of doing nothing), plus a handful of principles.',
      sourceNote:
        'S11: the Liberated Method replaces detailed procedures with two rules and five principles.',
      typicalRatings: typical(
        'relational',
        [
          -1,
          {
            'versatile-and-unscripted': -2,
            'agency-and-autonomy': -2,
            'mutual-trust': -2,
            fairness: 1,
            'trauma-informed-and-safe': 0,
          },
        ],
        [
          1,
          {
            'versatile-and-unscripted': 2,
            'agency-and-autonomy': 2,
            'mutual-trust': 2,
            fairness: 0,
          },
        ],
      ),
    },
    {
      key: 'frontline-flexible-spend',
      name: 'Frontline discretionary spending',
      category: 'discretion-and-permission',
      type: 'budget',
      serviceArea: 'Adult social care',
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'medium',
      basis: 'council-policy',
      description:
        'Whether practitioners and residents can spend small sums on what would actually help.',
      inhibitingExemplar:
        'Only items on a fixed service menu can be funded; anything else needs a panel, which takes weeks.',
      enablingExemplar:
        'Workers can spend flexibly within the two rules, and families hold part of the budget themselves.',
      sourceNote:
        'S12, S20: Gateshead gave workers broad freedom to spend within its two rules; Life programme families controlled part of the budget.',
      typicalRatings: typical(
        'relational',
        [
          -1,
          {
            'versatile-and-unscripted': -2,
            'agency-and-autonomy': -2,
            fairness: 0,
            'reflection-and-enquiry': 0,
          },
        ],
        [
          1,
          {
            'versatile-and-unscripted': 2,
            'agency-and-autonomy': 2,
            'mutual-trust': 2,
            fairness: -1,
            'reflection-and-enquiry': 0,
          },
        ],
      ),
    },
    {
      key: 'risk-backing',
      name: 'Backing staff who take considered risks',
      category: 'discretion-and-permission',
      type: 'policy',
      serviceArea: 'Corporate',
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'high',
      basis: 'local-practice',
      description: 'How the organisation responds when a reasonable judgement turns out badly.',
      inhibitingExemplar:
        'When something goes wrong the first question is who broke procedure, so staff avoid any step they cannot defend on paper.',
      enablingExemplar:
        'Leaders say openly that they will back reasoned decisions, and staff feel free to try new approaches.',
      sourceNote:
        'S22, S23, S24: Wigan told staff it would back them, and staff reported feeling permitted to innovate.',
      typicalRatings: typical(
        'relational',
        [
          -1,
          {
            'challenge-and-holding-tensions': -2,
            'mutual-trust': -2,
            'agency-and-autonomy': -2,
            'reflection-and-enquiry': -2,
            fairness: 0,
          },
        ],
        [
          1,
          {
            'challenge-and-holding-tensions': 2,
            'mutual-trust': 2,
            'agency-and-autonomy': 2,
            'reflection-and-enquiry': 2,
            fairness: 0,
          },
        ],
      ),
    },
    {
      key: 'leadership-style',
      name: 'Leadership style: values and methods',
      category: 'discretion-and-permission',
      type: 'governance',
      serviceArea: 'Corporate',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'high',
      basis: 'local-practice',
      description:
        'Whether leaders prescribe how work is done or set clear values and let teams decide how.',
      inhibitingExemplar:
        'Leaders specify methods and scripts for each service and check that they are followed.',
      enablingExemplar:
        'Leaders are firm about values and relaxed about methods, trusting teams to find their own way to deliver.',
      sourceNote: 'S25: Wigan’s leadership described being tight on values and loose on delivery.',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'versatile-and-unscripted': -2,
            'agency-and-autonomy': -2,
            'shared-purpose': 0,
            fairness: 0,
            reciprocity: 0,
          },
        ],
        [
          1,
          {
            'versatile-and-unscripted': 2,
            'agency-and-autonomy': 2,
            'shared-purpose': 2,
            'mutual-trust': 2,
            fairness: 0,
          },
        ],
      ),
    },
    {
      key: 'permissions-audit',
      name: 'Permissions audit of assumed rules',
      category: 'discretion-and-permission',
      type: 'governance',
      serviceArea: 'Corporate',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'medium',
      basis: 'assumed',
      description:
        'Whether the council checks which of its rules are real and which are only believed to exist.',
      inhibitingExemplar:
        'Staff say "we are not allowed to" without knowing where the rule comes from; nobody checks.',
      enablingExemplar:
        'Teams regularly list the rules they work to, trace each to its source, and drop the ones that turn out to be assumed.',
      sourceNote:
        'S7: the Relationships Project’s Permissions Game sorts rules into those written into policy and those only assumed.',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'agency-and-autonomy': -2,
            'reflection-and-enquiry': -2,
            'kindness-and-human-worth': 0,
            fairness: 0,
            'trauma-informed-and-safe': 0,
            'empathy-and-listening': 0,
            'continuity-over-time': 0,
          },
        ],
        [
          1,
          {
            'agency-and-autonomy': 2,
            'reflection-and-enquiry': 2,
            'challenge-and-holding-tensions': 2,
            'kindness-and-human-worth': 0,
            'trauma-informed-and-safe': 0,
            'empathy-and-listening': 0,
            'continuity-over-time': 0,
            'vulnerability-and-emotional-support': 0,
          },
        ],
      ),
    },

    // ---------------------------------------------------------------- D. Front door and assessment
    {
      key: 'eligibility-screening',
      name: 'Eligibility screening at the front door',
      category: 'front-door-and-assessment',
      type: 'procedure',
      serviceArea: 'Adult social care',
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'high',
      basis: 'local-practice',
      description:
        'What happens when someone first asks for help, and whether the aim is to screen out or to understand.',
      inhibitingExemplar:
        'First contact is a screening call designed to establish whether the person meets the threshold; most are signposted elsewhere.',
      enablingExemplar:
        'Everyone who gets in touch is entitled to be understood; the first conversation is about their situation, not their eligibility.',
      sourceNote:
        'S11, S12: "everyone is eligible to be understood"; understand rather than assess. The national eligibility threshold is statutory, but screening people out at first contact is local practice.',
      typicalRatings: typical(
        'relational',
        [
          -1,
          {
            'empathy-and-listening': -2,
            'relationships-first': -2,
            'kindness-and-human-worth': -2,
            'assets-not-deficits': -2,
          },
        ],
        [
          1,
          {
            'empathy-and-listening': 2,
            'relationships-first': 2,
            'kindness-and-human-worth': 2,
            'assets-not-deficits': 2,
          },
        ],
      ),
    },
    {
      key: 'open-access-coordination',
      name: 'Open access to a local coordinator',
      category: 'front-door-and-assessment',
      type: 'permission',
      serviceArea: 'Neighbourhoods',
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'medium',
      basis: 'local-practice',
      description:
        'Who may approach community-based support directly, and whether a referral is required.',
      inhibitingExemplar:
        'Support can be reached only through a formal referral from another professional.',
      enablingExemplar:
        'Anyone can approach a coordinator based in their neighbourhood, without a referral or an assessment.',
      sourceNote:
        'S33, S34: Local Area Coordinators are open to anyone and each works with a neighbourhood of around 8–10,000 people.',
      typicalRatings: typical(
        'relational',
        [
          -1,
          {
            'relationships-first': -2,
            'agency-and-autonomy': -2,
            fairness: -1,
          },
        ],
        [
          1,
          {
            'relationships-first': 2,
            'agency-and-autonomy': 2,
            'assets-not-deficits': 2,
            reciprocity: 2,
          },
        ],
      ),
    },
    {
      key: 'assessment-effort',
      name: 'Time spent on eligibility assessments',
      category: 'front-door-and-assessment',
      type: 'procedure',
      serviceArea: 'Adult social care',
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'medium',
      basis: 'local-practice',
      description:
        'How much assessment effort leads to no help, and what that time could be used for instead.',
      inhibitingExemplar:
        'Long eligibility assessments are completed for people who end up with nothing; the form is finished but nothing changes.',
      enablingExemplar:
        'Time goes into understanding what a good life looks like for the person and helping them towards it.',
      sourceNote:
        'S33: Local Area Coordination points to assessments for eligibility that lead to no outcome.',
      typicalRatings: typical(
        'relational',
        [
          -1,
          {
            'relationships-first': -2,
            'empathy-and-listening': -2,
            'assets-not-deficits': -2,
          },
        ],
        [
          1,
          {
            'relationships-first': 2,
            'empathy-and-listening': 2,
            'assets-not-deficits': 2,
            'shared-purpose': 2,
          },
        ],
      ),
    },
    {
      key: 'strengths-based-conversation',
      name: 'Assessment conversation format',
      category: 'front-door-and-assessment',
      type: 'procedure',
      serviceArea: 'Adult social care',
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'high',
      basis: 'local-practice',
      description: 'The form and structure of assessment conversations.',
      inhibitingExemplar:
        'Staff work through a deficit-focused form question by question, recording what the person cannot do.',
      enablingExemplar:
        'Staff hold an open, strengths-based conversation about the person’s life, interests and connections, and record it afterwards.',
      sourceNote:
        'S22, S76: Wigan’s "different conversation" is a strengths-based approach to assessment.',
      typicalRatings: typical(
        'relational',
        [
          -1,
          {
            'assets-not-deficits': -2,
            'versatile-and-unscripted': -2,
          },
        ],
        [
          1,
          {
            'assets-not-deficits': 2,
            'versatile-and-unscripted': 2,
            'empathy-and-listening': 2,
            'agency-and-autonomy': 2,
          },
        ],
      ),
    },
    {
      key: 'contact-channels',
      name: 'Contact channels and human routes',
      category: 'front-door-and-assessment',
      type: 'policy',
      serviceArea: 'Customer services',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'high',
      basis: 'council-policy',
      description:
        'Which ways residents can reach the council, and whether complex needs can reach a person.',
      inhibitingExemplar:
        'Phone hours are cut to push everyone online because calls cost more; complex or distressed callers struggle to reach anyone.',
      enablingExemplar:
        'Simple, high-volume requests go online, while guaranteed human routes stay open and staff call vulnerable residents proactively.',
      sourceNote:
        'S66, S79, S80: one council cut phone opening from 50 to 30 hours a week, citing about £3 a call against 15p online, and promised outbound calls to vulnerable residents. Varied needs do not fit cheap transaction channels; simple high-volume ones suit digital.',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'kindness-and-human-worth': -2,
            fairness: -2,
            'relationships-first': -2,
          },
        ],
        [1, { 'kindness-and-human-worth': 2, fairness: 2 }],
      ),
    },

    // ---------------------------------------------------------------- E. Risk and safeguarding
    {
      key: 'safeguarding-posture',
      name: 'Approach to statutory safeguarding duties',
      category: 'risk-and-safeguarding',
      type: 'policy',
      serviceArea: "Children's social care",
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'high',
      basis: 'local-practice',
      description:
        'Whether statutory duties are delivered mainly through process or through relationships.',
      inhibitingExemplar:
        'Process is treated as the safe place: completing the right steps on time is what protects the worker and the council.',
      enablingExemplar:
        'Statutory duties are met through the relationship with the family, with process serving that relationship; staff are encouraged to act with courage rather than fear.',
      sourceNote:
        'S4: a Relational Councils Network convening with Barking and Dagenham named the shifts from process-led to relationship-led and from fear to courage.',
      typicalRatings: typical(
        'relational',
        [
          -1,
          {
            'relationships-first': -2,
            'versatile-and-unscripted': -2,
            fairness: 1,
          },
        ],
        [
          1,
          {
            'relationships-first': 2,
            'versatile-and-unscripted': 2,
            'mutual-trust': 2,
            fairness: 0,
          },
        ],
      ),
    },
    {
      key: 'case-audit-compliance',
      name: 'Case file audit and quality assurance',
      category: 'risk-and-safeguarding',
      type: 'procedure',
      serviceArea: "Children's social care",
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'high',
      basis: 'local-practice',
      description: 'What case audits look for and how their findings are used.',
      inhibitingExemplar:
        'Audits check that forms are complete and timescales met; the findings are used to chase compliance.',
      enablingExemplar:
        'Audits look at the quality of judgement and relationships, are done with the worker, and feed learning.',
      sourceNote:
        'S38: the Munro review found a system too bureaucratic and focused on compliance, and argued for more room for judgement and learning.',
      typicalRatings: typical(
        'relational',
        [-1, { 'reflection-and-enquiry': -2, 'mutual-trust': -2 }],
        [
          1,
          {
            'reflection-and-enquiry': 2,
            'challenge-and-holding-tensions': 2,
          },
        ],
      ),
    },
    {
      key: 'speak-up-protection',
      name: 'Protection for staff who raise concerns',
      category: 'risk-and-safeguarding',
      type: 'hr',
      serviceArea: 'Corporate',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'medium',
      basis: 'council-policy',
      description: 'Whether staff are protected when they report unsafe or harmful practice.',
      inhibitingExemplar:
        'There is no clear protection; staff who question practice fear being seen as troublemakers.',
      enablingExemplar:
        'A written policy promises no reprisals for raising unsafe practice, and managers thank people who do.',
      sourceNote:
        'S46: trauma-informed organisation guidance includes a written no-reprisal policy.',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'challenge-and-holding-tensions': -2,
            'mutual-trust': -2,
            'vulnerability-and-emotional-support': -2,
            'relationships-first': 0,
            'continuity-over-time': 0,
            'assets-not-deficits': 0,
            'versatile-and-unscripted': 0,
            'empathy-and-listening': 0,
          },
        ],
        [
          1,
          {
            'challenge-and-holding-tensions': 2,
            'mutual-trust': 2,
            'vulnerability-and-emotional-support': 2,
            'relationships-first': 0,
            'continuity-over-time': 0,
            'assets-not-deficits': 0,
            'versatile-and-unscripted': 0,
            'empathy-and-listening': 0,
          },
        ],
      ),
    },

    // ---------------------------------------------------------------- F. Performance and measures
    {
      key: 'throughput-targets',
      name: 'Throughput targets',
      category: 'performance-and-measures',
      type: 'performance-measure',
      serviceArea: 'Corporate',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'high',
      basis: 'council-policy',
      description:
        'Targets on volumes and speed, such as cases closed or assessments completed within a set time.',
      inhibitingExemplar:
        'Teams are ranked on volumes and timescales; people are moved on to hit the number, and the figures are gamed.',
      enablingExemplar:
        'Targets are replaced by learning cycles: teams review what is happening for people and adjust, with learning as the management approach.',
      sourceNote:
        'S16, S18: Human Learning Systems reports that most studies of targets (over 80%) find gaming, and proposes learning as the management strategy.',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'reflection-and-enquiry': -2,
            'versatile-and-unscripted': -2,
            'relationships-first': -2,
            fairness: 0,
          },
        ],
        [1, { 'reflection-and-enquiry': 2, fairness: 0 }],
      ),
    },
    {
      key: 'outcome-accountability',
      name: 'Accountability for outcomes',
      category: 'performance-and-measures',
      type: 'performance-measure',
      serviceArea: 'Corporate',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'high',
      basis: 'council-policy',
      description:
        'Who is held responsible for outcomes that many people and factors contribute to.',
      inhibitingExemplar:
        'Individual teams are held to account for outcomes they cannot control, so effort goes into producing data that looks good.',
      enablingExemplar:
        'Outcomes are treated as the product of the whole system; partners share responsibility and learn together about what moves them.',
      sourceNote:
        'S15, S17: Human Learning Systems argues that outcomes are produced by systems, not individual services.',
      typicalRatings: typical(
        'mixed',
        [-1, { 'mutual-trust': -2 }],
        [
          1,
          {
            'shared-purpose': 2,
            'reflection-and-enquiry': 2,
            'active-collaboration': 2,
          },
        ],
      ),
    },
    {
      key: 'amenity-metrics',
      name: 'Measures for libraries, parks and community spaces',
      category: 'performance-and-measures',
      type: 'performance-measure',
      serviceArea: 'Neighbourhoods',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'medium',
      basis: 'council-policy',
      description: 'How the value of shared local spaces is judged.',
      inhibitingExemplar:
        'Libraries and parks are judged by visitor numbers and loans, so activities that bring people together count for little.',
      enablingExemplar:
        'These spaces are also judged as places where relationships form, with measures of connection and community activity.',
      sourceNote:
        'S9: councils’ libraries and parks can be seen as places that build relationships.',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'relationships-first': -2,
            'continuity-over-time': 0,
            'trauma-informed-and-safe': 0,
            'vulnerability-and-emotional-support': null,
            'challenge-and-holding-tensions': null,
          },
        ],
        [
          1,
          {
            'relationships-first': 2,
            'assets-not-deficits': 2,
            reciprocity: 2,
            'shared-purpose': 2,
            'trauma-informed-and-safe': 0,
            'vulnerability-and-emotional-support': null,
            'challenge-and-holding-tensions': null,
          },
        ],
      ),
    },
    {
      key: 'housing-kpis-vs-experience',
      name: 'Housing service KPIs',
      category: 'performance-and-measures',
      type: 'performance-measure',
      serviceArea: 'Housing',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'high',
      basis: 'council-policy',
      description: 'Whether housing measures reflect what tenants actually experience.',
      inhibitingExemplar:
        'Repair and response KPIs are all green while tenants keep complaining that problems are not fixed.',
      enablingExemplar:
        'Measures are set against the purpose of the service as tenants see it, and checked against what tenants say.',
      sourceNote: 'S67: Portsmouth’s housing service met its KPIs while residents complained.',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'empathy-and-listening': -2,
            'shared-purpose': -2,
          },
        ],
        [
          1,
          {
            'empathy-and-listening': 2,
            'shared-purpose': 2,
            'active-collaboration': 2,
          },
        ],
      ),
    },
    {
      key: 'process-step-ratio',
      name: 'Process steps versus value steps',
      category: 'performance-and-measures',
      type: 'procedure',
      serviceArea: 'Corporate',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'high',
      basis: 'local-practice',
      description:
        'How much of a case’s journey is spent on steps that help the person, compared with internal process.',
      inhibitingExemplar:
        'Most steps in a case are internal hand-offs, approvals and data entry; only a few make a difference to the person.',
      enablingExemplar: 'Cases are mapped, and steps that add no value for the person are removed.',
      sourceNote:
        'S4: Gateshead found that 90% of steps in a case were process and 10% added value.',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'relationships-first': -2,
            'versatile-and-unscripted': -2,
          },
        ],
        [1, { 'relationships-first': 2, 'reflection-and-enquiry': 2 }],
      ),
    },

    // ---------------------------------------------------------------- G. Commissioning
    {
      key: 'home-care-payment-model',
      name: 'Home care payment model',
      category: 'commissioning-and-contracts',
      type: 'contract',
      serviceArea: 'Adult social care',
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'high',
      basis: 'council-policy',
      description: 'How providers are paid for care, and what that rewards.',
      inhibitingExemplar:
        'Providers are paid per minute for listed tasks, so any time spent simply talking is unpaid.',
      enablingExemplar:
        'Providers are paid for hours or outcomes agreed with the person, and carers decide with them how to use the time.',
      sourceNote:
        'S60, S61: research on new home care models contrasts time-and-task commissioning with outcome-based approaches.',
      typicalRatings: typical(
        'relational',
        [
          -1,
          {
            'relationships-first': -2,
            'versatile-and-unscripted': -2,
            'kindness-and-human-worth': -2,
          },
        ],
        [
          1,
          {
            'relationships-first': 2,
            'versatile-and-unscripted': 2,
            'agency-and-autonomy': 2,
            'mutual-trust': 2,
            fairness: 0,
          },
        ],
      ),
    },
    {
      key: 'procurement-approach',
      name: 'Procurement and contract management',
      category: 'commissioning-and-contracts',
      type: 'contract',
      serviceArea: 'Commissioning',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'high',
      basis: 'council-policy',
      description: 'How providers are chosen and how the council works with them afterwards.',
      inhibitingExemplar:
        'Tenders are won mainly on price and the contract is then managed at arm’s length through penalties.',
      enablingExemplar:
        'Contracts are relational: shared aims, open books and regular joint review, with room to adapt as needs change.',
      sourceNote:
        'S58, S59: relational contracting relies on trust and joint working rather than detailed specification and penalties.',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'kindness-and-human-worth': -2,
            'mutual-trust': -2,
            fairness: 1,
          },
        ],
        [
          1,
          {
            'mutual-trust': 2,
            'active-collaboration': 2,
            'shared-purpose': 2,
            fairness: 0,
          },
        ],
      ),
    },

    // ---------------------------------------------------------------- H. Community and place
    {
      key: 'community-grant-conditions',
      name: 'Grant conditions for community groups',
      category: 'community-and-place',
      type: 'budget',
      serviceArea: 'Commissioning',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'medium',
      basis: 'council-policy',
      description: 'The terms on which the council funds voluntary and community organisations.',
      inhibitingExemplar:
        'Grants are restricted to set activities, paid in arrears and monitored through lengthy quarterly returns.',
      enablingExemplar:
        'Funding is unrestricted where possible, reporting is proportionate, and the council accepts a share of the risk.',
      sourceNote:
        'S56: IVAR’s eight commitments for flexible funders include unrestricted funding and proportionate reporting.',
      typicalRatings: typical(
        'mixed',
        [-1, { 'mutual-trust': -2, 'agency-and-autonomy': -2 }],
        [
          1,
          {
            'mutual-trust': 2,
            'agency-and-autonomy': 2,
          },
        ],
      ),
    },
    {
      key: 'community-investment',
      name: 'Investment in community capacity',
      category: 'community-and-place',
      type: 'budget',
      serviceArea: 'Neighbourhoods',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'medium',
      basis: 'council-policy',
      description:
        'Whether the council puts money into community groups and local assets when budgets are tight.',
      inhibitingExemplar: 'Community budgets are the first to be cut when savings are needed.',
      enablingExemplar:
        'A dedicated fund invests in community groups and ideas as part of the council’s plan to reduce demand.',
      sourceNote: 'S24, S27: Wigan set up a £10m community investment fund under the Deal.',
      typicalRatings: typical(
        'mixed',
        [-1, { 'assets-not-deficits': -2 }],
        [
          1,
          {
            'assets-not-deficits': 2,
            reciprocity: 2,
            'shared-purpose': 2,
            'active-collaboration': 2,
            fairness: 0,
          },
        ],
      ),
    },
    {
      key: 'co-production',
      name: 'Resident involvement and co-production',
      category: 'community-and-place',
      type: 'governance',
      serviceArea: 'Corporate',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'medium',
      basis: 'council-policy',
      description: 'How far residents share in designing and running the services they use.',
      inhibitingExemplar: 'Residents are informed or consulted once plans are already made.',
      enablingExemplar:
        'Residents co-design and co-produce services, families choose their workers, and paid peer-support roles exist.',
      sourceNote:
        'S11, S20, S57: Think Local Act Personal’s ladder runs from informing and consulting up to co-design and co-production.',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'active-collaboration': -2,
            reciprocity: -2,
            'vulnerability-and-emotional-support': 0,
            'trauma-informed-and-safe': 0,
          },
        ],
        [
          1,
          {
            'active-collaboration': 2,
            reciprocity: 2,
            'agency-and-autonomy': 2,
            'shared-purpose': 2,
          },
        ],
      ),
    },
    {
      key: 'bin-collection-scheduling',
      name: 'Bin collection scheduling',
      category: 'community-and-place',
      type: 'procedure',
      serviceArea: 'Neighbourhoods',
      scope: 'organisational',
      contextNeed: 'transactional',
      reach: 'high',
      basis: 'local-practice',
      description:
        'How household waste collections are scheduled and how missed collections are put right. A standard, predictable service is what residents want here.',
      inhibitingExemplar:
        'Collection days change with little notice, and a missed bin can only be reported by phone during office hours.',
      enablingExemplar:
        'A fixed published schedule with reminders, missed bins reported online in a minute, and assisted collection for those who need it.',
      sourceNote:
        'S70, S71: waste collection is a district (or unitary) function. Example of a transactional service where standardisation is right (inference).',
      typicalRatings: typical(
        'transactional',
        [
          -1,
          {
            'mutual-trust': -2,
            'active-collaboration': 0,
            reciprocity: 0,
            'trauma-informed-and-safe': null,
          },
        ],
        [
          1,
          {
            'mutual-trust': 2,
            fairness: 2,
            'active-collaboration': 0,
            reciprocity: 0,
            'trauma-informed-and-safe': null,
          },
        ],
      ),
    },

    // ---------------------------------------------------------------- I. Money and debt
    {
      key: 'debt-recovery',
      name: 'Council tax and rent arrears recovery',
      category: 'money-and-debt',
      type: 'procedure',
      serviceArea: 'Revenues and benefits',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'high',
      basis: 'local-practice',
      description: 'How the council responds when residents fall behind on what they owe.',
      inhibitingExemplar:
        'Automated reminder letters escalate to enforcement agents, adding large fees to the debt.',
      enablingExemplar:
        'Arrears are treated as a sign of wider need: someone calls, checks what is going on and agrees an affordable plan.',
      sourceNote:
        'S14: automated letters led to a £275 enforcement fee for one resident; the alternative treats arrears as a signal of wider problems.',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'kindness-and-human-worth': -2,
            'trauma-informed-and-safe': -2,
            'empathy-and-listening': -2,
            fairness: -2,
          },
        ],
        [
          1,
          {
            'kindness-and-human-worth': 2,
            'trauma-informed-and-safe': 2,
          },
        ],
      ),
    },
    {
      key: 'policy-conflict-override',
      name: 'Override for conflicting service rules',
      category: 'money-and-debt',
      type: 'policy',
      serviceArea: 'Housing',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'medium',
      basis: 'council-policy',
      description:
        'What happens when one service’s rule blocks what another service, or the person, needs.',
      inhibitingExemplar:
        'A rent-arrears rule bars a household from a transfer that would solve its problem, and nobody has authority to set it aside.',
      enablingExemplar:
        'A named senior officer can override a conflicting rule for an individual case, recording why.',
      sourceNote:
        'S14: a rent-arrears rule blocked a move the household needed. The case-level override is an inference.',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'versatile-and-unscripted': -2,
            'agency-and-autonomy': -2,
          },
        ],
        [
          1,
          {
            'versatile-and-unscripted': 2,
            'kindness-and-human-worth': 2,
            fairness: 0,
          },
        ],
      ),
    },
    {
      key: 'design-for-the-many',
      name: 'Who revenue processes are designed for',
      category: 'money-and-debt',
      type: 'policy',
      serviceArea: 'Revenues and benefits',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'high',
      basis: 'assumed',
      description:
        'The assumption about residents that billing and recovery processes are built around.',
      inhibitingExemplar:
        'Processes assume people in arrears are choosing not to pay, so every letter is written for the few who will not.',
      enablingExemplar:
        'Processes are built for the great majority who cannot pay, with firmness kept for the small minority who will not.',
      sourceNote:
        'S12: Gateshead found about 4% of people in debt would not pay and 96% could not, and redesigned around the 96%.',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'mutual-trust': -2,
            'kindness-and-human-worth': -2,
            'assets-not-deficits': -2,
          },
        ],
        [
          1,
          {
            'mutual-trust': 2,
            'kindness-and-human-worth': 2,
          },
        ],
      ),
    },
    {
      key: 'council-tax-direct-debit',
      name: 'Council tax direct debit set-up',
      category: 'money-and-debt',
      type: 'procedure',
      serviceArea: 'Revenues and benefits',
      scope: 'organisational',
      contextNeed: 'transactional',
      reach: 'high',
      basis: 'local-practice',
      description:
        'How residents set up and manage paying council tax by direct debit. A good standard transaction is the aim.',
      inhibitingExemplar:
        'A paper mandate must be posted back, there is one collection date, and changes take a phone call.',
      enablingExemplar:
        'Residents set up a direct debit online in minutes, choose a date and number of instalments, and get clear confirmation; help is there for anyone who needs it.',
      sourceNote:
        'S80: simple, high-volume transactions suit standard digital channels. Example of a transactional service where standardisation is right (inference).',
      typicalRatings: typical(
        'transactional',
        [
          -1,
          {
            'kindness-and-human-worth': 0,
            'active-collaboration': 0,
            reciprocity: 0,
            'trauma-informed-and-safe': 0,
            'reflection-and-enquiry': 0,
          },
        ],
        [
          1,
          {
            'mutual-trust': 2,
            fairness: 2,
            'active-collaboration': 0,
            reciprocity: 0,
            'trauma-informed-and-safe': 0,
            'reflection-and-enquiry': 0,
          },
        ],
      ),
    },

    // ---------------------------------------------------------------- Systems and data
    {
      key: 'tell-it-once',
      name: 'Sharing information so people tell their story once',
      category: 'systems-and-data',
      type: 'system-data',
      serviceArea: 'Customer services',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'high',
      basis: 'assumed',
      description:
        'Whether information a person has already given is shared, with their consent, between services.',
      inhibitingExemplar:
        'Every service starts its own record, on the belief that data cannot be shared, so people repeat painful histories again and again.',
      enablingExemplar:
        'With consent, a person’s story is recorded once and shared with the services involved, and they can see and correct it.',
      sourceNote: 'S64: the "tell the story once" design pattern from mental health services.',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'trauma-informed-and-safe': -2,
            'challenge-and-holding-tensions': 0,
            'reflection-and-enquiry': 0,
          },
        ],
        [
          1,
          {
            'trauma-informed-and-safe': 2,
            'mutual-trust': 2,
            'continuity-over-time': 2,
            'challenge-and-holding-tensions': 0,
            'reflection-and-enquiry': 0,
          },
        ],
      ),
    },
    {
      key: 'routine-transactions-online',
      name: 'Routine requests and payments online',
      category: 'systems-and-data',
      type: 'system-data',
      serviceArea: 'Customer services',
      scope: 'organisational',
      contextNeed: 'transactional',
      reach: 'high',
      basis: 'council-policy',
      description:
        'Digital forms for simple, frequent requests such as reporting, booking and paying. Standard and efficient is right here.',
      inhibitingExemplar:
        'Forms ask for the same details repeatedly, give no confirmation and often need a follow-up phone call to complete.',
      enablingExemplar:
        'Short standard forms complete the request in one go with a reference and a promised date; assisted digital help is available.',
      sourceNote:
        'S79, S80: simple high-volume transactions suit digital channels. Example of a transactional service where standardisation is right (inference).',
      typicalRatings: typical(
        'transactional',
        [
          -1,
          {
            reciprocity: 0,
            'trauma-informed-and-safe': 0,
            'active-collaboration': 0,
          },
        ],
        [
          1,
          {
            'mutual-trust': 2,
            reciprocity: 0,
            'trauma-informed-and-safe': 0,
          },
        ],
      ),
    },

    // ---------------------------------------------------------------- J. Recruitment and HR
    {
      key: 'values-based-recruitment',
      name: 'Recruitment criteria',
      category: 'people-and-hr',
      type: 'hr',
      serviceArea: 'Corporate',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'medium',
      basis: 'council-policy',
      description: 'What candidates are selected for.',
      inhibitingExemplar:
        'Candidates are shortlisted and interviewed on qualifications and technical skills alone.',
      enablingExemplar:
        'Recruitment tests values and relational skills too, and involves people who use the service.',
      sourceNote: 'S62: Skills for Care promotes values-based recruitment and retention.',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'mutual-trust': 0,
            fairness: 0,
            'trauma-informed-and-safe': 0,
            'continuity-over-time': 0,
          },
        ],
        [
          1,
          {
            'relationships-first': 2,
            'kindness-and-human-worth': 2,
            'empathy-and-listening': 2,
            fairness: 0,
            'continuity-over-time': 0,
          },
        ],
      ),
    },
    {
      key: 'induction-and-listening-training',
      name: 'Induction and core training',
      category: 'people-and-hr',
      type: 'hr',
      serviceArea: 'Corporate',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'high',
      basis: 'local-practice',
      description: 'What every new member of staff learns, whatever their role.',
      inhibitingExemplar:
        'Induction covers systems, policies and mandatory modules, differently for each role.',
      enablingExemplar:
        'All staff, from waste crews to social workers, are trained to listen deeply to residents and understand their lives.',
      sourceNote:
        'S22, S26: Wigan trained staff across roles, bin crews to social workers, in ethnographic listening.',
      typicalRatings: typical(
        'mixed',
        [-1, { 'empathy-and-listening': -2 }],
        [
          1,
          {
            'empathy-and-listening': 2,
            'relationships-first': 2,
            'shared-purpose': 2,
          },
        ],
      ),
    },
    {
      key: 'team-hiring-rights',
      name: 'Who hires into frontline teams',
      category: 'people-and-hr',
      type: 'hr',
      serviceArea: 'Adult social care',
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'medium',
      basis: 'council-policy',
      description: 'Whether teams choose their own colleagues or have them chosen centrally.',
      inhibitingExemplar: 'Central HR recruits and places staff into teams, which have no say.',
      enablingExemplar: 'Self-managing teams recruit their own members, with HR support.',
      sourceNote: 'S30: in the Buurtzorg model, self-managing teams hire their own staff.',
      typicalRatings: typical(
        'relational',
        [-1, { 'agency-and-autonomy': -2, 'trauma-informed-and-safe': 0 }],
        [
          1,
          {
            'agency-and-autonomy': 2,
            'shared-purpose': 2,
            'mutual-trust': 2,
            'trauma-informed-and-safe': 0,
          },
        ],
      ),
    },
    {
      key: 'practitioner-careers',
      name: 'Career paths for experienced practitioners',
      category: 'people-and-hr',
      type: 'hr',
      serviceArea: "Children's social care",
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'medium',
      basis: 'council-policy',
      description: 'Whether staff can progress without leaving direct work with people.',
      inhibitingExemplar:
        'The only way up is into management, so the most experienced practitioners leave the frontline.',
      enablingExemplar:
        'Senior practitioner and practitioner-manager roles, led by a Principal Social Worker, keep experience close to families.',
      sourceNote:
        'S38: the Munro review recommended practice-based career routes and a Principal Social Worker role.',
      typicalRatings: typical(
        'relational',
        [-1, { 'continuity-over-time': -2 }],
        [1, { 'continuity-over-time': 2, 'reflection-and-enquiry': 2 }],
      ),
    },
    {
      key: 'flexible-schedules',
      name: 'Working patterns and schedules',
      category: 'people-and-hr',
      type: 'hr',
      serviceArea: 'Corporate',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'medium',
      basis: 'council-policy',
      description: 'How fixed staff hours and workflows are.',
      inhibitingExemplar:
        'Rigid shifts and workflows mean staff cannot be there when people actually need them.',
      enablingExemplar:
        'Staff can flex hours and workflows around the people they work with and their own wellbeing.',
      sourceNote: 'S46: trauma-informed organisation guidance recommends flexible workflows.',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'versatile-and-unscripted': -2,
            'agency-and-autonomy': -2,
          },
        ],
        [1, { 'versatile-and-unscripted': 2, 'agency-and-autonomy': 2 }],
      ),
    },
    {
      key: 'reflective-supervision',
      name: 'Supervision',
      category: 'people-and-hr',
      type: 'hr',
      serviceArea: "Children's social care",
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'high',
      basis: 'local-practice',
      description: 'What supervision sessions are used for.',
      inhibitingExemplar:
        'Supervision is mostly case management: checking deadlines, actions and audit findings.',
      enablingExemplar:
        'Regular reflective or group supervision makes space to think about the work and its emotional impact.',
      sourceNote:
        'S41, S42: research describes the decline of reflective supervision in favour of managerial oversight.',
      typicalRatings: typical(
        'relational',
        [
          -1,
          {
            'reflection-and-enquiry': -2,
            'vulnerability-and-emotional-support': -2,
          },
        ],
        [
          1,
          {
            'reflection-and-enquiry': 2,
            'vulnerability-and-emotional-support': 2,
            'challenge-and-holding-tensions': 2,
          },
        ],
      ),
    },

    // ---------------------------------------------------------------- K–M. Governance and accountability
    {
      key: 'decision-layers',
      name: 'Sign-off and decision layers',
      category: 'governance-and-accountability',
      type: 'governance',
      serviceArea: 'Adult social care',
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'high',
      basis: 'council-policy',
      description: 'How many layers of approval stand between a practitioner and a decision.',
      inhibitingExemplar: 'Routine decisions wait for sign-off by one or more middle managers.',
      enablingExemplar:
        'Teams make decisions themselves, supported by coaches rather than line managers.',
      sourceNote:
        'S29, S30, S32: Buurtzorg uses coaches instead of managers; an English pilot struggled inside a large bureaucratic organisation.',
      typicalRatings: typical(
        'relational',
        [
          -1,
          {
            'agency-and-autonomy': -2,
            'mutual-trust': -2,
            'versatile-and-unscripted': -2,
          },
        ],
        [
          1,
          {
            'agency-and-autonomy': 2,
            'mutual-trust': 2,
            'versatile-and-unscripted': 2,
          },
        ],
      ),
    },
    {
      key: 'complaints-handling',
      name: 'Complaints handling',
      category: 'governance-and-accountability',
      type: 'procedure',
      serviceArea: 'Corporate',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'medium',
      basis: 'council-policy',
      description: 'How complaints are received, answered and learned from.',
      inhibitingExemplar:
        'Complaints are answered slowly and defensively, and nothing changes as a result.',
      enablingExemplar:
        'First responses come within 10 working days, complaint data is used to learn, and councillors oversee the results.',
      sourceNote:
        'S65, S83: the Ombudsman’s complaint handling code sets a 10-working-day stage 1 response; in 2015–16 the Ombudsman received nearly 20,000 complaints and enquiries and upheld about half of detailed investigations.',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'challenge-and-holding-tensions': -2,
            'reflection-and-enquiry': -2,
            'mutual-trust': -2,
          },
        ],
        [
          1,
          {
            'challenge-and-holding-tensions': 2,
            'reflection-and-enquiry': 2,
            'mutual-trust': 2,
            fairness: 2,
          },
        ],
      ),
    },

    // ---------------------------------------------------------------- N. Services every council runs
    // The patterns above applied to contact centres, neighbourhood services, housing and benefits,
    // so that councils with narrower powers (districts, Northern Irish councils) have a full register.
    {
      key: 'call-handling-time-target',
      name: 'Call handling time target',
      category: 'performance-and-measures',
      type: 'performance-measure',
      serviceArea: 'Customer services',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'high',
      basis: 'local-practice',
      description:
        'How contact-centre advisers are measured: the length of each call, calls answered per hour, and whether the caller’s problem was actually solved.',
      inhibitingExemplar:
        'Advisers are ranked on average handling time, so callers with tangled problems are hurried off the line and ring back again and again.',
      enablingExemplar:
        'Advisers take the time a call needs; the measure is whether the problem was solved and how often people had to call back.',
      sourceNote:
        'S16, S18: throughput targets invite gaming; S79: varied needs do not fit a high-volume transaction channel. Applied to contact centres (inference).',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'empathy-and-listening': -2,
            'versatile-and-unscripted': -2,
            fairness: 0,
            'assets-not-deficits': 0,
          },
        ],
        [
          1,
          {
            'empathy-and-listening': 2,
            'mutual-trust': 2,
            'reflection-and-enquiry': 2,
            'assets-not-deficits': 0,
          },
        ],
      ),
    },
    {
      key: 'scripted-call-handling',
      name: 'Call scripts and triage questions',
      category: 'discretion-and-permission',
      type: 'procedure',
      serviceArea: 'Customer services',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'medium',
      basis: 'local-practice',
      description:
        'Whether advisers follow a fixed script and route calls by keyword, or talk with the caller to find out what is going on.',
      inhibitingExemplar:
        'Every call follows the same script; anything that does not fit a menu option is passed to another team with a reference number.',
      enablingExemplar:
        'A short checklist covers what the law requires; otherwise advisers listen, ask what matters to the caller and sort it or stay with it.',
      sourceNote:
        'S11: two rules and a few principles in place of thick procedures; S22, S76: Wigan’s “different conversation”. Applied to contact centres (inference).',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'versatile-and-unscripted': -2,
            'agency-and-autonomy': -2,
            fairness: 0,
            'trauma-informed-and-safe': 0,
          },
        ],
        [
          1,
          {
            'versatile-and-unscripted': 2,
            'empathy-and-listening': 2,
            'agency-and-autonomy': 2,
            fairness: 0,
          },
        ],
      ),
    },
    {
      key: 'face-to-face-access',
      name: 'Face-to-face access points',
      category: 'front-door-and-assessment',
      type: 'policy',
      serviceArea: 'Customer services',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'medium',
      basis: 'council-policy',
      description:
        'Where and when residents can see a member of staff in person, and whether they need an appointment to do so.',
      inhibitingExemplar:
        'The civic centre desk is by appointment only, booked online, and there is nowhere else in the borough to talk to someone.',
      enablingExemplar:
        'Staff are in neighbourhood hubs and libraries at set times each week, and anyone can walk in without an appointment.',
      sourceNote:
        'S33, S34: anyone can approach a Local Area Coordinator based in their neighbourhood; S66: guaranteed human routes alongside digital ones. Generalised (inference).',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            fairness: -2,
            'relationships-first': -2,
            'reflection-and-enquiry': 0,
            reciprocity: 0,
          },
        ],
        [
          1,
          {
            'relationships-first': 2,
            fairness: 2,
            'continuity-over-time': 2,
            'challenge-and-holding-tensions': 0,
          },
        ],
      ),
    },
    {
      key: 'antisocial-behaviour-cases',
      name: 'Antisocial behaviour case handling',
      category: 'continuity',
      type: 'procedure',
      serviceArea: 'Neighbourhoods',
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'medium',
      basis: 'local-practice',
      description:
        'How reports of nuisance and neighbour disputes are handled, and who stays with the people involved until it is resolved.',
      inhibitingExemplar:
        'Each report is logged as a separate incident and passed between housing, environmental health and the police; residents tell the story again each time.',
      enablingExemplar:
        'One named officer holds the case from the first report, talks with everyone involved and brings in other services without handing over.',
      sourceNote:
        'S11, S24: one worker holds the whole story instead of referral pathways; S64: tell it once. Applied to neighbourhood disputes (inference).',
      typicalRatings: typical(
        'relational',
        [
          -1,
          {
            'continuity-over-time': -2,
            'relationships-first': -2,
            fairness: 0,
            'assets-not-deficits': 0,
          },
        ],
        [
          1,
          {
            'continuity-over-time': 2,
            'relationships-first': 2,
            'challenge-and-holding-tensions': 2,
            reciprocity: 0,
          },
        ],
      ),
    },
    {
      key: 'environmental-enforcement',
      name: 'Fixed penalties for litter and fly-tipping',
      category: 'money-and-debt',
      type: 'procedure',
      serviceArea: 'Neighbourhoods',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'medium',
      basis: 'council-policy',
      description:
        'What happens when someone leaves rubbish where they should not: a fine by post, or a conversation first.',
      inhibitingExemplar:
        'Fines are issued by post from a photograph and escalate to court if unpaid; nobody asks why the bags were left there.',
      enablingExemplar:
        'Officers talk with the household first, find out what got in the way (no bulky-waste collection, no car) and keep fines for deliberate, repeated dumping.',
      sourceNote:
        'S12: design for the many who cannot rather than the few who will not; S14: enforcement that adds to hardship. Applied to street scene enforcement (inference).',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'kindness-and-human-worth': -2,
            'empathy-and-listening': -2,
            'shared-purpose': 0,
            reciprocity: 0,
          },
        ],
        [
          1,
          {
            'empathy-and-listening': 2,
            'shared-purpose': 2,
            'challenge-and-holding-tensions': 2,
            'vulnerability-and-emotional-support': 0,
          },
        ],
      ),
    },
    {
      key: 'community-building-hire',
      name: 'Community building hire and opening',
      category: 'community-and-place',
      type: 'policy',
      serviceArea: 'Neighbourhoods',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'medium',
      basis: 'assumed',
      description:
        'The terms on which residents and community groups can use council halls, libraries and centres.',
      inhibitingExemplar:
        'Groups pay commercial rates, book weeks ahead and need their own insurance for a coffee morning; buildings shut at five.',
      enablingExemplar:
        'Community groups use rooms free or at low cost, trusted residents hold keys, and opening hours follow when people are free.',
      sourceNote:
        'S9: councils’ buildings judged as places that build relationships; S56: proportionate conditions for community groups. Generalised (inference).',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            reciprocity: -2,
            'mutual-trust': -2,
            'trauma-informed-and-safe': 0,
            'vulnerability-and-emotional-support': 0,
          },
        ],
        [
          1,
          {
            reciprocity: 2,
            'assets-not-deficits': 2,
            'mutual-trust': 2,
            'trauma-informed-and-safe': 0,
          },
        ],
      ),
    },
    {
      key: 'small-spend-authorisation',
      name: 'Authorisation limits for small spending',
      category: 'discretion-and-permission',
      type: 'permission',
      serviceArea: 'Corporate',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'high',
      basis: 'assumed',
      description:
        'Who may spend small sums to solve a resident’s problem on the spot, and how many signatures it takes.',
      inhibitingExemplar:
        'Any purchase needs a purchase order and a manager’s sign-off, so buying a cooker or a bus pass for someone takes weeks.',
      enablingExemplar:
        'Frontline staff can spend small sums straight away within “stay legal, do no harm”, and record why afterwards.',
      sourceNote:
        'S11, S12: flexible frontline money within two rules (Gateshead); S29, S30: decisions made by teams, not management layers.',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'agency-and-autonomy': -2,
            'mutual-trust': -2,
            fairness: 0,
            'reflection-and-enquiry': 0,
          },
        ],
        [
          1,
          {
            'agency-and-autonomy': 2,
            'mutual-trust': 2,
            'versatile-and-unscripted': 2,
            fairness: 0,
          },
        ],
      ),
    },
    {
      key: 'contract-monitoring',
      name: 'Contract monitoring returns',
      category: 'commissioning-and-contracts',
      type: 'contract',
      serviceArea: 'Commissioning',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'medium',
      basis: 'local-practice',
      description:
        'What providers must report to the council about the services they run, how often, and what the council does with it.',
      inhibitingExemplar:
        'Providers send dozens of activity counts every month; payment is held back when a return is late and nobody discusses what the numbers mean.',
      enablingExemplar:
        'A few measures are agreed with each provider, and regular learning conversations look at what is working for people and what to change.',
      sourceNote:
        'S56: proportionate reporting (IVAR); S58, S59: relational contracting; S15, S17: learning in place of performance returns.',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'mutual-trust': -2,
            'reflection-and-enquiry': -2,
            'trauma-informed-and-safe': 0,
            'vulnerability-and-emotional-support': 0,
          },
        ],
        [
          1,
          {
            'reflection-and-enquiry': 2,
            'active-collaboration': 2,
            'shared-purpose': 2,
            'vulnerability-and-emotional-support': 0,
          },
        ],
      ),
    },
    {
      key: 'homelessness-assessment',
      name: 'Homelessness assessment',
      category: 'front-door-and-assessment',
      type: 'procedure',
      serviceArea: 'Housing',
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'high',
      basis: 'statutory',
      description:
        'How the council meets its duties to people who are homeless or about to be: the first meeting, the assessment and who stays with them.',
      inhibitingExemplar:
        'The first meeting tests eligibility and priority need line by line before anyone asks what has happened; each stage is a different officer.',
      enablingExemplar:
        'The legal tests are met inside a conversation that starts with the person’s story, and one officer stays with them until they are settled.',
      sourceNote:
        'S4: statutory duties delivered through relationships rather than process; S11, S12: “understand, not assess”. Applied to housing (inference).',
      typicalRatings: typical(
        'relational',
        [
          -1,
          {
            'trauma-informed-and-safe': -2,
            'kindness-and-human-worth': -2,
            fairness: 0,
            'shared-purpose': 0,
          },
        ],
        [
          1,
          {
            'trauma-informed-and-safe': 2,
            'continuity-over-time': 2,
            'empathy-and-listening': 2,
            fairness: 1,
          },
        ],
      ),
    },
    {
      key: 'benefit-claim-evidence',
      name: 'Evidence required for benefit claims',
      category: 'front-door-and-assessment',
      type: 'procedure',
      serviceArea: 'Revenues and benefits',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'high',
      basis: 'local-practice',
      description:
        'What residents must prove to claim housing benefit or council tax support, and how often they must prove it again.',
      inhibitingExemplar:
        'Claimants bring original documents to the office for every change; a claim is suspended the day anything is missing.',
      enablingExemplar:
        'Evidence is checked once and, with consent, reused across services; staff help people get hold of what is missing before anything stops.',
      sourceNote:
        'S64: tell the story once; S12: build for the many who cannot rather than the few who will not. Applied to benefits (inference).',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'mutual-trust': -2,
            'trauma-informed-and-safe': -2,
            'shared-purpose': 0,
            'challenge-and-holding-tensions': 0,
          },
        ],
        [
          1,
          {
            'mutual-trust': 2,
            'kindness-and-human-worth': 2,
            'challenge-and-holding-tensions': 0,
          },
        ],
      ),
    },
    {
      key: 'repairs-appointments',
      name: 'Booking housing repairs',
      category: 'systems-and-data',
      type: 'system-data',
      serviceArea: 'Housing',
      scope: 'organisational',
      contextNeed: 'transactional',
      reach: 'high',
      basis: 'council-policy',
      description:
        'How tenants report a repair and get an appointment. A routine, high-volume service where standard and reliable is what people want.',
      inhibitingExemplar:
        'Tenants queue on the phone to report a repair, get an all-day slot, and often the job needs a second visit.',
      enablingExemplar:
        'Repairs are reported online or by phone in minutes, with a short time slot, a reminder and the job fixed on the first visit.',
      sourceNote:
        'S79, S80: simple high-volume transactions suit standard digital channels; S67: housing measures set against what tenants experience. Inference.',
      typicalRatings: typical(
        'transactional',
        [
          -1,
          {
            'active-collaboration': 0,
            'reflection-and-enquiry': 0,
          },
        ],
        [
          1,
          {
            'mutual-trust': 2,
            fairness: 2,
            'trauma-informed-and-safe': 0,
          },
        ],
      ),
    },

    // ---------------------------------------------------------------- Wider environment
    {
      key: 'statutory-assessment-timescales',
      name: 'Statutory assessment timescales',
      category: 'wider-environment',
      type: 'policy',
      serviceArea: "Children's social care",
      scope: 'wider',
      contextNeed: 'relational',
      reach: 'high',
      basis: 'statutory',
      description: 'Nationally set deadlines for completing assessments.',
      inhibitingExemplar:
        'Fixed national deadlines drive the work; assessments are rushed or padded to fit the clock rather than the family.',
      enablingExemplar:
        'National guidance sets an outer limit but leaves pace to professional judgement, and the council uses that room.',
      sourceNote:
        'S38: the Munro review criticised artificial statutory timescales and argued for professional judgement.',
      typicalRatings: typical(
        'relational',
        [
          -1,
          {
            'versatile-and-unscripted': -2,
            fairness: 1,
            'continuity-over-time': 0,
            reciprocity: 0,
          },
        ],
        [
          1,
          {
            'versatile-and-unscripted': 2,
            'agency-and-autonomy': 2,
            fairness: 0,
            reciprocity: 0,
          },
        ],
      ),
    },
    {
      key: 'national-inspection-regime',
      name: 'National inspection regime',
      category: 'wider-environment',
      type: 'governance',
      serviceArea: "Children's social care",
      scope: 'wider',
      contextNeed: 'relational',
      reach: 'high',
      basis: 'statutory',
      description:
        'What national inspectors look at and how much weight they give to people’s experience.',
      inhibitingExemplar:
        'Inspection concentrates on compliance and records, and what children and families say carries little weight.',
      enablingExemplar:
        'Inspection gives real weight to what children and families say about their workers and the help they receive.',
      sourceNote:
        'S38: the Munro review called for inspection to give more weight to the views of children and families. Holds a tension: a common national standard helps fairness while a compliance focus crowds out learning.',
      typicalRatings: typical(
        'relational',
        [
          0,
          {
            fairness: 2,
            'reflection-and-enquiry': -2,
            'active-collaboration': -1,
            'versatile-and-unscripted': -1,
            'mutual-trust': -1,
            'relationships-first': -1,
            'empathy-and-listening': -1,
          },
        ],
        [
          1,
          {
            'active-collaboration': 2,
            'empathy-and-listening': 2,
            'vulnerability-and-emotional-support': 0,
            'kindness-and-human-worth': 0,
          },
        ],
      ),
    },
    {
      key: 'ring-fenced-short-term-grants',
      name: 'Ring-fenced and short-term national grants',
      category: 'wider-environment',
      type: 'budget',
      serviceArea: 'Public health',
      scope: 'wider',
      contextNeed: 'mixed',
      reach: 'medium',
      basis: 'statutory',
      description:
        'National grants tied to set purposes and short time spans, with conditions set by government.',
      inhibitingExemplar:
        'Money arrives late, for one year, restricted to a national programme; posts are temporary and end just as relationships form.',
      enablingExemplar:
        'Funding is multi-year with broad outcomes, so the council can keep staff in post and shape the work locally.',
      sourceNote:
        'Wider-environment condition (commenter’s split). Public health duties moved to councils in 2013 (S82) with a ring-fenced national grant; the short-term pattern described here is an inference.',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'continuity-over-time': -2,
            'versatile-and-unscripted': -2,
            'shared-purpose': 1,
            fairness: 0,
            'trauma-informed-and-safe': 0,
            'empathy-and-listening': 0,
          },
        ],
        [
          1,
          {
            'continuity-over-time': 2,
            'versatile-and-unscripted': 2,
            'agency-and-autonomy': 2,
            fairness: 0,
          },
        ],
      ),
    },
    {
      key: 'annual-funding-settlements',
      name: 'Annual funding settlements',
      category: 'wider-environment',
      type: 'budget',
      serviceArea: 'Corporate',
      scope: 'wider',
      contextNeed: 'mixed',
      reach: 'high',
      basis: 'statutory',
      description: 'How far ahead the council knows its core funding from national government.',
      inhibitingExemplar:
        'Core funding is confirmed one year at a time, late in the budget cycle, so long-term commitments feel too risky.',
      enablingExemplar:
        'Multi-year settlements let the council commit to longer-term, relational ways of working.',
      sourceNote:
        'S10: some barriers to relational local government need central government action. Wider-environment condition (inference).',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'continuity-over-time': -2,
            reciprocity: 0,
            'empathy-and-listening': 0,
            'trauma-informed-and-safe': 0,
            fairness: 0,
          },
        ],
        [
          1,
          {
            'continuity-over-time': 2,
            reciprocity: 0,
            'empathy-and-listening': 0,
            'trauma-informed-and-safe': 0,
            fairness: 0,
          },
        ],
      ),
    },
    {
      key: 'national-data-returns',
      name: 'Statutory data returns',
      category: 'wider-environment',
      type: 'system-data',
      serviceArea: 'Corporate',
      scope: 'wider',
      contextNeed: 'mixed',
      reach: 'high',
      basis: 'statutory',
      description: 'Data that national government requires councils to collect and submit.',
      inhibitingExemplar:
        'Case systems are built around national returns, so practitioners record what the return needs rather than what matters to the person.',
      enablingExemplar:
        'Returns are produced from records kept for practice, and the council adds its own measures of relationships and experience.',
      sourceNote:
        'Wider-environment condition (commenter’s split); links to recording burden (S19) and to process-heavy case steps (S4). Inference.',
      typicalRatings: typical(
        'mixed',
        [
          -1,
          {
            'versatile-and-unscripted': -2,
            fairness: 1,
            'trauma-informed-and-safe': 0,
            reciprocity: 0,
          },
        ],
        [
          1,
          {
            'reflection-and-enquiry': 2,
            'trauma-informed-and-safe': 0,
            reciprocity: 0,
            'empathy-and-listening': 0,
          },
        ],
      ),
    },
  ],
);
