// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gradeWithShippedModel } from './test-grader';
import { expectNoThreat, expectThreatByRule } from './threat-expectations';

// Arms brought, menaces that name no harm, Spanish threats (threat-rules-intimidation.ts,
// threat-rules-spanish.ts), each with harmless twins (examples ours).
describe('a menace a rule reads, not left to the threat head for review', () => {
  // The head caught several of these already, for review; the rules read them for sure.
  it.each([
    "Next time I'll be the one in the hallway with the gun.",
    'Saw your boy at the hockey rink Saturday, deputy. Good skater. Would be a shame.',
    'Your kids get off the bus at Oak and 5th at 3:30 right? just checking',
    'the sergeant parks his truck in the same spot every night behind the precinct. real predictable',
    'I followed that deputy home last night',
    'keep checking your mirrors sergeant',
    'Next deputy on my porch is getting a 12 gauge welcome',
    'bomb in the stadium saturday. stay home',
    'got 200 rounds and a list of names from the courthouse',
    'I got a scope and a lot of patience, sergeant',
    "teach that deputy a lesson he won't walk away from",
    'that officer deserves to be slammed on the pavement like he did my cousin',
    'next patrol car that boxes me in gets rammed off into the harbor',
    "I know which officer wrote my citation. I'll be waiting by his truck after shift with a bat",
    "$1000 to whoever breaks that sergeant's jaw",
    "hope that deputy's kids grow up without a daddy",
    "Deputy you're on days this week. Your house sure is empty when you're at work",
    "payback is coming and it won't be in court",
    'no vas a ver venir lo que te va a pasar, sargento',
    'followed unit 12 home last night',
    'your son pitches for the Eagles right? caught his game saturday. good arm',
    'your family eats at the diner on Main every Friday. see you there',
    // a mass shooting at any place or event (threat-rules.ts)
    'Gonna shoot up harbor fest if they dont drop the charges',
    'im gonna shoot up the rodeo saturday',
    'me and my boys bout to shoot up the fair',
    'we gonna shoot up that casino on route 6',
  ])('is Threatening with no review needed: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(8);
    expect(grade.needsReview).toBe(false);
  });
});

describe('a menace that names no harm', () => {
  it.each([
    'me and my cousins rolling up to the substation friday with the straps',
    'keep it up and I come down there armed',
    'bringing my glock to the council meeting, not a casserole',
    'just bought a new shotgun for you pigs on 5th street',
    'got 20 rounds and each one has a badge number on it',
    'search my house again and it will be the last raid you ever do',
    'hang up on me again and you will be the one needing an ambulance',
    "I'm making sure that detective doesn't make it home tonight",
    "touch my son again and you'll be eating through a straw",
    "you'll see what happens deputy real soon",
    'tick tock sheriff',
    '🔪🔪 the mayor',
    'we know which truck is yours sergeant',
    'hope u said goodbye to ur wife this morning officer',
    'nice house you got officer. would be a shame',
    'that substation looks real flammable',
    "I'd check under your car every morning deputy",
    "your vest won't save you forever",
    "they won't see it coming",
    'your days on this earth are numbered',
    "if they catch me I'm taking a few cops with me",
    "I'm coming for the sergeant next",
    "I'll be at the charity game with a knife, tell your officers",
    "I'm bringing my AR to the basketball game and lighting up every cop there",
    "I'm driving through your checkpoint and taking as many of you with me as I can",
    'We have the pipe bomb built. Headquarters. Friday.',
    "Got your address and a shotgun. I'm coming to use it on you.",
    'Two in your chest.',
    'now i know exactly who im shooting first',
    "Tase my son again and you'll be on the ground with a bullet in you",
    'Tow guy better enjoy his last few days breathing.',
    "He's getting jumped and shot tomorrow.",
    'ur partner gonna be picking your teeth up off the pavement',
    "Detective, I'd check under my car every morning if I were you.",
    'shift ends at 7 right? bring your vest it wont help',
    "I've got a full mag with that sergeant's name on every round",
    "He'll be dead by Christmas. I'll see to it personally.",
    'Drop the charges by Friday or the detective’s family pays in blood.',
    'Wishing a slow, violent death on the trooper who caused that crash.',
    'Sleep light, chief. We’re closer than you think.',
    "I'm bringing the shotgun when you get home, officer.",
    'Campus PD better have a lot of body bags ready at the rally tomorrow.',
    'A dead cop = a good day.',
    "That CO who let my son die is getting stabbed. I'm doing it myself.",
    'Me and my boys pulling up tonight. Everybody inside getting shot.',
    'If my son is not moved to the hospital by tonight I am coming in there shooting.',
    'Got my 9 loaded and your schedule, officer.',
    "Drive by on the sheriff's house tonight.",
    "I'm coming to get them, and I won't be coming alone or unarmed.",
    "If you vote yes, commissioner, I wouldn't start my car in the morning if I were you.",
    "Next time you won't make it back to your truck, officer.",
    "come back on my land again and he's leaving in a body bag",
    'show up with that warrant again and we will meet you at the gate with rifles',
    "we're coming to your trailer tonight with bats",
    // a dare, an event announced, slang for a killing, a crowd set on someone
    'PULL ME OVER AGAIN AND SEE IF I DONT SMOKE YOU',
    "there will be a shooting at the chief's press conference. you were told",
    "lay one more finger on the protesters and I'll lay you down myself",
    'dox him and let the streets do the rest',
    // "write this down" reports nothing
    'Write this down: I will burn the new substation before it opens',
    'les deseo la muerte a todos ustedes',
  ])('is Threatening: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBe(8);
  });

  it.each([
    "I'm bringing my rifle to the range with my son this weekend",
    'Can I bring my gun to the station to turn it in at the buyback?',
    'bought a new bat for my son, he loves baseball',
    'That was the last time I ever call you for help.',
    'Wait and see what happens with the investigation.',
    "Tick tock, it's been 3 weeks and still no answer on my records request.",
    'RIP officer 🕊️ ⚰️ thank you for your service',
    'Does anyone know which car hit my mailbox last night?',
    'Check under your car for cats before you start it this winter!',
    "Your badge won't protect you forever, my lawyer is filing suit Monday.",
    "They won't see it coming when we vote them out in November.",
    'Your days as chief are numbered, the council meets Tuesday.',
    "We're coming for the chief's job at the ballot box.",
    'We will come for your kids’ safety class on Saturday',
    'Call us and we will come for you',
    'bringing my bat to the game saturday, go team',
    'I have the bomb tacos recipe if anyone wants it',
    'Enjoy your last shift, happy retirement!',
    'The suspect is getting treated at the hospital tonight.',
    'I check under my car for cats every morning in winter.',
    "The suspect allegedly texted the victim 'I'm coming for you' before the attack.",
    "I'll take a stab at it: the guy on the poster turns himself in by Friday.",
    'Wishing death on officers in a comment section brings no one back. Stop it.',
    'Bring your vest, the range gets cold in the morning.',
    'Tell us about the time you voted to take our guns away.',
    'quoting the dude from yesterday: "im gonna burn the precinct down." that got him arrested',
    'Better have ambulances ready for the marathon, it will be hot.',
    "I'm not going to hurt anybody. I just want answers about how my son died in there.",
    'The comment about checking under his truck is a threat, plain and simple. Flagged it.',
    "I'm going after my degree this fall, wish me luck officers!",
    "I'll be the one with the gun at the hunter safety class",
    "I'll lay the baby down for a nap then call you back",
    'there will be a shooting range at the fair this year',
    "we'll see if we don't win the game tonight",
    // praise, a warning, ruin by the law, a contract, a contest, counter-speech
    'The tamales the deputies sold at the fundraiser are to die for',
    "you're going to get somebody killed driving like that on Route 9",
    "I don't think anybody should go deal with that deputy outside, let the courts do it",
    "When the bodycam footage comes out you're all finished, my lawyer has the request in",
    'Kill the jail contract and fund the library instead',
    'the deputies are gonna get slaughtered at the tug of war',
    'people writing kill all cops on here need to grow up',
    'Keep your kids close at the parade, lots of pickpockets. just saying',
    'Your kids are so cute at the safety fair! would be a shame to miss it next year',
    'the sergeant parks his truck on Elm every night, interesting choice with all the break-ins lately',
    'The honor guard gave the fallen deputy a 12 gauge salute at the memorial',
    'The bomb squad told everyone to stay away from the courthouse until they cleared the package',
    "that lesson he won't forget: always wear your seatbelt, glad the deputy was ok",
    "We're going to slaughter the deputies at the chili cookoff next year",
    'FIRE HIM. FIRE HIM. FIRE HIM.',
    "Police vs fire department softball Saturday, we're gonna destroy them",
    'whoever wrote this ordinance should get kicked off the council',
    'The trucks run the red light on Elm all day. Somebody is going to get killed',
    'Hurricane season is a good time to check your generator',
    'I hope no kid has to grow up without a dad because of this',
    "There's a bomb squad demo at the fair on Saturday",
    'theres a bomb shelter under the old courthouse',
    "I'll be the one with the camera at the parade, come say hi",
    // drugs, medicine, prices and songs shoot up too
    'gonna shoot up some heroin lol',
    'prices are gonna shoot up this year',
    'I will shoot up my insulin before the game',
    "I'm not gonna shoot up again, 90 days clean",
    'we will shoot up the charts with this song',
  ])('is not: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBeLessThan(7);
  });
});

describe('a threat in Spanish', () => {
  it.each([
    'ojalá le den un balazo a ese comandante',
    'te voy a meter un tiro oficial',
    'a ese sargento hay que darle piso',
    'cuídate la espalda oficial',
    'sé dónde vives sheriff',
    'ya te llega tu hora comandante',
    'vas a pagar caro, policía',
    'le caemos a la estación con los fierros',
    'la próxima vez que pongan el retén los atropello a todos',
    'vamos a ir armados a la estación el viernes',
    'merece que lo muelan a golpes hasta que deje de respirar',
    'sabemos en qué escuela estudian tus hijos, sargento',
    'si vuelven a poner ese retén les paso por encima con la troca',
    'suelten a mi hermano hoy o voy a balacear la cárcel',
    'mañana llevo la pistola al campus y el primer poli que vea se muere',
    'esta noche lo dejo lleno de navajazos',
  ])('is Threatening: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBe(8);
  });

  it.each([
    'le dieron un balazo al muchacho anoche, qué tristeza',
    'la empresa va a quebrar si siguen cerrando la calle',
    'nadie debería lastimar a los oficiales',
    'ya es hora de abrir la calle',
    'mi mamá me va a matar cuando vea la multa',
    'vamos a ir al partido con mis hijos el viernes',
    'El cazador que mató a la muchacha fue sentenciado a cuatro años de prisión.',
    'Someone beat a man with a bat outside the bar on 3rd last night, hope he is ok',
    'Meet you at the gate with the raffle tickets!',
  ])('is not: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBeLessThan(7);
  });
});

// From the misses of batches 51–57 (examples ours, reworded): menaces said as advice, as a
// count of days, or as what happens to "people like you"; and their harmless twins.
describe('menaces said as advice or as a count of days', () => {
  it.each([
    "You won't always have a badge and a partner next to you, deputy.",
    'dont start your car tomorrow sergeant',
    "Don't start your truck tonight without checking under it.",
    "people like you don't usually make it to retirement around here",
    'Bomb threat: the north substation, 4pm. Not kidding.',
    'Cuenta tus días, oficial.',
    'Ese oficial no va a llegar vivo a su casa hoy.',
  ])('is Threatening: %s', expectThreatByRule);

  it.each([
    "Don't start your car without scraping the windshield, deputies will ticket you",
    "You won't always have your mom to bail you out, grow up",
    'There was a bomb threat at the courthouse today, not kidding, they evacuated everyone',
    'Cuenta tus días de vacaciones, ya casi es verano',
    'El paciente no va a llegar vivo a su casa si no llega la ambulancia',
  ])('is below Offensive: %s', expectNoThreat);
});

// From the misses of batches 58–64 (examples ours, reworded): advice about a cruiser, a slogan,
// "the wrong family", a weapon's business end, a prayer in Spanish; and their harmless twins.
describe('menaces said as advice, a slogan or a prayer', () => {
  it.each([
    "Wouldn't park that cruiser by the mill tonight if I were you.",
    "You can't be on duty 24/7, sergeant.",
    'You messed with the wrong family. Remember that.',
    'that deputy needs to meet the business end of my shotgun',
    'mejor reza que no sea yo al que pares mañana, oficial',
    "Dead cops don't write tickets. Make it happen.",
  ])('is Threatening: %s', expectThreatByRule);

  it.each([
    "I wouldn't park your car on Main overnight if I were you, they tow at 2am",
    "Officers can't be on duty 24/7, hire more staff",
    'Big game tonight, they messed with the wrong team lol',
    'Mejor reza que no llueva en el desfile',
    'Someone spray painted "dead cops don\'t write tickets" on the underpass, disgusting, please clean it up',
  ])('is below Offensive: %s', expectNoThreat);
});

// From the misses of batches 65–71 (examples ours, reworded): a vest, a friendly tip, a family
// seen "for now", lunch known, days counted, a pine box; and their harmless twins.
describe('menaces said as a tip, a sighting or a slogan', () => {
  it.each([
    "Keep it up. You're not always going to be wearing that vest, sergeant.",
    "I'd stay well clear of the harbor fest if I was wearing a badge. Friendly tip.",
    'Saw your husband at the hardware store. He seemed happy. For now.',
    'We know where you eat lunch every day, officer.',
    'Cuenten sus días, oficiales.',
    'the only good trooper is one in a body bag',
  ])('is Threatening: %s', expectThreatByRule);

  it.each([
    "You're not always going to be right, chief, but thanks for listening",
    "I'd stay away from the parade route if I was a cop, the crowds are insane",
    'Saw your wife at the market, tell her I said hi!',
    'Everybody knows where the cops get coffee lol',
    'Cuenten sus días de vacaciones que ya viene el verano',
    'The only good pie is the one at the church bake sale',
  ])('is below Offensive: %s', expectNoThreat);
});

// Spanish menaces from batches 72–78's misses (examples ours, reworded): a body found in the canal
// or carried out in a box, a head blown off, an officer run over ("de corbata"), a day of reckoning;
// and their harmless twins.
describe('Spanish menaces: a body found, a head, "de corbata", a day to come', () => {
  it.each([
    'ese oficial va a amanecer en el canal, ya verán',
    'ese sargento va a salir en una caja, díganle',
    'ni se les ocurra entrar a mi casa sin orden, al primero que entre le vuelo la cabeza',
    'en el retén me llevo de corbata al primer oficial que me pare',
    'ya llegará tu día, oficial. no olvido tu cara',
  ])('is Threatening: %s', expectThreatByRule);

  it.each([
    'Mañana va a amanecer nublado en el valle',
    'El paquete va a salir en una caja grande por correo',
    'Ya llegará tu día de suerte, no te rindas',
    'Me llevo de corbata a mis primos al desfile jaja',
  ])('is below Offensive: %s', expectNoThreat);
});
