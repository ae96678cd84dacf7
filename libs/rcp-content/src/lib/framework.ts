import { deepFreeze } from './freeze';
import type {
  Behaviour,
  Competency,
  FrameworkLayer,
  InteractionQuality,
  Principle,
  ProtocolCategory,
  RcpFramework,
  TheoryOfChangeStep,
} from './types';
import { CONTEXT_NEEDS, type ContextNeed } from '@rcp/vocabulary';

/**
 * The default RCP framework, version 1.
 *
 * Built from the Relationships Project's blog post "a framework for RCP"
 * (its four layers, its list of principles and its "When" section) and from
 * its readers' comments (extra principles, the wider-environment split, the
 * theory-of-change sequencing). All wording is our own.
 */

/** Keys of the version 1 principles, in display order. */
export const DEFAULT_PRINCIPLE_KEYS = [
  'relationships-first',
  'empathy-and-listening',
  'active-collaboration',
  'continuity-over-time',
  'kindness-and-human-worth',
  'mutual-trust',
  'fairness',
  'shared-purpose',
  'agency-and-autonomy',
  'challenge-and-holding-tensions',
  'assets-not-deficits',
  'versatile-and-unscripted',
  'reciprocity',
  'vulnerability-and-emotional-support',
  'trauma-informed-and-safe',
  'reflection-and-enquiry',
] as const;
export type DefaultPrincipleKey = (typeof DEFAULT_PRINCIPLE_KEYS)[number];

/** Keys of the version 1 protocol categories, in display order. */
export const DEFAULT_CATEGORY_KEYS = [
  'time-and-caseload',
  'continuity',
  'discretion-and-permission',
  'front-door-and-assessment',
  'risk-and-safeguarding',
  'performance-and-measures',
  'commissioning-and-contracts',
  'community-and-place',
  'money-and-debt',
  'systems-and-data',
  'people-and-hr',
  'governance-and-accountability',
  'wider-environment',
] as const;
export type DefaultCategoryKey = (typeof DEFAULT_CATEGORY_KEYS)[number];

const EVERYWHERE: ContextNeed[] = [...CONTEXT_NEEDS];
const RELATIONAL_AND_MIXED: ContextNeed[] = ['relational', 'mixed'];

const DEFINITION =
  'Relationship-Centred Practice (RCP) makes meaningful, effective relationships the first goal of ' +
  'public work: valuable in themselves, and the way other aims are reached, such as better health, ' +
  'stronger communities and more rewarding jobs. It draws on experience rather than following a ' +
  'script, and it works best when people choose it willingly rather than having it imposed. It ' +
  'depends as much on the policies and protocols around practitioners as on their own values and skills.';

const LAYERS: FrameworkLayer[] = [
  {
    key: 'principles',
    title: 'Underpinning principles',
    description:
      'The core commitments beneath RCP, which hold across sectors, specialisms and approaches. ' +
      'Without them, putting relationships first cannot happen. Protocols are scored against these.',
  },
  {
    key: 'behaviours',
    title: 'Characteristic behaviours',
    description:
      'What people can be seen doing when practice is relationship-centred: the principles made ' +
      'visible. Some carry from role to role and place to place; others belong to particular situations.',
  },
  {
    key: 'competencies',
    title: 'Individual competencies',
    description:
      'The knowledge and skills that let people build relationships in different settings, from ' +
      'broad ones such as attentive listening to specialist ones such as transforming conflict. They ' +
      'are learned, so training, professional development and mentoring matter.',
  },
  {
    key: 'enabling-protocols',
    title: 'Enabling protocols',
    description:
      'The policies, procedures, permissions, measures, contracts, systems, budgets, HR and governance ' +
      'rules an organisation controls. They either make relational work the normal way of working, or ' +
      'leave the relational practitioner a maverick who relies on managers looking the other way and ' +
      'whose work is lost when they leave.',
  },
  {
    key: 'wider-environment',
    title: 'Wider environment',
    description:
      'National policy, funding regimes, regulation and inspection: conditions a council can influence ' +
      'but does not control. They are registered and scored like protocols but reported separately, so a ' +
      'council is not blamed for what it cannot change; its own protocols are often how it manages them.',
  },
];

/*
 * Weights: most principles weigh 1. Three weigh 1.5 because the rest depend on them:
 * - relationships-first is the definition of RCP itself;
 * - continuity-over-time is what turns a series of interactions into a relationship
 *   (a commenter's "time orientation"), and it is the quality most often broken by rotas,
 *   hand-offs and staff churn;
 * - mutual-trust is shared by good relationships and good transactions alike, and the
 *   other principles cannot be lived out without it.
 */
const PRINCIPLES: (Principle & { key: DefaultPrincipleKey })[] = [
  {
    key: 'relationships-first',
    title: 'Relationships first',
    description:
      'Building meaningful relationships is treated as the first job, not an optional extra after the ' +
      'task is done. Good relationships are valued for themselves and as the way other outcomes are reached.',
    weight: 1.5,
    contexts: RELATIONAL_AND_MIXED,
    relational: true,
    source: 'blog',
    mergedFrom: ['relationships first'],
  },
  {
    key: 'empathy-and-listening',
    title: 'Empathy and positive listening',
    description:
      'People are listened to attentively and with warmth, so they feel understood rather than ' +
      'processed. Staff try to see the situation from the other person’s side.',
    weight: 1,
    contexts: RELATIONAL_AND_MIXED,
    relational: true,
    source: 'blog',
    mergedFrom: ['empathy', 'positive listening', 'empathetic (the "When" section)'],
  },
  {
    key: 'active-collaboration',
    title: 'Active collaboration',
    description:
      'Staff, residents and partners work things out together, and residents, carers, parents and ' +
      'pupils shape the work rather than only receive it.',
    weight: 1,
    contexts: EVERYWHERE,
    relational: false,
    source: 'merged',
    mergedFrom: [
      'active collaboration',
      'RCP is also shaped by the patient, carer, parent and pupil (comment)',
    ],
  },
  {
    key: 'continuity-over-time',
    title: 'Continuity over time',
    description:
      'People can keep working with the same few people over time, so each contact builds on the last ' +
      'and on what both expect next. Value carries forward instead of starting again at every contact.',
    weight: 1.5,
    contexts: RELATIONAL_AND_MIXED,
    relational: true,
    source: 'merged',
    mergedFrom: ['continuity', 'time orientation: continuity across interactions (comment)'],
  },
  {
    key: 'kindness-and-human-worth',
    title: 'Kindness and human worth',
    description:
      'People are treated kindly and valued as people, not as units of cost or production. Decisions ' +
      'do not put economic gain ahead of people’s wellbeing.',
    weight: 1,
    contexts: EVERYWHERE,
    relational: false,
    source: 'merged',
    mergedFrom: ['kindness', 'people valued over economic benefit (comment)'],
  },
  {
    key: 'mutual-trust',
    title: 'Mutual trust and reliability',
    description:
      'Trust runs both ways: staff are trusted to use judgement and residents are trusted as honest ' +
      'partners. It is earned by being dependable and doing what was promised.',
    weight: 1.5,
    contexts: EVERYWHERE,
    relational: false,
    source: 'blog',
    mergedFrom: ['mutual trust', 'trusting and reliable (the "When" section)'],
  },
  {
    key: 'fairness',
    title: 'Fairness',
    description:
      'People are dealt with even-handedly and openly, and those with the least power are not left ' +
      'worse off by how the service works. Good relationships and good transactions both need it.',
    weight: 1,
    contexts: EVERYWHERE,
    relational: false,
    source: 'blog',
    mergedFrom: ['fair (the "When" section)'],
  },
  {
    key: 'shared-purpose',
    title: 'Shared purpose',
    description:
      'People work towards a purpose they hold in common, wider than the task in hand; the sense that ' +
      '"we can do this together". In a relationship, purpose can run deeper than any single transaction.',
    weight: 1,
    contexts: RELATIONAL_AND_MIXED,
    relational: true,
    source: 'merged',
    mergedFrom: ['shared purpose', 'purpose (comment)'],
  },
  {
    key: 'agency-and-autonomy',
    title: 'Agency and autonomy',
    description:
      'Residents have real choice and control over what happens to them, and staff have the discretion ' +
      'to act on their judgement without needless sign-off.',
    weight: 1,
    contexts: EVERYWHERE,
    relational: false,
    source: 'merged',
    mergedFrom: ['agency', 'autonomy (comment)'],
  },
  {
    key: 'challenge-and-holding-tensions',
    title: 'Challenge and holding tensions',
    description:
      'People can challenge each other honestly and disagree safely. Tensions are held with compassion ' +
      'and forgiveness, so mistakes and conflict can be repaired rather than punished.',
    weight: 1,
    contexts: RELATIONAL_AND_MIXED,
    relational: false,
    source: 'blog',
    mergedFrom: ['capacity for challenge', 'holding tensions with compassion and forgiveness'],
  },
  {
    key: 'assets-not-deficits',
    title: 'Assets, not deficits',
    description:
      'Work starts from what people and places have and can do, not only from what is wrong or missing.',
    weight: 1,
    contexts: RELATIONAL_AND_MIXED,
    relational: false,
    source: 'blog',
    mergedFrom: ['assets rather than deficits'],
  },
  {
    key: 'versatile-and-unscripted',
    title: 'Versatile and unscripted',
    description:
      'Practice is shaped to the person rather than the person being made to fit the programme. It is ' +
      'guided by experience, not a script, so each relationship can be unique and grow naturally.',
    weight: 1,
    contexts: RELATIONAL_AND_MIXED,
    relational: true,
    source: 'blog',
    mergedFrom: [
      'versatility',
      'informed by experience, not scripted',
      'unique, unscripted and organic (the "When" section)',
    ],
  },
  {
    key: 'reciprocity',
    title: 'Reciprocity',
    description:
      'Everyone has something to give as well as receive, including people others have written off. ' +
      'Exchanges are two-way and contributions are recognised.',
    weight: 1,
    contexts: EVERYWHERE,
    relational: false,
    source: 'merged',
    mergedFrom: ['reciprocity (comment)', 'reciprocal (the "When" section)'],
  },
  {
    key: 'vulnerability-and-emotional-support',
    title: 'Vulnerability and emotional support',
    description:
      'Relational work means meeting people as people, which leaves practitioners open and exposed. ' +
      'The organisation gives them emotional support so they can keep doing it.',
    weight: 1,
    contexts: RELATIONAL_AND_MIXED,
    relational: true,
    source: 'comments',
    mergedFrom: ['vulnerability and emotional support (comment)'],
  },
  {
    key: 'trauma-informed-and-safe',
    title: 'Trauma-informed and safe',
    description:
      'Services notice and respond to the effects of trauma and avoid causing fresh harm, including ' +
      'through unequal power. Particular care is taken with people who have been excluded or discriminated against.',
    weight: 1,
    contexts: EVERYWHERE,
    relational: false,
    source: 'comments',
    mergedFrom: ['trauma-informed practice (comment)'],
  },
  {
    key: 'reflection-and-enquiry',
    title: 'Reflection and enquiry',
    description:
      'Time and space are made to reflect, ask questions and learn from experience, individually and ' +
      'together, rather than only checking compliance.',
    weight: 1,
    contexts: EVERYWHERE,
    relational: false,
    source: 'comments',
    mergedFrom: ['reflection and enquiry (comment)'],
  },
];

const BEHAVIOURS: Behaviour[] = [
  {
    key: 'listens-to-understand',
    title: 'Listens to understand',
    description:
      'Asks open questions and listens for what matters to the person before deciding what to offer.',
    principleKeys: ['empathy-and-listening', 'relationships-first'],
  },
  {
    key: 'makes-time-for-the-person',
    title: 'Makes time for the person',
    description:
      'Gives unhurried time to get to know someone, rather than rushing to complete the task.',
    principleKeys: ['relationships-first', 'kindness-and-human-worth'],
  },
  {
    key: 'stays-alongside',
    title: 'Stays alongside',
    description:
      'Keeps in touch and stays involved over time, including through setbacks, instead of handing the person on.',
    principleKeys: ['continuity-over-time', 'relationships-first'],
  },
  {
    key: 'does-what-was-promised',
    title: 'Does what was promised',
    description:
      'Follows through on commitments, explains delays honestly and is open about what can and cannot be done.',
    principleKeys: ['mutual-trust', 'fairness'],
  },
  {
    key: 'works-with-not-for',
    title: 'Works with, not for',
    description:
      'Plans and decides together with the person, their family and partners, and shares power in the process.',
    principleKeys: ['active-collaboration', 'agency-and-autonomy', 'shared-purpose'],
  },
  {
    key: 'builds-on-strengths',
    title: 'Builds on strengths',
    description:
      'Starts conversations from what the person can do and who they have around them, not from a list of problems.',
    principleKeys: ['assets-not-deficits', 'agency-and-autonomy'],
  },
  {
    key: 'adapts-to-the-person',
    title: 'Adapts to the person',
    description:
      'Changes the approach, timing or offer to fit the individual, using judgement rather than a script.',
    principleKeys: ['versatile-and-unscripted', 'agency-and-autonomy'],
  },
  {
    key: 'values-contributions',
    title: 'Values what people give',
    description:
      'Notices and welcomes what residents and colleagues contribute, and lets people give back.',
    principleKeys: ['reciprocity', 'assets-not-deficits'],
  },
  {
    key: 'challenges-with-care',
    title: 'Challenges with care',
    description:
      'Raises concerns honestly, with the person and with colleagues, while keeping the relationship intact.',
    principleKeys: ['challenge-and-holding-tensions', 'mutual-trust'],
  },
  {
    key: 'repairs-after-conflict',
    title: 'Repairs after conflict',
    description:
      'Acknowledges mistakes, apologises, forgives and rebuilds rather than withdrawing or blaming.',
    principleKeys: ['challenge-and-holding-tensions', 'kindness-and-human-worth'],
  },
  {
    key: 'responds-to-distress',
    title: 'Responds to distress',
    description:
      'Recognises when someone is being triggered or overwhelmed and adjusts to keep them safe, avoiding re-traumatising steps.',
    principleKeys: ['trauma-informed-and-safe', 'empathy-and-listening'],
  },
  {
    key: 'shows-up-as-a-person',
    title: 'Shows up as a person',
    description:
      'Is open and human in the relationship, and seeks support from colleagues when the work takes an emotional toll.',
    principleKeys: ['vulnerability-and-emotional-support', 'relationships-first'],
  },
  {
    key: 'reflects-and-learns',
    title: 'Reflects and learns',
    description:
      'Takes time, alone and with others, to look back on practice, ask why and try something different.',
    principleKeys: ['reflection-and-enquiry', 'challenge-and-holding-tensions'],
  },
  {
    key: 'connects-people-and-place',
    title: 'Connects people and place',
    description:
      'Links people to neighbours, groups and local resources so support does not depend on one service.',
    principleKeys: ['assets-not-deficits', 'shared-purpose', 'reciprocity'],
  },
];

const COMPETENCIES: Competency[] = [
  {
    key: 'active-listening',
    title: 'Active listening',
    description:
      'Attending closely, reflecting back and checking understanding, so the person feels heard.',
    principleKeys: ['empathy-and-listening', 'relationships-first'],
  },
  {
    key: 'strengths-based-conversation',
    title: 'Strengths-based conversation',
    description:
      'Running conversations that uncover what a good life means to the person and the resources they already have.',
    principleKeys: ['assets-not-deficits', 'agency-and-autonomy', 'empathy-and-listening'],
  },
  {
    key: 'conflict-transformation',
    title: 'Conflict transformation',
    description:
      'Working through disagreement so that it strengthens the relationship rather than ending it.',
    principleKeys: ['challenge-and-holding-tensions', 'mutual-trust'],
  },
  {
    key: 'trauma-awareness',
    title: 'Trauma awareness',
    description: 'Understanding how trauma shows itself and how services can avoid adding to it.',
    principleKeys: ['trauma-informed-and-safe', 'kindness-and-human-worth'],
  },
  {
    key: 'reflective-practice',
    title: 'Reflective practice',
    description: 'Using supervision, peers and self-questioning to learn from each piece of work.',
    principleKeys: ['reflection-and-enquiry', 'vulnerability-and-emotional-support'],
  },
  {
    key: 'emotional-self-awareness',
    title: 'Emotional self-awareness',
    description:
      'Noticing one’s own feelings and limits, and knowing when and how to seek support.',
    principleKeys: ['vulnerability-and-emotional-support', 'reflection-and-enquiry'],
  },
  {
    key: 'co-production-and-facilitation',
    title: 'Co-production and facilitation',
    description: 'Bringing residents, staff and partners together as equals to design and decide.',
    principleKeys: ['active-collaboration', 'reciprocity', 'shared-purpose'],
  },
  {
    key: 'professional-judgement-and-risk',
    title: 'Professional judgement and positive risk',
    description:
      'Weighing risks with the person and making defensible decisions without retreating into process.',
    principleKeys: ['agency-and-autonomy', 'versatile-and-unscripted', 'mutual-trust'],
  },
  {
    key: 'knowing-the-place',
    title: 'Knowing the place',
    description:
      'Knowing the local groups, spaces and people who can help, and how to connect residents to them.',
    principleKeys: ['assets-not-deficits', 'shared-purpose'],
  },
  {
    key: 'power-awareness',
    title: 'Power awareness and cultural humility',
    description:
      'Recognising the power a role carries and the experience of marginalised groups, and sharing power fairly.',
    principleKeys: ['fairness', 'trauma-informed-and-safe', 'agency-and-autonomy'],
  },
  {
    key: 'healthy-boundaries',
    title: 'Healthy boundaries',
    description:
      'Keeping relationships warm but safe, and recognising when one becomes controlling, exploitative or harmful.',
    principleKeys: ['trauma-informed-and-safe', 'fairness', 'vulnerability-and-emotional-support'],
  },
];

const CATEGORIES: (ProtocolCategory & { key: DefaultCategoryKey })[] = [
  {
    key: 'time-and-caseload',
    title: 'Time and caseload',
    description:
      'How much time staff have for people: caseload sizes, recording demands, visit lengths and closure rules.',
    scope: 'organisational',
  },
  {
    key: 'continuity',
    title: 'Continuity',
    description:
      'Whether people see the same workers over time: allocation, team shape, staffing stability and hand-offs.',
    scope: 'organisational',
  },
  {
    key: 'discretion-and-permission',
    title: 'Discretion and permission',
    description:
      'What staff are allowed to decide and spend, how thick the rulebook is, and how leaders back judgement.',
    scope: 'organisational',
  },
  {
    key: 'front-door-and-assessment',
    title: 'Front door, contact and assessment',
    description:
      'How people reach the council and are first understood: channels, referral routes, eligibility and assessment.',
    scope: 'organisational',
  },
  {
    key: 'risk-and-safeguarding',
    title: 'Risk and safeguarding',
    description:
      'How the council holds risk and delivers safeguarding duties, and how staff are protected when they speak up.',
    scope: 'organisational',
  },
  {
    key: 'performance-and-measures',
    title: 'Performance and measures',
    description:
      'Targets, KPIs and performance reports, and what they encourage staff to pay attention to.',
    scope: 'organisational',
  },
  {
    key: 'commissioning-and-contracts',
    title: 'Commissioning and contracts',
    description:
      'How services are bought and paid for: tenders, specifications, payment models and contract management.',
    scope: 'organisational',
  },
  {
    key: 'community-and-place',
    title: 'Community, place and co-production',
    description:
      'Grants and investment in community groups, neighbourhood services, and how residents share in design and decisions.',
    scope: 'organisational',
  },
  {
    key: 'money-and-debt',
    title: 'Money, payments and debt',
    description:
      'Charging, payment and arrears: council tax, rent and debt recovery, and the assumptions they are built on.',
    scope: 'organisational',
  },
  {
    key: 'systems-and-data',
    title: 'Systems and data',
    description:
      'Case systems, digital services and information sharing: what they record, and whether people must repeat themselves.',
    scope: 'organisational',
  },
  {
    key: 'people-and-hr',
    title: 'People and HR',
    description:
      'Recruitment, induction, careers, working patterns and supervision of the workforce.',
    scope: 'organisational',
  },
  {
    key: 'governance-and-accountability',
    title: 'Governance and accountability',
    description:
      'Who decides and signs off, how complaints are handled, and how members and managers hold services to account.',
    scope: 'organisational',
  },
  {
    key: 'wider-environment',
    title: 'Wider environment',
    description:
      'National policy, funding regimes, statutory timescales, regulation and inspection that the council shapes but does not control.',
    scope: 'wider',
  },
];

// The blog's "When" section. Qualities shared by good relationships and good
// transactions appear in both lists (same objects, appliesTo: 'both').
const FAIR: InteractionQuality = {
  key: 'fair',
  title: 'Fair',
  description: 'Even-handed and honest about terms; neither side takes advantage of the other.',
  appliesTo: 'both',
  principleKeys: ['fairness'],
};
const TRUSTING: InteractionQuality = {
  key: 'trusting',
  title: 'Trusting',
  description: 'Each side can rely on the good faith of the other.',
  appliesTo: 'both',
  principleKeys: ['mutual-trust'],
};
const RECIPROCAL: InteractionQuality = {
  key: 'reciprocal',
  title: 'Reciprocal',
  description: 'Both sides give and both sides gain; the exchange runs two ways.',
  appliesTo: 'both',
  principleKeys: ['reciprocity'],
};
const RELIABLE: InteractionQuality = {
  key: 'reliable',
  title: 'Reliable',
  description: 'It happens as expected, every time, without having to chase it.',
  appliesTo: 'both',
  principleKeys: ['mutual-trust'],
};

const RELATIONSHIP_QUALITIES: InteractionQuality[] = [
  {
    key: 'unique',
    title: 'Unique',
    description:
      'Particular to the people in it; it could not be swapped for another without losing something.',
    appliesTo: 'relationship',
    principleKeys: ['versatile-and-unscripted'],
  },
  {
    key: 'unscripted',
    title: 'Unscripted',
    description: 'Follows the people rather than a predetermined script or form.',
    appliesTo: 'relationship',
    principleKeys: ['versatile-and-unscripted'],
  },
  {
    key: 'organic',
    title: 'Organic',
    description:
      'Grows and changes over time, each contact shaped by the last and by what both expect next.',
    appliesTo: 'relationship',
    principleKeys: ['versatile-and-unscripted', 'continuity-over-time'],
  },
  {
    key: 'empathetic',
    title: 'Empathetic',
    description: 'Each side tries to understand how things feel for the other.',
    appliesTo: 'relationship',
    principleKeys: ['empathy-and-listening'],
  },
  FAIR,
  TRUSTING,
  RECIPROCAL,
  RELIABLE,
];

const TRANSACTION_QUALITIES: InteractionQuality[] = [
  {
    key: 'standard',
    title: 'Standard',
    description:
      'Follows a known, consistent course, so everyone gets the same thing in the same way.',
    appliesTo: 'transaction',
    principleKeys: ['fairness'],
  },
  {
    key: 'efficient',
    title: 'Efficient',
    description:
      'Done promptly with little effort on either side; especially valuable when repeated at scale.',
    appliesTo: 'transaction',
    principleKeys: [],
  },
  FAIR,
  TRUSTING,
  RECIPROCAL,
  RELIABLE,
];

const THEORY_OF_CHANGE: TheoryOfChangeStep[] = [
  {
    order: 1,
    stage: 1,
    key: 'principles',
    title: 'Principles and values',
    text: 'Underpinning principles and values set out what people are trying to honour in their work.',
    layerKeys: ['principles'],
    leadsTo: ['protocols'],
  },
  {
    order: 2,
    stage: 1,
    key: 'competencies',
    title: 'Competencies',
    text: 'Knowledge and skills give people the means to act on those principles.',
    layerKeys: ['competencies'],
    leadsTo: ['protocols'],
  },
  {
    order: 3,
    stage: 2,
    key: 'protocols',
    title: 'Filtered through protocols',
    text:
      'Principles and skills pass through the organisation’s protocols, and the wider environment around ' +
      'them, which either support or hold back how they turn into action.',
    layerKeys: ['enabling-protocols', 'wider-environment'],
    leadsTo: ['behaviours'],
  },
  {
    order: 4,
    stage: 3,
    key: 'behaviours',
    title: 'Behaviours',
    text: 'The result is behaviour: what staff, and the residents they work with, actually do.',
    layerKeys: ['behaviours'],
    leadsTo: ['relationships'],
  },
  {
    order: 5,
    stage: 4,
    key: 'relationships',
    title: 'Relationships',
    text:
      'When more than one person’s behaviours come together, a better or worse relationship forms. ' +
      'Residents, carers, parents and pupils shape it as much as practitioners do.',
    layerKeys: [],
    leadsTo: ['outcomes'],
  },
  {
    order: 6,
    stage: 5,
    key: 'outcomes',
    title: 'Outcomes',
    text:
      'Good relationships are worth having in themselves and are how other outcomes are reached: ' +
      'health, learning, wellbeing, stronger communities and more satisfying work.',
    layerKeys: [],
    leadsTo: [],
  },
];

export const DEFAULT_FRAMEWORK_V1: RcpFramework = deepFreeze({
  version: 1,
  name: 'Relationship-Centred Practice framework',
  definition: DEFINITION,
  layers: LAYERS,
  principles: PRINCIPLES,
  behaviours: BEHAVIOURS,
  competencies: COMPETENCIES,
  ratingScale: [
    {
      value: -2,
      label: 'Strongly inhibits',
      description:
        'Works directly against the principle; staff must work around the protocol to honour it. Needs written evidence.',
      requiresEvidence: true,
    },
    {
      value: -1,
      label: 'Inhibits',
      description: 'Makes the principle harder to live out, though it can still be done.',
      requiresEvidence: false,
    },
    {
      value: 0,
      label: 'No effect',
      description: 'Bears on the principle but neither helps nor hinders it.',
      requiresEvidence: false,
    },
    {
      value: 1,
      label: 'Enables',
      description: 'Makes the principle easier to live out.',
      requiresEvidence: false,
    },
    {
      value: 2,
      label: 'Strongly enables',
      description:
        'Builds the principle in, so it happens as the normal way of working. Needs written evidence.',
      requiresEvidence: true,
    },
    {
      value: null,
      label: 'Not applicable',
      description:
        'The principle does not bear on this protocol; left out of the score, never counted as zero.',
      requiresEvidence: false,
    },
  ],
  // A protocol score (−100…+100) at or beyond ±20 is enabling or inhibiting. Between the
  // thresholds a protocol is 'mixed' when it has at least one rating of +2 and one of −2
  // (it holds tensions: strongly helps some principles while strongly hindering others);
  // otherwise it is 'neutral'.
  thresholds: { enabling: 20, inhibiting: -20, mixedSpread: 2 },
  categories: CATEGORIES,
  relationshipQualities: RELATIONSHIP_QUALITIES,
  transactionQualities: TRANSACTION_QUALITIES,
  theoryOfChange: THEORY_OF_CHANGE,
});
