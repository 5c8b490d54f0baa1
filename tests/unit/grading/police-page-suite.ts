import type { GradeInput, Level } from '../../../lib/grading/grade';

/**
 * Comments a police department's page gets, one or more per level and per trap.
 * Written by us (invented, no real people). Only the threat head learns from it (its threats and
 * the rest, scripts/grading/threat-examples.ts). `npm run eval` reports the
 * accuracy per level on it, and police-page-suite.test.ts holds the engine to it.
 */
export type Trap =
  | 'direct-threat'
  | 'normative-threat'
  | 'counter-speech'
  | 'negation'
  | 'idiom'
  | 'news'
  | 'quoted-slur'
  | 'disguised-profanity'
  | 'spanish'
  | 'display-name';

export interface SuiteComment extends GradeInput {
  level: Level;
  trap?: Trap;
  /** Graded at another level today, and why: kept as a todo so the miss stays visible. */
  knownMiss?: string;
}

export const POLICE_PAGE_SUITE: SuiteComment[] = [
  // 8 Threatening: explicit, conditional, wished, intimidation, bombs, Spanish
  { text: "I'm going to kill the next officer who stops me.", level: 8, trap: 'direct-threat' },
  { text: "If you stop me again I'll put a bullet in you", level: 8, trap: 'direct-threat' },
  { text: 'if a cop touches my son again he wont make it home', level: 8, trap: 'direct-threat' },
  { text: 'We are gonna burn your station down tonight', level: 8, trap: 'direct-threat' },
  { text: 'I will find that deputy and beat him until he cant walk', level: 8, trap: 'direct-threat' },
  { text: 'Imma shoot the next pig that pulls me over', level: 8, trap: 'direct-threat' },
  { text: 'I know where you live, Officer Dalton', level: 8, trap: 'direct-threat' },
  { text: 'Watch your back officer. Your days are numbered', level: 8, trap: 'direct-threat' },
  { text: "There's a bomb in the precinct lobby, you have one hour", level: 8, trap: 'direct-threat' },
  { text: 'Every cop in this city deserves to die', level: 8, trap: 'normative-threat' },
  { text: 'Cops should all be shot', level: 8, trap: 'normative-threat' },
  { text: 'The officers involved should be hanged', level: 8, trap: 'normative-threat' },
  { text: 'Police officers need to be executed', level: 8, trap: 'normative-threat' },
  { text: 'I hope the officer who arrested my brother dies', level: 8, trap: 'normative-threat' },
  { text: 'Someone needs to take out that sergeant', level: 8, trap: 'normative-threat' },
  { text: 'Kill all cops', level: 8, trap: 'normative-threat' },
  { text: 'Te voy a matar si me vuelves a parar', level: 8, trap: 'spanish' },
  { text: 'Hay que matar a todos los policías', level: 8, trap: 'spanish' },
  { text: 'Sé dónde vives, oficial', level: 8, trap: 'spanish' },

  // Not threats: counter-speech, negation, idioms, news
  {
    text: 'Whoever wrote "cops should be shot" on the last post needs to be reported. Disgusting.',
    level: 2,
    trap: 'counter-speech',
  },
  {
    text: 'People saying officers deserve to die should be ashamed of themselves.',
    level: 2,
    trap: 'counter-speech',
  },
  {
    text: 'Threatening to kill police is never okay, no matter how angry you are.',
    level: 2,
    trap: 'counter-speech',
  },
  { text: 'Nobody should hurt officers, no matter what.', level: 2, trap: 'negation' },
  { text: 'No cop deserves to die on the job. Rest in peace Deputy Alvarez.', level: 2, trap: 'negation' },
  { text: 'Nadie debería hacerle daño a un policía.', level: 2, trap: 'negation' },
  { text: 'This traffic on Route 9 is killing me', level: 2, trap: 'idiom' },
  { text: 'You killed it at the parade today!', level: 1, trap: 'idiom' },
  { text: 'The K9 demo was the bomb, my kids loved it', level: 1, trap: 'idiom' },
  { text: "I'm dying to know when the next community meeting is", level: 3, trap: 'idiom' },
  {
    text: 'Police arrested the man who threatened to bomb the courthouse',
    level: 2,
    trap: 'news',
    knownMiss: 'graded 5 (a claim to check) by the level heads since batches 58-64 joined',
  },
  { text: 'A man was shot on Elm Street last night according to the news', level: 2, trap: 'news' },

  // 7 Offensive: profanity in disguise, insults, slurs, sexual, illegal activity, names
  { text: 'F*#K these pigs', level: 7, trap: 'disguised-profanity' },
  { text: 'f u c k the police', level: 7, trap: 'disguised-profanity' },
  { text: 'Fuuuuuck MPD', level: 7, trap: 'disguised-profanity' },
  { text: 'sh1t department full of a$$holes', level: 7, trap: 'disguised-profanity' },
  { text: 'What a bunch of b!tches', level: 7, trap: 'disguised-profanity' },
  { text: 'Oink oink, here comes the bacon', level: 7 },
  { text: "You're all a bunch of worthless scum", level: 7 },
  { text: 'Go back to Mexico you wetback cop', level: 7 },
  { text: 'Everyone go loot the stores on 5th street tonight', level: 7 },
  { text: 'Que se jodan los puercos', level: 7, trap: 'spanish' },
  { text: 'Nice job at the fair', author: 'FuckTheP0lice', level: 7, trap: 'display-name' },
  { text: 'Earn $500 a day working from home! DM me for details', level: 7 },
  { text: 'Officer Mills lives at 412 Birch Lane, go pay him a visit', level: 7 },

  // Quoting a slur to condemn it is not offensive
  {
    text: 'The officer called my son a "f*ggot" and nothing happened. Unacceptable.',
    level: 4,
    trap: 'quoted-slur',
  },
  { text: 'Using the word "retard" to describe people is not okay', level: 2, trap: 'quoted-slur' },

  // 6 Negative: bait
  { text: 'MPD, do you support the killing of unarmed people?', level: 6 },
  { text: "How many more innocent people have to die before you admit there's a problem?", level: 6 },
  { text: 'Why do cops always get away with it?', level: 6 },
  { text: 'Typical cops. Protect and serve my ass.', level: 6 },
  { text: 'ACAB', level: 6 },
  { text: 'Are you proud of what your officers did last night?', level: 6 },
  { text: 'When will you stop lying to the public?', level: 6 },
  { text: 'And people wonder why nobody trusts the police', level: 6 },
  { text: 'Is harassing teenagers part of your training?', level: 6 },

  // 5 Misguided: claims to check
  { text: 'MPD is arresting peaceful protesters', level: 5 },
  { text: 'The police covered up the shooting on 3rd Avenue', level: 5 },
  { text: "Everyone knows there's a ticket quota at the end of every month", level: 5 },
  { text: 'You guys are working with ICE to deport people', level: 5 },
  { text: 'The department spent the whole budget on new SUVs while schools go without', level: 5 },

  // 4 Concerned: genuine negative experiences
  { text: 'I went to file a report and the officer refused', level: 4 },
  { text: 'I called three times about the break-in and nobody came out', level: 4 },
  { text: "My car was stolen two weeks ago and I still haven't heard back from a detective", level: 4 },
  { text: 'The dispatcher hung up on me when I reported a drunk driver', level: 4 },
  { text: "There's drag racing on my street every night and I'm scared my kids will get hit", level: 4 },
  { text: 'I was pulled over for no reason and the officer was rude to me', level: 4 },

  // 3 Question
  { text: 'When will you be hiring again?', level: 3 },
  { text: 'How do I get a copy of an accident report', level: 3 },
  { text: 'Where is the lost and found for the parade?', level: 3 },
  { text: 'Is the Main Street bridge still closed?', level: 3 },
  { text: 'What time does National Night Out start', level: 3 },
  { text: 'Can I drop off unused medication at the station?', level: 3 },
  { text: '¿Dónde puedo recoger un reporte de accidente?', level: 3, trap: 'spanish' },
  { text: 'Anyone know if the station is open on Sunday', level: 3 },

  // 1 Positive
  { text: 'This is great, I Love MPD', level: 1 },
  { text: 'Thank you officers for keeping us safe during the storm', level: 1 },
  { text: 'Great job catching that guy!', level: 1 },
  { text: 'Proud of our police department', level: 1 },
  { text: 'God bless you all, stay safe out there', level: 1 },
  { text: 'Gracias por su servicio', level: 1, trap: 'spanish' },

  // 2 Neutral
  { text: 'Other departments should do this', level: 2 },
  { text: 'Posted in the neighborhood group too', level: 2 },
  { text: 'My cousin works in the records office', level: 2 },
  { text: 'The parade route goes down 5th Avenue this year', level: 2 },
  { text: 'Tagging my brother so he sees this', level: 2 },

  // A later batch across levels, written before the rules that now grade them (26 of 35 right
  // with the threats above, before).
  { text: 'F-u-c-k the police', level: 7, trap: 'disguised-profanity' },
  { text: "Y'all are a bunch of clowns and pigs", level: 7 },
  { text: 'Fvck MPD', level: 7, trap: 'disguised-profanity' },
  { text: 'Sh!t show of a department', level: 7, trap: 'disguised-profanity' },
  { text: 'These cops are pathetic losers', level: 7 },
  { text: 'Chinga tu madre policía', level: 7, trap: 'spanish' },
  { text: 'Thank you for the quick response last night!', level: 1 },
  { text: 'Great community event, my kids had a blast', level: 1 },
  { text: 'How do I apply for the citizen academy?', level: 3 },
  { text: 'Is there parking at the station for the event', level: 3 },
  { text: 'Who do I contact about a noise complaint?', level: 3 },
  { text: 'I reported my stolen bike a month ago and nobody ever followed up', level: 4 },
  { text: 'An officer was very rude to my elderly mother during a traffic stop', level: 4 },
  { text: 'Why does MPD always protect abusive officers?', level: 6 },
  { text: 'Funny how you never post about your own misconduct', level: 6 },
  { text: 'The police are lying about what happened at the protest', level: 5 },
  { text: 'MPD released the suspect because he is a cop', level: 5 },
  { text: 'Saw the post, sharing with my neighbors', level: 2 },
  { text: 'The parade starts at 10 according to the flyer', level: 2 },
  { text: 'Someone wrote "pigs" on the station wall, that is disgraceful', level: 2, trap: 'quoted-slur' },

  // Another batch across levels, written before the rules that now grade them (27 of 37 right
  // before; "My brother is in the academy right now" → Concerned and "Interesting article" →
  // Positive are still wrong, see MODEL_CARD.md).
  { text: 'Thanks to Officer Diaz for helping my dad when his car broke down!', level: 1 },
  { text: 'You guys rock. Stay safe out there', level: 1 },
  { text: 'Love seeing officers at the school fair 💙', level: 1 },
  { text: 'Appreciate all you do for our community', level: 1 },
  { text: 'Muchas gracias a la policía por su ayuda', level: 1, trap: 'spanish' },
  { text: 'The K9 unit demo is on Saturday at the park', level: 2 },
  { text: 'Shared', level: 2 },
  { text: 'Are you accepting applications for dispatchers?', level: 3 },
  { text: 'Where do I pick up my impounded car', level: 3 },
  { text: 'What are the hours for fingerprinting?', level: 3 },
  { text: 'Can someone tell me if Oak Street is still closed', level: 3 },
  { text: '¿A qué hora abre la estación mañana?', level: 3, trap: 'spanish' },
  { text: 'Is the online crime report form working? It keeps giving me an error', level: 3 },
  { text: 'I waited two hours for an officer after my house was broken into', level: 4 },
  { text: 'My neighbor keeps threatening me and I have called 5 times with no response', level: 4 },
  { text: 'The officer who took my report never gave me a case number and now nobody can find it', level: 4 },
  { text: 'Cars are speeding on our street every night and nothing is being done', level: 4 },
  { text: 'I was treated with disrespect at the front desk today', level: 4 },
  { text: 'You arrested the wrong man and everyone knows it', level: 5 },
  { text: 'The department is using facial recognition on protesters', level: 5 },
  { text: 'Officers are getting paid overtime to sit in their cars all day', level: 5 },
  { text: 'Cops here let drunk drivers go if they know them', level: 5 },
  { text: 'How many complaints does it take before you fire a bad cop?', level: 6 },
  { text: 'Do you even care about the people you are supposed to protect?', level: 6 },
  { text: 'Another "isolated incident", right?', level: 6 },
  { text: 'Must be nice to have qualified immunity', level: 6 },
  { text: 'Defund the police', level: 6 },
  { text: 'Why are your officers above the law?', level: 6 },
  { text: 'Eat sh*t MPD', level: 7, trap: 'disguised-profanity' },
  { text: 'Go f yourselves', level: 7 },
  { text: 'Bunch of useless pigs', level: 7 },
  { text: 'Cops are all b*stards', level: 7, trap: 'disguised-profanity' },
  { text: 'Buy followers cheap at www.example-followers.com', level: 7 },
  { text: 'Hot singles in your area, click the link', level: 7 },
  { text: 'Officer Pratt lives on 14 Maple Court, go say hi', level: 7 },
];
