// Interface strings in both languages; the choice is remembered and carried in the URL.

const STRINGS = {
  zh: {
    brand: 'Innograph 创新图谱',
    searchPlaceholder: '搜索：宁波、寧波、Ningbo…',
    searchLabel: '按任何名称形式搜索实体',
    graphiql: 'GraphiQL 查询',
    intro: '<h1>创新图谱浏览器</h1><p>输入任何形式的名称（简体、繁體、English、拼音），查看图谱所知的一切：每个数字都附有原文出处。</p><p>键盘：按 <kbd>/</kbd> 搜索，<kbd>↑</kbd><kbd>↓</kbd> 选择，<kbd>Enter</kbd> 打开，<kbd>Esc</kbd> 关闭。</p>',
    depth: '层数',
    kinds: '类型',
    pathFinder: '路径',
    pathFrom: '起点',
    pathTo: '终点',
    findPath: '查找路径',
    export: '导出',
    exportCsv: '事实 CSV 表格',
    exportZip: '事实、出处与许可（ZIP）',
    exportGraphml: 'GraphML',
    exportCytoscape: 'Cytoscape JSON',
    exportPng: 'PNG 图片',
    exportSvg: 'SVG 矢量图',
    fit: '适应窗口',
    legend: '图例：节点类型与关系',
    viewInInnograph: '在 Innograph 中查看 ↗',
    coverTitle: '图谱收录了什么',
    coverDocuments: '来源：{primary} 篇原文、{background} 份背景资料，最新一份发布于 {latest}。',
    coverPlaces: '有排名的城市：',
    listSeparator: '、',
    andMore: '等（另有 {n} 个）',
    count_entities: '个实体',
    count_metrics: '项指标',
    count_rankings: '项排名',
    count_designations: '项称号与认定',
    tryExamples: '试试搜索：',
    close: '关闭',
    graphLabel: '关系图：点击节点展开；方向键选择节点，回车展开',
    names: '名称',
    zhHans: '简体',
    zhHant: '繁體',
    en: 'English',
    pinyin: '拼音',
    aliases: '别名',
    metrics: '指标',
    rankings: '排名',
    designations: '称号与认定',
    relations: '关系',
    mentions: '出处',
    noFacts: '图谱中暂无此实体的事实。',
    previous: '之前',
    target: '目标',
    achieved: '已实现',
    inferred: '推断',
    background: '背景资料',
    primary: '原文',
    edition: '版',
    rank: '第 {rank} 位',
    rankMove: '{from} → {to}（{change}）',
    openDocument: '查看原文',
    original: '原始网页 ↗',
    noAddress: '未记录网址',
    republishedBy: '转载：{site}',
    noText: '图谱未收录此来源的全文。以下是图谱从中摘取的内容，可按出版方、日期和网址核对原文：',
    grantedBy: '授予方',
    bound_AT_LEAST: '至少',
    bound_AT_MOST: '至多',
    bound_EXACT: '',
    noHits: '没有找到“{text}”。试试其他写法：简体、繁體、English 或拼音。',
    unreachable: '无法连接服务器。请检查网络或服务是否在运行，然后重试。',
    unavailable: '服务器暂时无法访问数据库，请稍后重试。',
    timeout: '查询超时。请减少层数或缩小范围。',
    limit: '请求超出服务器限制：{detail}',
    unauthorized: '此服务器需要 API 密钥。',
    forbidden: '您的密钥无权执行此操作。',
    server: '服务器返回错误：{detail}',
    input: '请求有误：{detail}',
    notFound: '图谱中没有 id 为“{id}”的实体。',
    retry: '重试',
    enterKey: '输入密钥',
    truncated: '服务器只返回了部分邻居（上限 {limit} 个）：图未画全。',
    graphCount: '{nodes} 个节点，{edges} 条边',
    noPath: '在 6 步之内，“{from}”与“{to}”之间没有路径。',
    pathFound: '路径：{length} 步',
    choosePathEnds: '请从建议中选择起点和终点。',
    exported: '已导出 {file}',
    nothingToExport: '当前视图中没有可导出的内容。',
    language: 'English',
    languageLabel: '切换到英文界面',
    skipToGraph: '跳到关系图',
    sizeLegend: '大小：已知事实数',
    factsKnown: '{n} 项事实',
    searchHits: '搜索结果',
    loading: '加载中…',
    relation_LOCATED_IN: '位于',
    relation_LOCATED_IN_in: '所在地',
    relation_ADVANCES: '推进',
    relation_ADVANCES_in: '由其推进',
    relation_BASED_ON: '依托',
    relation_BASED_ON_in: '被依托',
    relation_EXHIBITED_AT: '亮相于',
    relation_EXHIBITED_AT_in: '展出',
    relation_ORGANISED_BY: '主办方',
    relation_ORGANISED_BY_in: '主办',
    relation_PUBLISHED: '发布',
    relation_PUBLISHED_in: '发布者',
    relation_NAMED_AFTER: '得名于',
    relation_NAMED_AFTER_in: '命名',
    relation_PARTICIPATES_IN: '参与',
    relation_PARTICIPATES_IN_in: '参与者',
    relation_REFORMS: '改革',
    relation_REFORMS_in: '被改革',
    relation_FOLLOWS: '继承',
    relation_FOLLOWS_in: '后续',
    relation_CONTRIBUTES_TO: '助力',
    relation_CONTRIBUTES_TO_in: '受助力',
    relation_PART_OF: '属于',
    relation_PART_OF_in: '包含',
    relation_HOLDS: '持有',
    relation_HOLDS_in: '持有者',
  },
  en: {
    brand: 'Innograph',
    searchPlaceholder: 'Search: 宁波, 寧波, Ningbo…',
    searchLabel: 'Search entities by any form of their name',
    graphiql: 'GraphiQL',
    intro: '<h1>Innograph explorer</h1><p>Type a name in any form (simplified, traditional, English, pinyin) to see what the graph knows: every figure comes with the sentence it was taken from.</p><p>Keyboard: <kbd>/</kbd> to search, <kbd>↑</kbd><kbd>↓</kbd> to choose, <kbd>Enter</kbd> to open, <kbd>Esc</kbd> to close.</p>',
    depth: 'Depth',
    kinds: 'Kinds',
    pathFinder: 'Path',
    pathFrom: 'From',
    pathTo: 'To',
    findPath: 'Find path',
    export: 'Export',
    exportCsv: 'Facts CSV table',
    exportZip: 'Facts, sources and licence (ZIP)',
    exportGraphml: 'GraphML',
    exportCytoscape: 'Cytoscape JSON',
    exportPng: 'PNG image',
    exportSvg: 'SVG drawing',
    fit: 'Fit',
    legend: 'Legend: kinds of node and of link',
    viewInInnograph: 'View in Innograph ↗',
    coverTitle: 'What the graph covers',
    coverDocuments: 'Sources: {primary} article(s) and {background} background sources, the latest published {latest}.',
    coverPlaces: 'Cities with rankings:',
    listSeparator: ', ',
    andMore: ' and {n} more',
    count_entities: 'entities',
    count_metrics: 'figures',
    count_rankings: 'rankings',
    count_designations: 'titles and designations',
    tryExamples: 'Try a search:',
    close: 'Close',
    graphLabel: 'Graph: click a node to expand it; arrow keys choose a node, Enter expands it',
    names: 'Names',
    zhHans: 'Simplified',
    zhHant: 'Traditional',
    en: 'English',
    pinyin: 'Pinyin',
    aliases: 'Aliases',
    metrics: 'Metrics',
    rankings: 'Rankings',
    designations: 'Titles and designations',
    relations: 'Relations',
    mentions: 'Mentioned in',
    noFacts: 'The graph holds no facts about this entity yet.',
    previous: 'before',
    target: 'target',
    achieved: 'achieved',
    inferred: 'inferred',
    background: 'background source',
    primary: 'article',
    edition: 'edition',
    rank: 'rank {rank}',
    rankMove: '{from} → {to} ({change})',
    openDocument: 'Open the document',
    original: 'Original ↗',
    noAddress: 'no address recorded',
    republishedBy: 'republished by {site}',
    noText: 'The graph does not hold this source\'s text. What it takes from it, to check against the original by its publisher, date and address:',
    grantedBy: 'granted by',
    bound_AT_LEAST: 'at least',
    bound_AT_MOST: 'at most',
    bound_EXACT: '',
    noHits: 'Nothing found for “{text}”. Try another form: simplified, traditional, English or pinyin.',
    unreachable: 'The server cannot be reached. Check your connection or whether the service runs, then retry.',
    unavailable: 'The server cannot reach its database just now. Please retry in a moment.',
    timeout: 'The query took too long. Try a smaller depth.',
    limit: 'The request is beyond the server’s limits: {detail}',
    unauthorized: 'This server needs an API key.',
    forbidden: 'Your key may not do this.',
    server: 'The server answered with an error: {detail}',
    input: 'The request was not right: {detail}',
    notFound: 'The graph has no entity with id “{id}”.',
    retry: 'Retry',
    enterKey: 'Enter key',
    truncated: 'The server capped the neighbourhood at {limit} entities: the drawing is incomplete.',
    graphCount: '{nodes} nodes, {edges} edges',
    noPath: 'No path of 6 links or fewer between “{from}” and “{to}”.',
    pathFound: 'Path: {length} links',
    choosePathEnds: 'Choose both ends from the suggestions.',
    exported: 'Exported {file}',
    nothingToExport: 'Nothing in the current view to export.',
    language: '中文',
    languageLabel: 'Switch the interface to Chinese',
    skipToGraph: 'Skip to the graph',
    sizeLegend: 'size: facts known',
    factsKnown: '{n} fact(s) known',
    searchHits: 'Search results',
    loading: 'Loading…',
    relation_LOCATED_IN: 'located in',
    relation_LOCATED_IN_in: 'location of',
    relation_ADVANCES: 'advances',
    relation_ADVANCES_in: 'advanced by',
    relation_BASED_ON: 'based on',
    relation_BASED_ON_in: 'basis of',
    relation_EXHIBITED_AT: 'exhibited at',
    relation_EXHIBITED_AT_in: 'exhibited',
    relation_ORGANISED_BY: 'organised by',
    relation_ORGANISED_BY_in: 'organises',
    relation_PUBLISHED: 'published',
    relation_PUBLISHED_in: 'published by',
    relation_NAMED_AFTER: 'named after',
    relation_NAMED_AFTER_in: 'gives its name to',
    relation_PARTICIPATES_IN: 'participates in',
    relation_PARTICIPATES_IN_in: 'has participant',
    relation_REFORMS: 'reforms',
    relation_REFORMS_in: 'reformed by',
    relation_FOLLOWS: 'follows',
    relation_FOLLOWS_in: 'followed by',
    relation_CONTRIBUTES_TO: 'contributes to',
    relation_CONTRIBUTES_TO_in: 'helped by',
    relation_PART_OF: 'part of',
    relation_PART_OF_in: 'includes',
    relation_HOLDS: 'holds',
    relation_HOLDS_in: 'held by',
  },
};

const KIND_NAMES = {
  Department: ['政府部门', 'Department'],
  Organisation: ['机构', 'Organisation'],
  Province: ['省', 'Province'],
  City: ['城市', 'City'],
  County: ['县区', 'County'],
  HighTechZone: ['高新区', 'High-tech zone'],
  Laboratory: ['实验室', 'Laboratory'],
  InnovationZone: ['创新区', 'Innovation zone'],
  Award: ['称号/奖项', 'Award'],
  Policy: ['政策/计划', 'Policy'],
  Event: ['活动', 'Event'],
};

const STORE = 'innograph.lang';
let current = initialLanguage();

function initialLanguage() {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl === 'zh' || fromUrl === 'en') return fromUrl;
  const stored = localStorage.getItem(STORE);
  if (stored === 'zh' || stored === 'en') return stored;
  return navigator.language && navigator.language.startsWith('zh') ? 'zh' : 'en';
}

export function language() {
  return current;
}

export function setLanguage(lang) {
  current = lang;
  localStorage.setItem(STORE, lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  translatePage();
}

/** The string for `key` in the current language, with `{name}` placeholders filled. */
export function t(key, values = {}) {
  const text = STRINGS[current][key] ?? STRINGS.en[key] ?? '';
  return text.replace(/\{(\w+)\}/g, (_, name) => (values[name] ?? ''));
}

export function kindName(kind) {
  const names = KIND_NAMES[kind];
  return names ? names[current === 'zh' ? 0 : 1] : kind;
}

/** The entity's name in the interface's language, falling back to simplified Chinese. */
export function displayName(entity) {
  const names = entity.names || {};
  if (current === 'en') return names.en || entity.name || entity.label || names.zhHans;
  return names.zhHans || entity.name || entity.label;
}

export function translatePage(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-html]').forEach((el) => { el.innerHTML = t(el.dataset.i18nHtml); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-label]').forEach((el) => { el.setAttribute('aria-label', t(el.dataset.i18nLabel)); });
}

/** The relation type in words, in the interface's language: LOCATED_IN reads 位于 or "located in". */
export function relationName(type) {
  return t(`relation_${type}`) || String(type || '').toLowerCase().replace(/_/g, ' ');
}

const HAN = /\p{Script=Han}/u;

// The usual short forms of long official names, for labels in a drawing.
const ABBREVIATIONS = {
  zh: [[/高新技术产业开发区$/, '高新区'], [/经济技术开发区$/, '经开区']],
  en: [[/\s+(National\s+)?Hi-?tech Industrial Development Zone$/i, ' Hi-tech Zone'],
    [/\s+(National\s+)?Economic and Technological Development Zone$/i, ' ETDZ']],
};

function labelForms(node) {
  const names = node.names || {};
  const aliases = names.aliases || [];
  const full = displayName(node);
  const own = current === 'en' ? [names.en, ...aliases.filter((a) => !HAN.test(a))]
    : [names.zhHans, ...aliases.filter((a) => HAN.test(a))];
  const forms = [full, ...own].filter(Boolean);
  ABBREVIATIONS[current].forEach(([pattern, short]) => forms.forEach((f) => { if (pattern.test(f)) forms.push(f.replace(pattern, short)); }));
  // Shortest first; a stable sort keeps the canonical form ahead of an alias as long.
  return [...new Set(forms)].sort((a, b) => [...a].length - [...b].length);
}

/**
 * A label for each node (`{id, names, label}`): its shortest name form in the interface's
 * language that no other node shows, so that two zones never read alike; where every form
 * is shared (two districts named 朝阳区), the id tells them apart.
 */
export function shortNames(nodes) {
  const forms = new Map(nodes.map((node) => [node.id, labelForms(node)]));
  const chosen = new Map(nodes.map((node) => [node.id, 0]));
  for (let moved = true; moved;) {
    moved = false;
    const holders = new Map();
    chosen.forEach((index, id) => {
      const label = forms.get(id)[index];
      holders.set(label, [...(holders.get(label) || []), id]);
    });
    holders.forEach((ids) => {
      if (ids.length < 2) return;
      ids.forEach((id) => {
        if (chosen.get(id) < forms.get(id).length - 1) {
          chosen.set(id, chosen.get(id) + 1);
          moved = true;
        }
      });
    });
  }
  const labels = new Map();
  const counts = new Map();
  chosen.forEach((index, id) => {
    const label = forms.get(id)[index];
    labels.set(id, label);
    counts.set(label, (counts.get(label) || 0) + 1);
  });
  labels.forEach((label, id) => { if (counts.get(label) > 1) labels.set(id, `${label} (${id})`); });
  return labels;
}
