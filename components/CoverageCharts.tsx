import type { Coverage, FacetValue } from '@/utils/library-index/snapshot';
import { formatDate, formatNumber, t } from '@/utils/i18n';

export type CoverageFacet = 'outlet' | 'author' | 'tag';

interface Props {
  coverage: Coverage;
  /** First and last day shown on the time axis ("YYYY-MM-DD"); default: the days with clippings. */
  from?: string;
  to?: string;
  /** Link to the library showing the clippings behind a bar. */
  hrefFor: (facet: CoverageFacet, value: string) => string;
  /** Rows per ranking. */
  top?: number;
}

/**
 * What a PR lead looks at first: how much coverage, when (clippings per day), where (outlets),
 * by whom (authors and agencies) and about what (tags). Plain SVG and tables; every chart has a
 * text equivalent.
 */
export function CoverageCharts({ coverage, from, to, hrefFor, top = 12 }: Props) {
  return (
    <div class="coverage">
      <dl class="coverage-totals">
        <div>
          <dt>{t('coverageTotal')}</dt>
          <dd>{formatNumber(coverage.total)}</dd>
        </div>
        <div>
          <dt>{t('coverageOutlets')}</dt>
          <dd>{formatNumber(coverage.perOutlet.length)}</dd>
        </div>
        <div>
          <dt>{t('coveragePartial')}</dt>
          <dd>{formatNumber(coverage.partial)}</dd>
        </div>
      </dl>
      <PerDayChart perDay={coverage.perDay} from={from} to={to} />
      <div class="coverage-rankings">
        <Ranking heading={t('coverageByOutlet')} values={coverage.perOutlet} total={coverage.total} top={top} href={(v) => hrefFor('outlet', v)} />
        <Ranking heading={t('coverageByAuthor')} values={coverage.perCredit} total={coverage.total} top={top} href={(v) => hrefFor('author', v)} />
        <Ranking heading={t('coverageByTag')} values={coverage.perTag} total={coverage.total} top={top} href={(v) => hrefFor('tag', v)} />
      </div>
    </div>
  );
}

const CHART_HEIGHT = 120;

function PerDayChart({ perDay, from, to }: { perDay: Coverage['perDay']; from?: string; to?: string }) {
  if (perDay.length === 0) return <p class="muted">{t('coverageNoDays')}</p>;
  const counts = new Map(perDay.map((d) => [d.day, d.count]));
  const days = dayList(from ?? perDay[0]!.day, to ?? perDay[perDay.length - 1]!.day);
  const max = Math.max(1, ...perDay.map((d) => d.count));
  const peak = perDay.reduce((best, d) => (d.count > best.count ? d : best));
  const width = Math.max(300, days.length * 4);
  const barWidth = width / days.length;
  const summary = t('coveragePerDaySummary', formatDay(days[0]!), formatDay(days[days.length - 1]!), formatNumber(max), formatDay(peak.day));
  return (
    <figure class="coverage-chart">
      <figcaption>
        <h3>{t('coveragePerDay')}</h3>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${CHART_HEIGHT + 20}`} preserveAspectRatio="none" role="img" aria-label={summary} class="per-day">
        <line x1="0" y1={CHART_HEIGHT} x2={width} y2={CHART_HEIGHT} class="axis" />
        {days.map((day, i) => {
          const count = counts.get(day) ?? 0;
          if (count === 0) return null;
          const height = (count / max) * (CHART_HEIGHT - 4);
          return (
            <rect key={day} x={i * barWidth + barWidth * 0.1} y={CHART_HEIGHT - height} width={Math.max(1, barWidth * 0.8)} height={height} class="bar">
              <title>{`${formatDay(day)}: ${formatNumber(count)}`}</title>
            </rect>
          );
        })}
      </svg>
      <div class="axis-labels" aria-hidden="true">
        <span>{formatDay(days[0]!)}</span>
        <span>{t('coverageMaxPerDay', formatNumber(max))}</span>
        <span>{formatDay(days[days.length - 1]!)}</span>
      </div>
      <details>
        <summary>{t('showAsTable')}</summary>
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('fieldDate')}</th>
              <th scope="col">{t('coverageTotal')}</th>
            </tr>
          </thead>
          <tbody>
            {perDay.map((d) => (
              <tr key={d.day}>
                <td>{formatDay(d.day)}</td>
                <td>{formatNumber(d.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

function Ranking({ heading, values, total, top, href }: { heading: string; values: readonly FacetValue[]; total: number; top: number; href: (value: string) => string }) {
  const shown = values.slice(0, top);
  const max = Math.max(1, ...shown.map((v) => v.count));
  const rest = values.length - shown.length;
  return (
    <section class="ranking">
      <h3>{heading}</h3>
      {shown.length === 0 ? (
        <p class="muted">—</p>
      ) : (
        <table class="data-table ranking-table">
          <thead>
            <tr>
              <th scope="col">{t('rankingName')}</th>
              <th scope="col">{t('coverageTotal')}</th>
              <th scope="col">{t('rankingShare')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((v) => (
              <tr key={v.value}>
                <td>
                  <a href={href(v.value)}>{v.label || '—'}</a>
                </td>
                <td class="number">{formatNumber(v.count)}</td>
                <td class="share">
                  <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" class="share-bar">
                    <rect x="0" y="0" width={(v.count / max) * 100} height="10" class="bar" />
                  </svg>
                  <span class="visually-hidden">{`${Math.round((v.count / Math.max(1, total)) * 100)} %`}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rest > 0 && <p class="muted">{t('rankingMore', formatNumber(rest))}</p>}
    </section>
  );
}

/** Every day from `from` to `to` inclusive ("YYYY-MM-DD", local calendar). */
export function dayList(from: string, to: string): string[] {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  const days: string[] = [];
  const end = new Date(ty!, tm! - 1, td!);
  for (let date = new Date(fy!, fm! - 1, fd!); date <= end && days.length < 3_660; date.setDate(date.getDate() + 1)) {
    days.push(`${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`);
  }
  return days.length ? days : [from];
}

function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return formatDate(new Date(y!, m! - 1, d!).getTime());
}
