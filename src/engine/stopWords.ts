/**
 * Words that carry no topic. Question words that separate topics
 * ("who", "when", "long", "many", "far") are deliberately not here.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above again all also am an and any are as at be been being both but by can
  could did do does doing done during each either else ever for from get gets getting got had has have having
  he her here hers him his i id if ill im in into is isnt it its itself ive just let lets me might mine
  more most much must my myself no nor not now of off on once one only or other our ours out over own
  please really same she so some such than that thats the their theirs them then there these they this those
  through to too under until up us very was we were what whats which while will with would you your yours
  youre yourself hi hey hello ok okay um uh like know tell want wanna gonna need kind sort thing things
  anyone someone something thanks thank actually exactly basically really bit honestly anyway maybe probably
  quite pretty still even already yet sure wondering wonder curious question questions ask asking said say says told
  heard read think thought guess mean wait well yes yeah yep hmm lol stuff lot lots go going way ok
  people person somebody guys everyone anybody`
    .split(/\s+/)
    .filter(Boolean),
);
