/**
 * The leader-wellbeing model, version 2026.1.
 *
 * Danish text is adapted from BFA's introduction tool "Sæt spot på lederes trivsel" (series
 * "Styrk lederes trivsel og resultater"), de-hyphenated and lightly shortened. English text is
 * our own translation. Dialogue questions and relation descriptions say where their wording
 * comes from (`origin`): verbatim from the seed, adapted from it, or Ledertrivsel's own. Keys are stable: never rename or reuse one once a round has used it.
 */
import type { LeaderWellbeingModel } from '../types';

export const leaderWellbeingModel: LeaderWellbeingModel = {
  version: '2026.1',

  source: {
    title: {
      da: 'Sæt spot på lederes trivsel – introduktionsværktøj til Styrk lederes trivsel og resultater',
      en: "Sæt spot på lederes trivsel (Spotlight on leaders' wellbeing) – introduction tool for the series Styrk lederes trivsel og resultater (Strengthen leaders' wellbeing and results)",
    },
    publisher: {
      da: 'BFA – Branchefællesskabet for Arbejdsmiljø',
      en: 'BFA – Branchefællesskabet for Arbejdsmiljø (the Danish sector partnership for the working environment)',
    },
    note: {
      da: "Modellen, temaerne og dialogspørgsmålene er tilpasset og forkortet fra BFA's introduktionsværktøj. Det oprindelige værktøj og resten af serien kan hentes på godtarbejdsmiljo.dk/ledertrivsel-intro.",
      en: "The model, themes and dialogue questions are adapted and shortened from BFA's introduction tool; the English text is our own translation. The original Danish tool and the rest of the series are available at godtarbejdsmiljo.dk/ledertrivsel-intro.",
    },
    ownWork: {
      da: "Spørgsmål og tekster markeret »Ledertrivsels egen formulering« står ikke i BFA's værktøj, men er vores egne. Balancen som tal (fra −4 til +4) er også vores: en opsummering af en model, som BFA beskriver i ord.",
      en: "Questions and texts marked “Ledertrivsel's own wording” are not in BFA's tool but our own. The balance as a number (from −4 to +4) is ours too: a summary of a model that BFA describes in words.",
    },
  },

  purpose: {
    da: 'Fælles sprog og dialog om lederes trivsel hos jer. Lederes psykiske arbejdsmiljø og trivsel kan langt hen ad vejen forstås på samme måde som medarbejderes. Samtidig er der nogle forhold, som særligt gør sig gældende hos lederne. Brug modellen til at få et fælles overblik over, hvad der er vigtigt i lederes trivsel, og til at tage en første dialog om, hvordan det ser ud hos jer.',
    en: "A shared language for, and dialogue about, leaders' wellbeing in your organisation. Leaders' psychosocial working environment and wellbeing can largely be understood in the same way as employees'. At the same time, some conditions apply to leaders in particular. Use the model to gain a shared overview of what matters for leaders' wellbeing, and to have a first dialogue about how things look where you are.",
  },

  audience: [
    {
      da: 'Kan bruges af konsulenter og andre, der har en opgave med at skabe opmærksomhed på lederes trivsel.',
      en: "For consultants and others whose task is to raise awareness of leaders' wellbeing.",
    },
    {
      da: 'Kan også bruges i en ledergruppe til at tage pulsen på trivslen – fx i forbindelse med en dialogisk lederAPV.',
      en: 'Also for a management team taking the pulse of its wellbeing – for example as part of a dialogue-based leader APV.',
    },
  ],

  research: {
    title: { da: 'Undersøgelse: Hvad ved vi om lederes arbejdsmiljø?', en: "The study: what do we know about leaders' working environment?" },
    intro: {
      da: 'Lederes arbejdsmiljø er af nyere, forskningsmæssig interesse, og der findes endnu ikke et systematisk overblik. Men en nyere dansk undersøgelse viser:',
      en: "Leaders' working environment is a recent research interest, and there is no systematic overview yet. But a recent Danish study shows:",
    },
    findings: [
      {
        da: 'Krydspres: Ledere skal skabe resultater i en kontekst præget af til tider kraftige krydspres mellem fx mange krav, begrænset tid og høje forventninger fra lederen selv og fra omgivelserne.',
        en: 'Cross-pressure: leaders must deliver results in a context marked by sometimes heavy cross-pressure between, for example, many demands, limited time and high expectations from the leader themselves and from those around them.',
      },
      {
        da: 'Ledernes relationer er afgørende for deres trivsel og resultater. Værktøjerne sætter spot på det vigtigste: Relationen til dig selv som leder og din nærmeste leder, til ledelsesgruppen og til den samlede virksomhed.',
        en: "Leaders' relationships are decisive for their wellbeing and results. The tools focus on what matters most: the relationship with yourself as a leader and with your immediate manager, with the management team and with the organisation as a whole.",
      },
      {
        da: 'Fire vigtige temaer for ledere er indflydelse og autonomi, psykologisk tryghed og tillid, behov for restitution og refleksion samt støtte til lederen.',
        en: 'Four important themes for leaders are influence and autonomy, psychological safety and trust, the need for recovery and reflection, and support for the leader.',
      },
      {
        da: 'Der er en sammenhæng mellem ledernes og resten af arbejdspladsens psykiske arbejdsmiljø. Undersøgelsen viser, at ledere ofte oplever at stå alene i presset til potentiel skade for dem selv og resten af organisationen.',
        en: "There is a link between the leaders' psychosocial working environment and that of the rest of the workplace. The study shows that leaders often feel they stand alone under the pressure, to the potential harm of themselves and the rest of the organisation.",
      },
    ],
    link: {
      label: { da: 'Find den samlede undersøgelse på godtarbejdsmiljo.dk/lederundersogelse', en: 'The full study (in Danish): godtarbejdsmiljo.dk/lederundersogelse' },
      url: 'https://godtarbejdsmiljo.dk/lederundersogelse',
    },
  },

  reasons: [
    {
      title: {
        da: 'Fordi lederes arbejdsmiljø har konsekvenser for produktivitet, kvalitet og udvikling',
        en: "Because leaders' working environment affects productivity, quality and development",
      },
      text: {
        da: 'Ledere der trives, leder bedre og tydeligere end ledere der mistrives og er stressede. En leder i trivsel har også bedre forudsætninger for at skabe den psykologiske tryghed i sit team, som fremmer både trivsel, produktivitet og udvikling.',
        en: 'Leaders who thrive lead better and more clearly than leaders who are unhappy and stressed. A leader who is doing well is also better placed to create the psychological safety in their team that promotes wellbeing, productivity and development alike.',
      },
    },
    {
      title: {
        da: 'Fordi lederes arbejdsmiljø har konsekvenser for medarbejderes arbejdsmiljø',
        en: "Because leaders' working environment affects employees' working environment",
      },
      text: {
        da: 'Forskning viser, at ledertrivsel og ledelseskvalitet har direkte sammenhæng med medarbejdernes trivsel, herunder deres risiko for langtidssygefravær (Skakon 2010, Sørensen et al. 2020).',
        en: "Research shows that leaders' wellbeing and the quality of leadership are directly linked to employees' wellbeing, including their risk of long-term sickness absence (Skakon 2010, Sørensen et al. 2020).",
      },
    },
    {
      title: {
        da: 'Fordi (de fleste) ledere også er ansatte',
        en: 'Because (most) leaders are employees too',
      },
      text: {
        da: 'Lovgrundlaget er det samme for lederes arbejdsmiljø som for medarbejderes – for selv om de har en særlig type opgave, er ledere stadig ansatte. Arbejdsgivere har pligt til at sikre, at arbejdet er sikkerheds- og sundhedsmæssigt fuldt forsvarligt, og det gælder for "ethvert arbejde, der udføres for en arbejdsgiver" – og dermed også for ledelsesarbejdet.',
        en: 'The legal basis for leaders\' working environment is the same as for employees\' – even though they have a special kind of task, leaders are still employees. Employers are obliged to ensure that work is fully safe and without risk to health, and this applies to "all work carried out for an employer" – and therefore also to the work of leading.',
      },
    },
    {
      title: {
        da: 'Fordi ledere også er mennesker',
        en: 'Because leaders are human beings too',
      },
      text: {
        da: 'I vores daglige sprog bliver ledere ofte primært til nogen, som skal levere, løse, handle, lede og sørge for det hele – og lidt til superhelte, som kan holde til og overkomme både det ene og det andet. Det kan skygge for, at vi også ser dem som mennesker med behov og krav på trivsel og værdighed. Som alle andre mennesker.',
        en: 'In everyday language, leaders often become first and foremost someone who must deliver, solve, act, lead and take care of everything – and a little like superheroes who can withstand and cope with anything. That can keep us from also seeing them as human beings with needs and a right to wellbeing and dignity. Like everyone else.',
      },
    },
  ],

  generalModel: {
    title: {
      da: 'Vægten – belastninger og ressourcer',
      en: 'The balance scale – strains and resources',
    },
    explanation: {
      da: 'Selv om lederes vilkår og arbejdsmiljø på nogle måder er anderledes end medarbejderes, så gælder mange af de samme principper, og man kan bruge de samme grundlæggende forståelser og modeller. Vægten fremstiller et godt psykisk arbejdsmiljø som en balance mellem belastninger og ressourcer. Når man vil sikre en god balance, er det vigtigt, at de to sider passer sammen, så ressourcerne slår til i forhold til både mængden og typen af belastninger. Der er god forskningsbaseret viden om, at de typiske belastninger og ressourcer har stor betydning for det psykiske arbejdsmiljø for alle typer af ansatte.',
      en: "Although leaders' conditions and working environment differ from employees' in some ways, many of the same principles apply, so the same basic understandings and models can be used. The balance scale presents a good psychosocial working environment as a balance between strains and resources. To secure a good balance, the two sides must match, so that the resources are sufficient for both the amount and the type of strains. There is solid research-based knowledge that the typical strains and resources matter greatly for the psychosocial working environment of all kinds of employees.",
    },
    typicalStrains: [
      { da: 'Urealistiske krav', en: 'Unrealistic demands' },
      { da: 'Uklare krav og roller', en: 'Unclear demands and roles' },
      { da: 'Store eller gentagne forandringer', en: 'Major or repeated changes' },
      { da: 'Høj kompleksitet', en: 'High complexity' },
      { da: 'Vanskeligt samarbejde', en: 'Difficult collaboration' },
      { da: 'Vanskeligt relationsarbejde', en: 'Difficult relational work' },
    ],
    typicalResources: [
      { da: 'Mening', en: 'Meaning' },
      { da: 'Forudsigelighed', en: 'Predictability' },
      { da: 'Indflydelse', en: 'Influence' },
      { da: 'Social og ledelsesmæssig støtte', en: 'Social and managerial support' },
      { da: 'Anerkendelse', en: 'Recognition' },
    ],
    imbalanceQuestions: [
      { da: 'Hvilke belastninger kan lettes?', en: 'Which strains can be eased?' },
      { da: 'Hvilke ressourcer kan der skrues op for?', en: 'Which resources can be turned up?' },
    ],
  },

  // ─── The leader version of the balance scale ("ledervægten") ────────────────────────

  strains: [
    {
      key: 'cross-pressure',
      side: 'strain',
      title: { da: 'Krydspres', en: 'Cross-pressure' },
      explanation: {
        da: 'Ledere skal skabe resultater i en kontekst præget af til tider kraftige krydspres mellem fx mange krav, begrænset tid og høje forventninger fra lederen selv og fra omgivelserne. Mange belastninger er de samme som for andre ansatte, men krydspresset kan være særligt for ledere.',
        en: 'Leaders must deliver results in a context marked by at times strong cross-pressure between, for example, many demands, limited time and high expectations from the leaders themselves and from those around them. Many strains are the same as for other employees, but cross-pressure can be particular to leaders.',
      },
      details: [
        { da: 'Forventninger vs. ressourcer', en: 'Expectations vs. resources' },
        { da: 'Udvikling vs. drift', en: 'Development vs. day-to-day operations' },
        { da: 'Planlægning vs. fleksibilitet', en: 'Planning vs. flexibility' },
        { da: 'Forskellige interessenter og aktører', en: 'Different stakeholders and actors' },
      ],
      themeKey: 'influence-autonomy',
    },
    {
      key: 'workload-boundarylessness',
      side: 'strain',
      title: { da: 'Stor arbejdsmængde og grænseløshed', en: 'Heavy workload and blurred boundaries' },
      explanation: {
        da: 'Ledere oplever en høj grad af grænseløshed i ledelsesopgaven – i tid og rum, i kvalitet og i kvantitet. Det stiller krav, dels til lederens egen evne til at sætte grænser og afstemme forventninger, dels til omgivelsernes evne til at bidrage til prioritering og rammesætning af forventninger.',
        en: "Leaders experience a high degree of boundarylessness in the leadership task – in time and place, in quality and in quantity. This makes demands both on the leader's own ability to set limits and align expectations, and on the ability of those around them to help prioritise and frame expectations.",
      },
      details: [
        { da: 'I tid og rum: hvor som helst og når som helst', en: 'In time and place: anywhere, any time' },
        { da: 'I kvalitet: det kan altid blive bedre', en: 'In quality: it can always be better' },
        { da: 'I kvantitet: der er altid mere at gøre', en: 'In quantity: there is always more to do' },
      ],
      themeKey: 'recovery-reflection',
    },
    {
      key: 'complexity',
      side: 'strain',
      title: { da: 'Høj kompleksitet', en: 'High complexity' },
      explanation: {
        da: 'Høj kompleksitet er en af de typiske belastninger i det psykiske arbejdsmiljø, og ledelsesopgaven er ofte kompleks. Når ressourcerne slår til, kan kompleksiteten i stedet være en motiverende udfordring.',
        en: 'High complexity is one of the typical strains in the psychosocial working environment, and the leadership task is often complex. When the resources are sufficient, complexity can instead be a motivating challenge.',
      },
      details: [],
      themeKey: 'influence-autonomy',
    },
    {
      key: 'difficult-relational-work',
      side: 'strain',
      title: { da: 'Vanskeligt relationsarbejde', en: 'Difficult relational work' },
      explanation: {
        da: 'Opgaver i personaleledelsen udfordrer ind imellem relationerne og stiller høje følelsesmæssige krav til lederen. Det samme kan medarbejderes ofte forskellige forventninger til ledelsesform og rammer.',
        en: "Tasks in people management sometimes put relationships under strain and make high emotional demands on the leader. So can employees' often differing expectations of leadership style and frameworks.",
      },
      details: [],
      themeKey: 'support-sparring',
    },
  ],

  resources: [
    {
      key: 'influence-autonomy',
      side: 'resource',
      title: { da: 'Indflydelse og autonomi', en: 'Influence and autonomy' },
      explanation: {
        da: 'Ledere er motiveret af at have indflydelse og at lykkes i de forventninger, der bliver stillet til dem. Det vigtige er mulighed for indflydelse og tilpas autonomi, så der er plads til lederens egen prægning.',
        en: "Leaders are motivated by having influence and by succeeding in meeting the expectations placed on them. What matters is the opportunity for influence and the right degree of autonomy, leaving room for the leader's own imprint.",
      },
      details: [],
      themeKey: 'influence-autonomy',
    },
    {
      key: 'motivating-challenges',
      side: 'resource',
      title: { da: 'Motiverende udfordringer og kompleksitet', en: 'Motivating challenges and complexity' },
      explanation: {
        da: 'Ledere har ofte en gejst for at gøre en forskel i forhold til kerneopgaven, medarbejderne og udviklingen af den fælles opgaveløsning. Udfordringer er en motivationsfaktor.',
        en: 'Leaders often have a drive to make a difference for the core task, for the employees and for developing how the work is done together. Challenges are a source of motivation.',
      },
      details: [],
      themeKey: 'influence-autonomy',
    },
    {
      key: 'clear-leadership-space',
      side: 'resource',
      title: { da: 'Klart ledelsesrum', en: 'A clear leadership space' },
      explanation: {
        da: 'Et afklaret ledelsesrum, hvor lederen ved "hvad der ligger hos mig, hvad jeg skal og hvad jeg ikke skal" – og som samtidig er tilpas fleksibelt til, at der er mulighed for indflydelse og egen prægning. Det er med til at skabe mening i ledelsesarbejdet.',
        en: 'A clarified leadership space in which the leader knows "what lies with me, what I must do and what I must not do" – and which is at the same time flexible enough to leave room for influence and a personal imprint. This helps create meaning in the work of leading.',
      },
      details: [],
      themeKey: 'influence-autonomy',
    },
    {
      key: 'psychological-safety-trust',
      side: 'resource',
      title: { da: 'Psykologisk tryghed og tillid', en: 'Psychological safety and trust' },
      explanation: {
        da: 'Det skal være muligt og legitimt at tale frit om det psykiske arbejdsmiljø og om fejl, idéer, tvivl, dilemmaer og uenigheder i ledelsesopgaven. Samarbejdet skal også have et menneskeligt ansigt, så man "tør tage sig selv med på arbejde".',
        en: 'It must be possible and legitimate to speak freely about the psychosocial working environment and about mistakes, ideas, doubts, dilemmas and disagreements in the leadership task. Collaboration must also have a human face, so that you "dare to bring yourself to work".',
      },
      details: [],
      themeKey: 'psychological-safety-trust',
    },
    {
      key: 'recovery-reflection',
      side: 'resource',
      title: { da: 'Restitution og refleksion', en: 'Recovery and reflection' },
      explanation: {
        da: 'Restitution handler om at skabe et pusterum fra presset, mens refleksion handler om at skabe et rum for at tænke over og drøfte situationer, dilemmaer og tvivl. Begge dele kræver tid og rum, både i arbejdet og mellem arbejdet og det øvrige liv.',
        en: 'Recovery is about creating a breathing space from the pressure, while reflection is about creating room to think about and discuss situations, dilemmas and doubts. Both take time and space, both during work and between work and the rest of life.',
      },
      details: [],
      themeKey: 'recovery-reflection',
    },
    {
      key: 'support-sparring',
      side: 'resource',
      title: { da: 'Støtte og sparring', en: 'Support and sparring' },
      explanation: {
        da: 'Professionel, faglig, ledelsesmæssig og social støtte er vigtig for at lykkes med opgaven og håndtere presset. Især nærmeste leder og ledelsesgruppen er vigtige kilder – suppleret af fx lederkolleger, netværk, mentor, HR-partner eller ekstern coach.',
        en: 'Professional, subject-matter, managerial and social support is important for succeeding with the task and handling the pressure. Your immediate manager and your management team are particularly important sources – supplemented by, for example, fellow leaders, networks, a mentor, an HR partner or an external coach.',
      },
      details: [],
      themeKey: 'support-sparring',
    },
    {
      key: 'good-relations',
      side: 'resource',
      title: { da: 'Gode relationer', en: 'Good relationships' },
      explanation: {
        da: 'Ledernes relationer er afgørende for deres trivsel og resultater – især relationerne til nærmeste leder, ledergruppen og egne medarbejdere. Godt samarbejde, god kommunikation og gode relationer er blandt de vigtigste faktorer for et godt psykisk arbejdsmiljø.',
        en: "Leaders' relationships are decisive for their wellbeing and results – especially their relationships with their immediate manager, their management team and their own employees. Good collaboration, good communication and good relationships are among the most important factors for a good psychosocial working environment.",
      },
      details: [
        { da: 'Til nærmeste leder', en: 'With your immediate manager' },
        { da: 'Til ledergruppen', en: 'With your management team' },
        { da: 'Til egne medarbejdere', en: 'With your own employees' },
      ],
      themeKey: 'psychological-safety-trust',
    },
  ],

  // ─── The four themes: "Fra belastning til konstruktivt krydspres" ───────────────────

  themes: [
    {
      key: 'influence-autonomy',
      title: { da: 'Indflydelse og autonomi', en: 'Influence and autonomy' },
      explanation: {
        da: 'Ledere er motiveret af at have indflydelse og at lykkes i de forventninger, der bliver stillet til dem. Samtidig har de ofte en gejst for at gøre en forskel i forhold til kerneopgaven, medarbejderne og i forhold til at udvikle på den fælles opgaveløsning. Her er det vigtigt at have et ledelsesrum, hvor man kan handle og bringe sig selv i spil som leder. Ledelsesrummet skal være afklaret, sådan at lederen ved "hvad der ligger hos mig, hvad jeg skal og hvad jeg ikke skal" – og samtidig så tilpas fleksibelt, at der er mulighed for indflydelse og lederens egen prægning. Dette er med til at skabe mening i ledelsesarbejdet.',
        en: 'Leaders are motivated by having influence and by succeeding in meeting the expectations placed on them. At the same time, they often have a drive to make a difference for the core task and the employees, and to develop how the work is done together. This calls for a leadership space in which you can act and bring yourself into play as a leader. The leadership space must be clarified, so that the leader knows "what lies with me, what I must do and what I must not do" – and at the same time be flexible enough to leave room for influence and for the leader\'s own imprint. This helps create meaning in the work of leading.',
      },
      keyPoints: [
        { da: 'Udfordringer som motivationsfaktor', en: 'Challenges as a source of motivation' },
        { da: 'Afklaret ledelsesrum', en: 'A clarified leadership space' },
        { da: 'Mulighed for indflydelse', en: 'The opportunity for influence' },
        { da: 'Tilpas autonomi', en: 'The right degree of autonomy' },
      ],
      questions: [
        {
          key: 'theme.influence-autonomy.q1',
          text: {
            da: 'Hvad tænder gejsten hos jer hver især som ledere?',
            en: 'What sparks your drive, each of you, as leaders?',
          },
          origin: 'seed',
        },
        {
          key: 'theme.influence-autonomy.q2',
          text: {
            da: 'Hvordan arbejder I med at afklare ledelsesrummet?',
            en: 'How do you work on clarifying the leadership space?',
          },
          origin: 'seed',
        },
      ],
    },
    {
      key: 'psychological-safety-trust',
      title: { da: 'Psykologisk tryghed og tillid', en: 'Psychological safety and trust' },
      explanation: {
        da: 'Godt samarbejde, god kommunikation og gode relationer er blandt de vigtigste faktorer for at have et godt psykisk arbejdsmiljø. Den professionelle og faglige relation er det væsentligste i lederes samarbejdsrum, men det skal også have et menneskeligt ansigt, så man "tør tage sig selv med på arbejde". Blandt andet skal det være muligt og legitimt at tale frit om det psykiske arbejdsmiljø og om fejl, idéer, tvivl, dilemmaer og uenigheder i forhold til ledelsesopgaven. Den slags åbenhed kan være udfordret fx af konkurrence imellem lederkolleger og af magtforholdet mellem lederen og lederens egen leder. Det er på den ene side naturligt, men på den anden side en vigtig grund til at arbejde løbende og systematisk for at etablere og vedligeholde et sundt samarbejdsklima. Både ledelsesgruppen og leder af ledere er vigtige for at kunne skabe dette klima, ligesom der kan være brug for, at det gøres til et fælles tema i den samlede organisation, fx via topledelsesfokus og indsatser i AMO/SU/MED og HR/HS. Den enkelte leder har også et ansvar for at medvirke, fx ved selv at være en åben og hjælpsom kollega.',
        en: 'Good collaboration, good communication and good relationships are among the most important factors for a good psychosocial working environment. The professional relationship is the most important thing in leaders\' space for collaboration, but it must also have a human face, so that you "dare to bring yourself to work". Among other things, it must be possible and legitimate to speak freely about the psychosocial working environment and about mistakes, ideas, doubts, dilemmas and disagreements in the leadership task. This kind of openness can be challenged, for example, by competition between fellow leaders and by the power relationship between leaders and their own manager. On the one hand this is natural; on the other, it is an important reason to work continuously and systematically to establish and maintain a healthy climate of collaboration. Both the management team and the manager of leaders are important for creating this climate, and it may also need to become a shared theme across the whole organisation, for example through top-management focus and initiatives in the works council, co-determination and health and safety bodies (AMO/SU/MED) and HR. Each leader also has a responsibility to contribute, for example by being an open and helpful colleague.',
      },
      keyPoints: [
        { da: 'Åben og ærlig dialog om fejl, idéer, tvivl, dilemmaer og uenigheder', en: 'Open and honest dialogue about mistakes, ideas, doubts, dilemmas and disagreements' },
        { da: 'Åben og ærlig dialog om både belastning og begejstring i ledelsesarbejdet', en: 'Open and honest dialogue about both the strain and the enthusiasm in the work of leading' },
        { da: 'Systematisk og løbende indsats i hele virksomheden', en: 'A systematic and continuous effort throughout the organisation' },
      ],
      questions: [
        {
          key: 'theme.psychological-safety-trust.q1',
          text: {
            da: 'Hvor ofte og hvordan taler I om jeres egne fejl og tvivl i jeres ledelsesgruppe?',
            en: 'How often and how do you talk about your own mistakes and doubts in your management team?',
          },
          origin: 'seed',
        },
        {
          key: 'theme.psychological-safety-trust.q2',
          text: {
            da: 'Og hvad med uenigheder – hvordan taler I om dem i ledelsesgruppen?',
            en: 'And what about disagreements – how do you talk about them in the management team?',
          },
          origin: 'adapted',
        },
      ],
    },
    {
      key: 'recovery-reflection',
      title: { da: 'Restitution og refleksion', en: 'Recovery and reflection' },
      explanation: {
        da: 'Restitution og refleksion er afgørende for både at trives og lykkes godt med ledelsesopgaven. Restitution handler om at skabe et pusterum fra presset, mens refleksion handler om at skabe et rum for at tænke over og drøfte situationer, dilemmaer og tvivl. Dette kræver tid og rum, både i arbejdet og mellem arbejdet og det øvrige liv. Det kræver også sparring, som er et markant og vigtigt behov for ledere. Samtidig oplever ledere en høj grad af grænseløshed i ledelsesopgaven – i tid og rum: hvor som helst og når som helst, i kvalitet: det kan altid blive bedre, og i kvantitet: der er altid mere at gøre. Dette stiller krav, dels til lederens egen evne til at sætte grænser og afstemme forventninger i forhold til sin opgave, og dels til omgivelsernes evne til at bidrage til prioritering og rammesætning af forventninger.',
        en: "Recovery and reflection are essential both for thriving and for succeeding with the leadership task. Recovery is about creating a breathing space from the pressure, while reflection is about creating room to think about and discuss situations, dilemmas and doubts. This takes time and space, both during work and between work and the rest of life. It also takes sparring with others, which is a marked and important need for leaders. At the same time, leaders experience a high degree of boundarylessness in the leadership task – in time and place: anywhere, any time; in quality: it can always be better; and in quantity: there is always more to do. This makes demands both on the leader's own ability to set limits and align expectations about their task, and on the ability of those around them to help prioritise and frame expectations.",
      },
      keyPoints: [
        { da: 'Klare og realistiske prioriteringer i hele virksomheden', en: 'Clear and realistic priorities throughout the organisation' },
        {
          da: 'Muligheder for restitution i løbet af arbejdsdagen (pauser og mellemrum) og mellem arbejdsdage (aftener, weekender, ferier)',
          en: 'Opportunities for recovery during the working day (breaks and gaps) and between working days (evenings, weekends, holidays)',
        },
        { da: 'Muligheder for sparring, gerne både indenfor og udenfor organisationen', en: 'Opportunities for sparring, preferably both inside and outside the organisation' },
      ],
      questions: [
        {
          key: 'theme.recovery-reflection.q1',
          text: {
            da: 'Hvordan er kulturen for pauser og forventningen til lederes tilgængelighed uden for almindelig arbejdstid hos jer?',
            en: "What is the culture around breaks, and what are the expectations of leaders' availability outside normal working hours, where you work?",
          },
          origin: 'adapted',
        },
      ],
    },
    {
      key: 'support-sparring',
      title: { da: 'Støtte og sparring', en: 'Support and sparring' },
      explanation: {
        da: 'Ledere oplever ofte at stå alene med en vanskelig opgave, og til tider kan de stå med et stort psykisk pres. Det er derfor vigtigt med professionel, faglig, ledelsesmæssig og social støtte for at lykkes med opgaven og håndtere presset. Dette kan udfordres af, at både ledere selv og deres omgivelser har tendens til at undervurdere eller underprioritere behovet. Støtte og sparring kan foregå både formelt og uformelt, og det er gavnligt at have adgang til flere forskellige støttende relationer. Især lederens egen nærmeste leder og ledelsesgruppe er vigtige kilder, og det er derfor gavnligt at have en vis systematik og formalitet omkring det, fx i form af jævnlige fokuserede dialoger med fokus på opgaver, udfordringer og trivsel. Disse kan så suppleres af mere uformel støtte og sparring i dagligdagen. Andre kilder kan være lederkolleger fra andre dele af organisationen, en netværksgruppe, en intern mentor eller HR-partner eller en ekstern coach. De kan være særligt vigtige, hvis ledergruppen er meget lille, meget spredt eller præget af problemer i det indbyrdes samarbejde.',
        en: "Leaders often find themselves alone with a difficult task, and at times they may be under heavy psychological pressure. Professional, subject-matter, managerial and social support is therefore important for succeeding with the task and handling the pressure. This can be undermined by the tendency of both leaders themselves and those around them to underestimate or deprioritise the need. Support and sparring can be formal or informal, and it helps to have access to several different supportive relationships. The leader's own immediate manager and management team are particularly important sources, so it helps to have some system and formality around it, for example regular focused conversations about tasks, challenges and wellbeing. These can then be supplemented by more informal support and sparring in everyday work. Other sources can be fellow leaders from other parts of the organisation, a network group, an internal mentor or HR partner, or an external coach. They can be especially important if the management team is very small, very spread out or troubled by problems in its collaboration.",
      },
      keyPoints: [
        { da: 'Adgang til støtte og sparring både internt og eksternt', en: 'Access to support and sparring both internally and externally' },
        { da: 'Jævnlig og fokuseret sparring med nærmeste leder og ledelsesgruppe', en: 'Regular and focused sparring with the immediate manager and the management team' },
        { da: 'Adgang til både formel og uformel støtte', en: 'Access to both formal and informal support' },
      ],
      questions: [
        {
          key: 'theme.support-sparring.q1',
          text: {
            da: 'Hvilke muligheder for støtte og sparring er der hos jer?',
            en: 'What opportunities for support and sparring do you have?',
          },
          origin: 'adapted',
        },
        {
          key: 'theme.support-sparring.q2',
          text: {
            da: 'Bruger I de muligheder for støtte og sparring, der er?',
            en: 'Do you make use of the opportunities for support and sparring that exist?',
          },
          origin: 'adapted',
        },
      ],
    },
  ],

  // ─── "Opsamlende dialog" beside the leader balance scale ─────────────────────────────

  summaryQuestions: [
    {
      key: 'summary.balance-now',
      text: { da: 'Hvordan er balancen lige nu og her?', en: 'How is the balance right here and now?' },
      origin: 'seed',
    },
    {
      key: 'summary.turn-down-strains',
      text: {
        da: 'Er der belastninger, der er brug for at skrue ned for?',
        en: 'Are there strains that need to be turned down?',
      },
      origin: 'seed',
    },
    {
      key: 'summary.turn-up-resources',
      text: {
        da: 'Er der ressourcer, der er brug for at skrue op for?',
        en: 'Are there resources that need to be turned up?',
      },
      origin: 'adapted',
    },
    {
      key: 'summary.evenly-distributed',
      text: {
        da: 'Er belastninger og ressourcer jævnt fordelt i gruppen – for tiden og generelt?',
        en: 'Are strains and resources evenly distributed in the group – at the moment and in general?',
      },
      origin: 'seed',
    },
    {
      key: 'summary.model-fits',
      text: { da: 'Passer ledervægten?', en: 'Does the leader balance scale fit you?' },
      origin: 'seed',
    },
    {
      key: 'summary.particularly-at-play',
      text: {
        da: 'Hvilke belastninger og ressourcer er særligt på spil hos os?',
        en: 'Which strains and resources are particularly at play here?',
      },
      origin: 'seed',
    },
    {
      key: 'summary.missing-from-model',
      text: {
        da: 'Mangler der noget i modellen som er vigtigt her hos os?',
        en: 'Is anything missing from the model that matters here?',
      },
      origin: 'seed',
    },
  ],

  // ─── The leader's relations ──────────────────────────────────────────────────────────

  relationsIntro: {
    title: { da: 'Vigtigheden af lederens relationer', en: "The importance of the leader's relationships" },
    text: {
      da: 'Alle relationerne har betydning, både for løsning af ledelsesopgaven og for lederens arbejdsmiljø og trivsel.',
      en: "All the relationships matter, both for carrying out the leadership task and for the leader's working environment and wellbeing.",
    },
  },

  relations: [
    {
      key: 'up',
      title: { da: 'Op mod egen leder', en: 'Up towards your own manager' },
      description: {
        da: 'Relationen til din nærmeste leder. Undersøgelsen af lederes arbejdsmiljø viser, at den sammen med relationen ind i egen ledelsesgruppe er umiddelbart vigtigst for lederes trivsel – og den er en vigtig kilde til støtte og sparring.',
        en: "The relationship with your immediate manager. The study of leaders' working environment shows that, together with the relationship within your own management team, it matters most directly for leaders' wellbeing – and it is an important source of support and sparring.",
      },
      origin: 'adapted',
    },
    {
      key: 'inward',
      title: { da: 'Ind mod én selv', en: 'Inward towards yourself' },
      description: {
        da: 'Relationen til dig selv som leder: dine egne forventninger til dig selv, din evne til at sætte grænser og afstemme forventninger, og hvordan du passer på dig selv.',
        en: 'Your relationship with yourself as a leader: your expectations of yourself, your ability to set limits and align expectations, and how you take care of yourself.',
      },
      origin: 'ledertrivsel',
    },
    {
      key: 'out',
      title: { da: 'Ud mod borgerne/kunderne', en: 'Out towards citizens/customers/users' },
      description: {
        da: 'Relationen ud mod de borgere, kunder eller brugere, som kerneopgaven løses for. Ledere har ofte en gejst for at gøre en forskel for kerneopgaven, og forskellige interessenter og aktører er samtidig en del af krydspresset.',
        en: 'The relationship with the citizens, customers or users the core task is carried out for. Leaders often have a drive to make a difference for the core task, while different stakeholders and actors are also part of the cross-pressure.',
      },
      origin: 'ledertrivsel',
    },
    {
      key: 'team',
      title: { da: 'Ind i teamet', en: 'Into your own team' },
      description: {
        da: 'Relationen til dit eget team og dine medarbejdere. Den kan være en ressource, både relationelt og i forhold til delegering af vigtige opgaver og delansvar. Den kan også rumme krav og belastninger, fx medarbejdernes ofte forskellige forventninger til ledelsesform og rammer og opgaver i personaleledelsen, der stiller høje følelsesmæssige krav.',
        en: "The relationship with your own team and employees. It can be a resource, both relationally and for delegating important tasks and shared responsibility. It can also bring demands and strains, for example employees' often differing expectations of leadership style and frameworks, and people-management tasks that make high emotional demands.",
      },
      origin: 'adapted',
    },
    {
      key: 'management',
      title: { da: 'Som en del af ledelsen', en: 'As part of the management team' },
      description: {
        da: 'Relationen ind i den ledelsesgruppe, du er en del af. Sammen med relationen til nærmeste leder er den umiddelbart vigtigst for lederes trivsel. Åbenheden kan fx udfordres af konkurrence imellem lederkolleger.',
        en: "The relationship within the management team you are part of. Together with the relationship with your immediate manager, it matters most directly for leaders' wellbeing. Openness can be challenged by, for example, competition between fellow leaders.",
      },
      origin: 'adapted',
    },
    {
      key: 'across',
      title: { da: 'På tværs', en: 'Across the organisation' },
      description: {
        da: 'Relationerne på tværs til lederkolleger og andre i resten af organisationen. Organisationen som helhed har betydning for den bredere kontekst, dynamik og kultur, som lederen bevæger sig og skal trives i, og lederkolleger fra andre dele af organisationen kan være en kilde til støtte og sparring.',
        en: 'Relationships across the organisation, with fellow leaders and others. The organisation as a whole shapes the wider context, dynamics and culture in which the leader works and has to thrive, and fellow leaders from other parts of the organisation can be a source of support and sparring.',
      },
      origin: 'adapted',
    },
  ],

  // ─── Roles and responsibilities in strengthening leaders' wellbeing ────────────────

  roles: [
    {
      key: 'top-management',
      title: { da: 'Topledelsen', en: 'Top management' },
      responsibilities: [
        {
          da: 'Tage ansvar for ledelsens psykiske arbejdsmiljø.',
          en: "Take responsibility for the management's psychosocial working environment.",
        },
        { da: 'Tage funktionen som rollemodeller alvorligt.', en: 'Take the role-model function seriously.' },
        {
          da: 'Understøtte, at lederne passer på sig selv og hinanden.',
          en: 'Support leaders in taking care of themselves and each other.',
        },
        {
          da: 'Efterspørge løbende status og stille ressourcer til rådighed.',
          en: 'Ask for regular status updates and make resources available.',
        },
      ],
    },
    {
      key: 'hr',
      title: { da: 'HR og interne konsulenter', en: 'HR and internal consultants' },
      responsibilities: [
        {
          da: 'Understøtte ledernes psykiske arbejdsmiljø.',
          en: "Support leaders' psychosocial working environment.",
        },
        {
          da: 'Synliggøre, hvordan det kan løftes i organisationen.',
          en: 'Make visible how it can be improved in the organisation.',
        },
        {
          da: 'Sikre, at der er kapacitet til at implementere beslutninger om lederes psykiske arbejdsmiljø.',
          en: "Ensure there is capacity to implement decisions about leaders' psychosocial working environment.",
        },
      ],
    },
    {
      key: 'med-amo',
      title: {
        da: 'MED eller SU & AMO',
        en: 'Co-determination bodies (MED, or the works council SU and the health and safety organisation AMO)',
      },
      responsibilities: [
        {
          da: 'Indgå i samarbejdet om at sikre og løfte lederes psykiske arbejdsmiljø på arbejdspladsen.',
          en: "Take part in the joint work to secure and improve leaders' psychosocial working environment at the workplace.",
        },
        {
          da: 'Se det i sammenhæng med det samlede fokus på arbejdsmiljøet i organisationen.',
          en: "See it in the context of the organisation's overall focus on the working environment.",
        },
      ],
    },
    {
      key: 'managers-of-leaders',
      title: { da: 'Ledere af ledere', en: 'Managers of leaders' },
      responsibilities: [
        {
          da: 'Pas godt på lederne i din del af organisationen og på dig selv.',
          en: 'Take good care of the leaders in your part of the organisation, and of yourself.',
        },
        { da: 'Vær bevidst om din funktion som rollemodel.', en: 'Be aware of your function as a role model.' },
        {
          da: 'Sørg for at kommunikere klart om prioriteringer og forventninger.',
          en: 'Make sure to communicate clearly about priorities and expectations.',
        },
        { da: 'Lyt til lederne og organisationen.', en: 'Listen to the leaders and the organisation.' },
      ],
    },
    {
      key: 'leaders',
      title: { da: 'Ledere af medarbejdere', en: 'Leaders of employees' },
      responsibilities: [
        {
          da: 'Har ansvar for at skabe resultater og trivsel i din egen enhed.',
          en: 'You are responsible for creating results and wellbeing in your own unit.',
        },
        {
          da: 'Pas på dig selv, og tænk på, hvordan du bidrager til en god ledelseskultur.',
          en: 'Take care of yourself, and consider how you contribute to a good leadership culture.',
        },
        {
          da: 'Vær opmærksom på egne medarbejdere og især på nøglemedarbejdere, der står i en uformel ledelsesrolle.',
          en: 'Pay attention to your own employees, especially key employees who hold an informal leadership role.',
        },
      ],
    },
  ],

  // ─── The three steps of the introduction ─────────────────────────────────────────────

  // "I alle tre dele af introduktionsværktøjet indgår der dialogspørgsmål:" — the seed's three kinds.
  dialogueKinds: [
    { key: 'conditions', title: { da: 'Om forholdene hos jer', en: 'About the conditions where you are' } },
    { key: 'who-can-do-what', title: { da: 'Om hvem der kan gøre hvad', en: 'About who can do what' } },
    { key: 'where-to-start', title: { da: 'Om hvor I med fordel kan starte', en: 'About where you could best start' } },
  ],

  // Every step holds all three kinds. The seed gives step 1's in its summary text ("hvordan I ser
  // på lederes arbejdsmiljø, hvordan det går hos jer, og hvor I kunne tage fat") and step 2's
  // beside the roles; where it gives none, the question is ours and marked so. Keys are stable:
  // 'intro.tools.where-to-start' keeps its key from when it sat in step 3, as notes refer to it.
  introductionSteps: [
    {
      key: 'knowledge',
      number: 1,
      label: { da: 'Viden om ledertrivsel', en: "Knowledge about leaders' wellbeing" },
      title: { da: 'Introduktion til viden om ledertrivsel', en: "Introduction to knowledge about leaders' wellbeing" },
      summary: {
        da: 'Få viden om ledertrivsel og en model til at drøfte balancen mellem belastninger og ressourcer. Ledervægten viser, at mange af de grundlæggende belastninger er de samme som for andre ansatte – men at krydspresset kan være særligt for ledere, og at ressourcerne kan formuleres mere med henblik på lederes vilkår og arbejdsmiljø.',
        en: "Gain knowledge about leaders' wellbeing and a model for discussing the balance between strains and resources. The leader balance scale shows that many of the basic strains are the same as for other employees – but that cross-pressure can be particular to leaders, and that the resources can be phrased more specifically for leaders' conditions and working environment.",
      },
      dialogue: {
        conditions: [
          {
            key: 'intro.knowledge.how-do-you-see',
            text: { da: 'Hvordan ser I på lederes arbejdsmiljø og trivsel?', en: "How do you see leaders' working environment and wellbeing?" },
            origin: 'adapted',
          },
          {
            key: 'intro.knowledge.how-is-it-going',
            text: { da: 'Hvordan går det med lederes trivsel hos jer?', en: "How are things going with leaders' wellbeing in your organisation?" },
            origin: 'adapted',
          },
        ],
        'who-can-do-what': [
          {
            key: 'intro.knowledge.who-can-help',
            text: {
              da: 'Hvem kan være med til at lette de belastninger og styrke de ressourcer, I har talt om?',
              en: 'Who can help ease the strains and strengthen the resources you have talked about?',
            },
            origin: 'ledertrivsel',
          },
        ],
        'where-to-start': [
          {
            key: 'intro.tools.where-to-start',
            text: { da: 'Hvor kunne I tage fat, hvis I vil videre?', en: 'Where could you start if you want to take this further?' },
            origin: 'adapted',
          },
        ],
      },
    },
    {
      key: 'organisational-frame',
      number: 2,
      label: { da: 'Metode til forankring', en: 'A method for embedding' },
      title: { da: 'En organisatorisk ramme for indsatsen', en: 'An organisational framework for the effort' },
      summary: {
        da: 'En ramme for at arbejde med lederes trivsel, der tænker flere niveauer med. I forhold til lederes trivsel kan det være særligt vigtigt at afklare roller og ansvar i organisationen og på de forskellige ledelsesniveauer.',
        en: "A framework for working with leaders' wellbeing that takes several levels into account. When it comes to leaders' wellbeing, it can be particularly important to clarify roles and responsibilities in the organisation and at the different levels of management.",
      },
      dialogue: {
        conditions: [
          {
            key: 'intro.frame.already-doing',
            text: { da: 'Hvad gør vi allerede som støtter lederes trivsel hos os?', en: "What are we already doing that supports leaders' wellbeing here?" },
            origin: 'seed',
          },
        ],
        'who-can-do-what': [
          {
            key: 'intro.frame.who-can-do-what',
            text: {
              da: 'Hvem kan gøre hvad for at sikre en bedre balance og ledertrivsel fremover?',
              en: "Who can do what to secure a better balance and leaders' wellbeing going forward?",
            },
            origin: 'seed',
          },
        ],
        'where-to-start': [
          {
            key: 'intro.frame.where-to-start',
            text: {
              da: 'Hvilket ledelsesniveau eller hvilken rolle kan med fordel gå forrest – og med hvad?',
              en: 'Which level of management or which role could best go first – and with what?',
            },
            origin: 'ledertrivsel',
          },
        ],
      },
    },
    {
      key: 'tools',
      number: 3,
      label: { da: 'Værktøjer til at komme i gang', en: 'Tools to get started' },
      title: { da: 'Værktøjer til at komme i gang', en: 'Tools to get started' },
      summary: {
        da: 'Tre værktøjer giver jer konkret hjælp til arbejdet med at styrke lederes trivsel og resultater. I kan arbejde for at styrke lederens relationer med de tre værktøjer.',
        en: "Three tools give you practical help with strengthening leaders' wellbeing and results. You can use the three tools to strengthen the leader's relationships.",
      },
      dialogue: {
        conditions: [
          {
            key: 'intro.tools.relations-now',
            text: {
              da: 'Hvordan står det til med lederens relationer hos jer – til nærmeste leder, til ledergruppen og til én selv?',
              en: "How are the leader's relationships where you are – with the immediate manager, with the management team and with oneself?",
            },
            origin: 'ledertrivsel',
          },
        ],
        'who-can-do-what': [
          {
            key: 'intro.tools.who-takes-part',
            text: {
              da: 'Hvem skal være med, når I tager et værktøj i brug – og hvem tager initiativet?',
              en: 'Who should take part when you start using a tool – and who takes the initiative?',
            },
            origin: 'ledertrivsel',
          },
        ],
        'where-to-start': [
          {
            key: 'intro.tools.which-relations',
            text: {
              da: 'Hvilke af lederens relationer er det vigtigst at styrke hos jer lige nu?',
              en: "Which of the leader's relationships is it most important to strengthen in your organisation right now?",
            },
            origin: 'ledertrivsel',
          },
          {
            key: 'intro.tools.which-tool',
            text: { da: 'Hvilket af de tre værktøjer kan I med fordel starte med?', en: 'Which of the three tools would it be best to start with?' },
            origin: 'ledertrivsel',
          },
        ],
      },
    },
  ],

  // ─── The three tools of the series ───────────────────────────────────────────────────

  followUpTools: [
    {
      key: 'tool-1',
      number: 1,
      title: {
        da: 'Styrk lederens dialog med nærmeste leder',
        en: "Strengthen the leader's dialogue with their immediate manager",
      },
      summary: {
        da: 'Sæt fokus på mål og trivsel. Værktøjet styrker relationen op mod egen leder og ind mod én selv gennem jævnlige, fokuserede dialoger mellem lederen og nærmeste leder. Hent værktøjet på godtarbejdsmiljo.dk/lederdialog.',
        en: 'Focus on goals and wellbeing. The tool strengthens the relationship up towards your own manager and inward towards yourself through regular, focused conversations between the leader and their immediate manager. Get the tool (in Danish) at godtarbejdsmiljo.dk/lederdialog.',
      },
      // Adapted from the model's summary dialogue and the relations "up" and "inward": the seed
      // names tool 1's focus (goals and wellbeing) but leaves its questions to the tool itself.
      questions: [
        {
          key: 'tool-1.balance-now',
          text: { da: 'Hvordan er din balance mellem belastninger og ressourcer lige nu?', en: 'How is your balance between strains and resources right now?' },
          origin: 'ledertrivsel',
        },
        {
          key: 'tool-1.turn-down',
          text: {
            da: 'Hvilke belastninger kan vi sammen skrue ned for – og hvad kræver det af mig som din leder?',
            en: 'Which strains can we turn down together – and what does that take from me as your manager?',
          },
          origin: 'ledertrivsel',
        },
        {
          key: 'tool-1.turn-up',
          text: {
            da: 'Hvilke ressourcer kan vi skrue op for – fx sparring, tydelige rammer eller tid til refleksion?',
            en: 'Which resources can we turn up – for example sparring, a clear frame or time to reflect?',
          },
          origin: 'ledertrivsel',
        },
        {
          key: 'tool-1.goals',
          text: { da: 'Hænger dine mål sammen med den tid og de ressourcer, du har? Hvad skal prioriteres?', en: 'Do your goals match the time and resources you have? What should be prioritised?' },
          origin: 'ledertrivsel',
        },
        { key: 'tool-1.next-talk', text: { da: 'Hvad aftaler vi, og hvornår følger vi op?', en: 'What do we agree on, and when do we follow up?' }, origin: 'ledertrivsel' },
      ],
    },
    {
      key: 'tool-2',
      number: 2,
      title: { da: 'Skærp ledergruppens samarbejde', en: "Sharpen the management team's collaboration" },
      summary: {
        da: 'Sæt spot på jeres trivsel og resultater. Værktøjet styrker relationen som en del af ledelsen – samarbejdet og trygheden i ledergruppen. Hent værktøjet på godtarbejdsmiljo.dk/ledergruppen.',
        en: 'Put the spotlight on your wellbeing and results. The tool strengthens the relationship as part of the management team – the collaboration and safety within the team. Get the tool (in Danish) at godtarbejdsmiljo.dk/ledergruppen.',
      },
    },
    {
      key: 'tool-3',
      number: 3,
      title: { da: 'Skab en samlet plan for ledertrivsel', en: "Create an overall plan for leaders' wellbeing" },
      summary: {
        da: 'Sæt fokus på jeres virksomhed og resultater. Værktøjet ser på den samlede virksomhed og alle lederens relationer og samler indsatsen i én plan. Hent værktøjet på godtarbejdsmiljo.dk/ledertrivselsplan.',
        en: "Focus on your organisation and results. The tool looks at the organisation as a whole and all of the leader's relationships, and brings the effort together in one plan. Get the tool (in Danish) at godtarbejdsmiljo.dk/ledertrivselsplan.",
      },
    },
  ],

  // ─── Beside a leader's own balance ───────────────────────────────────────────────────

  personalReflectionQuestions: [
    {
      key: 'personal.balance-now',
      text: { da: 'Hvordan er din balance lige nu og her?', en: 'How is your balance right here and now?' },
      origin: 'adapted',
    },
    {
      key: 'personal.turn-down-strains',
      text: {
        da: 'Hvilke af dine belastninger kunne der skrues ned for?',
        en: 'Which of your strains could be turned down?',
      },
      origin: 'adapted',
    },
    {
      key: 'personal.turn-up-resources',
      text: {
        da: 'Hvilke af dine ressourcer kunne der skrues op for?',
        en: 'Which of your resources could be turned up?',
      },
      origin: 'adapted',
    },
    {
      key: 'personal.own-actions',
      text: {
        da: 'Hvad kan du selv gøre – fx sætte grænser, afstemme forventninger eller skabe pusterum?',
        en: 'What can you do yourself – for example set limits, align expectations or create breathing space?',
      },
      origin: 'ledertrivsel',
    },
    {
      key: 'personal.needs-from-others',
      text: {
        da: 'Hvad har du brug for fra andre – fx din nærmeste leder, din ledelsesgruppe, HR eller et netværk?',
        en: 'What do you need from others – for example your immediate manager, your management team, HR or a network?',
      },
      origin: 'ledertrivsel',
    },
  ],
};
