import type { Language } from '../knowledge/types.js';

/**
 * English: stop words and the phrasings of the intents recognised by rule.
 * Compiled into the knowledge JSON at build time, so a clinic's knowledge
 * carries its language and none of this text weighs on the widget's code.
 * Patterns are regular-expression sources run on normalised text: lower case,
 * no punctuation or apostrophes ("cant", "im").
 */
export const ENGLISH: Language = {
  /**
   * Words that carry no topic. Question words that separate topics
   * ("how", "who", "when", "long", "many", "after") are deliberately not here.
   */
  stopWords: `a about above again all also am an and any are as at be been being both but by can
  could did do does doing done during each either else ever for from get gets getting got had has have having
  he her here hers him his i id if ill im in into is isnt it its itself ive just let lets me might mine
  more most much must my myself no nor not now of off on once one only or other our ours out over own
  please really same she so some such than that thats the their theirs them then there these they this those
  through to too under until up us very was we were what whats which while will with would you your yours
  youre yourself hi hey hello ok okay um uh like know tell want wanna gonna need kind sort thing things
  anyone someone something thanks thank actually exactly basically really bit honestly anyway maybe probably
  quite pretty still even already yet sure wondering wonder curious question questions ask asking said say says told
  heard read think thought guess mean wait well yes yeah yep hmm lol stuff lot lots go going way ok
  people person somebody guys everyone anybody
  roughly genuinely properly sorry dumb silly actual actualy till b4 seriously literally totally definitely
  generally usually normally typically
  theyre theyll theyve youll youve weve dont doesnt didnt wont arent wasnt werent hasnt havent shouldnt wouldnt couldnt`
    .split(/\s+/)
    .filter(Boolean)
    .join(' '),
  /** Red flags: emergency guidance, never an FAQ answer. Worded as symptoms happening now, not questions about risks. */
  urgent: [
    '(cant|cannot|can not|couldnt|trouble|difficulty|hard|struggling to|struggle to|unable to) (to )?breath',
    'breathing (is )?(hard|difficult|trouble)',
    'short(ness)? of breath',
    'throat.{0,25}(swell|swollen|closing|close up|tight)',
    '(face|lips?|tongue|tounge|tung|mouth|eyes?) (is |are |feels? |has |have |keeps |started )?(swell|swollen|puff|blow)',
    'swell\\w* (of |in |up )?(my )?(face|lips?|tongue|tounge|throat)',
    'chest (pain|hurts|tight|pressure)',
    'pain in (my )?chest',
    'having an allergic reaction|(im|i am|think im|i think i am|may be|might be) (having )?(an )?allergic',
    'anaphyla',
    'hives (all )?over',
    '(spreading|spread) (red|redness)|redness (is )?spreading|red streak',
    '(fever|feverish|temperature|chills)\\b.*\\b(red|hot|swollen|swelling|injection|shot|knee)',
    '\\b(red|hot|swollen|swelling|injection|shot|knee)\\b.*\\b(fever|feverish|chills)',
    'bleed\\w*.{0,30}(wont|will not|doesnt|does not|isnt|not|cant|keeps|still) (stop|stopping|slow)',
    'bleed\\w* (keeps|wont|through|everywhere|heavily|a lot)',
    '(heavy|lot of|lots of|so much|wont stop) bleed',
    'blood (everywhere|wont stop|keeps)',
    'sudden\\w*.{0,25}(numb|weak|cant move|cannot move|collapsed)',
    '(cant|cannot) (feel|move) my (leg|legs|foot|feet|arm|face)',
    '(face|smile) (is )?droop',
    'slurred',
    'suicid|kill myself|killing myself|end my life|end(ing)? it all|self harm|hurt\\w* myself|harm\\w* myself|dont want to (live|be alive|be here)|want to die|better off dead',
    '(thinking|thought|thoughts) (about|of) (ending it|ending my|killing|hurting myself|not being here)|(dont|do not|cant) see (the|any) point (anymore|any more|in living|of living|in going on)|no (point|reason) (in |to )?(living|go on|going on)|cant go on|dont want to wake up',
    'passed out|passing out|faint(ed|ing)',
  ],
  /** Requests to book or to reach a person: hand off with the booking link. */
  booking: [
    '(can|could|may|how do|how can|where do|where can|want to|like to|id like to|i want|wanna|help me) (i |we )?(to )?(book|schedule|make an appointment|get an appointment|see a doctor|see someone|see the doctor)',
    '^(book|schedule)\\b',
    'book (an |a )?(appointment|consult|consultation|session|visit)',
    '(make|get|set up|arrange) (an |a )?(appointment|consult|consultation)',
    '(talk|speak|chat) (to|with) (a |an |the |some )?(human|person|real|someone|somebody|doctor|nurse|staff|team|receptionist|agent)',
    'free consultation',
    '(ring|call|phone|contact|text|email) me\\b|(set|setting) (that|it|this) up',
    'real person|human being|call me back|contact (you|someone|the clinic)|phone number|how (do|can) i (contact|reach|call)',
  ],
  /** Questions only a clinician who knows the visitor can answer. */
  personal: [
    '(im|i am|i m) (pregnant|diabetic|breastfeeding|nursing|on (blood thinners|warfarin|medication|meds))',
    'pregnan|breastfeed|warfarin|blood thinner|eliquis|xarelto|clopidogrel|chemo|insulin|metformin',
    '(i take|i am taking|im taking|i have been taking|ive been taking|im on|i am on) (\\w+ )?(medication|meds|medicine|pills|tablets|steroids|prednisone|aspirin daily|daily aspirin|blood|statins?)',
    '\\bmy (meds|medication|medications|medicine|pills|prescription|diabetes|heart condition|blood pressure|condition)\\b',
    'should i (stop|start|switch|change|quit|skip|come off|go off|choose|go ahead|wait|try prolo|try this|have it|get it|do it|try it|have prolo|get prolo|do prolo|have the|get the|do the|bother)',
    'fix mine|for mine|in my case|my situation|do i need (the|an|a) (op|operation|surgery|replacement)',
    '(right|best|suitable|good) (treatment|option|choice) for me',
    '(is it|would it be|will it be|is prolotherapy|is this|is prolo) (safe|right|ok|okay|good|suitable|a good idea|appropriate) for (me|my)\\b',
    '(can|could|should) (i|my) (have|get|do) (it|this|prolotherapy|prolo|the injection)s? (if|while|with|when) (i|im)',
    'am i (a good |a )?(candidate|suitable|eligible)',
    'diabet',
    'i have (a |an )?(heart|kidney|liver|bleeding|immune|autoimmune|cancer|clotting)',
  ],
  hello: '^(hi|hii+|hiya|hey|heya|hello|helo|hullo|yo|howdy|greetings|good (morning|afternoon|evening|day)|hi there|hello there|hey there)( (there|again|bot|everyone|all|friend))?$',
  thanks: '^(?:(?:ok|okay|very|great|perfect|cool|awesome|brilliant|lovely|that|thats|this|helps|helped|helpful|really|very|super|so|much|appreciated|nice|good|got it|understood|i see|makes sense|sense|makes)\\s)*(thanks?|thank you|thankyou|thx|ty|ta|cheers|much appreciated|many thanks|very helpful|helpful|that helps|that helped)(?:\\s(?:so|very|much|a lot|lot|for|the|your|help|info|information|answer|answers|that|this|bye|goodbye|again|heaps|loads|helped|helps|was|is|really|great|useful|helpful|perfect|mate|thats|its|kind|all|everything|assistance|time|patience|lovely|nice|answering|explaining))*$',
  goodbye: '^(ok |okay |thanks |thank you )?(bye|goodbye|good bye|bye bye|see you|see ya|cya|later|have a (good|nice) (day|one)|take care|thats all|that is all|im done|no thanks)( (for now|then|now))?$',
  identity: '^(who|what) (are|r) (you|u)\\b|^are (you|u) (a )?(bot|robot|human|real|person|ai|machine|chatbot)|^(is this|am i (talking|chatting|speaking) (to|with)) (a )?(bot|robot|human|real person|person|ai|machine|computer)|^who am i (talking|chatting|speaking) (to|with)|^what can (you|u) do|^how (do|does) (you|this) work$|^how are (you|u)',
  /** "hi there, who are you?" is still a question about the assistant. */
  greetingPrefix: '^(hi|hey|hello|hiya|good (morning|afternoon|evening))( there)? ',
  /** Words that make a question lean on the previous answer: "does that hurt?", "what about the back?". */
  followUp: '^(and|so|what about|how about|also|then|but)\\b|\\b(it|that|they|them|those|this|these|there)\\b',
};
