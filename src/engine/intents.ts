/**
 * Intents recognised by rule, before any retrieval. Patterns run on
 * normalised text (lower case, no punctuation or apostrophes: "cant", "im").
 */
export type Intent =
  | { kind: 'urgent' }
  | { kind: 'booking' }
  | { kind: 'personal' }
  | { kind: 'smalltalk'; topic: SmalltalkTopic };

export type SmalltalkTopic = 'hello' | 'thanks' | 'goodbye' | 'identity';

const anyOf = (patterns: string[]) => new RegExp(`(?:^|\\b)(?:${patterns.join('|')})`);

/** Red flags: emergency guidance, never an FAQ answer. Worded as symptoms happening now, not questions about risks. */
const URGENT = anyOf([
  '(cant|cannot|can not|couldnt|trouble|difficulty|hard|struggling to|struggle to|unable to) (to )?breath',
  'breathing (is )?(hard|difficult|trouble)',
  'short(ness)? of breath',
  'throat (is |feels )?(swell|swollen|closing|tight)',
  '(face|lips?|tongue|mouth) (is |are |feels? |has |have )?(swell|swollen|puff)',
  'swell\\w* (of |in )?(my )?(face|lips?|tongue|throat)',
  'chest (pain|hurts|tight|pressure)',
  'pain in (my )?chest',
  'having an allergic reaction|(im|i am|think im|i think i am|may be|might be) (having )?(an )?allergic',
  'anaphyla',
  'hives (all )?over',
  '(spreading|spread) (red|redness)|redness (is )?spreading|red streak',
  '(fever|feverish|temperature|chills)\\b.*\\b(red|hot|swollen|swelling|injection|shot|knee)',
  '\\b(red|hot|swollen|swelling|injection|shot|knee)\\b.*\\b(fever|feverish|chills)',
  'bleed\\w* (that )?(wont|will not|doesnt|does not|isnt|not|cant|keeps)',
  '(heavy|lot of|lots of|so much|wont stop) bleed',
  'blood (everywhere|wont stop|keeps)',
  'sudden(ly)? (numb|weak|cant move|cannot move)',
  '(cant|cannot) (feel|move) my (leg|legs|foot|feet|arm|face)',
  '(face|smile) (is )?droop',
  'slurred',
  'suicid|kill myself|killing myself|end my life|self harm|hurt myself|harm myself|dont want to (live|be alive)|want to die',
  'passed out|passing out|faint(ed|ing)',
]);

/** Requests to book or to reach a person: hand off with the booking link. */
const BOOKING = anyOf([
  '(can|could|may|how do|how can|where do|where can|want to|like to|id like to|i want|wanna|help me) (i |we )?(to )?(book|schedule|make an appointment|get an appointment|see a doctor|see someone|see the doctor)',
  '^(book|schedule)\\b',
  'book (an |a )?(appointment|consult|consultation|session|visit)',
  '(make|get|set up|arrange) (an |a )?(appointment|consult|consultation)',
  '(talk|speak|chat) (to|with) (a |an |the |some )?(human|person|real|someone|somebody|doctor|nurse|staff|team|receptionist|agent)',
  'real person|human being|call me back|contact (you|someone|the clinic)|phone number|how (do|can) i (contact|reach|call)',
]);

/** Questions only a clinician who knows the visitor can answer. */
const PERSONAL = anyOf([
  '(im|i am|i m) (pregnant|diabetic|breastfeeding|nursing|on (blood thinners|warfarin|medication|meds))',
  'pregnan|breastfeed|warfarin|blood thinner|eliquis|xarelto|clopidogrel|chemo',
  '(i take|i am taking|im taking|i use|i have been taking|ive been taking|i m taking) ',
  '\\bmy (meds|medication|medications|medicine|pills|prescription|diabetes|heart condition|blood pressure)',
  'should i (stop|start|take|get|have|do|try|go|choose|avoid having)',
  '(is it|would it be|will it be|is prolotherapy|is this|is prolo) (safe|right|ok|okay|good|suitable|a good idea|appropriate) for (me|my)\\b',
  '(can|could|should) (i|my) (have|get|do) (it|this|prolotherapy|prolo|the injection)s? (if|while|with|when) (i|im)',
  'am i (a good |a )?(candidate|suitable|eligible)',
  'diabet',
  'i have (a |an )?(heart|kidney|liver|bleeding|immune|autoimmune|cancer|clotting)',
]);

const HELLO = /^(hi|hii+|hey|heya|hello|hullo|yo|howdy|greetings|good (morning|afternoon|evening|day)|hi there|hello there|hey there)( (there|again|bot|everyone|all|friend))?$/;
const THANKS = /^(ok |okay |great |perfect |cool |awesome |brilliant |lovely )?(thanks?|thank you|thx|ty|cheers|much appreciated|thanks a lot|thank you so much|thanks so much|many thanks)( (so much|a lot|very much|for (the|your) (help|info|information|answer)))?( bye| goodbye)?$/;
const GOODBYE = /^(ok |okay |thanks |thank you )?(bye|goodbye|good bye|bye bye|see you|see ya|cya|later|have a (good|nice) (day|one)|take care|thats all|that is all|im done|no thanks)( (for now|then|now))?$/;
const IDENTITY = /^(who|what) (are|r) (you|u)|^are (you|u) (a )?(bot|robot|human|real|person|ai|machine|chatbot)|^(is this|am i talking to) (a )?(bot|robot|human|real person|ai)|^what can (you|u) do|^how (do|does) (you|this) work$|^how are (you|u)/;

/** Recognises the intents that come before retrieval; `text` is normalised. Urgent wins over everything. */
export function detectIntent(text: string): Intent | null {
  if (URGENT.test(text)) return { kind: 'urgent' };
  if (BOOKING.test(text)) return { kind: 'booking' };
  if (PERSONAL.test(text)) return { kind: 'personal' };
  if (HELLO.test(text)) return { kind: 'smalltalk', topic: 'hello' };
  if (THANKS.test(text)) return { kind: 'smalltalk', topic: 'thanks' };
  if (GOODBYE.test(text)) return { kind: 'smalltalk', topic: 'goodbye' };
  if (IDENTITY.test(text)) return { kind: 'smalltalk', topic: 'identity' };
  return null;
}
