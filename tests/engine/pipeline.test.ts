import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/engine/createAnalyzer.js';
import { createTermCorrector, editDistance } from '../../src/engine/createTermCorrector.js';
import { createTermIndex } from '../../src/engine/createTermIndex.js';
import { createIntentDetector } from '../../src/engine/intents.js';
import { ENGLISH } from '../../src/engine/english.js';
import { normalize, questionSentences } from '../../src/engine/normalize.js';
import { phraseOverlap } from '../../src/engine/phraseOverlap.js';
import { retrieve } from '../../src/engine/retrieve.js';
import { stem } from '../../src/engine/stem.js';

const STOP_WORDS = new Set(ENGLISH.stopWords.split(' '));
const detectIntent = createIntentDetector(ENGLISH);

describe('normalize', () => {
  it.each([
    ['Prolothérapie’s  COST?!', 'prolotherapies cost'],
    ["Don't  stop", 'dont stop'],
    ['“Sugar—water”', 'sugar water'],
    ['<b>bold</b>', 'b bold b'],
    ['a\u0000b\u001bc', 'a b c'],
    ['   ', ''],
  ])('%j → %j', (input, expected) => expect(normalize(input)).toBe(expected));
});

describe('questionSentences', () => {
  it('picks the sentences of a longer message that ask something', () => {
    expect(questionSentences('Is it safe? My daughter found it online. What does it cost?!')).toEqual(['is it safe', 'what does it cost']);
  });

  it('picks the clause that asks, after a story told in the same sentence', () => {
    expect(questionSentences("I'm sick to death of this knee pain, what is prolotherapy exactly?")).toEqual(['what is prolotherapy exactly']);
  });

  it('picks the clause after a dash, whether typed as a hyphen or a dash', () => {
    expect(questionSentences('my brother-in-law swears it is an operation - is it surgery or not?')).toEqual(['is it surgery or not']);
    expect(questionSentences('I bake cakes for a living — what goes into the injection?')).toEqual(['what goes into the injection']);
  });

  it('finds none in a message of one plain question, or with no question', () => {
    expect(questionSentences('is it safe?')).toEqual([]);
    expect(questionSentences('my knee hurts. i want to know more')).toEqual([]);
  });
});

describe('stem', () => {
  it.each([
    ['injections', 'injection'],
    ['sessions', 'session'],
    ['therapies', 'therapy'],
    ['injected', 'inject'],
    ['swelling', 'swell'],
    ['stopping', 'stop'],
    ['knees', 'knee'],
    ['tendinitis', 'tendinitis'],
    ['is', 'is'],
  ])('%s → %s', (word, expected) => expect(stem(word)).toBe(expected));

  it('meets plural and singular halfway', () => {
    expect(stem('athletes')).toBe(stem('athlete'));
    expect(stem('ligaments')).toBe(stem('ligament'));
  });

  it('gives a short verb its silent e back, and only where the vowel was long', () => {
    expect(stem('coming')).toBe(stem('come'));
    expect(stem('taking')).toBe(stem('take'));
    expect(stem('hiked')).toBe(stem('hike'));
    expect(stem('sitting')).toBe('sit');
    expect(stem('sitting')).not.toBe(stem('site'));
  });
});

describe('stop words', () => {
  it('drop words that carry no topic but keep ones that separate topics', () => {
    expect(STOP_WORDS.has('the')).toBe(true);
    for (const word of ['how', 'long', 'many', 'after', 'who', 'when']) expect(STOP_WORDS.has(word)).toBe(false);
  });
});

describe('createAnalyzer', () => {
  const { terms: analyze } = createAnalyzer({ shot: 'injection', 'sugar water': 'dextrose', advil: 'anti-inflammatory', prolo: 'prolotherapy' }, STOP_WORDS);

  it('maps visitor words and phrases to the words the Q&A uses', () => {
    expect(analyze('Is the shot just sugar water?')).toEqual(['injection', stem('dextrose')]);
    expect(analyze('can I take advil after prolo')).toEqual(['take', 'anti', 'inflammatory', 'after', 'prolotherapy']);
  });

  it('treats an entry and a question the same way', () => {
    expect(analyze('Injections of dextrose')).toEqual(analyze('shot of sugar water'));
  });
});
describe('Synonym phrases', () => {
  const { terms: analyze } = createAnalyzer({ 'whats in': 'ingredient' }, STOP_WORDS);

  it('are read across filler words that belong to no phrase', () => {
    expect(analyze("What's actually in it?")).toEqual(['ingredient']);
    expect(analyze("what's really in the shot")).toEqual(analyze("what's in the shot"));
  });
});


describe('createTermCorrector', () => {
  const correct = createTermCorrector(['session', 'prolotherapy', 'swelling', 'most', 'dextrose']);

  it.each([
    ['sesion', 'session'],
    ['prolotheraphy', 'prolotherapy'],
    ['swleling', 'swelling'],
    ['dextorse', 'dextrose'],
  ])('corrects %s to %s', (typo, term) => expect(correct(typo)?.term).toBe(term));

  it('leaves short words alone: "cost" must not become "most"', () => {
    expect(correct('cost')).toBeNull();
  });

  it('does not stretch to unrelated words', () => {
    expect(correct('insurance')).toBeNull();
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('swleling', 'swelling', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});

describe('retrieve', () => {
  const analyzer = createAnalyzer({}, STOP_WORDS);
  const index = createTermIndex(
    [
      { question: 'How many sessions?', alternates: ['number of sessions'], tags: 'sessions', answer: 'Three to six.', quotes: '' },
      { question: 'Does it hurt?', alternates: ['is it painful'], tags: 'pain', answer: 'A little, for a few days.', quotes: '' },
    ],
    analyzer,
  );
  const noCorrection = () => null;

  it('scores only entries sharing a term, best first', () => {
    const { candidates } = retrieve(index, [{ term: 'session', weight: 1 }], noCorrection, 10, 0.6);
    expect(candidates.map((c) => c.entry)).toEqual([0]);
    expect(candidates[0]!.coverage).toBe(1);
  });

  it('lowers coverage for words the knowledge base never uses', () => {
    const query = ['session', 'insurance'].map((term) => ({ term, weight: 1 }));
    const { candidates, unknown } = retrieve(index, query, noCorrection, 10, 0.6);
    expect(unknown).toEqual(['insurance']);
    expect(candidates[0]!.coverage).toBeLessThan(0.6);
  });

  it('phraseOverlap is 1 for a question that is exactly one of the phrasings', () => {
    const { matched, total } = retrieve(index, analyzer.terms('number of sessions').map((term) => ({ term, weight: 1 })), noCorrection, 10, 0.6);
    const phrasings = [['number', 'session'].map((t) => index.termIds.get(t)!)];
    expect(phraseOverlap(phrasings, matched, total, index)).toBe(1);
  });
});

describe('detectIntent', () => {
  it.each([
    ['i cant breathe', 'urgent'],
    ['my throat feels like its closing up', 'urgent'],
    ['chest pain since the injection', 'urgent'],
    ['i think im having an allergic reaction', 'urgent'],
    ['knee is red hot and i have a fever', 'urgent'],
    ['the bleeding wont stop', 'urgent'],
    ['sudden numbness in my leg', 'urgent'],
    ['i want to kill myself', 'urgent'],
    ['honestly i dont see the point anymore, been thinking about ending it', 'urgent'],
    ['can i book an appointment', 'booking'],
    ['i want to talk to a real person', 'booking'],
    ['i take warfarin is it safe for me', 'personal'],
    ['im pregnant can i have it', 'personal'],
    ['should i stop my meds before', 'personal'],
    ['i take aspirin every morning, would i have to stop it before the injections', 'personal'],
    ['do you have any appointments this week', 'booking'],
    ['how do i cancel my appointment', 'booking'],
    ['should i try physio first or go straight for prolotherapy', 'personal'],
    ['hello', 'smalltalk'],
    ['thanks so much', 'smalltalk'],
    ['bye', 'smalltalk'],
    ['are you a robot', 'smalltalk'],
    ['thank you so much, that helped', 'smalltalk'],
    ['am i chatting with a bot?', 'smalltalk'],
    ['cheers mate, thats really helpful', 'smalltalk'],
    ['who am i chatting to?', 'smalltalk'],
    ['r u like a bot or a real person typing', 'smalltalk'],
    ['top of the morning to you', 'smalltalk'],
    ['omg ur a lifesaver', 'smalltalk'],
    ['my wife asked me to say thank you', 'smalltalk'],
    ['i pressed the wrong button, sorry', 'smalltalk'],
    ['could you put me down for an appointment next week', 'booking'],
    ['Thank you very much for your kind help.', 'smalltalk'],
    ['should i try prolo or wait for the knee replacement', 'personal'],
    ['am i too old for this at 82', 'personal'],
    ['can my mum have it at her age', 'personal'],
    ['is my dad allowed to have prolotherapy', 'personal'],
  ])('%j is %s', (text, kind) => expect(detectIntent(text).intent?.kind).toBe(kind));

  it.each([
    'feels like someone is sitting on my chest since the shot',
    'my mouth feels fat and my words are coming out funny',
    'had chest pain years ago, unrelated. now i cant breathe',
    'knee is red and hot, and i have a fever',
    'a tight pain in the middle of my chest since lunch, probably indigestion',
    'since the injection my knee is hot and swollen, and tonight i have a temperature and the shakes',
    'my brother says hes going to take all his pills tonight',
    'a peculiar ache in my jaw and between my shoulder blades and i feel clammy',
    'the injection hole is weeping yellowish stuff and smells nasty',
    'the worst headache of my life came on all at once',
    'sweating buckets all night and the knee is angry red and hot',
    'tongue feels massive and my throat is tight since the shot lol should i be worried',
    'blood not stopping from injection hole already 1 hour',
    'suddenly i dont see from left eye',
    'he is shaking all the body and eyes go up',
    'i dont want live anymore with this pain',
    'been cutting again',
    'cant finish a sentence without stopping for air',
    'the redness has grown past the pen line and i feel fluey',
    'bleeding from the injection spot after my shower an hour ago and it still hasnt stopped',
    'if this jab doesnt work im going to kill myself',
    'mum went grey and floppy in her chair and isnt answering me properly',
    'my foot is like ice and has gone a bluey grey colour',
    'my legs gone numb from the knee down and wont take my weight',
    'my knee looks like a tomato and im burning up',
    'my right hand will not grip and my speech is a little thick',
    'if these injections do not work i shant be troubling anyone much longer, i have made my arrangements',
    'my tongues gone a bit swollen and itchy, prob nothing',
    'blood is coming from injection place and not stopping since 1 hour',
    'if this next round doesnt work ive got enough pills saved up that it wont matter anymore',
    'cnt brth help',
    'ma tongue is massive an a cannae swallow',
    'her face is swallowing up since the jab',
    'my dad is not able to lift his left arm and his talking is unclear',
    'the spot wont quit bleeding',
    'rashes full body and feeling giddy',
    'his bp is dropping and hes covered in hives',
    'tingling in my face and arm came on sudden',
    'keep looking up how many tablets it would take',
    'some nights i think about driving off a bridge',
    'cheast hurts so bad',
    'a squeezing ache behind my breastbone for half an hour',
    'it is like drowning, i cant fill my lungs',
    'heart keeps fluttering and i feel sick and clammy',
    'the needle hole is still pouring and pressing on it isnt helping',
    'his arm just went dead and his words are all muddled',
    'my calf has ballooned and is tender',
    'i have my tablets lined up and im done',
    'just so tired of being a burden',
    'the finger clip says my oxygen is 84',
    'pulse 150 just lying in bed',
    'tongue feels too big and im drooling haha',
    'feel muddled and boiling hot, had the injection monday',
    'my knees gone full tomato and im sweating with a fever',
    'nosebleed going 45 mins now',
    'peeing blood since this morning',
    'one of our residents keeled over after her appointment',
    'if this doesnt work im gonna kms',
    'been thinking about the bridge a lot lately',
    'the gauze is soaked thru again',
    'her face is become very big and she breathe with noise',
    'i have no more strength to live',
    'having really dark thoughts and i dont trust myself tonight',
    'my mum is talking gibberish',
    'gave my cat to my neighbour and sorted my will',
    'sharp stab in my chest and coughing up pinkish stuff',
    'everything went blurry in one eye',
    'bit sob since this morning and my calf is tight and hot',
    'pain radiating into my left arm since last night',
    'been planning how to end things if this doesnt work',
    'using my blue inhaler every 15 min and its not really helping',
    'he has gone very drowsy and muddled and his knee is bright red',
    'i dont really see the point in carrying on',
    'thinking id take all my tramadol tonight',
    'my arm went numb and heavy all of a sudden',
    'ive written letters to my kids just in case',
  ])('reads %j as a red flag now', (text) => expect(detectIntent(text).intent?.kind).toBe('urgent'));

  it.each([
    'i had chest pain years ago, unrelated, anyway how far apart are the sessions',
    'what should i do if i get an allergic reaction after the injection',
    'no fever or anything, is a bit of redness normal',
    'this knee pain takes my breath away some mornings',
    'im allergic to lidocaine can i still do it',
    'when i had my last knee op i fainted at the needle, does this one hurt much',
    'the waiting list is giving me a heart attack, how does prolo compare to the op',
    'my knee feels warm after the shot but no fever, how long will that last',
    'is it bad that my knee feels kinda warm after the jab no fever or anything',
    'my wife read online that you can get an allergic reaction to the injection',
    'breathless just thinking about the price lol',
    'nearly had a heart attack when i saw the price of a knee replacement',
    'last week my knee went red and hot and i had a temperature, its all cleared up now',
    'my leg went dead sitting crosslegged watching tv',
    'getting something off my chest: im terrified of needles',
    'almost passed out when i saw the bill, any payment plans',
    'i fainted at my ear piercing when i was sixteen haha, do the jabs hurt',
    'what should i do in case i get a rash after the injection',
    'tonight is the night before my first session, any tips?',
    'i use my inhaler every 4 hours for my asthma, is prolo ok with that',
    'my blood pressure is low normally, can i still have it',
    'i gave my dog to my sister for the week while i recover',
    'can i keep taking all my insulin as normal',
    'shoulder pain radiating to my arm for years, can prolo help',
    'i get drowsy from my meds, is the injection ok',
    'my knee felt heavy all of a sudden on the stairs',
    'ive decided im done with painkillers, is prolo an option',
    'i dont want to continue like this with my knee, what are my options',
    'i dont trust myself to do the exercises right',
    'been thinking about the bridge exercise my physio gave me',
    'will my leg not work for a few days after',
    'im confused about the number of sessions',
    'does the injection make your face swell',
    'i get short of breath climbing stairs because of my weight, does that matter',
    'my calf muscles are tight from running, will this help',
    'i feel faint just thinking about needles haha',
    'i was choking up when the doctor gave me the news',
    'i bruise easily, will i bleed a lot',
  ])('reads %j as no red flag happening now', (text) => expect(detectIntent(text).intent?.kind).not.toBe('urgent'));

  it.each(['is there any point in having it', 'when does the soreness end', 'can it cause an allergic reaction', 'is bleeding a risk', 'does it cause numbness', 'how many appointments will i need', 'hello how many sessions do i need'])(
    'leaves %j to retrieval',
    (text) => expect(detectIntent(text).intent).toBeNull(),
  );
});

describe('createAnalyzer on repeated and multi-line text', () => {
  const { terms: analyze } = createAnalyzer({ 'sugar water': 'dextrose', 'lower back': 'lumbar' }, STOP_WORDS);

  it('reads a phrase across a line break or punctuation as it reads it on one line', () => {
    expect(analyze('a little sugar\nwater')).toEqual(analyze('a little sugar water'));
    expect(analyze('my lower, back.')).toEqual(['lumbar']);
  });

  it('gives the same terms the second time a text is read', () => {
    const text = 'Injections into the lower back: sugar water, mostly.';
    expect(analyze(text)).toEqual(analyze(text));
    expect(createAnalyzer({ 'sugar water': 'dextrose', 'lower back': 'lumbar' }, STOP_WORDS).terms(text)).toEqual(analyze(text));
  });
});
