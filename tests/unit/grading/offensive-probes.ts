import type { GradeInput } from '../../../lib/grading/grade';

/**
 * Offensive comments and their look-alikes, in the style of functional tests such as HateCheck:
 * profanity and insults in five spelling games (swapped letters, dropped letters, added spaces,
 * leetspeak, removed spaces), hate against protected groups in a handful of templates, sexual
 * content, encouraging illegal acts, offensive display names; and what must stay below Offensive:
 * neutral or positive statements about the same groups, counter-speech that quotes hate to
 * condemn it, denials, harsh but clean criticism of police (protected speech), innocent words
 * that contain a listed word ("class", "cocktail") and homonyms ("cum laude").
 * Written by us (invented, no real people); not used for training.
 */
export type OffensiveProbeKind =
  // Offensive: level 7 (8 allowed when it is also a threat)
  | 'swapped'
  | 'dropped'
  | 'spaced'
  | 'leet'
  | 'joined'
  | 'plain'
  | 'group-hate'
  | 'sexual'
  | 'illegal'
  | 'display-name'
  // Look-alikes: below 7, no clause
  | 'group-neutral'
  | 'counter-speech'
  | 'denial'
  | 'police-criticism'
  | 'innocent-word'
  | 'homonym'
  | 'innocent-name';

export interface OffensiveProbe extends GradeInput {
  kind: OffensiveProbeKind;
  /** A known miss, and why it is left alone. */
  knownMiss?: string;
}

const OFFENSIVE_KINDS = new Set<OffensiveProbeKind>([
  'swapped',
  'dropped',
  'spaced',
  'leet',
  'joined',
  'plain',
  'group-hate',
  'sexual',
  'illegal',
  'display-name',
]);

export function isOffensiveProbe(probe: OffensiveProbe): boolean {
  return OFFENSIVE_KINDS.has(probe.kind);
}

export const OFFENSIVE_PROBES: OffensiveProbe[] = [
  // First batch, written blind: 46 of 97 offensive comments graded 7 or 8 by the engine as it was
  // (20 with the right clause and a highlighted span: none of the group hate cited clause b),
  // 37 of 60 look-alikes spared. Profanity and insults, five spelling games over fifteen words.
  { text: 'Fcuk off and leave us alone', kind: 'swapped' },
  { text: 'f uck the mayor and his cops', kind: 'spaced' },
  { text: 'fuckyou and your speed traps', kind: 'joined' },
  { text: 'What a shity thing to do to a kid', kind: 'dropped' },
  { text: 'This town is a 5hithole', kind: 'leet' },
  { text: 'The officer who ticketed me is a pieceofshit', kind: 'joined' },
  { text: 'Shut up you btich', kind: 'swapped' },
  { text: 'Officer Grant is a b itch', kind: 'spaced' },
  { text: 'Stop whining you bi7ch', kind: 'leet' },
  { text: "You're an ashole", kind: 'dropped' },
  { text: 'What an assohle', kind: 'swapped' },
  { text: 'Total @sshole move by the sergeant', kind: 'leet' },
  { text: 'Shut it you cnut', kind: 'swapped' },
  { text: 'you absolute cuuuunt', kind: 'plain' },
  { text: 'The chief is a c unt', kind: 'spaced' },
  { text: 'Officer Brown is a total d1ck', kind: 'leet' },
  { text: "Don't be a dikc about it", kind: 'swapped' },
  { text: 'Quit being a d ick, deputy', kind: 'spaced' },
  { text: 'Lying bastrads, all of you', kind: 'swapped' },
  { text: 'You b4stard', kind: 'leet' },
  { text: 'Those bstards took my car', kind: 'dropped' },
  { text: 'You lying motherfcuker', kind: 'swapped' },
  { text: 'That cop is a motherf ucker', kind: 'spaced' },
  { text: 'm0th3rfuck3r gave me a ticket', kind: 'leet' },
  { text: 'The mayor is a wh0re for developers', kind: 'leet' },
  { text: 'Attention hwore', kind: 'swapped' },
  { text: 'Your press officer is a $lut', kind: 'leet' },
  {
    text: 'Only a slt would post that',
    kind: 'dropped',
    knownMiss: 'a letter dropped from a four-letter word leaves three, too often an abbreviation',
  },
  { text: 'Listen here you idoit', kind: 'swapped' },
  { text: 'The officer was a 1diot', kind: 'leet' },
  { text: 'youidiot', kind: 'joined' },
  { text: 'Bunch of m0rons running this city', kind: 'leet' },
  { text: 'Listen here you mor on', kind: 'spaced' },
  { text: 'What a mroon', kind: 'swapped' },
  { text: 'Your spokesman is a douchbag', kind: 'dropped' },
  { text: 'Total d0uchebag energy from the sheriff', kind: 'leet' },
  { text: "Don't be such a pu$$y, answer the question", kind: 'leet' },
  { text: 'The deputy is a pusy', kind: 'dropped' },
  { text: 'Shut up f4ggot', kind: 'leet' },
  { text: 'What a fagot', kind: 'dropped' },
  { text: 'Only a ret@rd would write that', kind: 'leet' },
  { text: 'You reatrd', kind: 'swapped' },
  { text: 'Some n1gger stole my bike', kind: 'leet' },
  { text: 'shutthefuckup already', kind: 'joined' },
  { text: 'sonofabitch cops everywhere today', kind: 'joined' },
  { text: '#fuckthepolice', kind: 'joined' },
  { text: 'stupidbitch', kind: 'joined' },
  { text: 'gofuckyourself MPD', kind: 'joined' },
  { text: 'Holy sh1t that storm last night', kind: 'plain' },
  { text: 'fuuuuck this traffic', kind: 'plain' },
  { text: 'What the fcuk happened on 5th street', kind: 'swapped' },

  // Hate against protected groups (clause b), about ten groups in eight templates.
  { text: 'I hate Muslims.', kind: 'group-hate' },
  { text: 'I really can’t stand Jews', kind: 'group-hate' },
  { text: 'I despise gay people', kind: 'group-hate' },
  { text: 'I hate all immigrants', kind: 'group-hate' },
  { text: 'Black people are disgusting', kind: 'group-hate' },
  { text: 'Trans people are disgusting freaks', kind: 'group-hate' },
  { text: 'Women are so disgusting', kind: 'group-hate' },
  { text: 'Mexicans are vermin', kind: 'group-hate' },
  { text: 'Muslims are a plague on this country', kind: 'group-hate' },
  { text: 'Refugees are parasites', kind: 'group-hate' },
  { text: 'Jews are rats', kind: 'group-hate' },
  { text: 'Gay people are an abomination', kind: 'group-hate' },
  { text: 'Disabled people are subhuman', kind: 'group-hate' },
  { text: 'Asians are inferior', kind: 'group-hate' },
  { text: 'Women are inferior to men', kind: 'group-hate' },
  { text: 'Black people are animals', kind: 'group-hate' },
  { text: 'Muslims are all terrorists', kind: 'group-hate' },
  { text: 'Mexicans are all rapists and criminals', kind: 'group-hate' },
  { text: 'Immigrants should not be allowed to live here', kind: 'group-hate' },
  { text: 'Trans people should not be allowed to exist in public', kind: 'group-hate' },
  { text: 'Gays should not be allowed near children', kind: 'group-hate' },
  { text: 'Women belong in the kitchen, not in a patrol car', kind: 'group-hate' },
  { text: 'Go back to your own country', kind: 'group-hate' },
  { text: 'Asians are a disease', kind: 'group-hate' },
  { text: 'Never hire a Muslim cop', kind: 'group-hate' },
  { text: 'Disabled people are a burden on society', kind: 'group-hate' },
  { text: 'Jews are a cancer', kind: 'group-hate' },
  // The same hate, misspelled.
  { text: 'Mulsims are disgusting', kind: 'group-hate' },
  { text: 'I h8 gay people', kind: 'group-hate' },
  { text: 'Ihate Muslims', kind: 'group-hate' },
  { text: 'Immigrants are v e r m i n', kind: 'group-hate' },
  { text: 'Trans people are d1sgusting', kind: 'group-hate' },

  // Sexual content, illegal activity, display names.
  { text: 'Send nudes officer ;)', kind: 'sexual' },
  { text: 'Suck my c0ck pigs', kind: 'sexual' },
  { text: 'That deputy has nice t1ts', kind: 'sexual' },
  { text: 'Check out my 0nlyfans, link in bio', kind: 'sexual' },
  { text: 'I want to bang the officer in the second photo', kind: 'sexual' },
  { text: 'Everyone go shoplift from the mall tonight, they are insured', kind: 'illegal' },
  { text: 'Run from the cops, they are not allowed to chase you anymore', kind: 'illegal' },
  { text: 'Key every cop car you see', kind: 'illegal' },
  { text: "Don't pay your parking tickets, they can't do anything about it", kind: 'illegal' },
  { text: 'Buy your weed from my guy, DM me', kind: 'illegal' },
  { text: 'Great job at the parade', author: 'Fcuk Cops', kind: 'display-name' },
  { text: 'Thanks for the update', author: 'B1tchSlayer', kind: 'display-name' },
  { text: 'When is the next meeting?', author: 'ihatemuslims88', kind: 'display-name' },
  { text: 'Nice work', author: 'Sh!t Happens', kind: 'display-name' },

  // Look-alikes: the same groups, neutral or positive.
  { text: 'Muslims are welcome in our city', kind: 'group-neutral' },
  { text: 'I love my gay neighbours, they look after our dog', kind: 'group-neutral' },
  { text: 'Trans people deserve respect like everyone else', kind: 'group-neutral' },
  { text: 'Women make great officers', kind: 'group-neutral' },
  { text: 'Immigrants built this city', kind: 'group-neutral' },
  { text: 'Black officers in the department organised the food drive', kind: 'group-neutral' },
  { text: 'The Jewish community centre is hosting a vigil tonight', kind: 'group-neutral' },
  { text: 'Disabled people need better access to the station entrance', kind: 'group-neutral' },
  { text: 'The Mexican food truck at the festival was great', kind: 'group-neutral' },
  { text: 'Many refugees volunteer at the shelter', kind: 'group-neutral' },
  { text: 'Asian families have lived on this street for generations', kind: 'group-neutral' },
  { text: 'I am a gay man and I support the police', kind: 'group-neutral' },

  // Counter-speech: hate quoted to condemn it.
  { text: 'Saying "Muslims are vermin" is disgusting and you should be ashamed', kind: 'counter-speech' },
  { text: 'Calling immigrants parasites is dehumanising and wrong', kind: 'counter-speech' },
  {
    text: 'Someone spray-painted "f*ggots out" on the church. That is a hate crime.',
    kind: 'counter-speech',
  },
  { text: "I can't believe someone wrote 'women belong in the kitchen' in 2024", kind: 'counter-speech' },
  { text: 'Stop using the word "retard", it hurts people', kind: 'counter-speech' },
  { text: 'A man yelled "go back to your country" at my neighbour. Unacceptable.', kind: 'counter-speech' },
  { text: 'If you think Jews are rats you need help', kind: 'counter-speech' },
  { text: 'Anyone who says trans people are freaks is a bigot', kind: 'counter-speech' },

  // Denials.
  { text: 'Not all immigrants are criminals', kind: 'denial' },
  { text: 'Muslims are not terrorists', kind: 'denial' },
  { text: 'Gay people are not disgusting, they are our neighbours', kind: 'denial' },
  { text: 'No, trans people are not freaks', kind: 'denial' },
  { text: "I don't hate Muslims, I hate terrorism", kind: 'denial' },
  { text: 'It is simply not true that women are inferior', kind: 'denial' },
  { text: 'Refugees are not a burden, they pay taxes', kind: 'denial' },

  // Harsh but clean criticism of police: protected speech.
  { text: 'I hate cops', kind: 'police-criticism' },
  { text: 'ACAB', kind: 'police-criticism' },
  { text: 'Cops are corrupt', kind: 'police-criticism' },
  { text: 'This department is a disgrace', kind: 'police-criticism' },
  { text: "I don't trust a single one of you", kind: 'police-criticism' },
  { text: 'Defund the police', kind: 'police-criticism' },
  { text: 'Worst department in the state, incompetent from top to bottom', kind: 'police-criticism' },
  { text: 'The officers who did this are cowards', kind: 'police-criticism' },
  { text: 'I despise this police department and everything it stands for', kind: 'police-criticism' },
  { text: 'Police brutality is disgusting', kind: 'police-criticism' },
  { text: 'You people are useless', kind: 'police-criticism' },

  // Innocent words that contain a listed word, and homonyms.
  { text: 'The self-defence class at the station was great', kind: 'innocent-word' },
  { text: 'I assume you are still hiring?', kind: 'innocent-word' },
  { text: 'Cocktail night at the community centre raised $2,000', kind: 'innocent-word' },
  { text: 'Reading Dickens at the library with the kids', kind: 'innocent-word' },
  { text: 'Shiitake and shitake mushrooms at the farmers market', kind: 'innocent-word' },
  { text: 'My therapist recommended your victim support group', kind: 'innocent-word' },
  { text: 'The officer from Scunthorpe gave a great talk', kind: 'innocent-word' },
  { text: 'There were cockroaches in the holding cell', kind: 'innocent-word' },
  { text: 'The pilot locked the cockpit door', kind: 'innocent-word' },
  { text: 'Middlesex and Essex county officers joined the drill', kind: 'innocent-word' },
  { text: 'Fire retardant was dropped on the hills', kind: 'innocent-word' },
  { text: 'The assassination documentary was interesting', kind: 'innocent-word' },
  { text: 'She graduated summa cum laude from the academy', kind: 'homonym' },
  { text: 'The rooster, a proud cock, woke the whole block', kind: 'homonym' },
  { text: 'Borrowed a hoe for the community garden', kind: 'homonym' },
  { text: "The K9 unit's new bitch had six puppies", kind: 'homonym' },
  { text: 'Blue tits are nesting at the feeder by the station', kind: 'homonym' },
  { text: 'The pussy willows are out by the river path', kind: 'homonym' },
  { text: 'Spic and Span cleaned the lobby', kind: 'homonym' },
  { text: 'Thank you', author: 'Dick Johnson', kind: 'innocent-name' },
  { text: 'Great event', author: 'Ashley Cummings', kind: 'innocent-name' },
  { text: 'When does registration open?', author: 'Jo Hancock', kind: 'innocent-name' },

  // Second batch, other wording, written blind after the rules above had grown: 26 of 30 graded 7
  // or 8 (22 with the right clause and a highlighted span), 18 of 20 look-alikes spared.
  { text: 'Go fu*k yourselves MPD', kind: 'leet' },
  { text: 'What an a-hole move, sergeant', kind: 'dropped' },
  { text: "You're a d!ckhead", kind: 'leet' },
  { text: 'biiiiitch please', kind: 'plain' },
  { text: 'Eat a bag of d1cks', kind: 'leet' },
  { text: 'Another s.h.i.t show from this department', kind: 'spaced' },
  { text: 'Stupid mothafucka gave me a ticket', kind: 'dropped' },
  { text: "you're a dumbfuck", kind: 'joined' },
  { text: 'Kiss my a$$', kind: 'leet' },
  { text: 'fcking clowns, all of you', kind: 'dropped' },
  { text: 'Piece of sh*t cop', kind: 'leet' },
  { text: 'What a twatwaffle', kind: 'joined' },
  { text: 'Officer Lee is a cnut', kind: 'swapped' },
  { text: 'Sack of $hit', kind: 'leet' },
  { text: 'Ur a bicth', kind: 'swapped' },
  { text: 'Muslims make me sick', kind: 'group-hate' },
  { text: 'All Mexicans are thieves', kind: 'group-hate' },
  { text: 'Black people are savages', kind: 'group-hate' },
  { text: 'Transgender people are mentally ill', kind: 'group-hate' },
  { text: 'Muslims are not welcome in this town', kind: 'group-hate' },
  { text: "Keep the refugees out, they're rats", kind: 'group-hate' },
  { text: "Women shouldn't be cops, they are too stupid", kind: 'group-hate' },
  { text: "I can't stand Jewish people", kind: 'group-hate' },
  { text: 'Gay men are perverts', kind: 'group-hate' },
  { text: 'Hindus are filthy', kind: 'group-hate' },
  { text: 'Nice rack, officer', kind: 'sexual' },
  { text: 'Loot everything tonight, no cops around', kind: 'illegal' },
  { text: "Let's riot downtown after the verdict", kind: 'illegal' },
  { text: 'go kill urself', kind: 'plain' },
  { text: 'Thanks for the info', author: 'fcuk_the_police', kind: 'display-name' },
  { text: 'Not all Muslims are terrorists, most are just like us', kind: 'denial' },
  { text: 'People who say immigrants are rats are disgusting', kind: 'counter-speech' },
  { text: 'Calling gay people perverts is homophobic', kind: 'counter-speech' },
  { text: "The word 'tranny' is a slur and shouldn't be used here", kind: 'counter-speech' },
  { text: 'He called me a f*ggot at the bus stop and I reported it', kind: 'counter-speech' },
  { text: 'My grandmother is a Jewish immigrant and proud of it', kind: 'group-neutral' },
  { text: 'Black women in policing panel tonight at 7', kind: 'group-neutral' },
  { text: 'The refugee family next door brought us cookies', kind: 'group-neutral' },
  { text: 'These cops are incompetent and should resign', kind: 'police-criticism' },
  { text: "I don't trust the police one bit", kind: 'police-criticism' },
  { text: 'Disgraceful response from the chief', kind: 'police-criticism' },
  { text: 'Cops lie all the time', kind: 'police-criticism' },
  { text: 'The Dickinson County sheriff joined the search', kind: 'innocent-word' },
  { text: 'Peacock feathers on display at the museum', kind: 'innocent-word' },
  { text: 'Firefighters rescued a cockatoo from a tree', kind: 'innocent-word' },
  { text: 'Pig roast fundraiser this Saturday', kind: 'homonym' },
  { text: 'Just finished reading Moby Dick', kind: 'homonym' },
  { text: "Analysis of last year's crime data is online", kind: 'innocent-word' },
  { text: 'He graduated magna cum laude', kind: 'homonym' },
  { text: 'Question about parking', author: 'Richard Cockburn', kind: 'innocent-name' },
];
