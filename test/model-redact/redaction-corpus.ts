// Generates the synthetic corpus that measures redaction: summaries and drafts built from
// templates whose slots are identifiers of known kind and position. The templates are split:
// the "tuning" ones may be looked at while changing the redactor; the "test" ones are measured
// only (never tuned against), so the recall they give is the recall on unseen text.
// Deterministic: the same seed gives the same corpus.

export type Category = 'names' | 'places' | 'dates' | 'contact' | 'ids' | 'ages';

export interface CorpusCase {
  profile: { clientNames: string[]; profileText: string };
  text: string;
  identifiers: Array<{ start: number; end: number; category: Category; slot: string }>;
}

const FIRST = ['Maria', 'Jonathan', 'Aisha', 'Dmitri', 'Priya', 'Tobias', 'Siobhan', 'Oluwaseun', 'Keanu', 'Xiomara', 'Hannah', 'Mateo', 'Ingrid', 'Yusuf', 'Grace', 'Carlos', 'Mei', 'Rafael', 'Fatima', 'Liam', 'Noor', 'Esperanza', 'Thanh', 'Bjorn', 'Amara', 'Declan', 'Rosa', 'Kwame', 'Leilani', 'Tomasz', 'Hope', 'Dolores'];
const LAST = ['Reyes', 'Okafor', 'Whitfield', 'Nakamura', 'Kowalski', "O'Brien", 'Haddad', 'Lindqvist', 'Nguyen', 'Abernathy', 'Castillo', 'Mensah', 'Patel', 'Schneider', 'Delacroix', 'Fitzgerald', 'Ramirez-Soto', 'Adeyemi', 'Park', 'Moreau'];
const NICK = ['Johnny', 'Mimi', 'Sunny', 'Tobi', 'Bex', 'Kiki', 'Danny', 'Lulu'];
const CITY = ['Portland', 'Tacoma', 'Boise', 'Eugene', 'Spokane', 'Bend', 'Olympia', 'Salem'];
const STREET = ['Alder Creek Road', 'Maple Street', 'Hawthorne Blvd', 'Division St', 'Willow Lane', 'Sunset Avenue', 'Birch Court'];
const MONTHS = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Sept', 'Oct'];

type Slot = 'city' | 'client' | 'clientFull' | 'nick' | 'relative' | 'other' | 'doctor' | 'date' | 'phone' | 'email' | 'address' | 'zip' | 'mrn' | 'insurance' | 'age' | 'url';
const CATEGORY: Record<Slot, Category> = {
  city: 'places', client: 'names', clientFull: 'names', nick: 'names', relative: 'names', other: 'names', doctor: 'names',
  date: 'dates', phone: 'contact', email: 'contact', address: 'contact', zip: 'contact', url: 'contact', mrn: 'ids', insurance: 'ids', age: 'ages',
};

/** Templates the redactor may be tuned against. */
const TUNING = [
  '{client} reported poor sleep since {date} and said work with {other} has been tense.',
  'Pt {clientFull} called the office at {phone} to reschedule; f/u on {date}.',
  '{relative} (spouse) attended part of session. {client} denies SI/HI.',
  'Client lives at {address}, ZIP {zip}; emergency contact {relative} at {phone}.',
  'Referred to {doctor} for med eval. MRN {mrn}.',
  'Client emailed {email} asking about the worksheet from {url}.',
  'Grandmother, {age}, moved in last month; {nick} feels responsible for her care.',
  'Insurance member ID {insurance}. Session 6 of 12, 53 min.',
  '{client} and {relative} argued on {date} about money.',
  'Used CBT thought record. {nick} identified 3 automatic thoughts about {other}.',
  'Last seen {date}. PHQ-9 14 (moderate), GAD-7 11.',
  'Client drove to {city} to see {relative} over the weekend.',
  '{other} from work texted {client} at {phone} late at night.',
];

/** Templates measured only: never read while tuning. */
const TEST = [
  'Session focused on grief after her father died on {date}. {client} cried when speaking of {relative}.',
  '{nick} said "I just want {other} to leave me alone" and rated anxiety 7/10.',
  'Coordinated care with {doctor}; faxed records to {phone}. Chart #{mrn}.',
  'Client moved to {address} on {date} and reports the new neighborhood feels safer.',
  'Mother {relative}, {age}, is in hospice; client visits daily.',
  'Reviewed safety plan. Crisis contact {relative} {phone}; email {email}.',
  '{clientFull} arrived late. Discussed conflict with roommate {other}.',
  'Policy number {insurance} verified. Next appt {date} via telehealth at {url}.',
  '{client} practiced paced breathing; reported urges decreased since {date}.',
  'Client shared that {other} and {relative} will attend the wedding on {date}.',
  'Mailing address updated to {address} {zip}. {nick} agreed to homework.',
  '{client} is thinking about moving back to {city} after the semester.',
  '{doctor} increased sertraline to 100 mg on {date}; {client} noticed less irritability.',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCorpus({ split, count, seed }: { split: 'tuning' | 'test'; count: number; seed: number }): CorpusCase[] {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  const templates = split === 'tuning' ? TUNING : TEST;
  const cases: CorpusCase[] = [];
  for (let i = 0; i < count; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const nick = pick(NICK);
    const relative = pick(FIRST.filter((f) => f !== first));
    const other = `${pick(FIRST.filter((f) => f !== first && f !== relative))}${random() < 0.5 ? ` ${pick(LAST)}` : ''}`;
    const profile = { clientNames: [`${first} ${last}`, nick], profileText: `Lives with ${random() < 0.5 ? 'partner' : 'sister'} ${relative}. Works in retail.` };
    const value: Record<Slot, () => string> = {
      city: () => pick(CITY),
      client: () => first,
      clientFull: () => `${first} ${last}`,
      nick: () => nick,
      relative: () => relative,
      other: () => other,
      doctor: () => `${pick(['Dr.', 'Dr'])} ${pick(LAST)}`,
      date: () =>
        pick([
          () => `${pick(MONTHS)} ${1 + Math.floor(random() * 28)}`,
          () => `${pick(MONTHS)} ${1 + Math.floor(random() * 28)}, 20${10 + Math.floor(random() * 16)}`,
          () => `${1 + Math.floor(random() * 12)}/${1 + Math.floor(random() * 28)}`,
          () => `${1 + Math.floor(random() * 12)}/${1 + Math.floor(random() * 28)}/20${10 + Math.floor(random() * 16)}`,
          () => `20${10 + Math.floor(random() * 16)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}`,
          () => `the ${1 + Math.floor(random() * 28)}th of ${pick(MONTHS.filter((m) => m.length > 4))}`,
        ])(),
      phone: () => {
        const [a, b, c] = [`${2 + Math.floor(random() * 8)}${digits(2)}`, `${2 + Math.floor(random() * 8)}${digits(2)}`, digits(4)];
        return pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `+1 ${a} ${b} ${c}`, `${a}${b}${c}`]);
      },
      email: () => `${first.toLowerCase()}.${pick(['k', 'm', 'r'])}${digits(2)}@${pick(['gmail.com', 'example.org', 'mail.net'])}`,
      address: () => `${1 + Math.floor(random() * 9000)} ${pick(STREET)}${random() < 0.4 ? `, Apt ${digits(1)}${pick(['A', 'B', ''])}` : ''}`,
      zip: () => `9${digits(4)}`,
      mrn: () => pick([digits(8), `A${digits(7)}`]),
      insurance: () => pick([`XJH${digits(9)}`, `W${digits(8)}-0${digits(1)}`, `${pick(['BCB', 'UHC', 'KP'])}${digits(7)}`]),
      age: () => pick([`${90 + Math.floor(random() * 12)}`, `age ${90 + Math.floor(random() * 12)}`, `${90 + Math.floor(random() * 12)}-year-old`, `${90 + Math.floor(random() * 12)} years old`]),
      url: () => pick(['https://telehealth.example.org/room/48213', 'www.calmtools.net/worksheets', 'meet.example.com/j/88213']),
    };
    let text = '';
    const identifiers: CorpusCase['identifiers'] = [];
    for (let t = 0; t < 3; t++) {
      const template = pick(templates);
      let at = 0;
      for (const m of template.matchAll(/\{(\w+)\}/g)) {
        text += template.slice(at, m.index);
        const slot = m[1] as Slot;
        const v = value[slot]();
        // "{doctor}" keeps its title outside the identifier, "the 4th of May" its article.
        const skip = slot === 'doctor' ? v.indexOf(' ') + 1 : v.startsWith('the ') ? 4 : 0;
        identifiers.push({ start: text.length + skip, end: text.length + v.length, category: CATEGORY[slot], slot });
        text += v;
        at = m.index + m[0].length;
      }
      text += `${template.slice(at)} `;
    }
    cases.push({ profile, text: text.trim(), identifiers });
  }
  return cases;
}
