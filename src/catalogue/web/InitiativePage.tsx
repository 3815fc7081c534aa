/** One initiative: what it does, who runs it, where, and its full matrix coding at a glance. */
import { Fragment } from 'react';
import { formatDate } from '../../platform/format.js';
import { AXES, AXIS_NAMES } from '../../vocabulary/matrix.js';
import { href, usePage } from '../../web/page-context.js';
import type { StoredInitiative } from '../../initiatives/record.js';
import { CodeLink } from './components.js';
import { schemaOrgServiceOf, scriptJson } from '../../hsds/schema-org.js';
import { AccessFacts } from '../../initiatives/AccessFacts.js';
import { SEED_SOURCE } from '../../seed/examples.js';
import { descriptionFor } from '../../initiatives/descriptions.js';

export function InitiativePage({ initiative: i, areaNames, codingNote }: { initiative: StoredInitiative; areaNames: Map<string, string>; codingNote?: string | undefined }) {
  const { lang, t, pageUrl } = usePage();
  const date = formatDate(i.updated_at, lang);
  const description = descriptionFor(i, lang);
  return (
    <article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(schemaOrgServiceOf(i, pageUrl, areaNames, lang)) }} />
      <p className="back-link">
        <a href={href(lang, '/')}>← {t('initiative.back')}</a>
      </p>
      {/* Names are proper names, not translated (as in the search results). */}
      <h1 translate="no">{i.name}</h1>
      {i.organisation && (
        <p className="lead" translate="no">
          {i.organisation}
        </p>
      )}
      {description && (
        <section aria-labelledby="desc">
          <h2 id="desc">{t('initiative.description')}</h2>
          {/* The page's own language when someone wrote it; else the Dutch (or only) one, saying so and marked with its language. */}
          {description.lang !== lang && <p className="hint">{t('initiative.onlyIn', { language: description.lang })}</p>}
          <p lang={description.lang === lang ? undefined : description.lang}>{description.text}</p>
        </section>
      )}
      {i.goal && (
        <section aria-labelledby="goal">
          <h2 id="goal">{t('initiative.goal')}</h2>
          {/* The goal is one text, written in Dutch (the survey's question 4): a French or English page says so, as for a Dutch-only description. */}
          {lang !== 'nl' && <p className="hint">{t('initiative.goalOnlyDutch')}</p>}
          <p lang={lang === 'nl' ? undefined : 'nl'}>{i.goal}</p>
        </section>
      )}
      <dl className="coding">
        {i.organisation && (
          <>
            <dt>{t('initiative.organisation')}</dt>
            <dd translate="no">{i.organisation}</dd>
          </>
        )}
        {i.partners.length > 0 && (
          <>
            <dt>{t('initiative.partners')}</dt>
            <dd translate="no">{i.partners.join(', ')}</dd>
          </>
        )}
        {(i.location || i.areas.length > 0) && (
          <>
            <dt>{t('initiative.where')}</dt>
            <dd>
              {/* Free text of the record, written in the catalogue's original language (Dutch), like the goal. */}
              {i.location && <span lang="nl">{i.location}</span>}
              {i.location && i.areas.length > 0 && <br />}
              {i.areas.length > 0 && (
                <>
                  {t('initiative.areas')}: {i.areas.map((a) => areaNames.get(a) ?? a).join(', ')}
                </>
              )}
            </dd>
          </>
        )}
        {i.contact && (
          <>
            <dt>{t('initiative.contact')}</dt>
            <dd>{i.contact}</dd>
          </>
        )}
        {i.url && (
          <>
            <dt>{t('initiative.website')}</dt>
            <dd>
              <a href={i.url} rel="noopener nofollow">
                {i.url}
              </a>
            </dd>
          </>
        )}
      </dl>
      <AccessFacts access={i.access} areaNames={areaNames} />
      <section aria-labelledby="coding">
        <h2 id="coding">{t('initiative.coding')}</h2>
        <p className="muted">{t('initiative.codingLead')}</p>
        <dl className="coding">
          {AXIS_NAMES.map((axis) => {
            const value = i[axis];
            const codes = Array.isArray(value) ? value : [value];
            return (
              <Fragment key={axis}>
                <dt>{AXES[axis].label[lang]}</dt>
                <dd>
                  {codes.length === 0 ? (
                    <span className="muted">{t('initiative.none')}</span>
                  ) : codes.length === 1 ? (
                    // One value: the link alone (a list of one says "list, 1 item" to a screen reader, and weighs more).
                    <CodeLink axis={axis} code={codes[0]!} />
                  ) : (
                    <ul className="plain">
                      {codes.map((c) => (
                        <li key={c}>
                          <CodeLink axis={axis} code={c} />
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
              </Fragment>
            );
          })}
          <dt>{t('initiative.socialIsolation')}</dt>
          <dd>{i.social_isolation ? t('initiative.socialIsolationYes') : t('initiative.socialIsolationNo')}</dd>
        </dl>
      </section>
      <section aria-labelledby="source">
        <h2 id="source">{t('initiative.source')}</h2>
        {/* The seed's source is the Dutch title of the study's part 4; other sources are written as they were given. */}
        <p lang={i.source === SEED_SOURCE && lang !== 'nl' ? 'nl' : undefined}>{i.source}</p>
        {codingNote && (
          <>
            <h3>{t('initiative.codingNote')}</h3>
            <p lang="nl">{codingNote}</p>
          </>
        )}
        <p className="muted">{t('initiative.updated', { date })}</p>
        <p>
          <a href={`/api/v1/initiatives/${encodeURIComponent(i.id)}`}>{t('initiative.json')}</a>
        </p>
      </section>
    </article>
  );
}
