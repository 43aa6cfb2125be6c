/**
 * Places a treatment schedule in Servicestyrelsen's intensity definitions
 * (content/rules/behandlingsintensitet.yaml). Pure and free of Node APIs: the intensity page's
 * island runs it in the browser. A schedule is a typical period of one to four weeks that repeats;
 * each week lists the hours of service on each day with service. A schedule that a definition only
 * partly covers gets no level, only the nearest one and why.
 */
import { formatList, formatNumber } from '../format.ts';
import type { IntensityThresholds } from '../../schemas/rule.ts';

export type { IntensityThresholds };

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
  /** Source ids (content/sources/) the thresholds rest on. */
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

/**
 * The level of a schedule by the thresholds of the definitions (the rule file's "thresholds"): the
 * hours that make a long day, the most days a week of ambulant treatment, the days of day treatment,
 * and the 2 + 2 reading of the garbled sentence.
 */
export function classifyIntensity(s: Schedule, t: IntensityThresholds): IntensityResult {
  const weeks = checkSchedule(s);
  const byDays = classifyDays(weeks, t);
  if (!s.overnight) return byDays;
  if (weeks.every((w) => w.length === 7)) {
    return confident(t, 'doegnbehandling', [
      'Borgeren får en ydelse alle 7 dage i hver uge, og ydelsen omfatter overnatning.',
      'Det svarer til døgnbehandling: en ydelse hver dag, hvor ydelsen omfatter overnatning.',
    ]);
  }
  const fewestDays = Math.min(...weeks.map((w) => w.length));
  const nearest = fewestDays >= t.dayTreatmentDays.max ? 'doegnbehandling' : (byDays.nearest ?? (byDays.level as IntensityLevel));
  return outside(t, 'overnatning-uden-hver-dag', nearest, [
    'Ydelsen omfatter overnatning, men borgeren får ikke en ydelse hver dag i alle uger.',
    'Døgnbehandling kræver en ydelse hver dag med overnatning, og de andre definitioner nævner ikke overnatning.',
    nearest === 'doegnbehandling'
      ? `Det nærmeste er døgnbehandling, fordi der er overnatning og ydelser mindst ${t.dayTreatmentDays.max} dage i hver uge.`
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

const sourcesOf = (t: IntensityThresholds) => t.sources.map((c) => c.source);

function confident(t: IntensityThresholds, level: IntensityLevel, reasons: string[]): IntensityResult {
  return { level, rule: level, reasons, sources: sourcesOf(t) };
}

function outside(t: IntensityThresholds, rule: OutsideRule, nearest: IntensityLevel, reasons: string[]): IntensityResult {
  const opening = 'Skemaet passer ikke helt på nogen af definitionerne, så det kan ikke placeres sikkert i én behandlingsform.';
  return { level: outsideDefinitions, nearest, rule, reasons: [opening, ...reasons], sources: sourcesOf(t) };
}

/** The level by days and hours alone; overnight stay is handled by the caller. */
function classifyDays(weeks: number[][], t: IntensityThresholds): IntensityResult {
  const H = formatNumber(t.longDayHours);
  const { min, max } = t.dayTreatmentDays;
  if (weeks.every((w) => w.length <= t.outpatientMaxDaysPerWeek)) return classifyByFrequency(weeks, t);
  const views = weeks.map((w) => viewWeek(w, t));
  const first = views[0];
  const sameKind = views.every((v) => v.kind === first.kind && (v.kind !== 'exact' || v.level === first.level));
  if (sameKind && first.kind === 'exact') return first.level === 'dagbehandling' ? dayTreatment(views, t) : outpatientDayTreatment(views, t);
  const nearest = typicalLevel(views);
  if (!sameKind) {
    const verdicts = views.map((v, i) => `uge ${i + 1} ${weekVerdict(v)}`);
    return outside(t, 'uens-uger', nearest, [
      `Ugerne i perioden er forskellige: ${formatList(verdicts)}.`,
      'En behandlingsform skal passe på alle uger i perioden.',
      nearestReason(views, nearest, t),
    ]);
  }
  if (first.kind === 'six') {
    return outside(t, 'seks-dage', nearest, [
      `Borgeren får ydelser ${first.days} dage om ugen.`,
      `Ambulant dagbehandling og dagbehandling dækker ${min} til ${max} dage om ugen, og døgnbehandling kræver en ydelse hver dag med overnatning.`,
      nearestReason(views, nearest, t),
    ]);
  }
  if (first.kind === 'seven') {
    return outside(t, 'hver-dag-uden-overnatning', nearest, [
      'Borgeren får en ydelse alle 7 dage om ugen, men uden overnatning.',
      `Døgnbehandling kræver overnatning, og ambulant dagbehandling og dagbehandling dækker ${min} til ${max} dage om ugen.`,
      nearestReason(views, nearest, t),
    ]);
  }
  const { longDays, shortDays } = t.mixedDayTreatment;
  const exactlyAtLimit = views.some((v) => v.exactlyTwo > 0 && v.long >= longDays && v.days >= longDays + shortDays);
  const mixedDays = `${longDays + shortDays} eller ${max}`;
  return outside(t, 'blandede-timer', nearest, [
    ...perWeek(views, (v) => `er der ${v.days} dage med ydelser: ${v.long} over ${H} timer og ${v.days - v.long} på højst ${H} timer.`),
    `Dagbehandling kræver mindst ${min} dage over ${H} timer (eller ${longDays} dage over og ${shortDays} dage under ${H} timer), og ambulant dagbehandling højst ${H} timer hver dag.`,
    `Reglen om ${longDays} dage over og ${shortDays} dage under ${H} timer gælder heller ikke. Den kræver mindst ${longDays} dage over ${H} timer og mindst ${shortDays} dage under ${H} timer, i alt ${mixedDays} dage i samme uge.`,
    ...(exactlyAtLimit ? [`En dag på præcis ${H} timer er hverken over eller under ${H} timer.`] : []),
    nearestReason(views, nearest, t),
  ]);
}

/** Weeks of at most 2 days: ambulant, ad hoc, or in between. Hours do not matter here. */
function classifyByFrequency(weeks: number[][], t: IntensityThresholds): IntensityResult {
  const contacts = weeks.reduce((sum, w) => sum + w.length, 0);
  const every = t.outpatientEveryDays;
  const maxDays = t.outpatientMaxDaysPerWeek;
  // The longest run of weeks with no service that still leaves a service at least every `every` days.
  const allowedEmptyWeeks = Math.floor(every / 7) - 1;
  if (contacts === 0) {
    return outside(t, 'ingen-ydelser', 'ad-hoc', ['Der er ingen dage med ydelser i perioden.', 'Det nærmeste er ad hoc, som er den laveste intensitet.']);
  }
  // Days carry no weekday, so "every 14 days" is read as: never two weeks in a row without service.
  if (longestEmptyRun(weeks) <= allowedEmptyWeeks) {
    return confident(t, 'ambulant', [
      `Borgeren får ydelser højst ${maxDays} dage om ugen og mindst én gang hver ${every}. dag.`,
      `Det svarer til ambulant behandling: en ydelse mindst hver ${every}. dag og højst ${maxDays} gange om ugen, individuelt eller i grupper.`,
      'Hvor mange timer ydelsen varer, har ikke betydning for ambulant behandling.',
    ]);
  }
  if (contacts * every < weeks.length * 7) {
    return confident(t, 'ad-hoc', [
      `Borgeren får ydelser ${contacts === 1 ? '1 gang' : `${contacts} gange`} på ${weeks.length} uger, det vil sige sjældnere end hver ${every}. dag.`,
      `Det svarer til ad hoc: en ydelse sjældnere end hver ${every}. dag. Efter definitionen er ad hoc ikke social behandling for brug af stoffer.`,
    ]);
  }
  return outside(t, 'lange-pauser', 'ambulant', [
    `Borgeren får i gennemsnit mindst én ydelse hver ${every}. dag, men der går mere end ${every} dage mellem nogle af ydelserne.`,
    `Ambulant behandling kræver en ydelse mindst hver ${every}. dag, og ad hoc er sjældnere end hver ${every}. dag.`,
    `Det nærmeste er ambulant behandling, fordi der i gennemsnit er mindst én ydelse hver ${every}. dag.`,
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
  /** Days over the long-day hours. */
  long: number;
  exactlyTwo: number;
  /** exact: the week meets a definition; mixed, six, seven: it does not, and `level` is the nearest. */
  kind: 'none' | 'exact' | 'mixed' | 'six' | 'seven';
  level?: DayLevel;
  twoPlusTwo: boolean;
}

function viewWeek(hours: number[], t: IntensityThresholds): WeekView {
  const days = hours.length;
  const long = hours.filter((h) => h > t.longDayHours).length;
  const under = hours.filter((h) => h < t.longDayHours).length;
  const { min, max } = t.dayTreatmentDays;
  const { longDays, shortDays } = t.mixedDayTreatment;
  // The site's reading of the garbled sentence (see the rule file's interpretation).
  const twoPlusTwo = days >= longDays + shortDays && days <= max && long >= longDays && under >= shortDays;
  const byHours: DayLevel = long * 2 >= days ? 'dagbehandling' : 'ambulant-dagbehandling';
  const view = { days, long, exactlyTwo: days - long - under, twoPlusTwo };
  if (days === 0) return { ...view, kind: 'none' };
  if (days <= t.outpatientMaxDaysPerWeek) return { ...view, kind: 'exact', level: 'ambulant' };
  if (days > max) return { ...view, kind: days < 7 ? 'six' : 'seven', level: byHours };
  if (long === 0) return { ...view, kind: 'exact', level: 'ambulant-dagbehandling' };
  // 3 to 5 days in all with at least 3 long days meets "3 til 5 gange om ugen i mere end 2 timer":
  // shorter extra days add service, they do not take the long days away.
  if (long >= min || twoPlusTwo) return { ...view, kind: 'exact', level: 'dagbehandling' };
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

function outpatientDayTreatment(views: WeekView[], t: IntensityThresholds): IntensityResult {
  const H = formatNumber(t.longDayHours);
  return confident(t, 'ambulant-dagbehandling', [
    `Borgeren får ydelser ${dayRange(views)} dage om ugen, og alle dage er på højst ${H} timer.`,
    `Det svarer til ambulant dagbehandling: en ydelse ${t.dayTreatmentDays.min} til ${t.dayTreatmentDays.max} dage om ugen af højst ${H} timers varighed.`,
  ]);
}

function dayTreatment(views: WeekView[], t: IntensityThresholds): IntensityResult {
  const H = formatNumber(t.longDayHours);
  const { min, max } = t.dayTreatmentDays;
  const { longDays, shortDays } = t.mixedDayTreatment;
  const allLong = (v: WeekView) => v.long === v.days;
  const threeLong = (v: WeekView) => v.long >= min && !allLong(v);
  const twoPlusTwo = (v: WeekView) => v.twoPlusTwo && v.long < min;
  return confident(t, 'dagbehandling', [
    `Borgeren får ydelser ${dayRange(views)} dage om ugen.`,
    ...(views.some(allLong) ? [`${weeksLabel(views, allLong)} er alle dage over ${H} timer.`] : []),
    ...(views.some(threeLong) ? [`${weeksLabel(views, threeLong)} er mindst ${min} dage over ${H} timer; de øvrige dage er kortere.`] : []),
    ...(views.some(twoPlusTwo) ? [`${weeksLabel(views, twoPlusTwo)} er der ${longDays} dage over ${H} timer og mindst ${shortDays} dage under ${H} timer.`] : []),
    `Det svarer til dagbehandling: en ydelse ${min} til ${max} gange om ugen i mere end ${H} timer.`,
    ...(views.some(twoPlusTwo)
      ? [
          `Efter kilden kan dagbehandling også være ${longDays} dage over ${H} timer og ${shortDays} dage under ${H} timer. Kildens sætning om det hænger ikke sammen; vi læser den sådan, at mindst ${longDays} dage over ${H} timer og mindst ${shortDays} dage under ${H} timer, i alt ${longDays + shortDays} eller ${max} dage i samme uge, også er dagbehandling.`,
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

function nearestReason(views: WeekView[], nearest: DayLevel, t: IntensityThresholds): string {
  const name = intensityLevelNames[nearest];
  const H = formatNumber(t.longDayHours);
  if (views.every((v) => v.kind === views[0].kind && v.level === nearest)) {
    return nearest === 'dagbehandling'
      ? `Det nærmeste er dagbehandling, fordi mindst halvdelen af dagene er over ${H} timer.`
      : `Det nærmeste er ambulant dagbehandling, fordi de fleste dage er på højst ${H} timer.`;
  }
  if (views.filter((v) => v.kind === 'none').length * 2 > views.length) {
    return `Det nærmeste er ${name}, fordi mere end halvdelen af ugerne er uden ydelser, men der i gennemsnit er mindst én dag med ydelser hver ${t.outpatientEveryDays}. dag.`;
  }
  return `Det nærmeste er ${name}, fordi mindst halvdelen af ugerne når op på det niveau.`;
}

function weekVerdict(v: WeekView): string {
  if (v.kind === 'none') return 'er uden ydelser';
  if (v.kind === 'exact') return `svarer til ${intensityLevelNames[v.level!]}`;
  return `har ${v.days} dage, som ikke passer på nogen definition`;
}
