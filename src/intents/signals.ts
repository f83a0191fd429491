import type { Intent } from '../knowledge/index.js';

/**
 * Evidence for each intent: phrase patterns over normalised text (lower case, no apostrophes,
 * "." and "?" kept as sentence marks), each with a weight. Written from the taxonomy and its
 * labelling rules as paraphrase families, not from any question list. The ask outweighs the
 * subject: "how much / how long / is there a form / what happens if / appeal / criteria" weigh 8,
 * subjects such as API keys, requests, datasets or the portal 4-7, and topical words that also
 * appear as distractors 1-3.
 */
export interface Signal {
  intent: Intent;
  weight: number;
  re: RegExp;
}

/** A word of a dataset topic ("parking citation", "use of force"), not an access or filler word. */
const NOT_TOPIC =
  '(?!(?:api|apis|key|keys|token|tokens|access|account|for|to|from|the|this|that|my|your|their|portal|open|an|a|i|it|its|new|city|get|is|are|do|does|any|our|his|her)(?![a-z0-9]))';
const T = `(?:${NOT_TOPIC}[a-z0-9-]+ )`;
/** The last word of a topic, at the end of a phrase: not a preposition left dangling. */
const T_END = `(?:${NOT_TOPIC}(?!(?:in|on|at|of|for|with|by)(?![a-z0-9]))[a-z0-9-]+)`;
const MSG =
  'e ?mail|letter|message|msg|note|request|dm|memo|inquiry|appeal|application|pitch|template|paragraph';
const DATA_NOUN =
  '(?:data|datasets?|records|stats|statistics|numbers|layers?|maps?|feeds?|inventory|results|reports|gis|shapefiles?|csv|geojson|kml|gtfs(?:-rt)?)';
/** A data noun that names data, not the portal ("is there a data portal" is not a search). */
const DN = `${DATA_NOUN}(?! (?:portals?|hub|site|website|program|catalog|cop|person|people|team|office|guy|contact|requests?|access|policy|sharing|use|steward|officer|manager|desk))`;

// biome-ignore format: a table reads best one family per line
const TABLE: [Intent, number, string[]][] = [
  // draft_request: the ask is to write something, whatever it is about.
  ['draft_request', 10, [
    `(?:write|draft|compose|craft|prepare|word|generate|put together|type up|whip up|help me (?:write|word|draft)) (?:me |us |up )?(?:a |an |the |my |our |some |short |quick |formal |polite |brief )*(?:[a-z-]+ ){0,3}(?:${MSG})s?`,
    `(?:${MSG}) template`, `template (?:for |of )?(?:a |an |the )?(?:[a-z]+ ){0,3}(?:${MSG})`, 'draft (?:something|one|it|this|that)', '(?:need|want) (?:a|an) (?:letter|e ?mail|msg|message) (?:to|for)', '(?:e ?mail|letter|message|msg) draft', 'something (?:i|we) can send', 'write (?:it|one|this|that|something) (?:up |out |for me |in english)', 'can (?:you|u) write', 'sample (?:e ?mail|letter|request)',
    'what (?:should|do) i (?:write|say) (?:in|to)', 'how (?:should|do) i word', 'word(?:ing)? (?:it|this|my)']],
  ['draft_request', 2, ['draft', 'write up', 'wording']],

  // denied_appeal: after a denial, revocation or suspension; appeals, disputes, escalation.
  ['denied_appeal', 8, [
    'appeal', 'appeals', 'appealing', 'dispute', 'disputing', 'contest(?:ing)? (?:the|this|their|a|my)', 'reconsider(?:ation)?',
    'overturn', 'reinstate(?:d|ment)?', 'get (?:it|my (?:key|access|token)) back', 'restore(?:d)? (?:my )?access', 'notice of violation',
    'violation notice', 'said no(?: to)?', '(?:get|have) (?:it|this|that|the decision) (?:reviewed|reconsidered|looked at again)', 'escalated', 'if (?:they|it|the city|[a-z]+) (?:say no|says no|deny|denies|reject|rejects|refuse|refuses|turn (?:me|us|it) down)', 'escalat(?:e|ion) (?:path|process|it|this|my)', 'escalate', 'push back', '(?:reviewed|looked at) by someone else', 'second opinion', 'someone else (?:review|look)', 'fight (?:it|this|the)',
    'challenge (?:the|this|their|a) (?:decision|denial|suspension|revocation)', 'how long do i have']],
  ['denied_appeal', 7, [
    '(?:was|got|been|were|are|is|have been|has been) (?:denied|rejected|revoked|suspended|banned|blocked|refused|turned down|disabled|cut off|shut off|terminated)',
    '(?:denied|rejected|revoked|suspended|banned|blocked|refused|turned down|disabled|terminated|cancell?ed|pulled) (?:my|our|the|me|us)',
    '(?:they|city|it) (?:denied|rejected|revoked|suspended|refused|turned down|blocked|banned)', 'suspending (?:my|our)', 'revoking (?:my|our)',
    'denial', 'rejection', 'they said no', 'turned me down', 'got (?:a |an )?(?:[a-z-]+ ){0,3}(?:denied|denial|rejection|rejected)']],
  ['denied_appeal', 2, ['denied', 'rejected', 'revoked', 'suspended', 'banned', 'unfair', 'wrongly', 'by mistake']],

  // penalties: consequences of misuse, fines, enforcement.
  ['penalties', 8, [
    'fines', 'fined', '(?:a|any|the|no|big|hefty|monetary) fine', 'fine (?:for|amount|schedule|in)', '(?:dollar|cash|money|monetary) (?:fine|penalt(?:y|ies))', 'what happens (?:to|then|next)', '(?:if|when) (?:i|we|you) go over', 'go(?:es)? over (?:it|the limits?|my limits?)', 'penalt(?:y|ies)', 'sanctions?',
    'punish(?:ment|ed)?', 'enforce[sd]?', 'enforcing', 'who enforces', '(?<!code )enforcement', 'consequences?', 'get in trouble',
    'liable', 'liability', 'prosecut(?:e|ed|ion)', 'jail', 'prison', 'worst (?:that )?(?:could|can|would) happen', 'could happen to (?:me|us)', 'arrested', 'criminal', 'is (?:that|it|this) (?:a )?violation', 'sued', 'legal action', 'what happens (?:if|when)', 'what (?:will|would|could) happen',
    '(?:could|can|would|will|might) they (?:revoke|suspend|ban|block|cut|shut|terminate|sue|fine|pull|cancel)',
    'what can (?:they|the city|it) (?:actually |legally |really )?do', '(?:fine|fines|penali[sz]e|punish) (?:people|users|you|me|us|developers|anyone)', 'escalation (?:schedule|policy|ladder|steps)', 'first offen[cs]e', 'repeat (?:offen[cs]es?|violations?|offenders?)', 'what (?:will|would|could) they do', 'get (?:banned|blocked|suspended|sued)']],
  ['penalties', 3, ['what do they do (?:if|to)', 'allowed to scrape', 'misus(?:e|ing)', 'abus(?:e|ing)', 'violat(?:e|ing|ion)s?',
    'against the terms', 'break(?:ing)? the (?:terms|rules)']],
  ['penalties', 1, ['scrap(?:e|ing|er)', 'redistribut(?:e|ing|ion)', 'too hard', 'hammer(?:ing)?']],

  // fees: money.
  ['fees', 8, [
    'fees?', 'cost(?:s|ing)?', '(?<!in )charges?', 'charged', 'price', 'pricing', 'priced', 'pay(?:ing|ment)?', 'paid', 'free',
    'free of charge', '(?<!by )how much(?! (?:traffic|data|time|volume|load|usage|detail|info|information|of the))', 'expensive', 'cheap', 'subscription', 'invoiced?', 'billing', 'bill(?:ed)? (?:us|me|you|for)', 'billed',
    'money', 'dollars?']],

  // timeline: how long things take.
  ['timeline', 8, [
    'how long', 'how many (?:days|weeks|months)', 'turn ?around', 'sla', 'timeline', 'time ?frame', 'how (?:fast|quick(?:ly)?|soon)',
    'when (?:will|would|can|should) i (?:hear|get|expect|know)', 'when will (?:they|it|i)', 'eta', 'review (?:time|period)',
    'waiting (?:for|on)', 'still waiting', 'processing time', 'response time', 'taking (?:so |too )?(?:long|forever)', 'is that normal',
    'wait(?:ing)? time', 'days or weeks', 'weeks or months', 'instant(?:ly)?', 'right away', 'same day', 'review wait',
    'is there (?:a|any) wait', '(?:approval|response|review|decision) (?:time|window|period|wait)', 'realistic (?:window|timeline|time|wait)', 'time to (?:approve|approval|get approved)', '(?:typical|usual|average|expected|normal) wait', 'wait for']],
  ['timeline', 3, ['deadline', '(?:days|weeks|months) ago', 'rough(?:ly)?', 'usually take', 'typically take', 'expect(?:ed)? (?:to hear|a response)']],

  // forms: is there a form, its name or number, where to submit.
  ['forms', 8, [
    'forms?', 'form (?:number|name|id)', 'application form', 'paperwork', 'pdf', 'fill (?:out|in)',
    'where (?:do|can|should|would) (?:i|we|you|one|people) (?:actually |even |[a-z]+ly )?(?:submit|send|file|turn in|upload|mail)', 'which inbox', 'where do i get (?:that|the|this) (?:document|form|agreement|paperwork)', '(?:to )?which (?:address|portal|email|inbox|page)', 'send it to', 'numbered (?:form|application)', 'application (?:number|form)', 'submit (?:[a-z]+ ){0,3}(?:through|via|by) ', '(?:portal|online|website) or (?:by |via )?e ?mail', '(?:request|application)(?: [a-z]+){0,6} where (?:does|do|should) it go', 'where (?:does|do|should) (?:my request|the request|my application) go', 'where to (?:submit|send|file)']],
  ['forms', 4, ['submit (?:it|this|my request|the request)', 'download (?:it|the)']],

  // rate_limits: limits, throttling, terms of use, quotas, higher limits.
  ['rate_limits', 6, [
    'rate ?limit(?:s|ed|ing)?', 'throttl(?:e|ed|es|ing)', 'quotas?', 'requests? per (?:second|minute|hour|day)',
    'calls? per (?:second|minute|hour|day)', 'how many (?:requests|calls|queries)', '429', 'terms of (?:use|service)', 'tos',
    'acceptable use', 'usage (?:policy|limits?|terms)', 'allowed to (?:cache|store|republish|reuse|redistribute|resell|use|repackage|sell|mirror)',
    'higher limits?', 'more (?:requests|calls|quota)', 'limits?', 'capped', 'cap on', 'repackag(?:e|ing)']],
  ['rate_limits', 7, ['rate ?limit(?:s|ed|ing)?', 'throttl(?:e|ed|es|ing)']],
  ['rate_limits', 8, ['cap on', 'cuts? (?:me|us|you) off', 'before (?:it|they) (?:cut|block|throttle)', '(?:request|call|rate|api) caps?', 'caps? per', 'elevated (?:api )?(?:access|limits?|quota|tier|rate)', 'how many (?:requests|calls|queries)', 'requests? per (?:second|minute|hour|day)', 'calls? per (?:second|minute|hour|day)', 'elevated (?:access|limits?|quota|tier|rate)', 'outgrow(?:ing|n)?', 'default (?:token|limits?|quota|tier)', 'can i (?:cache|store|republish|reuse|resell|repackage|redistribute|sell|mirror|share)', 'am i allowed', 'is it allowed']],
  ['rate_limits', 3, ['terms', 'rules', 'allowed to', 'getting (?:blocked|throttled|429s?)', 'too many requests', 'high(?:er)? (?:volume|traffic)',
    'raise', 'increase', 'commercial use', 'license to use']],

  // api_key: getting credentials, whether one is needed.
  ['api_key', 6, [
    '(?:get|obtain|apply for|request|generate|create|find|make|issue|set up) (?:a |an |my |the |our |one |new )?(?:[a-z]+ )?(?:api |app |developer |access )?(?:key|token)s?',
     '(?:is|are) (?:a |an )?(?:api |app )?(?:keys?|tokens?) (?:even |actually )?(?:needed|required|necessary)', '(?:need|want|get) (?:a |an )?(?:real |proper |new |higher |personal )(?:api |app )?(?:key|token)', '(?:how|where) (?:do|can) (?:i|we) get one',
    'where (?:do|can) i (?:get|find|generate) (?:a |an |my |the )?(?:api |app )?(?:key|token)', 'where (?:do|can) i get one', '(?:where|how) (?:do|can) (?:i|we) sign up', 'needs? (?:a |an )?(?:api |app )?(?:key|token)', 'where do (?:the |my )?(?:credentials|keys?|tokens?) (?:live|go|show up|appear)', 'credentials? step']],
  ['api_key', 8, ['(?:do|does|will) (?:i|we|you|it) (?:even |actually |really |still )?need (?:a |an |any )?(?:api |app )?(?:keys?|tokens?|account|credentials|creds)']],
  ['api_key', 4, ['creds', '(?:api|app|developer|access) ?(?:key|token)s?', 'credentials?', 'sign ?up', 'signup', 'register (?:for|an|my|as)',
    'api access', 'need (?:a|an) (?:key|token|account)', 'authenticat(?:e|ion)', 'generate (?:a|an|one|my)', 'client id', 'secret key', 'oauth']],
  ['api_key', 2, ['keys?', 'tokens?', 'account', 'api']],

  // contact: who to talk to.
  ['contact', 6, [
    'contacts?', 'who (?:actually )?(?:owns|manages|maintains|is responsible)', 'dev support', 'who (?:does|handles|provides|runs|gives) (?:[a-z]+ )?support', 'data person', 'need a human', '(?:a|an|the) (?:actual |real )?human', '(?:human|person|someone|somebody) (?:[a-z]+ ){0,3}(?:i can |to )?ping', 'need someone', 'escalate (?:a|my|this|the) (?:question|issue|problem)', '(?:office|department|team|person) responsible', 'responsible for', 'need (?:a|the) (?:contact|name)', 'where (?:do|can|should) (?:i|we) report', 'report (?:that|this|it|an error|errors|a mistake)', 'who s responsible', 'which (?:[a-z]+ ){1,2}(?:office|department|dept|team|agency)', 'who (?:do|should|can|would) i (?:talk|speak|reach|email|call|write|ask|go|get in touch)', 'who to (?:talk|contact|ask|email|call|reach)',
    'which (?:office|department|dept|team|person|agency|division)', 'what (?:office|department|dept|team|agency)', 'email address',
    'phone(?: number)?', 'reach (?:out|someone|them)', 'get in touch', 'point of contact', 'poc', 'someone to (?:email|talk|call|ask)',
    'developer support', 'support (?:team|email|contact)', 'complain(?:t|ts)?', 'report (?:a |an )?(?:problem|bug|issue|misuse|error)',
    'who handles', 'who is in charge', 'person in charge', '(?:person|human|someone|somebody|people) (?:i can |to |we can )?(?:call|email|talk|speak|ask|reach)',
    'who (?:actually )?(?:answers|responds|reads|replies)', '(?:person|human|someone|somebody) (?:[a-z]+ ){0,5}(?:i|we) can (?:call|email|talk|speak|ask)', 'where (?:does|do|should) (?:complaints?|feedback) go']],
  ['contact', 9, ['whoever (?:is in charge|handles|runs|owns|manages)']],
  ['contact', 2, ['who', 'office', 'department', 'email', 'talk to', 'handles']],

  // request_access: ask for a new or restricted dataset; what a request must contain.
  ['request_access', 6, [
    '(?<!service )request (?:a |the |an )?(?:new |restricted |specific |private |non ?public )?(?:dataset|data|access|records?)',
    'ask (?:them |the city )?(?:to )?(?:publish|release|add|open|share)', '(?:publish|release|add|open up) (?:a |the |this |new )?(?:dataset|data)',
    'restricted (?:dataset|data|records?|access)', 'access to (?:a |the )?(?:restricted|private|sensitive|non ?public|internal)',
    'what (?:do i|should i|to) (?:need to )?(?:include|put|write|say|provide|mention)', '(?:put|include) in (?:the|my|a) (?:request|application)',
    'requirements? for (?:a|the) request', 'isnt (?:on|in) (?:the )?(?:[a-z]+ )?portal', 'not (?:on|in) (?:the )?(?:[a-z]+ )?portal', 'get (?:the city|them|it) to (?:put|post|publish|release|add|share)', 'put it up', 'what (?:do|should) (?:i|we) (?:need to )?send', 'dont (?:publish|have)', 'doesnt (?:publish|have)',
    'not published', 'unpublished', 'new dataset', 'data (?:use )?statement', 'data sharing agreement', 'check (?:if|whether) (?:it|the dataset) exists',
    '(?:do|should|must) i (?:need to |have to )?(?:include|put|mention|provide|attach|send)',
    'what (?:does|should|must) (?:a|the|my|our) (?:[a-z]+ ){0,3}(?:request|application|submission) (?:[a-z]+ ){0,2}(?:need|contain|include|require|have)',
    'get (?:the )?(?:[a-z]+ ){0,3}to publish', 'what (?:the city|they|it|you) needs? from (?:me|us)', 'what do (?:they|you|it|[a-z]+) need from (?:me|us)', 'what (?:i|we) (?:should|must|need to) (?:send|include|provide|put)', 'put (?:it|this|that) out', '(?:isnt|not|non) ?public', 'how do i ask for (?:it|this|that|access)', 'guidance on what']],
  ['request_access', 8, ['(?:do|should|must) i (?:need to |have to )?(?:include|put|mention|provide|attach)', '(?:do|should|must) i (?:need to |have to )send', 'what (?:do i|should i|to) (?:need to |have to )?(?:submit|send)', 'search (?:[a-z]+ ){0,3}before (?:asking|requesting|submitting|i ask|i request|we ask)', 'what (?:do i|should i|to) (?:need to |have to )?(?:include|put|write|say|provide|mention)', '(?:search|check) (?:the portal |it |there )?first', 'go straight to']],
  ['request_access', 2, ['request(?:ing|s)?', 'restricted', 'get access', 'access to', 'publish', 'need (?:the |a |this )?(?:data|dataset)']],

  // evaluation: how requests are judged (before any denial).
  ['evaluation', 8, [
    'criteria', 'criterion', 'evaluat(?:e|ed|es|ing|ion)', 'assess(?:ed|es|ing|ment)?', 'decide(?:s|d)?', 'decision', 'basis', 'on what grounds',
    'what (?:do|does|will|would) (?:they|the city|miami|la|kc|reviewers?|staff) (?:look|consider|check|weigh)', 'look at when', 'looking for (?:in|when)',
    'why (?:would|might|could|do|does) (?:[a-z]+ ){0,3}(?:be )?(?:reject|deny|denied|rejected|refuse|decline|turn down)', 'approve or (?:reject|deny)',
    'approv(?:e|al) (?:process|criteria)', 'chances', 'get approved', 
    'reviewing requests', 'how (?:are|is) (?:requests?|applications?) (?:reviewed|judged|evaluated|decided|approved)', 'factors?', 'considers?',
    'say (?:yes|no)', 'yes or no', 'yes no', 'rubric', 'would make (?:[a-z]+ ){0,3}(?:refuse|reject|deny|decline|say no)', 'grounds for (?:rejection|denial|refusal)',
    'what makes (?:[a-z]+ ){0,3}(?:approve|accept|reject|deny|say)', 'reasons? (?:for|why|a|that|it|they)', 'reviewers? (?:[a-z]+ ){0,2}(?:care|look|want|weigh)', 'care about', 'havent applied', 'weigh(?:ed|s|ing)?', 'when (?:deciding|approving|reviewing|evaluating|considering)', 'how do they prioriti[sz]e', 'care about (?:[a-z]+ ){0,3}when']],
  ['evaluation', 5, ['doesnt get (?:rejected|denied)', 'not get (?:rejected|denied)']],
  ['evaluation', 2, ['approve[ds]?', 'approval', 'review(?:ed|ing)?', 'judge(?:d)?', 'prioriti[sz]e']],

  // dataset_id: IDs, endpoints, metadata.
  ['dataset_id', 7, [
    'dataset ids?', '(?:which|what) url', 'url (?:do i|to|should i) (?:call|use|hit|query|put)', 'url (?:for|in) my code', 'data ?set (?:identifier|id)', 'ids?', 'identifiers?', 'endpoints?', 'api url', 'api link', 'url for (?:a|the) (?:dataset|api)',
    'resource url', '4x4', 'four by four', 'metadata', 'licen[cs]e', 'update (?:frequency|schedule|cadence)', 'last updated',
    'how often (?:[a-z]+ ){0,7}(?:updated|refreshed|update|refresh)', 'refresh(?:ed)? (?:rate|frequency|schedule)', '(?:updated|refreshed) (?:daily|weekly|monthly|nightly|hourly|how often)', 'columns?',
    'fields? (?:names?|list)', 'schema', 'data dictionary', 'soql', 'feature ?server', 'query url']],
  ['dataset_id', 2, ['fields']],

  // find_dataset: is there data about X.
  ['find_dataset', 7, [
    `(?:any|some) ${T}{0,4}${DN}`, `is there (?:a |an |any )?${T}{0,4}${DN}`, `are there (?:any )?${T}{0,4}${DN}`,
    `(?:looking for|searching for|search for|find|finding|where can i find|where do i find|need|want|get|pull|download) (?:the |some |any |a |an )?${T}{1,4}${DN}`,
    `(?:have|has|publish|publishes) (?:a |an |any )?${T}{1,6}${DN}`, '(?:have|has|got) anything (?:on|about|for|re)', `(?:does|do) (?:[a-z]+ ){0,3}(?:publish|post|release|put out) (?:any )?${T}{0,3}[a-z0-9-]+(?= \\?|$)`, `(?:have|has) (?:a |an |any )?${DN} (?:for|on|about|with|of) (?:that|this|it|those)`, 'is (?:that|it|this) on the portal', 'on the portal anywhere', 'is (?:that|it|this) (?:published|available|online|public) (?:anywhere|somewhere|online)', 'published anywhere', '(?:find|get) (?:information|info) (?:about|on)',
    'datasets? (?:about|on|for|of|with|covering) (?!(?:the |a |an |their |[a-z]+s )?(?:portal|site|hub|geohub|city))', 'data (?:about|on|for) (?!access|requests?|(?:the )?portal)',
    'search (?:the )?(?:portal|catalog|datasets?)', `show me ${T}{0,3}${DN}`, `^${T}{1,5}${DN}`]],

  ['find_dataset', 6, [`(?:do you have|looking for|i want|i need|got any|have any|anything on|anything about|searching for) ${T}{0,4}${T_END}`]],

  // portal: where the portal is; the program overview.
  ['portal', 5, [
    'open data (?:portal|program|site|website|hub|page|initiative)', 'where is (?:the |their |[a-z]+s )?(?:open data |data )?(?:portal|site|website|hub)',
    'geo ?hub', 'difference between', 'who runs', 'overview', 'what is (?:the |their )?(?:open data|portal)',
    'tell me about (?:the |their )?(?:open data|portal|data program)', 'link to (?:the |their )?(?:portal|open data)', 'portal (?:url|link|address)',
    'which portal', 'what platform', 'opendata', 'where (?:does|do) (?:[a-z]+ ){0,4}(?:publish|put|post|keep|host)', 'data sites?', '(?:one|single) (?:site|portal) or', 'how many (?:portals|sites)', 'official (?:one|site|portal|open data|source)', 'which one (?:to|should|do)', 'mirror', '(?:do|does) (?:[a-z]+ ){0,2}(?:do|have) open data', '(?:hub|portal|site|opendata) (?:url|link|address)']],
  ['portal', 2, ['portals?', 'open data', 'program', 'data (?:portal|hub)', 'socrata', 'arcgis']],

  // process: the whole path, step by step.
  ['process', 8, [
    'process', 'workflow', 'how does (?:the )?(?:whole )?(?:[a-z-]+ ){0,4}(?:process|flow) work', 'flow', 'order of operations', 'what order', 'how-to', 'howto', 'walk me thru', 'thru everything', 'all of it', 'everything i need', '(?<!next )steps?', 'step by step', 'checklist', 'start to finish', 'end to end', 'from scratch', 'walk ?through', 'walk me through',
    'first time', 'getting started', 'get started', 'where do i (?:start|begin)', 'how do i (?:start|begin)', 'roadmap', 'guide me',
    'full (?:procedure|picture)', 'procedure', 'overall']],
  ['process', 2, ['how (?:do|can) i get (?:the )?(?:data|access)', 'how does it work']],

  // help: about the bot itself. Greetings and a bare "help" only win when nothing else is asked.
  ['help', 7, [
    'what can you do', 'what do you do', 'how (?:do|can) i use (?:this|you|the bot|it)', 'who are you', 'what are you', 'commands?',
    'what is this bot', 'your capabilities', 'what (?:can|should) i ask (?:you|the bot|here|about)', 'are you a bot', 'what (?:is|does) this bot',
    'help me with (?:[a-z]+ ){0,4}(?:stuff|things|questions|data)', 'can you help(?: me)?(?: out)?$', 'what (?:kind of|sort of) (?:questions|things)',
    'which cities', 'what cities', 'do you (?:cover|handle|support|know|do|help with)', 'you (?:cover|handle|support|do) (?:[a-z]+ ){0,3}(?:too|as well|also)',
    'what (?:are|r) (?:you|u) for', 'how does (?:this|the) (?:bot|thing) work', 'questions? (?:ok|okay|allowed|welcome) here',
    'right (?:bot|place|channel)', 'can i ask (?:you )?(?:about|questions)', 'do i just (?:type|ask)', 'what (?:kinds?|sorts?|types?) of (?:[a-z]+ ){0,3}questions', '(?:are you|you re) good for', 'questions (?:can|do) you (?:answer|handle)', 'how do i (?:ask|talk to|use) you', 'help (?:me )?(?:w|with) (?:[a-z]+ ){0,3}(?:questions|stuff|things)', 'are you a (?:person|human|bot|real person|robot)', 'what do you (?:actually |even )?know', '(?:any good|good) (?:with|at|for) (?:[a-z]+ ){0,3}questions', 'can (?:this|the) bot', '(?:this|the) bot (?:can|do|does)', 'what can (?:u|you) help with', '(?:r u|are you|are u|can you|can u) able to (?:answer|help)', '(?:are you|you re|r u|u r|are u) good for', 'can (?:you|u) answer (?:[a-z]+ ){0,3}questions']],
  ['help', 8, ['syntax', 'command syntax']],
  ['help', 6, ['thx', 'that helped', 'helpful', 'great thanks', 'thanks a lot', 'perfect thanks']],
  ['help', 2, ['help', 'hi', 'hello', 'hey', 'hiya', 'howdy', 'yo', 'sup', 'good (?:morning|afternoon|evening)', 'greetings', 'thanks?',
    'thank you', 'ty', 'cheers', 'usage', 'how does this work']],

  // out_of_scope: unrelated topics; they decide only when nothing is said about data access.
  ['out_of_scope', 5, [
    'weather', 'forecast', 'poem', 'joke', 'song', 'recipe', 'restaurants? (?:near|in|to)', 'best (?:[a-z]+ ){0,2}(?:in|near)', 'bbq', 'barbecue',
    'food', 'eat', 'hotels?', 'score', 'game', 'sports?', 'movie', 'stock', 'crypto', 'bitcoin', 'dating', 'girlfriend', 'boyfriend',
    'traffic (?:on|at|like|today|right now)', 'commute', 'directions to', 'sql', 'postgres', 'python', 'javascript', 'left join', 'regex',
    'homework', 'translate', 'tell me a', 'meaning of life', 'capital of', 'president', 'election', 'vote', 'rent', 'apartment',
    'tourist', 'vacation', 'beach', 'nightlife', 'pizza', 'coffee',
    'hikes?', 'hiking', 'tickets? (?:to|for|tonight)', 'concert', 'marathon', 'road closures?', 'airport', 'rideshare', 'uber', 'lyft',
    'jobs?', 'hiring', 'potholes?', 'city council', 'council ?member', 'taxes', 'dmv', 'passport',
    'chiefs', 'royals', 'lakers', 'dodgers', 'clippers', 'heat game', 'marlins', 'dolphins', 'sporting kc', 'world cup', 'bus (?:fare|route|schedule)', 'fares?', ]],
  // City services, not data: they outrank a money or contact word ("pay a parking ticket") unless data is asked for.
  ['out_of_scope', 8.5, ['pay (?:[a-z]+ ){0,3}(?:ticket|bill|citation|tax|fine)', 'property tax', 'pothole on my', 'report (?:a|the) pothole',
    'trash', 'garbage', 'recycling', 'picked up', 'mayor', 'streetcar', 'drivers? licen[cs]e', 'business licen[cs]e', 'renew(?:al)? (?:my|a)',
    'noise complaint']],
  ['out_of_scope', 9, ['python library', 'npm package', 'library for (?:reading|parsing|plotting)', 'translate', 'poem', 'joke', 'song', 'recipe', 'limerick', 'haiku', 'story about']],
];

/** One regex per intent and weight: matches counted with a global scan stand in for patterns hit. */
export const SIGNALS: Signal[] = TABLE.map(([intent, weight, patterns]) => ({
  intent,
  weight,
  re: new RegExp(`(?<![a-z0-9])(?:${patterns.join('|')})(?![a-z0-9])`, 'g'),
}));

/** Words that show the question is about data access at all. */
export const DATA_WORDS =
  /(?<![a-z0-9])(?:data|datasets?|api|apis|portal|geohub|open ?data|records?|key|keys|token|tokens|endpoint|socrata|arcgis|csv|json|feed|layer|gis|access|request|foia|public records|inventory)(?![a-z0-9])/u;
