import { describe, expect, it } from 'vitest';
import { articleLanguage, guessLanguage } from '../language';

/** A few sentences of news copy per language, long enough for a guess (as an article is). */
const TEXTS = {
  de: 'Der Gemeinderat hat am Dienstagabend über die Sanierung der alten Brücke beraten. Die Kosten sind nach Angaben der Verwaltung deutlich gestiegen, und auch der Zeitplan ist nicht mehr zu halten. Bürgermeisterin Anna Beispiel sagte, man werde mit dem Land über eine höhere Förderung sprechen. Die Arbeiten sollen im Frühjahr beginnen, wenn das Wetter es zulässt.',
  en: 'The town council met on Tuesday evening to discuss the repair of the old bridge. According to the administration the costs have risen sharply, and the timetable can no longer be kept. The mayor said that they would talk to the county about more funding. Work is expected to start in the spring, if the weather allows it.',
  es: 'El ayuntamiento se reunió el martes por la noche para debatir la reparación del viejo puente. Según la administración, los costes han subido mucho y el calendario ya no se puede cumplir. La alcaldesa dijo que hablarán con la provincia sobre una ayuda mayor. Las obras deberían comenzar en primavera, si el tiempo lo permite.',
  pt: 'A câmara municipal reuniu-se na terça-feira à noite para discutir a reparação da velha ponte. Segundo a administração, os custos subiram muito e o calendário já não pode ser cumprido. A presidente disse que vai falar com o governo sobre um apoio maior. As obras devem começar na primavera, se o tempo o permitir.',
  fr: 'Le conseil municipal s’est réuni mardi soir pour discuter de la réparation du vieux pont. Selon l’administration, les coûts ont fortement augmenté et le calendrier ne peut plus être tenu. La maire a dit qu’elle parlera avec la région pour obtenir une aide plus importante. Les travaux doivent commencer au printemps, si le temps le permet.',
  it: 'Il consiglio comunale si è riunito martedì sera per discutere della riparazione del vecchio ponte. Secondo l’amministrazione i costi sono aumentati molto e il calendario non può più essere rispettato. La sindaca ha detto che parlerà con la regione per avere un contributo più alto. I lavori dovrebbero iniziare in primavera, se il tempo lo permette.',
  nl: 'De gemeenteraad heeft dinsdagavond gesproken over de reparatie van de oude brug. Volgens de gemeente zijn de kosten flink gestegen en is het tijdschema niet meer haalbaar. De burgemeester zei dat zij met de provincie wil praten over een hogere bijdrage. De werkzaamheden moeten in het voorjaar beginnen, als het weer het toelaat.',
  pl: 'Rada miejska zebrała się we wtorek wieczorem, aby omówić remont starego mostu. Według urzędu koszty bardzo wzrosły i nie da się już dotrzymać harmonogramu. Burmistrz powiedziała, że będzie rozmawiać z województwem o większym wsparciu. Prace mają się rozpocząć wiosną, jeśli tylko pogoda na to pozwoli, a most jest już zamknięty.',
  ru: 'Городской совет во вторник вечером обсудил ремонт старого моста. По словам администрации, расходы сильно выросли, и сроки уже невозможно соблюсти. Мэр сказала, что будет говорить с областью о большей поддержке. Работы должны начаться весной, если позволит погода.',
  uk: 'Міська рада у вівторок увечері обговорила ремонт старого мосту. За словами адміністрації, витрати значно зросли, і терміни вже неможливо дотримати. Мерка сказала, що говоритиме з областю про більшу підтримку. Роботи мають розпочатися навесні, якщо дозволить погода.',
  zh: '市议会周二晚上讨论了旧桥的维修问题。据市政府介绍，费用大幅上涨，原定的时间表已经无法遵守。市长表示，将与省政府商讨增加资助。如果天气允许，工程将于明年春天开工，届时大桥将封闭数月，过往车辆需要绕行。',
  ja: '市議会は火曜日の夜、古い橋の修理について話し合った。市によると、費用が大きく上がり、予定どおりに工事を進めることはできなくなった。市長は、県と補助金の増額について話し合うと述べた。天気がよければ、工事は春に始まる予定だという。',
} as const;

describe('guessLanguage', () => {
  it.each(Object.entries(TEXTS))('should read %s from a few sentences of it', (lang, text) => {
    expect(guessLanguage(text)).toBe(lang);
  });

  it('should tell Danish from Norwegian by the words they do not share', () => {
    const danish = 'Byrådet mødtes tirsdag aften for at drøfte reparationen af den gamle bro. Ifølge kommunen er udgifterne steget kraftigt, og tidsplanen kan ikke længere holdes. Borgmesteren sagde, at hun vil tale med regionen om et større tilskud, efter at arbejdet blev udsat. Arbejdet skal efter planen begynde til foråret, hvis vejret tillader det.';
    const norwegian = 'Bystyret møttes tirsdag kveld for å diskutere reparasjonen av den gamle brua. Ifølge kommunen har kostnadene steget kraftig, og tidsplanen kan ikke lenger holdes. Ordføreren sa at hun vil snakke med fylket om et større tilskudd, etter at arbeidet ble utsatt. Arbeidet skal etter planen begynne til våren, om været tillater det.';
    expect(guessLanguage(danish)).toBe('da');
    expect(guessLanguage(norwegian)).toBe('no');
  });

  it('should not guess from a caption-length text', () => {
    expect(guessLanguage('Die alte Brücke über die Werre.')).toBeUndefined();
    expect(guessLanguage('')).toBeUndefined();
  });

  it('should not guess from a text that is not prose (a results table, a list of names)', () => {
    const results = Array.from({ length: 30 }, (_, i) => `${i + 1}. Marius Lindvik NOR 243.${i} Punkte`).join('\n');
    expect(guessLanguage(results)).toBeUndefined();
  });

  it('should not guess when two languages are mixed about evenly', () => {
    expect(guessLanguage(`${TEXTS.de} ${TEXTS.en}`)).toBeUndefined();
  });

  it('should read only the opening of a long article', () => {
    expect(guessLanguage(`${TEXTS.de.repeat(10)} ${TEXTS.en.repeat(30)}`)).toBe('de');
  });

  it('should leave a Latin-script text with a Japanese quote in its own language', () => {
    expect(guessLanguage(`${TEXTS.en} Chikan (痴漢（ちかん）) remains a problem on trains.`)).toBe('en');
  });
});

describe('articleLanguage', () => {
  it('should keep the language the page declares', () => {
    expect(articleLanguage('de-AT', TEXTS.de)).toBe('de-AT');
    // Only the template default is questioned: a declared German stands beside English text.
    expect(articleLanguage('de', TEXTS.en)).toBe('de');
  });

  it('should read the language from the text when the page declares none', () => {
    expect(articleLanguage(undefined, TEXTS.es)).toBe('es');
    expect(articleLanguage(undefined, 'Kurz.')).toBeUndefined();
  });

  it('should replace the template default English when the text is clearly another language', () => {
    expect(articleLanguage('en-US', TEXTS.de)).toBe('de');
    expect(articleLanguage('en', TEXTS.es)).toBe('es');
    expect(articleLanguage('en_GB', TEXTS.zh)).toBe('zh');
  });

  it('should keep a declared English for English text, and for English that quotes another language', () => {
    expect(articleLanguage('en-GB', TEXTS.en)).toBe('en-GB');
    expect(articleLanguage('en-US', `${TEXTS.en} ${TEXTS.en} The mayor added: „${TEXTS.de}“`)).toBe('en-US');
    expect(articleLanguage('en-US', `${TEXTS.de} ${TEXTS.en}`)).toBe('en-US');
  });
});
