/**
 * The facts a person needs to go to an initiative (issue 13): when and where, how, languages,
 * cost, who may join and how, accessibility, the referral contact and whether there is room.
 * Capacity older than 30 days shows as "not confirmed"; a record not checked for more than 12
 * months says so (rules in src/initiatives/access.ts).
 */
import type { Access } from './access.js';
import { brusselsToday, capacityOn, verificationState } from './access.js';
import { scheduleText } from './schedule-text.js';
import { formatDate, formatNumber } from '../platform/format.js';
import { usePage } from '../web/page-context.js';

const dateOf = (day: string, lang: 'nl' | 'fr' | 'en') => formatDate(`${day}T12:00:00Z`, lang);

export function AccessFacts({ access: a, areaNames, today }: { access: Access | undefined; areaNames: Map<string, string>; today?: string }) {
  const { lang, t } = usePage();
  if (!a) return null;
  const day = today ?? brusselsToday(new Date());
  const languageName = new Intl.DisplayNames([lang], { type: 'language' });
  const capacity = capacityOn(a.capacity, day);
  const accessibility = [
    ...(a.places?.some((p) => p.wheelchair) ? [t('access.wheelchair')] : a.places?.length && a.places.every((p) => p.wheelchair === false) ? [t('access.noWheelchair')] : []),
    ...(a.places?.some((p) => p.hearing_loop) ? [t('access.hearingLoop')] : []),
    ...(a.transport ? [t('access.transport')] : []),
    ...(a.accompaniment ? [t('access.accompaniment')] : []),
  ];
  const age =
    a.age_min !== undefined || a.age_max !== undefined
      ? t('access.age', { min: a.age_min === undefined ? 'none' : String(a.age_min), max: a.age_max === undefined ? 'none' : String(a.age_max) })
      : undefined;
  const cost = a.cost;
  const rc = a.referral_contact;
  const verified = a.verified_on ? verificationState(a.verified_on, day) : undefined;
  return (
    <section aria-labelledby="access">
      <h2 id="access">{t('access.title')}</h2>
      <dl className="coding">
        {a.modes && a.modes.length > 0 && (
          <>
            <dt>{t('access.modes')}</dt>
            <dd>{a.modes.map((m) => t(`access.mode.${m}`)).join(', ')}</dd>
          </>
        )}
        {a.schedules && a.schedules.length > 0 && (
          <>
            <dt>{t('access.when')}</dt>
            <dd>
              <ul className="plain">
                {a.schedules.map((s, n) => (
                  <li key={n}>{scheduleText(s, lang)}</li>
                ))}
              </ul>
              <span className="muted">{t('access.timeNote')}</span>
            </dd>
          </>
        )}
        {a.places && a.places.length > 0 && (
          <>
            <dt>{t('access.places')}</dt>
            <dd>
              <ul className="plain">
                {a.places.map((p, n) => {
                  const street = [p.street, p.number].filter(Boolean).join(' ');
                  const town = [p.postcode, p.municipality ? (areaNames.get(p.municipality) ?? p.municipality) : undefined].filter(Boolean).join(' ');
                  return <li key={n}>{[p.name, street, town].filter(Boolean).join(', ')}</li>;
                })}
              </ul>
            </dd>
          </>
        )}
        {a.languages && a.languages.length > 0 && (
          <>
            <dt>{t('access.languages')}</dt>
            <dd>{a.languages.map((code) => languageName.of(code) ?? code).join(', ')}</dd>
          </>
        )}
        {cost && (cost.free !== undefined || cost.amount_eur !== undefined || cost.reductions?.length || cost.note) && (
          <>
            <dt>{t('access.cost')}</dt>
            <dd>
              {[
                cost.free ? t('access.free') : undefined,
                cost.amount_eur !== undefined && !cost.free ? formatNumber(cost.amount_eur, lang, { style: 'currency', currency: 'EUR' }) : undefined,
                cost.reductions?.length ? t('access.reductions', { list: cost.reductions.map((r) => t(`access.reduction.${r}`)).join(', ') }) : undefined,
              ]
                .filter(Boolean)
                .join('. ')}
              {cost.note && <span lang="nl"> {cost.note}</span>}
            </dd>
          </>
        )}
        {(a.entry || age || a.target_group) && (
          <>
            <dt>{t('access.join')}</dt>
            <dd>
              {a.target_group && <span lang="nl">{a.target_group}. </span>}
              {age && <span>{age}. </span>}
              {a.entry && <span>{t(`access.entry.${a.entry}`)}</span>}
            </dd>
          </>
        )}
        {accessibility.length > 0 && (
          <>
            <dt>{t('access.accessibility')}</dt>
            <dd>{accessibility.join(', ')}</dd>
          </>
        )}
        {rc && (rc.email || rc.phone) && (
          <>
            <dt>{t('access.referral')}</dt>
            <dd>
              {rc.role && <span lang="nl">{rc.role}: </span>}
              {rc.email && <a href={`mailto:${rc.email}`}>{rc.email}</a>}
              {rc.email && rc.phone && ', '}
              {rc.phone && <a href={`tel:${rc.phone.replace(/[^+\d]/g, '')}`}>{rc.phone}</a>}
            </dd>
          </>
        )}
        {a.capacity && (
          <>
            <dt>{t('access.capacity')}</dt>
            <dd>
              {capacity === 'not_confirmed'
                ? t('access.notConfirmed', { status: t(`access.capacity.${a.capacity.status}`), date: dateOf(a.capacity.set_on, lang) })
                : t('access.capacitySet', { status: t(`access.capacity.${a.capacity.status}`), date: dateOf(a.capacity.set_on, lang) })}
            </dd>
          </>
        )}
      </dl>
      {a.verified_on && <p className="muted">{t(verified === 'overdue' ? 'access.verifiedOverdue' : 'access.verified', { date: dateOf(a.verified_on, lang) })}</p>}
    </section>
  );
}
