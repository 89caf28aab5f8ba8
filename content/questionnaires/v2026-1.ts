/**
 * Questionnaire 2026.1 for leader-wellbeing model 2026.1.
 *
 * 25 items (10 strain, 15 resource) + 6 relations + 1 overall question: about 5–8 minutes.
 * Strain items are answered "how much this weighs on me", resource items "how much of this I
 * have", both on 1–5. Once a round has used this version, never change a key or the meaning of
 * a text: add a new version instead.
 */
import type { QuestionnaireVersion } from '../types';

export const questionnaire2026_1: QuestionnaireVersion = {
  version: '2026.1',
  modelVersion: '2026.1',

  items: [
    // ─── Strains: how much this weighs on me ───────────────────────────────────────────
    {
      key: 'strain.cross-pressure.expectations-resources',
      side: 'strain',
      factorKey: 'cross-pressure',
      shortLabel: { da: 'Krydspres: mål vs ressourcer', en: 'Cross-pressure: demands vs time' },
      text: {
        da: 'Forventningerne til mig står ikke mål med den tid og de ressourcer, jeg har.',
        en: 'The expectations placed on me do not match the time and resources I have.',
      },
    },
    {
      key: 'strain.cross-pressure.development-operations',
      side: 'strain',
      factorKey: 'cross-pressure',
      shortLabel: { da: 'Krydspres: udvikling vs drift', en: 'Cross-pressure: develop vs run' },
      text: {
        da: 'Jeg skal både udvikle og sikre den daglige drift, og de to trækker i hver sin retning.',
        en: 'I have to both drive development and keep day-to-day operations running, and the two pull in different directions.',
      },
    },
    {
      key: 'strain.cross-pressure.stakeholders',
      side: 'strain',
      factorKey: 'cross-pressure',
      shortLabel: { da: 'Krydspres: mange interessenter', en: 'Cross-pressure: stakeholders' },
      text: {
        da: 'Jeg står i krydsfeltet mellem forskellige interessenter og aktører, der vil noget forskelligt.',
        en: 'I am caught between different stakeholders and actors who want different things.',
      },
    },
    {
      key: 'strain.workload-boundarylessness.too-much',
      side: 'strain',
      factorKey: 'workload-boundarylessness',
      shortLabel: { da: 'For meget at nå', en: 'Too much to do' },
      text: {
        da: 'Jeg har mere at gøre, end jeg kan nå inden for en rimelig arbejdstid.',
        en: 'I have more to do than I can manage within reasonable working hours.',
      },
    },
    {
      key: 'strain.workload-boundarylessness.always-available',
      side: 'strain',
      factorKey: 'workload-boundarylessness',
      shortLabel: { da: 'Altid tilgængelig', en: 'Always available' },
      text: {
        da: 'Jeg forventes at være tilgængelig hvor som helst og når som helst, også uden for almindelig arbejdstid.',
        en: 'I am expected to be available anywhere and at any time, including outside normal working hours.',
      },
    },
    {
      key: 'strain.workload-boundarylessness.never-good-enough',
      side: 'strain',
      factorKey: 'workload-boundarylessness',
      shortLabel: { da: 'Arbejdet bliver aldrig færdigt', en: 'Work is never finished' },
      text: {
        da: 'Mit arbejde bliver aldrig færdigt – det kan altid blive bedre, og der er altid mere at gøre.',
        en: 'My work is never finished – it can always be better, and there is always more to do.',
      },
    },
    {
      key: 'strain.complexity.hard-to-grasp',
      side: 'strain',
      factorKey: 'complexity',
      shortLabel: { da: 'Svært at bevare overblikket', en: 'Hard to keep an overview' },
      text: {
        da: 'Mine opgaver er så komplekse, at det er svært at bevare overblikket.',
        en: 'My tasks are so complex that it is hard to keep an overview.',
      },
    },
    {
      key: 'strain.complexity.dilemmas',
      side: 'strain',
      factorKey: 'complexity',
      shortLabel: { da: 'Beslutninger i dilemmaer', en: 'Decisions in dilemmas' },
      text: {
        da: 'Jeg skal træffe beslutninger i dilemmaer, hvor der ikke findes et klart svar.',
        en: 'I have to make decisions in dilemmas where there is no clear answer.',
      },
    },
    {
      key: 'strain.difficult-relational-work.emotional-demands',
      side: 'strain',
      factorKey: 'difficult-relational-work',
      shortLabel: { da: 'Følelsesmæssige krav', en: 'Emotional demands' },
      text: {
        da: 'Opgaver i personaleledelsen, fx konflikter og svære samtaler, stiller høje følelsesmæssige krav til mig.',
        en: 'People-management tasks, such as conflicts and difficult conversations, make high emotional demands on me.',
      },
    },
    {
      key: 'strain.difficult-relational-work.differing-expectations',
      side: 'strain',
      factorKey: 'difficult-relational-work',
      shortLabel: { da: 'Medarbejdernes forskellige krav', en: 'Employees’ differing demands' },
      text: {
        da: 'Mine medarbejdere har forskellige forventninger til min ledelse, som er svære at imødekomme.',
        en: 'My employees have differing expectations of my leadership that are hard to meet.',
      },
    },

    // ─── Resources: how much of this I have ────────────────────────────────────────────
    {
      key: 'resource.influence-autonomy.decisions',
      side: 'resource',
      factorKey: 'influence-autonomy',
      shortLabel: { da: 'Indflydelse på beslutninger', en: 'Influence on decisions' },
      text: {
        da: 'Jeg har indflydelse på de beslutninger, der har betydning for mit ansvarsområde.',
        en: 'I have influence on the decisions that matter for my area of responsibility.',
      },
    },
    {
      key: 'resource.influence-autonomy.own-mark',
      side: 'resource',
      factorKey: 'influence-autonomy',
      shortLabel: { da: 'Frihed til eget præg', en: 'Freedom to set own course' },
      text: {
        da: 'Jeg har frihed til selv at tilrettelægge mit arbejde og sætte mit eget præg på min ledelse.',
        en: 'I have the freedom to organise my own work and put my own mark on how I lead.',
      },
    },
    {
      key: 'resource.motivating-challenges.challenges',
      side: 'resource',
      factorKey: 'motivating-challenges',
      shortLabel: { da: 'Motiverende udfordringer', en: 'Motivating challenges' },
      text: {
        da: 'Mit arbejde giver mig udfordringer, der motiverer mig.',
        en: 'My work gives me challenges that motivate me.',
      },
    },
    {
      key: 'resource.motivating-challenges.making-a-difference',
      side: 'resource',
      factorKey: 'motivating-challenges',
      shortLabel: { da: 'Gør en forskel', en: 'Making a difference' },
      text: {
        da: 'Jeg oplever, at jeg gør en forskel for kerneopgaven og for mine medarbejdere.',
        en: 'I feel that I make a difference for the core task and for my employees.',
      },
    },
    {
      key: 'resource.clear-leadership-space.mandate',
      side: 'resource',
      factorKey: 'clear-leadership-space',
      shortLabel: { da: 'Klart mandat', en: 'Clear mandate' },
      text: {
        da: 'Jeg ved, hvad der ligger hos mig, hvad jeg skal, og hvad jeg ikke skal.',
        en: 'I know what lies with me, what I must do and what I must not do.',
      },
    },
    {
      key: 'resource.clear-leadership-space.clear-priorities',
      side: 'resource',
      factorKey: 'clear-leadership-space',
      shortLabel: { da: 'Klare prioriteringer', en: 'Clear priorities' },
      text: {
        da: 'Prioriteringer og forventninger til mig bliver kommunikeret klart.',
        en: 'Priorities and expectations of me are communicated clearly.',
      },
    },
    {
      key: 'resource.psychological-safety-trust.open-about-mistakes',
      side: 'resource',
      factorKey: 'psychological-safety-trust',
      shortLabel: { da: 'Åbenhed om fejl og tvivl', en: 'Open about mistakes and doubt' },
      text: {
        da: 'Jeg kan tale åbent om fejl, tvivl og dilemmaer med mine lederkolleger og min nærmeste leder.',
        en: 'I can talk openly about mistakes, doubts and dilemmas with my fellow leaders and my immediate manager.',
      },
    },
    {
      key: 'resource.psychological-safety-trust.disagreements',
      side: 'resource',
      factorKey: 'psychological-safety-trust',
      shortLabel: { da: 'Uenighed tages op åbent', en: 'Disagreement raised openly' },
      text: {
        da: 'Uenigheder kan tages op åbent og ærligt i min ledelsesgruppe.',
        en: 'Disagreements can be raised openly and honestly in my management team.',
      },
    },
    {
      key: 'resource.recovery-reflection.breaks',
      side: 'resource',
      factorKey: 'recovery-reflection',
      shortLabel: { da: 'Pauser i arbejdsdagen', en: 'Breaks during the day' },
      text: {
        da: 'Jeg får pauser og pusterum i løbet af arbejdsdagen.',
        en: 'I get breaks and breathing space during the working day.',
      },
    },
    {
      key: 'resource.recovery-reflection.switch-off',
      side: 'resource',
      factorKey: 'recovery-reflection',
      shortLabel: { da: 'Kan koble af fra arbejdet', en: 'Switching off from work' },
      text: {
        da: 'Jeg kan koble af fra arbejdet om aftenen, i weekenden og i ferier.',
        en: 'I can switch off from work in the evenings, at weekends and on holiday.',
      },
    },
    {
      key: 'resource.recovery-reflection.time-to-reflect',
      side: 'resource',
      factorKey: 'recovery-reflection',
      shortLabel: { da: 'Tid til refleksion', en: 'Time to reflect' },
      text: {
        da: 'Jeg har tid og rum til at tænke over og drøfte situationer, dilemmaer og tvivl.',
        en: 'I have the time and space to think about and discuss situations, dilemmas and doubts.',
      },
    },
    {
      key: 'resource.support-sparring.immediate-manager',
      side: 'resource',
      factorKey: 'support-sparring',
      shortLabel: { da: 'Samtaler med nærmeste leder', en: 'Talks with own manager' },
      text: {
        da: 'Jeg har jævnlige, fokuserede samtaler med min nærmeste leder om opgaver, udfordringer og trivsel.',
        en: 'I have regular, focused conversations with my immediate manager about tasks, challenges and wellbeing.',
      },
    },
    {
      key: 'resource.support-sparring.others',
      side: 'resource',
      factorKey: 'support-sparring',
      shortLabel: { da: 'Sparring fra andre', en: 'Sparring from others' },
      text: {
        da: 'Jeg kan få støtte og sparring fra andre, når jeg har brug for det, fx lederkolleger, et netværk, en mentor eller en coach.',
        en: 'I can get support and sparring from others when I need it, for example fellow leaders, a network, a mentor or a coach.',
      },
    },
    {
      key: 'resource.good-relations.immediate-manager',
      side: 'resource',
      factorKey: 'good-relations',
      shortLabel: { da: 'Relation til nærmeste leder', en: 'Relationship with own manager' },
      text: {
        da: 'Jeg har en god relation til min nærmeste leder.',
        en: 'I have a good relationship with my immediate manager.',
      },
    },
    {
      key: 'resource.good-relations.employees',
      side: 'resource',
      factorKey: 'good-relations',
      shortLabel: { da: 'Relation til medarbejdere', en: 'Relationships with employees' },
      text: {
        da: 'Jeg har gode relationer til mine egne medarbejdere.',
        en: 'I have good relationships with my own employees.',
      },
    },
  ],

  scaleLabels: {
    strain: [
      { da: 'Belaster mig meget lidt', en: 'Weighs on me very little' },
      { da: 'Belaster mig lidt', en: 'Weighs on me a little' },
      { da: 'Belaster mig noget', en: 'Weighs on me somewhat' },
      { da: 'Belaster mig meget', en: 'Weighs on me a lot' },
      { da: 'Belaster mig rigtig meget', en: 'Weighs on me very much' },
    ],
    resource: [
      { da: 'Har jeg meget lidt af', en: 'I have very little of this' },
      { da: 'Har jeg lidt af', en: 'I have a little of this' },
      { da: 'Har jeg noget af', en: 'I have some of this' },
      { da: 'Har jeg meget af', en: 'I have a lot of this' },
      { da: 'Har jeg rigtig meget af', en: 'I have very much of this' },
    ],
  },

  relations: [
    {
      key: 'relation.up',
      relation: 'up',
      shortLabel: { da: 'Op: nærmeste leder', en: 'Up: own manager' },
      text: {
        da: 'Op mod egen leder: Er relationen til din nærmeste leder for tiden mest en belastning eller mest en ressource?',
        en: 'Up towards your own manager: is your relationship with your immediate manager currently more of a strain or more of a resource?',
      },
    },
    {
      key: 'relation.inward',
      relation: 'inward',
      shortLabel: { da: 'Ind: egne krav til mig selv', en: 'Inward: demands on myself' },
      text: {
        da: 'Ind mod én selv: Er dine egne forventninger og krav til dig selv for tiden mest en belastning eller mest en ressource?',
        en: 'Inward towards yourself: are your own expectations of and demands on yourself currently more of a strain or more of a resource?',
      },
    },
    {
      key: 'relation.out',
      relation: 'out',
      shortLabel: { da: 'Ud: borgere og kunder', en: 'Out: citizens and customers' },
      text: {
        da: 'Ud mod borgerne/kunderne: Er relationen til borgere, kunder eller brugere for tiden mest en belastning eller mest en ressource?',
        en: 'Out towards citizens/customers: is your relationship with citizens, customers or users currently more of a strain or more of a resource?',
      },
    },
    {
      key: 'relation.team',
      relation: 'team',
      shortLabel: { da: 'Ind i teamet', en: 'Into the team' },
      text: {
        da: 'Ind i teamet: Er relationen til dit eget team og dine medarbejdere for tiden mest en belastning eller mest en ressource?',
        en: 'Into your team: is your relationship with your own team and employees currently more of a strain or more of a resource?',
      },
    },
    {
      key: 'relation.management',
      relation: 'management',
      shortLabel: { da: 'I ledelsesgruppen', en: 'In the management team' },
      text: {
        da: 'Som en del af ledelsen: Er relationen til din ledelsesgruppe for tiden mest en belastning eller mest en ressource?',
        en: 'As part of the management team: is your relationship with your management team currently more of a strain or more of a resource?',
      },
    },
    {
      key: 'relation.across',
      relation: 'across',
      shortLabel: { da: 'På tværs af organisationen', en: 'Across the organisation' },
      text: {
        da: 'På tværs: Er relationerne til lederkolleger og andre på tværs af organisationen for tiden mest en belastning eller mest en ressource?',
        en: 'Across the organisation: are your relationships with fellow leaders and others across the organisation currently more of a strain or more of a resource?',
      },
    },
  ],

  relationScaleLabels: [
    { da: 'Klart en belastning', en: 'Clearly a strain' },
    { da: 'Mest en belastning', en: 'Mostly a strain' },
    { da: 'Hverken eller / begge dele', en: 'Neither / both' },
    { da: 'Mest en ressource', en: 'Mostly a resource' },
    { da: 'Klart en ressource', en: 'Clearly a resource' },
  ],

  overall: {
    key: 'overall.balance',
    shortLabel: { da: 'Balancen lige nu', en: 'Balance right now' },
    text: { da: 'Hvordan er din balance lige nu?', en: 'How is your balance right now?' },
    labels: [
      { da: 'Belastningerne vejer klart tungest', en: 'Strains clearly outweigh resources' },
      { da: 'Belastningerne vejer lidt tungest', en: 'Strains slightly outweigh resources' },
      { da: 'Nogenlunde i balance', en: 'Roughly in balance' },
      { da: 'Ressourcerne vejer lidt tungest', en: 'Resources slightly outweigh strains' },
      { da: 'Ressourcerne vejer klart tungest', en: 'Resources clearly outweigh strains' },
    ],
  },
};
