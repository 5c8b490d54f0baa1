// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { viewComment } from '../../../lib/grading/comment-view';
import { findSentenceThreats } from '../../../lib/grading/threat-sentences';

// The sentence reading of threats on its own, before threat-context.ts weighs its matches
// (examples ours). What it finds is a candidate; what it must never find is listed second.
const read = (text: string) => findSentenceThreats(viewComment(text)).map((m) => m.phrase);

describe('threats read a sentence at a time', () => {
  it('highlights the people inside a building up to the person named', () => {
    expect(read('gonna torch that cruiser with his family in it')).toEqual([
      'gonna torch that cruiser with his family',
    ]);
  });

  it.each([
    'I plan to poison the food at the next gathering of refugees.',
    'imma skewer the first deputy who steps on my lawn',
    'Every officer on that raid should get their head caved in.',
    'May every cop in this county die screaming.',
    'Somebody needs to go to the sergeant’s house and finish him.',
    "We'd all be safer if someone just shot the whole SWAT team.",
    "If that cop writes me one more ticket I'm snapping his neck.",
    // an unnamed doer praised or rewarded; a harm noun given; "it" for the building named
    'Honestly whoever kills the chief would be a hero in this town.',
    "I'll buy drinks for whoever finally kills the chief.",
    'Somebody give that officer a bullet for christmas.',
    "Someone should go to that cop's house and burn it down while he sleeps.",
    'gonna torch that cruiser with him in it',
    'can somebody please just shoot the mayor already',
    'yall killed my cousin so im killing one of yours',
    // an initial or a title does not end the sentence; a doer wished for in the present
    'whoever pops Officer R. drinks free at my bar for life',
    'praying someone ambushes the K9 unit',
    'hunting Officer P. tonight and nobody gonna stop it',
    // gunfire "at"; a second object after "and"; a building seen to burn
    'yall got til midnight or we start shooting at patrol cars',
    'if that K9 bites my kid im killing the dog and the handler',
    "I'd pay good money to watch that station burn",
    // "off" as a verb after words of intent
    'im gonna off him',
    'I am going to off the sergeant tonight',
    // drowning, a fall from a ferry, a slap, a car run off the road
    'ima slap the taste out that deputys mouth next time i see him',
    'if yall chase us again we ram you off the road',
    "next time I see that officer I'm throwing him off the seawall",
    // freezing to death wished; a deserved slam
    'I hope you freeze to death on that traffic post, officer',
    "I'm going to hold that deputy under the river till he stops kicking",
    'Someone should shove that officer off the ferry mid crossing',
    // slang verbs
    'finna clap the first 12 i see',
    'ima unalive every pig in this city',
    // determiners after the wish; a chain after the doer; the present for the future; a phrase
    'I hope every one of those officers gets his throat slit',
    'hope a drunk driver takes that officer out',
    'next time one of yall pulls me over im not stopping, im shooting',
    'ticket me again and I put 2 in your chest officer',
    "let's crowdfund a hit on the sergeant",
    // a chain's first order; a plan on the way; a second harm after "and then"
    'Round up the protesters outside the station and run them over',
    "I'm going there tonight to end him",
    "Keep harassing my mom and I'll slash your tires, and then your throat",
    "I'm gonna ram my truck into the next patrol car I see",
    // a harm noun that is a verb after "be"; a particle is no modifier; an order asked
    "I'm finding you and I'm beating you senseless",
    'Praying somebody runs over the speed camera tech',
    "Hope the road rage guy's cellmate snaps his neck",
    'Lock the organizers in a building and set it on fire',
    'Can someone just torch the recruiter’s car with him in it already?',
    'Either you release his name or I find him myself and kill him',
    // a clause that ends at its main verb; a verb heading the sentence; a wished doer's kin
    'hope the officer who did this gets his throat cut',
    'Slit his throat before the trial.',
    'Hope his wife grabs a knife and finishes him next time',
    'Hope a drunk driver plows right through the cops on the parade route',
    // a phrase after a chain; a long wished doer; a god who sends someone
    "I'm going to find the neighbor who called it in and make her bleed.",
    'Hope somebody catches that CO in the parking lot and beats him senseless',
    "If there's a god he'll send someone to put a bullet in that warden's head",
    // phrases of the countryside; a wish from 'somebody's gonna'; a hand shaken
    'These cops deserve to be drug behind a truck down Main Street.',
    "Build that jail and somebody's gonna blow it up with the commissioners inside.",
    // a norm far back before a chain; "beaten" alone; "it and the handler"; g dropped
    'The people of this county should storm the jail, drag that deputy out and string him up',
    'the judge that let him go should be dragged out of her house and beaten',
    'next time that K9 comes near my truck im stabbing it and the handler both',
    'i swear im blowin up that station before the memorial walk',
    'im gonna run up on the patrol car at the football game and cave his skull in',
  ])('finds a threat in: %s', (text) => {
    expect(read(text)).toHaveLength(1);
  });

  it.each([
    // a clause between the intent and the verb
    'We need to stop cops who kill people.',
    'We need to stop cops who are killing people.',
    'We need to stop cops who beat people and kill them.',
    // a question
    'Should cops be shot for this?',
    // a camera, a game, an everyday sense
    "I'm going to shoot the chief's portrait for the calendar.",
    "I'm going to beat you at Mario Kart, officer.",
    // "off" as a preposition
    'let me off the hook officer',
    'we are going to off the highway at exit 4',
    'We need to kill the rumor that the station is closing.',
    'Gonna shoot some hoops with the officers at the youth center.',
    // a report in the past tense; a wish that governs nothing violent
    "Someone set fire to a patrol car during last year's riot.",
    'The fbi must be afraid of him, he might get hit by a bus.',
    // negation before the intent; the negation in an earlier sentence does not count
    'I would never hurt an officer.',
    // a doer neither praised nor rewarded; praise that is not for a harm; "it" with no building
    "If somebody shot that deputy I'd want him in prison for life.",
    'Whoever shot that officer should get life, the chief is a hero for catching him.',
    'Whoever finds the lost dog would be a hero to that family.',
    'We should burn it all down and start over with a new budget.',
    // the doer of a clause, not the one wished for; a subject-less plan at a game; a building seen
    'I hope someone who shoots a cop gets life.',
    'Shooting the parade tomorrow for the paper.',
    'I watched the house burn on the news, so sad.',
    "Can't wait to see the officers march in the parade.",
    'Gonna air out the grievances with the officers at the meeting.',
    'I just want to body slam you at the gym',
    'the officer put his hands on my son and I filed a complaint',
    'I just want to put my foot through a wall',
    'Ready to see you smoke da Fins tomorrow!',
    "I'm going to the station tomorrow to report the guy who hit my car",
    'Killing, raping and torturing people is not allowed even if you call it a religion.',
    'our team deserves to be beaten in the final, they played badly',
    // "and" after no noun of its own; "could" after "everyone" is no order
    'Split between nationalists and conservatives, the party will not hold.',
    'Shoot once and you could start a big war.',
    'If a big enough hurricane comes through there everyone could die.',
    // an HTML entity's ";" ends no sentence; a verb ends an object
    'Gunmen stormed the school, shot &amp; slit throats of those who tried to escape.',
    'we will sail alongside, blast a broadside &amp; make them walk the plank',
    // a pronoun after a noun starts a clause: no object of the verb
    'shoot off all the fireworks you want on the fourth',
    'I wish I could shoot the breeze with you guys more often',
  ])('finds none in: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('reads each sentence on its own: a negation in one does not reach the next', () => {
    expect(read("Deleting my comment won't save you. I'm going to kill you.")).toHaveLength(1);
  });
});
