// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gradeWithShippedModel } from './test-grader';

// Tips for breaking the law and getting away with it (illegal-activity.ts). Examples ours.
describe('a tip for getting away with it', () => {
  it.each([
    'pro tip: take the back road around the checkpoint on Route 6, they never put a cruiser there',
    'just smoke your weed out by the dry lake, the deputies never check back there',
    'Dont pay the toll, just gun it through the booth. they never chase anybody',
    'park in the fire lane at the rodeo, nobody watching after 9',
    'sell your weed at the county fair, the cops are too busy with the parking',
    'crates of crawfish sitting out behind the fish house, nobody watching, go grab some',
    'buy fireworks across the state line and light em off at the lake, nobody ever catches you',
    'deputy left his truck unlocked at the boat launch again, go see whats in it',
  ])('encourages illegal activity: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(7);
    expect(grade.clause).toBe('a');
    expect(grade.reasons[0]?.text).toBe('Encourages illegal activity');
  });

  it.each([
    'The cops never check the park at night and kids sell pills there, please do something',
    'People smoke weed by the reservoir every night and nobody ever checks',
    'I take the back road to work because the highway is always jammed',
    'They never patrol our street, people do 80 through here',
    'The cops are too busy writing tickets to catch real criminals',
    'my truck was left unlocked and someone took my tools, nobody ever comes out here',
    'go get em tigers, good luck at state',
  ])('a complaint or a habit is not: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBeLessThan(7);
  });
});

// Vandalism or theft of police property praised, asking for more (illegal-activity.ts); an order
// to pull a fire alarm. Examples ours.
describe('cheering on vandalism and false alarms', () => {
  it.each([
    'whoever slashed the tires on the cruisers at the casino, legend. do it again',
    'to whoever stole the red light camera off Main, I will buy it lol',
    'pull the fire alarm at the sheriffs office, its hilarious when they scramble',
  ])('encourages illegal activity: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(7);
    expect(grade.reasons[0]?.text).toBe('Encourages illegal activity');
  });

  it.each([
    'whoever stole my catalytic converter, thanks a lot, hope you enjoy it',
    'someone keyed a cruiser outside the station last night, deputies are asking for tips',
    'someone pulled the fire alarm at the high school again',
  ])('a complaint or news is not: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBeLessThan(7);
  });
});

describe('more getaway tips', () => {
  it.each([
    'everybody go 20 over on the bypass tonight, they only got one car on shift',
    'drink on the sandbar all you want, they never check after dark',
  ])('encourages illegal activity: %s', (text) => {
    expect(gradeWithShippedModel({ text }).reasons[0]?.text).toBe('Encourages illegal activity');
  });
});

// A checkpoint or speed trap named with an urging to get past it (from the level-7 misses of
// batches 72–78; examples ours, reworded), and the same places named without one.
describe('a checkpoint or a speed trap to get past', () => {
  it.each([
    "Checkpoint's on Canal St tonight, take the levee road and you'll skip it",
    'Speed trap is by the water tower today, rest of the highway is clear, floor it',
    'Checkpoint on 40 tonight, go around through the feed store lot and you re golden',
    "The radar van's at the school until 4, then it leaves. Floor it after that.",
  ])('encourages illegal activity: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(7);
    expect(grade.reasons[0]?.text).toBe('Encourages illegal activity');
  });

  it.each([
    'Checkpoint on Route 9 tonight, please drive safe and have a designated driver',
    'Thank you for the speed trap by the school, people were flying through there',
    'The checkpoint backed up traffic for an hour, could you set it up off the main road next time?',
  ])('is not: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBeLessThan(7);
  });
});

// More acts urged with a reason they go uncaught (from batches 72–78, reworded).
describe('more tips for getting away with it', () => {
  it.each([
    'Smoke all the weed you want at the marina after dark, they never walk the docks',
    'Put your beers in a soda bottle at the parade, the cops never check those',
  ])('encourages illegal activity: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(7);
    expect(grade.reasons[0]?.text).toBe('Encourages illegal activity');
  });

  it.each([
    'Put your beers in the cooler before the parade, it gets hot out there',
    'People smoke all the weed they want at the marina and the cops never walk the docks, please patrol',
  ])('is not: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBeLessThan(7);
  });
});

// A way around a checkpoint, a stop or a plate reader, with why it works (from dev batches 84–87,
// reworded): a route alone is directions, and a route beside police who never come is a complaint
// about speeders unless something is being got past.
describe('a way around the law', () => {
  it.each([
    'Checkpoint on Mill St tonight, cut through the church lot, they never watch it',
    'If you had a few at the fair take Orchard Rd home, no cops back there after midnight',
    'if they light you up on the bypass just keep going to the county line, they never chase past it',
    'Put a strip of clear tape over your plate at the garage, the readers cant see it',
    'Hide your stash in the spare tire well, the dogs cant smell through it',
    'If you had a few, use Old Ferry Road, no deputys been down there in years',
    'hide the weed under the seat, the K9s out here cant smell through it',
    'Toss the bags in the pond if they stop you, nobodys wading in after them',
    'Checkpoint on the bridge again, take the gravel road by the ponds and youll miss it',
  ])('encourages illegal activity: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(7);
    expect(grade.reasons[0]?.text).toBe('Encourages illegal activity');
  });

  it.each([
    'Bridge is closed tonight, take Old Mill Road instead, they never plow it though',
    'Speeders fly down Linden because cops never sit out there. Take Old Mill home instead if you have kids.',
    'Checkpoint on Mill St tonight, cut through the church lot if you want to skip the line, drive safe',
    'The parade route is closed, cut through the church lot to get to the fair',
    'Take the service road behind the pier to get to the ferry, the main lot is full',
    'use the back road home if the highway is closed, the cops never plow it',
  ])('is not: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBeLessThan(7);
  });
});
