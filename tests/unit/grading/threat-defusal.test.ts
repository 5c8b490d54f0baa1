// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gradeWithShippedModel } from './test-grader';
import { expectNoThreat, expectThreat, expectThreatByRule } from './threat-expectations';

// Threats that a word elsewhere in the comment used to talk the engine out of: ice or lights read
// as a hazard, "arrested" as news, "wouldn't" as a negation, "pray for" as sympathy. And the
// look-alikes each change must leave alone. Examples ours.

describe('a hazard or news word elsewhere does not silence the threat head', () => {
  it.each([
    // "ice" and "lights" are hazards in "watch for ice", not in these
    'I hope your cruiser flips on the ice and you freeze to death in it',
    'ima shoot out the lights at the substation first then the ones sitting inside',
    // "arrested" said to the officer is a grievance, not news
    'u arrested my cousin for nothing. im going to find you after your shift and you wont be walking after',
  ])('is Threatening: %s', expectThreat);
});

describe('words that read as a defusal but belong to the threat', () => {
  it.each([
    // indifference to harm wishes it
    "Honestly wouldn't lose any sleep if that deputy got stabbed on his way to the car",
    'Nobody would miss the sergeant if someone put a bullet in him.',
    // a prayer for the day of the harm, not for its victim
    'praying for the day these pigs start getting picked off from the rooftops',
    // "wrote this post" inside the poster's own stated intent reports nothing
    'I will find the cop who wrote this post and make him eat his badge, then the teeth go',
    // protests given up on, not a threat called for by others
    "I'm done calling for protests. Somebody needs to catch Officer K. alone after his shift and beat him until he can't stand.",
    // the negation sits in the condition, four words back
    "if they don't fire him, somebody should just shoot him",
    // "serious" after the threat is no "dead serious"
    '$500 cash to whoever breaks the chiefs legs. Serious. DM me',
    // ICE the agency, not ice on the road
    'All cops who cooperate with ICE should be hanged.',
    // a no-knock raid is no negation
    'Cops who do no-knock raids should get a shotgun blast through the door, see how they like it.',
    // an ultimatum, not a call to resign
    'The chief has 48 hours to resign or I blow up the city hall parking garage',
  ])('is Threatening: %s', expectThreat);
});

describe('a bounty on one officer, and harm wished from a truck, a storm or a train', () => {
  it.each([
    '$1000 bounty on the deputy that shot the dog, no questions asked',
    'hope a semi flattens him at the truck stop checkpoint',
    "hope a tornado hits the sheriff's house while he's in it",
    'Hope a train hits every transit cop standing too close to the yellow line',
  ])('is Threatening: %s', expectThreat);
});

describe('what these readings leave alone', () => {
  it.each([
    '$100 bounty for the person who finds my dog',
    "you're dead wrong about the curfew, chief",
    "I'm dead serious, the chief should resign over this",
    "I wouldn't mind if the chief got fired, honestly",
    'Slipped on the ice outside the station, somebody is going to get hurt',
    'they should flatten the curve before the parade',
    'hope a tornado never hits our town again, last one took the whole roof',
    'you arrested the guy who broke into my truck, thank you deputy',
    'Been calling for protests all month. Somebody has to make the council listen.',
    // a hazard named, and someone unnamed who may get hurt: a warning
    "Golf carts with kids driving them fly down our street every afternoon. Someone's going to get hurt.",
    'The grain trucks run the stop sign on Route 12 every harvest and someone will get killed.',
    'Watching the fight tonight at the bar on 5th, the champ is going to knock him out in round 2',
    // arrests wished for, a greeting
    'heard a cruiser got set on fire outside the 4th precinct overnight. hope they catch who did it',
    'Happy 4th of July to everyone working the parade tonight 🎆',
  ])('is below Offensive: %s', expectNoThreat);

  it.each([
    // an idiom of the weed smoker: encouragement of a minor offence, no threat
    "Smoke 'em if you got 'em, nobody's patrolling the park after 10 anyway.",
  ])('is no threat: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBeLessThan(8);
    expect(grade.clause).not.toBe('a');
  });

  it.each([
    // no hazard named: the same words threaten
    'if you pull me over again someone will get hurt',
    "if you stop me again someone's going to get hurt",
    // "hang" opens the rule's gate (firstWords cannot read it out of the pattern)
    'they should hang every one of those county jail guards from the water tower',
  ])('is still Threatening: %s', expectThreat);
});

// From the everyday comments of batches 51–57: traffic complaints and a tip said with violent
// words. Each of the first four was graded Threatening before its reading was added.
describe('violent words that describe traffic or permit something', () => {
  it.each([
    // a hazard named by its racing, then the warning
    "Every night people race on Farm Rd 1190 and we've reported it a dozen times. Someone's going to get killed.",
    // how others drive, likened
    'Who do I talk to about a speed bump on our street, people fly down it like they want to kill someone',
    // "as much as you like", not "all of you"
    'Smoke all you want down by the creek, nobody patrols down there anyway',
    // "hit the county line" is reaching it
    "If the lights come on just keep driving til you hit the county line, city cops won't follow.",
  ])('is below Offensive: %s', expectNoThreat);

  it.each([
    "I'm going to kill you like a dog",
    'If you pull me over again someone will get hurt',
    'Smoke all of you the second you step on my porch',
    'keep driving til you hit the deputy, he deserves it',
  ])('is Threatening: %s', expectThreat);
});

// Counter-speech of batches 51–57 (examples ours, reworded): a threat someone else posted or
// said, reported to the page or the police.
describe('a threat reported to the page or the police', () => {
  it.each([
    "Someone commented 'I know where the sergeant lives' and deleted it. I screenshotted it, messaging you now.",
    "There's a guy on the neighborhood page bragging he's going to shoot up the station. I already called the non-emergency line.",
    'A man at the bar was running his mouth about blowing up the courthouse. I told the deputy on duty.',
    'I keep seeing "burn the precinct down" in these comments. That\'s how people get hurt.',
    "ese comentario de 'voy a quemar la patrulla' hay que reportarlo",
  ])('is below Offensive: %s', expectNoThreat);

  it.each([
    'Ive got a list of every cop who commented on this page and im working my way down it',
    'the chief goes on TV bragging. I hope somebody shoots him on live TV',
  ])('is Threatening: %s', expectThreat);
});

// From the everyday comments of batches 58–64 (examples ours, reworded): neglect charged, an
// accident feared, loyalty, drugs, an unlocked truck. Each was graded Threatening before.
describe('a death waited for, an accident feared, a bullet taken for someone', () => {
  it.each([
    "Guess we'll just wait for someone to die at that crosswalk before anyone does anything.",
    "Kids keep climbing the water tower and I'm scared one of them is going to fall off and die.",
    "new K9 looks like he'd take a bullet for his handler and then ask for a treat",
    'gonna shoot up some heroin lol',
  ])('is below Offensive: %s', expectNoThreat);

  it.each([
    'I hope he falls off the roof and dies',
    "I'll make sure he slips and dies in the shower",
    'My rifle is sighted in, and the first deputy who walks past my fence tomorrow takes a round through the chest.',
  ])('is Threatening: %s', expectThreat);
});

// From the misses of batches 65–71 (examples ours, reworded): a ticket written is no report, a
// purpose with "nobody" in it no negation, a disaster prayed for no prayer, a game day no game;
// and the everyday comments the same words must leave alone.
describe('a ticket, a purpose, a prayed-for disaster or a game day that belong to the threat', () => {
  it.each([
    'u write me 1 more ticket and im gonna beat u senseless',
    'you wrote my brother a ticket. im gonna smash your windshield and then your face',
    'gonna set the dispatch office on fire so nobody can call yall again',
  ])('is Threatening, by a rule: %s', expectThreatByRule);

  it.each([
    "Pray for a riot at the fair so those pigs finally get what's coming",
    'Pray for a landslide on the pass that takes out the checkpoint crew',
    'Mañana en el partido vamos a ir por los policías, traigan palos',
  ])('is Threatening: %s', expectThreat);

  it.each([
    "He wrote my son a ticket for nothing, I'm going to fight it in court",
    'Evacuate the whole block so nobody can get hurt, the river is rising',
    'Praying for a rockslide to miss the road crews up there, stay safe',
    'Mi hijo mató en el partido, tres goles!',
    "I'm not saying it twice: the parade starts at 10, get there early",
    // Graded Threatening before: neglect asked about, a warning, the department's own purchase,
    // fireworks lit.
    'When will you investigate your own people? Or does somebody have to get killed first?',
    'The racing on Route 9 is going to end with someone dead',
    'The city bought new rifles for every officer this year',
    'Fireworks are banned in town lol nobody enforces it. Light em all up',
  ])('is below Offensive: %s', expectNoThreat);
});

// From the misses of batches 72–78 (examples ours, reworded): "everybody inside" is no "dying
// inside", a pipe bomb is no firework mishap, a stray round prayed for is no prayer, "the deputy
// who arrested me" is a grievance, not news, "post my mugshot" is no reported post; and hunting
// words aimed at a uniform or a patrol.
describe('a fire, a device, a round, a grievance or a post that belong to the threat', () => {
  it.each([
    'gonna set the station on fire wit everybody inside',
    "There's a pipe bomb in the dumpster behind the station. Enjoy the fireworks.",
    "Praying for a stray round with that trooper's name on it.",
    "That deputy who arrested me last week? I'm gonna break his jaw when I see him.",
  ])('is Threatening, by a rule: %s', expectThreatByRule);

  it.each([
    "Post my mugshot one more time and I'm coming for whoever runs this page. I know your car.",
    'Bringing my deer rifle to the roadblock tomorrow. Anybody in a uniform in my way gets dropped.',
    "Waiting at the marina with my deer rifle when the water patrol docks tonight. Scope's ready.",
  ])('is Threatening: %s', expectThreat);

  it.each([
    "Some days I'm just dying inside at this job lol",
    'Grill caught fire and the propane tank almost blew up, enjoy the fireworks show everyone, stay safe',
    'Praying for the officer hit by a stray round last night',
    'The deputy who arrested me was polite and fair, thank you',
    'Someone posted my picture on the wanted list by mistake, please fix it',
    'Opening day of deer season, the whole family in blaze orange, see you on the trail',
  ])('is below Offensive: %s', expectNoThreat);
});

// More from batches 72–78 (examples ours, reworded): "…not his car" spares the car, "thoughts and
// prayers that…" wishes, a ticket written is no report, "one more post … and" is a condition, "you
// won't be so tough when…" a taunt; and their harmless twins.
describe('a contrast, a sarcastic prayer, a condition or a taunt that belong to the threat', () => {
  it.each(['That informant deserves a bat to the skull, not his car.'])(
    'is Threatening, by a rule: %s',
    expectThreatByRule,
  );

  it.each([
    "Thoughts and prayers that the chief's garage springs a gas leak 🙏",
    "Whoever wrote my son that ticket, I'm gonna find you at the fair and break your nose",
    'One more post bragging about that raid and watch that substation go up in flames',
    'bet u wont be so brave when i drag u out that cruiser and stomp your face in',
  ])('is Threatening: %s', expectThreat);

  it.each([
    'He deserves a new bike, not a ticket.',
    'Thoughts and prayers that the deputy recovers quickly',
    'Whoever wrote my son that ticket was right, he was speeding',
    "You won't be so tough in November when we vote you out, sheriff",
  ])('is below Offensive: %s', expectNoThreat);
});

// From the todo probes (examples ours, reworded): an outcome with "can't" in it, a warrant as a
// condition, indifference with "nobody", a longer "shame the … didn't", a greeting as a menace, a
// parade named for a memorial; and their harmless twins.
describe('outcomes, conditions and greetings that read as negations, reports or sympathy', () => {
  it.each([
    'im gonna beat that trooper til he cant stand up',
    'u show up at my door again without a warrant ill blow ur head off',
    'Someone should run that sergeant off the road tonight, nobody would miss him',
    "shame the storm on the pass didn't take the sheriff with it",
    "Ill be at the Memorial Day parade with a little surprise for the honor guard. they won't see it coming till it hits",
  ])('is Threatening, by a rule: %s', expectThreatByRule);

  it.each(['Tell your wife I said hi at the school pickup tomorrow 🙂'])('is Threatening: %s', expectThreat);

  it.each([
    "My knee hurt so bad I couldn't stand up till the medics came, thank you officers",
    "You can't search my car without a warrant, I know my rights",
    'Nobody would miss this old jail when they tear it down',
    'Tell your mom I said hi, great seeing her at church',
    'Memorial Day parade was beautiful, thank you to the honor guard',
    'Our town would be better with no potholes in it',
  ])('is below Offensive: %s', expectNoThreat);
});

// The threat head's sentence talked out of by a negation that belongs to it (from the todo probes;
// examples ours): "next time I won't brake", "can't someone just…", "don't make me come down
// there", a taunt, indifference, a condition before "then"; and hunting words near "the
// sheriff's".
describe("negations the threat head's own reading holds", () => {
  it.each([
    'ur lucky i didnt hit u at the checkpoint. next time i wont brake',
    "Next time there won't be a warning, sergeant. Ask what happened to the last one.",
    "If the law won't deal with them, then good people with bats should.",
    'Cant someone just run that trooper off the road already',
    "wouldn't mind one bit if that cruiser went off the bridge with him in it",
    "dont make me come down there and put hands on all of u, i'll leave u bleeding",
    'hoping hunting season brings a stray round in the sheriffs direction',
  ])('is Threatening: %s', expectThreat);

  it.each([
    "Next time I won't bother calling, you never come anyway",
    "Can't someone just fix the streetlight on 5th already?",
    "Don't make me come down there and buy all the cookies at the bake sale lol",
    "I wouldn't mind one bit if the chief retired early",
    "If the city won't fix the road, then we'll petition the county",
  ])('is below Offensive: %s', expectNoThreat);
});

// Everyday comments of batches 80–83 that the rules read as threats (examples ours, after them):
// "were" of a plural subject read as "we're", "kick rocks", the hunting season, an arrest asked
// for, the "bat" of "bats" read past the game it is for, weariness that makes you want to die,
// officers cheered on a chase; and the threats beside each that must stand.
describe('everyday comments the threat rules misread', () => {
  it.each([
    'those thieves were smashing windows on our street every single night',
    'thank you for stopping the street racers, those idiots were going to kill someone',
    'Are you going to arrest the guy with the AR-15 stickers or is he a buddy of yours?',
    'Kick rocks, pig.',
    'Hunting season opens Saturday, blaze orange on everybody.',
    'fix the potholes or we level the old garage and build a park lol',
    "we're coming with bats and gloves for the charity softball game against the deputies",
    'Nothing like a 5am flight to make you want to die a little',
    'Go get em sheriff, hunt those boat thieves down',
  ])('is no threat: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBeLessThan(8);
  });

  it.each([
    "we're smashing every window at the station tonight",
    "and we're going to kill every cop we see",
    'Somebody needs to teach these pigs a lesson with a bat',
    'hunting season on cops opens saturday',
    'The chief has 48 hours to resign or I blow up the city hall parking garage',
    "I'll make you want to die, deputy",
  ])('is Threatening, found by a rule: %s', expectThreatByRule);
});

// "Say hi to your kids for me, deputy" reports no one's words: the menace the threat head reads in
// it stands (examples ours, after dev batch 77).
describe('a greeting sent is no report', () => {
  it('is Threatening when the head reads a menace in it', () =>
    expectThreat("Say hi to your kids for me at the school pickup, deputy. They're getting so big."));
  it('is below Offensive when it is a greeting', () =>
    expectNoThreat('Say hi to your wife for me, officer! Great seeing you both at church'));
});
