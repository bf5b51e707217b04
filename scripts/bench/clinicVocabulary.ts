/**
 * The clinic-wide vocabulary synthetic entries are written from: the other
 * treatments, services, body areas, conditions and locations a clinic group
 * answers questions about. Slots in templates: {t} treatment, {ts} its short
 * name, {a} body area, {c} a condition of that area, {l} location, {w} a word
 * from the real knowledge base.
 */

export interface Treatment {
  slug: string;
  /** As written in questions and answers: "PRP injections". */
  name: string;
  /** How visitors write it: "prp", "platelet shots". */
  casual: readonly string[];
}

export interface BodyArea {
  slug: string;
  name: string;
  conditions: readonly string[];
}

export interface Aspect {
  slug: string;
  /** One question template, about 10 to 15 words once filled. */
  question: string;
  /** Visitor phrasings; 4 or 5 are used per entry, one of them misspelled. */
  alternates: readonly string[];
  /** Sentences of the answer specific to the aspect (2 or 3 are used). */
  answer: readonly string[];
  /** The tag editors would give it. */
  tag: string;
}

export const TREATMENTS: readonly Treatment[] = [
  { slug: 'prolotherapy', name: 'prolotherapy', casual: ['prolo', 'prolo shots'] },
  { slug: 'prp', name: 'PRP injections', casual: ['prp', 'platelet shots'] },
  { slug: 'hyaluronic', name: 'hyaluronic acid injections', casual: ['gel shots', 'hyaluronic'] },
  { slug: 'cortisone', name: 'cortisone injections', casual: ['cortisone', 'steroid jab'] },
  { slug: 'shockwave', name: 'shockwave therapy', casual: ['shockwave', 'eswt'] },
  { slug: 'physiotherapy', name: 'physiotherapy', casual: ['physio', 'pt'] },
  { slug: 'sports-massage', name: 'sports massage', casual: ['massage', 'deep tissue massage'] },
  { slug: 'dry-needling', name: 'dry needling', casual: ['needling', 'dry needles'] },
  { slug: 'acupuncture', name: 'acupuncture', casual: ['acupuncture', 'needles'] },
  { slug: 'radiofrequency', name: 'radiofrequency ablation', casual: ['rfa', 'nerve burning'] },
  { slug: 'nerve-block', name: 'nerve block injections', casual: ['nerve block', 'block injection'] },
  { slug: 'ozone', name: 'ozone injections', casual: ['ozone', 'ozone shots'] },
  { slug: 'stem-cell', name: 'stem cell therapy', casual: ['stem cells', 'stem cell shots'] },
  { slug: 'trigger-point', name: 'trigger point injections', casual: ['trigger point', 'knot injections'] },
  { slug: 'orthotics', name: 'custom orthotics fitting', casual: ['orthotics', 'insoles'] },
  { slug: 'bracing', name: 'joint bracing', casual: ['brace', 'knee brace'] },
  { slug: 'hydrotherapy', name: 'hydrotherapy', casual: ['pool therapy', 'aqua therapy'] },
  { slug: 'clinical-pilates', name: 'clinical Pilates', casual: ['pilates', 'reformer'] },
  { slug: 'chiropractic', name: 'chiropractic care', casual: ['chiro', 'adjustments'] },
  { slug: 'osteopathy', name: 'osteopathy', casual: ['osteo', 'osteopath'] },
  { slug: 'strength-rehab', name: 'strength rehabilitation', casual: ['rehab', 'strength program'] },
  { slug: 'laser', name: 'low level laser therapy', casual: ['laser', 'cold laser'] },
  { slug: 'tens', name: 'TENS therapy', casual: ['tens', 'tens machine'] },
  { slug: 'radial-shockwave', name: 'radial shockwave', casual: ['radial', 'shock wave'] },
  { slug: 'botox', name: 'botox injections', casual: ['botox', 'botulinum'] },
  { slug: 'pain-programme', name: 'pain management programme', casual: ['pain program', 'pain clinic'] },
  { slug: 'weight-programme', name: 'weight management programme', casual: ['weight loss program', 'diet plan'] },
  { slug: 'mri', name: 'MRI scans', casual: ['mri', 'scan'] },
  { slug: 'xray', name: 'X-ray imaging', casual: ['xray', 'x ray'] },
  { slug: 'ultrasound-scan', name: 'diagnostic ultrasound', casual: ['ultrasound', 'sonogram'] },
  { slug: 'bone-density', name: 'bone density scans', casual: ['dexa', 'bone scan'] },
  { slug: 'arthroscopy', name: 'arthroscopy assessment', casual: ['keyhole surgery', 'scope'] },
];

export const BODY_AREAS: readonly BodyArea[] = [
  { slug: 'knee', name: 'knee', conditions: ['knee osteoarthritis', 'a torn meniscus', 'runners knee'] },
  { slug: 'shoulder', name: 'shoulder', conditions: ['frozen shoulder', 'rotator cuff tendinopathy', 'shoulder impingement'] },
  { slug: 'hip', name: 'hip', conditions: ['hip bursitis', 'hip osteoarthritis', 'a labral tear'] },
  { slug: 'lower-back', name: 'lower back', conditions: ['sciatica', 'a bulging disc', 'facet joint pain'] },
  { slug: 'neck', name: 'neck', conditions: ['whiplash', 'neck stiffness', 'cervical arthritis'] },
  { slug: 'elbow', name: 'elbow', conditions: ['tennis elbow', 'golfers elbow', 'elbow bursitis'] },
  { slug: 'wrist', name: 'wrist', conditions: ['carpal tunnel syndrome', 'a wrist sprain', 'de quervain tendinitis'] },
  { slug: 'ankle', name: 'ankle', conditions: ['a rolled ankle', 'ankle instability', 'an ankle sprain'] },
  { slug: 'foot', name: 'foot', conditions: ['plantar fasciitis', 'a heel spur', 'flat feet'] },
  { slug: 'achilles', name: 'Achilles tendon', conditions: ['Achilles tendinopathy', 'a partial Achilles tear', 'heel pain'] },
  { slug: 'hamstring', name: 'hamstring', conditions: ['a hamstring strain', 'high hamstring tendinopathy', 'a pulled hamstring'] },
  { slug: 'jaw', name: 'jaw', conditions: ['TMJ disorder', 'jaw clicking', 'teeth grinding pain'] },
  { slug: 'thumb', name: 'thumb', conditions: ['thumb base arthritis', 'trigger thumb', 'a skiers thumb'] },
  { slug: 'sacroiliac', name: 'sacroiliac joint', conditions: ['sacroiliac dysfunction', 'pelvic pain', 'SI joint pain'] },
  { slug: 'hand', name: 'hand', conditions: ['hand arthritis', 'trigger finger', 'stiff fingers'] },
  { slug: 'groin', name: 'groin', conditions: ['a groin strain', 'osteitis pubis', 'adductor tendinopathy'] },
  { slug: 'calf', name: 'calf', conditions: ['a calf tear', 'calf cramps', 'shin splints'] },
  { slug: 'upper-back', name: 'upper back', conditions: ['postural pain', 'rib joint pain', 'thoracic stiffness'] },
  { slug: 'rotator-cuff', name: 'rotator cuff', conditions: ['a rotator cuff tear', 'calcific tendinitis', 'subacromial bursitis'] },
  { slug: 'plantar-fascia', name: 'plantar fascia', conditions: ['plantar fasciitis', 'arch pain', 'morning heel pain'] },
];

export const LOCATIONS: readonly string[] = [
  'Northside', 'Riverside', 'Eastgate', 'Harbour View', 'Westfield', 'Hillcrest',
  'City Centre', 'Lakeside', 'Southbank', 'Parkway', 'Greenwood', 'Meadowbrook',
];

export const ASPECTS: readonly Aspect[] = [
  {
    slug: 'sessions', tag: 'treatment-course',
    question: 'How many sessions of {t} will I need for my {a} at {l}?',
    alternates: ['how many {ts} sessions for {a}', 'number of {ts} treatments', 'how many rounds of {ts} do i need', '{ts} {a} how many visits', 'how many times do i come back for {ts}'],
    answer: ['Most people need between three and six {t} sessions for the {a}, depending on how long the problem has been there.', 'Your clinician reviews your progress after each session and may suggest fewer or more.', 'People with {c} sometimes need a longer course.'],
  },
  {
    slug: 'does-it-hurt', tag: 'comfort',
    question: 'Does {t} on the {a} hurt, and how is the pain managed?',
    alternates: ['does {ts} hurt', 'is {ts} painful on the {a}', 'how sore is {ts}', '{ts} pain during treatment', 'will {ts} be uncomfortable'],
    answer: ['Most people feel some pressure or a brief ache during {t}, and the feeling settles within a day or two.', 'Your clinician can use a local anaesthetic or adjust the technique if the {a} is very tender.', 'Tell the team at {l} if you feel anxious so they can go at your pace.'],
  },
  {
    slug: 'side-effects', tag: 'side-effects',
    question: 'What are the common side effects of {t} for {a} pain?',
    alternates: ['{ts} side effects', 'any side effects from {ts}', 'reactions after {ts} on my {a}', 'what can go wrong with {ts}', 'bruising after {ts}'],
    answer: ['The most common side effects of {t} are mild soreness, stiffness or bruising around the {a}.', 'These usually settle within a few days without any treatment.', 'Serious reactions are rare, and your clinician will explain the risks before you start.'],
  },
  {
    slug: 'appointment-length', tag: 'appointments',
    question: 'How long does an appointment for {t} usually take at our {l} clinic?',
    alternates: ['how long is a {ts} appointment', '{ts} session length', 'how much time does {ts} take', 'how long will i be at {l} for {ts}', 'duration of {ts} visit'],
    answer: ['A first appointment for {t} at {l} usually takes about an hour, including the assessment.', 'Follow-up appointments are shorter, often thirty to forty minutes.', 'Please arrive ten minutes early to fill in the forms.'],
  },
  {
    slug: 'driving-after', tag: 'aftercare',
    question: 'Can I drive myself home after having {t} on my {a}?',
    alternates: ['can i drive after {ts}', 'driving home after {ts}', 'do i need a lift after {ts}', 'drive after {ts} on {a}', 'is it ok to drive after {ts}'],
    answer: ['Most people can drive home after {t}, but it is wise to bring someone if the {a} treated is your driving side.', 'If a local anaesthetic was used, wait until the numbness has worn off.', 'Your clinician will tell you on the day whether driving is sensible.'],
  },
  {
    slug: 'return-to-sport', tag: 'activity',
    question: 'How soon can I return to sport or the gym after {t} for my {a}?',
    alternates: ['back to sport after {ts}', 'when can i train after {ts}', 'gym after {ts} on my {a}', 'running after {ts}', 'how long off sport after {ts}'],
    answer: ['Most people return to light activity within a few days of {t} and to full sport over the following weeks.', 'Your clinician will build a graded plan for the {a} with you.', 'Returning too quickly can slow the recovery from {c}.'],
  },
  {
    slug: 'suitable-for', tag: 'suitability',
    question: 'Is {t} a suitable treatment for {c} in the {a}?',
    alternates: ['{ts} for {c}', 'does {ts} help {c}', 'can {ts} treat my {a}', 'is {ts} good for {a} problems', '{ts} {a} {c}'],
    answer: ['{T} can help some people with {c}, especially when other treatments have not worked.', 'Whether it suits you depends on the findings at your assessment.', 'Our clinicians at {l} see many people with {a} problems and can talk through the options.'],
  },
  {
    slug: 'who-performs', tag: 'team',
    question: 'Who performs {t} at our {l} clinic, and what training do they have?',
    alternates: ['who does {ts} at {l}', 'which doctor does {ts}', 'is {ts} done by a doctor', 'who gives {ts}', 'qualifications for {ts}'],
    answer: ['At {l}, {t} is provided by clinicians with specific training and years of experience.', 'Every clinician is registered with the relevant professional body.', 'You can ask to see the same clinician at each visit.'],
  },
  {
    slug: 'preparation', tag: 'before-treatment',
    question: 'How should I prepare for my first session of {t} at {l}?',
    alternates: ['how to prepare for {ts}', 'what to do before {ts}', 'getting ready for {ts}', 'anything to avoid before {ts}', 'prep for {ts} appointment'],
    answer: ['Wear loose clothing so the {a} can be reached easily during {t}.', 'Eat a light meal beforehand and bring a list of your medicines.', 'Bring any scans or reports about your {a} to the first appointment.'],
  },
  {
    slug: 'results-last', tag: 'results',
    question: 'How long do the results of {t} for the {a} usually last?',
    alternates: ['how long does {ts} last', 'is {ts} permanent', 'how long do {ts} results last', '{ts} wear off', 'lasting effect of {ts} on {a}'],
    answer: ['How long the benefit of {t} lasts varies from person to person.', 'Many people with {c} report improvement for many months, and some need a top-up session.', 'Keeping up the exercises your clinician gives you helps the {a} stay strong.'],
  },
  {
    slug: 'when-improvement', tag: 'results',
    question: 'When will I notice an improvement after {t} for my {a}?',
    alternates: ['when does {ts} start working', 'how soon will {ts} work', 'how long until {ts} helps', 'no improvement after {ts} yet', 'when will my {a} feel better after {ts}'],
    answer: ['Some people notice a change within a couple of weeks of {t}, while others take longer.', 'Improvement in {c} is often gradual and builds over a course of sessions.', 'Your clinician will check your progress at each visit.'],
  },
  {
    slug: 'medication', tag: 'medication',
    question: 'Can I keep taking my usual medication while having {t} for my {a}?',
    alternates: ['medication and {ts}', 'can i take painkillers with {ts}', 'stop my tablets before {ts}', 'blood thinners and {ts}', 'anti inflammatories after {ts}'],
    answer: ['Most people can continue their usual medicines during {t}.', 'Some medicines, such as blood thinners or anti-inflammatories, may need a change, and only your doctor should decide that.', 'Bring a list of everything you take to your appointment at {l}.'],
  },
  {
    slug: 'vs-surgery', tag: 'alternatives',
    question: 'How does {t} compare with surgery for {c} of the {a}?',
    alternates: ['{ts} or surgery', '{ts} instead of an operation', 'can {ts} avoid surgery', '{ts} vs op for {a}', 'is {ts} better than surgery'],
    answer: ['{T} is a non-surgical option, so there is no general anaesthetic and little time off work.', 'Surgery may still be the better choice for some people with {c}.', 'Your clinician can explain the benefits and limits of each option for your {a}.'],
  },
  {
    slug: 'evidence', tag: 'evidence',
    question: 'What research evidence supports using {t} for {c}?',
    alternates: ['does {ts} actually work', 'evidence for {ts}', 'studies on {ts}', 'is {ts} proven for {a}', '{ts} research'],
    answer: ['Studies of {t} for {c} show mixed but encouraging results.', 'The strongest evidence comes from trials that combined treatment with exercise for the {a}.', 'Our clinicians keep up with new research and will share what it means for you.'],
  },
  {
    slug: 'referral', tag: 'booking',
    question: 'Do I need a referral from my doctor before booking {t} at {l}?',
    alternates: ['do i need a referral for {ts}', 'gp letter for {ts}', 'can i self refer for {ts}', 'book {ts} without a doctor', 'referral needed {ts} {l}'],
    answer: ['You can book {t} at {l} without a referral in most cases.', 'A referral letter from your doctor helps us understand your history with the {a}.', 'Some health funds ask for a referral before they contribute.'],
  },
  {
    slug: 'rest-after', tag: 'aftercare',
    question: 'Should I rest or keep moving after {t} on my {a}?',
    alternates: ['rest after {ts}', 'keep moving after {ts}', 'what to do after {ts}', 'exercise after {ts} on {a}', 'can i walk after {ts}'],
    answer: ['Gentle movement after {t} is usually better than complete rest.', 'Avoid heavy lifting or intense exercise with the {a} for a couple of days.', 'Your clinician will give you a simple plan to follow at home.'],
  },
  {
    slug: 'combined-physio', tag: 'rehabilitation',
    question: 'Can {t} be combined with exercises for rehabilitation of the {a}?',
    alternates: ['{ts} with exercises', '{ts} and rehab together', 'exercises after {ts}', 'combine {ts} with gym work', '{ts} plus strengthening'],
    answer: ['{T} often works best alongside a structured exercise programme for the {a}.', 'Strengthening the muscles around the {a} supports recovery from {c}.', 'Our team at {l} can coordinate both parts of your care.'],
  },
  {
    slug: 'what-to-wear', tag: 'appointments',
    question: 'What should I wear to my appointment for {t} on the {a}?',
    alternates: ['what to wear for {ts}', 'clothes for {ts} appointment', 'do i need shorts for {ts}', 'dress code {ts}', 'what do i bring to {ts}'],
    answer: ['Wear comfortable, loose clothing that lets your clinician reach the {a} easily.', 'Shorts or a singlet are helpful for some treatments, and we can provide a gown.', 'Leave jewellery at home if the treated area is near your hands or neck.'],
  },
  {
    slug: 'spacing', tag: 'treatment-course',
    question: 'How far apart are sessions of {t} usually scheduled for {c}?',
    alternates: ['how often is {ts}', 'time between {ts} sessions', 'how many weeks apart {ts}', '{ts} frequency', 'spacing of {ts} treatments'],
    answer: ['Sessions of {t} are usually scheduled one to three weeks apart.', 'The spacing gives the {a} time to respond between sessions.', 'Your clinician may change the spacing as {c} improves.'],
  },
  {
    slug: 'imaging', tag: 'imaging',
    question: 'Is ultrasound guidance used during {t} at our {l} clinic?',
    alternates: ['is {ts} ultrasound guided', 'do you use imaging for {ts}', 'scan during {ts}', '{ts} with ultrasound', 'guided {ts} {a}'],
    answer: ['At {l}, ultrasound guidance is used for {t} where it helps accuracy.', 'Imaging lets your clinician see the structures of the {a} in real time.', 'Not every treatment needs it, and your clinician will explain the choice.'],
  },
  {
    slug: 'after-care', tag: 'aftercare',
    question: 'What aftercare do you recommend following {t} for the {a}?',
    alternates: ['aftercare for {ts}', 'ice after {ts}', 'looking after my {a} after {ts}', 'what not to do after {ts}', 'home care after {ts}'],
    answer: ['After {t}, keep the {a} moving gently and avoid strenuous activity for a day or two.', 'Mild soreness is normal, and a warm pack may feel better than ice.', 'Call our {l} clinic if the pain gets worse instead of better.'],
  },
  {
    slug: 'age', tag: 'suitability',
    question: 'Is there an age limit for having {t} for {c}?',
    alternates: ['am i too old for {ts}', 'age limit {ts}', '{ts} for older people', 'can teenagers have {ts}', '{ts} for elderly'],
    answer: ['There is no strict age limit for {t}, and both younger and older adults are treated for {c}.', 'Your general health matters more than your age.', 'Your clinician will check whether {t} is right for your {a} at the assessment.'],
  },
  {
    slug: 'first-visit', tag: 'appointments',
    question: 'What happens at the first consultation about {t} for my {a} at {l}?',
    alternates: ['first {ts} appointment', 'what happens at a {ts} consult', 'initial {ts} assessment', 'first visit for {ts}', 'what to expect at {ts} consultation'],
    answer: ['Your first consultation about {t} starts with questions about your {a} and your general health.', 'The clinician examines the {a} and may review any scans you bring.', 'You will leave with a plan, and treatment may start on the same day.'],
  },
  {
    slug: 'telehealth', tag: 'appointments',
    question: 'Can I have a telehealth consultation about {t} before visiting {l}?',
    alternates: ['online consult for {ts}', 'video appointment {ts}', 'phone consultation {ts}', 'telehealth {ts}', 'can i talk to someone about {ts} online'],
    answer: ['We offer short telehealth consultations to discuss whether {t} may suit your {a}.', 'A physical examination is still needed before treatment starts.', 'The clinician can help you decide whether to book at {l}.'],
  },
  {
    slug: 'pregnancy', tag: 'safety',
    question: 'Is {t} safe during pregnancy or while breastfeeding for {a} pain?',
    alternates: ['{ts} while pregnant', 'pregnant and {ts}', '{ts} breastfeeding', 'is {ts} safe in pregnancy', '{ts} pregnancy {a}'],
    answer: ['Some forms of {t} are avoided during pregnancy as a precaution.', 'Your clinician will discuss safer options for {a} pain while you are pregnant or breastfeeding.', 'Always tell the team if you are or might be pregnant.'],
  },
];

/** Sentences any answer may end with; {w} is a word from the real knowledge base. */
export const GENERAL_SENTENCES: readonly string[] = [
  'Your clinician may also talk about {w} and {w2} at the assessment.',
  'The team at {l} is happy to explain how {w} fits into your care.',
  'Questions about {w} are best discussed at your consultation.',
  'Many people also ask about {w} when they first come to {l}.',
  'Our information pages explain more about {w} and {w2}.',
];

/** Kinds of source page per treatment: what citations point at. */
export const SOURCE_KINDS: readonly { slug: string; title: string }[] = [
  { slug: 'guide', title: '{T}: a guide for patients' },
  { slug: 'faq', title: 'Frequently asked questions about {t}' },
  { slug: 'aftercare', title: 'Recovering after {t}' },
  { slug: 'clinics', title: '{T} at our clinics' },
];
