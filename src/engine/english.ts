import type { Language } from '../knowledge/types.js';
import { normalize } from './normalize.js';

/** A pattern for a word of `a` and a word of `b` (or either with an s: "tongue's" reads "tongues") at most `words` words apart, in either order. */
function near(a: string, b: string, words = 4): string {
  const gap = `(?: \\w+){0,${words}} `;
  return `\\b(?:${a})s?\\b${gap}(?:${b})s?\\b|\\b(?:${b})s?\\b${gap}(?:${a})s?\\b`;
}

/**
 * Small-talk phrases as the reader compares them, normalised here at build time; each one-word phrase also
 * with its last letter drawn out, as people type it ("hellooo", "byeee", "thanksss").
 */
function phrases(list: string[], { drawnOut = true } = {}): string[] {
  const all = list.map(normalize).flatMap((phrase) =>
    drawnOut && /^[a-z]+$/.test(phrase) ? [phrase, ...[1, 2, 3, 4].map((n) => phrase + phrase.at(-1)!.repeat(n))] : [phrase],
  );
  return [...new Set(all)];
}

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
  anyone someone something thanks thank actually exactly basically bit honestly anyway maybe probably
  quite pretty still even already yet sure wondering wonder curious question questions ask asking said say says told
  heard read think thought guess mean wait well yes yeah yep hmm lol stuff lot lots go going way
  people person somebody guys everyone anybody
  roughly genuinely properly sorry dumb silly actual actualy till seriously literally totally definitely
  generally usually normally typically whether
  u ur r ya pls plz abt bout wat wot wut cuz coz tho thru little sounds seems wtf wth omg w word words right ppl til kinda sorta n
  everybody nobody everything anything nothing whatever supposed idea plain simple simply layman laymans terms
  theyre theyll theyve youll youve weve dont doesnt didnt wont arent wasnt werent hasnt havent shouldnt wouldnt couldnt
  yesterday today morning mornings evening since ago nearly otherwise honest winter summer autumn loads heaps`
    .split(/\s+/)
    .filter(Boolean)
    .join(' '),
  /**
   * Red flags: emergency guidance, never an FAQ answer. Worded as symptoms happening now, not questions
   * about risks ("can it cause an allergic reaction" is not one). When unsure, a pattern errs towards urgent.
   * In groups of about the same size: each group is one regular expression, compiled in a step of its own.
   */
  urgent: [
    [
      // Breathing
      '(cant|cnt|cannae|cannot|can not|couldnt|trouble|difficulty|hard|struggling to|struggle to|unable to|not able to) (to )?(breath|brth|catch (my |his |her )?breath)',
      'breathing (is |feels |really |very |so |n |and )*(hard|difficult|trouble|fast|rapid|shallow|laboured|labored|heavy)',
      'short(ness)? of breath|breathless|(not enough|gasping for|struggling for|fighting for|cant get (any )?) ?air|gasping|wheez|asthma attack|choking(?! up)|suffocat',
      // Swelling of the throat, face or tongue; swallowing
      'throat.{0,25}(swell|swollen|closing|close up|tight)',
      '(face|lips?|tongue|tounge|tung|mouth|eyes?|eyelids?)s?( \\w+){0,4} (swell|swollen|puff|huge|tingl|blow|blue|grey|gray|swallowing up)|eyes? (are |is )?(closing|swelling) (up|shut)|eyes (are )?closing',
      'swell\\w* (of |in |up |on )?(the |my |his |her )?(face|lips?|tongue|tounge|throat|mouth|eyes?)',
      '(cant|cannae|cannot|can not|trouble|difficulty|hard|struggling to|unable to|not able to) (to )?swallow',
      '(swallowing|to swallow) (is |feels |getting )?(\\w+ )?(hard|difficult|impossible|painful|harder)',
      // Chest pain, heart
      '(chest|cheast|chset) (\\w+ ){0,2}(pain|hurt|tight|pressure|heavy|crushing|squeez|ach)|chest feels (tight|heavy|weird|strange|funny|like)',
      '(pain|pains|tight\\w*|pressure|heav\\w*|crushing|squeez\\w*|ache|aching|burning|feeling|weight) (\\w+ ){0,2}(in|on|across) (my |the |his |her )?chest',
      'tight chest|heart attack|pain (\\w+ ){0,3}(into|down|up) (my |his |her )?(jaw|left arm|arm)',
      '(clammy|cold sweat|cold and sweaty).{0,80}(jaw|chest|left arm|shoulder blades)|(jaw|chest|left arm|shoulder blades).{0,80}(clammy|cold sweat|cold and sweaty)',
      '(faint|dizzy|lightheaded|light headed|woozy).{0,80}heart (is )?(racing|pounding)|heart (is |keeps )?(racing|pounding|fluttering|flutters|skipping).{0,80}(faint|dizzy|woozy|chest|clammy|sweaty|sick)',
      '(oxygen|o2|sats|spo2|saturation)\\w* (\\w+ ){0,3}([1-8]\\d)\\b|breath\\w* (\\w+ ){0,2}([3-9]\\d) (a |per )?min',
      '(pulse|heart rate|heartrate|hr)\\w* (\\w+ ){0,3}(1[3-9]\\d|[2-9]\\d\\d)\\b|\\b(1[3-9]\\d|2\\d\\d) ?bpm|irregular (heart ?beat|heart rhythm|rhythm|pulse)',
      'heart (is )?(going|beating) (so |really |very )?(fast|quick)|inhaler (\\w+ ){0,2}(isnt|not|doesnt|wont|aint) (doing|working|helping)|squeaky',
    ],
    [
      // Allergic reaction
      'having (an |a bad |a )?(allergic|anaphyla)|allergic reaction (\\w+ ){0,2}(now|right now|after|since|from the|to the (injection|shot|jab))',
      'anaphyla|epipen|epi pen|hives (all )?over|(rash|hives) (\\w+ ){0,2}(spreading|all over|everywhere)|covered in (hives|a rash|rash|welts|blotches)',
      '(reacting|reaction) to (the |my )?(injection|shot|jab|dextrose|lidocaine|anaesthetic|anesthetic)',
      // Fainting, collapse, seizure
      'passed out|passing out|pass out|faint(ed|ing)?\\b|black(ed|ing)? out|collaps|unconscious|lost consciousness|wont wake|seizure|convuls|having a fit\\b',
      '(hit|bumped|banged) (my|his|her) head|keel\\w* over|(havent|not|hasnt) (peed|weed|had a wee|passed water|urinated)|cant stop shaking|unresponsive',
      // Infection: fever with a hot red knee, spreading redness, pus
      '(spreading|spread) (red|redness)|red\\w* (\\w+ ){0,2}(is )?(spreading|getting bigger|growing)|red streak',
      '(red|patch|rash)\\b.{0,40}(getting bigger|spreading|growing)',
      '(fever|feverish|temperature|temprature|tempreture|temp|chills|shiver\\w*|sweats|sweating|shaking|rigors|like death|death warmed|very unwell|really unwell|so unwell|boiling|roasting)\\b.*\\b(red|hot|swollen|swelling|injection|shot|jab|knees?|tomato)',
      '(gone|is|feels|seems|getting) (very |really |so )?(drowsy|muddled)',
      '\\b(red|hot|swollen|swelling|injection|shot|jab|knees?|tomato)\\b.*\\b(fever|feverish|temprature|tempreture|chills|shiver\\w*|sweating|shaking|rigors|like death|death warmed|very unwell|really unwell|so unwell|the shakes|a (high )?(temperature|temp)\\b)',
      '\\bpus\\b|oozing|looks infected|(is|got|gotten|has got) infected|infection (is )?(spreading|getting worse)|septic|sepsis|sepsys|sepis|flu like|running a (temp|temperature|fever)|high (temp|temperature|fever)',
      // Bleeding
      '(bleed|blead)\\w*.{0,30}(wont|will not|doesnt|does not|isnt|not|cant|keeps|still|hasnt|has not|havent|never) (stop|stopped|stopping|slow|slowed)',
      '(blood|bleed\\w*|blead\\w*) (is |has )?(still )?(not|wont|doesnt|never|non) ?stop\\w*|still (pouring|gushing|dripping|pissing)|pressing on it (isnt|is not|not|doesnt|does not|hasnt) (doing|helping|working|stopping)|(blood|bleed\\w*) (\\w+ ){0,4}non ?stop|still bleeding|keeps? bleeding|(through|thru) (\\w+ ){0,2}(dressings?|bandages?|plasters?)|soaked (\\w+ ){0,2}(dressing|bandage|plaster)',
      'bleed\\w* (keeps|wont|through|everywhere|heavily|a lot|badly)|(cant|cannot|can not) (get|make) (\\w+ ){0,3}(to )?stop bleeding|(gauze|dressing|bandage|plaster|pad)s? (\\w+ ){0,2}soak\\w* (thru|through)|blood (runs|running|pours|trickles) down|coffee grounds|nose ?bleed\\w* (\\w+ ){0,3}(\\d+ ?(min|mins|minutes|hour|hours|hrs)|wont stop|still going|not stopping)|(peeing|pee|urine|wee|weeing|pissing) (\\w+ ){0,2}blood|blood in (my |the )?(pee|urine|wee)|(wont|will not|doesnt|does not|cant|hasnt|never|not) (quit|stop|stopped) bleeding',
      '(heavy|lot of|lots of|so much|wont stop) bleed',
      'blood (\\w+ ){0,3}(everywhere|wont stop|keeps|soaking|pouring|gushing|running|spurting|dripping)|soak\\w* through|(pouring|gushing|spurting|pissing) (with )?blood|haemorrhag|hemorrhag',
    ],
    [
      // Stroke signs, sudden numbness or weakness, a leg losing blood supply or a clot
      'sudden\\w*.{0,25}(numb|weak|cant move|cannot move|collapsed|cant see|blind|blurr)',
      '(cant|cannot|can not|unable to|not able to) (feel|move|lift|raise)( or (feel|move|lift|raise))? (my |his |her |the )?(left |right )?(leg|legs|foot|feet|arm|arms|face|toes|hand)',
      '(lost|losing|lose) (the |my |his |her )?(sight|vision)|(dont|cant|cannot|can not) see (from|out of|with) (my |the |his |her )?(left |right )?eye|like a curtain|(cant|cannot) see (out of|properly|anything)|(cant|cannot) (hold|grip) (my |a |the |her |his )?(cup|mug|glass|pen|phone|fork|spoon)|(talking|speaking|talks) gibberish|(blurry|blurred|dark|black) (in|from|out of) (one|my left|my right|her left|her right|his left|his right) eye',
      '(speech|talking|voice) (is |feels |sounds |has gone |went )?(coming |coming out )?(a little |a bit |slightly |very |all )?(strange|weird|funny|slurred|wrong|off|odd|thick|unclear)',
      near('numb\\w*|weak', 'hand|arm|face|one side', 5),
      '(numb\\w*|weak\\w*|tingl\\w*|droop\\w*).{0,60}(came on|come on|started|happened) (all of a )?sudden|(numb\\w*|weak\\w*|droop\\w*).{0,30}all of a sudden',
      '(legs?|arm|foot|face) (has )?(just )?(gone |went )?(dead|floppy|limp|numb)|one side of (my |his |her |the )?(face|body)',
      'cough\\w* (up )?blood|(vomit\\w*|throwing up|throw up) blood',
      '(face|smile|mouth) (is )?droop|slurred|slurring|words (are )?(coming out )?(wrong|jumbled|muddled|all wrong)|(cant|cannot) (speak|talk) (properly|right)',
      'worst headache|headache of (my|his|her) life|headache (\\w+ ){0,4}(all at once|out of nowhere|like being hit)|sudden (severe |bad |terrible )?headache|thunderclap|(vision|sight) (\\w+ ){0,2}(gone|going|blurry|blurred|lost|black)',
      '(leg|legs|foot|feet|toes|calf)( \\w+){0,4} (blue|pale|white|purple|icy|ice cold)',
      'calf (\\w+ ){0,3}(swollen|swelling|swell|tender|hot|red|painful)|(swollen|swelling|painful|pain in|tender|hot) (\\w+ ){0,2}calf|blood clot|\\bdvt\\b',
    ],
    [
      // A sign near the part of the body it is about, in any order, a few words apart
      near('breath\\w*|air', 'cant|cannot|couldnt|catch\\w*|full|straw|short|struggl\\w*|fight\\w*|gasp\\w*|enough|difficult\\w*|trouble'),
      near('throat|throte|tongue|tounge|tung|mouth|lips?|voice', 'clos\\w*|squeez\\w*|strangl\\w*|thick|swollen|swell\\w*|fat|big|huge|massive|enormous|tight\\w*|croaky|hoarse|scratchy|tingl\\w*|puff\\w*|blue|grey|gray'),
      near('face', 'swollen|swell\\w*|puff\\w*|blue|grey|gray|droop\\w*|numb|lopsided|one side|balloon\\w*|very big|so big|huge|massive'),
      'breath\\w* (with )?(a )?nois\\w*|nois\\w* breath\\w*',
      near('tongue|tounge|mouth|lips?', 'drool\\w*', 6),
      near('chest|cheast|breastbone|breast bone|sternum|ribs', 'pain\\w*|hurt\\w*|tight\\w*|band|heav\\w*|pressure|crush\\w*|squeez\\w*|ach\\w*|burn\\w*|weight|sitting|standing|elephant|clutch\\w*|grabbing|stab\\w*', 6),
      near('itch\\w*|hives|welts?|blotch\\w*|rash\\w*', 'all over|everywhere|spread\\w*|whole body|full body|head to toe|popping up|throat|lips|dizzy|giddy|faint|breath\\w*'),
      '\\b(bp|blood pressure) (\\w+ ){0,2}(dropping|falling|crashing|dropped|fell|going low|gone low)',
      near('red\\w*', 'spread\\w*|getting bigger|growing|tracking|up my (leg|thigh)|past the', 6),
      near('stink\\w*|smell\\w*|yellow\\w*|green\\w*|weep\\w*', 'injection|needle|hole|wound|site|opening|pus|ooz\\w*|coming out|stuff|fluid', 5),
      near('bleed\\w*|blood', 'dripping|pouring|gushing|soak\\w*|wont stop|everywhere|floor|running down'),
      near('bleed\\w*', 'since|hours|all day|all night'),
      near('smile|mouth', 'lopsided|droop\\w*|crooked|one side|uneven|twisted', 3),
      near('calf|calves|back of (my |his |her )?(lower )?leg|lower leg|leg below the knee', 'fat|swollen|swell\\w*|warm|hot|tender|painful|puffy|(point|pull)\\w* (my )?toes|twice the size|bigger|burst\\w*|hard', 6),
      near('leg|calf|ankle', 'double the size|twice the size|size of the other', 6),
      near('cough\\w*', 'blood|pink\\w*|froth\\w*'),
      near('pills|tablets|meds', 'all at once|all of them|the lot|whole (bottle|packet|box)', 6),
    ],
    [
      // Someone not responding, confused or fitting
      '(wont|doesnt|not|cant|isnt|wasnt) (respond\\w*|wake\\w*)|cant (properly |really )?wake (him|her|them|my \\w+)|talking nonsense|mumbl\\w* nonsense|making no sense|doesnt know where (he|she|they|i) (is|am|are)',
      '(hes|shes|he is|she is|seems|became|gone|suddenly) (really |very |so )?confused|eyes (rolled|rolling|go up|going up|went up|gone up|go back|rolled back)|shaking (all|his|her) (the |whole )?body|whole body (is )?shaking|(had|having|just had) a fit\\b|jerking|went floppy|gone floppy',
      '(cant|cannot|couldnt) (get|find) (the |his |her |my )?words|find (his|her|my|the) words',
      'goodbye (letters?|notes?)|giv\\w* (away )?(all )?(my|his|her) (things|stuff|belongings|dog|cat|pets?) away|given away (my|all my)',
      // Said the way people say it (dev17)
      '(cant|cannot|can not|couldnt) fill (my |his |her )?lungs|drowning|(bit |very |quite |really |getting |so )sob\\b|inhaler every \\d+ ?(min|mins|minutes)|inhaler.{0,60}(not|isnt|doesnt) (really )?(help|work|doing)\\w*|(stopping|stop|pause|pausing) for (air|breath)|breathing through a (wet )?(sponge|straw|pillow)',
      'red\\w* (\\w+ ){0,4}(has )?(grown|spread)\\b|past the (pen )?line',
      '(bleed\\w*|blood).{0,90}(hasnt|has not|havent|not|never|wont|doesnt) (stop|stopped|stopping)|(bleed\\w*|blood).{0,60}still (going|coming)',
      '(wouldnt|wont|cant|cannot|doesnt|will not|does not|would not) grip|(left|right|one) side (\\w+ ){0,3}(feels )?(not there|numb|weak|dead|heavy)|on that side (\\w+ ){0,2}(feels )?(heavy|numb|weak|dead)',
      'words (keep |are )?(all )?(coming )?(out )?(wrong|jumbled|muddled)|(right|left) (hand|hnad|arm|leg) (\\w+ ){0,1}(not|isnt|aint) work\\w*|(hand|hnad|arm|leg) (\\w+ ){0,1}(not|isnt|aint) work\\w* prop\\w*|losing what (im|i am|she is|hes|he is|shes) saying',
      'thinking about using it on myself|(knife|blade|razor) (\\w+ ){0,8}(on )?myself|(most|how many|max\\w*) (\\w+ ){0,3}(pills|painkillers|tablets) (\\w+ ){0,5}(in one go|at once|at one time)',
      '(isnt|not|wont|cant) answer\\w* (me|properly)|(went|gone|turned|going) (really |very |all )?(grey|gray|pale|blue)|holding (his|her|my) chest',
      'what (year|day) it is|(didnt|doesnt|dont|cant) recogni[sz]e|same question over and over',
      near('leg|legs|foot|feet|toes|calf', 'like ice|ice cold|freezing|bluey|grey|gray|white|marbled|mottled', 8),
      near('calf|calves|back part', 'swollen|swell\\w*|hot|hard|painful|paining', 6),
      '(calf|calves).{0,40}tight and (hot|warm|swollen|red)',
      'heart (is |feels )?(pressing|squeez\\w*|heavy|tight)|(chest|\\bcp\\b|heart).{0,60}radiat\\w*|radiat\\w* (\\w+ ){0,3}(into|down|to) (my |the |his |her )?(left arm|jaw)|pain (\\w+ ){0,3}(go|goes|going|spread\\w*|moving) (\\w+ ){0,2}(to|into|up|down) (my |the )?(jaw|arm|neck)',
      '(wont|cant|wouldnt|doesnt) take my weight|burning up|thermometer|funny turn|rooms? (is |are )?spinning|belongs to someone else',
      'balloon(ing|ed)|(calf|calves).{0,80}(shiny|never lets go|wont let go|wont go away)|swelling (up )?(fast|quickly|by the minute)|tight as a drum|fluey',
    ],
    [
      // Thoughts of self-harm
      'made (my|his|her) arrangements|(end|ending) (things|everything)|(take|swallow) all (of )?(my |the )?\\w+ (tonight|at once)|strength to (live|go on|carry on)|better (if )?(i am|im|i was|i were) not here|(dont|do not) want to continue (my life|living)|dark thoughts|trust myself (tonight|anymore|any more|right now|alone)|ive decided im done\\b(?! with)|gave (my|all my) \\w+ (to (my |a )?\\w+ )?and sorted (out )?my will|\\bkms\\b|unalive|(thinking|think|thought) (\\w+ ){0,2}about (the |that )?(bridge|cliff|railway|train tracks|tracks) (\\w+ ){0,3}(a lot|lately|again|every day|near)|(pills|tablets|meds) (\\w+ ){0,2}lined up|lined up (\\w+ ){0,2}(pills|tablets|meds)|ways to make (it|this) (all )?stop|(cant|cannot|can not) keep living|disappear for good|tired of being a burden|(written|wrote|writing|write) (\\w+ ){0,2}letters? (to|for) (my|the) (kids|children|family|wife|husband)|(shant|wont|will not|shall not) be (troubling|bothering) anyone|(wont|not) be around (much |for )?(longer|long|all of them)|how to end it|ways to end it',
      'better off not (waking|being|living)|(dont|doesnt) see the point in anything|(pills|tablets|meds) saved up|saved up (\\w+ ){0,2}(pills|tablets|meds)|enough (pills|tablets|meds) (saved|stored|put by)',
      'suicid|kill (myself|himself|herself)|killing (myself|himself|herself)|end my life|end(ing)? it all|self harm|(hurt|harm|cut)\\w* (myself|himself|herself|themselves)',
      '(dont|doesnt) want (to )?(live|be alive|be here|go on)|(been|started|keep|keeps) cutting|cutting (myself|again)|finish (my|his|her) life|wants? to die|better off (dead|without me)|(not|never) (to )?wake up|overdose',
      '(want|going|gonna|plan\\w*|ready) to end it|take (my|his|her) (own )?life|taking (my|his|her) (own )?life|(not|isnt) worth living|nothing to live for|giv\\w* up on life|disappear forever',
      '(think|thinking|thought|thoughts) (about|of) (ending it|ending my|killing|hurting myself|not being here)|ending my life',
      '\\b(ill|i will|i would|id|im going to|im gonna) end it\\b|(wouldnt|didnt|would not|did not|never) wake up|wish i (was|were) (dead|gone)|wish i could (die|disappear)',
      'better off (\\w+ ){0,2}(if i|without me)|if i (wasnt|werent|was not|were not) (around|here|alive)',
      '(dont|do not|cant) (really )?see (the|any) point (anymore|any more|in living|of living|in going on|(of|in) carrying on)|(no )?(point|reason) (of |in |to )?(living|live|life|go on|going on|being alive)|cant go on',
      'how many (of )?(my |the )?(pills|tablets|painkillers|meds) (it )?(would|will|does|to) (it )?(take|kill)|(driv\\w*|jump\\w*|throw\\w* myself) (\\w+ ){0,2}(off|from|in front of|into) (a |the )?(bridge|cliff|roof|building|train|lorry|truck|traffic|river)',
      '(saving|stockpil\\w*|hoarding) (up )?(my |all my )?(\\w+ )?(pills|tablets|meds)|take all (my |his |her |their |the )?(\\w+ )?(pills|tablets|meds)',
    ],
  ],
  /** Clauses that tell of the past or ask a what-if: a red flag in one is not happening now. */
  urgentNotNow: [
    '(years?|months?|decades?) ago|during (my |the |his |her )?(last|previous|first) (injection|session|shot|jab)|as a (kid|child|teenager|teen)|when i was (young|little|a kid|a child|younger|a teenager|\\d+|\\w+teen|twenty|small|at school|in school|pregnant)|used to|in the past|long time ago|last year',
    'unrelated|cleared up|(nearly|almost) had a heart attack|off my chest|cross ?legged|sitting on it|fell asleep|^(?!.*\\bsince\\b).*\\blast week\\b|went away|all (fine|better|good) now|was fine after|turned out|resolved|last time|previous (session|time|injection)|last (month|year)|in (19|20)\\d\\d',
    'at the sight of|(saw|seen|seeing|see|heard|got) (the |your )?(quote|price|prices|bill|cost|fees?)\\b|blood test|when (i|he|she) had\\b|giv\\w* (me|him|her) a heart attack|vaccin\\w*|flu (jab|shot)|\\bjk\\b|\\b(no|without) (fever|temperature|temp)\\b|(read|heard) (online|somewhere|that)|you can (get|have)|thinking about the (price|cost|bill|fees?)|takes? (my|your) breath away|rather die than|dying to',
    'my (friend|cousin|neighbou?r|colleague|mate)\\b.*\\b(had|got)\\b',
    '^(but |and |so )?(no|never) (fever|temperature|chest|rash|hives|bleeding|swelling|numbness|trouble|difficulty|problems?|issues?)|(dont|didnt|havent|do not|did not|have not) (have|had|got|get) (a |an |any )?(fever|temperature|chest|rash|hives|bleeding|swelling|numbness|trouble|difficulty)',
    '^(?!.*(kill|suicid|end it|end my life|end things|hurt myself|harm myself|shant be|be around|arrangements|saved up|wont matter|kms|unalive|letters))(what if|what happens if|if\\b|.*\\bin case\\b)|what (should|do) i do if|\\bif i (start|get|have|develop|feel|notice)|what are the signs|signs of|look out for|watch out for|how (common|likely|often|rare)|(can|could|does|do|will) (it|this|prolo\\w*|the (injection|shot|jab|treatment)s?) (ever )?(cause|give|make)|because of my (weight|asthma|age|copd|size)|just thinking about|at the thought of|\\bwill i (bleed|bruise|swell|faint)|risk of|chance of|ever (cause|caused)',
  ],
  /** Requests to book or to reach a person: hand off with the booking link. */
  booking: [
    '(can|could|may|how do|how can|where do|where can|want to|like to|id like to|i want|wanna|help me) (i |we )?(to )?(book|schedule|make an appointment|get an appointment|see a doctor|see someone|see the doctor)',
    '^(book|schedule)\\b',
    'book (an |a )?(appointment|consult|consultation|session|visit)',
    '(make|get|set up|arrange) (an |a )?(appointment|consult|consultation)',
    '(talk|speak|chat) (to|with) (a |an |the |some )?(human|person|real|someone|somebody|doctor|nurse|staff|team|receptionist|agent)',
    'free consultation',
    '(talk|speak|chat) (to|with) (a |an )?actual (human|person)',
    'put me down for|pencil me in|sign me up|fit me in',
    '(ring|call|phone|contact|text|email) me\\b|(set|setting) (that|it|this) up',
    'real person|human being|call me back|contact (you|someone|the clinic)|phone number|how (do|can) i (contact|reach|call)',
    '(any|have you got|do you have) (\\w+ )?(appointments|slots|availability)',
    '(cancel|reschedule|rearrange|move|change) (my |an |the |our )?(appointment|booking|session|consultation)',
  ],
  /** Questions only a clinician who knows the visitor can answer. */
  personal: [
    '(im|i am|i m) (pregnant|diabetic|breastfeeding|nursing|on (blood thinners|warfarin|medication|meds))',
    'pregnan|breastfeed|warfarin|blood thinner|eliquis|xarelto|clopidogrel|chemo|insulin|metformin',
    '(i take|i am taking|im taking|i have been taking|ive been taking|im on|i am on) (\\w+ )?(medication|meds|medicine|pills|tablets|steroids|prednisone|aspirin daily|daily aspirin|blood|statins?)',
    '\\bmy (meds|medication|medications|medicine|pills|prescription|diabetes|heart condition|blood pressure|condition)\\b',
    'should (i|she|he|we|my \\w+) (stop|cancel|postpone|delay|start|switch|change|quit|skip|come off|go off|choose|go ahead|wait|try prolo|try this|have it|get it|do it|try it|have prolo|get prolo|do prolo|have the|get the|do the|bother)',
    'fix mine|for mine|in my case|my situation|do i need (the|an|a) (op|operation|surgery|replacement)',
    '(right|best|suitable|good|better) (treatment|option|choice) for me',
    '(which|what) (one )?(would be|is|will be|would work) (better|best|right) for me',
    '(is it|would it be|will it be|is prolotherapy|is this|is prolo) (safe|right|ok|okay|good|suitable|a good idea|appropriate) for (me|my)\\b',
    '(can|could|should) (i|my) (have|get|do) (it|this|prolotherapy|prolo|the injection)s? (if|while|with|when) (i|im)',
    'am i (a good |a )?(candidate|suitable|eligible)',
    '(i|he|she) shouldnt (have|get|do|try)|should (i|he|she) not (have|get|do|try)',
    '(is|am|are) (he|she|i|my \\w+) allowed to (have|get|try) (it|this|prolo\\w*|the (injection|treatment)s?)|antidepressant|sertraline|beta blocker',
    'diabet',
    'i have (a |an )?(heart|kidney|liver|bleeding|immune|autoimmune|cancer|clotting)',
    '(can|could) i still (have|get|do|try)( it| this| the| prolo\\w*)?\\b',
    'am i too (old|young|heavy|overweight|fat)|(im|i am) too (old|young)|too old for (this|it|prolo\\w*|the)',
    '(can|could|should) (he|she|my (husband|wife|partner|mum|mom|mother|dad|father|son|daughter|grandson|granddaughter|grandmother|grandfather|gran|nan|grandad|grandma|grandpa)) (still )?(have|get|do|try) (it|this|these \\w+|those \\w+|prolo\\w*|the (injection|treatment|shot)s?)\\b',
    '(keep|carry on|continue|stop) taking (my|his|her|their) (\\w+ ){0,2}(pills|meds|medication|medicine|tablets)',
    '(have|need) to (stop|come off) (it|them|taking)|(should|must|do) i (stop|come off) (it|them|taking)',
    '(should|shall) (i|we) (try|go for|go straight|choose|pick|opt for)\\b',
  ],
  /** Small talk by topic. A message made only of these phrases and filler is small talk; the first topic listed in `SMALLTALK_TOPICS` that it uses answers it. */
  smalltalk: {
    identity: phrases([
      'who are you', 'who r u', 'who are u', 'what are you', 'who is this', 'who am i talking to', 'who am i chatting to',
      'who am i chatting with', 'who am i talking with', 'who am i speaking to', 'who am i speaking with',
      'may i ask who i am chatting with',
      'may i ask who i am talking to', 'may i ask', 'are you a bot', 'are you a robot', 'are you human', 'are you a human',
      'are you real', 'are you a real person',
      'are you a person', 'are you ai', 'are you an ai', 'are you a machine', 'are you a chatbot',
      'are you a computer', 'are u a bot', 'are u a robot', 'are u human', 'are u real', 'r u a bot', 'r u a robot',
      'r u real',
      'is this a bot', 'is this a robot', 'is this ai', 'is this an ai', 'is this a real person', 'is this a human',
      'is this automated', 'is this a chatbot',
      'am i talking to a bot', 'am i talking to a real person', 'am i talking to a human', 'am i talking to a robot',
      'am i talking to a person',
      'am i chatting with a bot', 'am i chatting with a real person', 'am i chatting with a human',
      'am i chatting to a bot', 'am i speaking to a real person',
      'am i speaking to a human', 'what can you do', 'what can u do', 'what can i ask', 'what can i ask you',
      'what do you know', 'what do you do',
      'how does this work', 'how does this chat work', 'how do you work', 'how does it work here', 'can you help me',
      'can you help', 'can u help',
      'can u help me', 'could you help me', 'or ai', 'or an ai', 'or a computer', 'or human', 'or a human', 'or a bot',
      'or a robot', 'or a real person',
      'or a person', 'or a machine', 'or not', 'help me please', 'what is this chat', 'what is this', 'what questions can i ask',
      'are you a nurse', 'are you a doctor', 'are you a real nurse', 'are you a real doctor', 'is this a nurse', 'is this a doctor',
      'am i talking to a nurse', 'am i talking to a doctor', 'or a nurse', 'or a doctor', 'are you the clinic',
      'u a bot', 'you a bot', 'u a robot', 'u there', 'you there', 'are you there', 'r u there', 'bot', 'a bot', 'robot', 'human',
      'a human', 'real person', 'a real person', 'r u a real person', 'are u a real person', 'actual person', 'an actual person',
      'actual human', 'an actual human', 'an actual human being', 'a human being', 'human being', 'a real human',
      'am i chatting to', 'am i talking to', 'am i speaking to', 'am i chatting with', 'or is this',
      'computer programme', 'computer program', 'a computer programme', 'a computer program', 'one of those computer programmes',
      'one of those computer programs', 'chatgpt', 'are you chatgpt', 'is this chatgpt', 'some kind of chatbot', 'a chatbot', 'chatbot',
      'is there an actual person', 'is there a real person', 'is there a person', 'is there a human', 'is a real person reading',
      'reading these messages', 'reading this', 'reading these', 'am i chatting to the clinic', 'am i talking to the clinic',
      'is this the clinic', 'r u ai', 'are u ai', 'u ai', 'is this a real nurse',
      'is this a real doctor',
      'am i speaking with', 'a nurse', 'a doctor', 'the receptionist', 'a receptionist', 'are you the receptionist', 'the clinic itself', 'is this the clinic itself',
      'some sort of computer programme', 'sort of computer programme', 'some sort of computer program', 'or something', 'or nah',
      'is a real human reading', 'u understand me', 'you understand me', 'do you understand me',
      'you understand my english', 'do you understand my english', 'you are person', 'person or machine', 'or machine',
      'do you have a name', 'whats your name', 'what is your name', 'have you got a name', 'is this the knee clinic',
      'who exactly am i chatting with', 'who exactly am i talking to', 'or a person typing', 'a person typing', 'someone typing',
      'a real person typing', 'r u', 'are you', 'are u', 'like a bot', 'like a robot', 'like an ai', 'some kind of ai',
      'some kind of bot', 'some kind of robot', 'some sort of ai', 'some sort of bot', 'who am i corresponding with',
      'who exactly am i corresponding with', 'am i corresponding with', 'is someone typing', 'is someone typing back',
      'is someone typing back to me', 'are you a computer programme', 'are you a computer program', 'one of the nurses',
      'one of the doctors', 'one of the staff', 'is a real human reading this', 'a computer answering', 'is this a computer answering',
      'my mother wants to know', 'wants to know who', 'typing for my mum', 'typing for my mother', 'typing for my dad',
      'typing for my aunt', 'or a real person typing', 'or a person typing', 'or someone typing', 'am i talking to a machine',
      'am i talking to a computer', 'am i chatting to a machine', 'talking to a machine', 'is there an actual human',
      'an actual human typing', 'typing these replies', 'typing these answers', 'writing these replies', 'writing these answers',
      'on the other end', 'who is on the other end', 'is there a human typing', 'a human typing this', 'who made you',
      'who built you', 'who programmed you', 'who exactly is on the other end', 'the other end of this chat',
      'the other end of this chat box', 'of this chat box', 'chat box', 'who am i actually chatting with', 'who am i actually talking to', 'am i chatting w', 'am i talking w', 'a real human or a bot',
      'is this an actual human', 'an actual human typing', 'whos on the other end of this thing', 'on the other end of this thing',
      'is this a computer answering me', 'a computer answering me', 'who is this replying to me', 'who is this replying', 'some kind of program', 'or some kind of program', 'whos on the other end',
      'who is on the other end of this chat box', 'am i chatting with a computer', 'no offence', 'no offence meant', 'no offense',
      'is there someone actually reading', 'someone actually reading these messages', 'does it go into the void', 'or does it go into the void',
      'into the void', 'does a real nurse see what i type', 'see what i type', 'do you have one', 'friendly robot thing', 'robot thing',
      'are you a person or', 'one of them automatic answer things', 'automatic answer things', 'i can never tell these days', 'can never tell',
      'whoever is behind this screen', 'behind this screen', 'young robot', 'gem of a bot', 'absolute gem of a bot', 'ur quick',
      'you are quick', 'youre quick',
      'a real nurse', 'a real doctor', 'or a computer program', 'or a computer programme', 'virtual assistant', 'a virtual assistant',
      'some sort of virtual assistant', 'what exactly am i talking to', 'what am i talking to', 'right now',
    ], { drawnOut: false }),
    goodbye: phrases([
      'bye', 'goodbye', 'good bye', 'bye bye', 'byee', 'see you', 'see ya', 'see you later', 'cya', 'take care',
      'good night', 'goodnight',
      'have a good day', 'have a nice day', 'have a lovely day', 'have a great day', 'have a good one',
      'have a nice one', 'have a good evening',
      'have a lovely evening', 'have a nice evening', 'have a good night', 'have a good weekend',
      'have a lovely weekend', 'thats all', 'that is all',
      'thats everything', 'that is everything', 'thats it', 'that will be all', 'thats all i needed',
      'thats all i wanted to know', 'im done', 'i am done',
      'all done', 'no thanks', 'no thank you', 'nothing else', 'that is it', 'thats all for today',
      'that is all for today', 'all for today', 'all for now',
      'i think that is all for today', 'i think thats all', 'i think that is all',
      'no more questions', 'no further questions', 'no other questions', 'i have no more questions',
      'i dont have any more questions', 'i have no other questions', 'thats all my questions', 'nothing more', 'no', 'nope', 'nah',
      'ciao', 'cheerio', 'ta ta', 'later', 'laters', 'talk soon', 'speak soon', 'until next time',
      'ta ra', 'tara', 'tarra', 'goodbye for now', 'bye for now', 'gtg', 'got to go', 'gotta go', 'have to go', 'ttyl', 'talk later',
      'gn', 'night x', 'night all', 'night then', 'night night', 'nighty night', 'signing off', 'catch you later', 'catch ya later', 'catch you', 'ill leave it there', 'i will leave it there', 'leave it there',
      'for tonight', 'righto', 'my teas getting cold', 'my tea is getting cold', 'teas getting cold', 'dinner is ready', 'dinners ready', 'all the best', 'says goodbye', 'ill have a think', 'i will have a think',
      'well have a think', 'we will have a think', 'have a think about it', 'have a think', 'think about it', 'come back another day',
      'come back to you', 'get back to you', 'discuss it with my husband', 'discuss it with my wife', 'discuss it with my family',
      'talk it over', 'talk it over with my family', 'i shall discuss it with my husband', 'as a family',
      'god bless', 'kind regards', 'regards', 'best wishes', 'best regards', 'warm regards',
    ]),
    thanks: phrases([
      'thanks', 'thank you', 'thank u', 'thankyou', 'thanx', 'thnx', 'thx', 'ty', 'tysm', 'ta', 'cheers',
      'much appreciated', 'appreciated',
      'appreciate it', 'i appreciate it', 'i appreciate that', 'many thanks', 'thanks a lot', 'thanks a million',
      'thanks heaps', 'that helps',
      'that helped', 'that was helpful', 'that was very helpful', 'that was really helpful', 'that was so helpful',
      'that is helpful',
      'very helpful', 'really helpful', 'so helpful', 'super helpful', 'thats helpful', 'thats very helpful',
      'thats really helpful', 'thats so helpful', 'that is very helpful', 'that is really helpful', 'for your help',
      'for the help', 'for helping', 'for your kind help', 'for your assistance', 'for your time', 'for your patience',
      'for the info', 'for the information', 'for the answer', 'for the answers', 'for answering', 'for explaining',
      'for having this chat',
      'for this chat', 'your assistance is greatly appreciated', 'it is greatly appreciated', 'greatly appreciated',
      'it is appreciated',
      'great help', 'a great help', 'a big help', 'big help', 'such a help', 'very kind', 'so kind', 'kind of you',
      'that answers my question', 'that answered my question', 'that answers it', 'that answered it', 'that answers everything',
      'thats answered my question', 'merci', 'gracias', 'danke',
      'that explains a lot', 'explains a lot', 'that explains it', 'that explains everything',
      'much obliged', 'obliged', 'legend', 'youre a legend', 'absolute legend', 'a legend', 'cheers for that', 'thanks for that', 'for that', 'for info', 'that is most helpful', 'most helpful',
      'youre a star', 'a star', 'nice one', 'thanks a bunch', 'thx a bunch', 'a bunch', 'tyvm', 'thanks very much', 'merci beaucoup',
      'bless you', 'you have been most helpful', 'most kind', 'thnks', 'thnk you', 'thank yu', 'thankyu',
      'i am most grateful', 'most grateful', 'grateful', 'very grateful', 'so grateful', 'very kind of you', 'that is very kind of you',
      'how kind', 'splendid', 'lifesaver', 'a lifesaver', 'ur a lifesaver', 'youre a lifesaver', 'slay', 'thank uu', 'thank uuu',
      'thank youu', 'thank youuu', 'to say thank you', 'say thank you', 'says thank you', 'says thanks', 'very patient', 'so patient',
      'patient with us', 'patient with me', 'i thank you', 'thank you a lot', 'you are very helpful', 'youre very helpful',
      'asked me to say thank you', 'asked me to say thanks', 'asked me to thank you', 'wants me to say thank you',
      'wants to say thank you', 'says thank you very much', 'many many thanks', 'smashing', 'appreciate ya', 'appreciate you', 'thanks ever so', 'thank you ever so', 'thank you kindly', 'thanks kindly',
      'top notch', 'wicked', 'heaps good', 'thanks for that one', 'sweet as', 'kindly accept my heartfelt thanks', 'heartfelt thanks',
      'my heartfelt thanks', 'for this useful information', 'useful information', 'thanks for being here', 'u r a star', 'ur a star',
      'most obliged to you', 'did a lovely job', 'whoever wrote this website did a lovely job', 'i just wanted to say', 'that cleared it up', 'cleared it up', 'that cleared things up', 'for your kind answer', 'for your kind answers', 'and your family', 'that clears it up',
      'clears it up', 'that clears it up nicely', 'says thank you too', 'grazie', 'grazie mille', 'obrigado', 'obrigada', 'shukran', 'arigato', 'danke schon',
    ]),
    hello: phrases([
      'hi', 'hii', 'hiii', 'hiya', 'hey', 'heya', 'heyy', 'hello', 'helo', 'hallo', 'hullo', 'yo', 'howdy',
      'greetings', 'gday', 'g day',
      'good morning', 'good afternoon', 'good evening', 'good day', 'morning', 'afternoon', 'evening', 'hi there',
      'hello there', 'hey there',
      'anyone there', 'anybody there', 'is anyone there', 'is anybody there', 'anyone home', 'is this working',
      'how are you', 'how r u', 'how are u',
      'how are you doing', 'how are you today', 'hows it going', 'how is it going', 'whats up', 'sup',
      'i hope you are well', 'hope you are well',
      'hope youre well', 'i hope you are doing well', 'nice to meet you', 'pleased to meet you', 'excuse me',
      'bonjour', 'hola', 'salut', 'namaste', 'aloha', 'hallo there', 'good morning to you',
      'dear sir or madam', 'dear sir', 'dear madam', 'to whom it may concern', 'dear clinic', 'dear team', 'is this thing on',
      'is this thing working', 'is there anybody there', 'is there anyone there', 'says hello', 'say hello', 'says hi',
      'anyone around', 'anybody around', 'is anyone around', 'just having a nose around', 'having a nose around', 'having a nose',
      'just browsing', 'just looking', 'just having a look', 'having a look around',
      'i have a question', 'i have a few questions', 'i have some questions', 'i have a quick question', 'quick question',
      'a quick question', 'question', 'can i ask a question', 'can i ask you a question', 'can i ask something',
      'can i ask you something', 'i want to ask', 'i wanted to ask', 'i need help', 'need help', 'i need some help', 'help',
      'help please', 'i need some information', 'i need some info',
      'hows it goin', 'how is it goin', 'how are you keeping', 'i hope you are keeping well', 'hope you are keeping well',
      'hope youre keeping well', 'keeping well', 'is anybody about', 'anybody about', 'anyone about', 'quick q', 'a quick q',
      'wassup', 'wasup', 'whassup', 'whats good', 'top of the morning', 'top of the morning to you',
      'im new to this', 'im new to this chat', 'im new to this chat thing', 'new to this', 'new to this chat', 'im new here',
      'new here', 'first time using this', 'first time using this chat', 'first time using one of these',
      'first time using one of these chat things', 'one of these chat things', 'these chat things', 'hello again', 'hi again',
      'im back', 'back again', 'its me again', 'greetings from', 'hello from', 'hi from', 'kia ora', 'g day from', 'mornin', 'mornin all', 'buenas', 'buenos dias', 'hello hello', 'hi hi', 'first cuppa of the day', 'good day to you',
      'i trust you are well', 'hi clinic people', 'clinic people', 'hello clinic', 'just nosing around', 'nosing around', 'just killing time',
      'killing time', 'on my lunch break', 'dont mind me', 'so here i am', 'here i am', 'gevening', 'lovely to make your acquaintance',
      'make your acquaintance', 'hope your weekend is grand', 'hope your weekend is good', 'have a grand weekend', 'just reading up on things',
      'reading up on things', 'just reading up', 'having something to chat to', 'nice having something to chat to', 'new question', 'oi oi', 'good eve', 'knock knock',
      'anybody home', 'to whoever is on the other end', 'whoever is on the other end', 'to whoever is reading this', 'guten tag', 'salaam', 'salam', 'salaam alaikum', 'assalamu alaikum', 'as salaam alaikum',
    ]),
    ok: phrases([
      'ok', 'okay', 'okey', 'okie', 'k', 'kk', 'cool', 'got it', 'gotcha', 'great', 'awesome', 'nice', 'understood',
      'makes sense', 'that makes sense',
      'alright', 'all right', 'brilliant', 'perfect', 'lovely', 'fab', 'fantastic', 'excellent', 'wonderful', 'i see',
      'i understand', 'i understand now',
      'fair enough', 'good to know', 'sounds good', 'noted', 'interesting', 'wow', 'oh i see', 'ah i see', 'ah ok',
      'oh ok', 'right', 'ok then',
      'will do', 'no worries', 'no problem',
      'fine', 'ok fine', 'sure', 'sure thing', 'yes', 'yeah', 'yep', 'yup', 'ya', 'im good', 'all good', 'thats fine',
      'sorry', 'so sorry', 'im sorry', 'sorry to bother you', 'sorry for bothering you', 'sorry to trouble you', 'apologies',
      'my apologies', 'my bad', 'oops', 'whoops', 'lol', 'haha', 'hehe', 'lmao', 'hmm', 'hmmm', 'ah', 'oh',
      'okey dokey', 'okie dokie', 'sound', 'sorted', 'ahh', 'ohh', 'sorry for all the questions', 'sorry for the questions',
      'sorry for asking so many questions', 'my english not so good', 'my english is not so good',
      'my english is not good', 'my english not good', 'my english is bad', 'excuse my english', 'sorry for my english',
      'sorry for my bad english', 'bear with me', 'please bear with me',
      'very good', 'bet', 'aight', 'i am understand', 'i am understand now', 'is clear', 'is clear for me', 'clear', 'thats clear',
      'all clear', 'crystal clear', 'perfectly clear', 'seems clear', 'all seems perfectly clear', 'mmm', 'mm', 'a relief',
      'what a relief', 'relief', 'very interesting', 'how interesting', 'how very interesting', 'bruh', 'goodness me', 'goodness',
      'i had no idea', 'no idea', 'crikey', 'blimey', 'gosh', 'oh my', 'forgive me', 'not very good with computers', 'i am not very good with computers', 'im not very good with computers',
      'i am not very good with these computers', 'im not very good with these computers', 'im not good with computers',
      'not good with computers', 'not very good with these computers', 'pressed the wrong button', 'wrong button', 'wrong window',
      'sry', 'typos', 'sorry for the typos', 'excuse me for my english', 'thats good to know',
      'brb', 'be right back', 'didnt expect that', 'did not expect that', 'put my mind at ease', 'really put my mind at ease',
      'thats really put my mind at ease', 'thats put my mind at ease', 'thats a weight off', 'a weight off', 'weight off my mind',
      'interesting stuff', 'never knew any of that', 'whoa', 'woah', 'omg same', 'same', 'nvm', 'never mind', 'forget it', 'ooh ok', 'ooh',
      'huh', 'til', 'pressed send too early', 'i pressed send too early', 'set this up', 'my grandson set this up', 'my daughter set this up', 'i never knew that', 'never knew that', 'i did not know that', 'i didnt know that', 'for explaining it', 'so patiently', 'bless you for explaining', 'brill', 'brilliant stuff', 'thats a lot of info', 'a lot of info', 'a lot to take in', 'lots to take in',
    ]),
  },
  smalltalkFiller: 'so and too please very much again today then oh ah um well just really you u all everyone mate there guys folks team lol haha hehe for a lot now dear love hun darling sir madam maam bro dude buddy pal friend youve youre been was were ever indeed kindly truly x xx xxx aww bestie amigo rn exactly have thats maybe perhaps wait ngl actually seems or also like i im my he she we they omg that this here it tbh fr jk um uh ok hey wife husband mum mom mother dad father aunt uncle son daughter gran nan',
  /** Words that make a question lean on the previous answer: "does that hurt?", "what about the back?". */
  followUp: '^(and|n|so|what about|how about|also|then|but)\\b|\\b(it|that|they|them|those|this|these|there)\\b',
  clauseBreak: '[.,;:!?()\\n]+|\\s(?=(?:but|anyway|although|though|however|now)\\s)',
  questionStart:
    '^(and |so |but |also )?(what|whats|wat|wot|how|hows|hw|when|whens|where|wheres|why|who|whos|which|is|isnt|are|arent|am|can|cant|could|' +
    'do|does|did|dont|doesnt|will|would|should|shall|may|might|must|have|has|any|tell|explain|pls|please|plz|u|r|ur|whether|' +
    'i wonder|i was wondering|wondering|i would like to know|id like to know|i want to know|i wanted to know|i need to know)\\b',
};
