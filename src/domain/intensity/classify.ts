/**
 * Places a treatment schedule in Servicestyrelsen's intensity definitions
 * (content/rules/behandlingsintensitet.yaml). Pure and free of Node APIs: the intensity page's
 * island runs it in the browser. A schedule is a typical period of one to four weeks that repeats;
 * each week lists the hours of service on each day with service. A schedule that a definition only
 * partly covers gets no level, only the nearest one and why.
 */
import { formatList, formatNumber } from '../format.ts';

/** From least to most intensive; the same ids as the levels in the rule file. */
export const intensityLevels = ['ad-hoc', 'ambulant', 'ambulant-dagbehandling', 'dagbehandling', 'doegnbehandling'] as const;
export type IntensityLevel = (typeof intensityLevels)[number];

/** The level returned for a schedule no definition covers exactly. */
export const outsideDefinitions = 'uden-for-definitionerne';

/** The `rule` of a result outside the definitions: what kept the schedule out. */
export const outsideRules = [
  'ingen-ydelser', // no day with service in the period
  'lange-pauser', // on average every 14 days, but with more than 14 days between some services
  'blandede-timer', // 3 to 5 days of which some are over 2 hours and some not, without meeting the 2+2 rule
  'seks-dage', // 6 days a week
  'hver-dag-uden-overnatning', // 7 days a week without overnight stay
  'overnatning-uden-hver-dag', // overnight stay without service every day
  'uens-uger', // the weeks of the period differ in level
] as const;
export type OutsideRule = (typeof outsideRules)[number];

/** The level names for use inside a Danish sentence. */
export const intensityLevelNames: Record<IntensityLevel, string> = {
  'ad-hoc': 'ad hoc',
  ambulant: 'ambulant behandling',
  'ambulant-dagbehandling': 'ambulant dagbehandling',
  dagbehandling: 'dagbehandling',
  doegnbehandling: 'døgnbehandling',
};

/** Source ids (content/sources/) the definitions rest on. */
export const intensitySources = ['kl-inspirationskatalog'];

export interface Schedule {
  /** One to four weeks; each lists the hours of service (above 0, at most 24) on each of 0 to 7 days. */
  weeks: number[][];
  /** Whether the service includes overnight stay. */
  overnight: boolean;
}

export interface IntensityResult {
  level: IntensityLevel | typeof outsideDefinitions;
  /** Only outside the definitions: the closest level. */
  nearest?: IntensityLevel;
  /** The level id that decided, or an id from `outsideRules`. */
  rule: IntensityLevel | OutsideRule;
  /** Plain Danish sentences explaining the result. */
  reasons: string[];
  sources: string[];
}

/** Invalid input: `message` for developers, `messageDa` to show the user. */
export class IntensityInputError extends Error {
  readonly messageDa: string;
  constructor(message: string, messageDa: string) {
    super(message);
    this.name = 'IntensityInputError';
    this.messageDa = messageDa;
  }
}

export function classifyIntensity(s: Schedule): IntensityResult {
  const weeks = checkSchedule(s);
  const byDays = classifyDays(weeks);
  if (!s.overnight) return byDays;
  if (weeks.every((w) => w.length === 7)) {
    return confident('doegnbehandling', [
      'Borgeren får en ydelse alle 7 dage i hver uge, og ydelsen omfatter overnatning.',
      'Det svarer til døgnbehandling: en ydelse hver dag, hvor ydelsen omfatter overnatning.',
    ]);
  }
  const fewestDays = Math.min(...weeks.map((w) => w.length));
  const nearest = fewestDays >= 5 ? 'doegnbehandling' : (byDays.nearest ?? (byDays.level as IntensityLevel));
  return outside('overnatning-uden-hver-dag', nearest, [
    'Ydelsen omfatter overnatning, men borgeren får ikke en ydelse hver dag i alle uger.',
    'Døgnbehandling kræver en ydelse hver dag med overnatning, og de andre definitioner nævner ikke overnatning.',
    nearest === 'doegnbehandling'
      ? 'Det nærmeste er døgnbehandling, fordi der er overnatning og ydelser mindst 5 dage i hver uge.'
      : `Ser man bort fra overnatningen, er det nærmeste ${intensityLevelNames[nearest]}.`,
  ]);
}

/** "3 dage om ugen, 2 timer hver gang"; several different weeks are described one by one. Throws on invalid input. */
export function describeSchedule(s: Schedule): string {
  const weeks = checkSchedule(s);
  const overnight = s.overnight ? ', med overnatning' : '';
  if (weeks.every((w) => sameWeek(w, weeks[0]))) {
    const [days, hours] = weekParts(weeks[0]);
    return `${days} om ugen${hours}${overnight}`;
  }
  const each = weeks.map((w, i) => `${i === 0 ? 'Uge' : 'uge'} ${i + 1}: ${describeWeek(w)}`).join('; ');
  return `${each} (gentages hver ${weeks.length}. uge)${overnight}`;
}

/** "3 dage, 2 timer hver gang"; "4 dage (3, 3, 1 og 1 timer)"; "1 dag, 1,5 timer"; "ingen dage". */
export function describeWeek(hours: readonly number[]): string {
  return weekParts(hours).join('');
}

function weekParts(hours: readonly number[]): [string, string] {
  if (hours.length === 0) return ['ingen dage', ''];
  const days = hours.length === 1 ? '1 dag' : `${hours.length} dage`;
  if (hours.length === 1) return [days, `, ${hoursText(hours[0])}`];
  if (hours.every((h) => h === hours[0])) return [days, `, ${hoursText(hours[0])} hver gang`];
  return [days, ` (${formatList(hours.map(formatNumber))} timer)`];
}

const hoursText = (h: number) => `${formatNumber(h)} ${h === 1 ? 'time' : 'timer'}`;
const sameWeek = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((h, i) => h === b[i]);

function fail(message: string, messageDa: string): never {
  throw new IntensityInputError(message, messageDa);
}

function checkSchedule(s: Schedule): number[][] {
  if (typeof s !== 'object' || s === null || !Array.isArray(s.weeks)) fail('The schedule needs a list of weeks.', 'Skemaet mangler ugerne.');
  if (typeof s.overnight !== 'boolean') fail('overnight must be true or false.', 'Angiv, om ydelsen omfatter overnatning.');
  const count = s.weeks.length;
  if (count === 0) fail('The period has no weeks; give one to four weeks.', 'Angiv mindst én uge.');
  if (count > 4) fail(`The period has ${count} weeks; it can be at most four weeks.`, `Perioden har ${count} uger, men den kan højst være 4 uger.`);
  s.weeks.forEach((week, i) => {
    if (!Array.isArray(week)) fail(`Week ${i + 1} is not a list of days.`, `Uge ${i + 1} mangler dagene.`);
    if (week.length > 7) fail(`Week ${i + 1} has ${week.length} days; a week has at most 7.`, `Uge ${i + 1} har ${week.length} dage, men en uge har højst 7 dage.`);
    week.forEach((h, j) => {
      const at = `Week ${i + 1}, day ${j + 1}`;
      const atDa = `Uge ${i + 1}, dag ${j + 1}`;
      if (typeof h !== 'number' || !Number.isFinite(h)) fail(`${at}: the hours must be a finite number, not ${typeof h === 'number' ? h : typeof h}.`, `${atDa}: antal timer skal være et tal.`);
      if (h <= 0) fail(`${at}: the hours must be above 0, not ${h} (leave out days without service).`, `${atDa}: antal timer skal være over 0. En dag uden ydelser skal ikke med.`);
      if (h > 24) fail(`${at}: a day has at most 24 hours, not ${h}.`, `${atDa}: en dag har højst 24 timer.`);
    });
  });
  return s.weeks;
}

function confident(level: IntensityLevel, reasons: string[]): IntensityResult {
  return { level, rule: level, reasons, sources: [...intensitySources] };
}

function outside(rule: OutsideRule, nearest: IntensityLevel, reasons: string[]): IntensityResult {
  const opening = 'Skemaet passer ikke helt på nogen af definitionerne, så det kan ikke placeres sikkert i én behandlingsform.';
  return { level: outsideDefinitions, nearest, rule, reasons: [opening, ...reasons], sources: [...intensitySources] };
}

/** The level by days and hours alone; overnight stay is handled by the caller. */
function classifyDays(weeks: number[][]): IntensityResult {
  if (weeks.every((w) => w.length <= 2)) return classifyByFrequency(weeks);
  const views = weeks.map(viewWeek);
  const first = views[0];
  const sameKind = views.every((v) => v.kind === first.kind && (v.kind !== 'exact' || v.level === first.level));
  if (sameKind && first.kind === 'exact') return first.level === 'dagbehandling' ? dayTreatment(views) : outpatientDayTreatment(views);
  const nearest = typicalLevel(views);
  if (!sameKind) {
    const verdicts = views.map((v, i) => `uge ${i + 1} ${weekVerdict(v)}`);
    return outside('uens-uger', nearest, [
      `Ugerne i perioden er forskellige: ${formatList(verdicts)}.`,
      'En behandlingsform skal passe på alle uger i perioden.',
      nearestReason(views, nearest),
    ]);
  }
  if (first.kind === 'six') {
    return outside('seks-dage', nearest, [
      'Borgeren får ydelser 6 dage om ugen.',
      'Ambulant dagbehandling og dagbehandling dækker 3 til 5 dage om ugen, og døgnbehandling kræver en ydelse hver dag med overnatning.',
      nearestReason(views, nearest),
    ]);
  }
  if (first.kind === 'seven') {
    return outside('hver-dag-uden-overnatning', nearest, [
      'Borgeren får en ydelse alle 7 dage om ugen, men uden overnatning.',
      'Døgnbehandling kræver overnatning, og ambulant dagbehandling og dagbehandling dækker 3 til 5 dage om ugen.',
      nearestReason(views, nearest),
    ]);
  }
  const exactlyTwo = views.some((v) => v.exactlyTwo > 0 && v.long >= 2 && v.days >= 4);
  return outside('blandede-timer', nearest, [
    ...perWeek(views, (v) => `er der ${v.days} dage med ydelser: ${v.long} over 2 timer og ${v.days - v.long} på højst 2 timer.`),
    'Dagbehandling kræver mindst 3 dage over 2 timer (eller 2 dage over og 2 dage under 2 timer), og ambulant dagbehandling højst 2 timer hver dag.',
    'Reglen om 2 dage over og 2 dage under 2 timer gælder heller ikke. Den kræver mindst 2 dage over 2 timer og mindst 2 dage under 2 timer, i alt 4 eller 5 dage i samme uge.',
    ...(exactlyTwo ? ['En dag på præcis 2 timer er hverken over eller under 2 timer.'] : []),
    nearestReason(views, nearest),
  ]);
}

/** Weeks of at most 2 days: ambulant, ad hoc, or in between. Hours do not matter here. */
function classifyByFrequency(weeks: number[][]): IntensityResult {
  const contacts = weeks.reduce((sum, w) => sum + w.length, 0);
  if (contacts === 0) {
    return outside('ingen-ydelser', 'ad-hoc', ['Der er ingen dage med ydelser i perioden.', 'Det nærmeste er ad hoc, som er den laveste intensitet.']);
  }
  // Days carry no weekday, so "every 14 days" is read as: never two weeks in a row without service.
  if (longestEmptyRun(weeks) <= 1) {
    return confident('ambulant', [
      'Borgeren får ydelser højst 2 dage om ugen og mindst én gang hver 14. dag.',
      'Det svarer til ambulant behandling: en ydelse mindst hver 14. dag og højst 2 gange om ugen, individuelt eller i grupper.',
      'Hvor mange timer ydelsen varer, har ikke betydning for ambulant behandling.',
    ]);
  }
  if (contacts * 2 < weeks.length) {
    return confident('ad-hoc', [
      `Borgeren får ydelser ${contacts === 1 ? '1 gang' : `${contacts} gange`} på ${weeks.length} uger, det vil sige sjældnere end hver 14. dag.`,
      'Det svarer til ad hoc: en ydelse sjældnere end hver 14. dag. Efter definitionen er ad hoc ikke social behandling for brug af stoffer.',
    ]);
  }
  return outside('lange-pauser', 'ambulant', [
    'Borgeren får i gennemsnit mindst én ydelse hver 14. dag, men der går mere end 14 dage mellem nogle af ydelserne.',
    'Ambulant behandling kræver en ydelse mindst hver 14. dag, og ad hoc er sjældnere end hver 14. dag.',
    'Det nærmeste er ambulant behandling, fordi der i gennemsnit er mindst én ydelse hver 14. dag.',
  ]);
}

/** The longest run of weeks without service, counted across the end of the period since it repeats. */
function longestEmptyRun(weeks: number[][]): number {
  let run = 0;
  let longest = 0;
  for (const week of [...weeks, ...weeks]) {
    run = week.length === 0 ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return Math.min(longest, weeks.length);
}

type DayLevel = 'ambulant' | 'ambulant-dagbehandling' | 'dagbehandling';

interface WeekView {
  days: number;
  /** Days over 2 hours. */
  long: number;
  exactlyTwo: number;
  /** exact: the week meets a definition; mixed, six, seven: it does not, and `level` is the nearest. */
  kind: 'none' | 'exact' | 'mixed' | 'six' | 'seven';
  level?: DayLevel;
  twoPlusTwo: boolean;
}

function viewWeek(hours: number[]): WeekView {
  const days = hours.length;
  const long = hours.filter((h) => h > 2).length;
  const under = hours.filter((h) => h < 2).length;
  // The site's reading of the garbled sentence (see the rule file's interpretation).
  const twoPlusTwo = (days === 4 || days === 5) && long >= 2 && under >= 2;
  const byHours: DayLevel = long * 2 >= days ? 'dagbehandling' : 'ambulant-dagbehandling';
  const view = { days, long, exactlyTwo: days - long - under, twoPlusTwo };
  if (days === 0) return { ...view, kind: 'none' };
  if (days <= 2) return { ...view, kind: 'exact', level: 'ambulant' };
  if (days >= 6) return { ...view, kind: days === 6 ? 'six' : 'seven', level: byHours };
  if (long === 0) return { ...view, kind: 'exact', level: 'ambulant-dagbehandling' };
  // 3 to 5 days in all with at least 3 long days meets "3 til 5 gange om ugen i mere end 2 timer":
  // shorter extra days add service, they do not take the long days away.
  if (long >= 3 || twoPlusTwo) return { ...view, kind: 'exact', level: 'dagbehandling' };
  return { ...view, kind: 'mixed', level: byHours };
}

function dayRange(views: WeekView[]): string {
  const min = Math.min(...views.map((v) => v.days));
  const max = Math.max(...views.map((v) => v.days));
  return min === max ? `${min}` : `${min} til ${max}`;
}

/** One sentence per week, or one for all weeks when they read the same. */
function perWeek(views: WeekView[], body: (v: WeekView) => string): string[] {
  const bodies = views.map(body);
  if (bodies.every((b) => b === bodies[0])) return [`I hver uge ${bodies[0]}`];
  return bodies.map((b, i) => `I uge ${i + 1} ${b}`);
}

/** "I hver uge" or "I uge 1 og 3", for the weeks in `which`. */
function weeksLabel(views: WeekView[], which: (v: WeekView) => boolean): string {
  const numbers = views.flatMap((v, i) => (which(v) ? [String(i + 1)] : []));
  return numbers.length === views.length ? 'I hver uge' : `I uge ${formatList(numbers)}`;
}

function outpatientDayTreatment(views: WeekView[]): IntensityResult {
  return confident('ambulant-dagbehandling', [
    `Borgeren får ydelser ${dayRange(views)} dage om ugen, og alle dage er på højst 2 timer.`,
    'Det svarer til ambulant dagbehandling: en ydelse 3 til 5 dage om ugen af højst 2 timers varighed.',
  ]);
}

function dayTreatment(views: WeekView[]): IntensityResult {
  const allLong = (v: WeekView) => v.long === v.days;
  const threeLong = (v: WeekView) => v.long >= 3 && !allLong(v);
  const twoPlusTwo = (v: WeekView) => v.twoPlusTwo && v.long < 3;
  return confident('dagbehandling', [
    `Borgeren får ydelser ${dayRange(views)} dage om ugen.`,
    ...(views.some(allLong) ? [`${weeksLabel(views, allLong)} er alle dage over 2 timer.`] : []),
    ...(views.some(threeLong) ? [`${weeksLabel(views, threeLong)} er mindst 3 dage over 2 timer; de øvrige dage er kortere.`] : []),
    ...(views.some(twoPlusTwo) ? [`${weeksLabel(views, twoPlusTwo)} er der 2 dage over 2 timer og mindst 2 dage under 2 timer.`] : []),
    'Det svarer til dagbehandling: en ydelse 3 til 5 gange om ugen i mere end 2 timer.',
    ...(views.some(twoPlusTwo)
      ? [
          'Efter kilden kan dagbehandling også være 2 dage over 2 timer og 2 dage under 2 timer. Kildens sætning om det hænger ikke sammen; vi læser den sådan, at mindst 2 dage over 2 timer og mindst 2 dage under 2 timer, i alt 4 eller 5 dage i samme uge, også er dagbehandling.',
        ]
      : []),
  ]);
}

const dayRank = (v: WeekView) => (v.level ? intensityLevels.indexOf(v.level) : -1);

/**
 * The nearest level of weeks that meet no definition together: the highest level at least half of
 * the weeks reach. When most weeks have no service, that is ambulant: this is only called with a
 * week of 3 or more days in a period of at most 4 weeks, so there is on average a service at least
 * every 14 days.
 */
function typicalLevel(views: WeekView[]): DayLevel {
  const sorted = [...views].sort((a, b) => dayRank(a) - dayRank(b));
  return sorted[Math.floor(views.length / 2)].level ?? 'ambulant';
}

function nearestReason(views: WeekView[], nearest: DayLevel): string {
  const name = intensityLevelNames[nearest];
  if (views.every((v) => v.kind === views[0].kind && v.level === nearest)) {
    return nearest === 'dagbehandling'
      ? 'Det nærmeste er dagbehandling, fordi mindst halvdelen af dagene er over 2 timer.'
      : 'Det nærmeste er ambulant dagbehandling, fordi de fleste dage er på højst 2 timer.';
  }
  if (views.filter((v) => v.kind === 'none').length * 2 > views.length) {
    return `Det nærmeste er ${name}, fordi mere end halvdelen af ugerne er uden ydelser, men der i gennemsnit er mindst én dag med ydelser hver 14. dag.`;
  }
  return `Det nærmeste er ${name}, fordi mindst halvdelen af ugerne når op på det niveau.`;
}

function weekVerdict(v: WeekView): string {
  if (v.kind === 'none') return 'er uden ydelser';
  if (v.kind === 'exact') return `svarer til ${intensityLevelNames[v.level!]}`;
  return `har ${v.days} dage, som ikke passer på nogen definition`;
}
