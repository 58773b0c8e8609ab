import type { Template } from './types';

/** The practice elements, in the order the worksheet prints them. */
export const PRACTICE_ELEMENTS = [
  { id: 'engagement', label: 'Engagement' },
  { id: 'inquiry', label: 'Inquiry and Exploration' },
  { id: 'teaming', label: 'Teaming' },
  { id: 'advocacy', label: 'Advocacy' },
  { id: 'accountability', label: 'Accountability' },
];

/** Initiatives the CPM builds on or that share its principles (design notes §1). */
export const INITIATIVE_SUGGESTIONS = [
  'Safety Organized Practice (SOP)',
  'California Partners for Permanency / Child and Family Practice Model',
  'Katie A. Core Practice Model (Pathways to Permanency)',
  'Integrated Core Practice Model (ICPM)',
  'Continuum of Care Reform / Child and Family Teams',
  'Family First Prevention Services Act',
  'Indian Child Welfare Act',
];

/**
 * The short forms participants write for the initiatives above, and what each stands for, so
 * "SOP", "Safety Organized Practice (SOP)" and "Safety Organized Practice" are one answer.
 */
export const INITIATIVE_ACRONYMS: Readonly<Record<string, string>> = {
  SOP: 'Safety Organized Practice',
  CAPP: 'California Partners for Permanency',
  ICPM: 'Integrated Core Practice Model',
  CCR: 'Continuum of Care Reform',
  CFT: 'Child and Family Teams',
  FFPSA: 'Family First Prevention Services Act',
  ICWA: 'Indian Child Welfare Act',
};

/**
 * The CPM two-level intervention worksheet, in the handout's order and wording.
 * Ids are stable across versions: answers are stored under them.
 */
export const TEMPLATE: Template = {
  id: 'cpm-two-level',
  version: 1,
  title: 'The CPM: An Intervention on Two Levels',
  sections: [
    {
      id: 'cover',
      navTitle: 'About you',
      title: 'About you',
      blocks: [
        {
          kind: 'exercise',
          id: 'cover',
          question: 'Your details for the handout',
          prompts: [
            { kind: 'shortText', id: 'cover.name', label: 'Participant name', autocomplete: 'name' },
            { kind: 'shortText', id: 'cover.role', label: 'Role / title', autocomplete: 'organization-title' },
            { kind: 'shortText', id: 'cover.agency', label: 'County or agency', autocomplete: 'organization' },
            { kind: 'shortText', id: 'cover.session', label: 'Session name' },
            { kind: 'shortText', id: 'cover.date', label: 'Date', inputType: 'date' },
          ],
        },
      ],
    },
    {
      id: 'what-is-cpm',
      navTitle: 'What is the CPM?',
      title: 'What is the CA Child Welfare Core Practice Model (CPM)?',
      blocks: [
        {
          kind: 'text',
          id: 'what-is-cpm.intro',
          paragraphs: [
            'The CPM was *created and designed by California stakeholders* (youth, families, social workers, caregivers, partners, and social workers at all levels in the child welfare system), and offers **“intervention”** at **two levels**.',
            'Why CPM? Working together, these interventions, guided by a set of theories and values, aim to improve outcomes **for all children** and within those improved outcomes, **reduce the disparity for children of color**.',
          ],
        },
        {
          kind: 'exercise',
          id: 'levels',
          facilitator: {
            screen: 'CPM offers an intervention on two levels. What are they?',
            minutes: 2,
            talkingPoints: [
              'The family level is described by the practice behaviors.',
              'The system level is described by the leadership behaviors and 4 implementation domains: building organizational readiness, workforce development, building relationships and engaging partners, and quality outcomes/system improvement.',
            ],
          },
          question: 'What is the “intervention?”',
          lead: 'CPM offers an intervention on two levels:',
          prompts: [
            {
              kind: 'blanks',
              id: 'levels',
              blanks: [
                { label: 'Level 1', before: 'The', after: 'Level' },
                { label: 'Level 2', before: 'The', after: 'Level' },
              ],
              answerKey: [['Family', 'Family Practice'], ['System']],
            },
          ],
        },
      ],
    },
    {
      id: 'family-level',
      navTitle: 'Family Level',
      title: 'The Family Level intervention',
      blocks: [
        {
          kind: 'text',
          id: 'family-level.intro',
          paragraphs: [
            'The “family level” intervention is tangibly described through the 22 practice behaviors that are organized into 5 summary categories, or *practice elements*.',
          ],
        },
        {
          kind: 'exercise',
          id: 'elements',
          facilitator: {
            screen: 'What are the 5 Practice Elements?',
            minutes: 3,
            talkingPoints: ['22 practice behaviors are organized into 5 summary categories, the practice elements.'],
          },
          question: 'What are the 5 Practice Elements that organize the Family Level Intervention behaviors?',
          prompts: [
            {
              kind: 'blanks',
              id: 'elements',
              blanks: [1, 2, 3, 4, 5].map((n) => ({ label: `Element ${n}` })),
              answerKey: [
                ['Engagement', 'Engage'],
                [
                  'Inquiry and Exploration',
                  'Inquiry/Exploration',
                  'Inquiry & Exploration',
                  'Inquiry Exploration',
                  'Inquiry',
                  'Exploration',
                ],
                ['Teaming', 'Teams'],
                ['Advocacy', 'Advocate'],
                ['Accountability', 'Accountable'],
              ],
            },
          ],
        },
        {
          kind: 'text',
          id: 'family-level.foundation',
          style: 'callout',
          paragraphs: [
            '**CPM is a great foundation for practice!**',
            'We can undergird all program areas with CPM and apply it across all program areas so that everyone can relate!',
            'The associated behaviors within the 5 element categories are comprehensive enough and relevant enough to be really helpful! Everyone in the organization can think about how they might demonstrate the 22 behaviors, no matter where they work in program.',
            'This CPM practice at the family level can create a powerful organizing framework across all program areas!',
            'The five elements are so relevant that they actually can provide an integrative framework or foundation for many of the contemporary practice and system improvement efforts in CA now.',
          ],
        },
        {
          kind: 'exercise',
          id: 'improvements',
          facilitator: {
            screen: 'What practice and system improvements are going on in CA right now?',
            minutes: 5,
            talkingPoints: [
              'The CPM builds on Safety Organized Practice, California Partners for Permanency and the Katie A. Core Practice Model.',
              'The CPM is embedded in the Integrated Core Practice Model (ICPM).',
            ],
          },
          question: 'What are some of those practice and system improvements going on in CA right now?',
          prompts: [{ kind: 'list', id: 'improvements', itemLabel: 'Improvement', rows: 3 }],
        },
        {
          kind: 'exercise',
          id: 'crosswalk',
          facilitator: {
            screen: "Line up one initiative's practice principles under the 5 practice elements.",
            minutes: 10,
            talkingPoints: ['The five elements can be an integrative framework for many current practice and system improvement efforts.'],
          },
          question:
            "Select one from above and line up some of that initiative's or mandate's practice principles within the CPM's 5 practice element categories.",
          prompts: [
            {
              kind: 'crosswalk',
              id: 'crosswalk',
              sourceListId: 'improvements',
              suggestions: INITIATIVE_SUGGESTIONS,
              columns: PRACTICE_ELEMENTS,
              max: 3,
            },
          ],
        },
        {
          kind: 'exercise',
          id: 'benefits',
          facilitator: {
            minutes: 5,
            talkingPoints: ['Ask for benefits to families first, then to staff.'],
          },
          question: 'What are the benefits of the Family Level intervention?',
          prompts: [
            { kind: 'longText', id: 'benefits.families', label: "For my county's families?" },
            { kind: 'longText', id: 'benefits.staff', label: "For my county's staff?" },
          ],
        },
      ],
    },
    {
      id: 'system-level',
      navTitle: 'System Level',
      title: 'The CPM System Level intervention is JUST as important!',
      blocks: [
        {
          kind: 'text',
          id: 'system-level.intro',
          paragraphs: [
            'All of this is at the County-Level.',
            "COUNTIES are implementing the (I)CPM **Practice Behaviors** (family-level intervention) & **Leadership Behaviors** (their agency's system-level intervention)\u00a0.\u00a0.\u00a0.",
            '.\u00a0.\u00a0.\u00a0And building local **implementation capacities** that are needed to support the use of (I)CPM as intended for improved outcomes.',
            'The system “hosts” and nurtures the family level intervention so it can be happening *all the time*. As leaders, this is the CPM work we need to pay attention to and engage in!',
          ],
          bullets: [
            'engaging staff to share in decision making;',
            'using communication strategies that ensure feedback;',
            'training and coaching systems that build skills & confidence;',
            'using data to track progress, address problems, celebrate successes!',
            'Nurturing community partnerships',
          ],
        },
        {
          kind: 'exercise',
          id: 'org-factors',
          facilitator: {
            screen: 'What organizational factors would pave the way for CPM family practice to happen more regularly and consistently?',
            minutes: 8,
            talkingPoints: [
              'Leaders engage staff in decision making, use communication that ensures feedback, build skills through training and coaching, use data to track progress, and nurture community partnerships.',
            ],
          },
          question:
            'So in my county, what are the organizational factors we might want to address to pave the way for CPM family practice to happen more regularly and consistently?',
          prompts: [{ kind: 'list', id: 'org-factors', itemLabel: 'Factor', rows: 6 }],
        },
      ],
    },
    {
      id: 'my-role',
      navTitle: 'My Role',
      title: 'My Role with CPM: Personal Reflections',
      blocks: [
        {
          kind: 'exercise',
          id: 'roles',
          personal: true,
          facilitator: {
            screen: 'What is my role at the Family Level and at the System Level?',
            minutes: 5,
            talkingPoints: ['The CPM Leadership Behaviors are a good place to start.'],
          },
          question: 'If CPM is an intervention on two levels, what is my role in each?',
          hint: 'Hint....the CPM Leadership Behaviors might be a good place to start!',
          prompts: [
            { kind: 'longText', id: 'roles.family', label: 'My Role to Support CPM at the *Family Level*:' },
            { kind: 'longText', id: 'roles.system', label: 'My Role to Support CPM at the System Level:' },
          ],
        },
      ],
    },
    {
      id: 'messaging',
      navTitle: 'Messaging',
      title: 'Messaging the CPM:',
      blocks: [
        {
          kind: 'exercise',
          id: 'saying-doing',
          facilitator: { minutes: 3 },
          question: 'What is important for you to be saying and doing?',
          prompts: [{ kind: 'longText', id: 'saying-doing' }],
        },
        {
          kind: 'exercise',
          id: 'messages',
          facilitator: {
            screen: 'What are the most important messages about CPM to share and model?',
            minutes: 5,
            talkingPoints: ['Think of your immediate team, social workers, and other audiences.'],
          },
          question: 'What are the most important messages about CPM for you to share and model?',
          prompts: [
            { kind: 'longText', id: 'messages.team', label: 'With my immediate team?' },
            { kind: 'longText', id: 'messages.social-workers', label: 'With social workers?' },
          ],
          more: {
            id: 'messages.more',
            addLabel: 'Add another audience',
            nameLabel: 'Audience',
            labelTemplate: 'With {name}?',
          },
        },
      ],
    },
  ],
};
