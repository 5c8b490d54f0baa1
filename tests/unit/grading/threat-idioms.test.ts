// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gradeWithShippedModel } from './test-grader';

// Threats said in set phrases that name no violent verb (threat-rules-idioms.ts), and the same
// phrases where they threaten no one (examples ours).
describe('threats in set phrases', () => {
  it.each([
    'the man who attacked that deputy should have finished the job',
    'whoever rammed the cruiser should of backed up and finished him off',
    'they shot at the officers last night, somebody needs to finish what they started',
    'if you find that sergeant on the levee road, dont call 911, just finish it',
    'Shame he only wounded the cop. Next guy better aim for the head',
    'next time i wont miss deputy',
    'la proxima vez no voy a fallar sargento',
    'drop the charges or I drop you',
    'pay my cousin back or i sink you',
    'find where that detective sleeps and lets pay him a visit with bats',
    'we should pay the chief a little visit with some tire irons',
    'we got enough fertilizer to level your whole station, keep pushing',
    'keep it up and we will turn that precinct into a crater',
    'if that trooper stops me one more time hes not going home to his family',
    "there's pipe bombs under two cruisers at the substation, have fun",
    'pipe bomb in the civic center saturday. dont come',
    'your boy plays ball at the rec center tuesdays. would hate for something to happen to him',
    'the deputies working the checkpoint better start looking over their shoulders',
    'start thinking about who youre gonna leave behind sarge',
    'next time you pull me over im pulling my gun',
    'vamos a tu casa y no va a quedar nada ni nadie',
    'tow my truck again and see if i dont shoot every one of you',
    'bounty on any pig caught alone at the fair',
    "you're not always in uniform, deputy. remember that",
    'You have a lovely family, sarge. Keep them close.',
    'you parked behind the feed store again last night. we noticed',
    'we know how many of you are in there on the night shift',
    'next month city hall gets a real boom to go with the siren test',
    'my fist. your teeth. Officer K. saturday after the game.',
    'someone dox this pig so we can all go pay him a visit',
    'Planted something under the ferry dock. better find it before the 6:15 boat',
    'There are three devices hidden in city hall. They go off at 2pm.',
    "I'm driving my truck straight into the next memorial walk you people hold",
    'one of you pigs is going home in a bag this week',
    "keep ticketing my truck and that cruiser's getting flipped with you in it",
    'meet me behind the feed store, sergeant. only one of us walks out of that alley',
    'the deputy that wrote me on the river road is gonna catch these hands',
    'next cop I see at the diner is getting hot coffee in his face',
    "I'll have a present for every uniform at the parade 💣",
    'cop killers are heroes and this county needs more of them',
    "who's going to finally take care of Deputy R?",
    'pull me over again and you get the .45 from my glovebox instead of my registration',
  ])('is Threatening, found by a rule: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(8);
    expect(grade.clause).toBe('a');
    // A rule found it, not the threat head alone (which flags its finds for review).
    expect(grade.needsReview).toBe(false);
  });

  it.each([
    'the contractor should finish the job on the bridge before hurricane season',
    'the guy who shot the buck should have finished the job instead of letting it run',
    'Coach, next time aim for the end zone not the bleachers lol',
    "next time I won't miss the parade, the floats looked great",
    "I won't miss you guys when I move, just kidding, thanks for everything",
    'text me when you get out or I will drop you off at the station',
    'sign the petition or we bury you in paperwork at the council meeting',
    'we will pay him a visit with a cake for his retirement',
    'they should level the old jail and build a park',
    'if you drink and drive tonight you are not going home, you are going to jail',
    'The bomb squad found no pipe bombs under the cars, the scare is over',
    'I would hate for anything to happen to her, praying for a quick recovery',
    'always look over your shoulder when you jog at night',
    "I'm pulling my gun out of the safe to take to the range",
    'greased pig contest at the fair, the bounty on the pig is fifty bucks',
    "I'm gonna kill my husband if he tracks mud on my clean floor one more time",
    'we are going to bury yall in public records requests until the truth comes out',
    "we're gonna bury the boys from across the river on Friday, 42-0",
    'youre not always gonna be on duty so enjoy the parade',
    'you have a beautiful family, officer, thank you for your service',
    'you parked in the fire lane at the school again, we noticed and sent a photo to the city',
    'we know how many of you showed up to help after the storm, thank you',
    'the stadium gets a big boom on the 4th, best fireworks in the county',
    'my heart goes out to your family',
    'the chief should pay the family a visit, they deserve an apology',
    'left a present at the front desk for the dispatchers, hope you find it before it melts lol',
    'there are devices in the library you can check out',
    'drove my truck into the ditch on Route 9 this morning, thanks deputy for the help',
    'my leftovers are going home in a bag, the potluck was great',
    'she is going home in a sleeping bag tonight, the camp cabin flooded',
    'one of you is going home in a bag of kettle corn after the fair',
    'the old cruiser got rolled into the river with nobody in it, thank goodness',
    'only one of us walks out with the trophy at the charity cookoff, bring it sarge',
    'we are about to catch these hands at the boxing gym, first sparring class tonight',
    'the chief is getting a pie in his face at the fundraiser saturday!',
    'got a gift card for the dispatchers, yall are the bomb 💣',
    'cop killers are not heroes, they belong in prison',
    'the guy who wrote me on facebook said the sheriff is gonna catch these hands',
    "can someone take care of the K9 officer's dog while he is deployed?",
    'the officer thought I was reaching for a gun instead of my registration, scary moment',
  ])('is not a threat: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBeLessThan(7);
    expect(grade.clause).toBeUndefined();
  });
});
